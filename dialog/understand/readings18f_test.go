package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 9 re-check readings (resumed18f.go): the month paying
// resumed in "since" forms and a new employer's everyday enrolment verbs.
func TestReadings18f(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		resumed string
	}{
		// R9-W1‴ (a): "I've paid … since <month>".
		{"jiaxing, my unemployment benfit ended september and ive paid as flexible worker since november, is jan 8 covered", "2026-11"},
		{"jiaxing, my unemployment benefit ended september and I have paid as a flexible worker since november, is jan 8 covered", "2026-11"},
		{"jiaxing, my unemployment benefit ended september and i've paid as flexible worker since november", "2026-11"},
		{"ningbo, unemployment benefit ended in august, have been paying myself since october. hospital dec 20 covered?", "2026-10"},
		{"宁波 失业金8月领完了 自从10月就自己交着 12月20号住院能报吗", "2026-10"},
		{"宁波 失业金8月领完了 10月以来一直在交 12月20号住院能报吗", "2026-10"},
		{"杭州 灵活就业 断了3个月 11月以来一直在交 明年1月8号住院能报吗", "2026-11"},
		// R9-M1‴: a new employer's enrolment verbs.
		{"从杭州到武汉上班 断了4个月 新单位12月份给我办的医保 明年6月29号手术能报吗", "2026-12"},
		{"俺从广州跑到长沙打工 歇了5个月没交 新厂子12月给俺上的社保 明年6月27号开刀能报不", "2026-12"},
		{"从杭州到武汉上班 断了4个月 新公司这个月给我买了社保 明年6月29号手术能报吗", "2026-12"},
		{"moved from hangzhou to chengdu, 4 months uninsured, new company signed me up for insurance in December. surgery on June 29 2027 covered?", "2026-12"},
		{"moved from hangzhou to chengdu, 4 months uninsured, got insured by my new job in Dec. surgery on June 29 2027 covered?", "2026-12"},
		// No resumption.
		{"宁波 失业金8月领完了 10月以来一直没交 12月20号住院能报吗", ""},
		{"ningbo, unemployment benefit ended in august, have not paid since october", ""},
		{"jiaxing, unemployment benefit ended september, i want to pay as a flexible worker since november", ""},
		{"杭州灵活就业 断了4个月 明年1月20号看病能报吗", ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		r := ""
		if e.Resumed != nil {
			r = e.Resumed.String()
		}
		if r != c.resumed {
			t.Errorf("%q: resumed %q; want %q", c.in, r, c.resumed)
		}
	}
}

// R11-M1: a treatment day told as past is this year's; next year's only
// with 明年/next year or a future wording.
func TestTreatThisYear18f(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in, want string
	}{
		{"从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 今年10月15号看病能报吗", "2026-10-15"},
		{"moved from wuhan to changsha, 4 months between jobs, new employer back paid all 4 in november. can I claim the doctor visit I had on Oct 15?", "2026-10-15"},
		{"从东莞换到深圳上班 9月10月没上班 新单位11月把这两个月补缴了 10月15号看病的钱能报吗", "2026-10-15"},
		{"杭州灵活就业 断了4个月 10月15号看病了 能报吗", "2026-10-15"},
		// Dates that were dropped (§6 n1′): 住的院, 看的病, 上个月20号.
		{"杭州灵活就业 断了4个月 10月15号住的院 能报吗", "2026-10-15"},
		{"杭州灵活就业 断了4个月 上个月20号住的院 能报吗", "2026-11-20"},
		{"成都 换工作 断了2个月 10月20号看的病 能报吗", "2026-10-20"},
		{"上个月20号住院了", "2026-11-20"},
		// Days with no known treatment word (§6 n1′).
		{"ningbo self employed, stopped paying in july, doctor on jan 25?", "2027-01-25"},
		{"hangzhuo freelancer 3 months gap hosptial jan 20", "2027-01-20"},
		{"Hangzhou - unemployment benefit stopped in July and I began paying as self-employed in October, clinic Dec 15 ok?", "2026-12-15"},
		{"left job in guangzhou, now in wuhan, gap of 5 months, the new company registered me for insurance in dec. op june 26 next yr?", "2027-06-26"},
		{"深圳 自己交的职工医保 断了5个月 明年1月20号能报吗", "2027-01-20"},
		{"杭州 换了个工作 中间断了2个月 新单位把这两个月补上了 12月20号能报吗", "2026-12-20"},
		// Future: next year's.
		{"从武汉换到长沙上班 中间断了4个月 明年10月15号看病能报吗", "2027-10-15"},
		{"moved from wuhan to changsha, 4 month gap, surgery oct 15 next year covered?", "2027-10-15"},
		{"杭州灵活就业 断了4个月 明年1月20号看病能报吗", "2027-01-20"},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		got := ""
		if e.Treatment != nil {
			got = e.Treatment.String()
		}
		if got != c.want {
			t.Errorf("%q: treatment %q; want %q", c.in, got, c.want)
		}
	}
}

