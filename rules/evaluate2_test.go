package rules_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// TestGapBoundary walks the gap length across the 3-month line for every
// region and both kinds of gap.
func TestGapBoundary(t *testing.T) {
	type row struct {
		policy rules.Policy
		build  func(string, int) rules.Facts
		within rules.Path // path for gap 1..3
		over   rules.Path // path for gap ≥ 4
	}
	rows := map[string]row{
		"national/transfer":   {nationalPolicy(), jobChange, rules.PathTransferWithin, rules.PathTransferOver},
		"shanghai/transfer":   {shanghaiPolicy(), jobChange, rules.PathTransferWithin, rules.PathTransferOver},
		"zhejiang/transfer":   {zhejiangPolicy(), jobChange, rules.PathTransferWithin, rules.PathTransferOver},
		"guangdong/transfer":  {guangdongPolicy(), jobChange, rules.PathTransferWithin, rules.PathTransferOver},
		"national/individual": {nationalPolicy(), individual, rules.PathIndividualOver, rules.PathIndividualOver},
		"shanghai/individual": {shanghaiPolicy(), individual, rules.PathIndividualWithin, rules.PathIndividualOver},
		"zhejiang/individual": {zhejiangPolicy(), individual, rules.PathIndividualOver, rules.PathIndividualOver},
	}
	for name, r := range rows {
		for gap := 0; gap <= 30; gap++ {
			o, err := rules.Evaluate(r.build(r.policy.Region, gap), r.policy, today, false)
			if err != nil {
				t.Fatalf("%s gap %d: %v", name, gap, err)
			}
			want := r.over
			switch {
			case gap == 0:
				want = rules.PathNoGap
			case gap <= 3:
				want = r.within
			}
			if o.Path != want {
				t.Errorf("%s gap %d: path %q, want %q", name, gap, o.Path, want)
			}
			if gap > 0 {
				stop := today.MonthOf().Add(-gap + 1).Day(r.policy.BenefitDays.Stop())
				switch {
				case o.Facts.CrossCity != nil && *o.Facts.CrossCity && o.Facts.Reason != rules.ReasonArrears:
					// A mover's unpaid months are the old city's cover: the
					// region's own stop day does not apply (R14-W2).
					stop = today.MonthOf().Add(-gap + 1).FirstDay()
				case r.policy.Individual.NoCoverInGap && o.Facts.Payer == rules.PayerIndividual:
					stop = today.MonthOf().Add(-gap).FirstDay()
				}
				wantDate(t, name+" StoppedOn", o.StoppedOn, stop.String())
				resume := today.MonthOf().Add(o.WaitingMonths).Day(r.policy.BenefitDays.Restart())
				capped := o.WaitingIsMaximum && o.ResumesLatest != nil
				switch {
				case o.ResumesOn != nil && o.WaitingIsMaximum:
					t.Errorf("%s gap %d: ResumesOn %s under a ceiling", name, gap, o.ResumesOn)
				case o.ResumesOn != nil:
					wantDate(t, name+" ResumesOn", o.ResumesOn, resume.String())
				case capped:
					// A ceiling's latest is the later of the month and the
					// day count (R5-M1).
					if d := today.MonthOf().Add(o.WaitingMonths).Day(today.Day).AddDays(1); today.Day > 1 && resume.Before(d) {
						resume = d
					}
					// … and of whole months after the payment month
					// (R13-U1).
					if d := today.MonthOf().Add(o.WaitingMonths + 1).Day(r.policy.BenefitDays.Restart()); resume.Before(d) {
						resume = d
					}
					wantDate(t, name+" ResumesLatest", o.ResumesLatest, resume.String())
				}
				if o.ResumesOn == nil && (len(o.AskLocally) == 0 || (o.Verdict != rules.VerdictConfirmLocally && !capped)) {
					t.Errorf("%s gap %d: no resume date, yet neither confirm-locally nor a question for 12393", name, gap)
				}
				if o.WaitingMonths > 6 {
					t.Errorf("%s gap %d: waiting %d exceeds the national 6-month maximum", name, gap, o.WaitingMonths)
				}
			}
		}
	}
}

