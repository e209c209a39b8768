package knowledge

import (
	"slices"
	"strings"
	"testing"
	"time"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

func TestParseFactsEveryKey(t *testing.T) {
	kv := map[string]string{
		"scheme":                 "Employee",
		"prior_scheme":           " resident ",
		"payer":                  "UNIT",
		"reason":                 "arrears",
		"unit_status":            "hardship",
		"gap_months":             "３",
		"region":                 "  Shanghai ",
		"retirement":             "at-age",
		"years_paid":             "14.5年",
		"local_years_paid":       "8",
		"sex":                    "female",
		"broken_years":           "2",
		"repay_years":            "1",
		"continuous_years":       "3",
		"in_window":              "yes",
		"newborn":                "否",
		"arrears":                "12,000.50",
		"due_date":               "2026-10-15",
		"pay_date":               "２０２６-１１-２５",
		"base":                   "¥8000",
		"cross_city":             "true",
		"gap_began_here":         "true",
		"left_region":            " Shanghai",
		"gap_ended":              "2026-09",
		"benefit_ended":          "2026-11",
		"arrears_paid":           "2026-10",
		"paid_back":              "2026-11",
		"reg_month":              "2026-10",
		"treatment_date":         "2026-12-30",
		"treatment_until":        "2027-01-03",
		"first_enrolment":        "是",
		"subsidised":             "Minor",
		"student":                "no",
		"premium_year":           "2027",
		"enrolled_elsewhere":     "true",
		"arrears_before_leaving": "2",
	}
	f, errs := ParseFacts(kv, nil)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	checks := []struct {
		key string
		ok  bool
	}{
		{"scheme", f.Scheme == rules.SchemeEmployee},
		{"prior_scheme", f.PriorScheme == rules.SchemeResident},
		{"payer", f.Payer == rules.PayerUnit},
		{"reason", f.Reason == rules.ReasonArrears},
		{"unit_status", f.UnitStatus == rules.UnitHardship},
		{"gap_months", f.GapMonths != nil && *f.GapMonths == 3},
		{"region", f.Region == "shanghai"},
		{"retirement", f.Retirement == rules.RetirementAtAge},
		{"years_paid", f.YearsPaid != nil && f.YearsPaid.Equal(d("14.5"))},
		{"local_years_paid", f.LocalYearsPaid != nil && f.LocalYearsPaid.Equal(d("8"))},
		{"sex", f.Sex == rules.SexFemale},
		{"broken_years", f.BrokenYears != nil && *f.BrokenYears == 2},
		{"repay_years", f.RepayYears != nil && *f.RepayYears == 1},
		{"continuous_years", f.ContinuousYears != nil && *f.ContinuousYears == 3},
		{"in_window", f.InWindow != nil && *f.InWindow},
		{"newborn", f.Newborn != nil && !*f.Newborn},
		{"arrears", f.Arrears != nil && f.Arrears.Equal(d("12000.50"))},
		{"due_date", f.DueDate != nil && *f.DueDate == rules.Date{Year: 2026, Month: time.October, Day: 15}},
		{"pay_date", f.PayDate != nil && *f.PayDate == rules.Date{Year: 2026, Month: time.November, Day: 25}},
		{"base", f.Base != nil && f.Base.Equal(d("8000"))},
		{"cross_city", f.CrossCity != nil && *f.CrossCity},
		{"gap_began_here", f.GapBeganHere != nil && *f.GapBeganHere},
		{"left_region", f.LeftRegion == "shanghai"},
		{"gap_ended", f.GapEnded != nil && *f.GapEnded == rules.Month{Year: 2026, Month: time.September}},
		{"benefit_ended", f.BenefitEnded != nil && *f.BenefitEnded == rules.Month{Year: 2026, Month: time.November}},
		{"arrears_paid", f.ArrearsPaid != nil && *f.ArrearsPaid == rules.Month{Year: 2026, Month: time.October}},
		{"paid_back", f.PaidBack != nil && *f.PaidBack == rules.Month{Year: 2026, Month: time.November}},
		{"reg_month", f.RegMonth != nil && *f.RegMonth == rules.Month{Year: 2026, Month: time.October}},
		{"treatment_date", f.TreatmentDate != nil && *f.TreatmentDate == rules.Date{Year: 2026, Month: time.December, Day: 30}},
		{"treatment_until", f.TreatmentUntil != nil && *f.TreatmentUntil == rules.Date{Year: 2027, Month: time.January, Day: 3}},
		{"first_enrolment", f.FirstEnrolment != nil && *f.FirstEnrolment},
		{"subsidised", f.Subsidised == rules.SubsidyMinor},
		{"student", f.Student != nil && !*f.Student},
		{"premium_year", f.PremiumYear != nil && *f.PremiumYear == 2027},
		{"enrolled_elsewhere", f.EnrolledElsewhere != nil && *f.EnrolledElsewhere},
		{"arrears_before_leaving", f.ArrearsBeforeLeaving != nil && *f.ArrearsBeforeLeaving == 2},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s = %q parsed wrongly: %+v", c.key, kv[c.key], f)
		}
	}
	// Every documented key is exercised; since, arrears_monthly and
	// paying_again answer the same questions as gap_months, arrears and
	// gap_ended, so they are alone below.
	for _, k := range FactKeys {
		if _, ok := kv[k]; !ok && k != "since" && k != "arrears_monthly" && k != "paying_again" {
			t.Errorf("fact key %q not covered by this test", k)
		}
		if d, _ := rules.FactByKey(k); d.Describe() == "" {
			t.Errorf("fact key %q has no description", k)
		}
	}

	f, errs = ParseFacts(map[string]string{"arrears_monthly": "1,200"}, nil)
	if len(errs) != 0 || f.ArrearsMonthly == nil || !f.ArrearsMonthly.Equal(d("1200")) {
		t.Errorf("arrears_monthly: %v %v", f.ArrearsMonthly, errs)
	}
	f, errs = ParseFacts(map[string]string{"paying_again": "是"}, nil)
	if len(errs) != 0 || f.PayingAgain == nil || !*f.PayingAgain || !f.EndedMonthUnknown() {
		t.Errorf("paying_again: %v %v", f.PayingAgain, errs)
	}
	_, errs = ParseFacts(map[string]string{"gap_ended": "2026-09", "paying_again": "true"}, nil)
	if len(errs) != 1 || errs[0].Key != "paying_again" || errs[0].Excludes != "gap_ended" {
		t.Errorf("gap_ended and paying_again: %v", errs)
	}
	// Both ways of answering one question: one error, naming both keys.
	_, errs = ParseFacts(map[string]string{"arrears": "12000", "arrears_monthly": "1200"}, nil)
	if len(errs) != 1 || errs[0].Key != "arrears_monthly" || errs[0].Excludes != "arrears" {
		t.Errorf("arrears and arrears_monthly: %v", errs)
	}

	f, errs = ParseFacts(map[string]string{"since": "2026/08"}, nil)
	if len(errs) != 0 || f.Since == nil || *f.Since != (rules.Month{Year: 2026, Month: time.August}) || f.GapMonths != nil {
		t.Errorf("since: %+v %v", f.Since, errs)
	}
	f, errs = ParseFacts(map[string]string{"since": "２０２６-０８"}, nil)
	if len(errs) != 0 || f.Since == nil || f.Since.String() != "2026-08" {
		t.Errorf("fullwidth since: %+v %v", f.Since, errs)
	}
	f, errs = ParseFacts(map[string]string{}, nil)
	if len(errs) != 0 || !isZeroFacts(f) {
		t.Errorf("empty input: %+v %v", f, errs)
	}
}

