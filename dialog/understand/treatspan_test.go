package understand

import (
	"testing"

	"bujiao/rules"
)

// TestTreatmentWeek: next week with no day of it is Monday to Sunday of
// next week; a day of the week named, or another day, is that day alone.
func TestTreatmentWeek(t *testing.T) {
	fri := rules.Date{Year: 2026, Month: 12, Day: 25} // a Friday
	sun := rules.Date{Year: 2026, Month: 12, Day: 27}
	mon := rules.Date{Year: 2026, Month: 12, Day: 28}
	for _, c := range []struct {
		text        string
		today       rules.Date
		from, until string // "" for no span
		day         string // the single day, when no span
	}{
		{"杭州 灵活就业 断了2个月 下周住院能报吗", fri, "2026-12-28", "2027-01-03", ""},
		{"下礼拜要做个小手术 能报吗", fri, "2026-12-28", "2027-01-03", ""},
		{"下个星期去医院开刀", fri, "2026-12-28", "2027-01-03", ""},
		{"surgery next week, covered?", fri, "2026-12-28", "2027-01-03", ""},
		{"下周住院", sun, "2026-12-28", "2027-01-03", ""},
		{"下周住院", mon, "2027-01-04", "2027-01-10", ""},
		{"下周三住院能报吗", fri, "", "", "2026-12-30"},
		{"下周五住院", fri, "", "", "2027-01-01"},
		{"明天住院", fri, "", "", "2026-12-26"},
	} {
		e := Extract(c.text, c.today, fakeRegions{}, "")
		got := func(d *rules.Date) string {
			if d == nil {
				return ""
			}
			return d.String()
		}
		if c.from != "" {
			if got(e.Treatment) != c.from || got(e.TreatmentUntil) != c.until {
				t.Errorf("%q on %s: %s–%s, want %s–%s", c.text, c.today, got(e.Treatment), got(e.TreatmentUntil), c.from, c.until)
			}
			continue
		}
		if got(e.Treatment) != c.day || e.TreatmentUntil != nil {
			t.Errorf("%q on %s: %s (until %s), want the day %s", c.text, c.today, got(e.Treatment), got(e.TreatmentUntil), c.day)
		}
	}
}

// TestTreatmentMonth: a month named for the treatment with no day of it is
// the span of that month (from today in this month); a month that dates
// something else, or a day named, is not.
func TestTreatmentMonth(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text        string
		from, until string // "" for no span
	}{
		{"2027年3月要做个手术 现在断着能报吗", "2027-03-01", "2027-03-31"},
		{"杭州 灵活就业 断了两个月 明年3月份开刀", "2027-03-01", "2027-03-31"},
		{"下个月要住院 医保断了三个月", "2027-01-01", "2027-01-31"},
		{"医保断了 12月要住院", "2026-12-07", "2026-12-31"},
		{"2月份准备生孩子", "2027-02-01", "2027-02-28"},
		{"hangzhou, missed 3 months, surgery next month, covered?", "2027-01-01", "2027-01-31"},
		{"my wife gives birth in march, is the hospital covered", "2027-03-01", "2027-03-31"},
		{"10月开始没交 下个月补上 住院能报吗", "", ""},
		{"10月开始没交医保 住院能报吗", "", ""},
		{"明年3月5号手术", "", ""},
		// The month after the treatment word, not a payment's month
		// (audit round 14 C5: read as November one run in three).
		{"moved from chengdu to wuhan, new employer started paying in november, surgery sometime in may 2027, covered?", "2027-05-01", "2027-05-31"},
		// "今年" elsewhere does not make the month this year's (audit
		// round 14, n32).
		{"上海 居民医保 今年断了一年 现在交 下个月住院能报吗", "2027-01-01", "2027-01-31"},
		{"今年没交医保 明年2月要生孩子", "2027-02-01", "2027-02-28"},
	} {
		e := Extract(c.text, dec7, fakeRegions{}, "")
		got := func(d *rules.Date) string {
			if d == nil {
				return ""
			}
			return d.String()
		}
		if got(e.TreatmentUntil) != c.until || (c.from != "" && got(e.Treatment) != c.from) {
			t.Errorf("%q: %s–%s, want %s–%s", c.text, got(e.Treatment), got(e.TreatmentUntil), c.from, c.until)
		}
	}
}
