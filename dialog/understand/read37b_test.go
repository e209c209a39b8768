package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPaidYearsBeforeRetire37b: years with the paying verb right before them
// are years paid, whatever clause about retiring follows; a bare time to
// retirement stays one.
func TestPaidYearsBeforeRetire37b(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text  string
		years int64
		ret   rules.Retirement
	}{
		{"明年退休了 苏州交了医保22年 退休后还要交吗", 22, rules.RetirementAtAge},
		{"明年退休 交了21年 退休以后还要交吗", 21, rules.RetirementAtAge},
		{"我明年就退休了，医保一共交了二十年，退了以后还用交不", 20, rules.RetirementAtAge},
		{"明年要退休 职工医保缴了25年 退休之后还要缴吗", 25, rules.RetirementAtAge},
		{"明年退休 医保交了26年退休后还要不要交", 26, rules.RetirementAtAge},
		{"明年退休了 累计交了23年 退休了还交不交", 23, rules.RetirementAtAge},
		{"明年退休 医保叫了22年 退休后还要交吗", 0, ""}, // a typo for 交: not read as paid, nothing guessed
		// A time to retirement stays one.
		{"还有两年退休 交了18年 够吗", 18, rules.RetirementWorking},
		{"还有2年退休 医保交了15年", 15, rules.RetirementWorking},
	} {
		a := Analyze(c.text, dec7, nil, "")
		e := a.Extracted
		if c.years == 0 {
			if e.Retirement == rules.RetirementRetired {
				t.Errorf("%q: read retired", c.text)
			}
			continue
		}
		if e.YearsPaid == nil || e.YearsPaid.IntPart() != c.years || e.Retirement != c.ret {
			t.Errorf("%q: years %v retirement %q, want %d %q", c.text, e.YearsPaid, e.Retirement, c.years, c.ret)
		}
	}
}

// TestWindowNow37b: the resident window told open as a statement is in the
// window; a negation, a doubt or a condition is not read.
func TestWindowNow37b(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"my grandpa has resident insurance, missed 2 years. it's the payment period now, when can he use it", true},
		{"asking for my aunt: resident medical insurance, 1 year unpaid, its the enrolment period now", true},
		{"resident insurance for my mom, did not pay last year. the payment window is open. when can she claim", true},
		{"we are in the contribution period now, my father's resident insurance lapsed for a year", true},
		{"奶奶居民医保断了一年 现在正是缴费期 交了多久能用", true},
		{"我妈居民医保没交两年了，目前是集中缴费期，交上以后多久能报", true},
		{"外公的居民医保断了1年 正值缴费期 补交有用吗", true},
		{"居民医保断了一年 缴费期已经开始了 现在交能用吗", true},
		// Not told.
		{"my mum has resident insurance, missed a year, its not the payment period now", false},
		{"resident insurance lapsed a year, not sure if it's the payment period now", false},
		{"居民医保断了一年 不知道现在是不是缴费期", false},
	} {
		a := Analyze(c.text, dec7, nil, "")
		got := a.Extracted.InWindow != nil && *a.Extracted.InWindow
		if got != c.want {
			t.Errorf("%q: in window %v, want %v", c.text, got, c.want)
		}
	}
}
