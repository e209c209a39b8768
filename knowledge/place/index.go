package place

import (
	"strings"
	"unicode/utf8"
)

// Romanisations in use that pinyin of the name does not give.
var exonyms = map[string][]string{
	"110000": {"peking"},
	"150000": {"neimenggu", "neimongol", "innermongolia"},
	"440100": {"canton"},
	"540000": {"tibet"},
	"540100": {"lhasa"},
	"650100": {"urumqi", "urumchi"},
	"150100": {"hohhot"},
	"230100": {"harbin"},
	"810000": {"xianggang", "hongkong"},
	"820000": {"aomen", "macau", "macao"},
	"710000": {"taiwan"},
}

// Single-character abbreviations of provinces (沪 for 上海). Resolve accepts
// them only as the whole input; inside text they are far too ambiguous.
var provinceAbbreviations = map[string]string{
	"京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000",
	"辽": "210000", "吉": "220000", "黑": "230000", "沪": "310000", "申": "310000",
	"苏": "320000", "浙": "330000", "皖": "340000", "闽": "350000", "赣": "360000",
	"鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000", "粤": "440000",
	"桂": "450000", "琼": "460000", "渝": "500000", "川": "510000", "蜀": "510000",
	"贵": "520000", "黔": "520000", "云": "530000", "滇": "530000", "藏": "540000",
	"陕": "610000", "秦": "610000", "甘": "620000", "陇": "620000", "青": "630000",
	"宁": "640000", "新": "650000", "台": "710000", "港": "810000", "澳": "820000",
}

// keyIndex is a map from keys to the places they name that remembers the
// order keys were first added, so that suggestions never depend on map
// iteration order.
type keyIndex struct {
	m     map[string][]entry
	order []string
}

func (k *keyIndex) add(key string, e entry) {
	if key == "" {
		return
	}
	old, seen := k.m[key]
	for i := range old {
		if old[i].place == e.place {
			old[i].full = old[i].full || e.full
			return
		}
	}
	if !seen {
		k.order = append(k.order, key)
	}
	k.m[key] = append(old, e)
}

func suggestKeys(m map[string][]entry, order []string) []suggestKey {
	out := make([]suggestKey, len(order))
	n := 0
	for _, key := range order {
		n += utf8.RuneCountInString(key)
	}
	backing := make([]rune, 0, n) // one allocation for all keys' runes
	for i, key := range order {
		start := len(backing)
		for _, r := range key {
			backing = append(backing, r)
		}
		out[i] = suggestKey{key: key, runes: backing[start:len(backing):len(backing)], entries: m[key]}
	}
	return out
}

func (t *Table) index() {
	han := keyIndex{m: make(map[string][]entry, 7000)}
	latin := keyIndex{m: make(map[string][]entry, 7000)}
	t.runePinyin = make(map[rune]string, 2000)
	for i := range t.places {
		p := &t.places[i]
		e := entry{place: int32(i)}
		han.add(p.Name, entry{place: e.place, full: true})
		han.add(p.Short, e)
		// 延边州, 恩施州, 长阳县: the autonomous suffix is usually dropped
		// but the tier kept.
		if strings.Contains(p.Name, "自治") && p.Short != p.Name {
			_, size := utf8.DecodeLastRuneInString(p.Name)
			han.add(p.Short+p.Name[len(p.Name)-size:], e)
		}

		syl := strings.Fields(p.syllables)
		j := 0
		for _, r := range p.Name {
			if _, ok := t.runePinyin[r]; !ok {
				t.runePinyin[r] = syl[j]
			}
			j++
		}
		short := strings.Join(syl[:utf8.RuneCountInString(p.Short)], "")
		display := latinKey(p.Pinyin)
		if display != short {
			// A fixed romanisation (Shaanxi) replaces the pinyin, which would
			// collide with another place (Shanxi).
			latin.add(display, e)
		} else {
			latin.add(short, e)
			latin.add(strings.Join(syl, ""), entry{place: e.place, full: true})
		}
		for _, x := range exonyms[p.Code] {
			latin.add(x, e)
		}
	}
	t.han, t.latin = han.m, latin.m
	t.hanOrder, t.latinOrder = han.order, latin.order
	// Keys are at most hanMax characters, or latinMax words of the input.
	t.hanMax, t.latinMax = 0, 4
	t.hanLens = make(map[rune]uint32, 2000)
	for _, k := range han.order {
		n := utf8.RuneCountInString(k)
		t.hanMax = max(t.hanMax, n)
		if n >= 2 && n < 32 {
			r, _ := utf8.DecodeRuneInString(k)
			t.hanLens[r] |= 1 << n
		}
	}
}

// suggestIndex returns the keys closest() scans, built on first need: most
// programs resolve known names only.
func (t *Table) suggestIndex() (han, latin []suggestKey) {
	t.suggestOnce.Do(func() {
		t.hanKeys = suggestKeys(t.han, t.hanOrder)
		t.latinKeys = suggestKeys(t.latin, t.latinOrder)
	})
	return t.hanKeys, t.latinKeys
}

// latinKey is the look-up form of a romanised name: lower case, letters
// only, descriptive English words dropped.
func latinKey(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'') {
			plain = false
			break
		}
	}
	if !plain { // spaces, accents, full-width letters: the general path
		return strings.Join(latinTokens(s), "")
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c != '\'':
			b = append(b, c)
		}
	}
	if latinFiller[string(b)] {
		return ""
	}
	return string(b)
}
