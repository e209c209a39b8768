package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings (fix35c): a job start day is never the treatment day;
// the day told with a visit is (or none, when no other day is told).
func TestRound35cJobDayNotTreatment(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string // month-day
	}{
		{"left my shanghai job end of august, sept and oct nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?", "10-12"},
		{"had an mri oct 12. before that i quit my shanghai job in august and started a new job in guangzhou on nov 1", "10-12"},
		{"shanghai job ended aug, startd at the new company in shenzhen on november 1st, scan on october 12 covered", "10-12"},
		{"上海的工作8月底离职 9月10月没交 11月1号在广州入职 10月12号做了核磁 能报吗", "10-12"},
		{"10月12号做了核磁共振，之前上海的工作8月底辞了，11月1号去广州上班", "10-12"},
		{"上海辞职后断了两个月 11月1号入职广州新公司 10月12号看病的钱能报吗", "10-12"},
	} {
		a := Analyze(c.in, today, nil, "")
		got := ""
		if a.Extracted.Treatment != nil {
			got = a.Extracted.Treatment.String()[5:] // the year is fix35a's (treatyear.go)
		}
		if got != c.want {
			t.Errorf("%q: treatment %q, want %q", c.in, got, c.want)
		}
	}
}