func isZeroFacts(f rules.Facts) bool {
	return f.Scheme == "" && f.Payer == "" && f.GapMonths == nil && f.Since == nil && f.Region == "" &&
		f.YearsPaid == nil && f.Arrears == nil && f.Newborn == nil
}

func TestParseFactsBoolsAndCounts(t *testing.T) {
	for _, v := range []string{"true", "TRUE", "yes", "1", "y", "是", " Yes "} {
		f, errs := ParseFacts(map[string]string{"newborn": v}, nil)
		if len(errs) != 0 || f.Newborn == nil || !*f.Newborn {
			t.Errorf("newborn %q: %v %v", v, f.Newborn, errs)
		}
	}
	for _, v := range []string{"false", "no", "0", "n", "否", "NO"} {
		f, errs := ParseFacts(map[string]string{"in_window": v}, nil)
		if len(errs) != 0 || f.InWindow == nil || *f.InWindow {
			t.Errorf("in_window %q: %v %v", v, f.InWindow, errs)
		}
	}
	for v, want := range map[string]int{"0": 0, "600": 600, "0003": 3, " 12 ": 12} {
		f, errs := ParseFacts(map[string]string{"gap_months": v}, nil)
		if len(errs) != 0 || f.GapMonths == nil || *f.GapMonths != want {
			t.Errorf("gap_months %q: %v %v", v, f.GapMonths, errs)
		}
	}
	for v, want := range map[string]int{"0": 0, "80": 80} {
		f, errs := ParseFacts(map[string]string{"broken_years": v}, nil)
		if len(errs) != 0 || f.BrokenYears == nil || *f.BrokenYears != want {
			t.Errorf("broken_years %q: %v %v", v, f.BrokenYears, errs)
		}
	}
}