// TestSinceEqualsGapMonths: --since YYYY-MM names the first unpaid month,
// so since = current month − gap gives the same decision.
func TestSinceEqualsGapMonths(t *testing.T) {
	builders := map[string]func(string, int) rules.Facts{
		"transfer":   jobChange,
		"individual": individual,
		"left-job":   leftJob,
		"arrears":    func(r string, g int) rules.Facts { return arrears(r, rules.UnitHardship, g) },
		"to-resident": func(r string, g int) rules.Facts {
			return rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
				ContinuousYears: ip(3), GapMonths: ip(g), Region: r}
		},
	}
	for _, p := range []rules.Policy{nationalPolicy(), shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy()} {
		for name, build := range builders {
			for gap := 0; gap <= 14; gap++ {
				byGap := build(p.Region, gap)
				bySince := build(p.Region, 0)
				bySince.GapMonths = nil
				bySince.Since = monp(today.Year, today.Month)
				*bySince.Since = bySince.Since.Add(-gap)
				a, err1 := rules.Evaluate(byGap, p, today, false)
				b, err2 := rules.Evaluate(bySince, p, today, false)
				if err1 != nil || err2 != nil {
					t.Fatalf("%s/%s gap %d: %v / %v", p.Region, name, gap, err1, err2)
				}
				if b.GapMonths != gap || a.FirstUnpaid == nil || *a.FirstUnpaid != *bySince.Since {
					t.Errorf("%s/%s gap %d: since gives gap %d, gap gives first unpaid %v", p.Region, name, gap, b.GapMonths, a.FirstUnpaid)
				}
				if *b.Facts.GapMonths != gap || *a.Facts.Since != *bySince.Since {
					t.Errorf("%s/%s gap %d: Outcome.Facts not normalised", p.Region, name, gap)
				}
				a.Facts, b.Facts = rules.Facts{}, rules.Facts{}
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s/%s gap %d: outcome by since differs:\n gap:   %+v\n since: %+v", p.Region, name, gap, a, b)
				}
			}
		}
	}
}

// TestResidentWaitingAppliesFrom2025: the 38号 waiting periods apply "自2025年起"
// (domain.md §2.1; the issue: "Resident scheme from 2025").
//
// BUG: Policy.Resident.AppliesFrom is never read, so a case evaluated for
// 2024-06-01 gets the 38号 fixed + variable wait (5 months for a 2-year
// break). Expected: before AppliesFrom no 38号 waiting period (WaitingMonths
// 0), or the case refused as outside the rules' time range.
func TestResidentWaitingAppliesFrom2025(t *testing.T) {
	o, err := rules.Evaluate(resident("national", false, false, 2, 0), nationalPolicy(), day(2024, 6, 1), false)
	if err != nil {
		return // refusing a date before the rules apply is acceptable
	}
	if o.WaitingMonths != 0 {
		t.Errorf("2024-06-01: WaitingMonths = %d (ResumesOn %v), want no 38号 wait before 2025-01-01",
			o.WaitingMonths, o.ResumesOn)
	}
	// From 2025-01-01 on it applies.
	o, err = rules.Evaluate(resident("national", false, false, 2, 0), nationalPolicy(), day(2025, 1, 1), false)
	if err != nil || o.WaitingMonths != 5 || o.ResumesOn == nil || o.ResumesOn.String() != "2025-06-01" {
		t.Errorf("2025-01-01: waiting %d resumes %v err %v, want 5 and 2025-06-01", o.WaitingMonths, o.ResumesOn, err)
	}
}

// TestEvaluateDoesNotMutateFacts: the caller's facts are not touched.
func TestEvaluateDoesNotMutateFacts(t *testing.T) {
	f := individual("shanghai", 0)
	f.GapMonths, f.Since = nil, monp(2026, 8)
	before := *f.Since
	if _, err := rules.Evaluate(f, shanghaiPolicy(), today, false); err != nil {
		t.Fatal(err)
	}
	if f.GapMonths != nil || *f.Since != before {
		t.Errorf("Evaluate changed the caller's facts: gap %v since %v", f.GapMonths, f.Since)
	}
}

func TestEvaluateFallbackFlag(t *testing.T) {
	p := nationalPolicy()
	o, err := rules.Evaluate(individual("chengdu", 2), p, today, true)
	if err != nil {
		t.Fatal(err)
	}
	if !o.RegionFallback || o.Region != rules.NationalRegion || !slices.Contains(o.Notes, rules.NoteRegionFallback) {
		t.Errorf("fallback: RegionFallback=%v Region=%q notes=%v", o.RegionFallback, o.Region, o.Notes)
	}
	o, err = rules.Evaluate(individual("shanghai", 2), shanghaiPolicy(), today, false)
	if err != nil {
		t.Fatal(err)
	}
	if o.RegionFallback || slices.Contains(o.Notes, rules.NoteRegionFallback) {
		t.Errorf("Shanghai answered as fallback: %v %v", o.RegionFallback, o.Notes)
	}
}

