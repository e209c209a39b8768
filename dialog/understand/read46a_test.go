package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// fix46a: sibling wordings written for these tests (zh/en, word order,
// words between, no punctuation, typos), none copied from heldout31.

// The month paid through, with words between the pay verb and "until":
// the gap begins the month after; with the new employer's first month,
// the gap is the months between.
func TestPaidThroughWords46a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	m := func(mo time.Month) *rules.Month { return &rules.Month{Year: 2026, Month: mo} }
	for _, c := range []struct {
		in      string
		since   *rules.Month
		resumed *rules.Month
	}{
		{"my previous company paid my insurance until the end of june and the new one in ningbo started paying in september", m(7), m(9)},
		{"old employer in wuhan paid my social insurance thru july, new employer started in october", m(8), m(10)},
		{"the shenzhen firm paid for me till end of may. new company from august", m(6), m(8)},
		{"former boss paid contributions up to the end of april new job from july", m(5), m(7)},
		{"My last company paid my medical insurance until August, my new company started paying in November.", m(9), m(11)},
		{"company paid it until the end of sept then I moved, new employer since nov", m(10), m(11)},
		{"my employer payed my insurence untill end of june", m(7), nil},
		{"old job paid my insurance up until march", m(4), nil},
		{"老公司社保一直交到了7月底 新公司10月开始交", m(8), m(10)},
		{"深圳那边医保交到6月 9月杭州新单位才开始缴", m(7), m(9)},
		{"原来单位交到五月底，8月份新公司开始交的", m(6), m(8)},
		{"老单位医保缴纳到6月底 新单位9月开始缴", m(7), m(9)},
		{"原公司社保缴费到4月份 7月新公司开始交", m(5), m(7)},
		{"宁波的社保只交了到8月 杭州11月开始交", m(9), m(11)},
		{"社保缴至三月 六月新单位开始缴", m(4), m(6)},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Gap == nil || a.Gap.Since == nil || *a.Gap.Since != *c.since {
			t.Errorf("%q: gap %+v, want since %v", c.in, a.Gap, c.since)
		}
		if c.resumed != nil && (a.Resumed == nil || *a.Resumed != *c.resumed) {
			t.Errorf("%q: resumed %v, want %v", c.in, a.Resumed, c.resumed)
		}
	}
	// Words between that tell months NOT paid are no month paid through.
	for _, in := range []string{
		"my employer paid nothing from march until july",
		"the company has not paid my insurance since may until now",
	} {
		if m := enPaidThroughMatch46a(normalizeText(in).s); m != nil {
			t.Errorf("%q: read a month paid through %q", in, m[1])
		}
	}
}

// A treatment day with no year later this month is this year's, whatever
// the verb's tense; an adverb of a done visit keeps the past.
func TestLaterThisMonth46a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in   string
		want rules.Date
	}{
		{"got a checkup dec 28, ok?", rules.Date{Year: 2026, Month: 12, Day: 28}},
		{"got a dental cleaning on december 20 covered?", rules.Date{Year: 2026, Month: 12, Day: 20}},
		{"had an mri booked dec 15 will it be paid", rules.Date{Year: 2026, Month: 12, Day: 15}},
		{"I got an operation 22 dec is it covered", rules.Date{Year: 2026, Month: 12, Day: 22}},
		{"saw the doctor dec 30??", rules.Date{Year: 2026, Month: 12, Day: 30}},
		{"12月28号去医院看了 能报吗", rules.Date{Year: 2026, Month: 12, Day: 28}},
		{"12月20号做的手术 可以报销吗", rules.Date{Year: 2026, Month: 12, Day: 20}},
		{"got a checkup dec 28 ok", rules.Date{Year: 2026, Month: 12, Day: 28}},
		// told as done: the past one stays
		{"already had surgery dec 28, can I still claim?", rules.Date{Year: 2025, Month: 12, Day: 28}},
		{"已经在12月28号住过院了 能报吗", rules.Date{Year: 2025, Month: 12, Day: 28}},
		// earlier this month: the past one, as before
		{"got a checkup dec 3, ok?", rules.Date{Year: 2026, Month: 12, Day: 3}},
		// another month: unchanged (past)
		{"had a checkup nov 20", rules.Date{Year: 2026, Month: 11, Day: 20}},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Treatment == nil || *a.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.in, a.Treatment, c.want)
		}
	}
}