func TestParseFactsBadValues(t *testing.T) {
	bad := map[string][]string{
		"scheme":           {"worker", "", "employee resident"},
		"prior_scheme":     {"commercial"},
		"payer":            {"boss", "self"},
		"reason":           {"fired"},
		"unit_status":      {"shut"},
		"retirement":       {"old"},
		"sex":              {"x", "m"},
		"gap_months":       {"-1", "601", "abc", "3.5", "", "00003", "1e2"},
		"since":            {"2026-13", "2026", "26-08", "1989-12", "", "2026-08-01"},
		"broken_years":     {"81", "-1", "x"},
		"repay_years":      {"two"},
		"continuous_years": {"-2", "100"},
		"in_window":        {"maybe", ""},
		"newborn":          {"x"},
		"years_paid":       {"81", "15.123", "-1", "x"},
		"local_years_paid": {"abc"},
		"arrears":          {"1e5", "1.234", "-5", "", "abc", "1234567890123"},
		"base":             {"-5", "8k"},
		"due_date":         {"2026-02-30", "2026/10/15", "x"},
		"pay_date":         {"2027-02-29", ""},
	}
	for key, values := range bad {
		for _, v := range values {
			_, errs := ParseFacts(map[string]string{key: v}, nil)
			if len(errs) != 1 {
				t.Errorf("%s=%q: %d errors %v, want 1", key, v, len(errs), errs)
				continue
			}
			e := errs[0]
			if e.Key != key {
				t.Errorf("%s=%q: error key %q", key, v, e.Key)
			}
			if d, _ := rules.FactByKey(key); e.Valid != d.Describe() || e.Valid == "" {
				t.Errorf("%s=%q: Valid %q, want %q", key, v, e.Valid, d.Describe())
			}
			if !strings.Contains(e.Error(), key) {
				t.Errorf("%s=%q: message %q does not name the key", key, v, e.Error())
			}
		}
	}
}

func TestParseFactsUnknownKeyAndCombinations(t *testing.T) {
	_, errs := ParseFacts(map[string]string{"salary": "8000", "scheme": "employee"}, nil)
	if len(errs) != 1 || errs[0].Key != "salary" || errs[0].Value != "8000" ||
		!strings.Contains(errs[0].Valid, "gap_months") {
		t.Errorf("unknown key: %v", errs)
	}
	// Keys are not normalised: the ask flag spelling with dashes is unknown here.
	_, errs = ParseFacts(map[string]string{"gap-months": "3"}, nil)
	if len(errs) != 1 || errs[0].Key != "gap-months" {
		t.Errorf("dashed key: %v", errs)
	}

	// gap_months together with since: one error, on since.
	f, errs := ParseFacts(map[string]string{"gap_months": "3", "since": "2026-08"}, nil)
	if len(errs) != 1 || errs[0].Key != "since" || !strings.Contains(errs[0].Valid, "not both") {
		t.Errorf("gap_months+since: %v", errs)
	}
	if f.GapMonths == nil || f.Since == nil {
		t.Errorf("gap_months+since: values dropped: %+v", f)
	}
	// A bad since with gap_months is reported once, as a bad value.
	_, errs = ParseFacts(map[string]string{"gap_months": "3", "since": "2026-13"}, nil)
	if len(errs) != 1 || errs[0].Key != "since" {
		t.Errorf("gap_months+bad since: %v", errs)
	}

	// Several bad values: each once, in key order.
	_, errs = ParseFacts(map[string]string{"scheme": "x", "payer": "y", "arrears": "z", "sex": "w", "zzz": "1"}, nil)
	var keys []string
	for _, e := range errs {
		keys = append(keys, e.Key)
	}
	if want := []string{"arrears", "payer", "scheme", "sex", "zzz"}; !slices.Equal(keys, want) {
		t.Errorf("error keys %v, want %v", keys, want)
	}

	// With a nil base an unknown region is kept, lower-cased and trimmed.
	f, errs = ParseFacts(map[string]string{"region": " Chengdu "}, nil)
	if len(errs) != 0 || f.Region != "chengdu" {
		t.Errorf("region: %q %v", f.Region, errs)
	}
}

// TestParsedFactsEvaluate: what ParseFacts accepts, rules.Validate accepts
// too (apart from amounts above rules.MaxAmount, which Evaluate refuses).
func TestParsedFactsValidate(t *testing.T) {
	f, errs := ParseFacts(map[string]string{
		"scheme": "employee", "retirement": "working", "payer": "individual", "gap_months": "600",
		"region": "national", "years_paid": "80", "broken_years": "80", "repay_years": "80",
		"continuous_years": "80", "arrears": "1000000000", "base": "0",
	}, nil)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if err := rules.Validate(f); err != nil {
		t.Errorf("Validate refused parsed limits: %v", err)
	}
}

func TestFactErrorMessage(t *testing.T) {
	e := &FactError{Key: "sex", Value: "x", Valid: "male | female"}
	if got := e.Error(); !strings.Contains(got, "sex") || !strings.Contains(got, `"x"`) || !strings.Contains(got, "male | female") {
		t.Errorf("Error() = %q", got)
	}
}
