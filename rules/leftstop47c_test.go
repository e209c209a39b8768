package rules_test

import (
	"fmt"
	"testing"
	"time"

	"bujiao/rules"
)

// TestLeftStop47c (fix47c, R34-W2): a move with months unpaid between the
// old place and the new one (paid to June at the old place, July–October
// unpaid, the new place from November). Where the old city is Shanghai
// (S7: unpaid from July, stop from 08-15) a day to 08-14 is covered and a
// day from 08-15 falls in the gap; an old city with no sourced stop day
// (Zhejiang, Guangdong, national, or none told) keeps the convention's 1st
// (a day of July not settled, a day from 08-01 in the gap). Days from the
// new start are judged as without an old city.
func TestLeftStop47c(t *testing.T) {
	today := day(2026, time.December, 8)
	policies := map[string]rules.Policy{"shanghai": shanghaiPolicy(), "zhejiang": zhejiangPolicy(), "guangdong": guangdongPolicy(), "national": nationalPolicy()}
	days := []rules.Date{day(2026, 6, 30), day(2026, 7, 1), day(2026, 7, 31), day(2026, 8, 1), day(2026, 8, 10), day(2026, 8, 14),
		day(2026, 8, 15), day(2026, 9, 30), day(2026, 10, 31), day(2026, 11, 20), day(2026, 12, 1)}
	cases := []struct {
		region, left string
		stop         string // the stop day
		sourced      bool   // a day of the unpaid months before it covered
	}{
		{"national", "shanghai", "2026-08-15", true},  // F5: Shanghai → Chengdu
		{"guangdong", "shanghai", "2026-08-15", true}, // Shanghai → Guangzhou
		{"zhejiang", "shanghai", "2026-08-15", true},  // Shanghai → Hangzhou
		{"shanghai", "zhejiang", "2026-08-01", false}, // Zhejiang → Shanghai: no ZJ stop sourced
		{"national", "zhejiang", "2026-08-01", false},
		{"national", "guangdong", "2026-08-01", false},
		{"national", "", "2026-08-01", false}, // no old city told: as before
	}
	for _, c := range cases {
		for _, d := range days {
			t.Run(fmt.Sprintf("%s from %s %s", c.region, c.left, d), func(t *testing.T) {
				gap, first, start := 4, rules.Month{Year: 2026, Month: time.July}, rules.Month{Year: 2026, Month: time.November}
				f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
					Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: &gap, Since: &first, GapEnded: &start,
					Region: c.region, LeftRegion: c.left, TreatmentDate: &d}
				p := policies[c.region]
				if c.left != "" {
					p.LeftDays = policies[c.left].BenefitDays
				}
				o, err := rules.Evaluate(f, p, today, c.region == "national")
				if err != nil {
					t.Fatal(err)
				}
				if o.StoppedOn == nil || o.StoppedOn.String() != c.stop {
					t.Fatalf("stopped on %v, want %s", o.StoppedOn, c.stop)
				}
				if o.Treatment == nil {
					t.Fatal("no treatment judgement")
				}
				got, ds := o.Treatment.Covered, d.String()
				switch {
				case ds < "2026-07-01":
					if got != rules.TriYes {
						t.Errorf("paid month: covered %v, want yes", got)
					}
				case ds < c.stop:
					want := rules.TriUnknown
					if c.sourced {
						want = rules.TriYes
					}
					if got != want {
						t.Errorf("before the stop: covered %v (%s), want %v", got, o.Treatment.Why, want)
					}
				case ds < "2026-11-01":
					if got.Yes() {
						t.Errorf("in the gap: covered %v (%s), want not yes", got, o.Treatment.Why)
					}
				default:
					g := f
					g.LeftRegion = ""
					b, err := rules.Evaluate(g, policies[c.region], today, c.region == "national")
					if err != nil {
						t.Fatal(err)
					}
					if got != b.Treatment.Covered {
						t.Errorf("after the new start: covered %v, want as without an old city %v", got, b.Treatment.Covered)
					}
				}
			})
		}
	}
}
