package dialog

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of the heldout10 readings in dialog (lang_h10p.go,
// route_h10p.go), none of them a sentence of any set.

// TestAskedLangGrammarH10p: a language asked for, or the other one not
// understood; a language only named is no request.
func TestAskedLangGrammarH10p(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"能讲普通话吗", "zh"},
		{"英文看不懂", "zh"},
		{"我看不太懂英语", "zh"},
		{"麻烦换成中文", "zh"},
		{"中文可以吗", "zh"},
		{"reply in mandarin please", "zh"},
		{"can you speak chinese", "zh"},
		{"可以用英文回答吗", "en"},
		{"i cant read chinese", "en"},
		{"switch to english", "en"},
		{"english please", "en"},
		{"我看不懂中文 用英文", "en"},
		// No request: a language named, or both asked for.
		{"我是中国人", ""},
		{"english teacher here, my company owes 3 months", ""},
		{"公司有英文名字", ""},
		{"中文英文都行", ""},
		{"im chinese please help, my company owes 2 months", ""},
		{"说中文 用英文", ""},
	} {
		got := ""
		if l, ok := askedLangGrammar(c.in); ok {
			got = string(l)
		}
		if got != c.want {
			t.Errorf("askedLangGrammar(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLangRequestReasksH10p: a request for a language while a question is
// open shows that question again in it, and is not "not sure".
func TestLangRequestReasksH10p(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ first, ask, lang string }{
		{"hi my company in guangzhou owes medical insurance", "能说中文吗 看不懂英文", "zh"},
		{"公司欠了我医保 深圳的", "english please, i dont read chinese", "en"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		asking := s.Asking
		if asking == "" {
			t.Fatalf("%q: no question asked", c.first)
		}
		s, _, events := m.Step(s, Input{Text: c.ask}, testNow)
		if string(s.Lang) != c.lang || s.Asking != asking {
			t.Errorf("%q then %q: lang %s asking %s; want %s, still %s", c.first, c.ask, s.Lang, s.Asking, c.lang, asking)
		}
		for _, e := range events {
			if e.Kind == EvSkipped {
				t.Errorf("%q: the request skipped %s", c.ask, e.Question)
			}
		}
	}
}

// TestRoutingH10p: a conditional is the question's topic; a narrowed
// keyword is not found inside a payment; both schemes named ask about
// switching; "penalty" is not only a late fee; a claim in doubt asks.
func TestRoutingH10p(t *testing.T) {
	kb := testKB(t)
	today := rules.DateOf(testNow)
	for _, c := range []struct{ in, want string }{
		{"In Shanghai, if the company falls behind on paying, when do benefits stop and when do they come back?", "shanghai-employer-gap"},
		{"In Shanghai, if my company gets behind on contributions, when are benefits stopped and when restored?", "shanghai-employer-gap"},
		{"Shanghai: if the employer is late with contributions, when do my benefits stop and restart?", "shanghai-employer-gap"},
		{"Can employee medical insurance be back-paid at any time, or only in some cases?", "can-employee-insurance-be-back-paid"},
		{"is employee medical insurance always allowed to be back-paid?", "can-employee-insurance-be-back-paid"},
		{"Can I move from the resident scheme to employee insurance and then back?", "switch-schemes"},
		{"What legal penalties can an employer get for not paying social insurance?", "unit-legal-consequences"},
		{"上海这边 如果公司欠缴医保 待遇啥时候停 补上以后啥时候恢复", "shanghai-employer-gap"},
		{"the boss says the company can't clear the arrears at once, can it pay them back in stages?", "unit-cannot-pay-at-once"},
		{"once the company pays, is my cover back on?", "coverage-restores-after-payment"},
		{"can I switch from resident insurance to employee insurance and back later?", "switch-schemes"},
		{"职工医保和居民医保能来回换吗", "switch-schemes"},
		{"what penalties do employers get for skipping contributions?", "unit-legal-consequences"},
		{"how much is the penalty per day if I pay late?", "late-fee"},
		{"听说居民医保连续交几年 大病报销额度能提高 是真是假", "continuous-enrolment-incentive"},
	} {
		r := Decide(kb, c.in, today, "", rules.Facts{})
		got := ""
		if len(r.FAQ) > 0 && (r.Kind == RouteFAQ || r.Kind == RouteBoth) {
			got = r.FAQ[0].FAQ.ID
		}
		if got != c.want {
			t.Errorf("Decide(%q) = %s %q, want %q", c.in, r.Kind, got, c.want)
		}
	}
	for _, c := range []struct {
		msg, question string
		want          bool
	}{
		{"单位拖欠医保费的话 税务局会怎么处理", "税务局会怎么处理", true},
		{"要是公司不交 能去哪告", "能去哪告", true},
		{"if my boss stops paying, what can I do", "what can i do", true},
		{"我在杭州上班 公司欠了三个月 能补吗", "能补吗", false},
		{"my employer owes 3 months, what can I do", "what can i do", false},
		{"whatif", "", false},
	} {
		if got := conditionalContext(c.msg, c.question); got != c.want {
			t.Errorf("conditionalContext(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}
