package knowledge

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Reporting problems: positions from the node tree, entries named by id,
// follow-on problems folded under their cause.

// foldFollowOns puts each problem that another one caused under its cause,
// so the list starts with what to fix: the problems a misspelt key causes
// (a required field "missing" because it is spelt wrong) go under the
// unknown key, and references to IDs go under a file that failed to parse,
// as that file may be where they are defined.
func (l *loader) foldFollowOns(problems []Problem) []Problem {
	causeOf := make([]int, len(problems))
	for i := range causeOf {
		causeOf[i] = -1
	}
	firstSyntax := -1
	for i, p := range problems {
		if p.Field == "yaml" && firstSyntax < 0 {
			firstSyntax = i
		}
	}
	for u, cause := range problems {
		if cause.unknownKey == "" || cause.suggestion == "" {
			continue
		}
		intended := strings.TrimSuffix(cause.Field, cause.unknownKey) + cause.suggestion
		for i, p := range problems {
			if i == u || causeOf[i] >= 0 || p.File != cause.File || p.unknownKey != "" || !strings.HasPrefix(p.Field, intended) {
				continue
			}
			if rest := p.Field[len(intended):]; rest != "" && !strings.ContainsRune(".[", rune(rest[0])) {
				continue
			}
			if root := l.roots[p.File]; root != nil {
				if _, _, missing := walkPath(root, p.Field); missing == "" {
					continue // the field is there: its problem is its own
				}
			}
			causeOf[i] = u
		}
	}
	// A value that could not be decoded at all is then also "empty" or
	// "missing": the same spot reported twice, the first says why.
	for i, p := range problems {
		for c := 0; c < i && causeOf[i] < 0; c++ {
			if q := problems[c]; causeOf[c] < 0 && q.Severity == SevError && q.Pos == p.Pos && q.Field == p.Field &&
				strings.HasPrefix(q.Message, "want ") {
				causeOf[i] = c
			}
		}
	}
	if firstSyntax >= 0 {
		for i, p := range problems {
			if p.reference && causeOf[i] < 0 {
				causeOf[i] = firstSyntax
			}
		}
	}
	var out []Problem
	index := map[int]int{}
	for i, p := range problems {
		if causeOf[i] < 0 {
			index[i] = len(out)
			out = append(out, p)
		}
	}
	for i, p := range problems {
		if c := causeOf[i]; c >= 0 {
			out[index[c]].FollowOn = append(out[index[c]].FollowOn, p)
		}
	}
	return out
}

// nameEntries rewrites a problem's field, and its follow-ons', to name list
// entries by id.
func (l *loader) nameEntries(p *Problem) {
	if root := l.roots[p.File]; root != nil && p.Field != "yaml" {
		_, p.Field, _ = walkPath(root, p.Field)
	}
	for i := range p.FollowOn {
		l.nameEntries(&p.FollowOn[i])
	}
}

type located[T any] struct {
	v    *T
	file string
	path string
}

type loader struct {
	problems  []Problem
	roots     map[string]*yaml.Node
	laws      []located[Law]
	items     map[string][]located[Item]
	messages  []located[map[string]Text]
	regions   []located[Region]
	faq       []located[FAQ]
	synonyms  []located[Synonym]
	scenarios []located[Scenario]
}

func (l *loader) add(p Problem) { l.problems = append(l.problems, p) }

// at returns the position of field in file, or of its nearest parent that
// is written there, so a problem always has a line. Positions are looked up
// in the file's node tree only when a problem is reported, rather than
// recorded for every value on every load.
func (l *loader) at(file, field string) Pos {
	root := l.roots[file]
	if root == nil {
		return Pos{file, 1, 1}
	}
	n := nodeAt(root, field)
	return Pos{file, n.Line, n.Column}
}

// nodeAt walks a dotted path such as "regions[0].policy.late_fee" (map keys
// may themselves contain dots, as message keys do; a "#key" suffix selects
// the key rather than its value) and returns the deepest node reached.
func nodeAt(n *yaml.Node, path string) *yaml.Node {
	n, _, _ = walkPath(n, path)
	return n
}

// walkPath follows path as far as the file has it. It returns the deepest
// node reached, the path as a maintainer reads it (list entries with an id
// or a name are named by it: faq[id=refund-resident] rather than faq[41],
// which changes whenever an entry is added above), and the part of the
// path the file does not have.
func walkPath(n *yaml.Node, path string) (*yaml.Node, string, string) {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	var shown strings.Builder
	for path != "" {
		switch {
		case path[0] == '[' && n.Kind == yaml.SequenceNode:
			end := strings.IndexByte(path, ']')
			i, err := strconv.Atoi(path[1:max(end, 1)])
			if end < 0 || err != nil || i < 0 || i >= len(n.Content) {
				return n, shown.String() + path, path
			}
			n, path = n.Content[i], path[end+1:]
			shown.WriteString("[" + entryName(n, i) + "]")
			if strings.HasPrefix(path, ".") {
				path = path[1:]
				shown.WriteString(".")
			}
		case n.Kind == yaml.MappingNode:
			best := -1
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i].Value
				if strings.HasPrefix(path, k) && (len(path) == len(k) || strings.ContainsRune(".[#", rune(path[len(k)]))) &&
					(best < 0 || len(k) > len(n.Content[best].Value)) {
					best = i
				}
			}
			if best < 0 {
				return n, shown.String() + path, path
			}
			k := n.Content[best].Value
			rest := path[len(k):]
			shown.WriteString(k)
			if rest == "#key" {
				return n.Content[best], shown.String(), ""
			}
			n, path = n.Content[best+1], rest
			if strings.HasPrefix(path, ".") {
				path = path[1:]
				shown.WriteString(".")
			}
		default:
			return n, shown.String() + path, path
		}
	}
	return n, shown.String(), ""
}

// entryName names a list entry by its id, or a scenario by its name, and
// falls back to the index.
func entryName(n *yaml.Node, i int) string {
	if n.Kind == yaml.MappingNode {
		for _, key := range []string{"id", "name"} {
			for j := 0; j+1 < len(n.Content); j += 2 {
				if n.Content[j].Value == key && n.Content[j+1].Kind == yaml.ScalarNode && n.Content[j+1].Value != "" {
					return key + "=" + n.Content[j+1].Value
				}
			}
		}
	}
	return strconv.Itoa(i)
}

func (l *loader) errorf(file, field, format string, a ...any) {
	l.add(Problem{Pos: l.at(file, field), Severity: SevError, Field: field, Message: fmt.Sprintf(format, a...)})
}

// referencef reports an ID that should be defined somewhere; see
// Problem.reference.
func (l *loader) referencef(file, field, format string, a ...any) {
	l.add(Problem{Pos: l.at(file, field), Severity: SevError, Field: field, Message: fmt.Sprintf(format, a...), reference: true})
}

func (l *loader) warnf(file, field, format string, a ...any) {
	l.add(Problem{Pos: l.at(file, field), Severity: SevWarning, Field: field, Message: fmt.Sprintf(format, a...)})
}

// parsedFile is one file decoded on its own, before it joins the others.
type parsedFile struct {
	name     string
	f        file
	problems []Problem
	root     *yaml.Node
}
