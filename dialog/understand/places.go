package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// RegionMatcher finds a region named in text (knowledge.Base satisfies it:
// aliases like 沪, 杭州→zhejiang, 深圳→guangdong, Shanghai).
type RegionMatcher interface {
	MatchRegion(text string) (id string, ok bool)
}

// cityCoder is the optional side of a RegionMatcher that tells the city
// of a place (knowledge.Base): two cities of one region are two pooling
// areas.
type cityCoder interface {
	CityCode(text string) (code string, ok bool)
}

// zhMovedTo and enMovedTo come right before the place someone moved to:
// "从北京搬到上海", "moved from Beijing to Shanghai". The place after them
// is where they are insured now; the one before is where they were.
var zhMovedTo = []string{"搬到了", "搬到", "搬去了", "搬去", "搬来了", "搬来", "搬回", "迁到", "迁往", "迁去", "转到了", "转到",
	"调到了", "调到", "调去", "来到了", "来到", "换到了", "换到", "去了", "回到", "回了", "后来回", "然后回", "又回", "现在回",
	"到了", "现在在", "目前在", "现在人在", "去", "到", "来了", "来",
	// "北京辞了回成都上班了": quit, and went back to work elsewhere.
	"辞了回", "辞职回", "离职回", "辞工回", "了回"}
var enMovedTo = []string{"moved to", "move to", "moving to", "relocated to", "relocating to", "transferred to",
	"went to", "came to", "now in", "now live in", "now living in", "now work in", "now working in", "now based in",
	"i live in now", "back to"}

// region is the region the message names. When it says the person moved
// ("从北京搬到上海"), the place moved to counts, and moved is set: their
// record has to follow them (转移接续). across says the place moved from
// is named and lies in another region, so the move left the pooling area;
// "搬到闵行" alone may be a move inside Shanghai.
func (x *extractor) region(regions RegionMatcher) (id string, moved, across bool) {
	s := stripIdentity(placeNicknames30b(fixPlaceTypos(x.s), x.expecting)) // read30b.go
	// "老家的居民医保" is the hometown's (read33a.go).
	s = hometownPays33a(s, regions)
	if h := stripHukou(s); h != s {
		// "户口在河南，人在杭州": the hukou place is not where they live;
		// it counts only when no other place is named.
		if _, ok := regions.MatchRegion(h); ok {
			s = h
		}
	}
	s = stripOrigin(s, regions) // "我四川人在东莞打工" (places_h14.go)
	if id, ok := corrected(s, regions); ok {
		return id, false, false
	}
	if id, across, ok := newJobPlaceZh(s, regions); ok {
		// "北京辞职了 在深圳找了份新工作" (movenew_h10m.go).
		return id, true, across
	}
	for _, m := range markers(s) {
		// The place comes right after the marker ("去深圳新公司"), not
		// somewhere later ("去了医保局问，在上海").
		window := s[m.at+m.size:]
		if len(window) > 0 && window[0] >= 0x80 {
			window = cutRunes(window, 5)
		} else if len(window) > 30 {
			window = window[:30]
		}
		if id, ok := regions.MatchRegion(window); ok {
			from, before := regions.MatchRegion(s[:m.at])
			if before && from == id {
				// From one place to another of the same region ("从浦东搬到
				// 闵行"): whether that left the pooling area is asked, not
				// assumed, unless both places are cities known to differ
				// ("从深圳跳槽去广州").
				if cc, ok := regions.(cityCoder); ok {
					a, okA := cc.CityCode(s[:m.at])
					b, okB := cc.CityCode(window)
					if okA && okB && a != b {
						return id, true, true
					}
				}
				return id, false, false
			}
			w := s[m.at : m.at+m.size]
			movingVerb := strings.ContainsAny(w, "搬迁") || strings.HasPrefix(w, "mov") || strings.HasPrefix(w, "reloc")
			if !before && m.size > 0 {
				// The place left named after the move ("调到宁波上班了
				// 原来在苏州"): another region, or another city of the
				// same one, means the move left the pooling area.
				if from, win, ok := placeLeft(s[m.at+m.size:], regions); ok {
					if from != id {
						return id, true, true
					}
					if cc, ok := regions.(cityCoder); ok {
						a, okA := cc.CityCode(win)
						b, okB := cc.CityCode(window)
						if okA && okB && a != b {
							return id, true, true
						}
					}
				}
			}
			return id, before || movingVerb, before
		}
	}
	if i := strings.Index(s, "from "); i >= 0 {
		// "from Beijing to Shanghai" without a verb of moving.
		if j := strings.Index(s[i:], " to "); j >= 0 {
			if id, ok := regions.MatchRegion(s[i+j+4:]); ok {
				from, before := regions.MatchRegion(s[i : i+j])
				if before && from == id {
					// Two cities of one region may still be two pooling
					// areas ("moved from guangzhou to shenzhen", n15).
					across := otherCity(regions, s[i:i+j], s[i+j+4:])
					return id, across, across
				}
				if before || strings.Contains(s[:i], "mov") || strings.Contains(s[:i], "reloc") {
					return id, true, before
				}
			}
		}
	}
	if id, ok := regions.MatchRegion(s); ok {
		return id, false, false
	}
	return "", false, false
}