// Two employers told apart by their cities, paying resumed with the later
// one: a job change.
func TestTwoEmployers46a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"I moved from Wuhan to Shanghai. My Wuhan employer paid through March, and my Shanghai employer started paying in July.", rules.ReasonJobChange},
		{"my chengdu company paid until may my hangzhou company pays since august", rules.ReasonJobChange},
		{"the employer in ningbo paid till june; the employer in shenzhen began paying in september", rules.ReasonJobChange},
		{"guangzhou employer stopped after april, shanghai employer started paying in july", rules.ReasonJobChange},
		{"成都的公司交到4月 杭州的公司8月开始交", rules.ReasonJobChange},
		{"武汉那边的单位缴到3月底，上海这边单位6月才开始缴", rules.ReasonJobChange},
		{"宁波公司交到了五月 深圳公司从九月开始交的", rules.ReasonJobChange},
		{"my shenzen employer paid thru feb and my guangzhou employer started in may", rules.ReasonJobChange},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		if a.Reason != c.want {
			t.Errorf("%q: reason %q, want %q", c.in, a.Reason, c.want)
		}
	}
	// One employer named twice, or nothing paying again: no job change.
	for _, in := range []string{
		"my shanghai employer stopped paying in may, the company in shanghai owes me",
		"my wuhan employer paid until march and my shanghai company has not paid anything",
	} {
		if a := Analyze(in, today, fakeCities41a{}, ""); a.Reason == rules.ReasonJobChange {
			t.Errorf("%q: read a job change", in)
		}
	}
}

// Two different city abbreviations joined by "to" or an arrow are a move.
func TestAbbrMove46a(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"gz to sz. old job paid till aug", true},
		{"moved hz to sh for work, gap of 2 months", true},
		{"from bj to gz last summer new company pays since oct", true},
		{"bj→sz 换了工作 断了一个月", true},
		{"cd -> wh, new employer from september", true},
		{"relocated nb to hz in august", true},
		{"SZ TO GZ new job", true},
		{"xa>cq job change", true},
		{"sz=>sh 新公司10月开始交", true},
		// not a move between two cities
		{"sz to sz", false},
		{"went to sh", false},
		{"gz, changed job, 2 months gap", false},
		{"paid from 3 to 5", false},
		{"shot to bjorn", false},
	} {
		if got := AbbrMove46a(c.in); got != c.want {
			t.Errorf("%q: %v, want %v", c.in, got, c.want)
		}
	}
}

// "got" with a noun ("got a checkup dec 28", "i've got an appointment")
// tells no tense: the day nearest today within two months is taken, as for
// a day told with no verb; "got checked", "already got" stay past.
func TestGotNoun46a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in   string
		want rules.Date
	}{
		{"got a checkup dec 28, ok?", rules.Date{Year: 2026, Month: 12, Day: 28}},
		{"i've got an appointment jan 5 will it be covered", rules.Date{Year: 2027, Month: 1, Day: 5}},
		{"ive got a dentist dec 12", rules.Date{Year: 2026, Month: 12, Day: 12}},
		{"got my surgery on december 20th is it covered", rules.Date{Year: 2026, Month: 12, Day: 20}},
		{"I have got an mri 3 jan", rules.Date{Year: 2027, Month: 1, Day: 3}},
		{"my mum got a scan dec 18 covered?", rules.Date{Year: 2026, Month: 12, Day: 18}},
		{"got another checkup jan 10 ok", rules.Date{Year: 2027, Month: 1, Day: 10}},
		{"we've got the operation dec 2", rules.Date{Year: 2026, Month: 12, Day: 2}},
		// past the other way, within two months: the past one
		{"got a checkup oct 28, ok?", rules.Date{Year: 2026, Month: 10, Day: 28}},
		// told done
		{"already got a scan dec 28", rules.Date{Year: 2025, Month: 12, Day: 28}},
		{"had a checkup dec 28", rules.Date{Year: 2025, Month: 12, Day: 28}},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Treatment == nil || *a.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.in, a.Treatment, c.want)
		}
	}
}
