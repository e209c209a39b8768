package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 30 R30-W1 (fix39b): an employer's last month, then paying as
// a flexible worker from a later month (sibling wordings, not the audit's).
func TestEmpFlex39b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		since   string // "" = no gap read by this reading
		months  int
		resumed string
	}{
		// en: word order, words between, typos, no punctuation, a correction halfway
		{"shanghai. company covered me through june, and from september i paid myself as a flexible worker. clinic on aug 3?", "2026-07", 2, "2026-09"},
		{"my old employer in nanjing kept paying until the end of may then i registered in shanghai as a flexible worker in july", "2026-06", 1, "2026-07"},
		{"boss paid till august - no wait, till september. freelancer since november in shanghai. hospital oct 2", "2026-10", 1, "2026-11"},
		{"I am in Shanghai; the job paid my insurance up to March. Self-employed from May on.", "2026-04", 1, "2026-05"},
		{"employer paid thru jul, flexi worker from oct, is a visit on sep 9 covered", "2026-08", 2, "2026-10"},
		// zh: 交到/干到/月底停, 起/开始, words between, no punctuation, a correction
		{"原来单位给我缴到了六月份 8月起我在上海自己交灵活就业", "2026-07", 1, "2026-08"},
		{"杭州公司交到5月 不对 是交到6月 然后从9月开始在上海按灵活就业自己交的", "2026-07", 2, "2026-09"},
		{"老东家8月底就不交了10月份开始以个体身份自己缴 上海", "2026-09", 1, "2026-10"},
		{"上海 我是灵活就业 从11月开始交 之前的单位交到8月", "2026-09", 2, "2026-11"},
		// the month right after the job: no month unpaid
		{"company paid until october, from november i pay myself as a flexible worker", "", 0, ""},
		// not this reading: a new employer, a first enrolment, no flexible start
		{"company paid until july, new job in shanghai from october", "-", 0, ""},
		{"以前从没参过保 9月起在上海灵活就业自己交", "-", 0, ""},
		{"单位交到7月 后来没交了", "-", 0, ""},
		{"company paid until august, i want to go freelance from october, is that ok", "-", 0, ""},
	} {
		e := Extract(c.in, today, nil, "")
		got, gotM, gotR := "", 0, ""
		if e.Gap != nil && e.Gap.Since != nil {
			got, gotM = e.Gap.Since.String(), e.Gap.Months
		}
		if e.Resumed != nil {
			gotR = e.Resumed.String()
		}
		switch c.since {
		case "-":
			if e.Payer == rules.PayerUnit && e.Reason == rules.ReasonLeftJob && gotR != "" {
				t.Errorf("%q: read as a flexible start after a job: gap %q %d resumed %q", c.in, got, gotM, gotR)
			}
		case "":
			if e.Gap == nil || e.Gap.Months != 0 || e.Resumed != nil || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonLeftJob {
				t.Errorf("%q: want no month unpaid after the job, got gap %+v resumed %q payer %s reason %s", c.in, e.Gap, gotR, e.Payer, e.Reason)
			}
		default:
			if got != c.since || gotM != c.months || gotR != c.resumed || !e.GapEnded || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonLeftJob {
				t.Errorf("%q: got gap %q %d resumed %q ended %v payer %s reason %s; want %q %d %q, unit, left-job",
					c.in, got, gotM, gotR, e.GapEnded, e.Payer, e.Reason, c.since, c.months, c.resumed)
			}
		}
	}
}

// A past day in the month the flexible payments began is this year's
// (clauseyear35a endedGapHas35a), never asked as "next year".
func TestEmpFlexDayYear39b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"employer in wuxi paid until july, flexible worker in shanghai from september. doctor sep 14, covered?",
		"无锡公司交到7月 9月起在上海灵活就业自己交 9月14号看病能报吗",
	} {
		e := Extract(in, today, nil, "")
		if e.Treatment == nil || *e.Treatment != (rules.Date{Year: 2026, Month: 9, Day: 14}) {
			t.Errorf("%q: treatment %v, want 2026-09-14", in, e.Treatment)
		}
	}
}

// A run-on message whose one clause asks still states the employer's
// months and the flexible start; a plan does not.
func TestStatedFlex39b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		resumed string
	}{
		{"上海 公司交到3月 9月起自己交灵活就业 12月20号住院能报吗", "2026-09"},
		{"单位缴到六月底 八月开始自己交灵活就业 那我下周去看病能报吗", "2026-08"},
		{"my employer paid until april then freelancer from july in shanghai can i claim a visit on dec 20", "2026-07"},
		{"公司交到3月 打算9月起自己交灵活就业 可以吗", ""},
	} {
		a := Analyze(c.in, today, nil, "")
		got := ""
		if a.Stated.Resumed != nil {
			got = a.Stated.Resumed.String()
		}
		if got != c.resumed || got != "" && (a.Stated.Payer != rules.PayerUnit || a.Stated.Reason != rules.ReasonLeftJob) {
			t.Errorf("%q: stated resumed %q payer %s reason %s, want %q", c.in, got, a.Stated.Payer, a.Stated.Reason, c.resumed)
		}
	}
}
