package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Readings of heldout11 (issue 17, helper fix17p2), each a small grammar
// rather than a list of the sentences seen:
//
//   - traditional characters of everyday Cantonese and Mandarin writing the
//     fold did not know (細 間 閂 執 舖 鋪 …): "老細" is read as "老细", so
//     the boss, the shut door and the shop are read;
//   - Cantonese 話 (to say) after a person or an employer ("老细话冇钱",
//     "公司话…", "佢话…") is 说;
//   - a pinyin-keyboard typo with one character of the same sound in the
//     words of the case: 千了 (欠了) after an employer, 救业 (就业), 离织
//     (离职), 今念 (今年);
//   - a benefit told as being drawn now ("现在在领失业金", "每个月在领…领着的")
//     has not ended;
//   - paying started again with the one paid for named between ("新公司9月
//     开始给我缴了", "从10月开始帮我们缴");
//   - leaving a job as "no longer working there": negation + (在) + (那个/
//     原来的) + employer + 干/做/上班 + 了 ("去年底就没在那个公司干了", "不在
//     厂里做了");
//   - the boss still there and promising to pay: the employer is trading
//     ("老板人还在 天天说下个月补", "boss is still here and says he'll pay");
//   - English "pay <the insurance> myself" with words between, and "I run a
//     (small) shop/business": a self-payer;
//   - at the question of whole years unpaid, the years named ("就今年",
//     "只有去年", "今年一整年都没缴"): their count.

func init() {
	// Traditional characters (each maps to one simplified one of the
	// same byte length; the bit set is the fold's fast test).
	for _, p := range []string{"細细", "間间", "閂闩", "執执", "舖铺", "鋪铺", "師师", "車车", "樓楼", "貨货", "稅税",
		"團团", "隊队", "藥药", "護护", "壞坏", "債债", "賠赔", "償偿", "減减", "貼贴", "額额", "標标", "準准",
		"價价", "賺赚", "窮穷", "輕轻", "負负", "託托", "歡欢", "騙骗", "躉趸", "啓启", "啟启", "闖闯", "慘惨"} {
		rs := []rune(p)
		if _, ok := tradMap[rs[0]]; ok || !isCJK(rs[0]) {
			continue
		}
		tradMap[rs[0]] = rs[1]
		i := rs[0] - cjkFirst
		tradBits[i>>6] |= 1 << (i & 63)
	}
	// Homophones of the words of the case (fixHomophones).
	homophones['欠'] += "千"
	homophones['职'] += "织执"
	homophones['就'] += "救旧舅"
	homophones['年'] += "念粘"
	homophoneSet['千'], homophoneSet['织'], homophoneSet['执'] = true, true, true
	homophoneSet['救'], homophoneSet['旧'], homophoneSet['舅'] = true, true, true
	homophoneSet['念'], homophoneSet['粘'] = true, true
	caseWords = append(caseWords, "欠了", "欠我", "今年", "去年")
	// A benefit drawn now.
	zhBenefitAhead = append(zhBenefitAhead, "现在在领", "目前在领", "每个月在领", "每月在领", "现在领着", "在领着", "领着的",
		"现在每个月领", "正领着", "还领着")
	// Paying started again, the one paid for named between.
	for _, ben := range []string{"给我", "给我们", "给俺", "给俺们", "帮我", "帮我们", "替我", "为我", "给咱"} {
		zhResumedWords = append(zhResumedWords, "开始"+ben+"缴", "又"+ben+"缴", "才"+ben+"缴", "重新"+ben+"缴")
	}
}

