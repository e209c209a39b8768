// Package knowledge loads and validates the knowledge base (laws, regions
// and their policy figures, texts in Chinese and English, FAQ entries and
// scenarios) and renders rules.Outcome values as answers.
package knowledge

import (
	"reflect"
	"strconv"
	"strings"

	"bujiao/knowledge/place"
	"bujiao/rules"
)

func reflectValue(p any) reflect.Value { return reflect.ValueOf(p).Elem() }

// Policy returns the policy for a region ID. An unknown or empty ID gives the
// national baseline with fallback set, so the answer can say the person's
// city may differ.
func (b *Base) Policy(region string) (p rules.Policy, fallback bool) {
	if p, ok := b.policies[region]; ok {
		return p, region == rules.NationalRegion
	}
	return b.policies[rules.NationalRegion], true
}

// Inputs are the policy inputs of a region the question graph reads
// (whether sex or local years matter); none before a region is known.
func (b *Base) Inputs(region string) rules.Inputs {
	if region == "" {
		return rules.Inputs{}
	}
	p, _ := b.Policy(region)
	return rules.InputsOf(p)
}

// Evaluate runs the rules for f with the policy of f.Region.
func (b *Base) Evaluate(f rules.Facts, today rules.Date) (rules.Outcome, error) {
	p, fallback := b.Policy(f.Region)
	return rules.Evaluate(f, b.withLeft45a(f, p), today, fallback)
}

// Region returns a region by ID.
func (b *Base) Region(id string) (*Region, bool) {
	r, ok := b.regions[id]
	return r, ok
}

// RegionPolicy returns the region's merged policy.
func (r *Region) RegionPolicy() rules.Policy { return r.policy }

// Regions lists the regions with their own rules first and the national
// baseline last, as a picker would offer them.
func (b *Base) Regions() []*Region {
	out := make([]*Region, 0, len(b.regionList))
	for _, id := range b.regionList {
		out = append(out, b.regions[id])
	}
	return out
}

// MatchRegion finds the region whose rules answer for the first place
// named in text: a place from the national division table (海宁 →
// zhejiang, 成都 → national) or an alias that is no place (沪, 其他,
// elsewhere). A name several places in different regions share is passed
// over here; the chat asks about it.
func (b *Base) MatchRegion(text string) (id string, ok bool) {
	region, _, at := b.firstPlace(text)
	aliasRegion, aliasAt := b.firstAlias(text)
	switch {
	case at >= 0 && (aliasAt < 0 || at <= aliasAt):
		return region, true
	case aliasAt >= 0:
		return aliasRegion, true
	}
	return "", false
}

// PlaceIn returns the place named in text that the region's rules answer
// for, with its name, for "成都 — national rules". Of several, the last
// counts: people name where they came from before where they are
// ("从杭州搬到宁波"); a place named as where they came from ("广州换了工作
// 从佛山过来的") counts only when no other is named.
func (b *Base) PlaceIn(text, region string) (name string, ok bool) {
	ms := b.findPlaces45e(text) // place45e.go
	for _, skipOrigin := range []bool{true, false} {
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.Kind != place.Found || b.regionOf(m.Place) != region {
				continue
			}
			if skipOrigin && originBefore(text[:m.Start]) {
				continue
			}
			return b.placeName(m.Place), true
		}
	}
	return "", false
}

// originBefore reports whether the text before a place names it as where
// the person came from: "从", "由" or "from" right before it.
func originBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, "从") || strings.HasSuffix(b, "由") || strings.HasSuffix(strings.ToLower(b), "from")
}

// PlaceByCode looks a place up by its division code (button data), with
// the region whose rules answer for it.
func (b *Base) PlaceByCode(code string) (region, name string, ok bool) {
	p, ok := place.Default().ByCode(code)
	if !ok {
		return "", "", false
	}
	return b.regionOf(p), b.placeName(p), true
}

// firstPlace is the region of the first place found in text, and where it
// starts (-1: none). A shared name counts only if every place it could be
// is answered by the same region.
func (b *Base) firstPlace(text string) (region, name string, at int) {
	for _, m := range b.findPlaces45e(text) { // place45e.go
		switch m.Kind {
		case place.Found:
			return b.regionOf(m.Place), b.placeName(m.Place), m.Start
		case place.Ambiguous:
			r := ""
			same := true
			for _, c := range m.Candidates {
				if cr := b.regionOf(c); r == "" {
					r = cr
				} else if cr != r {
					same = false
				}
			}
			if same && r != "" {
				return r, "", m.Start
			}
		}
	}
	return "", "", -1
}

// firstAlias is the first alias in text by position; among aliases starting
// at the same place, the longest wins.
func (b *Base) firstAlias(text string) (region string, at int) {
	lower := strings.ToLower(text)
	best, bestAt, bestLen := "", -1, 0
	for _, a := range b.aliases {
		i := indexWord(lower, a.text)
		if i < 0 {
			continue
		}
		if bestAt < 0 || i < bestAt || (i == bestAt && len(a.text) > bestLen) {
			best, bestAt, bestLen = a.region, i, len(a.text)
		}
	}
	return best, bestAt
}

