package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of heldout24's misreads, written for fix28a.
func TestRead28a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in     string
		reason rules.Reason
	}{
		// A job left, then a company joined: a job change.
		{"在杭州的工作辞了回苏州 进了一家新公司 医保断了两个月", rules.ReasonJobChange},
		{"深圳那边离职了 后来去了东莞一家厂 中间断了一个月医保", rules.ReasonJobChange},
		{"北京的工作不干了 回老家到了一家单位上班 医保停了两个月 怎么转", rules.ReasonJobChange},
		// No company joined after the leaving: still a job left.
		{"辞职了 还没找到工作 医保断了两个月 广州", rules.ReasonLeftJob},
		{"我离职了 去了一家公司面试还没结果 医保断了一个月 上海", rules.ReasonLeftJob},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != c.reason {
			t.Errorf("%s: reason %q, want %q", c.in, e.Reason, c.reason)
		}
	}
}
