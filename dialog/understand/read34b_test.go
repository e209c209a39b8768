package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 27 R27-M2: a gap planned ahead is dated after the current
// month (sibling wordings, not the audit's).
func TestPlannedGap34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in         string
		first, job string // "" = none
	}{
		{"杭州 现在单位正常交着 准备明年三月四月不上班 五月再入职", "2027-03", "2027-05"},
		{"上海在职 打算明年2月底辞职 休息两个月 5月入职新公司 明年3月要生孩子能报吗", "2027-03", "2027-05"},
		{"计划明年6月到7月都不工作 8月去新单位上班", "2027-06", "2027-08"},
		{"working in shanghai, i will quit at the end of march and start a new job in june. surgery on april 20 next year?", "2027-04", "2027-06"},
		{"im going to leave my job at the end of jan next year, new job from april", "2027-02", "2027-04"},
		{"准备明年1月底离职", "2027-02", ""},
		// Not plans ahead: a gap already begun, or no future word.
		{"上海 4月5月不上班 6月找了新工作", "", ""},
		{"I quit at the end of february and started a new job in may", "", ""},
	}
	for _, c := range cases {
		first, job, ok := PlannedGap34b(c.in, today)
		gotF, gotJ := "", ""
		if ok {
			gotF = first.String()
			if !job.IsZero() {
				gotJ = job.String()
			}
		}
		if gotF != c.first || gotJ != c.job {
			t.Errorf("%q: got %q %q, want %q %q", c.in, gotF, gotJ, c.first, c.job)
		}
	}
}
