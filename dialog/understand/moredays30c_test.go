package understand

import (
	"slices"
	"testing"
)

// R24-M3 siblings (fix30c): several treatment days in one message, and a
// follow-up naming one more.
func TestTreatmentDays30c(t *testing.T) {
	for in, want := range map[string][]string{
		"杭州 单位7月起没缴 我7月2号看了急诊 8月15号又做了个手术 都能报吗":                                        {"07-02", "08-15"},
		"i saw a doctor on march 4 and then had surgery on april 9, are both covered?": {"03-04", "04-09"},
		"5月10号拍了片 6月1号复查 哪次能报":                                                         {"05-10", "06-01"},
		"had the ER on 12 october and a follow-up on 2 november":                       {"10-12", "11-02"},
		// One day only, or the other day is a payment or leaving day.
		"9月20号住院能报吗":                                                        nil,
		"公司缴到8月31号 我9月20号住院能报吗":                                             nil,
		"i quit on july 31 and went to hospital aug 20":                     nil,
		"they paid everything back on nov 3. can i see a doctor on dec 15?": nil,
		"my boss settled the arrears on oct 2, i was in hospital oct 20":    nil,
	} {
		var got []string
		for _, d := range TreatmentDays30c(in) {
			got = append(got, d.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: days %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"那8月15号那次呢":                "08-15",
		"and the april 9 surgery?": "04-09",
		"what about june 1?":       "06-01",
		"还有6月1号的复查呢":               "06-01",
	} {
		d, ok := FollowUpDay30c(in)
		if !ok || d.String() != want {
			t.Errorf("%q: follow-up day %v %v, want %s", in, d, ok, want)
		}
	}
	for _, in := range []string{"8月15号", "我想问一下如果我在8月15号之前把欠的都缴了 能不能报销住院的钱 还有别的办法吗 谢谢你们", "那8月15号缴的呢"} {
		if d, ok := FollowUpDay30c(in); ok {
			t.Errorf("%q: read as a follow-up day %v", in, d)
		}
	}
}
