package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// Heldout16 part a, in the conversation: "not sure" at the scheme question
// leads on (dunno_h16a.go), brand names are no places, and an FAQ entry
// about another person's matter is not the first reply (route_h16a.go).

func TestSchemeNotSureLeadsOnH16a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		lang, first, dunno string
	}{
		{"zh", "医保断了三个月 在广州", "不知道"},
		{"zh", "在成都 医保停了五个月了", "不清楚"},
		{"zh", "杭州的 医保断了半年", "不晓得"},
		{"en", "my insurance lapsed 4 months, Shenzhen", "not sure"},
		{"en", "Wuhan here, medical insurance stopped 6 months ago", "no idea"},
		{"en", "insurance not paid for 2 months in Ningbo", "dont know"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: "/start", LangHint: c.lang}, testNow)
		s, _, _ = m.Step(s, Input{Text: c.first, LangHint: c.lang}, testNow)
		if s.Asking != rules.FieldScheme {
			t.Fatalf("%q: asking %q, want the scheme", c.first, s.Asking)
		}
		asked := 1
		for i := 0; i < 3 && s.Asking == rules.FieldScheme; i++ {
			var evs []Event
			s, _, evs = m.Step(s, Input{Text: c.dunno}, testNow)
			for _, e := range evs {
				if e.Kind == EvAsked && e.Question == string(rules.FieldScheme) {
					asked++
				}
			}
		}
		if asked > 2 || s.Facts.Scheme != rules.SchemeEmployee {
			t.Errorf("%q then %q: scheme asked %d times, scheme %q; want at most twice, then the employee scheme said", c.first, c.dunno, asked, s.Facts.Scheme)
		}
	}
}

func TestSchemeImpliedH16a(t *testing.T) {
	yes := true
	cases := []struct {
		f    rules.Facts
		want rules.Scheme
	}{
		{rules.Facts{Payer: rules.PayerUnit}, rules.SchemeEmployee},
		{rules.Facts{Reason: rules.ReasonArrears}, rules.SchemeEmployee},
		{rules.Facts{UnitStatus: rules.UnitAbsconded}, rules.SchemeEmployee},
		{rules.Facts{Retirement: rules.RetirementAtAge}, rules.SchemeEmployee},
		{rules.Facts{Student: &yes}, rules.SchemeResident},
		{rules.Facts{Newborn: &yes}, rules.SchemeResident},
		{rules.Facts{Region: "shanghai"}, ""},
	}
	for _, c := range cases {
		if got := schemeImplied(c.f); got != c.want {
			t.Errorf("%+v: %q, want %q", c.f, got, c.want)
		}
	}
}

func TestFirstEnrolmentPayerNotSureH16a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, first, scheme, dunno string }{
		{"zh", "在长沙 第一次参保 以前从来没缴过医保", "职工医保", "不知道"},
		{"en", "first time enrolling in Chengdu, never had medical insurance", "employee scheme", "not sure"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: "/start", LangHint: c.lang}, testNow)
		s, _, _ = m.Step(s, Input{Text: c.first, LangHint: c.lang}, testNow)
		for i := 0; i < 6 && s.Asking != "" && s.Asking != rules.FieldPayer; i++ {
			reply := c.dunno
			if s.Asking == rules.FieldScheme {
				reply = c.scheme
			}
			s, _, _ = m.Step(s, Input{Text: reply}, testNow)
		}
		for i := 0; i < 3 && s.Asking == rules.FieldPayer; i++ {
			s, _, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		}
		if s.Facts.Payer != rules.PayerIndividual || s.Asking == rules.FieldPayer {
			t.Errorf("%q: payer %q, asking %q; want paying oneself taken after the second not sure", c.first, s.Facts.Payer, s.Asking)
		}
	}
}

func TestPlaceBrandsH16a(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct{ text, want string }{
		{"在上海京东仓库上班 公司两个月没交医保", "shanghai"},
		{"苏宁上海门店的 公司欠了三个月医保", "shanghai"},
		{"杭州的京东方工厂 医保断了两个月", "zhejiang"},
		{"我在广州做京东配送 断了4个月", "guangdong"},
		{"深圳 浙商银行外包 单位欠缴医保", "guangdong"},
		{"京东快递员 上海浦东 公司欠医保", "shanghai"},
	} {
		if a := understand.Analyze(c.text, today, kb, ""); a.Region != c.want {
			t.Errorf("%q: region %q, want %q", c.text, a.Region, c.want)
		}
	}
}

func TestFAQForOtherMatterH16a(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct{ text, not string }{
		{"we had twins in Shenzhen 10 days ago, how to enroll them in medical insurance", "unit-not-registered"},
		{"we had a baby in Hangzhou last week, how do we register her for insurance", "unit-not-registered"},
		{"公司欠了医保3个月 我1月5号要住院生孩子 能报吗", "newborn-enrolment"},
		{"深圳单位欠缴医保两个月 老婆下个月剖腹产 能走医保吗", "newborn-enrolment"},
		{"I deliver food for an app in Shanghai, never had medical insurance. First time, how do I sign up?", "newborn-enrolment"},
		{"开网约车的 在广州 从来没买过医保 第一次怎么参保", "newborn-enrolment"},
	} {
		a := understand.Analyze(c.text, today, kb, "")
		for _, m := range searchFAQ(kb, c.text, a, rules.Facts{}) {
			if m.FAQ.ID == c.not {
				t.Errorf("%q: %s offered, about another matter", c.text, c.not)
			}
		}
	}
}
