package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 27 (fix34a).
//
//   - R27-W3 / R27-W5: a Zhejiang first enrolment whose registration day is
//     told with words between the day and the registration ("10月28号以灵活
//     就业身份第一次参保", "11月16号给我办的医保参保"), or after an English
//     "first time ever insured … signed up as a freelancer (flexible
//     employment) on nov 15": the day is the registration day (pay_date,
//     ZJ art. 29 ¶1 for a flexible worker, art. 28 ¶2 for an employee: cover
//     from the 2nd natural month counting the registration month), never a
//     treatment day; a first job registered by the employer ("第一份工作
//     公司11月16号给我办的医保参保") is the employer's first enrolment.

var (
	// zhRegWide34a: a day, then up to 14 characters, then the
	// registration ("10月28号以灵活就业身份第一次参保", "11月16号给我办的医保
	// 参保", "11月16号公司帮我办了参保登记").
	zhRegWide34a = regexp.MustCompile(`(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])[号日]([^\s，,。；;！!？?、\d]{0,14}?)(?:参保|登记|开户|上的医保|办的医保|办了医保)`)
	// zhRegGapWords34a: words between the day and the registration that
	// make the day another event's ("11月15号去看病 后来参保").
	zhRegGapWords34a = []string{"看", "医院", "住院", "门诊", "急诊", "病", "药", "手术", "检查", "拔", "牙", "生", "断", "停", "补", "离职", "辞职", "欠"}
	// zhNeverIns34a: never insured before, told in Chinese.
	zhNeverIns34a = []string{"从来没", "从没", "没参过", "没买过", "没交过", "没缴过", "没上过", "没办过"}
	// zhFirstJob34a: a first job ever.
	zhFirstJob34a = []string{"第一份工作", "第一次上班", "第一次工作", "头一份工作", "刚毕业", "毕业后第一", "人生第一份"}
	// enFirstIns34a: insured for the first time, told before or after
	// the sign-up ("first time ever insured", "never been insured before").
	enFirstIns34a = regexp.MustCompile(`\b(?:first time (?:ever )?(?:being |getting |having |buying )?(?:insured|insurance|on (?:medical |health )?insurance|enrolling|signing up|registering)|first[- ]ever (?:insurance|enrolment|enrollment|registration)|never (?:been )?(?:insured|enrolled|registered) before|no insurance ever before)\b`)
	// enRegVerb34a: a sign-up.
	enRegVerb34a = regexp.MustCompile(`\b(?:signed up|registered|enrolled|joined|got registered|got enrolled)\b`)
)

// round34a runs fix34a's late readings (called from round25a).
func (x *extractor) round34a(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.Child || e.Student ||
		e.Reason == rules.ReasonNotRegistered {
		return
	}
	x.firstRegWide34a(e)
	x.pairEndedByJob34a(e)
	x.paidToThenJob34a(e)
	x.pastBillDay34a(e)
	x.dayInEndedGap34a(e)
}

// pastBillDay34a: the one day named with a bill or a receipt ("medical
// bill from apr 12") is a treatment day already past: this year's when
// it is not after today, else last year's.
func (x *extractor) pastBillDay34a(e *Extracted) {
	if e.Treatment != nil || e.FirstEnrolment {
		return
	}
	s := " " + strings.ToLower(x.s) + " "
	if !hasAny(s, enPastBill34a) && !hasAny(s, zhPastBill34a) {
		return
	}
	var days []dayAt30c
	for _, d := range daysIn30c(s) {
		if treatLike30c(s, d) && !regDay33b(s, d) {
			days = append(days, d)
		}
	}
	if len(days) != 1 {
		return
	}
	t, ok := validDay(x.today.Year, days[0].md.Month, days[0].md.Day)
	if !ok {
		return
	}
	if x.today.Before(t) {
		t.Year--
	}
	e.Treatment, e.TreatmentUntil = &t, nil
}

