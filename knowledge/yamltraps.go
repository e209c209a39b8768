package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// yaml.v3 reports a syntax error with one line number and no column, and for
// errors inside [ ] or { } that line is where the brackets open, counted
// from 0, so a maintainer is sent to the line before the real one. The
// mistakes people actually make in this knowledge base are few and
// recognisable, so when the parser fails the file is scanned for them and
// the problem is reported where the mistake is, with what to do about it.

// yamlTrap is one recognised mistake: where it is (1-based line, column in
// characters) and a sentence saying what to change.
type yamlTrap struct {
	line, col int
	hint      string
}

// flowFrame is one open [ or { while scanning.
type flowFrame struct {
	open      byte
	line, col int
}

// findYAMLTraps scans data for the common mistakes and returns them in file
// order. It only has to be right about files the parser rejected, so it
// aims for the usual shapes rather than the whole YAML grammar.
func findYAMLTraps(data []byte) []yamlTrap {
	var traps []yamlTrap
	lines := strings.Split(string(data), "\n")
	var stack []flowFrame
	// inScalar: inside a flow collection, the current item has plain text.
	inScalar := false
	itemStart := 0 // byte offset of the current plain item on its line
	blockScalarIndent := -1
	prevIndent, prevDash := -1, false
	skipUntil := 0 // lines inside a quoted text that spans several
	ind := indentScan{prevKey: -1}
	for li, raw := range lines {
		if li < skipUntil {
			continue
		}
		line := strings.TrimSuffix(raw, "\r")
		lineNo := li + 1
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		trimmed := strings.TrimSpace(line)
		if len(stack) == 0 {
			if blockScalarIndent >= 0 {
				if trimmed == "" || indent >= blockScalarIndent {
					continue
				}
				blockScalarIndent = -1
			}
			if trimmed == "" || trimmed[0] == '#' {
				continue
			}
			if tab := strings.IndexByte(line[:indent], '\t'); tab >= 0 {
				traps = append(traps, yamlTrap{lineNo, col(line, tab),
					"a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"})
			}
			if dashNoSpace(trimmed) && prevDash && indent == prevIndent {
				traps = append(traps, yamlTrap{lineNo, col(line, indent+1),
					fmt.Sprintf("missing space after the dash: write \"- %s\" for a list item", strings.TrimPrefix(trimmed, "-"))})
			}
			prevIndent, prevDash = indent, strings.HasPrefix(trimmed, "- ") || trimmed == "-"
			if t, ok := ind.check(line, indent, trimmed, lineNo); ok {
				traps = append(traps, t)
			}
		}
		start := 0
		if len(stack) == 0 {
			v, ok := blockValueStart(line, indent)
			if !ok {
				continue
			}
			start = v
			rest := line[start:]
			switch {
			case rest == "":
				continue
			case rest[0] == '|' || rest[0] == '>':
				blockScalarIndent = indent + 1
				continue
			case rest[0] == '"' || rest[0] == '\'':
				// Quoted: whatever is inside is text, but a quote that is
				// never closed swallows the rest of the file.
				_, endLine := quotedEnd(lines, li, start)
				if endLine == len(lines) {
					traps = append(traps, yamlTrap{lineNo, col(line, start),
						fmt.Sprintf("this %s is never closed; add one at the end of the text", string(rest[0]))})
				}
				skipUntil = endLine + 1
				continue
			case rest[0] == '[' || rest[0] == '{':
				// flow collection: scanned below
			default:
				if i := strings.Index(rest, ": "); i >= 0 && !commentBefore(rest, i) {
					traps = append(traps, yamlTrap{lineNo, col(line, start+i),
						fmt.Sprintf("\": \" inside an unquoted text reads as a new key; put the text in quotes: %q", stripComment(rest))})
				}
				continue
			}
		}
		for i := start; i < len(line); i++ {
			c := line[i]
			switch {
			case c == '"' || c == '\'':
				if inScalar {
					continue
				}
				// A quoted item may run over several lines; skip to its end.
				end, endLine := quotedEnd(lines, li, i)
				if endLine != li {
					// Re-enter the loop on the closing line is more than this
					// scanner needs: such items are rare, stop looking here.
					return append(traps, unclosed(stack)...)
				}
				i = end
			case c == '[' || c == '{':
				if inScalar {
					traps = append(traps, yamlTrap{lineNo, col(line, i),
						fmt.Sprintf("%q inside an unquoted item ends it; put the item in quotes: %q", string(c), itemText(line, itemStart))})
					inScalar = false
				}
				stack = append(stack, flowFrame{c, lineNo, col(line, i)})
			case c == ']' || c == '}':
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				inScalar = false
			case c == ',':
				inScalar = false
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				if inScalar {
					traps = append(traps, yamlTrap{lineNo, col(line, i),
						fmt.Sprintf("\" #\" starts a comment, which cuts this item and the rest of the line; put the item in quotes: %q", itemText(line, itemStart))})
				}
				inScalar = false
				i = len(line)
			case c == '?' && len(stack) > 0:
				if inScalar || i+1 >= len(line) || line[i+1] == ' ' || line[i+1] == ',' || line[i+1] == ']' || line[i+1] == '}' {
					s := itemStart
					if !inScalar {
						s = i
					}
					traps = append(traps, yamlTrap{lineNo, col(line, i),
						fmt.Sprintf("a \"?\" inside [ ] or { } is read as YAML syntax, not text; put the item in quotes: %q", itemText(line, s))})
				}
				inScalar = true
			case c == ':' && len(stack) > 0 && inScalar &&
				(i+1 >= len(line) || line[i+1] == ' ' || line[i+1] == ',' || line[i+1] == ']' || line[i+1] == '}'):
				if stack[len(stack)-1].open == '[' {
					traps = append(traps, yamlTrap{lineNo, col(line, i),
						fmt.Sprintf("\": \" inside [ ] turns the item into a key and a value; put the item in quotes: %q", itemText(line, itemStart))})
				}
				inScalar = false // in { } it ends the key
			case c == ' ' || c == '\t':
			default:
				if len(stack) > 0 && !inScalar {
					inScalar, itemStart = true, i
				}
			}
		}
		if len(stack) == 0 {
			inScalar = false
		}
	}
	return append(traps, unclosed(stack)...)
}

