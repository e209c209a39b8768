package understand

import (
	"testing"

	"bujiao/rules"
)

// TestLumpPaid38a: the lump back-payment's month, told next to "paid
// everything / in one go / 一次性补齐 / 全部补上", never the month the
// arrears began nor a treatment day (R29-W4).
func TestLumpPaid38a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ msg, paid, since string }{
		{"company in ningbo hasnt paid my insurance since august the tax office deadline passed and they finally paid everything in one go nov 20 i was in hospital sep 10 and have an appointment jan 5 who pays", "2026-11", "2026-08"},
		{"ningbo employer hasn't paid my medical insurance since august. nov 20 they paid it all in one go. hospital sep 10, covered?", "2026-11", "2026-08"},
		{"my company in ningbo stopped paying since aug, deadline passed, on november 20th they finally paid everything, i was in hospital on sep 10", "2026-11", "2026-08"},
		{"ningbo, employer didnt pay since august,they paid the arrears in one go in november,hospital sep 10", "2026-11", "2026-08"},
		{"ningbo company owes my insurance since august and paid evrything in one go on 20 nov. sep 10 hospital", "2026-11", "2026-08"},
		{"宁波公司从8月开始没交医保 过了期限 11月20号才一次性补齐 9月10号住院 1月5号有预约 谁来付", "2026-11", "2026-08"},
		{"宁波 单位8月起就欠缴医保，税务局的期限都过了，11月全部补上了，9月10日住院", "2026-11", "2026-08"},
		{"宁波公司从八月开始欠缴 十一月份才一次性补缴 九月十号住院", "2026-11", "2026-08"},
		{"宁波 公司从8月开始欠缴医保 税务催了也没交 11月才一次性补齐 10月15号住院", "2026-11", "2026-08"},
	} {
		a := Analyze(c.msg, today, nil, "")
		if a.ArrearsPaid == nil || a.ArrearsPaid.String() != c.paid {
			t.Errorf("%q: arrears_paid %v, want %s", c.msg, a.ArrearsPaid, c.paid)
		}
		if a.Gap == nil || a.Gap.Since == nil || a.Gap.Since.String() != c.since {
			t.Errorf("%q: gap %+v, want since %s", c.msg, a.Gap, c.since)
		}
	}
}

// TestPaidAfterDeadline38a: a back-payment told as after the tax office's
// deadline; within it, or no back-payment, is not.
func TestPaidAfterDeadline38a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"company in ningbo hasnt paid my insurance since august the tax office deadline passed and they finally paid everything in one go nov 20", true},
		{"ningbo employer owed since august, they missed the tax deadline and paid it all in one go in november", true},
		{"宁波公司从8月开始没交医保 过了期限 11月20号才一次性补齐", true},
		{"宁波 单位8月起欠缴 逾期了 11月才全部补上", true},
		{"宁波公司8月开始欠缴医保 税务局的期限早过了 十一月一次性补缴了", true},
		{"ningbo employer owed since august and paid it all back in november within the deadline", false},
		{"ningbo employer hasnt paid since august, the deadline passed", false},
	} {
		if got := PaidAfterDeadline(c.msg, today); got != c.want {
			t.Errorf("%q: %v, want %v", c.msg, got, c.want)
		}
	}
}
