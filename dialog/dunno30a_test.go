package dialog

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestDontKnowNeverLoops30a: at every question the engine asks, "不知道"
// (zh) or "not sure" (en) twice reaches a case answer or a clearly
// different next step (the outcome under each possibility with 12393, or
// the next question) within those two answers: the question is never put
// a third time, and a third "not sure" does not put it either.
func TestDontKnowNeverLoops30a(t *testing.T) {
	m := testMachine(t)
	kb := m.Knowledge()
	for _, c := range []struct {
		field  rules.Field
		lang   knowledge.Lang
		lines  string // '|' between messages, before the question on screen
		dunnos []string
	}{
		{rules.FieldScheme, knowledge.Zh, "我从上海搬到杭州了 医保断了", []string{"不知道", "不知道"}},
		{rules.FieldScheme, knowledge.En, "i moved from shanghai to hangzhou and my insurance stopped", []string{"not sure", "not sure"}},
		{rules.FieldRetirement, knowledge.Zh, "我从上海搬到杭州了 医保断了|职工医保", []string{"不知道", "不知道"}},
		{rules.FieldPayer, knowledge.Zh, "我从上海搬到杭州了 医保断了|职工医保|没退休", []string{"不知道", "不知道"}},
		{rules.FieldPayer, knowledge.En, "hangzhou employee insurance, it stopped|still working", []string{"not sure", "not sure"}},
		{rules.FieldPayer, knowledge.Zh, "杭州 职工医保 断了|没退休", []string{"母鸡", "布吉岛"}},
		{rules.FieldGap, knowledge.Zh, "上家公司最后两个月没给交，后来自己交了，杭州的", []string{"不知道", "不知道"}},
		{rules.FieldGap, knowledge.En, "hangzhou, my last company skipped the last 2 months before i left", []string{"not sure", "not sure"}},
		{rules.FieldGap, knowledge.Zh, "杭州 离职了 医保断了", []string{"不晓得", "唔知道"}},
		{rules.FieldGap, knowledge.En, "hangzhou, i quit my job, insurance stopped", []string{"idk bro", "dunno"}},
		{rules.FieldGap, knowledge.Zh, "杭州 离职了 医保断了", []string{"bu zhidao", "bu qing chu"}},
		{rules.FieldReason, knowledge.En, "hangzhou employee insurance, my employer paid, it stopped|still working", []string{"not sure", "not sure"}},
		{rules.FieldReason, knowledge.Zh, "杭州 职工医保 以前是单位交的|没退休", []string{"不知道", "不清楚"}},
		{rules.FieldSex, knowledge.Zh, "广州 到了退休年龄 还没领待遇 交了22年 够不够", []string{"不知道", "不知道"}},
		{rules.FieldSex, knowledge.En, "guangzhou, reached retirement age, not drawing pension yet, paid 31 years of medical insurance, is it enough?", []string{"not sure", "not sure"}},
		{rules.FieldNewborn, knowledge.Zh, "杭州 居民医保 断了", []string{"不知道", "不知道"}},
		{rules.FieldBrokenYears, knowledge.Zh, "杭州 居民医保 断了|不是新生儿", []string{"不知道", "不知道"}},
		{rules.FieldBrokenYears, knowledge.En, "hangzhou resident insurance lapsed|no, not a baby", []string{"not sure", "no idea"}},
		{rules.FieldRegion, knowledge.Zh, "职工医保 离职了 断了3个月", []string{"不知道", "不知道"}},
		{rules.FieldRegion, knowledge.En, "employee scheme, left my job, 3 months gap", []string{"not sure", "not sure"}},
		{rules.FieldYearsPaid, knowledge.Zh, "上海 快退休了 交了多少年够不够", []string{"不知道", "不知道"}},
		{rules.FieldYearsPaid, knowledge.En, "shanghai, reaching retirement age, are my years enough", []string{"not sure", "not sure"}},
	} {
		name := c.lines + " / " + strings.Join(c.dunnos, ",")
		var s State
		for _, l := range strings.Split(c.lines, "|") {
			s, _, _ = m.Step(s, Input{Text: l}, testNow)
		}
		if s.Asking != c.field {
			t.Errorf("%s: asking %q, want %q", name, s.Asking, c.field)
			continue
		}
		q := kb.Msg(c.lang, "d.q."+string(c.field))
		q2 := kb.Msg(c.lang, "d.q2."+string(c.field))
		put := func(replies []Reply, evs []Event) bool {
			for _, e := range evs {
				if e.Kind == EvAsked && e.Question == string(c.field) {
					return true
				}
			}
			all := plain(replies)
			return strings.Contains(all, q) || kb.HasMsg("d.q2."+string(c.field)) && strings.Contains(all, q2)
		}
		var (
			replies []Reply
			evs     []Event
		)
		s, _, _ = m.Step(s, Input{Text: c.dunnos[0]}, testNow)
		s, replies, evs = m.Step(s, Input{Text: c.dunnos[1]}, testNow)
		all := plain(replies)
		switch {
		case s.Answered, s.Asking != c.field:
			// A case answer, or the next question.
		case put(replies, evs):
			t.Errorf("%s: the question put a third time: %q", name, all)
			continue
		case !strings.Contains(all, "12393"):
			t.Errorf("%s: neither an answer, the next question nor 12393: %q", name, all)
			continue
		}
		if s.Asking == c.field {
			s, replies, evs = m.Step(s, Input{Text: c.dunnos[1]}, testNow)
			if put(replies, evs) {
				t.Errorf("%s: a third 'not sure' put the question again: %q", name, plain(replies))
			}
		}
	}
}