// indexWord finds alias in s; ASCII aliases must stand as whole words so
// "sh" does not match inside "fish".
func indexWord(s, alias string) int {
	ascii := true
	for i := 0; i < len(alias); i++ {
		if alias[i] >= 0x80 {
			ascii = false
			break
		}
	}
	from := 0
	for {
		i := strings.Index(s[from:], alias)
		if i < 0 {
			return -1
		}
		i += from
		if !ascii {
			return i
		}
		end := i + len(alias)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// Law returns a law by ID.
func (b *Base) Law(id string) (*Law, bool) {
	l, ok := b.laws[id]
	return l, ok
}

// Laws lists the laws in file order.
func (b *Base) Laws() []*Law {
	out := make([]*Law, 0, len(b.lawOrder))
	for _, id := range b.lawOrder {
		out = append(out, b.laws[id])
	}
	return out
}

// Item returns a text item of a kind ("documents", "steps" …) by ID.
func (b *Base) Item(kind, id string) (*Item, bool) {
	it, ok := b.items[kind][id]
	return it, ok
}

// Items lists the items of a kind in file order.
func (b *Base) Items(kind string) []*Item {
	out := make([]*Item, 0, len(b.itemOrder[kind]))
	for _, id := range b.itemOrder[kind] {
		out = append(out, b.items[kind][id])
	}
	return out
}

// Msg returns a user-interface message in lang, or the key itself when it
// is missing so a gap shows instead of vanishing.
func (b *Base) Msg(lang Lang, key string) string {
	if t, ok := b.messages[key]; ok {
		return t.In(lang)
	}
	return key
}

// HasMsg reports whether a message key is defined.
func (b *Base) HasMsg(key string) bool {
	_, ok := b.messages[key]
	return ok
}

// FAQs lists the FAQ entries in file order.
func (b *Base) FAQs() []*FAQ { return b.faq }

// Scenarios lists the maintainers' scenarios.
func (b *Base) Scenarios() []Scenario { return b.scenarios }

type citeKey struct {
	c    rules.Citation
	lang Lang
}

// citeLabel returns "社会保险法 第八十六条", precomputed at load time so
// rendering an answer does not rebuild it.
func (b *Base) citeLabel(c rules.Citation, lang Lang) string {
	if l, ok := b.citeLabels[citeKey{c, lang}]; ok {
		return l
	}
	law, where := b.CitationTitle(c, lang)
	return strings.TrimSpace(law + " " + where)
}

func (b *Base) precomputeCiteLabels() {
	b.citeLabels = map[citeKey]string{}
	for _, lw := range b.laws {
		cs := []rules.Citation{{Law: lw.ID}}
		for _, a := range lw.Articles {
			cs = append(cs, rules.Citation{Law: lw.ID, Article: a.Number})
		}
		for _, s := range lw.Sections {
			cs = append(cs, rules.Citation{Law: lw.ID, Section: s.ID})
		}
		for _, c := range cs {
			for _, lang := range Langs {
				law, where := b.CitationTitle(c, lang)
				b.citeLabels[citeKey{c, lang}] = strings.TrimSpace(law + " " + where)
			}
		}
	}
}

// CitationTitle returns the short title of a citation's law and the
// article or section label in lang, e.g. "社会保险法" and "第八十六条".
func (b *Base) CitationTitle(c rules.Citation, lang Lang) (law, where string) {
	lw, ok := b.laws[c.Law]
	if !ok {
		return c.Law, ""
	}
	law = lw.Short.In(lang)
	switch {
	case c.Article != 0 && lang == Zh:
		where = "第" + chineseNumber(c.Article) + "条"
	case c.Article != 0:
		where = "art. " + itoa(c.Article)
	case c.Section != "":
		if s := lw.section(c.Section); s != nil && s.Title != nil {
			where = s.Title.In(lang)
		} else if lang == Zh {
			where = c.Section
		} else {
			where = "sec. " + c.Section
		}
	}
	return law, where
}

// CitationSummary returns the summary of the cited article or section.
func (b *Base) CitationSummary(c rules.Citation, lang Lang) string {
	lw, ok := b.laws[c.Law]
	if !ok {
		return ""
	}
	if a := lw.article(c.Article); c.Article != 0 && a != nil {
		return a.Summary.In(lang)
	}
	if s := lw.section(c.Section); c.Section != "" && s != nil {
		return s.Summary.In(lang)
	}
	return lw.Title.In(lang)
}

func itoa(n int) string { return strconv.Itoa(n) }

// chineseNumber writes 1..9999 the way article numbers are written (八十六,
// 一百一十, 二十).
func chineseNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	if n <= 0 || n > 9999 {
		return itoa(n)
	}
	units := []string{"千", "百", "十", ""}
	parts := []int{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	var b strings.Builder
	zero := false
	started := false
	for i, d := range parts {
		if d == 0 {
			if started {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		if !(d == 1 && i == 2 && !started) {
			b.WriteString(digits[d])
		}
		b.WriteString(units[i])
		started = true
	}
	return b.String()
}

// Msgf returns a message with its {name} placeholders replaced by the given
// name/value pairs.
func (b *Base) Msgf(lang Lang, key string, kv ...string) string {
	s := b.Msg(lang, key)
	for i := 0; i+1 < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", kv[i+1])
	}
	return s
}
