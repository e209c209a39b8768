package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 7 readings: paying again after an ended benefit (R9-W1),
// new-employer and back-payment wordings (R7-M5″), typed "skip" (n1″).
func TestReadings18c(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text    string
		ended   bool   // the gap is over
		resumed string // month paying resumed, "" none
	}{
		{"杭州，失业金领到9月，后来自己又在交了，不记得哪个月开始的，12月20号看病能报吗", true, ""},
		{"广州换工作到深圳 断了两个月 现在新单位在交了", true, ""},
		{"moved from Shenzhen to Hangzhou for a new job, 1 month without insurance, new employer pays since November", true, "2026-11"},
		// Paid back, not resumed (audit round 7 re-check R7-M5‴):
		// Extracted.PaidBack, readings18d_test.go.
		{"Zhejiang freelancer, 2 months unpaid, I already paid the missed months back last month", false, ""},
		{"杭州灵活就业 断了两个月 上个月已经全部补齐了", false, ""},
		// Not over: wants to, or only the old employer.
		{"从杭州换工作到上海了，中间断了2个月，想让新单位交", false, ""},
		{"断了两个月 现在想又在交", false, ""},
	}
	for _, c := range cases {
		e := Extract(c.text, dec, fakeRegions{}, "")
		got := ""
		if e.Resumed != nil {
			got = e.Resumed.String()
		}
		if c.ended && !e.GapEnded && e.Resumed == nil {
			t.Errorf("%q: the gap's end is not read", c.text)
		}
		if !c.ended && c.resumed == "" && (e.GapEnded || e.Resumed != nil) {
			t.Errorf("%q: read as paying again", c.text)
		}
		if c.resumed != "" && got != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.text, got, c.resumed)
		}
	}
	for _, s := range []string{"skip", "Skip", "跳过"} {
		if a := Analyze(s, dec, fakeRegions{}, rules.FieldGapEnded); !a.DontKnowOnly {
			t.Errorf("%q at a question: not the skip button", s)
		}
	}
}
