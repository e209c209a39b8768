package understand

import (
	"testing"

	"bujiao/rules"
)

var r22bToday = rules.Date{Year: 2026, Month: 11, Day: 25}

// 倒闭 with no word of proceedings is closed; a court, a liquidator or
// 破产 keep it bankrupt (heldout19 h19-gone-short-replies).
func TestClosedNotBankrupt22b(t *testing.T) {
	for _, c := range []struct {
		text string
		want rules.UnitStatus
	}{
		{"厂子倒闭了 欠了我四个月医保", rules.UnitClosed},
		{"店里倒闭了 社保两个月没交", rules.UnitClosed},
		{"單位倒閉了 醫保欠了三個月", rules.UnitClosed},
		{"厂子倒闭了 法院已经受理破产 欠了三个月医保", rules.UnitBankrupt},
		{"公司倒闭进入清算了 医保欠了五个月", rules.UnitBankrupt},
		{"厂子倒闭了 老板跑了 欠医保四个月", rules.UnitAbsconded},
	} {
		if e := Analyze(c.text, r22bToday, nil, "").Extracted; e.UnitStatus != c.want || e.Reason != rules.ReasonArrears {
			t.Errorf("%q: %s, want unit_status=%s with arrears", c.text, e, c.want)
		}
	}
}

// An employer gone told with "no job now": the job was with an employer
// that owes the months, never the resident scheme (heldout19
// h19-gone-en-closed-sz).
func TestGoneNoJobNow22b(t *testing.T) {
	for _, c := range []struct {
		text string
		want rules.UnitStatus
	}{
		{"The start-up I worked at closed, they owe me 4 months of insurance. I have no job now.", rules.UnitClosed},
		{"I was working for a small studio in Hangzhou, it folded and they never paid 3 months of my yibao. no job now", rules.UnitClosed},
		{"the design agency I worked at in Guangzhou closed down, they did not pay my medical insurance for 5 months, no job now", rules.UnitClosed},
		{"the hair salon where I worked in Chengdu shut down and the owner vanished, 2 months of insurance unpaid", rules.UnitAbsconded},
		{"our startup shut down and the founders vanished, 3 months of insurance unpaid, I have no job now", rules.UnitAbsconded},
	} {
		e := Analyze(c.text, r22bToday, nil, "").Extracted
		if e.UnitStatus != c.want || e.Scheme == rules.SchemeResident || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears {
			t.Errorf("%q: %s, want unit_status=%s with an employer's arrears", c.text, e, c.want)
		}
	}
}

// Months behind, money tight, Sichuan 莫 and 周专 typed for 周转: an
// employer's arrears (heldout19 h19-treat-en-arrears-nat,
// h19-arr-chengdu-sichuan, h19-arr-xiaoshan-typo).
func TestArrearsWords22b(t *testing.T) {
	for _, c := range []struct {
		text string
		want rules.UnitStatus // "" = any
	}{
		{"the company is two months behind with my social insurance, Shanghai", ""},
		{"our boss says money is tight so the insurance is 4 months in arrears", rules.UnitHardship},
		{"my employer is 3 months behind on medical insurance, cash is tight", rules.UnitHardship},
		{"老板喊社保先莫交了 已经三个月了 成都", ""},
		{"厂里资金周专不开 医保欠了三个月 杭州", rules.UnitHardship},
	} {
		e := Analyze(c.text, r22bToday, nil, "").Extracted
		if e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears || c.want != "" && e.UnitStatus != c.want {
			t.Errorf("%q: %s, want an employer's arrears (status %q)", c.text, e, c.want)
		}
	}
	// One's own payments behind are no employer's arrears.
	if e := Analyze("I am 3 months behind on my flexible employment payments in Shenzhen", r22bToday, nil, "").Extracted; e.Reason == rules.ReasonArrears {
		t.Errorf("own payments behind read as arrears: %s", e)
	}
}