func TestEvaluateMissingFacts(t *testing.T) {
	nat, gd := nationalPolicy(), guangdongPolicy()
	emp := func(r rules.Retirement) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: r}
	}
	cases := []struct {
		name   string
		policy rules.Policy
		facts  rules.Facts
		want   []rules.Field
	}{
		{"nothing", nat, rules.Facts{}, []rules.Field{rules.FieldScheme}},
		{"nothing-but-region", nat, rules.Facts{Region: "shanghai", GapMonths: ip(3)}, []rules.Field{rules.FieldScheme}},
		{"employee", nat, rules.Facts{Scheme: rules.SchemeEmployee}, []rules.Field{rules.FieldRetirement}},
		{"working", nat, emp(rules.RetirementWorking),
			[]rules.Field{rules.FieldPayer, rules.FieldGap, rules.FieldRegion}},
		{"working-unit", nat, func() rules.Facts { f := emp(rules.RetirementWorking); f.Payer = rules.PayerUnit; return f }(),
			[]rules.Field{rules.FieldReason, rules.FieldGap, rules.FieldRegion}},
		{"working-arrears", nat, func() rules.Facts {
			f := emp(rules.RetirementWorking)
			f.Payer, f.Reason = rules.PayerUnit, rules.ReasonArrears
			return f
		}(), []rules.Field{rules.FieldGap, rules.FieldRegion}},
		{"working-arrears-region-only", nat, func() rules.Facts {
			f := arrears("", rules.UnitNormal, 2)
			return f
		}(), []rules.Field{rules.FieldRegion}},
		{"at-age-national", nat, emp(rules.RetirementAtAge), []rules.Field{rules.FieldRegion, rules.FieldYearsPaid}},
		{"at-age-guangdong", gd, emp(rules.RetirementAtAge),
			[]rules.Field{rules.FieldRegion, rules.FieldYearsPaid, rules.FieldSex}},
		{"at-age-guangdong-sex-only", gd, atAge("guangdong", "30", "", "10"), []rules.Field{rules.FieldSex}},
		{"retired", nat, emp(rules.RetirementRetired), []rules.Field{rules.FieldRegion}},
		{"resident", nat, rules.Facts{Scheme: rules.SchemeResident},
			[]rules.Field{rules.FieldNewborn, rules.FieldRegion}},
		{"resident-not-newborn", nat, rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false)},
			[]rules.Field{rules.FieldBrokenYears, rules.FieldRegion}},
		{"resident-broken", nat, rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), InWindow: bp(false), BrokenYears: ip(2), Region: "x"},
			[]rules.Field{rules.FieldRepayYears}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := rules.Evaluate(c.facts, c.policy, today, false)
			var me *rules.MissingFactsError
			if !errors.As(err, &me) {
				t.Fatalf("err = %v (%T), want *MissingFactsError", err, err)
			}
			if !slices.Equal(me.Fields, c.want) {
				t.Errorf("missing %v, want %v", me.Fields, c.want)
			}
			if me.Error() == "" {
				t.Error("empty error text")
			}
		})
	}
}

