package understand

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Retired or at the age (heldout22, SIL art. 27): "retired" is drawing
// retirement benefits, when the years were checked at the retirement
// procedure; "at-age" is reaching the age, when the years still decide.
// The words people use tell them apart:
//   - a retirement told as this year's or just now ("刚退休", "今年刚退",
//     "just retired", "retired this year") with the years told or doubted
//     ("是不是不够二十年", "is that enough") is at the age, unless a pension
//     is said to be drawn: the years still decide, never "nothing to pay"
//     unchecked;
//   - a retirement told as a year or more back ("去年退休", "退休两年了",
//     "retired last year", "retired 3 years ago", "retired in 2023") is
//     retired: the benefits are drawn. Years told are still checked by the
//     rules (a shortfall asks the bureau, never "nothing to pay"); with no
//     years told and the years doubted it is at the age (the years are
//     asked).
// A typo of 年 as 念 after a count ("交了十七念医保") is read as 年.

// yearsDoubt26a ask whether the years paid are enough.
var yearsDoubt26a = []string{"不够", "够不够", "够吗", "够了吗", "够没够", "够不", "差几年", "还差", "满不满",
	"enough", "short of", "too few", "not enough", "fall short"}

// justRetired26a tell a retirement of now or this year.
var justRetired26a = []string{"刚退休", "刚刚退休", "才退休", "刚退", "今年退休", "今年刚退", "这个月退休", "本月退休", "刚办了退休", "刚办完退休", "刚办退休",
	"just retired", "retired this year", "retired this month", "only just retired", "recently retired", "newly retired"}

// retiredAgoZh26a tell a retirement a year or more back.
var retiredAgoZh26a = []string{"去年退休", "去年就退休", "去年已经退休", "去年刚退休", "去年办了退休", "前年退休", "前年就退休", "早就退休", "早已退休",
	"退休一年多", "退休好几年", "退休多年", "退休几年了", "退休好些年"}

// retire26a applies the reading (called from round17b after
// retireReadings).
func (x *extractor) retire26a(e *Extracted) {
	s := x.s
	if e.Scheme == rules.SchemeResident {
		return
	}
	pension := hasAny(s, pensionDrawn) || x.has(lPension)
	doubt := hasAny(s, yearsDoubt26a) && (strings.Contains(s, "年") || strings.Contains(s, "year"))
	switch {
	case e.Retirement == rules.RetirementRetired && !pension && doubt && e.YearsPaid == nil:
		// "retired last year, not sure my years are enough": the years
		// decide, and are asked.
		e.Retirement = rules.RetirementAtAge
	case e.Retirement == "" && retiredAgo26a(s, x.cur.Year) && !x.has(lAtAge) && !x.has(lWorking) && (e.YearsPaid != nil || !doubt):
		// "我前年退休的": retired, in words the lists lack.
		e.Retirement = rules.RetirementRetired
	case e.Retirement == rules.RetirementRetired && !pension && hasAny(s, justRetired26a) && !retiredAgo26a(s, x.cur.Year) &&
		(e.YearsPaid != nil || doubt || hasAny(s, stillPayAsked) || hasAny(s, enPayMore)):
		e.Retirement = rules.RetirementAtAge
	case e.Retirement == rules.RetirementAtAge && retiredAgo26a(s, x.cur.Year) && !x.has(lAtAge) && !hasAny(s, justRetired26a) &&
		(e.YearsPaid != nil || !doubt):
		e.Retirement = rules.RetirementRetired
	}
}

// retiredAgo26a reports a retirement told as a year or more before year.
func retiredAgo26a(s string, year int) bool {
	if hasAny(s, retiredAgoZh26a) || retiredFor(s) {
		return true
	}
	for i := range occurrences(s, "退休") {
		// "2023年退休", "2023年就退休了".
		before := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(s[:i], "就"), "已经"), " ")
		before = strings.TrimSuffix(before, "年")
		if y, ok := yearAtEnd26a(before); ok && y < year {
			return true
		}
	}
	for i := range occurrences(s, "retired") {
		if hasSuffixWord26a(s[:i], []string{"been ", "been happily "}) {
			// "i've been retired for years".
			return true
		}
		rest := s[i+len("retired"):]
		if j := strings.IndexAny(rest, ",.;!?"); j >= 0 {
			rest = rest[:j]
		}
		rest = cutRunes(rest, 40)
		if hasAny(rest, []string{"last year", "years ago", "year ago", "for years", "for a year", "for some years", "the year before last"}) {
			return true
		}
		if n, ok := afterWord26a(rest, "for "); ok && n >= 1 && strings.Contains(rest, "year") {
			return true
		}
		for _, w := range strings.Fields(rest) {
			if y, err := strconv.Atoi(w); err == nil && y >= 1980 && y < year {
				return true
			}
		}
	}
	return false
}

// yearAtEnd26a reads a four-digit year ending s.
func yearAtEnd26a(s string) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s[len(s)-4:])
	if err != nil || y < 1980 || y > 2100 {
		return 0, false
	}
	if len(s) > 4 && s[len(s)-5] >= '0' && s[len(s)-5] <= '9' {
		return 0, false
	}
	return y, true
}

// hasSuffixWord26a reports s ending (spaces aside) in one of list.
func hasSuffixWord26a(s string, list []string) bool {
	s = strings.TrimRight(s, " ") + " "
	for _, w := range list {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// afterWord26a reads a count right after the first w in s ("for 3 years").
func afterWord26a(s, w string) (int, bool) {
	i := strings.Index(s, w)
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[i+len(w):])
	if len(f) == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(f[0])
	return n, err == nil
}

// fixNianTypo26a reads 念 right after a count as 年 ("交了十七念医保",
// "25念"): a slip of the same sound. Not "一念" alone, nor 念 as a verb
// before 书, 叨, 经, 头, 想 ("三年级念书").
func fixNianTypo26a(s string) string {
	if !strings.Contains(s, "念") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for k, r := range rs {
		if r == '念' && k > 0 && isCountRune26a(rs[k-1]) && !(rs[k-1] == '一' && (k < 2 || !isCountRune26a(rs[k-2]))) &&
			(k+1 >= len(rs) || !strings.ContainsRune("书叨经头想之佛", rs[k+1])) {
			r = '年'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isCountRune26a(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("零一二两三四五六七八九十廿", r) && utf8.RuneLen(r) > 1
}

func init() {
	// "I paid resident insurance in my hometown for 6 years. Now the
	// factory pays employee insurance": the first scheme told as paid
	// then (switch_h11m.go).
	enThen = append(enThen, "paid ", "was paying", "been paying", "paying into", "paid into")
}

// jobWords26a tell a job taken up, in other words than zhJobFound and
// enJobFound ("got a factory job", "进厂了").
var jobWords26a = []string{"factory job", "new job", "got a job", "got hired", "got a position", "started a job", "started working", "started work",
	"job at a", "job in a", "job with a", "进厂", "进了厂", "找到活", "进公司", "入职"}

// switchJob26a: a switch from the resident scheme to an employer's
// ("I paid resident insurance for 6 years. Now I got a factory job in
// Dongguan and the factory pays employee insurance") has the new job as
// its reason, as switchJobReason reads it (switchjob21d.go).
func (x *extractor) switchJob26a(e *Extracted) {
	if e.PriorScheme != rules.SchemeResident || e.Scheme != rules.SchemeEmployee || e.Payer != rules.PayerUnit || e.Reason != "" {
		return
	}
	if hasAny(x.s, jobWords26a) {
		e.Reason = rules.ReasonJobChange
	}
}