// dayInEndedGap34a: a day read as next year's whose month, this year, lies
// in a gap that has ended ("8月份9月份都没缴 10月去了南京上班 9月12号看的
// 急诊") is the day in the gap, past; the day beside the gap goes in the
// gap's year. Not when next year or a plan is said.
func (x *extractor) dayInEndedGap34a(e *Extracted) {
	t := e.Treatment
	if t == nil || e.TreatmentUntil != nil || t.Year != x.today.Year+1 || e.Resumed == nil || e.Gap == nil || e.Gap.Since == nil {
		return
	}
	s := " " + spacePunct23d(x.s) + " "
	if hasAny(s, []string{"明年", "next year", "next yr", "下年", "2027"}) || plannedTreat24(s) {
		return
	}
	d := rules.Date{Year: x.today.Year, Month: t.Month, Day: t.Day}
	if m := d.MonthOf(); m.Since(*e.Gap.Since) >= 0 && e.Resumed.Since(m) > 0 && !x.today.Before(d) {
		e.Treatment = &d
	}
}

// zhPair34a: two months named side by side as unpaid ("7月8月没交",
// "7月份8月份都没缴").
var zhPair34a = regexp.MustCompile(zhMonth25b + `月份?\s*` + zhMonth25b + `月份?\s*(?:都|全|一直|也)?(?:没有?交|没有?缴|未缴|断了|断缴|没买|没上|空着|空了|停了|停缴)`)

// pairEndedByJob34a: "医保交到6月份 7月8月没交 9月份到广州新公司入职了"
// (audit round 27 W1): the two months are the gap, ended by the new job's
// month (endGap33b's checks: the month after the second, the last month
// paid the one before the first).
func (x *extractor) pairEndedByJob34a(e *Extracted) {
	if e.Resumed != nil || e.FirstEnrolment || e.Payer == rules.PayerIndividual {
		return
	}
	s := x.s
	r := zhPair34a.FindStringSubmatchIndex(s)
	if r == nil {
		return
	}
	x.gapEndedByJob33b(e, s, r)
}

// zhRegDay34a finds a day told with a registration, the words between
// being no other event's.
func zhRegDay34a(s string) (md MonthDay, start int, ok bool) {
	for _, m := range zhRegWide34a.FindAllStringSubmatchIndex(s, -1) {
		if hasAny(s[m[6]:m[7]], zhRegGapWords34a) {
			continue
		}
		return MonthDay{Month: zhMonthNumber24(s[m[2]:m[3]]), Day: atoi32a(s[m[4]:m[5]])}, m[0], true
	}
	return MonthDay{}, 0, false
}

// enRegDay34a finds a day told within 64 characters after a sign-up, in
// the same sentence ("signed up as a freelancer (flexible employment) on
// nov 15").
func enRegDay34a(s string) (dayAt30c, bool) {
	for _, loc := range enRegVerb34a.FindAllStringIndex(s, -1) {
		for _, d := range daysIn30c(s) {
			if d.start >= loc[1] && d.start <= loc[1]+64 && !strings.ContainsAny(s[loc[1]:d.start], ".;?!。；？！") &&
				!visitBetween34a(s, loc[1], d.start) && !slashBetween34a(s, loc[1], d.start) {
				return d, true
			}
		}
	}
	return dayAt30c{}, false
}

// visitBetween34a: a visit is named between a sign-up and a day ("signed
// up on 11/15 as flexible worker. clinic dec 3"): the day is the visit's,
// not the sign-up's (the normaliser turns the full stop into a comma).
func visitBetween34a(s string, i, j int) bool {
	return hasAny(" "+strings.ToLower(s[i:j])+" ", enTreatWords34a)
}

// slashBetween34a: a slash day comes first after the sign-up.
func slashBetween34a(s string, i, j int) bool {
	return enSlash34a.MatchString(s[i:j])
}

// enTreatWords34a / zhPaidAfter34a: a visit named between a payment and
// the day; a payment told just after a Chinese day ("12月3号一起交了").
var (
	enTreatWords34a = []string{"visit", "doctor", "clinic", "hospital", " er ", "surgery", "dentist", "checkup", "treat", "admitted", "sick"}
	zhPaidAfter34a  = []string{"交了", "交的", "一起交", "补交", "交上", "续上", "续费"}
)

