package understand

import (
	"testing"

	"bujiao/rules"
)

// TestTreatmentDayNextToTreatment (audit round 13 n27): with two days in a
// message, the one written next to the treatment word is the treatment
// day; a payment's day, a benefit's end day, today's payment are not.
func TestTreatmentDayNextToTreatment(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct{ text, want string }{
		{"shanghai. my company stopped paying in october, they paid everything back on dec 3. can i see a doctor on jan 15?", "2027-01-15"},
		{"我在上海是灵活就业的嘛然后10月份开始就没交了现在想这个月接着交那我12月20号去医院能报吗还是要等", "2026-12-20"},
		{"unemployment benefit ended on nov 30, hospital dec 15?", "2026-12-15"},
		{"失业金领到11月30号 然后断了 12月20号住院能报吗", "2026-12-20"},
		{"温州 居民医保 每年都交了 一年没断过 今天把2027年的交了 明年1月3号住院能报吗", "2027-01-03"},
		{"公司12月3号补齐了 1月15号手术能报吗", "2027-01-15"},
		{"my boss paid on 2026-12-03, surgery on 2027-01-20 ok?", "2027-01-20"},
		// A list of days: the first, as before.
		{"嘉兴 失业金停了 不记得啥时候 12月9号和12月30号看病都能报吗", "2026-12-09"},
		{"jiaxing, doctor dec 9 and dec 30, covered?", "2026-12-09"},
		{"深圳 失业金已经领完了 12月14号 12月30号 两次看病能报吗", "2026-12-14"},
		// Told as done: this year's day.
		{"11月20号住院了 能报吗", "2026-11-20"},
		// One day: unchanged.
		{"杭州 断了3个月 12月28号住院能报吗", "2026-12-28"},
		{"hospital on the 15th of december, covered?", "2026-12-15"},
	}
	for _, c := range cases {
		e := Extract(c.text, dec7, nil, "")
		if e.Treatment == nil || e.Treatment.String() != c.want {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.want)
		}
	}
	// "没住院" is no treatment day.
	if e := Extract("12月20号没住院 只是问问", dec7, nil, ""); e.Treatment != nil {
		t.Errorf("没住院: treatment %v, want none", e.Treatment)
	}
}
