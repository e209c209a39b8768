package knowledge

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

func TestLocateYAMLError(t *testing.T) {
	tests := []struct {
		name      string
		yaml      string
		line, col int
		hint      string // part of the message
	}{
		{"question mark in flow list", "a:\n  b: [x, y]\n  c: [What?, z]\n", 3, 11, `quotes: "What?"`},
		{"question mark before space", "a:\n  c: [Is it? Yes, z]\n", 2, 12, `quotes: "Is it? Yes"`},
		{"comment inside flow list", "a:\n  c: [Step #2, z]\n", 2, 12, `comment`},
		{"tab indentation", "a:\n  b: 1\n\tc: 2\n", 3, 1, "tab"},
		{"dash without space", "a:\n  - x\n  -y\n", 3, 4, `"- y"`},
		{"colon in block text", "a:\n  b: Note: this\n", 2, 10, `"Note: this"`},
		{"unclosed list", "a:\n  b: {c: [x, y\n", 2, 10, `never closed`},
		{"Chinese columns count characters", "a:\n  b: [什么?, z]\n", 2, 9, `"什么?"`},
		{"unclosed quote", "a:\n  b: 'it is\n  c: 1\n", 2, 6, `never closed`},
		{"indentation", "a:\n  b: 1\n c: 2\n", 3, 2, `indentation (1) lines it up with nothing`},
		// The parser names line 1 (where the list's mapping began); the
		// mistake is the list item twelve lines on.
		{"indentation deep in a list", "faq:\n  - id: x\n    questions:\n      zh: [a, b]\n      en: [c, d]\n    answer:\n      zh: e\n      en: f\n" +
			"    cite:\n      - law: sil\n        article: 27\n      - law: sil\n        article: 28\n     - law: sil\n        article: 29\n", 14, 6, `indentation (5)`},
		{"text continued on the next line is no indentation mistake", "a:\n  b: long text\n    goes on\n  - x\n  c: [x?]\n", 5, 8, `"x?"`},
		{"text quoted over lines is text", "a:\n  b: \"one: two\n    three: four\"\n  c: [x?]\n", 4, 8, `"x?"`},
		{"quoted items are text", "a:\n  b: [\"What?\", \"x #1\"]\n  c: [What?]\n", 3, 11, `"What?"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			err := yaml.Unmarshal([]byte(tt.yaml), &n)
			if err == nil {
				t.Fatal("the YAML parsed; the test needs a broken file")
			}
			line, col, msg := locateYAMLError([]byte(tt.yaml), err)
			if line != tt.line || col != tt.col || !strings.Contains(msg, tt.hint) {
				t.Errorf("got %d:%d %s\nwant %d:%d containing %s", line, col, msg, tt.line, tt.col, tt.hint)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"checked_on", "policy", "questions", "sources", "id"}
	for _, tt := range []struct{ word, want string }{
		{"polcy", "policy"}, {"poilcy", "policy"}, {"questons", "questions"}, {"checked_ob", "checked_on"},
		{"colour", ""}, {"ix", "id"}, {"xyz", ""}, {"policy", ""},
	} {
		if got := Suggest(tt.word, keys); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// FuzzYAMLTraps: any file the parser rejects gets a position inside the
// file and a message, never a panic.
func FuzzYAMLTraps(f *testing.F) {
	for _, s := range []string{"a: [What?, b]", "a:\n\tb: 1", "a:\n  - x\n  -y", "a: [\"x\n", "a: 'it''s", "a: |\n  x: y\n b: [c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(s), &n)
		if err == nil {
			return
		}
		line, col, msg := locateYAMLError([]byte(s), err)
		lines := strings.Split(s, "\n")
		if line < 1 || col < 1 || msg == "" {
			t.Fatalf("bad position %d:%d %q", line, col, msg)
		}
		if line <= len(lines) && col > utf8.RuneCountInString(lines[line-1])+1 && col != 1 {
			t.Fatalf("column %d beyond line %d %q", col, line, lines[line-1])
		}
	})
}

// TestYAMLTrapsQuietOnTheKnowledgeBase: the scanner finds nothing in files
// that parse, so when one does not parse, what it finds is the mistake and
// not a false alarm above it.
func TestYAMLTrapsQuietOnTheKnowledgeBase(t *testing.T) {
	err := fs.WalkDir(DefaultFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		data, err := fs.ReadFile(DefaultFS(), p)
		if err != nil {
			return err
		}
		for _, tr := range findYAMLTraps(data) {
			t.Errorf("%s:%d:%d: false alarm: %s", p, tr.line, tr.col, tr.hint)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
