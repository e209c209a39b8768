package rules_test

import (
	"encoding/json"
	"testing"

	"bujiao/rules"
)

func TestTriText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Tri
		bad  bool
	}{
		{"true", rules.TriYes, false}, {"yes", rules.TriYes, false}, {" TRUE ", rules.TriYes, false},
		{"false", rules.TriNo, false}, {"no", rules.TriNo, false},
		{"unknown", rules.TriUnknown, false}, {"", rules.TriUnknown, false},
		{"maybe", rules.TriUnknown, true}, {"1", rules.TriUnknown, true},
	} {
		var got rules.Tri
		err := got.UnmarshalText([]byte(c.in))
		if (err != nil) != c.bad {
			t.Errorf("%q: err = %v, want error %v", c.in, err, c.bad)
		}
		if !c.bad && got != c.want {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
		}
	}
}

func TestTriJSONAndPtr(t *testing.T) {
	for tri, want := range map[rules.Tri]string{rules.TriYes: "true", rules.TriNo: "false", rules.TriUnknown: "null"} {
		b, err := json.Marshal(tri)
		if err != nil || string(b) != want {
			t.Errorf("%v: JSON %s %v, want %s", tri, b, err, want)
		}
		p := tri.Ptr()
		if (p == nil) != (tri == rules.TriUnknown) || (p != nil && *p != tri.Yes()) {
			t.Errorf("%v: Ptr %v", tri, p)
		}
	}
	// The zero value is unknown: a policy that states nothing says nothing.
	var zero rules.Tri
	if zero.Known() {
		t.Error("zero Tri is known")
	}
}

func FuzzTriUnmarshalText(f *testing.F) {
	for _, s := range []string{"true", "false", "unknown", "", "maybe", "YES"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var x rules.Tri
		if err := x.UnmarshalText([]byte(s)); err != nil {
			return
		}
		// Whatever parses round-trips through its own text.
		var y rules.Tri
		txt, _ := x.MarshalText()
		if err := y.UnmarshalText(txt); err != nil || y != x {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, x, txt, y, err)
		}
	})
}

func TestLateFeeMonthly(t *testing.T) {
	rate := *dec("0.0005")
	due := day(2026, 8, 15)
	// Three months of 1000 from 15 Aug, 15 Sep, 15 Oct to 25 Nov: 102+71+41 days.
	days, fee := rules.LateFeeMonthly(*dec("1000"), due, 3, day(2026, 11, 25), rate)
	if days != 102 || fee.String() != "107" {
		t.Errorf("got %d days, fee %s; want 102, 107", days, fee)
	}
	// Never more than the fee on the total from the first due date.
	_, upper := rules.LateFee(*dec("3000"), due, day(2026, 11, 25), rate)
	if fee.GreaterThan(*upper) {
		t.Errorf("monthly fee %s above the single-date bound %s", fee, upper)
	}
	// A due date on the 31st falls on each shorter month's last day.
	_, fee = rules.LateFeeMonthly(*dec("1000"), day(2027, 1, 31), 2, day(2027, 3, 1), rate)
	// 29 days from 31 Jan, 1 day from 28 Feb.
	if fee.String() != "15" {
		t.Errorf("fee across February = %s, want 15", fee)
	}
	// Paid before any due date: nothing.
	if _, fee := rules.LateFeeMonthly(*dec("1000"), due, 3, day(2026, 8, 1), rate); !fee.IsZero() {
		t.Errorf("early payment fee = %s", fee)
	}
}

