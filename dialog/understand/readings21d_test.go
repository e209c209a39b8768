package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 21, R21-M4: a resident who got a job whose employer pays
// the employee scheme, named after the job, is a scheme switch (43号 ②):
// the resident years are continuous years, the employer pays, and the job
// is why the scheme changed.
func TestResidentToJobSchemeNamed21d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		years int
		gap   int
	}{
		{"was on the resident scheme in suzhou for 4 years, now i got a job in shanghai with employee medical insurance from february, a gap of 1 month", 4, 1},
		{"i had resident insurance for 6 years, now found a job with employee insurance starting next month, gap of 2 months. any waiting period?", 6, 2},
		{"was on resident medical insurance for 3 years in wuxi, just started a job, the company pays employee insurance from january, 2 month gap", 3, 2},
		{"以前在温州交了五年居民医保 现在找到工作了 公司交职工医保 中间断两个月", 5, 2},
		{"之前一直交居民医保 交了4年 现在入职了 新公司给交职工医保 断了一个月", 4, 1},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Scheme != rules.SchemeEmployee || e.PriorScheme != rules.SchemeResident || e.Payer != rules.PayerUnit ||
			e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: %s; want employee from resident, unit, job change", c.in, e)
			continue
		}
		if e.ContinuousYears == nil || *e.ContinuousYears != c.years || e.Gap == nil || e.Gap.Months != c.gap {
			t.Errorf("%q: %s; want %d continuous years, gap %d", c.in, e, c.years, c.gap)
		}
	}
	// The employee scheme named before the job, or a job only wished for,
	// is no switch told by the job.
	for _, in := range []string{
		"i had resident insurance for 5 years, if i get a job with employee insurance will i have a waiting period?",
	} {
		if e := Analyze(in, today, nil, "").Stated; e.PriorScheme == rules.SchemeResident && e.Reason == rules.ReasonJobChange {
			t.Errorf("%q: %s; read as a switch to a job", in, e)
		}
	}
}
