package understand

import (
	"testing"

	"bujiao/rules"
)

// Heldout8 kinds: a span of months before "冇交过" is a gap, not never
// insured; a bureau's text that a benefit was paid out or an employer paid
// the arrears in full.
func TestReadings17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text         string
		first        bool
		benefitEnded string // month, "" none
		arrearsPaid  string // month, "" none
	}{
		{"社保成五个月冇交过", false, "", ""},
		{"医保半年都没缴过了", false, "", ""},
		{"一直冇交过社保", true, "", ""},
		{"从来没买过医保", true, "", ""},
		{"您的失业保险金已于2026年9月发放完毕，失业保险金领取期满。", false, "2026-09", ""},
		{"失业金7月份最后一个月领完", false, "2026-07", ""},
		{"失业金十月份就领完了", false, "2026-10", ""},
		{"unemployment benefit ran out in October", false, "2026-10", ""},
		{"【嘉兴医保】您所在单位已于2026年10月足额补缴此前欠缴的职工医保费，待遇已恢复。", false, "", "2026-10"},
		{"公司11月已补缴了欠的医保", false, "", "2026-11"},
		{"my employer paid in full in November", false, "", "2026-11"},
		{"单位欠缴了3个月 要补缴吗", false, "", ""},
	}
	for _, c := range cases {
		e := Extract(c.text, dec, fakeRegions{}, "")
		if e.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v, want %v", c.text, e.FirstEnrolment, c.first)
		}
		got := ""
		if e.BenefitEnded != nil {
			got = e.BenefitEnded.String()
		}
		if got != c.benefitEnded {
			t.Errorf("%q: benefit ended %q, want %q", c.text, got, c.benefitEnded)
		}
		got = ""
		if e.ArrearsPaid != nil {
			got = e.ArrearsPaid.String()
		}
		if got != c.arrearsPaid {
			t.Errorf("%q: arrears paid %q, want %q", c.text, got, c.arrearsPaid)
		}
	}
}
