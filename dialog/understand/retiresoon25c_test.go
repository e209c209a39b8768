package understand

import (
	"testing"

	"bujiao/rules"
)

// TestRetireSoon25c: retiring within about a year with the years paid and a
// question whether they are enough is the retirement-years case (R24-M5);
// retiring in some years, or a gap told as well, is not.
func TestRetireSoon25c(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		want rules.Retirement
	}{
		{"绍兴 明年就退休了 职工医保一共交了16年 够不够啊", rules.RetirementAtAge},
		{"我年底退休 医保交了18年 还要补吗", rules.RetirementAtAge},
		{"杭州 下个月退休 交了十九年医保 差几年", rules.RetirementAtAge},
		{"i retire next year in hangzhou, paid 18 years of medical insurance, is it enough?", rules.RetirementAtAge},
		{"retiring next month in shanghai. 13 years paid. do i have to pay more?", rules.RetirementAtAge},
		{"my dad retires next year, he has 12 years of contributions. will he need to keep paying after retirement?", rules.RetirementAtAge},
		// Years still to come: working.
		{"过几年退休 医保交了17年 够不够", rules.RetirementWorking},
		// A gap is the question.
		{"明年退休 交了17年 公司断了3个月没交 够不够", rules.RetirementWorking},
	} {
		a := Analyze(c.text, dec7, nil, "")
		if a.Extracted.Retirement != c.want || c.want == rules.RetirementAtAge && a.Stated.Retirement != c.want {
			t.Errorf("%q: retirement %q / stated %q, want %q", c.text, a.Extracted.Retirement, a.Stated.Retirement, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"单位交的 还在上班 没断过", true},
		{"my employer, i'm still working", true},
		{"还没到退休年龄 在上班", false},
		{"not retired yet, still working", false},
	} {
		if e := Extract(c.text, dec7, nil, rules.FieldReason); e.StillWorking != c.want {
			t.Errorf("%q: still working %v, want %v", c.text, e.StillWorking, c.want)
		}
	}
}
