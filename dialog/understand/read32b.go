package understand

import (
	"regexp"

	"bujiao/rules"
)

// Audit round 25 (fix32b): the month paying resumed after a break is a
// month the person paid in, never a month paid only later.
//
//   - R25-W2: "missed aug and sept premiums, caught up by paying both in
//     november and kept paying": the missed months were paid back in
//     November (a Zhejiang self-payer's cover returns by the 3rd natural
//     month counting it at the latest, ZJ 29 ¶2, rules/round30c.go). A
//     reply "no, october was only paid in november too" names November as
//     the month paying resumed, never October.
//   - R25-W5: "i missed september only, paid it in october along with
//     october": September paid back in October, and paying resumed in
//     October (ZJ 29 ¶2: from 12-01).
//   - R25-W4: "changed jobs, old one paid thru july, new one started oct.
//     gap aug sep": the gap is August and September; paying resumed with
//     the new job in October.
//   - "dr appt dec 9": an appointment written "appt" is a treatment day.

var (
	// enPaidLater32b: "october was only paid in november", "october also
	// got paid in november", "paid october in november too".
	enPaidLater32b = regexp.MustCompile(`\b` + enMonthRe25b + `(?:'s)?(?: (?:premium|payment|contribution)s?)?(?: only| also| too| just)? (?:was|were|got|is) (?:(?:only|also|too|just|actually|then) )*(?:paid|covered|settled)(?: (?:only|also|too|just|late|back))* in ` + enMonthRe +
		`|\bpaid (?:for )?` + enMonthRe25b + `(?: (?:only|also|too|late|as well))* in ` + enMonthRe)
	// zhPaidLater32b: "10月也是11月才交的", "10月的也是11月一起补的".
	zhPaidLater32b = regexp.MustCompile(zhMonth25b + `月(?:份)?(?:的)?(?:也|都|其实)?(?:是)?(?:到)?` + zhMonth25b + `月(?:份)?(?:才|一起|一块|一并)+(?:交|缴|补)`)
	// enPaidAlong32b: "paid it in october along with october", "paid
	// september in october together with october's".
	enPaidAlong32b = regexp.MustCompile(`\bpaid (?:it|them|both|all|that|that one|those|` + enMonthRe + `)(?: back| up)? (?:in|during) ` + enMonthRe25b +
		`,? (?:along|together) with (?:the |that |its |my )?` + enMonthRe25b)
	// zhPaidAlong32b: "9月的10月和10月的一起交了", "10月连同10月的一起补上了".
	zhPaidAlong32b = regexp.MustCompile(zhMonth25b + `月(?:份)?(?:的时候)?(?:连同|和|跟|加上|带着)` + zhMonth25b + `月(?:份)?的?(?:一起|一块|一并)(?:交|缴|补)`)
	// enCaughtUp32b: "caught up by paying both in november", "caught up in
	// november", "paid both in november and kept paying".
	enCaughtUp32b = regexp.MustCompile(`\bcaught (?:them |it |everything )?up(?: on (?:them|both|it|everything|the missed (?:months|ones)))?(?: by paying (?:both|them|them all|all|everything|the missed (?:months|ones))(?: of them)?)?(?: back)? in ` + enMonthRe +
		`|\bpaid (?:both|them both|them all|all of them|both of them)(?: back)? in ` + enMonthRe + `,? and (?:have )?(?:kept|been|kept on|continued) paying`)
	// enNewJobMonth32b: "new one started oct", "new job from oct", "the new
	// employer pays since october".
	enNewJobMonth32b = regexp.MustCompile(`\bnew (?:one|job|employer|company|place|position|boss)\b(?: [a-z]+){0,2}? (?:started|starts|began|begins|from|since|(?:started |has been )?paying(?: from| since)?) (?:in |on |from )?` + enMonthRe)
	// enGapList32b: "gap aug sep", "gap: aug and sep", "gap aug-sep".
	enGapList32b = regexp.MustCompile(`\bgap(?: was| is| of)?:? ` + enMonthRe25b + `(?:,? and |,? |\s*(?:-|to|through|thru)\s*)` + enMonthRe25b)
)

func init() {
	enTreatNear = append(enTreatNear, "appt", "dr appt", "doctor appt")
}

// round32b runs fix32b's late readings (called from round25a).
func (x *extractor) round32b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	x.paidLater32b(e)
	x.paidAlong32b(e)
	x.caughtUp32b(e)
	x.newJobMonth32b(e)
}

// month32b resolves an English or Chinese month named in a match.
func (x *extractor) month32b(s string, zh bool) (rules.Month, bool) {
	if zh {
		return x.zhPastMonth25b(s)
	}
	return x.pastMonth(s)
}