// TestDontKnowEverywhere30a: answering "not sure" to every question in
// turn ends in an answer or a reply with 12393 that asks nothing again,
// with no question put more than twice.
func TestDontKnowEverywhere30a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ first, dunno string }{
		{"我从上海搬到杭州了 医保断了", "不知道"},
		{"i moved from shanghai to hangzhou and my insurance stopped", "not sure"},
		{"杭州 职工医保 断了", "不清楚"},
		{"上海 快退休了 交了多少年够不够", "不知道"},
		{"my insurance in guangzhou stopped after i quit", "no idea"},
		{"宁波 居民医保 断了", "不知道"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		asked := map[string]int{string(s.Asking): 1}
		for i := 0; i < 12 && !s.Answered; i++ {
			var evs []Event
			s, _, evs = m.Step(s, Input{Text: c.dunno}, testNow)
			for _, e := range evs {
				if e.Kind == EvAsked {
					asked[e.Question]++
				}
			}
		}
		for q, n := range asked {
			if n > 2 {
				t.Errorf("%q: %s asked %d times", c.first, q, n)
			}
		}
	}
}

// TestDontKnowSexYears30a: "not sure" twice at the sex question, with the
// years told, says for men and for women whether the years meet the
// region's figure; during a phase-in a figure below is "may fall short",
// never short by a count.
func TestDontKnowSexYears30a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, dunno string
		want, not    []string
	}{
		{"广州 到了退休年龄 还没领待遇 交了31年 够不够", "不清楚", []string{"男性要求的30年，够了", "女性要求的25年，够了", "12393"}, []string{"不够"}},
		{"广州 到了退休年龄 还没领待遇 交了27年 够不够", "不知道", []string{"男性要求的30年，可能不够", "女性要求的25年，够了"}, nil},
		{"guangzhou, reached retirement age, not drawing pension yet, paid 20 years of medical insurance, is it enough?", "not sure",
			[]string{"30 years asked of men, it may fall short", "25 years asked of women, it may fall short"}, []string{"is enough"}},
	} {
		var (
			s       State
			replies []Reply
		)
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if s.Asking != rules.FieldSex {
			t.Errorf("%q: asking %q, want sex", c.first, s.Asking)
			continue
		}
		s, _, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		s, replies, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		all := plain(replies)
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%q: reply lacks %q: %q", c.first, w, all)
			}
		}
		for _, w := range c.not {
			if strings.Contains(all, w) {
				t.Errorf("%q: reply says %q: %q", c.first, w, all)
			}
		}
		if s.Facts.Sex != "" {
			t.Errorf("%q: sex filled with %q", c.first, s.Facts.Sex)
		}
	}
}

// TestNotUnderstoodThrice30a: a third reply not read in a row at a
// question the answer cannot do without (after the hint, then "I still
// don't follow") ends in each possibility with 12393, not the question a
// fourth time.
func TestNotUnderstoodThrice30a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ first, a, b, c string }{
		{"杭州 离职了 医保断了", "啥", "呃呃", "嗯嗯嗯"},
		{"hangzhou, i quit my job, insurance stopped", "hmm", "ugh", "purple"},
		{"上海 快退休了 交了多少年够不够", "嗯……", "这个嘛", "哎"},
	} {
		var (
			s       State
			replies []Reply
		)
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		f := s.Asking
		s, _, _ = m.Step(s, Input{Text: c.a}, testNow)
		s, _, _ = m.Step(s, Input{Text: c.b}, testNow)
		s, replies, _ = m.Step(s, Input{Text: c.c}, testNow)
		all := plain(replies)
		if s.Asking == f && (!strings.Contains(all, "12393") || strings.Contains(all, m.Knowledge().Msg(s.Lang, "d.q."+string(f)))) {
			t.Errorf("%q then %q, %q, %q: %q", c.first, c.a, c.b, c.c, all)
		}
	}
}

// TestDontKnowGapFormer30a: with the former employer's months owed told,
// the second "not sure" at the gap says the gap is at least those months,
// and past 3 which case is theirs; no gap is filled.
func TestDontKnowGapFormer30a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ first, dunno, want string }{
		{"杭州 上家公司最后两个月没给交 离职了", "不知道", "断缴至少2个月"},
		{"宁波 之前的厂离职前欠了我5个月医保 现在没工作", "不清楚", "已经超过3个月"},
		{"hangzhou, my old company skipped my last 4 months before i quit", "not sure", "already more than 3 months"},
	} {
		var (
			s       State
			replies []Reply
		)
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if s.Asking != rules.FieldGap {
			t.Errorf("%q: asking %q, want the gap", c.first, s.Asking)
			continue
		}
		s, _, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		s, replies, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		if all := plain(replies); !strings.Contains(all, c.want) || s.Facts.GapMonths != nil || s.Facts.Since != nil {
			t.Errorf("%q: gap %v since %v, reply %q", c.first, s.Facts.GapMonths, s.Facts.Since, all)
		}
	}
}
