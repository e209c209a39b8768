package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// TestPaidBack: audit round 6 readings (paidback.go). R7-M5: an employer's
// back-payment fills ArrearsPaid with its month (or ArrearsPaidSaid
// without one), one's own back-payment or resumption ends the gap; a
// back-payment asked for or refused is none. R7-M3: left a job and now
// paying oneself is employer-paid with reason left-job.
func TestPaidBack(t *testing.T) {
	today := rules.Date{Year: 2026, Month: time.December, Day: 7}
	m := func(y int, mo time.Month) string { return rules.Month{Year: y, Month: mo}.String() }
	cases := []struct {
		text               string
		payer              rules.Payer
		reason             rules.Reason
		arrearsPaid, ended string
		said               bool
	}{
		{"上海公司交医保，9月10月公司没交，11月公司把欠的都补上了", rules.PayerUnit, rules.ReasonArrears, m(2026, 11), "", false},
		{"上海，单位交的医保，去年11月开始单位没交，今年1月单位都补缴了", rules.PayerUnit, rules.ReasonArrears, m(2026, 1), "", false},
		{"公司欠了两个月，上个月单位补齐了", rules.PayerUnit, rules.ReasonArrears, m(2026, 11), "", false},
		{"公司欠了两个月，现在公司把欠的都补上了", rules.PayerUnit, rules.ReasonArrears, "", "", true},
		{"My Shanghai employer missed October and November, then paid everything back in November", rules.PayerUnit, rules.ReasonArrears, m(2026, 11), "", false},
		{"my employer owed 3 months and paid it all back last month", rules.PayerUnit, rules.ReasonArrears, m(2026, 11), "", false},
		// One's own back-payment is no resumption (audit round 7
		// re-check R7-M5‴): Extracted.PaidBack, readings18d_test.go.
		{"深圳，之前断了两个月，上个月已经补齐了", "", "", "", "", false},
		{"Zhejiang freelancer, 2 month gap, I resumed contributions last month", rules.PayerIndividual, "", "", m(2026, 11), false},
		{"Zhejiang, self-employed, missed 2 months, restarted paying in September", rules.PayerIndividual, "", "", m(2026, 9), false},
		// Asked for, refused or not yet: no back-payment.
		{"公司欠了3个月，我让公司补上", rules.PayerUnit, rules.ReasonArrears, "", "", false},
		{"公司欠了3个月，还没补", rules.PayerUnit, rules.ReasonArrears, "", "", false},
		{"my employer owes 3 months and has not paid them back", rules.PayerUnit, rules.ReasonArrears, "", "", false},
		// R7-M3.
		{"上海 离职两个月了 医保断了 想自己交", rules.PayerUnit, rules.ReasonLeftJob, "", "", false},
		{"Shanghai, I left my job in October, my company used to pay; I want to pay myself as a flexible worker now, gap 2 months", rules.PayerUnit, rules.ReasonLeftJob, "", "", false},
		{"我自己交的医保断了两个月", rules.PayerIndividual, "", "", "", false},
	}
	for _, c := range cases {
		e := Extract(c.text, today, nil, "")
		got := func(p *rules.Month) string {
			if p == nil {
				return ""
			}
			return p.String()
		}
		if e.Payer != c.payer || e.Reason != c.reason || got(e.ArrearsPaid) != c.arrearsPaid || got(e.Resumed) != c.ended ||
			e.ArrearsPaidSaid != c.said {
			t.Errorf("%q: payer=%s reason=%s arrears_paid=%s resumed=%s said=%v; want %s %s %s %s %v", c.text, e.Payer, e.Reason,
				got(e.ArrearsPaid), got(e.Resumed), e.ArrearsPaidSaid, c.payer, c.reason, c.arrearsPaid, c.ended, c.said)
		}
	}
}
