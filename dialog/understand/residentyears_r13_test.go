package understand

import (
	"testing"

	"bujiao/rules"
)

// TestNeverMissedYear (audit round 13 R13-M2, n31): a resident who never
// missed a year has 0 broken years — not one ("a year", "一年"), and not
// asked again; a break told beside it is kept. The day a payment was made
// ("今天把2027年的交了") is not the treatment day.
func TestNeverMissedYear(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text  string
		gap   int // months; -1 none read
		treat string
	}{
		{"wenzhou resident insurance, never missed a year, just paid the 2027 premium today, hospital jan 3 2027 ok?", 0, "2027-01-03"},
		{"温州 居民医保 每年都交了 一年没断过 今天把2027年的交了 明年1月3号住院能报吗", 0, "2027-01-03"},
		{"hangzhou resident insurance, paid every single year, paid 2027 already last week, clinic jan 4 ok?", 0, "2027-01-04"},
		{"宁波 居民医保 连续交了5年没断 2027年的也交了 1月4号看病能报吗", 0, "2027-01-04"},
		{"ningbo resident insurance, no break ever, paid for 2027 yesterday, hospital jan 2?", 0, "2027-01-02"},
		{"杭州 城乡居民医保 年年都交 1月5号看病能报吗", 0, "2027-01-05"},
		// A break told beside it is kept.
		{"上海 城乡居民医保 断了两年 之前每年都交了 明年2月10号看病能报吗", 24, "2027-02-10"},
		{"resident insurance, paid every year until i missed last year, hospital jan 5?", 12, "2027-01-05"},
		// The employee scheme: "一年没断过" is no 12-month gap either.
		{"杭州 灵活就业 一年没断过 1月5号看病能报吗", 0, "2027-01-05"},
		{"hangzhou freelancer, never missed a month in a year, doctor jan 5?", 0, "2027-01-05"},
		// A reason told: its gap is asked or read, not overridden.
		{"公司欠了3个月 之前一年没断过 1月5号看病能报吗", 3, "2027-01-05"},
	}
	for _, c := range cases {
		e := Extract(c.text, dec7, nil, "")
		got := -1
		if e.Gap != nil {
			got = e.Gap.Months
			if e.Gap.Since != nil {
				got = dec7.MonthOf().Since(*e.Gap.Since)
			}
		}
		if got != c.gap {
			t.Errorf("%q: gap %d months, want %d", c.text, got, c.gap)
		}
		if e.Treatment == nil || e.Treatment.String() != c.treat {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.treat)
		}
	}
}
