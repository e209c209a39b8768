package rules_test

import (
	"slices"
	"testing"

	"bujiao/rules"
)

// TestStopAheadConvention: audit round 16, R16-U1. An employer that has
// not paid this month (or last): where no source gives the region's stop
// day, the stop still ahead carries stop-ahead-convention and the stop-day
// question, never stop-ahead ("covered until"); Shanghai's 15th (S7) and
// Zhejiang's second natural month (art. 28) keep stop-ahead, Zhejiang with
// its own rule rather than the convention.
func TestStopAheadConvention(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	zj := zhejiangPolicy()
	zj.UnitArrears.SuspendFromSecondMonth = true // as knowledge/kb/regions/zhejiang.yaml (art. 28)
	dec, nov := rules.Month{Year: 2026, Month: 12}, rules.Month{Year: 2026, Month: 11}
	cases := []struct {
		name          string
		p             rules.Policy
		since         rules.Month
		stop          rules.Date
		notes, absent []string
		asks, noAsks  []string
	}{
		{"national this month", nationalPolicy(), dec, rules.Date{Year: 2027, Month: 1, Day: 1},
			[]string{rules.NoteStopConvention, rules.NoteStopAheadConvention}, []string{rules.NoteStopAhead},
			[]string{rules.AskStopDay}, []string{rules.AskPayBeforeStop}},
		{"guangdong this month", guangdongPolicy(), dec, rules.Date{Year: 2027, Month: 1, Day: 1},
			[]string{rules.NoteStopConvention, rules.NoteStopAheadConvention}, []string{rules.NoteStopAhead},
			[]string{rules.AskStopDay}, []string{rules.AskPayBeforeStop}},
		{"national last month, stop passed", nationalPolicy(), nov, rules.Date{Year: 2026, Month: 12, Day: 1},
			[]string{rules.NoteStopConvention}, []string{rules.NoteStopAhead, rules.NoteStopAheadConvention},
			nil, []string{rules.AskPayBeforeStop, rules.AskStopDay}},
		{"shanghai this month", shanghaiPolicy(), dec, rules.Date{Year: 2027, Month: 1, Day: 15},
			[]string{rules.NoteBenefitDaySourced, rules.NoteStopAhead}, []string{rules.NoteStopConvention, rules.NoteStopAheadConvention},
			[]string{rules.AskPayBeforeStop}, []string{rules.AskStopDay}},
		{"zhejiang this month", zj, dec, rules.Date{Year: 2027, Month: 1, Day: 1},
			[]string{rules.NoteArrearsStopSourced, rules.NoteStopAhead}, []string{rules.NoteStopConvention, rules.NoteStopAheadConvention},
			[]string{rules.AskPayBeforeStop}, []string{rules.AskStopDay}},
		{"zhejiang last month", zj, nov, rules.Date{Year: 2026, Month: 12, Day: 1},
			[]string{rules.NoteArrearsStopSourced}, []string{rules.NoteStopConvention, rules.NoteStopAheadConvention},
			nil, []string{rules.AskStopDay}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			since := c.since
			f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
				Reason: rules.ReasonArrears, UnitStatus: rules.UnitNormal, Since: &since, Region: c.p.Region}
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.StoppedOn == nil || *o.StoppedOn != c.stop {
				t.Fatalf("stopped on %v, want %v", o.StoppedOn, c.stop)
			}
			for _, n := range c.notes {
				if !slices.Contains(o.Notes, n) {
					t.Errorf("notes %v lack %s", o.Notes, n)
				}
			}
			for _, n := range c.absent {
				if slices.Contains(o.Notes, n) {
					t.Errorf("notes %v have %s", o.Notes, n)
				}
			}
			for _, a := range c.asks {
				if !slices.Contains(o.AskLocally, a) {
					t.Errorf("asks %v lack %s", o.AskLocally, a)
				}
			}
			for _, a := range c.noAsks {
				if slices.Contains(o.AskLocally, a) {
					t.Errorf("asks %v have %s", o.AskLocally, a)
				}
			}
		})
	}
}
