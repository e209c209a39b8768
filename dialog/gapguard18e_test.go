package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestStatedGapKept is the guard of audit round 8 re-check R10-W1: over
// the dialog engine, a later message that does not explicitly correct the
// gap never turns an answer with a non-zero gap into one with no gap. A
// bare month after the answer is the month paying resumed.
func TestStatedGapKept(t *testing.T) {
	m := testMachine(t)
	firsts := []string{
		"杭州灵活就业 断了4个月 明年1月20号看病能报吗",
		"hangzhou freelancer, 4 month gap, hospital jan 20?",
		"shanghai freelancer, 3 month gap, hospital jan 20?",
		"上海灵活就业 断缴3个月",
		"广州 职工医保 单位交的 公司欠了两个月 公司正常经营",
		"深圳辞职去了北京 断了4个月 新单位12月给我上的保险 明年6月28号手术能报吗\n4个月",
		"从上海换到杭州上班 中间断了5个月 这个月新单位开始交 明年1月10号看病能报吗\n5个月",
		"im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me in december. surgery june 28 next year?\nyes",
		"成都灵活就业 从8月开始没交",
		"flexible worker in Wuhan, missed payments since September",
	}
	followUps := []string{"this month", "这个月", "since this month", "本月", "这月", "they started paying this month",
		"这个月开始交了", "新单位这个月开始交", "从这个月开始", "this month?", "0", "0个月", "no gap", "没断",
		"since December", "12月", "12月开始", "since this month i pay", "这个月起", "it's this month", "今天", "today",
		"这个月交的", "now", "现在", "yes", "对", "ok", "since October", "从10月开始", "10月", "since september"}
	cur := testNow.UTC()
	month := rules.Month{Year: cur.Year(), Month: cur.Month()}
	gapOf := func(f rules.Facts) int {
		switch {
		case f.GapMonths != nil:
			return *f.GapMonths
		case f.Since != nil:
			return month.Since(*f.Since)
		}
		return 0
	}
	for _, first := range firsts {
		var s State
		for _, msg := range splitLines(first) {
			s, _, _ = m.Step(s, Input{Text: msg}, testNow)
		}
		if !s.Answered || gapOf(s.Facts) <= 0 {
			t.Fatalf("%q: answered %v with gap %d; the guard needs an answer with a gap", first, s.Answered, gapOf(s.Facts))
		}
		for _, fu := range followUps {
			after, _, _ := m.Step(s, Input{Text: fu}, testNow)
			if g := gapOf(after.Facts); g <= 0 {
				t.Errorf("%q then %q: the gap of %d months became %d", first, fu, gapOf(s.Facts), g)
			}
			if g := gapOf(after.Facts); g < gapOf(s.Facts) {
				// A shorter gap only on the person's yes.
				t.Errorf("%q then %q: the gap of %d months became %d without a yes", first, fu, gapOf(s.Facts), g)
			}
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// TestUnitPaidGap: a new employer's back-payment of the months between
// jobs is the month paying resumed (43号 ①), never an employer's arrears
// with a deadline to pay what is paid (R7-M5⁗).
func TestUnitPaidGap(t *testing.T) {
	m := testMachine(t)
	var s State
	s, _, _ = m.Step(s, Input{Text: "从东莞到深圳换工作 断了2个月 新单位上个月把那俩月补缴了 12月20号住院能报吗"}, testNow)
	f := s.Facts
	if f.GapEnded == nil || f.GapEnded.String() != "2026-10" || f.ArrearsPaid != nil {
		t.Errorf("gap ended %v arrears paid %v; want 2026-10 (last month at testNow) and none", f.GapEnded, f.ArrearsPaid)
	}
}

// TestMonthAnswerNotGuarded: a month typed to a question that asks for one
// (the last month of a benefit) answers it; the guard does not turn it
// into a resumption or a gap to confirm.
func TestMonthAnswerNotGuarded(t *testing.T) {
	m := testMachine(t)
	var s State
	s, _, _ = m.Step(s, Input{Text: "杭州 职工医保 失业金领完了 断了3个月"}, testNow)
	if s.Asking != rules.FieldBenefitEnded {
		t.Skipf("asking %q, not the benefit's last month", s.Asking)
	}
	s, _, _ = m.Step(s, Input{Text: "8月"}, testNow)
	if s.Facts.BenefitEnded == nil || s.Facts.BenefitEnded.String() != "2026-08" || s.Facts.GapEnded != nil || s.ConfirmGap != 0 {
		t.Errorf("8月 to the benefit question: benefit ended %v, gap ended %v, confirm %d", s.Facts.BenefitEnded, s.Facts.GapEnded, s.ConfirmGap)
	}
}
