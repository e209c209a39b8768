package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix45a (audit round 33, R33-M1): a month corrected halfway, and a
// correction restated later in the chat.
//
//   - A month corrected within the message that told it, where the
//     corrected month comes after words months25b.go did not allow between
//     ("paid until end of june, no wait, end of july", "交到6月底 不对 是7月
//     底", "paid thru may, no, june", "6月还是7月来着 对 7月"): the LAST
//     month told wins; the earlier one is dropped before any reading sees
//     it (fixMonths45a, called from fixInline).
//   - "No gap at all" restated with a month named as paid too ("no, july
//     was paid too, there was no gap at all", "7月也交了 根本没断"): the
//     month named is paid, never the gap's first month; the gap is 0
//     (noGapRestated45a, in statedLate). The chat re-answers it as a
//     correction of the case (dialog/route45a.go), never an FAQ card.

const (
	// enPart45a: "the end of", "mid", "early" before a month.
	enPart45a = `(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|(?:mid|late|early)[\s-]+)?`
	// enFixWord45a: the words that make the second month a correction.
	enFixWord45a = `(?:sorry|no wait|wait|oops|correction|i mean|i meant|make that|actually|scratch that|my bad|no no|no[,.!])`
	// zhFixWord45a: the same in Chinese (and "sorry" typed in a Chinese
	// sentence).
	zhFixWord45a = `(?:哦不对|噢不对|啊不对|哦不|噢不|不对不对|不对|说错了|搞错了|记错了|打错了|写错了|错了|更正一下|更正|不是不是|sorry|Sorry|SORRY)`
)

var (
	// enMonthFix45a: "<month>, no wait, end of <month>".
	enMonthFix45a = regexp.MustCompile(`(?i)\b` + enMonthRe25b + `((?:[\s,.!;:\x{2014}\x{2013}-]*` + enFixWord45a +
		`)+[\s,.!;:\x{2014}\x{2013}-]*(?:it'?s|it was|its|rather|in|until|till|til|through|thru|to|up to|from|since|paid (?:until|till|through|thru|to))?\s*` + enPart45a + `)` + enMonthRe25b)
	// enMonthOr45a: "june or july? july", "june or was it july... july".
	enMonthOr45a = regexp.MustCompile(`(?i)\b` + enMonthRe25b + `\s+or\s+(?:was it\s+|is it\s+)?` + enPart45a + enMonthRe25b +
		`[\s,.!?;:\x{2014}\x{2013}-]*(?:(?:yes|yeah|yep|right|ok|okay|it was|it's|its|i think|pretty sure|definitely|the latter)[\s,.!;:\x{2014}\x{2013}-]*)*` + enPart45a + enMonthRe25b)
	// zhMonthFix45a: "6月底 不对 是7月底", "交到五月 sorry 六月".
	zhMonthFix45a = regexp.MustCompile(zhMonth25b + `月(?:份)?(?:底|末|初|中|中旬|下旬)?(?:的|了)?[\s，,。.、！!\x{2014}-]*` + zhFixWord45a +
		`[\s，,。.、！!\x{2014}-]*(?:其实是|应该是|准确说是|是交到|交到|是到|是|到)?\s*` + zhMonth25b + `月`)
	// zhMonthOr45a: "6月还是7月来着 对 7月", "六月还是七月 哦对 是七月".
	zhMonthOr45a = regexp.MustCompile(zhMonth25b + `月(?:份)?(?:底|末)?还是` + zhMonth25b + `月(?:份)?(?:底|末)?(?:来着|吧|呢|啊|呀)?[\s，,。.、？?！!]*` +
		`(?:(?:对了|哦对|噢对|对对|对|嗯|想起来了|应该是|是)[\s，,。.、！!]*)+` + zhMonth25b + `月`)
)

// andMonth45a: "… and august" after the second month: months added.
var andMonth45a = regexp.MustCompile(`(?i)^(?:and|&|,)\s*` + enMonthRe25b)

// fixMonths45a rewrites a month corrected within the message to the last
// month told; it reports whether it did.
func fixMonths45a(s string) (string, bool) {
	fixed := false
	for _, re := range []*regexp.Regexp{enMonthOr45a, zhMonthOr45a, enMonthFix45a, zhMonthFix45a} {
		var out strings.Builder
		last := 0
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
			rest := strings.TrimLeft(s[loc[1]:], " ")
			if hasPrefixAny(strings.ToLower(rest), []string{"too", "also", "as well", "也", "和", "还有"}) || andMonth45a.MatchString(rest) {
				continue // a month added, not a correction
			}
			g := len(loc)/2 - 1 // the last group is the month that wins
			out.WriteString(s[last:loc[0]])
			out.WriteString(s[loc[2*g]:loc[1]])
			last = loc[1]
			fixed = true
		}
		out.WriteString(s[last:])
		s = out.String()
	}
	return s, fixed
}