// StillDrawing reads a benefit still drawn, not one that ended.
func TestStillDrawing18f(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"sorry, I mean I am still getting unemployment benefit until January", true},
		{"不对 失业金还在领 领到明年1月", true},
		{"失业金还没领完", true},
		{"I am no longer getting unemployment benefit", false},
		{"still getting paid by my employer", false},
		{"失业金8月领完了", false},
	} {
		if got := StillDrawing(c.in); got != c.want {
			t.Errorf("StillDrawing(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func FuzzResumedAfter(f *testing.F) {
	for _, s := range []string{"自从10月就自己交着", "10月以来一直在交", "ive paid as flexible worker since november",
		"I have been paying as a freelancer since October", "自从自从月以来", "上个月20号住的院", "10月15号看的病",
		"still getting unemployment benefit"} {
		f.Add(s)
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := ResumedAfter(s, today); ok && today.MonthOf().Since(m) < 0 {
			t.Errorf("ResumedAfter(%q) = %v, after today", s, m)
		}
		if d, ok := pastTreatDay(s, today); ok && today.Before(d) {
			t.Errorf("pastTreatDay(%q) = %v, after today", s, d)
		}
		_ = StillDrawing(s)
		read := rules.Date{Year: 2027, Month: 10, Day: 15}
		if d, ok := TreatYearUnclear(s, today, read); ok && (today.Before(d) || d.Year != today.Year) {
			t.Errorf("TreatYearUnclear(%q) = %v, not a past day of this year", s, d)
		}
	})
}

// R11-M1: a day whose year the message leaves open is reported with this
// year's alternative; a tense, 今年/明年 or a far month settles it.
func TestTreatYearUnclear18f(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		read string
		want string // "": not unclear
	}{
		// fix35a (R28-W3): a day within 2 months of today is the nearest
		// one, not asked; further off, the year is asked.
		{"从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 10月15号看病能报吗", "2027-10-15", ""},
		{"moved from wuhan to changsha, 4 month gap. doctor visit oct 15 covered?", "2027-10-15", ""},
		{"从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 9月15号看病能报吗", "2027-09-15", "2026-09-15"},
		{"moved from wuhan to changsha, 4 month gap. doctor visit sep 15 covered?", "2027-09-15", "2026-09-15"},
		{"深圳 断了5个月 6月27号开刀能报不", "2027-06-27", "2026-06-27"},
		{"从武汉换到长沙上班 中间断了4个月 明年10月15号看病能报吗", "2027-10-15", ""},
		{"从武汉换到长沙上班 中间断了4个月 今年10月15号看病能报吗", "2027-10-15", ""},
		{"准备10月15号住院", "2027-10-15", ""},
		{"杭州灵活就业 断了4个月 1月20号看病能报吗", "2027-01-20", ""},
		{"surgery on oct 15 2027 covered?", "2027-10-15", ""},
		{"10月15号看病能报吗", "2026-10-15", ""},
	} {
		r, _ := rules.ParseDate(c.read)
		alt, ok := TreatYearUnclear(c.in, today, r)
		got := ""
		if ok {
			got = alt.String()
		}
		if got != c.want {
			t.Errorf("TreatYearUnclear(%q, %s) = %q, want %q", c.in, c.read, got, c.want)
		}
	}
}
