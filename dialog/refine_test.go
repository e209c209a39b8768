package dialog

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestAnswerKeyboard: at most three rows under a short answer: [Details]
// [👍][👎] / what can follow it / the last row, where Machine.LastRow adds
// its buttons (a reminder, a person); the late fee is offered only where
// there is one to work out.
func TestAnswerKeyboard(t *testing.T) {
	m := New(testKB(t))
	m.LastRow = func(_ *knowledge.Base, _ knowledge.Lang, _ rules.Facts) []Button {
		return []Button{{Label: "remind", Data: "c:help"}}
	}
	for _, c := range []struct {
		msg   string
		offer string
	}{
		{"上海灵活就业断缴8个月", "x:cost"},
		{"老板跑路了，公司欠了我半年医保，在宁波", "x:fee"},
		{"北京 退休了 缴费20年", ""},
	} {
		o := m.Turn(State{}, Input{Text: c.msg}, testNow)
		if !o.State.Answered {
			t.Fatalf("%q: no answer", c.msg)
		}
		bs := o.Replies[len(o.Replies)-1].Buttons
		if len(bs) != 3 {
			t.Fatalf("%q: %d rows under the answer, want 3: %v", c.msg, len(bs), bs)
		}
		if bs[0][0].Data != "x:details" || len(bs[0]) != 3 {
			t.Errorf("%q: first row %v, want details and the two feedback buttons", c.msg, bs[0])
		}
		var middle []string
		for _, b := range bs[1] {
			middle = append(middle, b.Data)
		}
		if c.offer != "" && !strings.Contains(strings.Join(middle, " "), c.offer) {
			t.Errorf("%q: middle row %v does not offer %s", c.msg, middle, c.offer)
		}
		if c.offer == "" && strings.Contains(strings.Join(middle, " "), "x:fee") {
			t.Errorf("%q: a late fee offered where there is none: %v", c.msg, middle)
		}
		last := bs[2]
		if last[len(last)-1].Label != "remind" {
			t.Errorf("%q: the last row %v lacks the hook's button", c.msg, last)
		}
	}
}

// TestRefineNeverGates: the arrears amount and due date are not asked
// before the first answer, and a refinement asked for and skipped leaves
// the answer as it was.
func TestRefineNeverGates(t *testing.T) {
	m := testMachine(t)
	s, replies, _ := m.Step(State{}, Input{Text: "公司欠缴了我3个月医保，在杭州上班，单位正常经营"}, testNow)
	if !s.Answered || s.Asking != "" {
		t.Fatalf("asked %q before the answer", s.Asking)
	}
	s, _, _ = m.Step(s, Input{Data: "x:fee"}, testNow)
	if s.Asking != rules.FieldArrears {
		t.Fatalf("the late fee asks %q, want arrears", s.Asking)
	}
	s, _, _ = m.Step(s, Input{Data: "p:arrears"}, testNow)
	if s.Asking != rules.FieldDueDate {
		t.Fatalf("after skipping the amount: asking %q, want due_date", s.Asking)
	}
	s, replies, _ = m.Step(s, Input{Data: "p:due_date"}, testNow)
	if !s.Answered || s.Asking != "" || len(s.Refine) != 0 {
		t.Fatalf("after skipping both: answered %v asking %q refine %v", s.Answered, s.Asking, s.Refine)
	}
	if !strings.Contains(replies[len(replies)-1].PlainText(), "杭州") {
		t.Errorf("the answer is not shown again: %q", replies[len(replies)-1].PlainText())
	}
	// A refinement cannot be started before an answer.
	fresh, replies, _ := m.Step(State{}, Input{Data: "x:fee"}, testNow)
	if fresh.Asking == rules.FieldArrears {
		t.Errorf("a late fee asked before any answer: %v", replies)
	}
}

// TestMoneyInText: an employer's arrears and due date read wherever they
// appear in a message, as people write them; nothing read without the
// unit's arrears.
func TestMoneyInText(t *testing.T) {
	m := testMachine(t)
	cases := []struct {
		msg, arrears, monthly, due string
	}{
		{"公司欠了我一万二的医保，应该4月15号交的，在杭州", "12000", "", "2026-04-15"},
		{"杭州公司欠缴医保3个月，每个月1200", "", "1200", ""},
		{"my company in Hangzhou owes 12000 yuan of medical insurance for 3 months", "12000", "", ""},
		{"my company in Hangzhou owes me 1200 a month, 3 months unpaid", "", "1200", ""},
		{"公司欠缴医保3个月 杭州", "", "", ""},
		{"my boss disappeared and the company owes 6 months of medical insurance, I work in Ningbo", "", "", ""},
		{"my company in Ningbo owes about 5k for 4 months", "5000", "", ""},
		{"上海灵活就业断缴8个月，每个月1200", "", "", ""},
	}
	for _, c := range cases {
		o := m.Turn(State{}, Input{Text: c.msg}, testNow)
		f := o.State.Facts
		str := func(p interface{ String() string }, nilp bool) string {
			if nilp {
				return ""
			}
			return p.String()
		}
		if got := str(f.Arrears, f.Arrears == nil); got != c.arrears {
			t.Errorf("%q: arrears %q, want %q", c.msg, got, c.arrears)
		}
		if got := str(f.ArrearsMonthly, f.ArrearsMonthly == nil); got != c.monthly {
			t.Errorf("%q: monthly %q, want %q", c.msg, got, c.monthly)
		}
		if got := str(f.DueDate, f.DueDate == nil); got != c.due {
			t.Errorf("%q: due %q, want %q", c.msg, got, c.due)
		}
	}
}

// FuzzMoneyInText: any message leaves a state that validates.
func FuzzMoneyInText(f *testing.F) {
	for _, s := range []string{"公司欠了我一万二的医保，应该4月15号交的", "每个月99999999999元", "owes 1e9 yuan", "欠了十万万万元",
		"应该13月45号交"} {
		f.Add(s)
	}
	m := testMachine(f)
	f.Fuzz(func(t *testing.T, s string) {
		st := State{V: StateVersion, Facts: rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking,
			Payer: rules.PayerUnit, Reason: rules.ReasonArrears}}
		o := m.Turn(st, Input{Text: s}, testNow)
		if err := rules.Validate(o.State.Facts); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
