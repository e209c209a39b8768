package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of heldout22's retirement split: a retirement of now
// with the years told or doubted is at the age; one a year or more back is
// retired; a typo of 年 as 念 after a count.
func TestRetire26a(t *testing.T) {
	cases := []struct {
		text string
		ret  rules.Retirement
		paid string // "" when not checked
	}{
		// Just retired, years told or doubted: at the age.
		{"我妈上个月刚退休 深圳交了十二念 够不够", rules.RetirementAtAge, "12"},
		{"老公今年刚退休 在上海交了14年医保 还差几年吗", rules.RetirementAtAge, "14"},
		{"my dad just retired in Shanghai, he paid 16 years, is that enough?", rules.RetirementAtAge, "16"},
		{"I retired this year in Hangzhou after 18 years of employee insurance, do I need to pay more?", rules.RetirementAtAge, "18"},
		// Just retired but drawing a pension: retired.
		{"刚退休 已经在领养老金了 杭州 交了30年 还要交吗", rules.RetirementRetired, ""},
		// Retired a year or more back: retired.
		{"retired two years ago in Guangzhou, 28 years paid, all in Guangzhou. anything left to pay?", rules.RetirementRetired, "28"},
		{"I retired in 2023 in Shanghai with 30 years of contributions. Do I still owe anything?", rules.RetirementRetired, "30"},
		{"去年就退休了 杭州的 医保交了26年 现在还要交吗", rules.RetirementRetired, "26"},
		{"我前年退休的 上海 交了二十八念医保 还用交吗", rules.RetirementRetired, "28"},
		// A year back, years doubted but not told: stays at the age.
		{"retired last year in Hangzhou, not sure my years are enough, do I need to pay?", rules.RetirementAtAge, ""},
	}
	for _, c := range cases {
		a := Analyze(c.text, testToday, fakeRegions{}, "")
		e := a.Stated
		if e.Retirement != c.ret {
			t.Errorf("%q: retirement %q, want %q (%s)", c.text, e.Retirement, c.ret, render(e))
		}
		if c.paid != "" && (e.YearsPaid == nil || e.YearsPaid.String() != c.paid) {
			t.Errorf("%q: years paid %v, want %s (%s)", c.text, e.YearsPaid, c.paid, render(e))
		}
	}
}

func TestNianTypo26a(t *testing.T) {
	cases := map[string]string{
		"交了十七念医保": "交了十七年医保",
		"25念":     "25年",
		"孩子三年级念书": "孩子三年级念书",
		"一念之差":    "一念之差",
		"纪念":      "纪念",
		"交了两念":    "交了两年",
	}
	for in, want := range cases {
		if got := fixNianTypo26a(in); got != want {
			t.Errorf("fixNianTypo26a(%q) = %q, want %q", in, got, want)
		}
	}
}

// Sibling wordings of a resident-to-employer switch told with a past
// "paid" and a new job: employee now, the job change the reason.
func TestSwitchJob26a(t *testing.T) {
	for _, text := range []string{
		"I paid resident insurance back home for 4 years. Now I have a new job in Shenzhen and my employer pays employee insurance. 1 month gap.",
		"paid resident medical insurance in my village for 3 years, now I got a factory job in Guangzhou, the factory pays employee insurance, 2 months without cover",
		"I was paying resident insurance for 5 years, now I started working at a company in Hangzhou that pays employee insurance for me, gap of 3 months",
		"以前在老家交了四年居民医保 现在进厂了 厂里给交职工医保 中间断了一个月",
	} {
		e := Analyze(text, testToday, fakeRegions{}, "").Stated
		if e.Scheme != rules.SchemeEmployee || e.PriorScheme != rules.SchemeResident || e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: %s, want scheme=employee prior=resident reason=job-change", text, render(e))
		}
	}
}
