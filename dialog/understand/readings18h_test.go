package understand

import (
	"testing"

	"bujiao/rules"
)

// TestReadings18h: audit round 11 R9-M1⁵ and R13-M1, a new employer's
// enrolment told with more everyday verbs, or after a move to work in
// another place, is the month paying resumed after a job change; the gap
// told beside it is kept.
func TestReadings18h(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		resumed string
		reason  rules.Reason
		gap     int
	}{
		{"俺从温州去合肥干活 歇了4个月 12月厂里给俺整上医保了 明年6月28号开刀能报不", "2026-12", rules.ReasonJobChange, 4},
		{"俺从温州去合肥干活 歇了4个月 换了工作 12月厂里给俺整上医保了 明年6月28号开刀能报不", "2026-12", rules.ReasonJobChange, 4},
		{"从长沙到深圳上班 断了4个月 公司12月帮我买了社保 明年6月28号住院能报吗", "2026-12", rules.ReasonJobChange, 4},
		{"从杭州到武汉上班 断了4个月 新公司12月给我办上了 明年6月28号住院能报吗", "2026-12", rules.ReasonJobChange, 4},
		{"从杭州到武汉上班 断了4个月 12月公司给我弄好了社保", "2026-12", rules.ReasonJobChange, 4},
		{"moved from ningbo to hefei for a new job, 4 months gap, the factory sorted out my medical insurance in december, surgery june 28 2027 covered?", "2026-12", rules.ReasonJobChange, 4},
		{"moved to xian for a new job, 5 month gap, hr got my insurance sorted in december", "2026-12", rules.ReasonJobChange, 5},
		{"moved to xian for a new job, 5 month gap, they set me up with insurance in december", "2026-12", rules.ReasonJobChange, 5},
		// Not read: no enrolment, a wish, no move and no new employer.
		{"从长沙到深圳上班 断了4个月 明年6月28号住院能报吗", "", "", 4},
		{"从长沙到深圳上班 断了4个月 公司还没给我买社保", "", "", -1},
		{"如果从长沙到深圳上班 断了4个月 公司12月帮我买了社保", "", "", -1},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		r := ""
		if e.Resumed != nil {
			r = e.Resumed.String()
		}
		if r != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.in, r, c.resumed)
		}
		if c.reason != "" && e.Reason != c.reason {
			t.Errorf("%q: reason %q, want %q", c.in, e.Reason, c.reason)
		}
		if c.gap >= 0 && (e.Gap == nil || e.Gap.Months != c.gap) {
			t.Errorf("%q: gap %v, want %d months", c.in, e.Gap, c.gap)
		}
	}
}

// TestResumedAlone18h: the new verbs told alone as a follow-up.
func TestResumedAlone18h(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"12月厂里给俺整上医保了", "2026-12"},
		{"新公司12月给我办上了", "2026-12"},
		{"12月给我弄好了社保", "2026-12"},
		{"公司12月帮我买了社保", "2026-12"},
		{"the factory sorted out my medical insurance in december", "2026-12"},
		{"12月还没给我办上", ""},
	} {
		m, ok := ResumedAlone(c.in, today)
		got := ""
		if ok {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("ResumedAlone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzZhMoveToWork: never panics.
func FuzzZhMoveToWork(f *testing.F) {
	for _, s := range []string{"从长沙到深圳上班", "俺从温州去合肥干活", "从", "从到上班", "如果从长沙到深圳上班"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = zhMoveToWork(s)
	})
}
