package understand

import (
	"testing"

	"bujiao/rules"
)

// TestTreatmentToldAsGoing: a hospital visit told as going there is the
// treatment day ("下周三去医院能报吗" recorded no day, so the answer judged
// none).
func TestTreatmentToldAsGoing(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text string
		want rules.Date
	}{
		{"深圳 公司老板跑路了 两个月没交医保 下周三去医院能报吗", rules.Date{Year: 2026, Month: 12, Day: 16}},
		{"断了3个月 杭州 12月28号要上医院 能报不", rules.Date{Year: 2026, Month: 12, Day: 28}},
		{"广州 公司欠两个月医保 下礼拜五去看医生", rules.Date{Year: 2026, Month: 12, Day: 18}},
		{"上海断缴4个月 明年1月5号看门诊", rules.Date{Year: 2027, Month: 1, Day: 5}},
	}
	for _, c := range cases {
		e := Analyze(c.text, today, fakeRegions{}, "").Extracted
		if e.Treatment == nil || *e.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.text, e.Treatment, c.want)
		}
	}
}
