package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Readings of heldout10 (issue 17, helper fix17p), each a small grammar
// rather than a list of the sentences seen:
//
//   - a pinyin-keyboard typo of a word of the case, where one character of
//     the word is replaced by another of the same sound ("三个越", "段了",
//     "灵活就叶", "等多酒", "杭洲"): the word is read;
//   - an English word of the case typed with one letter dropped or two
//     swapped ("stoped", "paing", "medcal", "moths"), or a vowel mistyped
//     in a long word ("insurence");
//   - Cantonese 冇 (没) everywhere, 供 (paying in instalments) after a
//     negation, Hokkien 冬 after a numeral (a year: "两冬无交");
//   - the employer did not pay for the person: negation + 帮/给/替 +
//     person + 缴 ("没有帮我缴费", "一直都不给我们缴");
//   - the employer never registered the person: negation + 给/帮 +
//     person + 办/上/买 + 社保/医保/保险 ("拖着不给办社保");
//   - paying or enrolling oneself: 自己/自个儿 + 想/要/去 + 缴/参保/买
//     ("想自己参保"), "pay (it) self/myself";
//   - resident years listed as unpaid: "去年和今年都没缴" (2), "就今年没缴"
//     after the years paid (1), "forgot to pay ... this year" (1);

// homophones are characters typed for a character of the same sound
// (tone aside) on a pinyin keyboard, for the characters of caseWords.
var homophones = map[rune]string{
	'月': "越阅悦跃粤", '业': "叶页夜液", '断': "段锻", '久': "酒九旧救玖",
	'办': "半班版伴拌扮", '州': "洲舟", '保': "宝饱堡", '缴': "叫较教轿",
	'欠': "歉纤", '职': "直值植殖", '灵': "零玲铃凌", '活': "伙获",
	'险': "显", '补': "捕哺", '停': "亭庭婷", '退': "腿蜕",
	'休': "修羞", '销': "消宵硝", '医': "衣依", '辞': "词瓷慈",
	'离': "篱璃黎", '续': "序绪叙", '司': "思丝斯", '杭': "航",
}

// caseWords are the words whose typos are read. Each is read only where
// exactly one of its characters is a homophone and the others are typed
// right; a word whose typo is itself a common word ("在交", "差不多就")
// is not here, and "个月" and "多久" carry the character before them.
var caseWords = []string{
	"灵活就业", "就业", "断了", "断缴", "个月", "等多久", "要多久", "多久能", "怎么办", "医保", "社保", "保险",
	"欠缴", "欠费", "离职", "辞职", "退休", "报销", "停缴", "补缴", "续保", "公司", "职工",
	"杭州", "广州", "苏州", "郑州", "福州", "温州", "泉州", "常州", "扬州", "徐州", "台州", "湖州", "衢州", "惠州", "潮州", "梅州",
}

