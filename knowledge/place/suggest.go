package place

import (
	"sort"
	"strings"
)

// suggest lists the places whose names are closest to units, for an input
// that names no place. If the input starts with a place (上海浦栋), places
// inside it are preferred for the rest.
func (t *Table) suggest(units []string, latin bool) []Place {
	dict, maxKey := t.han, t.hanMax
	if latin {
		dict, maxKey = t.latin, t.latinMax
	}
	for end := min(len(units)-1, maxKey); end >= 1; end-- {
		es, ok := dict[strings.Join(units[:end], "")]
		if !ok {
			continue
		}
		inside := func(p *Place) bool {
			for _, e := range es {
				if isAncestor(&t.places[e.place], p) {
					return true
				}
			}
			return false
		}
		if s := t.closest(units[end:], latin, inside); len(s) > 0 {
			return s
		}
	}
	return t.closest(units, latin, nil)
}

type scored struct {
	place int32
	score int
}

// closest ranks places by edit distance: for Chinese input, of the characters
// and of their pinyin (杭洲 sounds like 杭州); for latin input, of the letters
// (shangai → shanghai). A distance is allowed to grow with the length of the
// input, so that two-character names only match on one changed character.
func (t *Table) closest(units []string, latin bool, keep func(*Place) bool) []Place {
	hanKeys, latinKeys := t.suggestIndex()
	best := map[int32]int{}
	consider := func(keys []suggestKey, input []rune, penalty, limit int) {
		for i := range keys {
			k := &keys[i]
			if abs(len(k.runes)-len(input)) > limit {
				continue
			}
			d := distance(input, k.runes, limit)
			if d > limit {
				continue
			}
			for _, e := range k.entries {
				p := e.place
				if keep != nil && !keep(&t.places[p]) {
					continue
				}
				s := 2*d + penalty
				if old, ok := best[p]; !ok || s < old {
					best[p] = s
				}
			}
		}
	}
	if !latin {
		input := []rune(strings.Join(units, ""))
		// Two characters one apart share just one character: too weak, unless
		// an enclosing place narrows the field (上海浦栋). Input-method slips
		// are mostly homophones, which the pinyin pass catches.
		if len(input) >= 3 || keep != nil {
			consider(hanKeys, input, 0, 1+len(input)/6)
		}
		if py, ok := t.pinyinOf(input); ok {
			consider(latinKeys, []rune(py), 1, len(input)/3)
		}
	} else {
		input := []rune(strings.Join(units, ""))
		if len(input) >= 4 {
			consider(latinKeys, input, 0, min(3, 1+len(input)/6))
		}
	}
	list := make([]scored, 0, len(best))
	for p, s := range best {
		list = append(list, scored{p, s})
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := &t.places[list[i].place], &t.places[list[j].place]
		if list[i].score != list[j].score {
			return list[i].score < list[j].score
		}
		if a.Level != b.Level {
			return a.Level < b.Level
		}
		if a.municipal() != b.municipal() {
			return a.municipal()
		}
		return a.Code < b.Code
	})
	var out []Place
	for _, s := range list {
		if len(out) == maxSuggestions {
			break
		}
		out = append(out, t.places[s.place])
	}
	return out
}

// pinyinOf reads Chinese characters as the division names read them.
func (t *Table) pinyinOf(rs []rune) (string, bool) {
	var b strings.Builder
	for _, r := range rs {
		s, ok := t.runePinyin[r]
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance is the Levenshtein distance between a and b, or limit+1 as soon
// as it is known to exceed limit.
func distance(a, b []rune, limit int) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	var buf [2][32]int
	prev, cur := buf[0][:], buf[1][:]
	if len(a)+1 > len(prev) {
		prev, cur = make([]int, len(a)+1), make([]int, len(a)+1)
	}
	prev, cur = prev[:len(a)+1], cur[:len(a)+1]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		rowMin := j
		for i := 1; i <= len(a); i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[i] = min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
			rowMin = min(rowMin, cur[i])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(a)]
}
