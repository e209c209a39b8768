package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestReadingsR15: audit round 15. "since <month> i pay it myself" is the
// month paying resumed, never an ended benefit's last month (R15-M1);
// "下个月再缴" / "will pay again next month" is a planned payment next
// month (R15-M2).
func TestReadingsR15(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want, not string }{
		{"ningbo, unemployment benefit ended, dont know when, since september i pay it myself as flexible worker", "", "benefit-ended=2026-09"},
		{"unemployment benefit ended, from october i pay myself", "", "benefit-ended=2026-10"},
		{"unemployment benefit paid until october", "benefit-ended=2026-10", ""},
		{"杭州 灵活就业 9月开始没缴 下个月再缴 2月10号手术能报吗", "pay_date=2027-01-01", ""},
		{"温州 灵活就业 10月断的 下个月开始自己缴", "pay_date=2027-01-01", ""},
		{"ningbo freelancer, gap since october, will pay again next month", "pay_date=2027-01-01", ""},
		{"下个月住院 断了三个月", "", "pay_date="},
	} {
		got := render(Extract(c.text, dec7, fakeRegions{}, ""))
		if c.want != "" && !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: %s; want %q, not %q", c.text, got, c.want, c.not)
		}
	}
}
