package understand

import (
	"regexp"
	"strings"
)

// A first enrolment told as paying oneself for the first time ("第一次自己交
// 医保 灵活就业 12月3号刚登记交的", "first time paying medical insurance
// myself as a freelancer"): the start of cover is the question (ZJ 29 ¶1),
// not a gap (audit round 24, R24-M6). Not when a job, an employer or a gap
// before is told: "离职后第一次自己交" is someone who was insured before.
var (
	firstSelfWords = []string{"第一次自己交", "第一次自己缴", "头一次自己交", "头一回自己交", "第一次交医保", "第一次交社保",
		"头一次交医保", "第一回交医保", "第一次交职工医保", "第一次交灵活就业", "第一次以灵活就业", "第一次办灵活就业",
		"first time paying myself", "first time paying for myself", "first time paying my own", "paying myself for the first time",
		"paying for myself for the first time", "first time paying medical insurance", "first time paying health insurance",
		"first time paying social insurance", "first time registering as a freelancer", "first time registering as flexible"}
	firstSelfBefore = []string{"离职", "辞职", "以前", "之前", "原来", "原先", "过去", "公司", "单位", "断", "停", "老板", "厂里",
		"失业", "又", "重新", "再次", "恢复", "quit", "left", "former", "previous", "used to", "employer", "company",
		"again", "lapse", "gap", "stopped", "laid off", "fired", "before that", "resum"}
)

// firstPay25c: first paying, as opposed to never insured; priorCover25c:
// cover before, told plainly. Together: paying oneself for the first time
// after an employer paid, no first enrolment (its start is earlier than a
// restart's, ZJ 29 ¶1 and ¶2).
var (
	firstPay25c = []string{"第一次自己", "第一次缴", "头一次缴", "头一回缴", "first time paying", "paying myself for the first",
		"paying for myself for the first"}
	neverIns25c   = []string{"从来没", "从没", "没买过", "没缴过", "没参", "没有医保", "never"}
	priorCover25c = []string{"离职", "辞职", "以前公司", "原来公司", "原单位", "之前公司", "以前单位", "之前单位", "断了", "断缴",
		"used to", "former employer", "previous employer", "old employer", "through my employer", "through work before",
		"quit", "laid off", "my old job", "previous job", "last job"}
)

// firstSelf25c is called from extract() after the other readings.
func (x *extractor) firstSelf25c(e *Extracted) {
	if e.FirstEnrolment && hasAny(x.s, firstPay25c) && !hasAny(x.s, neverIns25c) && hasAny(x.s, priorCover25c) {
		e.FirstEnrolment = false
		return
	}
	if e.FirstEnrolment || e.Gap != nil || e.GapConflict || e.Reason != "" || !hasAny(x.s, firstSelfWords) ||
		hasAny(x.s, firstSelfBefore) {
		return
	}
	e.FirstEnrolment = true
}

// dayUse25c: a day asked with "能用吗" and no word of treatment ("月底能用
// 吗", "12月31号能报销吗", "can i use it at the end of the month"): the day
// the person asks about is judged, never left out (R24-M6). Only a day right
// before the question: "月底交 能用吗" names a payment, not a visit.
var (
	zhDayUse25c = regexp.MustCompile(`(这个月底|本月底|月底|月末|年底|明天|后天|下周[一二三四五六日天]?|下个月\d{1,2}号|\d{1,2}月\d{1,2}[号日]|\d{1,2}[号日])(的时候|那天|那时候)?(就|还|也)?(能|可以|能不能|可不可以)(用|报|报销|看病|刷)`)
	enDayUse25c = regexp.MustCompile(`\b(use it|use my (medical|insurance|card)|claim|be covered|covered|reimbursed)\b[^,.?]{0,12}\b(at the end of (the|this) month|(on |by )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(st|nd|rd|th)?)\b`)
)

// yearAfter25c: a year right after the day ("dec 3, 2025") stays with the
// reading of the whole message.
var yearAfter25c = regexp.MustCompile(`^(st|nd|rd|th)?,? ?(19|20)\d\d`)

// dayUse25c is called from extract() after the other readings.
func (x *extractor) dayUse25c(e *Extracted) {
	if x.today.IsZero() {
		return
	}
	if loc := enCoveredDay.FindStringIndex(x.s); loc != nil && e.TreatmentUntil == nil && !yearAfter25c.MatchString(x.s[loc[1]:]) {
		m := x.s[loc[0]:loc[1]]
		// "registered dec 3. will i be covered on dec 28?": the day after
		// "covered", not the first day of the message.
		var y extractor
		y.init(m, x.today, "")
		if d, ok := y.plannedMore(); ok {
			e.Treatment = &d
		}
		return
	}
	if e.Treatment != nil {
		return
	}
	var day string
	if m := zhDayUse25c.FindStringSubmatch(x.s); m != nil {
		day = m[1]
	} else if m := enDayUse25c.FindStringSubmatch(x.s); m != nil {
		day = strings.TrimPrefix(strings.TrimPrefix(m[3], "on "), "by ")
	}
	if day == "" {
		return
	}
	var y extractor
	y.init(day, x.today, "")
	if d, ok := y.planned(); ok {
		e.Treatment = &d
	}
}