// homophoneContextH11p: 欠了/欠我 read from 千 only after an employer or
// a person, never after a numeral ("三千了"); 今年/去年 from 念 only where
// 念 cannot be a verb of its own ("想念", "纪念" are not before it).
func homophoneContextH11p(rs []rune, i int, w string) (bool, bool) {
	prev := rune(0)
	if i > 0 {
		prev = rs[i-1]
	}
	if strings.HasPrefix(w, "欠") && rs[i] == '千' {
		// "公司千了", never "一千费用", "三千了".
		return strings.ContainsRune("司位板厂业主里子家", prev), true
	}
	switch w {
	case "今年", "去年":
		if rs[i+1] != '念' && rs[i+1] != '粘' {
			return true, true
		}
		next := rune(0)
		if i+2 < len(rs) {
			next = rs[i+2]
		}
		// "去念书", "去念大学", "想念去…" are no year.
		return !strings.ContainsRune("想纪怀思悼挂", prev) && !strings.ContainsRune("书大高初小中研博完经佛叨课头着", next), true
	}
	return false, false
}

// fixCantoneseSay reads Cantonese 话 (to say) after a person or an
// employer as 说; one character for one, so offsets hold.
func fixCantoneseSay(s string) string {
	if !strings.Contains(s, "话") {
		return s
	}
	for _, who := range []string{"老板话", "公司话", "单位话", "厂话", "佢话", "他话", "她话", "人事话", "老细话", "厂里话", "厂长话", "经理话", "财务话", "会计话"} {
		if strings.Contains(s, who) {
			s = strings.ReplaceAll(s, who, strings.TrimSuffix(who, "话")+"说")
		}
	}
	return s
}

// zhNoLongerWorking: negation + (在) + (那个/原来的…) + employer + verb of
// working + 了: "没在那个公司干了", "不在厂里做了", "没在原来单位上班了".
func zhNoLongerWorking(s string) bool {
	for _, neg := range []string{"没在", "不在", "没有在"} {
		for from := 0; ; {
			i := strings.Index(s[from:], neg)
			if i < 0 {
				break
			}
			from += i + len(neg)
			if strings.HasSuffix(s[:from-len(neg)], "还") || strings.HasSuffix(s[:from-len(neg)], "并") {
				continue
			}
			rest := s[from:]
			for k := 0; k < 2; k++ {
				// "之前那家公司": up to two words pointing at it.
				for _, d := range []string{"那个", "那家", "这个", "这家", "原来的", "原来", "之前的", "之前", "以前的", "以前", "那", "原"} {
					if strings.HasPrefix(rest, d) {
						rest = rest[len(d):]
						break
					}
				}
			}
			unit := longestPrefix(rest, []string{"公司", "单位", "厂里", "厂子", "工厂", "厂", "店里", "企业"})
			if unit == "" {
				continue
			}
			rest = rest[len(unit):]
			rest = strings.TrimPrefix(rest, "里")
			verb := longestPrefix(rest, []string{"干", "做", "上班", "上了", "打工", "待"})
			if verb == "" {
				continue
			}
			if strings.HasPrefix(rest[len(verb):], "了") {
				return true
			}
		}
	}
	return false
}

// bossStillThere: the boss said to be still there ("老板人还在", "boss is
// still here"), which rules out a vanished employer; with a promise to
// pay or no word of trouble, the employer is trading.
func bossStillThere(s string) bool {
	return hasAny(s, []string{"老板人还在", "老板还在", "老板人都在", "老板也还在", "老板人在的", "老板天天在",
		"boss is still here", "boss is still there", "boss is still around", "boss still here", "boss still there",
		"boss still around", "owner is still here", "owner is still around", "boss hasnt gone", "boss has not gone"})
}

// enPaysOwnWords: "pay <up to five words> myself" ("pay employee medical
// insurance myself", "paid the premiums myself"), and "I run a (small)
// shop/business".
func enPaysOwnWords(s string) bool {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z') && r != '\'' })
	for i, w := range ws {
		if w != "pay" && w != "paid" && w != "paying" && w != "pays" {
			continue
		}
		if i > 0 && enAsksWhether[ws[i-1]] || i > 1 && (ws[i-1] == "i" || ws[i-1] == "we") && enAsksWhether[ws[i-2]] ||
			i > 1 && (ws[i-2] == "need" || ws[i-2] == "have") && ws[i-1] == "to" {
			// "should I pay it myself?", "do I need to pay myself": asks
			// what to do, not who paid.
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+6; k++ {
			if ws[k] == "myself" || ws[k] == "ourselves" {
				return true
			}
			if ws[k] == "for" || ws[k] == "but" || ws[k] == "and" || ws[k] == "not" || ws[k] == "never" || ws[k] == "nothing" || ws[k] == "none" {
				break
			}
		}
	}
	for _, p := range []string{"i run a shop", "i run a small shop", "i run a store", "i run a small store", "i run a small business",
		"i run my own shop", "i run my own business", "i run a stall", "i run a market stall", "i own a small shop", "i own a shop",
		"i have my own business", "i have a small shop", "running my own business", "running my own shop"} {
		if hasWordPhrase(s, p) {
			return true
		}
	}
	return false
}