// fixHomophones reads the case words typed with one homophone. Characters
// are replaced one for one (all are three bytes), so offsets hold.
func fixHomophones(s string) string {
	if !hasHomophone(s) || !utf8.ValidString(s) {
		return s
	}
	rs := []rune(s)
	changed := false
	for _, w := range caseWords {
		wr := []rune(w)
		for i := 0; i+len(wr) <= len(rs); i++ {
			diff := -1
			ok := true
			for k, c := range wr {
				switch {
				case rs[i+k] == c:
				case diff < 0 && strings.ContainsRune(homophones[c], rs[i+k]):
					diff = k
				default:
					ok = false
				}
				if !ok {
					break
				}
			}
			if !ok || diff < 0 || !homophoneContext(rs, i, w) {
				continue
			}
			rs[i+diff] = wr[diff]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// hasHomophone is a quick test that s holds a character fixHomophones
// could replace.
func hasHomophone(s string) bool {
	for _, r := range s {
		if homophoneSet[r] {
			return true
		}
	}
	return false
}

// homophoneSet holds every character of homophones' values.
var homophoneSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, h := range homophones {
		for _, r := range h {
			m[r] = true
		}
	}
	return m
}()

// homophoneContext: "个月" only after a count ("三个越", "5个乐"), "就业"
// only after 灵活 or 失, so that "一个乐队", "就夜班" stay as typed.
func homophoneContext(rs []rune, i int, w string) bool {
	if ok, handled := homophoneContextH11p(rs, i, w); handled {
		return ok
	}
	prev := func(k int) rune {
		if i-k >= 0 {
			return rs[i-k]
		}
		return 0
	}
	switch w {
	case "个月":
		// "三个越了", not "三个越南工人" nor "一个阅读室".
		p := prev(1)
		next := rune(0)
		if i+2 < len(rs) {
			next = rs[i+2]
		}
		// The second character of a word begun by the homophone (越南,
		// 越来越, 阅读, 粤语) says it is that word.
		return (isHanNumeral(p) || isDigitR(p) || p == '几' || p == '多' || p == '半') &&
			!strings.ContainsRune("南来过野狱级读兵览历卷耳进语菜剧港式", next)
	case "就业":
		return prev(1) == '活' || prev(1) == '失'
	case "断了":
		return !strings.ContainsRune("一这那阶手片地路", prev(1))
	case "公司":
		return prev(1) != '办' // 办公思 is no company
	}
	return true
}

// fixDialectH10p: Cantonese 冇 is 没 everywhere; 供 (paying by
// instalments) after a negation is 缴 ("三个月冇供", "唔供"); Hokkien 冬 after
// a numeral is a year ("两冬无交"). One character for one.
func fixDialectH10p(s string) string {
	if !strings.ContainsAny(s, "冇供冬") || !utf8.ValidString(s) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		var p rune
		if i > 0 {
			p = rs[i-1]
		}
		switch {
		case r == '冇':
			rs[i] = '没'
		case r == '供' && (p == '没' || p == '冇' || p == '不' || p == '唔' || p == '未'):
			rs[i] = '缴'
			if p == '唔' {
				rs[i-1] = '不'
			}
		case r == '冬' && i > 0 && (isHanNumeral(p) || isDigitR(p) || p == '几'):
			rs[i] = '年'
		}
	}
	return string(rs)
}

// enCaseWords are English words of the case that people mistype.
var enCaseWords = []string{"employer", "employers", "company", "stopped", "paying", "medical", "insurance", "months",
	"contributions", "contribution", "premiums", "payments", "resident", "employee", "freelancer", "flexible",
	"hospital", "retirement", "retired", "unemployment", "bankrupt", "shanghai", "shenzhen", "guangzhou", "hangzhou",
	"beijing", "chengdu", "dongguan", "ningbo", "students", "student", "newborn", "daughter", "missed", "stopped",
	"health", "social", "lapsed", "owes"}

// enKnown are words one edit from a case word that are words themselves.
var enKnown = map[string]bool{"month": true, "employee": true, "employees": true, "employer": true, "residents": true,
	"retire": true, "retiree": true, "student": true, "payment": true, "premium": true, "contribution": true,
	"stopper": true, "payings": true, "ower": true, "owed": true, "owen": true, "social": true, "socials": true,
	"topped": true, "lapse": true, "heath": true, "medial": true, "freelance": true, "retied": true, "miss": true}

// fixEnTypos spells right the English words of the case typed with one
// letter dropped ("stoped", "paing", "medcal", "moths"), two letters
// swapped ("mnoths"), or one vowel for another in a word of eight letters
// or more ("insurence"). Words of four letters or fewer are left alone.
func fixEnTypos(text string) string {
	return rewriteWords(text, isASCIILetter, isASCIILetter, func(i, j int) (string, bool) {
		// A whole word among Chinese or spaces, not part of a longer run.
		if j-i < 4 || j < len(text) && text[j] >= 0x80 || i > 0 && text[i-1] >= 0x80 {
			return "", false
		}
		return enTypoFix(strings.ToLower(text[i:j]))
	})
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// enTypoFix is the one case word w is a typo of.
func enTypoFix(w string) (string, bool) {
	if enKnown[w] {
		return "", false
	}
	found := ""
	for _, c := range enCaseWords {
		if c == w {
			return "", false
		}
		if found != c && oneTypo(w, c) {
			if found != "" {
				return "", false // two words fit: not settled
			}
			found = c
		}
	}
	return found, found != ""
}

// oneTypo reports w is c with one letter dropped, two neighbours swapped,
// or (c of eight letters or more) one vowel typed for another.
func oneTypo(w, c string) bool {
	switch len(w) {
	case len(c) - 1:
		if len(c) < 5 {
			return false
		}
		for k := 0; k < len(c); k++ {
			if c[:k]+c[k+1:] == w {
				return true
			}
		}
	case len(c):
		k := 0
		for k < len(c) && w[k] == c[k] {
			k++
		}
		if k == len(c) {
			return false
		}
		if k+1 < len(c) && w[k] == c[k+1] && w[k+1] == c[k] && w[k+2:] == c[k+2:] {
			return true
		}
		return len(c) >= 8 && strings.IndexByte("aeiou", w[k]) >= 0 && strings.IndexByte("aeiou", c[k]) >= 0 && w[k+1:] == c[k+1:]
	}
	return false
}

// zhNegs are the negations of the grammars below, longest first.
var zhNegsH10p = []string{"没有", "没", "不", "未", "冇"}

// zhAdverbsH10p may come between a negation and what it denies.
var zhAdverbsH10p = []string{"一直", "从来", "压根", "根本", "就", "都", "也", "还", "拖着", "总是", "老是"}

// zhPersonsH10p are who the employer paid (or did not) for.
var zhPersonsH10p = []string{"我们", "我", "俺们", "俺", "咱们", "咱", "大家", "员工", "职工", "工人", "我妈", "我爸", "他", "她"}

// negHelpBefore reports the text before s[:i] ends in negation +
// adverbs + 帮/给/替 (+ a person): "没有帮我", "一直都不给我们".
func negHelpBefore(s string, i int, needHelp bool) bool {
	t := s[:i]
	for _, p := range zhPersonsH10p {
		if u, ok := strings.CutSuffix(t, p); ok {
			t = u
			break
		}
	}
	helped := false
	for _, h := range []string{"帮", "给", "替"} {
		if u, ok := strings.CutSuffix(t, h); ok {
			t, helped = u, true
			break
		}
	}
	if needHelp && !helped {
		return false
	}
	for changed := true; changed; {
		changed = false
		for _, a := range zhAdverbsH10p {
			if u, ok := strings.CutSuffix(t, a); ok {
				t, changed = u, true
			}
		}
	}
	_, ok := hasSuffixAny(t, zhNegsH10p)
	return ok
}

// unitDidNotPayFor reports the employer told as not paying for the person:
// "没有帮我缴", "都不给我们缴", "从来没替员工缴".
func unitDidNotPayFor(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "缴")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("缴")
		if negHelpBefore(s, i, true) {
			return true
		}
	}
}

