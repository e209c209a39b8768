package rules_test

import (
	"slices"
	"testing"

	"bujiao/rules"
)

func TestNeeded(t *testing.T) {
	type F = rules.Field
	emp := func(r rules.Retirement) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: r}
	}
	with := func(f rules.Facts, fn func(*rules.Facts)) rules.Facts { fn(&f); return f }
	cases := []struct {
		name       string
		facts      rules.Facts
		sexMatters bool
		want       []F
	}{
		{"empty", rules.Facts{}, false, []F{rules.FieldScheme}},
		{"empty-sex-matters", rules.Facts{}, true, []F{rules.FieldScheme}},
		// Facts given before the scheme do not change what is asked first.
		{"only-later-facts", rules.Facts{Region: "shanghai", GapMonths: ip(2), Payer: rules.PayerUnit}, false,
			[]F{rules.FieldScheme}},
		{"employee", rules.Facts{Scheme: rules.SchemeEmployee}, true, []F{rules.FieldRetirement}},
		{"working", emp(rules.RetirementWorking), false,
			[]F{rules.FieldPayer, rules.FieldGap, rules.FieldRegion}},
		{"working-unit", with(emp(rules.RetirementWorking), func(f *rules.Facts) { f.Payer = rules.PayerUnit }), false,
			[]F{rules.FieldReason, rules.FieldGap, rules.FieldRegion}},
		{"working-unit-arrears", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Payer, f.Reason = rules.PayerUnit, rules.ReasonArrears
		}), false, []F{rules.FieldGap, rules.FieldRegion}},
		{"working-unit-job-change", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Payer, f.Reason = rules.PayerUnit, rules.ReasonJobChange
		}), false, []F{rules.FieldGap, rules.FieldRegion}},
		// On unemployment benefit the fund pays: no payer, no gap.
		{"working-unemployment-benefit", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Reason = rules.ReasonUnemployment
		}), false, []F{rules.FieldRegion}},
		{"working-unit-left-job", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Payer, f.Reason = rules.PayerUnit, rules.ReasonLeftJob
		}), false, []F{rules.FieldGap, rules.FieldRegion}},
		// An individual payer is never asked why a unit stopped paying.
		{"working-individual", with(emp(rules.RetirementWorking), func(f *rules.Facts) { f.Payer = rules.PayerIndividual }), true,
			[]F{rules.FieldGap, rules.FieldRegion}},
		{"working-individual-with-reason", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Payer, f.Reason = rules.PayerIndividual, rules.ReasonArrears
		}), false, []F{rules.FieldGap, rules.FieldRegion}},
		{"working-since-answers-gap", with(emp(rules.RetirementWorking), func(f *rules.Facts) {
			f.Payer, f.Since = rules.PayerIndividual, monp(2026, 8)
		}), false, []F{rules.FieldRegion}},
		{"working-complete", individual("national", 3), true, nil},
		{"working-arrears-complete", arrears("zhejiang", rules.UnitBankrupt, 0), false, nil},
		// Working people are never asked about retirement years or sex.
		{"working-sex-matters", jobChange("guangdong", 2), true, nil},
		// A retiree is never asked about gaps, payer or years.
		{"retired", emp(rules.RetirementRetired), true, []F{rules.FieldRegion}},
		{"retired-complete", with(emp(rules.RetirementRetired), func(f *rules.Facts) { f.Region = "sh" }), true, nil},
		{"at-age", emp(rules.RetirementAtAge), false, []F{rules.FieldRegion, rules.FieldYearsPaid}},
		{"at-age-sex-matters", emp(rules.RetirementAtAge), true,
			[]F{rules.FieldRegion, rules.FieldYearsPaid, rules.FieldSex}},
		{"at-age-sex-given", with(emp(rules.RetirementAtAge), func(f *rules.Facts) { f.Sex = rules.SexFemale }), true,
			[]F{rules.FieldRegion, rules.FieldYearsPaid}},
		{"at-age-complete", atAge("guangdong", "25", rules.SexFemale, ""), true, nil},
		{"at-age-no-sex-needed", atAge("shanghai", "15", "", ""), false, nil},
		{"at-age-gap-given-not-asked", with(emp(rules.RetirementAtAge), func(f *rules.Facts) { f.GapMonths = ip(5) }), false,
			[]F{rules.FieldRegion, rules.FieldYearsPaid}},
		// A resident is never asked who pays, about gaps or retirement.
		{"resident", rules.Facts{Scheme: rules.SchemeResident}, true, []F{rules.FieldNewborn, rules.FieldRegion}},
		{"resident-newborn", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(true)}, true, []F{rules.FieldRegion}},
		// in_window is never required (issue 18): derived or answered both ways.
		{"resident-not-newborn", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false)}, false,
			[]F{rules.FieldBrokenYears, rules.FieldRegion}},
		{"resident-no-break", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), InWindow: bp(true), BrokenYears: ip(0)}, false,
			[]F{rules.FieldRegion}},
		{"resident-break", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), InWindow: bp(false), BrokenYears: ip(3)}, false,
			[]F{rules.FieldRepayYears, rules.FieldRegion}},
		{"resident-break-repaid", resident("national", false, false, 3, 0), false, nil},
		// Leaving the employee scheme for the resident one: the gap decides (43号 ②).
		{"resident-from-employee", rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee}, true,
			[]F{rules.FieldGap, rules.FieldRegion}},
		{"resident-from-employee-since", rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
			Since: monp(2026, 9)}, false, []F{rules.FieldRegion}},
		{"resident-from-resident", rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeResident}, false,
			[]F{rules.FieldNewborn, rules.FieldRegion}},
		{"resident-with-employee-facts", with(rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(true)}, func(f *rules.Facts) {
			f.Payer, f.Retirement = rules.PayerUnit, rules.RetirementAtAge
		}), true, []F{rules.FieldRegion}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := rules.Needed(c.facts, rules.Inputs{SexMatters: c.sexMatters})
			if !slices.Equal(got, c.want) {
				t.Fatalf("Needed = %v, want %v", got, c.want)
			}
			// Order follows rules.Fields, with no repeats.
			last := -1
			for _, fl := range got {
				i := slices.Index(rules.Fields, fl)
				if i < 0 {
					t.Errorf("%q is not in rules.Fields", fl)
				}
				if i <= last {
					t.Errorf("Needed %v out of the order of rules.Fields", got)
				}
				last = i
			}
			if c.facts.Scheme == rules.SchemeResident || c.facts.Retirement == rules.RetirementRetired {
				banned := []F{rules.FieldPayer, rules.FieldReason, rules.FieldUnitStatus, rules.FieldRetirement}
				if c.facts.PriorScheme != rules.SchemeEmployee {
					banned = append(banned, rules.FieldGap)
				}
				for _, banned := range banned {
					if slices.Contains(got, banned) {
						t.Errorf("asked for %q: %v", banned, got)
					}
				}
			}
			if slices.Contains(got, rules.FieldSex) && (!c.sexMatters || c.facts.Retirement != rules.RetirementAtAge) {
				t.Errorf("asked for sex when it does not matter: %v", got)
			}
		})
	}
}

