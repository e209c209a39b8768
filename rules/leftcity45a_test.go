package rules_test

import (
	"fmt"
	"testing"
	"time"

	"bujiao/rules"
)

// TestLeftRegion45a (fix45a, R33-M1): a move with no month unpaid, the new
// place's start in August (paid to July at the old place), the old region
// kept beside the new one. A day before the new place's start is covered
// only where the OLD region's sourced stop rule covers it (Shanghai S7:
// unpaid from August, stop from 09-15); an old region with no sourced stop
// (Zhejiang, Guangdong, national) leaves those days as before (not
// settled); after the new place's start, as before.
// Days before August were paid at the old place.
func TestLeftRegion45a(t *testing.T) {
	today := day(2026, time.December, 7)
	policies := map[string]rules.Policy{"shanghai": shanghaiPolicy(), "zhejiang": zhejiangPolicy(), "guangdong": guangdongPolicy(), "national": nationalPolicy()}
	days := []rules.Date{day(2026, 7, 31), day(2026, 8, 1), day(2026, 8, 20), day(2026, 9, 14), day(2026, 9, 15), day(2026, 9, 30), day(2026, 10, 1), day(2026, 11, 3)}
	cases := []struct {
		region, left string
		oldStop      string // covered before it (the old region's own stop)
		start        string // covered from it (the new region's start)
	}{
		{"national", "shanghai", "2026-09-15", "2026-10-01"},  // RM: Shanghai → Suzhou
		{"guangdong", "shanghai", "2026-09-15", "2026-10-01"}, // Shanghai → Guangzhou
		{"shanghai", "zhejiang", "", "2026-09-15"},            // Zhejiang → Shanghai: no ZJ stop sourced; S7 start
		{"national", "zhejiang", "", "2026-10-01"},
		{"national", "guangdong", "", "2026-10-01"},
		{"shanghai", "shanghai", "", "2026-09-15"}, // the same region: no old-city rule added
		{"national", "", "", "2026-10-01"},         // no old region told: as before
	}
	for _, c := range cases {
		for _, d := range days {
			t.Run(fmt.Sprintf("%s from %s %s", c.region, c.left, d), func(t *testing.T) {
				zero, start := 0, rules.Month{Year: 2026, Month: time.August}
				f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
					Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: &zero, GapEnded: &start, Region: c.region,
					LeftRegion: c.left, TreatmentDate: &d}
				p := policies[c.region]
				if c.left != "" {
					p.LeftDays = policies[c.left].BenefitDays
				}
				o, err := rules.Evaluate(f, p, today, c.region == "national")
				if err != nil {
					t.Fatal(err)
				}
				want := rules.TriUnknown
				switch {
				case d.String() < "2026-08-01", c.oldStop != "" && d.String() < c.oldStop, d.String() >= c.start:
					want = rules.TriYes
				}
				if o.Treatment == nil || o.Treatment.Covered != want {
					t.Errorf("covered %v (%+v), want %v", o.Treatment.Covered, o.Treatment, want)
				}
			})
		}
	}
}
