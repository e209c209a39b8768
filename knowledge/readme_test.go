package knowledge_test

import (
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"bujiao/knowledge"
	"bujiao/rules"
)

// readmeExample is one fenced yaml block of knowledge/README.md and what the
// line before it says to do with it.
type readmeExample struct {
	line int    // of the opening fence
	how  string // "new file" or "patch region ID"
	text string
}

var lintDirective = regexp.MustCompile(`^<!-- lint: (.+) -->$`)

func readmeExamples(t *testing.T) []readmeExample {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []readmeExample
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "```yaml" {
			continue
		}
		ex := readmeExample{line: i + 1}
		if i > 0 {
			if m := lintDirective.FindStringSubmatch(strings.TrimSpace(lines[i-1])); m != nil {
				ex.how = m[1]
			}
		}
		var body []string
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			body = append(body, lines[i])
		}
		ex.text = strings.Join(body, "\n") + "\n"
		out = append(out, ex)
	}
	return out
}

// TestReadmeExamples lints every YAML example of the maintainers' guide on
// top of the real knowledge base, as a maintainer following it would: an
// example that does not lint teaches the mistake. Each block is preceded by
// "<!-- lint: new file -->" (added as a file of its own) or
// "<!-- lint: patch region ID -->" (keys merged into that region's entry).
// Scenarios among the examples must pass.
func TestReadmeExamples(t *testing.T) {
	examples := readmeExamples(t)
	if len(examples) < 5 {
		t.Fatalf("found %d yaml examples in README.md; the extraction is broken", len(examples))
	}
	m := overlay(t, nil).(fstest.MapFS)
	origin := map[string]int{} // file -> README line
	for _, ex := range examples {
		switch {
		case ex.how == "new file":
			name := fmt.Sprintf("test/readme-%d.yaml", ex.line)
			m[name] = &fstest.MapFile{Data: []byte(ex.text)}
			origin[name] = ex.line
		case strings.HasPrefix(ex.how, "patch region "):
			id := strings.TrimPrefix(ex.how, "patch region ")
			name := "regions/" + id + ".yaml"
			patched, err := patchRegion(m, name, id, ex.text)
			if err != nil {
				t.Fatalf("README.md:%d: %v", ex.line, err)
			}
			m[name] = &fstest.MapFile{Data: patched}
			origin[name] = ex.line
		default:
			t.Errorf("README.md:%d: yaml example without a <!-- lint: new file --> or <!-- lint: patch region ID --> line before it", ex.line)
		}
	}
	if err := dropNationalAliases(m, examples); err != nil {
		t.Fatal(err)
	}
	// The examples are dated in 2027; lint as a maintainer would then.
	b, problems, err := knowledge.Load(m, knowledge.Options{Today: rules.Date{Year: 2027, Month: 3, Day: 31}})
	for _, p := range problems {
		if line, ok := origin[p.File]; ok {
			t.Errorf("README.md example at line %d: %s", line, p)
			for _, f := range p.FollowOn {
				t.Errorf("    follow-on: %s", f)
			}
		}
	}
	if err != nil {
		t.Fatalf("the knowledge base with the README examples does not load: %v", err)
	}
	ran := 0
	for _, s := range b.Scenarios() {
		line, ok := origin[s.Pos.File]
		if !ok {
			continue
		}
		ran++
		r := b.RunScenario(s)
		if r.Err != nil {
			t.Errorf("README.md example at line %d: scenario %q: %v", line, s.Name, r.Err)
		}
		for _, mm := range r.Mismatches {
			t.Errorf("README.md example at line %d: scenario %q: %s = %q, want %q", line, s.Name, mm.Field, mm.Got, mm.Want)
		}
	}
	if ran == 0 {
		t.Error("no scenario among the README examples was run")
	}
}

// patchRegion merges the keys of fragment into region id of file name, the
// way a maintainer edits those lines in place.
func patchRegion(m fstest.MapFS, name, id, fragment string) ([]byte, error) {
	data, err := fs.ReadFile(m, name)
	if err != nil {
		return nil, err
	}
	var doc, patch yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := yaml.Unmarshal([]byte(fragment), &patch); err != nil {
		return nil, fmt.Errorf("the example does not parse: %w", err)
	}
	regions := mapValue(doc.Content[0], "regions")
	if regions == nil {
		return nil, fmt.Errorf("%s has no regions", name)
	}
	for _, r := range regions.Content {
		if v := mapValue(r, "id"); v != nil && v.Value == id {
			mergeMapping(r, patch.Content[0])
			return yaml.Marshal(&doc)
		}
	}
	return nil, fmt.Errorf("%s has no region %q", name, id)
}

// dropNationalAliases does what the guide asks when a region is added: its
// names leave national.yaml's aliases.
func dropNationalAliases(m fstest.MapFS, examples []readmeExample) error {
	names := map[string]bool{}
	for _, ex := range examples {
		var f struct {
			Regions []struct {
				ID      string
				Name    map[string]string
				Aliases []string
			}
		}
		if ex.how != "new file" || yaml.Unmarshal([]byte(ex.text), &f) != nil {
			continue
		}
		for _, r := range f.Regions {
			for _, n := range append([]string{r.ID, r.Name["zh"], r.Name["en"]}, r.Aliases...) {
				names[strings.ToLower(n)] = true
			}
		}
	}
	const name = "regions/national.yaml"
	var doc yaml.Node
	if err := yaml.Unmarshal(m[name].Data, &doc); err != nil {
		return err
	}
	for _, r := range mapValue(doc.Content[0], "regions").Content {
		al := mapValue(r, "aliases")
		if al == nil {
			continue
		}
		kept := al.Content[:0]
		for _, a := range al.Content {
			if !names[strings.ToLower(a.Value)] {
				kept = append(kept, a)
			}
		}
		al.Content = kept
	}
	data, err := yaml.Marshal(&doc)
	m[name] = &fstest.MapFile{Data: data}
	return err
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// mergeMapping sets every key of src in dst, merging nested mappings and
// replacing anything else.
func mergeMapping(dst, src *yaml.Node) {
	for i := 0; i+1 < len(src.Content); i += 2 {
		k, v := src.Content[i], src.Content[i+1]
		have := mapValue(dst, k.Value)
		switch {
		case have == nil:
			dst.Content = append(dst.Content, k, v)
		case have.Kind == yaml.MappingNode && v.Kind == yaml.MappingNode:
			mergeMapping(have, v)
		default:
			*have = *v
		}
	}
}
