package knowledge

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"
)

// Pos is a position in a knowledge file.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Severity grades a problem: errors stop the knowledge base from loading,
// warnings are for maintainers to look at.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Problem is one problem in a knowledge file, with its position.
type Problem struct {
	Pos
	Severity Severity
	// Field is the dotted path of the offending value, e.g.
	// "policy.individual.over_limit.waiting_months".
	Field   string
	Message string
	// FollowOn holds the problems this one caused, e.g. "questions are
	// required" under the misspelt key "questons": fixing the cause fixes
	// them, so they are shown under it rather than before it.
	FollowOn []Problem

	// unknownKey and suggestion let Load recognise follow-on problems.
	unknownKey, suggestion string
	// reference marks a problem about an ID another file should define,
	// which a file that failed to parse may well have defined.
	reference bool
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %s: %s", p.Pos, p.Severity, p.Field, p.Message)
}

// Error is what Load returns when the knowledge base is invalid: every
// error-severity problem, in file order.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "knowledge base has %d error(s); fix them and reload:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n")
		b.WriteString(fmt.Sprintf("%s: %s: %s", p.Pos, p.Field, p.Message))
		for _, f := range p.FollowOn {
			b.WriteString(fmt.Sprintf("\n    follow-on: %s: %s: %s", f.Pos, f.Field, f.Message))
		}
	}
	return b.String()
}

// Suggest returns the candidate closest to word in edit distance, if it is
// close enough to be a likely typo, for "did you mean" messages.
func Suggest(word string, candidates []string) string {
	limit := 1
	switch n := utf8.RuneCountInString(word); {
	case n > 10:
		limit = 3
	case n > 4:
		limit = 2
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if c == word {
			continue
		}
		if d := editDistance(word, c); d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance in characters, with a swap of
// two neighbours counted as one edit (the commonest typo).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// didYouMean is the end of a message about an unknown name: the likely
// intended one, or nothing.
func didYouMean(word string, candidates []string) string {
	if s := Suggest(word, candidates); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}

// decoder turns yaml.Node trees into Go values strictly: unknown keys, wrong
// types and duplicate keys are problems with positions, and every problem is
// collected rather than stopping at the first.
type decoder struct {
	file     string
	problems *[]Problem
}

func (d *decoder) errorf(n *yaml.Node, field, format string, a ...any) {
	*d.problems = append(*d.problems, Problem{
		Pos: Pos{d.file, n.Line, n.Column}, Severity: SevError, Field: field, Message: fmt.Sprintf(format, a...),
	})
}

var (
	decimalType         = reflect.TypeOf(decimal.Decimal{})
	nodeType            = reflect.TypeOf(yaml.Node{})
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// snake converts a Go field name to its YAML key: LimitMonths -> limit_months.
func snake(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fieldsOf lists the settable fields of a struct type by YAML key, flattening
// embedded structs.
func fieldsOf(t reflect.Type) map[string][]int {
	out := map[string][]int{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			idx := append(append([]int(nil), index...), i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				walk(f.Type, idx)
				continue
			}
			key := snake(f.Name)
			if tag, ok := f.Tag.Lookup("yaml"); ok {
				if tag == "-" {
					continue
				}
				key = strings.Split(tag, ",")[0]
			}
			out[key] = idx
		}
	}
	walk(t, nil)
	return out
}

// decode fills v (addressable) from n. It returns false when n could not be
// used at all; problems are recorded either way.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return
		}
		n = n.Content[0]
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, path, "aliases (*name) are not supported; write the value out")
		return
	}
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			v.SetZero()
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		d.decode(n, v.Elem(), path)
		return
	}
	if t == nodeType {
		v.Set(reflect.ValueOf(*n))
		return
	}
	if t == decimalType {
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, path, "want a number")
			return
		}
		x, err := decimal.NewFromString(n.Value)
		if err != nil {
			d.errorf(n, path, "want a decimal number, got %q", n.Value)
			return
		}
		v.Set(reflect.ValueOf(x))
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, path, "want a single value")
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			d.errorf(n, path, "%v", err)
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			d.errorf(n, path, "want a mapping (key: value lines), got %s", kindName(n))
			return
		}
		fields := fieldsOf(t)
		seen := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			fp := join(path, k.Value)
			if first := seen[k.Value]; first != nil {
				d.errorf(k, fp, "duplicate key %q; the first is at %s:%d", k.Value, d.file, first.Line)
				continue
			}
			seen[k.Value] = k
			idx, ok := fields[k.Value]
			if !ok {
				keys := validKeys(fields)
				sug := Suggest(k.Value, keys)
				msg := fmt.Sprintf("unknown key %q (valid keys: %s)", k.Value, strings.Join(keys, ", "))
				if sug != "" {
					msg = fmt.Sprintf("unknown key %q; did you mean %q?", k.Value, sug)
				}
				*d.problems = append(*d.problems, Problem{Pos: Pos{d.file, k.Line, k.Column}, Severity: SevError,
					Field: fp, Message: msg, unknownKey: k.Value, suggestion: sug})
				continue
			}
			d.decode(val, v.FieldByIndex(idx), fp)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.errorf(n, path, "want a list (- item lines), got %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, item := range n.Content {
			d.decode(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.errorf(n, path, "want a mapping, got %s", kindName(n))
			return
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
		firstLine := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			fp := join(path, k.Value)
			key := reflect.ValueOf(k.Value).Convert(t.Key())
			if v.MapIndex(key).IsValid() {
				if line, ok := firstLine[k.Value]; ok {
					d.errorf(k, fp, "duplicate key %q; the first is at %s:%d", k.Value, d.file, line)
				} else {
					d.errorf(k, fp, "duplicate key %q", k.Value)
				}
				continue
			}
			firstLine[k.Value] = k.Line
			elem := reflect.New(t.Elem()).Elem()
			d.decode(val, elem, fp)
			v.SetMapIndex(key, elem)
		}
	case reflect.String:
		if n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle != 0 && len(n.Content) == 2 && n.Content[0].Kind == yaml.ScalarNode {
			// [What: now, …] and [?what, …] parse as a key and a value,
			// not as the text the maintainer wrote.
			text := n.Content[0].Value
			if v := n.Content[1].Value; v != "" {
				text += ": " + v
			}
			d.errorf(n, path, "want text, got a key and a value: \": \" or a leading \"?\" inside [ ] or { } makes one; put the item in quotes: %q", text)
			return
		}
		if n.Kind == yaml.MappingNode && len(n.Content) == 2 && n.Content[0].Kind == yaml.ScalarNode &&
			n.Content[1].Kind == yaml.ScalarNode && n.Content[0].Line == n.Content[1].Line {
			// "- 补缴的时间: 多久": a list item with ": " in it is a key and
			// a value to YAML.
			d.errorf(n, path, "want text, got a key and a value: \": \" inside an unquoted list item makes one; put the item in quotes: %q",
				n.Content[0].Value+": "+n.Content[1].Value)
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, path, "want text, got %s", kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Int, reflect.Int64:
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, path, "want a whole number, got %s", kindName(n))
			return
		}
		x, err := strconv.ParseInt(n.Value, 10, 64)
		if err != nil || x < -1e9 || x > 1e9 {
			d.errorf(n, path, "want a whole number, got %q", n.Value)
			return
		}
		v.SetInt(x)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.errorf(n, path, "want true or false, got %q", n.Value)
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	default:
		d.errorf(n, path, "internal: cannot decode into %s", t)
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func validKeys(fields map[string][]int) []string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