// hukouMarkers come right before a place of household registration, which
// is not where a person lives or works (38号: children enrol where they
// live).
var hukouMarkers = []string{"户口在", "户口是", "户口", "户籍在", "户籍是", "户籍", "老家在", "老家是", "老家", "hukou in ", "hukou is in ",
	"hukou is ", "hukou "}

// stripHukou blanks the place after each hukou marker: up to four
// characters (a city's name), stopping where the clause or the next
// phrase starts ("户口在深圳人在杭州": 深圳 only), or one ASCII word.
func stripHukou(s string) string {
	for _, m := range hukouMarkers {
		for from := 0; ; {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			i := from + k
			if b := s[:i]; strings.HasSuffix(b, "回") || strings.HasSuffix(b, "回到") || strings.HasSuffix(b, "回了") {
				// "现在回老家江西上班了": moving back home names where
				// the person now lives and works.
				from = i + len(m)
				continue
			}
			rest := s[i+len(m):]
			end, n := 0, 0
			for j := 0; j < len(rest); {
				r, size := utf8.DecodeRuneInString(rest[j:])
				if n == 4 || strings.ContainsRune(",，。; 人在的我住工上是", r) && n > 0 || r < 0x80 && rest[0] >= 0x80 {
					break
				}
				if r < 0x80 && r != ' ' && rest[0] < 0x80 {
					j += size
					end = j
					continue
				}
				if rest[0] < 0x80 {
					break
				}
				j += size
				end, n = j, n+1
			}
			s = s[:i] + "," + rest[end:]
			from = i + 1
		}
	}
	return s
}

// Corrections name the wrong place first: "不是澳门，是珠海", "不是杭州
// 是宁波", "not Macao but Zhuhai", "i meant Ningbo". The place after the
// correcting word is the one meant.
var (
	zhNotWord  = "不是"
	zhIsWords  = []string{"而是", "应该是", "是", "系"}
	enNotWords = []string{"not "}
	enIsWords  = []string{" but ", ",", " it is ", " its "}
	enMeant    = []string{"i meant ", "i mean ", "sorry, ", "sorry "}
	enMeantMid = []string{"i meant ", "i mean ", "sorry ", "actually ", "no wait ", "oops ", "correction "}
)

// zhWrongWords take back what came before without a "不是X": "新单位也在
// 上海 不对 新单位在苏州". With a place on both sides, the later one is
// meant.
var zhWrongWords = []string{"不对", "说错了", "说错", "讲错了", "讲错", "搞错了", "弄错了", "记错了", "更正一下", "纠正一下", "打错了", "写错了", "我是说", "我的意思是"}

