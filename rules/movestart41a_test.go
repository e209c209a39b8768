package rules_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestMoveNoGap41a (fix41a): a move across pooling areas with no month
// unpaid (paid to June at the old place, the new employer from July). A
// day is covered only before July (paid at the old place), before the old
// city's own sourced stop (Shanghai S7: 08-15), or once the new city's own
// rule has started cover (Shanghai S7: 次月15日 = 08-15; Zhejiang art. 28
// ¶2: 08-01); where no regional rule is sourced (Guangdong, national, or
// the new city unknown when the region is the old city), from 09-01. Every
// day between is not settled: 43号 ① (national: from the payment month)
// alone never makes it covered. Shenzhen→Shanghai 07-10 was "covered" on
// main.
func TestMoveNoGap41a(t *testing.T) {
	today := day(2026, time.December, 7)
	zj := zhejiangPolicy()
	if len(zj.TransferStartConflict) == 0 {
		zj.TransferStartConflict = []rules.Citation{{Law: "zj-regulation", Article: 28}}
	}
	policies := map[string]rules.Policy{"shanghai": shanghaiPolicy(), "zhejiang": zj, "guangdong": guangdongPolicy(), "national": nationalPolicy()}
	days := []rules.Date{day(2026, 6, 30), day(2026, 7, 1), day(2026, 7, 10), day(2026, 7, 31), day(2026, 8, 1), day(2026, 8, 14),
		day(2026, 8, 15), day(2026, 8, 31), day(2026, 9, 1), day(2026, 11, 10)}
	// covered from / unsettled from: yes before july, unknown from july to
	// the first day given, yes from it; oldStop: yes also before it.
	cases := []struct {
		region  string
		old     bool
		payer   rules.Payer
		oldStop string
		start   string
	}{
		{"shanghai", false, rules.PayerUnit, "", "2026-08-15"},          // new SH: S7 次月15日
		{"zhejiang", false, rules.PayerUnit, "", "2026-08-01"},          // new ZJ: art. 28 ¶2
		{"guangdong", false, rules.PayerUnit, "", "2026-09-01"},         // new GD: none sourced
		{"national", false, rules.PayerUnit, "", "2026-09-01"},          // new other: none sourced
		{"shanghai", false, rules.PayerIndividual, "", "2026-09-01"},    // a self-payer: the employer rule is not theirs
		{"shanghai", true, rules.PayerUnit, "2026-08-15", "2026-09-01"}, // old SH: S7 stop
		{"zhejiang", true, rules.PayerUnit, "", "2026-09-01"},
		{"guangdong", true, rules.PayerUnit, "", "2026-09-01"},
		{"national", true, rules.PayerUnit, "", "2026-09-01"},
	}
	for _, c := range cases {
		for _, d := range days {
			t.Run(fmt.Sprintf("%s old=%v %s %s", c.region, c.old, c.payer, d), func(t *testing.T) {
				zero, start := 0, rules.Month{Year: 2026, Month: time.July}
				f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: c.payer, CrossCity: bp(true),
					GapMonths: &zero, GapEnded: &start, Region: c.region}
				if c.payer == rules.PayerUnit {
					f.Reason = rules.ReasonJobChange
				} else {
					f.Reason = rules.ReasonLeftJob
				}
				if c.old {
					f.GapBeganHere = bp(true)
				}
				on := d
				f.TreatmentDate = &on
				o, err := rules.Evaluate(f, policies[c.region], today, false)
				if err != nil {
					t.Fatal(err)
				}
				want := rules.TriUnknown
				switch {
				case d.Before(day(2026, 7, 1)):
					want = rules.TriYes
				case c.oldStop != "" && d.String() < c.oldStop:
					want = rules.TriYes
				case d.String() >= c.start:
					want = rules.TriYes
				}
				if o.Treatment == nil || o.Treatment.Covered != want {
					t.Fatalf("treatment %+v, want covered %v", o.Treatment, want)
				}
				if o.Verdict != rules.VerdictNoPaymentNeeded {
					t.Errorf("verdict %s, want no-payment-needed (nothing unpaid)", o.Verdict)
				}
				if !slices.Contains(o.Notes, rules.NoteMoveStart41a) {
					t.Errorf("notes %v, want %s", o.Notes, rules.NoteMoveStart41a)
				}
				if o.Facts.Since != nil {
					t.Errorf("since %s, want none (no gap: never 'since this month')", o.Facts.Since)
				}
			})
		}
	}
}