func TestEvaluateInvalidFacts(t *testing.T) {
	nat := nationalPolicy()
	mod := func(f rules.Facts, fn func(*rules.Facts)) rules.Facts { fn(&f); return f }
	base := individual("national", 2)
	cases := []struct {
		name  string
		facts rules.Facts
		field rules.Field
	}{
		{"scheme", rules.Facts{Scheme: "private"}, rules.FieldScheme},
		{"prior-scheme", mod(base, func(f *rules.Facts) { f.PriorScheme = "commercial" }), rules.FieldPriorScheme},
		{"payer", mod(base, func(f *rules.Facts) { f.Payer = "boss" }), rules.FieldPayer},
		{"reason", mod(jobChange("national", 2), func(f *rules.Facts) { f.Reason = "fired" }), rules.FieldReason},
		{"unit-status", arrears("national", "shut", 2), rules.FieldUnitStatus},
		{"retirement", mod(base, func(f *rules.Facts) { f.Retirement = "old" }), rules.FieldRetirement},
		{"sex", atAge("guangdong", "30", "other", "10"), rules.FieldSex},
		{"gap-negative", individual("national", -1), rules.FieldGap},
		{"gap-too-large", individual("national", rules.MaxGapMonths+1), rules.FieldGap},
		{"since-next-month", mod(base, func(f *rules.Facts) { f.GapMonths, f.Since = nil, monp(2026, 12) }), rules.FieldGap},
		{"since-next-year", mod(base, func(f *rules.Facts) { f.GapMonths, f.Since = nil, monp(2027, 1) }), rules.FieldGap},
		{"resident-switch-since-future", rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
			ContinuousYears: ip(3), Since: monp(2027, 2), Region: "national"}, rules.FieldGap},
		{"since-over-600-months", mod(base, func(f *rules.Facts) { f.GapMonths, f.Since = nil, monp(1970, 1) }), rules.FieldGap},
		{"broken-years", mod(resident("national", false, false, 0, 0), func(f *rules.Facts) { f.BrokenYears = ip(-1) }), rules.FieldBrokenYears},
		{"repay-years", mod(resident("national", false, false, 1, 0), func(f *rules.Facts) { f.RepayYears = ip(rules.MaxYears + 1) }), rules.FieldRepayYears},
		{"years-paid", atAge("shanghai", "81", "", ""), rules.FieldYearsPaid},
		{"years-paid-negative", atAge("shanghai", "-1", "", ""), rules.FieldYearsPaid},
		{"arrears-negative", withMoney(arrears("national", rules.UnitNormal, 2), "-1", nil, nil), "arrears"},
		{"base-too-large", withBase(base, "1000000000.01"), "base"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := rules.Evaluate(c.facts, nat, today, false)
			var ie *rules.InvalidFactError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v (%T), want *InvalidFactError", err, err)
			}
			if ie.Field != c.field {
				t.Errorf("Field = %q, want %q (%v)", ie.Field, c.field, ie)
			}
			if ie.Reason == "" || ie.Error() == "" {
				t.Error("empty reason")
			}
		})
	}
}

func TestLateFeeFunction(t *testing.T) {
	rate := decimal.RequireFromString("0.0005")
	cases := []struct {
		owed      string
		due, paid rules.Date
		days      int
		fee       string
	}{
		{"10000", day(2026, 10, 15), day(2026, 11, 25), 41, "205"},
		{"10000", day(2026, 12, 31), day(2027, 1, 1), 1, "5"},
		{"10000", day(2028, 2, 28), day(2028, 3, 1), 2, "10"},
		{"10000", day(2027, 2, 28), day(2027, 3, 1), 1, "5"},
		{"10000", day(2028, 1, 31), day(2028, 3, 31), 60, "300"},
		{"10000", day(2026, 11, 25), day(2026, 11, 25), 0, "0"},
		{"10000", day(2026, 11, 25), day(2026, 11, 1), 0, "0"},
		{"24690", day(2026, 11, 24), day(2026, 11, 25), 1, "12.35"},
		{"24670", day(2026, 11, 24), day(2026, 11, 25), 1, "12.34"}, // 12.335 → 12.34
		{"1", day(2026, 11, 24), day(2026, 11, 25), 1, "0"},         // 0.0005 → 0.00
		{"0.01", day(2000, 1, 1), day(2026, 1, 1), 9497, "0.05"},    // 0.047485 → 0.05
		{"1000000000", day(2026, 1, 1), day(2026, 12, 31), 364, "182000000"},
	}
	for _, c := range cases {
		days, fee := rules.LateFee(decimal.RequireFromString(c.owed), c.due, c.paid, rate)
		if days != c.days {
			t.Errorf("LateFee(%s, %s, %s) days = %d, want %d", c.owed, c.due, c.paid, days, c.days)
		}
		wantDec(t, "LateFee("+c.owed+")", fee, c.fee)
	}
}

// ---- helpers ----

func wantDate(t *testing.T, what string, got *rules.Date, want string) {
	t.Helper()
	switch {
	case want == "" && got != nil:
		t.Errorf("%s = %s, want nil", what, got)
	case want != "" && got == nil:
		t.Errorf("%s = nil, want %s", what, want)
	case want != "" && got.String() != want:
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

func wantDec(t *testing.T, what string, got *decimal.Decimal, want string) {
	t.Helper()
	if got == nil {
		t.Errorf("%s = nil, want %s", what, want)
		return
	}
	if !got.Equal(decimal.RequireFromString(want)) {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
	if got.Exponent() < -2 && !got.Equal(got.Round(2)) {
		t.Errorf("%s = %s has more than 2 decimals", what, got)
	}
}

func wantAll(t *testing.T, what string, got, want []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s %v lack %q", what, got, w)
		}
	}
}

func wantNone(t *testing.T, what string, got, banned []string) {
	t.Helper()
	for _, b := range banned {
		if slices.Contains(got, b) {
			t.Errorf("%s %v contain %q", what, got, b)
		}
	}
}

func ptrDate(d rules.Date) *rules.Date { return &d }