var (
	// enPaidToo45a / zhPaidToo45a: a month named as paid ("july was paid
	// too", "7月也交了", "7月份单位交了的").
	enPaidToo45a = regexp.MustCompile(`\b` + enMonthRe25b + `\s+(?:was|got|has been|had been)\s+(?:also\s+)?paid\b|\b(?:paid|covered)\s+(?:for\s+)?` + enMonthRe25b + `\s+(?:too|as well)\b`)
	zhPaidToo45a = regexp.MustCompile(zhMonth25b + `月(?:份)?(?:的)?(?:单位|公司|我|自己)?(?:也|都|是)?(?:有|已经)?(?:交|缴)(?:了|过|上了|的)`)
	// enNoGapAll45a / zhNoGapAll45a: no gap at all, said outright.
	enNoGapAll45a = regexp.MustCompile(`\b(?:there\s+(?:was|is|were)\s+no\s+gap|there'?s\s+no\s+gap|no\s+gap\s+at\s+all|never\s+(?:had\s+)?a\s+gap|wasn'?t\s+a\s+gap|no\s+gap(?:\s+(?:whatsoever|then|there))?|not\s+a\s+(?:single\s+)?month\s+(?:was\s+)?(?:missed|unpaid|skipped))\b`)
	zhNoGapAll45a = regexp.MustCompile(`(?:根本|压根|从来|完全|一直|一天|一个月)(?:就|都|也)?(?:没有?|未)(?:间断|断缴|断保|断交|断|停)过?|没有?(?:间断|断缴|断保|断交|断)过|不存在断缴|没有断档|没有空档`)
)

// noGapRestated45a: "no gap at all" told with a month named as paid, where
// no other word tells of an unpaid month: the gap is 0 and the month named
// is no gap's start.
func noGapRestated45a(a *Analysis, s string) {
	if !enNoGapAll45a.MatchString(s) && !zhNoGapAll45a.MatchString(s) {
		return
	}
	if zhAskGap44a.MatchString(s) || askAfter44a.MatchString(s[lastNoGap45a(s):]) {
		return // asked, not told
	}
	rest := enNoGapAll45a.ReplaceAllString(s, " ")
	rest = zhNoGapAll45a.ReplaceAllString(rest, " ")
	if hasAny(rest, enGapWords25b) || hasAny(rest, zhGapWords25b) || hasAny(rest, []string{"month", "个月", "年", "year"}) {
		return // an unpaid time told too
	}
	paid := enPaidToo45a.MatchString(s) || zhPaidToo45a.MatchString(s)
	if !paid {
		// A bare "no gap" is left to the readings before (a move with
		// no month missed keeps its dates; a first message saying it is
		// often a question's preamble) and to the chat's confirmation.
		return
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months == 0 {
			continue // read as it was
		}
		e.Gap, e.GapTooLong, e.GapConflict = &Duration{Months: 0}, false, false
	}
}

// lastNoGap45a is where the last no-gap phrase in s ends.
func lastNoGap45a(s string) int {
	end := 0
	for _, re := range []*regexp.Regexp{enNoGapAll45a, zhNoGapAll45a} {
		for _, m := range re.FindAllStringIndex(s, -1) {
			end = max(end, m[1])
		}
	}
	return end
}

// NoGapRestated45a: the message restates that no month went unpaid and
// names the month that was paid ("july was paid too", "7月也交了"): that
// month, the latest such not after today's, for the chat, which re-answers
// it as a correction of the case when it is the case's first unpaid month.
// A bare "no gap" is not one (the chat asks before replacing a gap).
func NoGapRestated45a(a Analysis, msg string, today rules.Date) (rules.Month, bool) {
	s := strings.ToLower(msg)
	if !enNoGapAll45a.MatchString(s) && !zhNoGapAll45a.MatchString(s) {
		return rules.Month{}, false
	}
	if g := a.Extracted.Gap; g == nil || g.Since != nil || g.Months != 0 {
		return rules.Month{}, false
	}
	n := 0
	if m := enPaidToo45a.FindStringSubmatch(s); m != nil {
		n = enMonthNumber45a(m[1] + m[2])
	} else if m := zhPaidToo45a.FindStringSubmatch(s); m != nil {
		n = zhMonthNumber24(m[1])
	}
	if n == 0 {
		return rules.Month{}, false
	}
	x := extractor{}
	x.cur = today.MonthOf()
	return x.pastMonth25b(n)
}

// enMonthNumber45a is 1–12 for an English month name or its short form.
func enMonthNumber45a(w string) int {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}

// LeftRegion45a (family 3): the region of the first place a message names
// where the message tells of work or paying there and then names another
// city, the one read as the region: the region paying stopped in ("my
// shanghai employer paid until end of july. a suzhou company registered me
// from august 5" → shanghai beside suzhou's region). "" when the message
// names no such two places, when the first place is the region read, or
// when the first place is one moved TO ("moved to shanghai from suzhou").
func LeftRegion45a(msg, region string, regions RegionMatcher) string {
	if regions == nil || region == "" {
		return ""
	}
	s, _ := fixInline(strings.ToLower(msg))
	// k: the end of the first place named.
	k, first := -1, ""
	for i, r := range s {
		if i == 0 || r < 128 && (r >= 'a' && r <= 'z') {
			continue
		}
		if id, ok := regions.MatchRegion(s[:i]); ok {
			k, first = i, id
			break
		}
	}
	if k < 0 || first == region || movedToFirst45a.MatchString(s[:k]) || !hasAny(s[:min(len(s), k+40)], oldWork39a) {
		return ""
	}
	if id, ok := regions.MatchRegion(s[k:]); !ok || id != region {
		return "" // the rest does not name the region read
	}
	return first
}

// movedToFirst45a: a word of moving to before the first place named.
var movedToFirst45a = regexp.MustCompile(`(?:moved|moving|move|relocated|transferred|went|came|back)\s+(?:back\s+)?(?:to|into)\b|搬到|搬去|调到|调去|去了|来了|到了|回到|回了`)