// payDay34a: a day of paying, not of treatment, where the normaliser's
// commas hid the verb from treatLike30c ("paid nov + dec together on dec
// 3": audit round 27 M1b listed 12-03 as a treatment day).
func payDay34a(s string, d dayAt30c) bool {
	if hasAny(cutRunes(s[d.end:], 5), zhPaidAfter34a) {
		return true
	}
	before := lastRunes(s[:d.start], 36)
	i := strings.LastIndex(before, "paid ")
	if j := strings.LastIndex(before, "pay "); j > i {
		i = j
	}
	if i < 0 {
		return false
	}
	between := before[i:]
	return !hasAny(between, enTreatWords34a) && strings.Count(between, ",") <= 1 &&
		(strings.HasSuffix(between, " on ") || strings.HasSuffix(between, "paid ") || strings.HasSuffix(between, " by "))
}

// regDay34a: the day is a registration day by fix34a's readings, or a
// day of paying (payDay34a).
func regDay34a(s string, d dayAt30c) bool {
	if payDay34a(s, d) {
		return true
	}
	if _, at, ok := zhRegDay34a(s); ok && at == d.start {
		return true
	}
	if enFirstIns34a.MatchString(strings.ToLower(s)) {
		if r, ok := enRegDay34a(strings.ToLower(s)); ok && r.start == d.start {
			return true
		}
	}
	return regDay35b(s, d) // read35b.go
}

// firstRegWide34a reads a first registration and its day.
func (x *extractor) firstRegWide34a(e *Extracted) {
	s := x.s
	var reg *rules.Date
	unit := false
	if md, _, ok := zhRegDay34a(s); ok {
		never := hasAny(s, zhNeverIns34a) || hasAny(s, zhFirstTime32a)
		firstJob := hasAny(s, zhFirstJob34a)
		if !(e.FirstEnrolment || never || firstJob) || hasAny(s, zhPriorCover32a) {
			return
		}
		unit = firstJob && e.Payer != rules.PayerIndividual
		r := x.regDay32a(md)
		reg = &r
	} else if low := strings.ToLower(s); enFirstIns34a.MatchString(low) && !priorCoverEn34a(low) {
		d, ok := enRegDay34a(low)
		if !ok {
			md, ok2 := enSlashRegDay34a(low)
			if !ok2 {
				return
			}
			d.md = md
		}
		r := x.regDay32a(d.md)
		reg = &r
	} else {
		return
	}
	applyFirstReg34a(e, s, reg, unit)
}

// applyFirstReg34a sets a first enrolment registered on reg (by the
// employer when unit), and the treatment day told after it.
func applyFirstReg34a(e *Extracted, s string, reg *rules.Date, unit bool) {
	e.FirstEnrolment = true
	e.Gap, e.GapEnded, e.Resumed, e.GapConflict, e.SinceLeaving, e.GapTooLong = nil, false, nil, false, false, false
	if e.Reason == rules.ReasonJobChange || e.Reason == rules.ReasonArrears {
		e.Reason = ""
	}
	if unit {
		e.Payer = rules.PayerUnit
		if e.Scheme == "" {
			e.Scheme = rules.SchemeEmployee
		}
	}
	e.PayPlanned = reg
	if e.Treatment != nil && *e.Treatment == *reg {
		e.Treatment, e.TreatmentUntil = nil, nil
	}
	if e.Treatment != nil && !hasAny(s, []string{"明年", "next year", "2027"}) {
		// A treatment told with a registration goes in the year nearest
		// after it ("9月27号…第一次参保 10月20号去医院" is 2026-10-20).
		t := rules.Date{Year: reg.Year, Month: e.Treatment.Month, Day: e.Treatment.Day}
		if t.Before(*reg) {
			t.Year++
		}
		if t != *e.Treatment {
			e.Treatment, e.TreatmentUntil = &t, nil
		}
	}
	if e.Treatment == nil {
		// A day named as a treatment after the registration (the
		// registration's own words just before it are no payment's).
		for _, d := range daysIn30c(s) {
			if regDay34a(s, d) || hasAny(cutRunes(s[d.end:], 5), notTreat30c) {
				continue
			}
			t := rules.Date{Year: reg.Year, Month: time.Month(d.md.Month), Day: d.md.Day}
			if t.Before(*reg) {
				t.Year++
			}
			if reg.Before(t) {
				e.Treatment = &t
				break
			}
		}
	}
}