// indentScan follows the indentation of block lines, to find the line that
// is out of line: the parser only says "did not find expected key" at the
// line where the enclosing mapping began, often a dozen lines earlier.
type indentScan struct {
	levels []int // indents of the open block keys and list items
	// seq holds the levels a "- " item opened, with the line the list
	// began on: a key there is out of line. A list written at its key's
	// indent ("cite:\n- law: x") opens no level, as keys may follow it.
	seq      map[int]int
	prevKey  int  // indent of the previous line's key (or item text)
	prevOpen bool // the previous line ends with "key:" or "-": a block follows
}

// check takes one block line (not blank, not a comment) and reports it if
// its indentation matches none of the open levels.
func (s *indentScan) check(line string, indent int, trimmed string, lineNo int) (yamlTrap, bool) {
	if strings.HasPrefix(trimmed, "---") || strings.HasPrefix(trimmed, "...") {
		*s = indentScan{prevKey: -1}
		return yamlTrap{}, false
	}
	// The text's key starts after any "- " prefixes.
	key := indent
	for strings.HasPrefix(line[key:], "- ") {
		key += 2
		for key < len(line) && line[key] == ' ' {
			key++
		}
	}
	content := stripComment(line[key:])
	opens := content == "-" || strings.HasSuffix(content, ":")
	var trap yamlTrap
	found := false
	switch {
	case s.prevKey >= 0 && indent > s.prevKey && !s.prevOpen:
		// More indented than the key above, which has a value: the plain
		// text of that value goes on here.
		return yamlTrap{}, false
	case s.prevKey >= 0 && indent > s.prevKey:
		// A block opened by the line above.
	default:
		for len(s.levels) > 0 && s.levels[len(s.levels)-1] > indent {
			s.levels = s.levels[:len(s.levels)-1]
		}
		if n := len(s.levels); n > 0 && s.levels[n-1] != indent {
			above := s.levels[n-1]
			trap = yamlTrap{lineNo, indent + 1, fmt.Sprintf(
				"this line's indentation (%d) lines it up with nothing above it (the lines around it are indented %d and %d); indent it like the key or \"- \" item it belongs with",
				indent, above, s.prevKey)}
			found = true
		} else if start, isSeq := s.seq[indent]; isSeq && key == indent {
			trap = yamlTrap{lineNo, indent + 1, fmt.Sprintf(
				"this line is at the indentation of the \"- \" items of the list that starts on line %d, but is not an item; indent it like the keys of the item it belongs to, or start it with \"- \"",
				start)}
			found = true
		}
	}
	for lvl := range s.seq {
		if lvl > indent {
			delete(s.seq, lvl)
		}
	}
	if key > indent && !slices.Contains(s.levels, indent) {
		if s.seq == nil {
			s.seq = map[int]int{}
		}
		s.seq[indent] = lineNo
	}
	if n := len(s.levels); n == 0 || s.levels[n-1] < indent {
		s.levels = append(s.levels, indent)
	}
	if key > indent {
		s.levels = append(s.levels, key)
	}
	s.prevKey, s.prevOpen = key, opens
	return trap, found
}

func unclosed(stack []flowFrame) []yamlTrap {
	if len(stack) == 0 {
		return nil
	}
	f := stack[len(stack)-1]
	closer := "]"
	if f.open == '{' {
		closer = "}"
	}
	return []yamlTrap{{f.line, f.col, fmt.Sprintf("this %q is never closed; add the %q after its last item", string(f.open), closer)}}
}

// col turns a byte offset into a 1-based column counted in characters, the
// way an editor shows it for Chinese text.
func col(line string, offset int) int {
	return utf8.RuneCountInString(line[:offset]) + 1
}

