package knowledge_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestAnswersDoNotContradictThemselves checks every scenario's answer, in
// both languages, for the kinds of self-contradiction the issue-11 audit
// found: a day of the month the region's own source contradicts, a step to
// do what the answer says cannot be done, a "pay later, a month later" note
// next to a cliff, an unknown shown without anything to ask.
func TestAnswersDoNotContradictThemselves(t *testing.T) {
	b := mustDefault(t)
	checked := 0
	type kase struct {
		name  string
		today rules.Date
		facts map[string]string
	}
	var cases []kase
	for _, s := range b.Scenarios() {
		cases = append(cases, kase{s.Name + " (" + s.Pos.String() + ")", s.Today, s.Facts})
	}
	// And a grid beyond the scenarios: every region, the main situations,
	// gaps either side of the windows, days either side of a month's end.
	templates := []map[string]string{
		{"scheme": "employee", "payer": "individual"},
		{"scheme": "employee", "payer": "unit", "reason": "left-job"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "true"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "false"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "bankrupt", "arrears": "6000", "due_date": "2025-06-15"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "absconded"},
		{"scheme": "employee", "payer": "individual", "prior_scheme": "resident"},
		{"scheme": "employee", "payer": "individual", "prior_scheme": "resident", "continuous_years": "3"},
		{"scheme": "resident", "prior_scheme": "employee"},
		// Facts given that some answers do not use (issue 18).
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "base": "9000", "sex": "male"},
		{"scheme": "employee", "payer": "individual", "pay_date": "2026-12-31", "cross_city": "true"},
		{"scheme": "employee", "retirement": "retired", "first_enrolment": "true", "payer": "individual"},
		// A treatment day in the first unpaid month of a gap starting in
		// November 2025 or later (audit round 2).
		{"scheme": "employee", "payer": "individual", "treatment_date": "2026-11-20"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "normal", "treatment_date": "2026-12-20"},
		// Audit round 3: treatment days against resident and first
		// enrolment resume dates (R3-M6, c12).
		{"scheme": "resident", "newborn": "false", "broken_years": "0", "treatment_date": "2027-01-01"},
		{"scheme": "resident", "newborn": "false", "broken_years": "2", "in_window": "false", "treatment_date": "2026-12-31"},
		{"scheme": "resident", "newborn": "false", "broken_years": "1", "in_window": "true", "treatment_date": "2027-02-01"},
		{"scheme": "employee", "payer": "individual", "first_enrolment": "true", "treatment_date": "2027-01-15"},
		// Audit round 1: retired people with years either side of the
		// requirements, an employer's arrears from this month.
		{"scheme": "employee", "retirement": "retired", "years_paid": "15"},
		{"scheme": "employee", "retirement": "retired", "years_paid": "19.5", "sex": "female"},
		{"scheme": "employee", "retirement": "retired", "years_paid": "26", "local_years_paid": "9", "sex": "male"},
		{"scheme": "resident", "prior_scheme": "employee", "continuous_years": "2"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "prior_scheme": "resident", "continuous_years": "2"},
		// Audit round 4: a mover's treatment day after the region's
		// latest date (R4-M1); Zhejiang residents with and without breaks
		// late in the year (R4-M3, R4-M4).
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "true", "treatment_date": "2027-01-20"},
		{"scheme": "employee", "payer": "individual", "cross_city": "true", "treatment_date": "2027-01-20"},
		{"scheme": "resident", "newborn": "false", "broken_years": "0"},
		{"scheme": "resident", "newborn": "false", "broken_years": "3", "repay_years": "0"},
		// Audit round 5, R5-M1: a treatment day inside the month between
		// a ceiling counted from the payment month and from the day.
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "true", "treatment_date": "2027-05-15"},
		{"scheme": "employee", "payer": "individual", "treatment_date": "2027-05-15"},
		// R5-M2: this year's resident premium paid late near the year's
		// end, a treatment day next year.
		{"scheme": "resident", "newborn": "false", "broken_years": "0", "premium_year": "2026", "treatment_date": "2027-03-15"},
		// A gap that has ended in a month not given (paying_again).
		{"scheme": "employee", "payer": "individual", "paying_again": "true", "treatment_date": "2026-11-20"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "normal", "paying_again": "true"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "true", "paying_again": "true"},
		{"scheme": "resident", "prior_scheme": "employee", "paying_again": "true"},
	}
	for _, region := range []string{"national", "shanghai", "zhejiang", "guangdong"} {
		for ti, tpl := range templates {
			for _, gap := range []string{"0", "1", "2", "3", "4", "7", "13"} {
				for _, today := range []rules.Date{{Year: 2026, Month: 1, Day: 15}, {Year: 2026, Month: 11, Day: 30}, {Year: 2026, Month: 12, Day: 31}} {
					kv := map[string]string{"region": region, "gap_months": gap}
					for k, v := range tpl {
						kv[k] = v
					}
					cases = append(cases, kase{fmt.Sprintf("grid %s #%d gap %s on %s", region, ti, gap, today), today, kv})
				}
			}
		}
	}
	for _, c := range cases {
		ans, err := b.AnswerCase(c.facts, c.today, knowledge.En)
		if err != nil || len(ans.Problems) > 0 {
			continue
		}
		f, o := ans.Facts, ans.Outcome
		checked++
		p, _ := b.Policy(o.Region)
		bad := func(format string, a ...any) {
			t.Helper()
			t.Errorf("%s: "+format, append([]any{c.name}, a...)...)
		}
		has := func(list []string, id string) bool { return slices.Contains(list, id) }

		mover := has(o.Notes, rules.NoteMoverStopOldCity)
		switch {
		case mover && o.StoppedOn != nil && (o.StoppedOn.Day != 1 || has(o.Notes, rules.NoteBenefitDaySourced)):
			// A mover's unpaid months are the old city's cover: the
			// region's own stop day never dates them (audit round 14, R14-W2).
			bad("a mover's cover stopped on %s with the region's day", o.StoppedOn)
		case !mover && !has(o.Notes, rules.NoteLeftStopSourced47c) && o.StoppedOn != nil && f.Scheme == rules.SchemeEmployee && o.StoppedOn.Day != p.BenefitDays.Stop():
			bad("stopped on %s, but the region's stop day is %d", o.StoppedOn, p.BenefitDays.Stop())
		}
		if mover && o.Treatment != nil && o.FirstUnpaid != nil && o.Treatment.Covered.Yes() && !o.Treatment.On.Before(o.FirstUnpaid.FirstDay()) &&
			o.StoppedOn != nil && o.Treatment.On.Before(*o.StoppedOn) {
			bad("a mover covered on %s, in the old city's unpaid month", o.Treatment.On)
		}
		// Audit round 14, R14-U1: "from the next year" with no sourced day
		// is never dated.
		if has(o.Notes, rules.NoteResidentYearUnsourced) && o.ResumesOn != nil {
			bad("resumes on %s, yet no source gives the day the year starts", o.ResumesOn)
		}
		if p.BenefitDays.Sourced() && has(o.Notes, rules.NoteStopConvention) && (f.Scheme == rules.SchemeEmployee || f.PriorScheme == rules.SchemeEmployee) {
			bad("the 1st-of-the-month convention next to the region's sourced day")
		}
		if o.BackPayAllowed.No() && (has(o.Steps, rules.StepBackPayGap) || has(o.Steps, rules.StepRepairYears)) {
			bad("a back-payment step, yet back-payment is not allowed")
		}
		// The claim step is worded "where cover is restored", so it may stand
		// next to an unknown, never next to a settled no.
		if o.Retroactive.No() && has(o.Steps, rules.StepClaimGapCosts) {
			bad("a step to claim gap costs, yet cover for the gap is %v", o.Retroactive)
		}
		// Issue 18: no answer applies a document outside its dates of
		// validity without the generated note saying so.
		for _, law := range b.OutOfForce(&o) {
			a := b.BuildAnswer(&o, knowledge.En)
			if !slices.ContainsFunc(a.Notes, func(n knowledge.NamedText) bool { return n.ID == "document-validity:"+law.ID }) {
				bad("applies %s on %s, outside its validity, without the note", law.ID, o.Today)
			}
		}
		// Issue 18: no fact given is dropped without a word.
		for _, d := range rules.Schema {
			if d.Get(&f) == "" || d.Get(&o.Facts) != "" && d.Field != rules.FieldPayDate && d.Field != rules.FieldFirstEnrolment &&
				!(o.Path == rules.PathNoGap && (d.Field == rules.FieldArrears || d.Field == rules.FieldArrearsMonthly || d.Field == rules.FieldDueDate)) {
				continue
			}
			noted := slices.ContainsFunc(o.Unused, func(u rules.UnusedFact) bool { return u.Fact == d.Field })
			used := d.Get(&o.Facts) != "" && (d.Field != rules.FieldPayDate || slices.Contains([]rules.Path{rules.PathUnitArrears,
				rules.PathEmployerGone, rules.PathNotRegistered, rules.PathResidentRenewal}, o.Path) || has(o.Notes, rules.NotePayDatePlan) ||
				o.Path == rules.PathFirstEnrolment && o.ResumesOn != nil) &&
				(d.Field != rules.FieldFirstEnrolment || d.Get(&f) != "true" || o.Path == rules.PathFirstEnrolment) &&
				!(o.Path == rules.PathNoGap && (d.Field == rules.FieldArrears || d.Field == rules.FieldArrearsMonthly || d.Field == rules.FieldDueDate))
			if !used && !noted {
				bad("%s given but neither used nor reported unused", d.Key)
			}
		}
		// Audit round 2: a day in the first unpaid month is never promised
		// cover on the strength of a stop day that no source gives.
		if tr := o.Treatment; tr != nil && tr.Why == rules.TreatBeforeStop && o.FirstUnpaid != nil &&
			!tr.On.Before(o.FirstUnpaid.FirstDay()) && !p.BenefitDays.Sourced() && !has(o.Notes, rules.NoteLeftStopSourced47c) &&
			!(f.Reason == rules.ReasonArrears && p.UnitArrears.SuspendFromSecondMonth) {
			bad("treatment on %s in the first unpaid month %s said covered, yet no source gives the stop day", tr.On, o.FirstUnpaid)
		}
		// Audit round 3, R3-M6: a day from today to before the earliest
		// resume date, with nothing stopped (no cover now), is not covered
		// under any reading: never "not settled".
		if tr := o.Treatment; tr != nil && o.StoppedOn == nil && o.Path != rules.PathResidentRenewal && !o.Retroactive.Yes() &&
			!tr.On.Before(o.Today) && tr.Why == rules.TreatNotSettled {
			if e := firstOf(o.ResumesOn, o.ResumesEarliest); e != nil && tr.On.Before(*e) {
				bad("treatment on %s before the earliest resume date %s, yet %q", tr.On, e, tr.Why)
			}
		}
		// Audit round 3, c12: a treatment day on or after a firm resume
		// date is never "not settled" (the answer says it resumes then).
		if tr := o.Treatment; tr != nil && o.ResumesOn != nil && !tr.On.Before(*o.ResumesOn) && tr.Why == rules.TreatNotSettled {
			bad("treatment on %s, on or after the firm resume date %s, yet not settled", tr.On, o.ResumesOn)
		}
		// Audit round 4, R4-M1: where national and regional rules
		// disagree, a day on or after the region's latest date is never
		// "covered if you pay as above": the region's date holds only for
		// paying by LatestIfPaidBy, and the short answer says so.
		disagree := has(o.Notes, rules.NoteRulesDisagree) || has(o.Notes, rules.NoteSwitchDisagree) || has(o.Notes, rules.NoteStartDisagree)
		// (Not once paying resumed in a past month, f.GapEnded: the latest
		// is that month's, with no day to pay by; fix39a, R30-W2.)
		if tr := o.Treatment; tr != nil && disagree && tr.Why == rules.TreatAfterResume && len(o.OpenQuestions) == 0 && f.GapEnded == nil {
			bad("rules disagree, yet treatment on %s is %q", tr.On, tr.Why)
		}
		if disagree && o.ResumesLatest != nil && f.GapEnded == nil && o.LatestIfPaidBy == nil && len(o.OpenQuestions) == 0 {
			// (With an open question the latest may be the other
			// branch's, a wait of its own.)
			bad("rules disagree, latest %s, without the day it must be paid by", o.ResumesLatest)
		}
		if tr := o.Treatment; tr != nil && tr.Why == rules.TreatIfPaidBy && (tr.By == nil || tr.Covered.Known() || tr.By.Before(o.Today)) {
			bad("treatment on %s: if-paid-by with pay-by %v, covered %v", tr.On, tr.By, tr.Covered)
		}
		// Audit round 4, R4-U1: an employer-paid mover is not told the
		// flexible workers' no-cover-in-the-gap rule is theirs.
		if f.Payer == rules.PayerUnit && f.Reason == rules.ReasonJobChange && len(p.TransferStartConflict) > 0 && has(o.Notes, rules.NoteRulesDisagree) {
			bad("an employer-paid mover with the gap rule's note instead of the start-of-cover one")
		}
		if p.Resident.OnTimeByYearEnd && f.Scheme == rules.SchemeResident && f.PremiumYear == nil && f.InWindow == nil &&
			(f.FirstEnrolment == nil || !*f.FirstEnrolment) && (f.PriorScheme == "" || f.PriorScheme == f.Scheme) && o.Today.Month >= 11 &&
			f.Newborn != nil && !*f.Newborn && has(o.AskLocally, rules.AskLateVsNational) {
			// Audit round 4, R4-M4: from November a payment before 31
			// December is next year's, on time (arts. 23, 31 ¶1).
			bad("a resident paying on %s, before the year's end, treated as a late payer", o.Today)
		}
		if p.Resident.OnTimeByYearEnd && f.BrokenYears != nil && *f.BrokenYears > 0 {
			// Audit round 4, R4-M3: after a break, 1 January is art. 31
			// ¶1's day only; 38号 may add a wait: never stated flat.
			for _, d := range o.Deadlines {
				if d.ID == rules.DeadlineResidentYearEnd {
					bad("broken years %d, yet the deadline promises cover from 1 January", *f.BrokenYears)
				}
			}
			if o.ResumesEarliest != nil && o.ResumesLatest != nil && o.ResumesEarliest.Month == 1 && o.ResumesEarliest.Day == 1 &&
				o.Path == rules.PathResidentWaiting && !has(o.AskLocally, rules.AskOnTimeVsNational) && !has(o.AskLocally, rules.AskLateVsNational) {
				bad("1 January to %s with neither rule named", o.ResumesLatest)
			}
		}
		// Audit round 1, W1: a retiree short of the years given is never
		// told there is nothing to pay.
		if f.Retirement == rules.RetirementRetired && f.YearsPaid != nil && o.RequiredYears != nil && o.Verdict == rules.VerdictNoPaymentNeeded &&
			(f.YearsPaid.LessThan(*o.RequiredYears) || p.Retirement.StrictlyMore && f.YearsPaid.Equal(*o.RequiredYears)) {
			bad("retired with %s years of %s required, yet nothing to pay", f.YearsPaid, o.RequiredYears)
		}
		// Audit round 1, W3: where the region gives no cover in the unpaid
		// months, no day of the first unpaid month is before the stop.
		if p.Individual.NoCoverInGap && f.Payer == rules.PayerIndividual && !mover && o.FirstUnpaid != nil && o.StoppedOn != nil &&
			o.FirstUnpaid.FirstDay().Before(*o.StoppedOn) {
			bad("cover to %s inside the gap from %s", o.StoppedOn.AddDays(-1), o.FirstUnpaid)
		}
		// Audit round 1, M1/M3: national and regional rules disagreeing
		// is confirm-locally with a range, never one date or a plain yes.
		if (has(o.Notes, rules.NoteRulesDisagree) || has(o.Notes, rules.NoteSwitchDisagree)) &&
			(o.ResumesOn != nil || o.Retroactive.Yes() || o.Verdict != rules.VerdictConfirmLocally) {
			bad("rules disagree, yet verdict %s, resumes_on %v, retroactive %v", o.Verdict, o.ResumesOn, o.Retroactive)
		}
		if o.Path == rules.PathSwitchWithin && (len(p.SwitchGapConflict) > 0 || len(p.TransferGapConflict) > 0) && !has(o.Notes, rules.NoteSwitchDisagree) {
			bad("a switch in a region whose own rules point the other way, without naming both")
		}
		if o.Path == rules.PathSwitchWithin && (f.CrossCity == nil || !*f.CrossCity) && has(o.Steps, rules.StepTransferApply) {
			bad("a switch in one city told to apply for a transfer")
		}
		// Audit round 1, M2: 43号 counts unpaid months; its window never
		// ends after the last day of the 3rd month after the first unpaid.
		for _, d := range o.Deadlines {
			if (d.ID == rules.DeadlineTransferWindow || d.ID == rules.DeadlineSwitchWindow) && d.On != nil && o.FirstUnpaid != nil &&
				o.FirstUnpaid.Add(p.Transfer.LimitMonths).LastDay().Before(*d.On) {
				bad("%s on %s, past %d unpaid months from %s", d.ID, d.On, p.Transfer.LimitMonths, o.FirstUnpaid)
			}
			// Audit round 1, M4: "claims are paid from that day" only for the
			// one resume date, never for an end of a range.
			if (d.ID == rules.DeadlineWaitingEnds || d.ID == rules.DeadlineResidentWaiting) && (o.ResumesOn == nil || d.On == nil || *d.On != *o.ResumesOn) {
				bad("%s on %v, yet the answer resumes on %v", d.ID, d.On, o.ResumesOn)
			}
		}
		// Audit round 1, M12: an employer's arrears from this month: the
		// stop that follows is given, and the employee is not told to pay.
		if f.Reason == rules.ReasonArrears && f.Payer == rules.PayerUnit && o.Path == rules.PathNoGap &&
			(o.StoppedOn == nil || has(o.Steps, rules.StepPayCurrentMonth)) {
			bad("employer arrears from this month without the stop ahead, or with 'pay it as usual'")
		}
		// Issue 18: no "the wait ends on D" next to an unsettled date.
		for _, d := range o.Deadlines {
			if o.ResumesOn == nil && (d.ID == rules.DeadlineWaitingEnds || d.ID == rules.DeadlineResidentWaiting) {
				bad("deadline %s on %v, yet the resume date is not settled", d.ID, d.On)
			}
		}
		// Issue 18: a ceiling is never a date.
		if o.WaitingIsMaximum && o.ResumesOn != nil {
			bad("resumes_on %s, yet the wait is only a ceiling", o.ResumesOn)
		}
		// Audit round 5, R5-M1: 43号 ③ and 粤6号 art. 12 do not say whether
		// a ceiling counts from the payment month or the payment day; the
		// latest is never before the day count (paying today).
		if o.WaitingIsMaximum && has(o.Notes, rules.NoteWaitingMaximum) && o.ResumesLatest != nil && o.WaitingMonths > 0 && f.GapEnded == nil && f.PayDate == nil && o.Today.Day > 1 {
			byDay := o.Today.MonthOf().Add(o.WaitingMonths).Day(o.Today.Day).AddDays(1)
			if o.ResumesLatest.Before(byDay) {
				bad("latest %s under a %d-month ceiling, yet counted from the payment day %s it ends %s", o.ResumesLatest, o.WaitingMonths, o.Today, byDay)
			}
			if tr := o.Treatment; tr != nil && tr.Why == rules.TreatAfterResume && tr.On.Before(byDay) {
				bad("treatment on %s 'covered if paid', yet a %d-month ceiling from the payment day ends %s", tr.On, o.WaitingMonths, byDay)
			}
		}
		// Paying again since a month not given: no resume date at all,
		// and the answer says the day depends on that month.
		if o.WaitingIsMaximum && o.ResumesLatest == nil && o.ResumesEarliest == nil && o.Verdict != rules.VerdictConfirmLocally &&
			!f.EndedMonthUnknown() {
			bad("a ceiling with neither a latest date nor confirm-locally")
		}
		if o.ResumesOn == nil && (has(o.Notes, rules.NoteResumeAssumesNow) || has(o.Notes, rules.NoteWaitingConvention)) {
			bad("a note about the resume date, yet there is none")
		}
		if has(o.Notes, rules.NoteResumeAssumesNow) {
			// "A month later moves it by a month" is false when next month
			// is already past a window's end.
			for _, d := range o.Deadlines {
				if d.On != nil && d.IfLate != nil && d.On.Before(o.Today.MonthOf().Add(1).LastDay()) {
					bad("'a month later, a month later' next to the deadline %s on %s", d.ID, d.On)
				}
			}
		}
		if o.Verdict == rules.VerdictConfirmLocally && len(o.AskLocally)+len(o.OpenQuestions) == 0 {
			bad("confirm-locally with nothing to ask")
		}
		if (!o.BackPayAllowed.Known() || !o.Retroactive.Known()) && len(o.AskLocally)+len(o.OpenQuestions) == 0 &&
			!has(o.Notes, rules.NoteGapCoverDeadline) {
			bad("an unknown with nothing to ask and no explanation")
		}
		if o.ShortfallIsMinimum && o.Path == rules.PathRetirementUnknown && o.RequirementIsMaximum && o.ShortfallMonths > 0 {
			bad("a shortfall called both at most and at least")
		}
		for i, d := range o.Deadlines {
			if d.On != nil && d.On.Before(o.Today) {
				bad("deadline %s on %s is before today %s", d.ID, d.On, o.Today)
			}
			if i > 0 && d.On != nil && (o.Deadlines[i-1].On == nil || d.On.Before(*o.Deadlines[i-1].On)) {
				bad("deadlines out of order: %+v", o.Deadlines)
			}
		}
		for _, lang := range knowledge.Langs {
			full, err := b.Render(&o, lang, knowledge.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			short, _ := b.RenderShort(&o, lang, knowledge.FormatText)
			if has(o.Notes, rules.NoteLateYearBuysLittle) {
				// R5-M2: this year's premium buys that year's cover (ZJ
				// art. 31 ¶1); the short answer never shows next year's
				// dates as what it buys, and asks which year to pay for.
				if len(o.AskLocally) == 0 || o.AskLocally[0] != rules.AskLateYearWhichYear {
					bad("this year's premium with cover only next year, without the question which year to pay for first")
				}
				for _, phrase := range []string{"plan on the later", "12393确认前请按最晚日期安排就医"} {
					if strings.Contains(short, phrase) {
						bad("%s short answer: next year's dates as what this year's premium buys: %q", lang, phrase)
					}
				}
				if tr := o.Treatment; tr != nil && tr.Why == rules.TreatAfterResume {
					bad("treatment on %s next year 'covered if paid' with this year's premium", tr.On)
				}
			}
			if o.LatestIfPaidBy != nil && !strings.Contains(short, o.LatestIfPaidBy.String()) {
				// R4-M1: the latest is never a planning date without the
				// day it must be paid by.
				bad("%s short answer: latest %s without its pay-by day %s", lang, o.ResumesLatest, o.LatestIfPaidBy)
			}
			for _, text := range []string{full, short} {
				if f.Payer == rules.PayerUnit && f.Reason == rules.ReasonJobChange && len(p.TransferStartConflict) > 0 {
					for _, phrase := range []string{"中断期间的费用不予支付", "costs during the gap are not paid"} {
						if strings.Contains(text, phrase) {
							bad("%s text gives an employer-paid mover the flexible workers' rule: %q", lang, phrase)
						}
					}
				}
				for _, phrase := range []string{"uses the 15th of that month", "例如上海为次月15日"} {
					if strings.Contains(text, phrase) {
						bad("%s text repeats another region's day: %q", lang, phrase)
					}
				}
				if !o.BackPayAllowed.No() {
					for _, phrase := range []string{"generally cannot be paid back", "一般不能补缴"} {
						if strings.Contains(text, phrase) {
							bad("%s text says the gap cannot be paid back, yet back-payment is %v", lang, o.BackPayAllowed)
						}
					}
				}
				if len(o.AskLocally) > 0 && !strings.Contains(text, "12393") {
					bad("%s text: an unsettled point without 12393", lang)
				}
				// "Above" and "below" must point where the parts are.
				for _, phrase := range []string{"questions for 12393 above", "见上方的期限", "见上方要问12393", "(see what to ask 12393) above"} {
					if strings.Contains(text, phrase) {
						bad("%s text points above to what comes below: %q", lang, phrase)
					}
				}
			}
			if len(o.Deadlines) > 0 {
				// The deadline comes right after the dates, before the steps,
				// the documents and the rules applied.
				dl, region := strings.Index(full, b.Msg(lang, "answer.deadlines")), strings.Index(full, b.Msg(lang, "answer.region"))
				if dl < 0 || region < 0 || dl > region {
					bad("%s text: deadlines not near the top", lang)
				}
			}
			// The short answer's first step is the full answer's, so a step
			// the full answer would not give cannot appear in it.
			if len(o.Steps) > 0 {
				st := b.Items("steps")
				for _, it := range st {
					if it.ID != o.Steps[0] && !slices.Contains(o.Steps, it.ID) && strings.Contains(short, knowledge.FirstSentence(b.Fill(it.Text.In(lang), &o, lang), lang)) {
						bad("%s short answer shows step %s, which the full answer does not give", lang, it.ID)
					}
				}
			}
		}
	}
	// A gap that has ended in a month not given: no date of cover coming
	// back, and no text that names one (or, without the first unpaid
	// month, the stop) with a date left blank.
	ended := 0
	for _, region := range []string{"national", "shanghai", "zhejiang", "guangdong"} {
		for _, tpl := range templates {
			if tpl["paying_again"] == "" {
				continue
			}
			for _, gap := range []string{"gap_months=1", "gap_months=4", "since=2025-07", "since=2026-10"} {
				k, v, _ := strings.Cut(gap, "=")
				kv := map[string]string{"region": region, k: v}
				for tk, tv := range tpl {
					kv[tk] = tv
				}
				today := rules.Date{Year: 2026, Month: 12, Day: 7}
				ans, err := b.AnswerCase(kv, today, knowledge.Zh)
				if err != nil || len(ans.Problems) > 0 {
					t.Errorf("%v: %v %v", kv, err, ans.Problems)
					continue
				}
				o := ans.Outcome
				ended++
				if o.ResumesOn != nil || o.ResumesEarliest != nil || o.ResumesLatest != nil {
					t.Errorf("%v: resume dates with the month paying resumed not known", kv)
				}
				for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
					full, _ := b.Render(&o, lang, knowledge.FormatText)
					short, _ := b.RenderShort(&o, lang, knowledge.FormatText)
					// A value left out is filled with "—"; English prose
					// uses the dash between spaces too.
					if lang == knowledge.Zh && strings.Contains(full+short, "—") || blankEn.MatchString(full+short) || strings.Contains(full+short, "{") {
						t.Errorf("%v %s: a date left blank:\n%s\n%s", kv, lang, short, full)
					}
				}
			}
		}
	}
	if ended < 60 {
		t.Errorf("only %d ended-gap answers checked", ended)
	}
	if checked < 800 {
		t.Errorf("only %d scenario answers checked", checked)
	}
}

func firstOf(ds ...*rules.Date) *rules.Date {
	for _, d := range ds {
		if d != nil {
			return d
		}
	}
	return nil
}

// blankEn finds a value left out of an English text: a dash where a date
// or number goes.
var blankEn = regexp.MustCompile(`(from|on|until|by|to|since|at|for|of) —|\(—\)|—[,.;:)]`)