// priorCoverEn34a: enPriorCover32a's words of cover that ran before,
// except "again", which a second visit also says ("went to the doctor
// nov 25 and again dec 3").
func priorCoverEn34a(s string) bool {
	for _, w := range enPriorCover32a {
		if w != "again" && strings.Contains(s, w) {
			return true
		}
	}
	return strings.Contains(s, "again") && !regexp.MustCompile(`\band again\b`).MatchString(s)
}

// A bill or a visit told as "the one on …" is in the past (audit round 27
// W2: "hospital bill from may 20, can i still claim it?" read as
// 2027-05-20; "5月20号那次").
var (
	enPastBill34a = []string{" bill from", " bills from", " hospital bill", " medical bill", " the bill", " a bill", " receipt", " receipts",
		" still claim", " claim it back", " get reimbursed for", " was charged", " got charged", " paid out of pocket"}
	zhPastBill34a = []string{"看的急诊", "看的门诊", "做的检查", "拔的牙", "那次", "那回", "那一次", "的单子", "的发票", "的票据", "的收据", "自己垫付", "自费垫"}
)

func init() {
	enPastTreat = append(enPastTreat, enPastBill34a...)
	zhPastTreat = append(zhPastTreat, zhPastBill34a...)
}

// enSlash34a: a month/day written with a slash ("11/15").
var enSlash34a = regexp.MustCompile(`\b(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])\b`)

// enSlashRegDay34a: a slash day within 64 characters after a sign-up, in
// the same sentence ("signed up on 11/15"), read only where month/day
// cannot be day/month (the day above 12, or both the same): "3/12" is
// left unread, never guessed.
func enSlashRegDay34a(s string) (MonthDay, bool) {
	for _, loc := range enRegVerb34a.FindAllStringIndex(s, -1) {
		for _, m := range enSlash34a.FindAllStringSubmatchIndex(s, -1) {
			if m[0] < loc[1] || m[0] > loc[1]+64 || strings.ContainsAny(s[loc[1]:m[0]], ".;?!。；？！") || visitBetween34a(s, loc[1], m[0]) {
				continue
			}
			mo, d := atoi32a(strings.TrimPrefix(s[m[2]:m[3]], "0")), atoi32a(strings.TrimPrefix(s[m[4]:m[5]], "0"))
			if d > 12 || d == mo {
				return MonthDay{Month: mo, Day: d}, true
			}
			return MonthDay{}, false
		}
	}
	return MonthDay{}, false
}

// paidToThenJob34a: "医保交到6月份 9月份到广州新公司入职了", with no month
// named unpaid: the gap is the months between the last month paid and the
// new job's (R27-W1: it was run to today, "5个月", "不能报销"), never a
// month of them placed after the new job began.
func (x *extractor) paidToThenJob34a(e *Extracted) {
	if e.Resumed != nil || e.FirstEnrolment || e.Payer == rules.PayerIndividual || e.ArrearsPaid != nil || e.PaidBack != nil {
		return
	}
	s := x.s
	if zhRange32a.MatchString(s) || zhList33b.MatchString(s) || zhPair34a.MatchString(s) || hasAny(s, []string{"欠", "拖", "失业", "灵活", "自己交", "自己缴", "个体", "居民"}) {
		return
	}
	p := zhPaidTo32a.FindStringSubmatchIndex(s)
	if p == nil {
		return
	}
	last, ok := x.zhPastMonth25b(s[p[2]:p[3]])
	if !ok {
		return
	}
	var job *rules.Month
	if w := zhWentToWork33b.FindStringSubmatch(s[p[1]:]); w != nil {
		if n, ok := x.zhPastMonth25b(w[1]); ok {
			job = &n
		}
	}
	if job == nil {
		job = x.newJobMonth32a(s[p[1]:])
	}
	if job == nil || x.cur.Since(*job) < 0 {
		return
	}
	n := job.Since(last) - 1
	if n < 1 || n > 11 {
		return
	}
	since, rm := last.Add(1), *job
	e.Gap = &Duration{Months: n, Since: &since}
	e.GapTooLong, e.GapConflict = false, false
	e.Resumed, e.GapEnded = &rm, true
	if e.Reason == "" {
		e.Reason = rules.ReasonJobChange
	}
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
}