// dashNoSpace reports a line such as "-item" that was meant as a list item:
// "---" and negative numbers are legitimate.
func dashNoSpace(trimmed string) bool {
	if len(trimmed) < 2 || trimmed[0] != '-' {
		return false
	}
	c := trimmed[1]
	return c != ' ' && c != '-' && c != '\t' && !(c >= '0' && c <= '9') && c != '.'
}

// blockValueStart finds where the value starts on a block line: after
// "key: ", after "- ", or after "- key: ". ok is false for a line that
// holds only a key or nothing this scanner looks at.
func blockValueStart(line string, indent int) (int, bool) {
	i := indent
	for strings.HasPrefix(line[i:], "- ") {
		i += 2
		for i < len(line) && line[i] == ' ' {
			i++
		}
	}
	rest := line[i:]
	if rest == "" {
		return 0, false
	}
	if rest[0] == '[' || rest[0] == '{' || rest[0] == '"' || rest[0] == '\'' {
		return i, true
	}
	k := strings.Index(rest, ": ")
	if k < 0 {
		if strings.HasSuffix(rest, ":") {
			return 0, false
		}
		if i > indent {
			return i, true // "- plain item"
		}
		return 0, false
	}
	j := i + k + 2
	for j < len(line) && line[j] == ' ' {
		j++
	}
	return j, true
}

func commentBefore(s string, i int) bool {
	c := strings.Index(s, " #")
	return c >= 0 && c < i
}

func stripComment(s string) string {
	if c := strings.Index(s, " #"); c >= 0 {
		s = s[:c]
	}
	return strings.TrimSpace(s)
}

// itemText is the unquoted item starting at start, up to the next , or
// closing bracket, for the hint to show quoted.
func itemText(line string, start int) string {
	if start < 0 || start > len(line) {
		// The item began on an earlier line of a bracket that spans lines.
		start = 0
	}
	s := line[start:]
	if e := strings.IndexAny(s, ",]}"); e >= 0 {
		s = s[:e]
	}
	return strings.TrimSpace(s)
}

// quotedEnd returns the offset of the closing quote of the quoted text that
// opens at lines[li][i], and the line it is on.
func quotedEnd(lines []string, li, i int) (int, int) {
	q := lines[li][i]
	j := i + 1
	for l := li; l < len(lines); l++ {
		s := lines[l]
		for ; j < len(s); j++ {
			switch {
			case q == '"' && s[j] == '\\':
				j++
			case s[j] == q && q == '\'' && j+1 < len(s) && s[j+1] == '\'':
				j++
			case s[j] == q:
				return j, l
			}
		}
		j = 0
	}
	return len(lines[li]), len(lines)
}

// parserHints explain the parser's messages that no recognised mistake
// accounts for; the line is the parser's, which for a list or a bracket is
// where it starts.
var parserHints = []struct{ prefix, hint string }{
	{"did not find expected key", "a line here is not lined up with the keys above it, or a bracket is closed twice; check the indentation"},
	{"did not find expected '-' indicator", "the list that starts here has a line at its indentation that is not a \"- \" item; indent it further or make it an item"},
	{"mapping values are not allowed", "a key is indented deeper than the one above it, or an unquoted text holds \": \"; line the key up or quote the text"},
	{"found unexpected end of stream", "the file ends inside a quoted text or a bracket; close it"},
	{"found unknown escape character", "a backslash inside \"…\" starts an escape; write \\\\ for a backslash, or use single quotes"},
	{"found character that cannot start any token", "a line starts with a character YAML reserves (a tab, @ or `); quote the text or indent with spaces"},
}

// locateYAMLError turns a yaml.v3 syntax error into a position and a message
// a maintainer can act on: the recognised mistake nearest after the line the
// parser names, or the parser's own words at its line.
func locateYAMLError(data []byte, err error) (line, col int, msg string) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	reported := 0
	if i := strings.Index(msg, "line "); i >= 0 {
		var n int
		if _, e := fmt.Sscanf(msg[i:], "line %d", &n); e == nil && n >= 0 {
			reported = n
			rest := msg[i+len(fmt.Sprintf("line %d", n)):]
			msg = strings.TrimLeft(msg[:i]+strings.TrimPrefix(rest, ":"), " ")
		}
	}
	if msg == "" {
		msg = "invalid YAML"
	}
	// The parser counts its own lines from 0 for structure errors ("did not
	// find expected ..."); the scanner's are already 1-based.
	if strings.HasPrefix(msg, "did not find expected") {
		reported++
	}
	reported = max(reported, 1)
	traps := findYAMLTraps(data)
	var pick *yamlTrap
	for i := range traps {
		if traps[i].line >= reported {
			pick = &traps[i]
			break
		}
	}
	if pick == nil && len(traps) > 0 {
		pick = &traps[0]
	}
	if pick == nil {
		for _, h := range parserHints {
			if strings.HasPrefix(msg, h.prefix) {
				return reported, 1, "invalid YAML: " + h.hint + " (parser: " + msg + ")"
			}
		}
		return reported, 1, "invalid YAML: " + msg
	}
	return pick.line, pick.col, "invalid YAML: " + pick.hint + " (parser: " + msg + ")"
}
