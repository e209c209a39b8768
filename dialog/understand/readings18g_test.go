package understand

import (
	"testing"

	"bujiao/rules"
)

// TestResumedAfterJiu18g: R9-W1⁗ (a), the 就 forms of the month paying
// resumed; a count of months with 就 is no month.
func TestResumedAfterJiu18g(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"我十月份就开始自己交了 灵活就业", "2026-10"},
		{"十月份就开始自己交了", "2026-10"},
		{"从十月就自己在交", "2026-10"},
		{"我10月份就开始自己交了 灵活就业", "2026-10"},
		{"从10月就自己在交", "2026-10"},
		{"十月份开始自己交的", "2026-10"},
		{"断了3个月就没再交", ""},
		{"10月就业了", ""},
		// Audit round 12 R9-W1⁶: 接着/继续 + 交.
		{"我10月起自己接着交的 灵活就业", "2026-10"},
		{"俺10月就自己接着交了", "2026-10"},
		{"10月开始继续交了", "2026-10"},
	} {
		m, ok := ResumedAfter(c.in, today)
		got := ""
		if ok {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("ResumedAfter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBenefitRunsUntil18g: R9-W1⁗ (b), a benefit end told as still ahead
// is the coming month; one told as over is not read here.
func TestBenefitRunsUntil18g(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"actually my unemployment benefit runs until february", "2027-02"},
		{"actually my unemployment benefit runs until next february", "2027-02"},
		{"说错了 失业金要领到明年2月", "2027-02"},
		{"失业金还没领完 领到明年1月", "2027-01"},
		{"my unemployment benefit will end in march", "2027-03"},
		{"unemployment benefit runs until december", "2026-12"},
		{"失业金领到8月", ""},
		{"my unemployment benefit ended in august", ""},
		{"unemployment benefit ran out in september", ""},
		{"runs until february", ""},
	} {
		m, ok := BenefitRunsUntil(c.in, today)
		got := ""
		if ok {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("BenefitRunsUntil(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReadings18g: R9-M1⁗, a new employer's enrolment told with everyday
// verbs is the month paying resumed.
func TestReadings18g(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		resumed string
	}{
		{"俺从东莞去了武汉 中间歇了4个多月 新老板12月份帮俺把医保弄上了 明年6月25号住院中不中", "2026-12"},
		{"从东莞去了武汉 断了4个月 新单位12月帮我把社保办好了 明年6月25号住院能报吗", "2026-12"},
		{"moved from chengdu to guangzhou, 4 months gap, new employer handled my social insurance in december, surgery june 28 next year?", "2026-12"},
		{"moved shenzhen -> changsha, 5 mo gap, new company got my insurance set up in december, knee surgery jun 27 2027 ok?", "2026-12"},
		{"moved from chengdu to guangzhou, 4 months gap, surgery june 28 next year?", ""},
		{"从东莞去了武汉 断了4个月 明年6月25号住院能报吗", ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		r := ""
		if e.Resumed != nil {
			r = e.Resumed.String()
		}
		if r != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.in, r, c.resumed)
		}
	}
}

// FuzzBenefitRunsUntil: never panics; a month read is a real one, not
// before this month.
func FuzzBenefitRunsUntil(f *testing.F) {
	for _, s := range []string{"actually my unemployment benefit runs until february", "说错了 失业金要领到明年2月",
		"失业金还没领完 领到明年1月", "my unemployment benefit ended in august", "我十月份就开始自己交了 灵活就业", "月就月份就"} {
		f.Add(s)
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := BenefitRunsUntil(s, today); ok && (m.Month < 1 || m.Month > 12 || m.Since(today.MonthOf()) < 0) {
			t.Fatalf("%q: %v", s, m)
		}
		if m, ok := ResumedAfter(s, today); ok && (m.Month < 1 || m.Month > 12) {
			t.Fatalf("%q: resumed %v", s, m)
		}
	})
}
