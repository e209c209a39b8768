package dialog

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Golden transcripts: each file under testdata/transcripts holds a header
// (comment lines, "# hint: <language tag>"), then the inputs of one chat as
// lines starting with "> ", each followed by what the engine answered. Only
// the header and the input lines are read; the answers are regenerated and
// compared, and rewritten with -update.
//
// Inputs:
//
//	> some text          typed text, or a command such as /start region-shanghai
//	> [label]            press the button with this label from the last turn
//	> {data}             send this raw button data (forged or stale buttons)
//	> <empty>            an empty message
//	> @resume            the person comes back (Input.Resume)
//
// To add a transcript, write its header and input lines and run
// go test ./dialog -run Transcript -update.

func init() {
	// The extractor's tests may define the same flag; share it then.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testNow is the fixed "now" of every engine test: noon in China.
var testNow = time.Date(2026, time.November, 25, 12, 0, 0, 0, knowledge.China)

var (
	kbOnce sync.Once
	kbBase *knowledge.Base
	kbErr  error
)

func testKB(tb testing.TB) *knowledge.Base {
	tb.Helper()
	kbOnce.Do(func() { kbBase, kbErr = knowledge.Default() })
	if kbErr != nil {
		tb.Fatalf("load knowledge: %v", kbErr)
	}
	return kbBase
}

func testMachine(tb testing.TB) *Machine { return New(testKB(tb)) }

type script struct {
	header []string
	hint   string
	inputs []string
}

func parseScript(data string) script {
	var sc script
	started := false
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "> ") || line == ">" {
			started = true
			sc.inputs = append(sc.inputs, strings.TrimPrefix(strings.TrimPrefix(line, ">"), " "))
			continue
		}
		if !started && strings.HasPrefix(line, "#") {
			sc.header = append(sc.header, line)
			if h, ok := strings.CutPrefix(line, "# hint:"); ok {
				sc.hint = strings.TrimSpace(h)
			}
		}
	}
	return sc
}

// allButtons flattens the buttons of one turn.
func allButtons(replies []Reply) []Button {
	var out []Button
	for _, r := range replies {
		for _, row := range r.Buttons {
			out = append(out, row...)
		}
	}
	return out
}

func renderTurn(b *strings.Builder, replies []Reply, events []Event) {
	for i, r := range replies {
		if i > 0 {
			b.WriteString("·\n")
		}
		b.WriteString(r.PlainText())
		b.WriteString("\n")
		for _, row := range r.Buttons {
			for j, bt := range row {
				if j > 0 {
					b.WriteString("  ")
				}
				b.WriteString("[" + bt.Label + " → " + bt.Data + "]")
			}
			b.WriteString("\n")
		}
	}
	if len(events) > 0 {
		b.WriteString("= events:")
		for _, e := range events {
			b.WriteString(" " + string(e.Kind))
			var args []string
			for _, a := range []string{e.Question, e.Verdict, e.Region} {
				if a != "" {
					args = append(args, a)
				}
			}
			if e.Text != "" {
				args = append(args, "“"+e.Text+"”")
			}
			if e.Helpful != nil {
				args = append(args, map[bool]string{true: "helpful", false: "not-helpful"}[*e.Helpful])
			}
			if len(args) > 0 {
				b.WriteString("(" + strings.Join(args, ",") + ")")
			}
		}
		b.WriteString("\n")
	}
}