// TestNeededAnsweringConverges: answering the first needed field each time
// always ends with nothing needed, within len(Fields) rounds.
func TestNeededAnsweringConverges(t *testing.T) {
	answer := func(f *rules.Facts, fl rules.Field, pick int) {
		switch fl {
		case rules.FieldScheme:
			f.Scheme = rules.Schemes[pick%len(rules.Schemes)]
		case rules.FieldRetirement:
			f.Retirement = rules.Retirements[pick%len(rules.Retirements)]
		case rules.FieldPayer:
			f.Payer = rules.Payers[pick%len(rules.Payers)]
		case rules.FieldReason:
			f.Reason = rules.Reasons[pick%len(rules.Reasons)]
		case rules.FieldUnitStatus:
			f.UnitStatus = rules.UnitStatuses[pick%len(rules.UnitStatuses)]
		case rules.FieldGap:
			f.GapMonths = ip(pick % 7)
		case rules.FieldNewborn:
			f.Newborn = bp(pick%2 == 0)
		case rules.FieldInWindow:
			f.InWindow = bp(pick%2 == 1)
		case rules.FieldBrokenYears:
			f.BrokenYears = ip(pick % 5)
		case rules.FieldRepayYears:
			f.RepayYears = ip(pick % 3)
		case rules.FieldRegion:
			f.Region = "national"
		case rules.FieldYearsPaid:
			f.YearsPaid = dec("20")
		case rules.FieldSex:
			f.Sex = rules.Sexes[pick%len(rules.Sexes)]
		default:
			t.Fatalf("unknown field %q", fl)
		}
	}
	for pick := 0; pick < 64; pick++ {
		for _, sexMatters := range []bool{false, true} {
			var f rules.Facts
			for round := 0; ; round++ {
				need := rules.Needed(f, rules.Inputs{SexMatters: sexMatters})
				if len(need) == 0 {
					break
				}
				if round > len(rules.Fields) {
					t.Fatalf("pick %d: still needs %v after %d rounds", pick, need, round)
				}
				answer(&f, need[0], pick+round)
			}
			p := nationalPolicy()
			if sexMatters {
				p = guangdongPolicy()
			}
			if _, err := rules.Evaluate(f, p, today, false); err != nil {
				t.Errorf("pick %d sex %v: complete facts %+v: %v", pick, sexMatters, f, err)
			}
		}
	}
}