func TestDecisive(t *testing.T) {
	type F = rules.Field
	nat, gd, sh := nationalPolicy(), guangdongPolicy(), shanghaiPolicy()
	no := false
	cases := []struct {
		name  string
		facts rules.Facts
		p     rules.Policy
		want  []F
	}{
		{"arrears-nothing-given", func() rules.Facts { f := arrears("national", "", 2); return f }(), nat,
			[]F{rules.FieldUnitStatus}},
		{"arrears-all-given", withMoney(arrears("national", rules.UnitNormal, 2), "100", dayp(2026, 10, 15), nil), nat, nil},
		{"job-change-area", func() rules.Facts { f := jobChange("national", 2); f.CrossCity = nil; return f }(), nat,
			[]F{rules.FieldCrossCity}},
		{"job-change-area-given", func() rules.Facts { f := jobChange("national", 2); f.CrossCity = &no; return f }(), nat, nil},
		{"switch-years", func() rules.Facts { f := individual("national", 2); f.PriorScheme = rules.SchemeResident; return f }(), nat,
			[]F{rules.FieldContinuousYears}},
		{"retirement-guangdong-local", atAge("guangdong", "20", rules.SexMale, ""), gd, []F{rules.FieldLocalYearsPaid}},
		{"retirement-shanghai-local", atAge("shanghai", "20", "", ""), sh, []F{rules.FieldLocalYearsPaid}},
		{"retirement-national-no-local", atAge("national", "20", "", ""), nat, nil},
		{"individual", individual("national", 2), nat, nil},
	}
	for _, c := range cases {
		got := rules.Decisive(c.facts, c.p)
		if len(got) != len(c.want) {
			t.Errorf("%s: Decisive = %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: Decisive = %v, want %v", c.name, got, c.want)
			}
			if !containsField(rules.DecisiveFields, got[i]) {
				t.Errorf("%s: %s not in DecisiveFields", c.name, got[i])
			}
		}
		// Every decisive fact left out is reported as an open question
		// (or, for a switch, answered both ways): never a failed condition.
		o, err := rules.Evaluate(c.facts, c.p, today, false)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, f := range c.want {
			found := false
			for _, q := range o.OpenQuestions {
				found = found || q.Fact == f
			}
			if !found {
				t.Errorf("%s: %s missing from OpenQuestions %v", c.name, f, o.OpenQuestions)
			}
		}
	}
}

func containsField(fs []rules.Field, f rules.Field) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// TestOpenFactPromisesOnlyWhatBothBranchesGive: with continuous years not
// given, the answer claims a date, a back-payment or cover for the gap only
// where both the "enough years" and the "too few" answers agree.
func TestOpenFactPromisesOnlyWhatBothBranchesGive(t *testing.T) {
	for _, p := range []rules.Policy{nationalPolicy(), shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy()} {
		for gap := 1; gap <= 3; gap++ {
			for _, scheme := range []rules.Scheme{rules.SchemeEmployee, rules.SchemeResident} {
				f := individual(p.Region, gap)
				if scheme == rules.SchemeResident {
					f = rules.Facts{Scheme: rules.SchemeResident, Region: p.Region, GapMonths: ip(gap)}
				}
				f.PriorScheme = rules.SchemeResident
				if scheme == rules.SchemeResident {
					f.PriorScheme = rules.SchemeEmployee
				}
				open, err := rules.Evaluate(f, p, today, false)
				if err != nil {
					t.Fatal(err)
				}
				var branches []rules.Outcome
				for _, years := range []int{0, 2, 10} {
					g := f
					g.ContinuousYears = ip(years)
					o, err := rules.Evaluate(g, p, today, false)
					if err != nil {
						t.Fatal(err)
					}
					branches = append(branches, o)
				}
				where := p.Region + "/" + string(scheme)
				if open.ResumesOn != nil {
					for _, b := range branches {
						if b.ResumesOn == nil || *b.ResumesOn != *open.ResumesOn {
							t.Errorf("%s gap %d: resumes %s, a branch says %v", where, gap, open.ResumesOn, b.ResumesOn)
						}
					}
				}
				for _, b := range branches {
					if open.BackPayAllowed.Known() && b.BackPayAllowed != open.BackPayAllowed {
						t.Errorf("%s gap %d: back-pay %v, a branch says %v", where, gap, open.BackPayAllowed, b.BackPayAllowed)
					}
					if open.Retroactive.Known() && b.Retroactive != open.Retroactive {
						t.Errorf("%s gap %d: retroactive %v, a branch says %v", where, gap, open.Retroactive, b.Retroactive)
					}
					if lo := b.ResumesOn; lo != nil && open.ResumesEarliest != nil && lo.Before(*open.ResumesEarliest) {
						t.Errorf("%s gap %d: earliest %s after a branch's %s", where, gap, open.ResumesEarliest, lo)
					}
				}
				if len(open.OpenQuestions) == 0 || open.OpenQuestions[0].Fact != rules.FieldContinuousYears {
					t.Errorf("%s gap %d: open questions %v", where, gap, open.OpenQuestions)
				}
			}
		}
	}
}
