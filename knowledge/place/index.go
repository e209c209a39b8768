package place

import (
	"sort"
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

func (t *Table) index() {
	t.han = make(map[string][]entry, 8000)
	t.latin = make(map[string][]entry, 8000)
	t.runePinyin = make(map[rune]string, 2000)
	addTo := func(m map[string][]entry, key string, e entry) {
		if key == "" {
			return
		}
		for i, old := range m[key] {
			if old.place == e.place {
				m[key][i].full = old.full || e.full
				return
			}
		}
		m[key] = append(m[key], e)
	}
	for i := range t.places {
		p := &t.places[i]
		e := entry{place: int32(i)}
		addTo(t.han, p.Name, entry{place: e.place, full: true})
		addTo(t.han, p.Short, e)
		// 延边州, 恩施州, 长阳县: the autonomous suffix is usually dropped
		// but the tier kept.
		if strings.Contains(p.Name, "自治") && p.Short != p.Name {
			_, size := utf8.DecodeLastRuneInString(p.Name)
			addTo(t.han, p.Short+p.Name[len(p.Name)-size:], e)
		}

		syl := strings.Fields(p.syllables)
		for j, r := range []rune(p.Name) {
			if _, ok := t.runePinyin[r]; !ok {
				t.runePinyin[r] = syl[j]
			}
		}
		short := strings.Join(syl[:utf8.RuneCountInString(p.Short)], "")
		display := latinKey(p.Pinyin)
		if display != short {
			// A fixed romanisation (Shaanxi) replaces the pinyin, which would
			// collide with another place (Shanxi).
			addTo(t.latin, display, e)
		} else {
			addTo(t.latin, short, e)
			addTo(t.latin, strings.Join(syl, ""), entry{place: e.place, full: true})
		}
		for _, x := range exonyms[p.Code] {
			addTo(t.latin, x, e)
		}
	}
	// Keys are at most hanMax characters, or latinMax words of the input.
	t.hanMax, t.latinMax = 0, 4
	for k := range t.han {
		t.hanMax = max(t.hanMax, utf8.RuneCountInString(k))
		t.hanKeys = append(t.hanKeys, suggestKey{key: k, runes: []rune(k), places: placesOf(t.han[k])})
	}
	for k := range t.latin {
		t.latinKeys = append(t.latinKeys, suggestKey{key: k, runes: []rune(k), places: placesOf(t.latin[k])})
	}
	// Map iteration order must not leak into suggestion order.
	sort.Slice(t.hanKeys, func(i, j int) bool { return t.hanKeys[i].key < t.hanKeys[j].key })
	sort.Slice(t.latinKeys, func(i, j int) bool { return t.latinKeys[i].key < t.latinKeys[j].key })
	t.indexFind()
}

func placesOf(es []entry) []int32 {
	out := make([]int32, len(es))
	for i, e := range es {
		out[i] = e.place
	}
	return out
}

// latinKey is the look-up form of a romanised name: lower case, letters only.
func latinKey(s string) string {
	return strings.Join(latinTokens(s), "")
}
