package dialog

import (
	"slices"
	"strings"
	"testing"

	"bujiao/rules"
)

// steps runs inputs from a new chat and returns the state and the last
// turn's replies.
func steps(t *testing.T, m *Machine, ins ...Input) (State, []Reply) {
	t.Helper()
	var (
		s State
		r []Reply
	)
	for i, in := range ins {
		if in.LangHint == "" {
			in.LangHint = "zh-CN"
		}
		s, r, _ = graphStep(t, m, s, in, "input "+itoa(i+1))
	}
	return s, r
}

func hasButton(r []Reply, data string) bool {
	return slices.ContainsFunc(allButtons(r), func(b Button) bool { return b.Data == data })
}

// One press on a question asked with its follow-up answers both; one step
// back undoes it and shows the two in one again.
func TestMergedQuestionOnePressOneBack(t *testing.T) {
	m := testMachine(t)
	s, r := steps(t, m, Input{Text: "/start"})
	if s.Asking != rules.FieldScheme || !hasButton(r, "s:retirement:retired") || !hasButton(r, "s:scheme:resident") ||
		hasButton(r, "s:scheme:employee") {
		t.Fatalf("the first question does not offer scheme and status together: %v", allButtons(r))
	}
	s, r = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:retired"})
	if s.Facts.Scheme != rules.SchemeEmployee || s.Facts.Retirement != rules.RetirementRetired {
		t.Errorf("after 职工医保·已退休: scheme %q retirement %q", s.Facts.Scheme, s.Facts.Retirement)
	}
	if len(s.History) != 1 {
		t.Errorf("one press left %d steps to undo, want 1", len(s.History))
	}
	if s.Asking != rules.FieldRegion {
		t.Errorf("after 职工医保·已退休 asking %q, want the region", s.Asking)
	}
	s, r = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:retired"}, Input{Text: "/back"})
	if s.Facts != (rules.Facts{}) || s.Asking != rules.FieldScheme || !hasButton(r, "s:retirement:working") {
		t.Errorf("back after one press: facts %+v asking %q buttons %v", s.Facts, s.Asking, allButtons(r))
	}
	// /summary shows both answers after the one press.
	_, r = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"}, Input{Text: "/summary"})
	if txt := r[0].PlainText(); !strings.Contains(txt, "职工医保") || !strings.Contains(txt, "在职") {
		t.Errorf("summary after 职工医保·在职: %q", txt)
	}
}

// The follow-up's options fill nothing the person did not say: drawing
// unemployment benefit says nothing of who paid, so the payer stays
// unanswered (and no longer matters); an employer's arrears say the
// employer paid.
func TestMergedQuestionFillsOnlyWhatWasSaid(t *testing.T) {
	m := testMachine(t)
	s, r := steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"})
	if s.Asking != rules.FieldPayer || !hasButton(r, "s:reason:arrears") || !hasButton(r, "s:payer:individual") ||
		hasButton(r, "s:payer:unit") {
		t.Fatalf("the payer is not asked with the reason: asking %q, %v", s.Asking, allButtons(r))
	}
	s, _ = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"}, Input{Data: "s:reason:unemployment-benefit"})
	if s.Facts.Payer != "" || s.Facts.Reason != rules.ReasonUnemployment {
		t.Errorf("unemployment benefit: payer %q reason %q, want no payer", s.Facts.Payer, s.Facts.Reason)
	}
	s, _ = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"}, Input{Data: "s:reason:arrears"})
	if s.Facts.Payer != rules.PayerUnit || s.Facts.Reason != rules.ReasonArrears || s.Asking != rules.FieldGap {
		t.Errorf("arrears: payer %q reason %q asking %q", s.Facts.Payer, s.Facts.Reason, s.Asking)
	}
	s, _ = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"}, Input{Data: "s:payer:individual"})
	if s.Facts.Payer != rules.PayerIndividual || s.Facts.Reason != "" || s.Asking != rules.FieldGap {
		t.Errorf("paid oneself: payer %q reason %q asking %q", s.Facts.Payer, s.Facts.Reason, s.Asking)
	}
	// A first enrolment has no reason for a gap: who pays is asked alone.
	s, r = steps(t, m, Input{Text: "/start"}, Input{Text: "第一次参保，职工医保，在职"})
	if s.Facts.FirstEnrolment == nil || !*s.Facts.FirstEnrolment {
		t.Skipf("not read as a first enrolment: %+v", s.Facts)
	}
	if s.Asking == rules.FieldPayer && (hasButton(r, "s:reason:arrears") || !hasButton(r, "s:payer:unit")) {
		t.Errorf("a first enrolment is asked the reason for a gap: %v", allButtons(r))
	}
}