// runScript drives one transcript through Step and returns its rendering,
// checking on the way what must hold after every turn.
func runScript(t *testing.T, m *Machine, sc script) string {
	t.Helper()
	var b strings.Builder
	for _, h := range sc.header {
		b.WriteString(h + "\n")
	}
	var (
		s    State
		last []Reply
	)
	autoskip := os.Getenv("TRANSCRIPT_AUTOSKIP") != ""
	for i, raw := range sc.inputs {
		for autoskip && s.Asking != "" {
			d, _ := rules.FactByField(s.Asking)
			k := slices.IndexFunc(allButtons(last), func(bt Button) bool { return strings.HasPrefix(bt.Data, "p:") })
			if d == nil || d.Need != rules.NeedDecisive || k < 0 {
				break
			}
			if strings.HasPrefix(raw, "[") && slices.ContainsFunc(allButtons(last), func(bt Button) bool { return "["+bt.Label+"]" == raw }) {
				break
			}
			if !strings.HasPrefix(raw, "[") && d.Kind != rules.KindAmount && d.Kind != rules.KindDate {
				break
			}
			skip := "[" + allButtons(last)[k].Label + "]"
			b.WriteString("\n> " + skip + "\n")
			sc.inputs = append(sc.inputs, skip)
			var replies []Reply
			var events []Event
			s, replies, events = m.Step(s, Input{LangHint: sc.hint, Data: allButtons(last)[k].Data}, testNow)
			renderTurn(&b, replies, events)
			last = replies
		}
		in := Input{LangHint: sc.hint}
		switch {
		case raw == "@resume":
			in.Resume = true
		case strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]"):
			label := raw[1 : len(raw)-1]
			k := slices.IndexFunc(allButtons(last), func(bt Button) bool { return bt.Label == label })
			if k < 0 {
				t.Errorf("input %d %q: no button with that label in the last turn; buttons: %v", i+1, raw, allButtons(last))
				b.WriteString("\n> " + raw + "\n!! no such button\n")
				continue
			}
			in.Data = allButtons(last)[k].Data
		case strings.HasPrefix(raw, "{") && strings.HasSuffix(raw, "}"):
			in.Data = raw[1 : len(raw)-1]
		default:
			in.Text = raw
		}
		b.WriteString("\n> " + raw + "\n")
		var replies []Reply
		var events []Event
		s, replies, events = m.Step(s, in, testNow)
		checkTurn(t, "input "+itoa(i+1)+" "+raw, s, replies)
		renderTurn(&b, replies, events)
		last = replies
	}
	// The knowledge version changes with every edit of the knowledge base;
	// the transcripts check the conversation, not the hash.
	out := strings.ReplaceAll(b.String(), m.Knowledge().Version.Hash, "<kb-hash>")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "> ") && !slices.Contains(sc.inputs, strings.TrimPrefix(line, "> ")) {
			t.Errorf("an output line looks like an input: %q", line)
		}
	}
	return out
}

// checkTurn asserts what every turn must satisfy: something is said, the
// person has a way forward, buttons are valid, and the state round-trips.
func checkTurn(t *testing.T, where string, s State, replies []Reply) {
	t.Helper()
	if len(replies) == 0 {
		t.Errorf("%s: no reply", where)
		return
	}
	if !wayForward(s, replies) {
		t.Errorf("%s: dead end: the last reply has no buttons and no answer is shown (state %+v)", where, s)
	}
	for _, bt := range allButtons(replies) {
		if err := checkButtonData(bt.Data); err != nil {
			t.Errorf("%s: button %q: %v", where, bt.Label, err)
		}
	}
	// The first answer message (the short answer: the reply with the
	// details button) fits a phone: at most 600 runes in Chinese, 1,000 in
	// English, of visible text, the knowledge-version footer not counted.
	for _, r := range replies {
		if !isAnswerReply(r) {
			continue
		}
		if n, limit := visibleLen(s.Lang, r), knowledge.ShortMax(s.Lang); n > limit {
			t.Errorf("%s: the answer message has %d runes, more than %d:\n%s", where, n, limit, r.PlainText())
		}
	}
	data, err := s.Encode()
	if err != nil {
		t.Fatalf("%s: encode state: %v", where, err)
	}
	if _, err := DecodeState(data); err != nil {
		t.Errorf("%s: state does not decode: %v\n%s", where, err, data)
	}
}

// visibleLen is a reply's length in runes as the phone limits count it:
// its plain text without the knowledge-version footer.
func visibleLen(lang knowledge.Lang, r Reply) int {
	stamp, _, _ := strings.Cut(kbBase.Msg(lang, "answer.version"), "{")
	n := 0
	for i, line := range strings.Split(r.PlainText(), "\n") {
		if stamp != "" && strings.HasPrefix(line, stamp) {
			continue
		}
		if i > 0 {
			n++ // the line break
		}
		n += utf8.RuneCountInString(line)
	}
	return n
}

// wayForward reports whether a turn leaves the person something to do:
// buttons on the last reply, an answer on screen, or a prompt for typed
// text (the FAQ question, the first unpaid month).
func wayForward(s State, replies []Reply) bool {
	if len(replies) == 0 {
		return false
	}
	return len(replies[len(replies)-1].Buttons) > 0 || s.Answered || s.Mode == modeFAQ
}

func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "transcripts", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no transcripts")
	}
	m := testMachine(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sc := parseScript(string(data))
			if len(sc.inputs) == 0 {
				t.Fatal("no inputs")
			}
			got := runScript(t, m, sc)
			if updating() {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(data, []byte(got)) {
				t.Errorf("transcript changed (run with -update to accept):\n%s", lineDiff(string(data), got))
			}
		})
	}
}

// lineDiff shows the first differing lines of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			end := min(i+6, max(len(w), len(g)))
			var b strings.Builder
			b.WriteString("line " + itoa(i+1) + ":\n")
			for j := i; j < end; j++ {
				if j < len(w) {
					b.WriteString("- " + w[j] + "\n")
				}
				if j < len(g) {
					b.WriteString("+ " + g[j] + "\n")
				}
			}
			return b.String()
		}
	}
	return "(no difference in lines)"
}