// yearsAtBrokenQ reads a reply at the question of whole years unpaid
// that names years with nothing else told: "就今年" (1), "只有去年" (1),
// "去年今年" (2).
func yearsAtBrokenQ(s string) int {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 14 {
		return 0
	}
	for _, p := range []string{"就是", "就", "只有", "只是", "只", "仅", "光"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	n, end := yearList(s, 0)
	if n == 0 {
		return 0
	}
	rest := s[end:]
	for _, t := range []string{"一整年", "整年", "一年", "这一年", "的", "都", "也", "没缴", "没有缴", "没交", "断了", "吧", "啊", "呀", "嘛", "了", ",", " "} {
		rest = strings.ReplaceAll(rest, t, "")
	}
	if rest != "" {
		return 0
	}
	return n
}

// thisYearWholeUnpaid: this year told as a whole year unpaid ("今年一整年都没
// 缴", "今年整年没缴"), not a premium of this year merely not yet paid.
func thisYearWholeUnpaid(s string) bool {
	for _, y := range []string{"今年一整年", "今年整年", "今年全年", "这一整年"} {
		i := strings.Index(s, y)
		if i < 0 {
			continue
		}
		rest := s[i+len(y):]
		for _, a := range []string{"都", "全", "也", "的医保", "医保"} {
			rest = strings.TrimPrefix(rest, a)
		}
		if hasPrefixAny(rest, zhYearUnpaid) {
			return true
		}
	}
	return false
}

// readH11p applies the readings above; it runs after readH10p.
func (x *extractor) readH11p(e *Extracted) {
	s := x.s
	weakArrears := e.Reason == rules.ReasonArrears && !hasAny(s, []string{"欠", "拖"})
	if (e.Reason == "" || weakArrears) && e.UnitStatus == "" && zhNoLongerWorking(s) && !x.has(lJobChange) && !x.has(lJobChangeMore) {
		// "不在原来的公司做了 医保停了两个月": the job left, not a debt
		// read from 停了.
		e.Reason = rules.ReasonLeftJob
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
	if e.Reason == "" && e.Gap != nil && hasAny(s, enUnit) && hasAny(s, []string{"missing ", "outstanding "}) &&
		!x.has(lLeftJob) && !x.has(lJobChange) {
		// "he'll pay the 3 missing months": months the employer owes.
		e.Reason = rules.ReasonArrears
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
	if e.UnitStatus == rules.UnitClosed && hasAny(s, []string{"破产", "清算", "bankrupt", "liquidat", "insolven"}) {
		// "执咗笠 话破产喇": closed, in proceedings. The closed row is
		// for an employer gone with no word of bankruptcy.
		e.UnitStatus = rules.UnitBankrupt
	}
	if e.UnitStatus == "" && e.Reason == rules.ReasonArrears && hasAny(s, enSlowTrade) {
		e.UnitStatus = rules.UnitHardship
	}
	if e.UnitStatus == "" && e.Reason == rules.ReasonArrears && bossStillThere(s) {
		e.UnitStatus = rules.UnitNormal
	}
	if e.Payer == "" && e.Reason == "" && enPaysOwnWords(s) && !hasAny(s, enUnit) {
		e.Payer = rules.PayerIndividual
	}
	if x.expecting == rules.FieldBrokenYears && e.Gap == nil && !e.GapConflict {
		if n := yearsAtBrokenQ(s); n > 0 {
			e.Gap = &Duration{Months: 12 * n}
			x.gapNamed = true
		}
	}
	if (e.Scheme == rules.SchemeResident || x.expecting == rules.FieldBrokenYears) && e.Gap == nil && !e.GapConflict &&
		e.PriorScheme == "" && thisYearWholeUnpaid(s) {
		e.Gap = &Duration{Months: 12}
		x.gapNamed = true
	}
}

// naOpener: a voice run-on turns to its question at 那 used as "then"
// after a clause-final particle ("…领着的那医保我需要自己交吗", "…断了那我要
// 怎么办"), never at the demonstrative 那 (那个, 那边, 那段, 那几个月 …).
func naOpener(s string, i, end int) string {
	if !strings.HasPrefix(s[i:end], "那") || i == 0 {
		return ""
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !strings.ContainsRune("的了呢吧啊嘛呀哦", prev) {
		return ""
	}
	next, _ := utf8.DecodeRuneInString(s[i+len("那") : end])
	if next == utf8.RuneError || strings.ContainsRune("个些边里段几时会家年次两三四五笔份种么样天月位儿阵头一间所张块", next) {
		return ""
	}
	return "那"
}

// enCountAdj are the adjectives of a gap people put between a count and
// its unit ("the 3 missing months", "two unpaid months").
var enCountAdj = []string{"missing", "unpaid", "missed", "lapsed", "skipped", "uncovered", "owed", "outstanding"}

// swapEnCountAdj moves a gap adjective from between a count and months or
// years to before the count ("3 missing months" → "missing 3 months"), as
// the count reader takes it; the length is kept, so offsets hold.
func swapEnCountAdj(text string) string {
	if !strings.Contains(text, " month") && !strings.Contains(text, " year") && !strings.Contains(text, " Month") {
		return text
	}
	lower := strings.ToLower(text)
	for _, adj := range enCountAdj {
		for from := 0; ; {
			i := strings.Index(lower[from:], " "+adj+" ")
			if i < 0 {
				break
			}
			i += from
			from = i + len(adj) + 2
			// The count before: digits or a number word.
			j := i
			for j > 0 && lower[j-1] != ' ' {
				j--
			}
			count := lower[j:i]
			if count == "" || !(allDigitsStr(count) || enNumberWord[count]) {
				continue
			}
			rest := lower[from:]
			if !strings.HasPrefix(rest, "month") && !strings.HasPrefix(rest, "year") {
				continue
			}
			// "3 missing " → "missing 3 ": the adjective first.
			swapped := text[i+1:i+1+len(adj)] + " " + text[j:i]
			text = text[:j] + swapped + text[i+1+len(adj):]
			lower = strings.ToLower(text)
		}
	}
	return text
}

func allDigitsStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

var enNumberWord = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "a": false}

// whenConjunction: "when" inside a clause followed by a subject and its
// verb ("…pay when business picks up", "…when the company recovers") is
// a time clause; followed by an auxiliary ("when can I", "when will it")
// it asks.
func whenConjunction(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "", "can", "could", "will", "would", "do", "does", "did", "is", "are", "am", "was", "were", "should", "shall",
		"must", "may", "might", "has", "have", "to", "exactly", "cant", "can't", "cannot", "wont", "won't", "dont", "don't",
		"doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "arent", "aren't", "shouldnt", "couldnt", "wouldnt", "will't",
		"exactly,", "then", "on", "from", "after", "else":
		return false
	}
	return strings.Contains(rest, " ")
}

// enSlowTrade: the employer's trade fell off ("orders dried up", "no
// orders", "business is slow"), trading still.
var enSlowTrade = []string{"orders dried up", "no orders", "few orders", "orders stopped", "lost orders", "business is slow",
	"business is bad", "business is down", "business slowed", "slow business", "bad business"}

// enAsksWhether are words before "pay" that ask or plan rather than tell.
var enAsksWhether = map[string]bool{"should": true, "can": true, "could": true, "do": true, "must": true, "to": true,
	"would": true, "shall": true, "will": true, "if": true, "whether": true, "id": true, "i'd": true, "i": false, "want": true}