// A resident is asked whether it is a newborn and, if not, the years
// without cover, in one question; typed years answer it too.
func TestMergedNewbornYears(t *testing.T) {
	m := testMachine(t)
	s, r := steps(t, m, Input{Text: "/start"}, Input{Data: "s:scheme:resident"})
	if s.Asking != rules.FieldNewborn || !hasButton(r, "s:newborn:y") || !hasButton(r, "s:broken_years:0") ||
		hasButton(r, "s:newborn:n") {
		t.Fatalf("newborn and years not asked together: asking %q, %v", s.Asking, allButtons(r))
	}
	for _, in := range []Input{{Data: "s:broken_years:2"}, {Text: "2"}, {Text: "断了两年"}} {
		s, _ = steps(t, m, Input{Text: "/start"}, Input{Data: "s:scheme:resident"}, in)
		if s.Facts.BrokenYears == nil || *s.Facts.BrokenYears != 2 || s.Facts.Newborn == nil || *s.Facts.Newborn {
			t.Errorf("%+v: broken years %v newborn %v, want 2 and no newborn", in, s.Facts.BrokenYears, s.Facts.Newborn)
		}
	}
	s, _ = steps(t, m, Input{Text: "/start"}, Input{Data: "s:scheme:resident"}, Input{Data: "s:newborn:y"})
	if s.Facts.Newborn == nil || !*s.Facts.Newborn || s.Facts.BrokenYears != nil {
		t.Errorf("newborn: newborn %v broken years %v", s.Facts.Newborn, s.Facts.BrokenYears)
	}
	// "不是" answers the newborn part; the years are then asked alone.
	s, r = steps(t, m, Input{Text: "/start"}, Input{Data: "s:scheme:resident"}, Input{Text: "不是"})
	if s.Facts.Newborn == nil || *s.Facts.Newborn || s.Asking != rules.FieldBrokenYears || hasButton(r, "s:newborn:y") {
		t.Errorf("不是: newborn %v asking %q buttons %v", s.Facts.Newborn, s.Asking, allButtons(r))
	}
}

// Changing the scheme after the answer, from the resident scheme: the
// employee options say the status too, and replace the scheme.
func TestMergedQuestionOnChange(t *testing.T) {
	m := testMachine(t)
	ins := []Input{{Text: "/start"}, {Data: "s:scheme:resident"}, {Data: "s:newborn:y"}, {Data: "s:region:shanghai"}}
	s, _ := steps(t, m, ins...)
	if !s.Answered {
		t.Fatalf("no answer for a newborn in Shanghai (asking %q)", s.Asking)
	}
	s, r := steps(t, m, append(ins, Input{Data: "e:scheme"})...)
	if !hasButton(r, "s:retirement:retired") || !hasButton(r, "s:scheme:resident") {
		t.Fatalf("changing the scheme: %v", allButtons(r))
	}
	s, _ = steps(t, m, append(ins, Input{Data: "e:scheme"}, Input{Data: "s:retirement:retired"})...)
	if s.Facts.Scheme != rules.SchemeEmployee || s.Facts.Retirement != rules.RetirementRetired || !s.Answered {
		t.Errorf("changed to 职工医保·已退休: scheme %q retirement %q answered %v (asking %q)", s.Facts.Scheme,
			s.Facts.Retirement, s.Answered, s.Asking)
	}
	// With the status given, the scheme is asked alone.
	s, r = steps(t, m, Input{Text: "/start"}, Input{Data: "s:retirement:working"}, Input{Data: "s:payer:individual"},
		Input{Data: "s:gap:3"}, Input{Data: "s:region:shanghai"}, Input{Data: "e:scheme"})
	if s.Asking != rules.FieldScheme || !hasButton(r, "s:scheme:employee") || hasButton(r, "s:retirement:working") {
		t.Errorf("changing the scheme of a working employee: asking %q %v", s.Asking, allButtons(r))
	}
}

// Every question asked with its follow-up has its texts in both languages.
func TestMergedQuestionTexts(t *testing.T) {
	kb := testKB(t)
	for f, then := range merges {
		keys := []string{"d.q2." + string(f), "d.hint2." + string(f)}
		td, _ := rules.FactByField(then)
		if td.Kind == rules.KindEnum {
			for _, v := range td.Values {
				keys = append(keys, "d.v."+string(then)+"."+v)
			}
		}
		for _, k := range keys {
			if !kb.HasMsg(k) {
				t.Errorf("no message %s", k)
			}
		}
	}
}
