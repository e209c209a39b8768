package understand

import (
	"testing"

	"bujiao/rules"
)

// heldout9 readings (firstscheme17f.go): never insured, and the scheme
// named in the question is the one joined.
func TestReadings17fFirst(t *testing.T) {
	for _, c := range []struct {
		in     string
		first  bool
		scheme rules.Scheme
	}{
		{"上海 我妈六十多了一直没参过医保 现在能给她办居民医保吗", true, rules.SchemeResident},
		{"我今年大学毕业自己开了个小工作室之前从来没交过医保现在想自己交职工医保第一次要怎么弄", true, rules.SchemeEmployee},
		{"佢可唔可以喺深圳买居民医保㗎 之前从来冇买过", true, rules.SchemeResident},
		{"我是台胞 从来没在大陆参过医保 想参加居民医保", true, rules.SchemeResident},
		{"Taiwanese in Shanghai, never enrolled in any mainland medical insurance, can I join the resident scheme?", true, rules.SchemeResident},
		// Not never insured: a gap, or a question.
		{"医保断了三个月 能补交居民医保吗", false, ""},
		{"是不是从来没参过医保的人也能办居民医保", false, ""},
		{"医保五个月从来没缴过 能补吗", false, ""},
		{"上班一年多了 公司从来没给我上过社保", false, ""},
	} {
		a := Analyze(c.in, testToday, nil, "")
		if a.Stated.FirstEnrolment != c.first || a.Stated.Scheme != c.scheme {
			t.Errorf("%s: first=%v scheme=%q, want %v %q", c.in, a.Stated.FirstEnrolment, a.Stated.Scheme, c.first, c.scheme)
		}
	}
}
