package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 22, R22-M3: a resident switching to a job's employee
// insurance tells the resident years as years enrolled, never as years
// broken or a gap of those years.
func TestResidentToEmployeeYears22c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		years int
		gap   int // -1: none told (asked)
	}{
		{"i've been on resident insurance in suzhou for 4 years, starting a job in march with employee insurance, any waiting period?", 4, -1},
		{"been on the resident scheme for 2 years in wuxi, new employer from january will put me on employee insurance", 2, -1},
		{"switching from resident to employee insurance in shenzhen, my job starts in february, resident cover for 5 years straight", 5, -1},
		{"switch from resident insurance to employee insurance in nanjing next month, had resident cover 3 years straight", 3, -1},
		{"我在宁波交了5年居民医保 下个月去杭州上班 公司交职工医保 中间断两个月 要等待吗", 5, 2},
		// A start after next month: the month without cover lies ahead,
		// no gap counted back from today (fix31c, R24-M2).
		{"在苏州交了三年居民医保 明年3月到无锡上班 单位交职工医保 会断一个月", 3, -1},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Scheme != rules.SchemeEmployee || e.PriorScheme != rules.SchemeResident {
			t.Errorf("%q: %s; want employee from resident", c.in, e)
			continue
		}
		if e.ContinuousYears == nil || *e.ContinuousYears != c.years {
			t.Errorf("%q: %s; want %d continuous years", c.in, e, c.years)
		}
		if c.gap < 0 && e.Gap != nil || c.gap >= 0 && (e.Gap == nil || e.Gap.Months != c.gap) {
			t.Errorf("%q: %s; want gap %d", c.in, e, c.gap)
		}
	}
	// Years told as broken stay a gap; a job only wished for is no switch.
	for _, in := range []string{
		"been on resident insurance before, then 2 years without any cover, now starting a job with employee insurance",
		"我交了3年居民医保 要是去上海上班 公司交职工医保 有等待期吗",
	} {
		if e := Analyze(in, today, nil, "").Stated; e.ContinuousYears != nil {
			t.Errorf("%q: %s; years read as enrolled", in, e)
		}
	}
}