// zhRegisterObjects follow 办/上/买/参 where the employer registers the
// person.
var zhRegisterObjects = []string{"社保", "医保", "保险", "五险"}

// unitNeverRegistered reports the employer told as not registering the
// person: negation + 给/帮/替 + person + 办/上/买 + 社保 ("拖着不给办社保",
// "一直没帮我们上医保"), or a probation given as the reason
// ("试用期不用缴", "试用期不给上").
func unitNeverRegistered(s string) bool {
	for _, v := range []string{"办", "上", "买"} {
		for from := 0; ; {
			i := strings.Index(s[from:], v)
			if i < 0 {
				break
			}
			i += from
			from = i + len(v)
			if hasPrefixAny(s[from:], zhRegisterObjects) && negHelpBefore(s, i, true) {
				return true
			}
		}
	}
	if k := strings.Index(s, "试用期"); k >= 0 {
		rest := cutRunes(s[k+len("试用期"):], 6)
		if hasAny(rest, []string{"不用缴", "不缴", "不用买", "不买", "不上", "不给上", "不办", "不给办", "没缴", "没给缴", "不给缴"}) {
			return true
		}
	}
	return false
}

// selfPays reports the person paying or enrolling on their own:
// 自己/自个儿 + (想/要/去/来/打算/准备) + 缴/参保/买/办, or "pay (it) self".
func selfPays(s string) bool {
	for _, me := range []string{"自己", "自个儿", "自个"} {
		for from := 0; ; {
			i := strings.Index(s[from:], me)
			if i < 0 {
				break
			}
			from = i + from + len(me)
			rest := s[from:]
			for _, m := range []string{"想", "要", "去", "来", "打算", "准备", "可以", "能"} {
				rest = strings.TrimPrefix(rest, m)
			}
			if hasPrefixAny(rest, []string{"缴", "参保", "买医保", "买社保", "办医保", "办参保"}) {
				return true
			}
		}
	}
	for _, p := range []string{"pay self", "paying self", "pay by self", "i pay it self", "paid self"} {
		if hasWordPhrase(s, p) {
			return true
		}
	}
	return false
}

