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
