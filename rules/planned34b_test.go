package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 27, R27-M2 (fix34b): a Shanghai gap planned ahead, dated
// (沪医保规〔2025〕7号 三(三), S7 次月15日, 上海条例 art. 15): April–May 2027
// unpaid, new job June: stop 2027-05-15, back 2027-07-15.
func TestPlanGap34b(t *testing.T) {
	apr, jun := mon(2027, time.April), mon(2027, time.June)
	g, ok := rules.PlanGap(shanghaiPolicy(), apr, jun)
	if !ok || g.StopsOn != day(2027, time.May, 15) || g.ResumesOn == nil || *g.ResumesOn != day(2027, time.July, 15) {
		t.Fatalf("PlanGap = %+v, %v", g, ok)
	}
	for _, c := range []struct {
		d    rules.Date
		want bool
	}{
		{day(2027, time.April, 20), true},
		{day(2027, time.May, 14), true},
		{day(2027, time.May, 15), false},
		{day(2027, time.May, 20), false},
		{day(2027, time.July, 14), false},
		{day(2027, time.July, 15), true},
	} {
		if got := g.Covered(c.d); got != c.want {
			t.Errorf("Covered(%s) = %v, want %v", c.d, got, c.want)
		}
	}
	// No new job: never covered again from the stop.
	g, ok = rules.PlanGap(shanghaiPolicy(), mon(2027, time.March), rules.Month{})
	if !ok || g.StopsOn != day(2027, time.April, 15) || g.ResumesOn != nil || g.Covered(day(2027, time.December, 1)) {
		t.Errorf("no job: %+v, %v", g, ok)
	}
	// The days are not dated where no source dates them, nor for a job
	// before the gap.
	for _, p := range []rules.Policy{nationalPolicy(), zhejiangPolicy(), guangdongPolicy()} {
		if _, ok := rules.PlanGap(p, apr, jun); ok {
			t.Errorf("%s: dated", p.Region)
		}
	}
	if _, ok := rules.PlanGap(shanghaiPolicy(), jun, apr); ok {
		t.Error("job before the gap: dated")
	}
}
