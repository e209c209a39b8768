package dialog

import (
	"testing"
)

// TestRepayInQuestionH10m: the years a resident would back-pay, named in
// the question itself, are kept; a question with no case told, or with
// no resident scheme, keeps nothing.
func TestRepayInQuestionH10m(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		in    string
		repay int // -1: none
	}{
		{"resident insurance, missed 3 years, shanghai. if i pay back 2 of those years does the waiting get shorter?", 2},
		{"resident scheme in hangzhou, 3 years unpaid. would paying back 1 of those years shorten the wait?", 1},
		{"居民医保断了三年 上海 如果补缴其中两年 等待期会缩短吗", 2},
		{"居民医保断了三年 上海 补缴两年的话等待期能短点吗", 2},
		{"我妈的居民医保在杭州 断了两年 补其中一年能不能早点报销", 1},
		{"my kid's resident insurance lapsed 2 years in shenzhen, if we pay back both years can he use it right away?", -1},
		{"if i pay back 2 of those years does the waiting get shorter?", -1},
		{"上海职工医保断了三年 补缴两年的话等待期能短点吗", -1},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.in}, testNow)
		got := -1
		if s.Facts.RepayYears != nil {
			got = *s.Facts.RepayYears
		}
		if got != c.repay {
			t.Errorf("%q: repay years %d, want %d", c.in, got, c.repay)
		}
	}
}

// TestRoughGapH10m: a gap told roughly ("一年多") is offered as its floor
// to confirm, never taken unasked; the exact months typed instead are
// taken, and "not sure" answers with the floor.
func TestRoughGapH10m(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, reply string
		confirm, gap int
	}{
		{"中不中啊 俺在郑州自己交哩医保 断了一年多咧 现在再交能中不", "14", 12, 14},
		{"我在哈尔滨自己交的灵活就业医保 断了一年多了 等多久能报", "不知道", 12, 12},
		{"上海灵活就业 医保断了两年多", "对", 24, 24},
		{"杭州 自己交的医保断了半年多", "八个月", 6, 8},
		{"I pay my own insurance in Shanghai and missed more than a year", "15 months", 12, 15},
		{"freelancer in shenzhen, haven't paid for over a year", "not sure", 12, 12},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if s.Facts.GapMonths != nil || s.ConfirmGap != c.confirm || s.Asking != "gap" {
			t.Errorf("%q: gap %v, confirm %d, asking %q; want none, %d, gap", c.first, s.Facts.GapMonths, s.ConfirmGap, s.Asking, c.confirm)
			continue
		}
		s, _, _ = m.Step(s, Input{Text: c.reply}, testNow)
		if s.Facts.GapMonths == nil || *s.Facts.GapMonths != c.gap {
			t.Errorf("%q then %q: gap %v, want %d", c.first, c.reply, s.Facts.GapMonths, c.gap)
		}
	}
}

// TestRoughGapAskedH10m: the same typed at the gap question: never a gap
// of 1 month ("一年多" is no bare 1), the floor offered to confirm.
func TestRoughGapAskedH10m(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, rough, reply string
		gap                 int
	}{
		{"上海灵活就业 自己交的", "一年多", "13", 13},
		{"杭州 灵活就业", "两年多了", "不知道", 24},
		{"I'm a freelancer in Shanghai paying my own insurance", "more than a year", "not sure", 12},
		{"self-employed in hangzhou", "a year and a few months", "14", 14},
		{"深圳 自己交的医保", "一年多 十四个月吧", "", 14},
		{"上海灵活就业 自己交的", "一年零几个月", "15个月", 15},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if s.Asking != "gap" {
			t.Fatalf("%q: asking %q, want gap", c.first, s.Asking)
		}
		s, _, _ = m.Step(s, Input{Text: c.rough}, testNow)
		if c.reply == "" {
			if s.Facts.GapMonths == nil || *s.Facts.GapMonths != c.gap {
				t.Errorf("%q: gap %v, want %d", c.rough, s.Facts.GapMonths, c.gap)
			}
			continue
		}
		if s.Facts.GapMonths != nil || s.ConfirmGap == 0 {
			t.Errorf("%q: gap %v confirm %d; want none and a floor to confirm", c.rough, s.Facts.GapMonths, s.ConfirmGap)
			continue
		}
		s, _, _ = m.Step(s, Input{Text: c.reply}, testNow)
		if s.Facts.GapMonths == nil || *s.Facts.GapMonths != c.gap {
			t.Errorf("%q then %q: gap %v, want %d", c.rough, c.reply, s.Facts.GapMonths, c.gap)
		}
	}
}