// corrected finds the place a correction names.
func corrected(s string, regions RegionMatcher) (string, bool) {
	for _, w := range zhWrongWords {
		i := strings.LastIndex(s, w)
		if i < 0 {
			continue
		}
		if _, before := regions.MatchRegion(s[:i]); !before {
			continue
		}
		rest := s[i+len(w):]
		if id, ok := corrected(rest, regions); ok && len(rest) < len(s) {
			// "在澳门 不对不是澳门 是珠海": the words after the first
			// take the place back once more; the last place meant wins.
			return id, true
		}
		if id, ok := regions.MatchRegion(rest); ok {
			return id, true
		}
	}
	// Cantonese "唔系澳门 系中山" says the same as "不是澳门 是中山".
	if i := strings.Index(strings.ReplaceAll(s, "唔系", zhNotWord), zhNotWord); i >= 0 {
		s := strings.ReplaceAll(s, "唔系", zhNotWord)
		rest := s[i+len(zhNotWord):]
		for _, w := range zhIsWords {
			if j := strings.Index(rest, w); j >= 0 {
				if _, wrong := regions.MatchRegion(rest[:j]); !wrong {
					continue
				}
				if id, ok := regions.MatchRegion(rest[j+len(w):]); ok {
					return id, true
				}
			}
		}
	}
	for _, n := range enNotWords {
		i := strings.Index(s, n)
		if i < 0 || (i > 0 && isAlnum(s[i-1])) {
			continue
		}
		rest := s[i+len(n):]
		for _, w := range enIsWords {
			if j := strings.Index(rest, w); j > 0 {
				if _, wrong := regions.MatchRegion(rest[:j]); !wrong {
					continue
				}
				if id, ok := regions.MatchRegion(rest[j+len(w):]); ok {
					return id, true
				}
			}
		}
	}
	if id, ok := meantThenDenied(s, regions); ok {
		return id, true
	}
	for _, m := range enMeant {
		if strings.HasPrefix(s, m) {
			if id, ok := regions.MatchRegion(s[len(m):]); ok {
				return id, true
			}
		}
	}
	// "I pay in Beijing, sorry I mean Hangzhou", "in Ningbo, actually
	// Wenzhou": a place taken back inside the message; the one right after
	// the correcting words is meant.
	for _, m := range enMeantMid {
		i := strings.LastIndex(s, m)
		if i <= 0 || isAlnum(s[i-1]) {
			continue
		}
		if _, before := regions.MatchRegion(s[:i]); !before {
			continue
		}
		after := s[i+len(m):]
		if len(after) > 30 {
			after = after[:30]
		}
		if id, ok := regions.MatchRegion(after); ok {
			return id, true
		}
	}
	return "", false
}

// meantThenDenied reads the place meant named before the one taken back:
// "it's Shanghai, not Guangzhou", "是上海 不是广州". Both must be places,
// the denied one ending its clause.
func meantThenDenied(s string, regions RegionMatcher) (string, bool) {
	for _, not := range deniedWords { // places_h15.go
		for from := 0; ; {
			k := strings.Index(s[from:], not)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(not)
			if not == "not " && i > 0 && isAlnum(s[i-1]) || askedBothWays(s[:i], not) {
				continue
			}
			denied := s[i+len(not):]
			if j := strings.IndexByte(denied, ','); j >= 0 {
				denied = denied[:j]
			}
			if len(denied) > 24 || strings.TrimSpace(denied) == "" {
				continue
			}
			if _, ok := regions.MatchRegion(denied); !ok {
				continue
			}
			before := strings.TrimRight(s[:i], " ,")
			if k := strings.LastIndexByte(before, ','); k >= 0 {
				before = before[k+1:]
			}
			if len(before) > 30 {
				before = before[len(before)-30:]
			}
			if id, ok := regions.MatchRegion(before); ok {
				return id, true
			}
		}
	}
	return "", false
}

type marker struct{ at, size int }

// cameFrom come right before the place someone left, told after the move:
// "调到宁波上班了 原来在苏州", "moved to Ningbo, previously in Suzhou".
var cameFrom = []string{"原来在", "之前在", "以前在", "本来在", "原先在", "从前在", "previously in ", "before that in ",
	"used to work in ", "used to live in "}