// paidLater32b: a month of the break paid only in a later month: paying
// resumed in the later one (the month paid in), and it paid back.
func (x *extractor) paidLater32b(e *Extracted) {
	var a, b rules.Month
	var ok1, ok2 bool
	if m := enPaidLater32b.FindStringSubmatch(x.s); m != nil {
		an, bn := m[1], m[2]
		if an == "" {
			an, bn = m[3], m[4]
		}
		a, ok1 = x.month32b(an, false)
		b, ok2 = x.month32b(bn, false)
	} else if m := zhPaidLater32b.FindStringSubmatch(x.s); m != nil {
		a, ok1 = x.month32b(m[1], true)
		b, ok2 = x.month32b(m[2], true)
	}
	if !ok1 || !ok2 || b.Since(a) <= 0 {
		return
	}
	x.resumedIn32b(e, a, b)
	if e.Payer != rules.PayerUnit && !hasAny(x.s, []string{"too", "also", "as well", "都", "也", "一起", "一块", "一并"}) {
		// Only the month named was paid late: the rest of the break is
		// not said to be paid back.
		e.PaidBack = nil
	}
}

// paidAlong32b: a missed month paid in month B together with B's own: B
// is the month paying resumed, and the missed one was paid back in it.
func (x *extractor) paidAlong32b(e *Extracted) {
	var b, b2 rules.Month
	var ok1, ok2 bool
	if m := enPaidAlong32b.FindStringSubmatch(x.s); m != nil {
		b, ok1 = x.month32b(m[2], false)
		b2, ok2 = x.month32b(m[3], false)
	} else if m := zhPaidAlong32b.FindStringSubmatch(x.s); m != nil {
		b, ok1 = x.month32b(m[1], true)
		b2, ok2 = x.month32b(m[2], true)
	}
	if !ok1 || !ok2 || b != b2 {
		return
	}
	if g := e.Gap; g == nil || g.Since == nil || b.Since(*g.Since) <= 0 {
		return // the missed month must come before the month paid in
	}
	x.resumedIn32b(e, e.Gap.Since.Add(0), b)
}

// resumedIn32b records paying resumed in month b, the months of the break
// from a (or the gap's first month, when earlier) paid back in it.
func (x *extractor) resumedIn32b(e *Extracted, a, b rules.Month) {
	if x.cur.Since(b) < 0 {
		return
	}
	since := a
	if g := e.Gap; g != nil && g.Since != nil && g.Since.Since(a) <= 0 {
		since = *g.Since
	}
	r, p := b, b
	e.Resumed, e.GapEnded = &r, true
	if e.Payer != rules.PayerUnit {
		e.PaidBack, e.PaidBackSaid = &p, false
	}
	if e.Gap != nil && e.Gap.Since != nil || x.expecting != rules.FieldGapEnded {
		s := since
		e.Gap = &Duration{Months: b.Since(s), Since: &s}
	} else {
		// A reply about the month after a named gap: the gap told
		// before stands; only the month paying resumed is new.
		e.Gap = nil
	}
	e.GapTooLong, e.GapConflict = false, false
}

// caughtUp32b: the missed months paid back in a month, paying kept up
// since: the back-payment's month (the month paying resumed is asked, or
// taken by ZJ 29 ¶2 at the latest).
func (x *extractor) caughtUp32b(e *Extracted) {
	if e.PaidBack != nil || e.Payer == rules.PayerUnit {
		return
	}
	m := enCaughtUp32b.FindStringSubmatch(x.s)
	if m == nil {
		return
	}
	name := m[1] + m[2]
	b, ok := x.pastMonth(name)
	if !ok {
		return
	}
	if g := e.Gap; g != nil && g.Since != nil && b.Since(*g.Since) <= 0 {
		return
	}
	e.PaidBack, e.PaidBackSaid = &b, false
}

// newJobMonth32b: a job change whose new job began in a month after the
// gap's first: the gap ends the month before (a listed gap must agree).
func (x *extractor) newJobMonth32b(e *Extracted) {
	if e.Reason != rules.ReasonJobChange || e.Resumed != nil || e.Gap == nil || e.Gap.Since == nil {
		return
	}
	if m := enNewJobMonth32b.FindStringSubmatch(x.s); m != nil {
		x.endGapAt32b(e, m[1], enGapList32b)
	}
}

// endGapAt32b ends the gap the month before the new job's first month mo,
// when that month is after the gap's first and not ahead, and the months
// list names as the gap, if any, run from the gap's first to just before
// it (else the readings before stand, and what disagrees is asked).
func (x *extractor) endGapAt32b(e *Extracted, mo string, list *regexp.Regexp) bool {
	r, ok := x.pastMonth(mo)
	since := *e.Gap.Since
	if !ok || r.Since(since) <= 0 || x.cur.Since(r) < 0 {
		return false
	}
	if l := list.FindStringSubmatch(x.s); l != nil {
		a, ok1 := x.pastMonth(l[1])
		b, ok2 := x.pastMonth(l[2])
		if !ok1 || !ok2 || a != since || b.Add(1) != r {
			return false
		}
	}
	rr := r
	e.Gap = &Duration{Months: r.Since(since), Since: &since}
	e.Resumed, e.GapEnded = &rr, true
	e.GapTooLong, e.GapConflict = false, false
	return true
}