// hasWordPhrase reports p in s between word boundaries.
func hasWordPhrase(s, p string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], p)
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		end := i + len(p)
		if (i == 0 || !isAlnum(s[i-1])) && (end == len(s) || !isAlnum(s[end])) {
			return true
		}
	}
}

// zhYearWords are years a resident names; zhYearJoins join two.
var (
	zhYearWords = []string{"大前年", "前年", "去年", "今年"}
	zhYearJoins = []string{"和", "跟", "与", "、", "还有", "加上", "及", ","}
	// zhYearUnpaid follow a list of years: they were not paid.
	zhYearUnpaid = []string{"没缴", "没有缴", "未缴", "忘了缴", "忘记缴", "忘缴", "漏缴", "断了", "断缴", "没续", "没买", "没参保"}
)

// yearsListedUnpaid counts the years of a list told as unpaid: "去年和今年
// 都没缴" (2), "前年、去年都没缴" (2), "去年前年都缴了 就今年没缴" (1).
// "今年没缴" alone or "今年还没缴" is not: this year's window may be open,
// and that is asked.
func yearsListedUnpaid(s string) int {
	best := 0
	for i := 0; i < len(s); {
		n, end := yearList(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		rest := s[end:]
		for _, a := range []string{"都", "全", "也", "都是", "一直", "医保", "的医保", "居民医保"} {
			rest = strings.TrimPrefix(rest, a)
		}
		onlyThisYear := n == 1 && strings.HasPrefix(s[i:], "今年")
		if hasPrefixAny(rest, zhYearUnpaid) && !strings.HasPrefix(rest, "没缴过") && !onlyThisYear {
			best = max(best, n)
		}
		i = end
	}
	return best
}

// yearList reads a list of distinct year words at s[i:]: how many and
// where it ends; 0 when none starts there.
func yearList(s string, i int) (int, int) {
	seen := map[string]bool{}
	end := i
	for {
		w := ""
		for _, y := range zhYearWords {
			if strings.HasPrefix(s[end:], y) {
				w = y
				break
			}
		}
		if w == "" {
			break
		}
		seen[w] = true
		end += len(w)
		j := end
		for _, c := range zhYearJoins {
			if strings.HasPrefix(s[j:], c) {
				j += len(c)
				break
			}
		}
		if !hasPrefixAny(s[j:], zhYearWords) {
			break
		}
		end = j
	}
	if len(seen) == 0 {
		return 0, i
	}
	if i > 0 && strings.HasSuffix(s[:i], "还") {
		return 0, i
	}
	return len(seen), end
}

// namedYearsUnenrolled counts the years named with 年度 and told as not
// enrolled, up to this one: "您2026年度城乡居民基本医疗保险未参保" (a
// notice pasted from the app) is one year without cover; a year to come
// ("2027年度未参保" in December) is the open window, not counted.
func namedYearsUnenrolled(s string, thisYear int) int {
	seen := map[int]bool{}
	for from := 0; ; {
		i := strings.Index(s[from:], "年度")
		if i < 0 {
			break
		}
		i += from
		from = i + len("年度")
		if i < 4 || !isDigit(s[i-4]) || !isDigit(s[i-3]) || !isDigit(s[i-2]) || !isDigit(s[i-1]) || i > 4 && isDigit(s[i-5]) {
			continue
		}
		y := int(s[i-4]-'0')*1000 + int(s[i-3]-'0')*100 + int(s[i-2]-'0')*10 + int(s[i-1]-'0')
		if y > thisYear || y < thisYear-10 {
			continue
		}
		rest := s[from:]
		// "2025年度、2026年度未缴费": a list of years shares what follows it.
		for {
			t := rest
			for _, j := range []string{",", "和", "跟", "与", "及", " "} {
				t = strings.TrimPrefix(t, j)
			}
			if len(t) >= 4+len("年度") && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && strings.HasPrefix(t[4:], "年度") {
				rest = t[4+len("年度"):]
				continue
			}
			break
		}
		after := cutRunes(rest, 20)
		if k := strings.IndexByte(after, ','); k >= 0 {
			after = after[:k]
		}
		if hasAny(after, []string{"未参保", "没参保", "未缴", "没缴", "未续保", "没续保"}) && !hasAny(after, []string{"已参保", "已缴"}) {
			seen[y] = true
		}
	}
	return len(seen)
}

// enThisYearMissed: "forgot to pay ... this year", "missed this year's".
func enThisYearMissed(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "this year")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("this year")
		if hasAny(commaClause(s, i, from), []string{"forgot to pay", "forget to pay", "forgotten to pay", "missed", "skipped", "lapsed", "didnt renew", "did not renew"}) {
			return true
		}
	}
}