// placeLeft finds the place named right after a cameFrom word in s: its
// region and the few characters that name it.
func placeLeft(s string, regions RegionMatcher) (id, win string, ok bool) {
	for _, w := range cameFrom {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		win = s[i+len(w):]
		if len(win) > 0 && win[0] >= 0x80 {
			win = cutRunes(win, 5)
		} else if len(win) > 30 {
			win = win[:30]
		}
		if id, ok := regions.MatchRegion(win); ok {
			return id, win, true
		}
	}
	return "", "", false
}

// notComeBefore, right before 来, make it no verb of coming.
var notComeBefore = []string{"原", "本", "后", "将", "未", "从", "出", "起", "看", "想", "说"}

func hasSuffixAnyStr(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// markers finds every place marker in s, the last first.
func markers(s string) []marker {
	var out []marker
	for _, m := range zhMovedTo {
		for i := 0; ; {
			j := strings.Index(s[i:], m)
			if j < 0 {
				break
			}
			// 来 is a move ("辞了来杭州") but not in 原来, 本来, 后来,
			// 将来, 未来, 从来, 出来, 起来.
			if !strings.HasPrefix(m, "来") || !hasSuffixAnyStr(s[:i+j], notComeBefore) || afterLeavingCame(s[:i+j]) {
				out = append(out, marker{i + j, len(m)})
			}
			i += j + len(m)
		}
	}
	for _, m := range enMovedTo {
		for i := 0; ; {
			j := strings.Index(s[i:], m)
			if j < 0 {
				break
			}
			if k := i + j; k == 0 || !isAlnum(s[k-1]) {
				out = append(out, marker{k, len(m)})
			}
			i += j + len(m)
		}
	}
	slices.SortFunc(out, func(a, b marker) int {
		if a.at != b.at {
			return b.at - a.at
		}
		return b.size - a.size
	})
	// A marker inside a longer one ("到" in "搬到") is that one.
	all := slices.Clone(out)
	return slices.DeleteFunc(out, func(m marker) bool {
		for _, o := range all {
			if o != m && o.at <= m.at && m.at+m.size <= o.at+o.size && o.size > m.size {
				return true
			}
		}
		return false
	})
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// enPlaceTypos are city names as people misspell them in a hurry
// ("medcal insurence lapsd 2 monts, self employd, shangai").
var enPlaceTypos = map[string]string{
	"shangai": "shanghai", "shanghia": "shanghai", "sanghai": "shanghai", "shangahi": "shanghai",
	"shenzen": "shenzhen", "shenzehn": "shenzhen", "shenzheng": "shenzhen", "sehnzhen": "shenzhen",
	"guangzou": "guangzhou", "guanzhou": "guangzhou", "guangzhuo": "guangzhou", "gaungzhou": "guangzhou",
	"hangzou": "hangzhou", "hanzhou": "hangzhou", "hangzhuo": "hangzhou",
	"beijng": "beijing", "bejing": "beijing", "biejing": "beijing",
}

// fixPlaceTypos spells the misspelt city names of s right, word by word.
func fixPlaceTypos(s string) string {
	return rewriteWords(s, isLetter, isAlnum, func(i, j int) (string, bool) {
		fix, ok := enPlaceTypos[s[i:j]]
		return fix, ok
	})
}

// rewriteWords replaces the words of s (a run starting at a byte start
// accepts and going on while in accepts) that fix returns a spelling for;
// s itself when nothing changes.
func rewriteWords(s string, start, in func(byte) bool, fix func(i, j int) (string, bool)) string {
	var b strings.Builder
	last := 0 // s[:last] is written to b, once a fix is made
	for i := 0; i < len(s); {
		if !start(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && in(s[j]) {
			j++
		}
		if w, ok := fix(i, j); ok {
			b.WriteString(s[last:i])
			b.WriteString(w)
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