// readH10p applies the readings above to e.
func (x *extractor) readH10p(e *Extracted) {
	s := x.s
	hasUnit := hasAny(s, zhUnit) || hasAny(s, enUnit)
	switch {
	case (e.UnitStatus == "" || e.UnitStatus == rules.UnitNormal) && (e.Reason == "" || e.Reason == rules.ReasonArrears) && hasUnit && unitNeverRegistered(s):
		e.Reason = rules.ReasonNotRegistered
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	case e.Reason == "" && hasUnit && unitDidNotPayFor(s):
		e.Reason = rules.ReasonArrears
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
	if e.Payer == "" && !hasUnit && selfPays(s) {
		e.Payer = rules.PayerIndividual
	}
	atResidentQ := e.Scheme == "" && (x.expecting == rules.FieldNewborn || x.expecting == rules.FieldBrokenYears)
	if (e.Scheme == rules.SchemeResident || atResidentQ) && e.Gap == nil && !e.GapConflict && !e.GapTooLong && e.PriorScheme == "" {
		n := yearsListedUnpaid(s)
		if n == 0 {
			n = namedYearsUnenrolled(s, x.today.Year)
		}
		if n == 0 && enThisYearMissed(s) {
			n = 1
		}
		if n > 0 {
			e.Gap = &Duration{Months: 12 * n}
			x.gapNamed = true
		}
	}
}

// forgotBefore reports a count of time told as forgotten to pay: "忘缴
// 三个月", "忘了缴仨月", "忘记缴两个月".
func forgotBefore(before string) bool {
	_, ok := hasSuffixAny(strings.TrimRight(before, " "), []string{"忘", "忘了", "忘记", "忘记了", "忘掉"})
	return ok
}

// SpellHomophones is the text with the case words typed with a homophone
// spelt right ("杭洲" → "杭州"), for readers outside this package that
// look for place names in what the person typed.
func SpellHomophones(text string) string { return fixHomophones(text) }

// doubtAsks counts a claim put in doubt ("听说…会往上提 真的假的", "连着交
// 有奖励 是真是假", "有这回事吗"): asking whether it is true, a question
// with no question word.
func doubtAsks(s string) int {
	for _, w := range []string{"真的假的", "真的还是假的", "是真是假", "真还是假", "有这回事", "有这事", "有这个说法", "靠不靠谱", "可信吗"} {
		if strings.Contains(s, w) {
			return 1
		}
	}
	return 0
}
