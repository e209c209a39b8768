package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 8 re-check readings (followup18e.go).
func TestReadings18e(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		gap     int // months; -1: no gap read
		resumed string
	}{
		// R9-W1″: a resumption joined by "and I", "then", "so I", 然后, 后来.
		{"Ningbo, my unemployment benefit ended in August and I started paying as a freelancer in October. Is a hospital stay on Dec 20 covered?", -1, "2026-10"},
		{"Wenzhou, unemployment benefit ended in August and I have been paying as a freelancer since October. Hospital on Dec 20 covered?", -1, "2026-10"},
		{"Hangzhou, my unemployment benefit ended in September and I started paying as a freelancer in November. Is a hospital stay on Jan 10 covered?", -1, "2026-11"},
		{"Guangzhou, my unemployment benefit ended in September and then I started paying as a freelancer in November", -1, "2026-11"},
		{"my unemployment benefit ended in September so I started paying myself in November", -1, "2026-11"},
		{"宁波 失业金8月领完了然后10月开始自己交灵活就业的", -1, "2026-10"},
		{"失业金8月领完了 后来11月开始以个人身份交的", -1, "2026-11"},
		// R9-M1″: a new employer enrolling in a month.
		{"im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me in december. surgery june 28 next year?", 4, "2026-12"},
		{"im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me this december", 4, "2026-12"},
		{"深圳辞职去了北京 断了4个月 新单位12月给我上的保险 明年6月28号手术能报吗", 4, "2026-12"},
		{"从上海换到杭州上班 中间断了5个月 这个月新单位开始交 明年1月10号看病能报吗", 5, "2026-12"},
		{"换工作断了3个月 新公司上个月开始给我交", 3, "2026-11"},
		// No resumption: a wish, a gap clause, a future month.
		{"断了3个月 新单位想从下个月开始交", 3, ""},
		{"benefit ended in August and I have not paid since", -1, ""},
		{"杭州灵活就业 断了4个月 明年1月20号看病能报吗", 4, ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		g := -1
		if e.Gap != nil {
			g = e.Gap.Months
			if e.Gap.Since != nil {
				g = today.MonthOf().Since(*e.Gap.Since)
			}
		}
		r := ""
		if e.Resumed != nil {
			r = e.Resumed.String()
		}
		if (c.gap >= 0 && g != c.gap) || r != c.resumed {
			t.Errorf("%q: gap %d resumed %q; want gap %d resumed %q", c.in, g, r, c.gap, c.resumed)
		}
	}
}

// ResumedAlone reads a follow-up that tells only when paying resumed
// (R10-W1); a bare time word is not such a message.
func TestResumedAlone(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in, want string
	}{
		{"这个月开始交了", "2026-12"},
		{"新单位这个月开始交", "2026-12"},
		{"上个月开始交的", "2026-11"},
		{"they started paying this month", "2026-12"},
		{"started paying again in November", "2026-11"},
		{"新单位12月给我上的保险", "2026-12"},
		{"这个月", ""},
		{"this month", ""},
		{"想这个月开始交", ""},
		{"下个月开始交", ""},
		{"I will start paying next month", ""},
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

func TestSplitJoins(t *testing.T) {
	got := splitJoins("失业金8月领完了然后10月开始缴 and i paid then ok")
	if len(got) != 4 {
		t.Errorf("splitJoins: %q", got)
	}
}

// R7-M5⁗: more back-payment wordings, and the week as a date.
func TestPaidBack18e(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in          string
		paidBack    string // "" none, "?" said without a month
		arrearsPaid string
	}{
		// 2026-12-07 is a Monday: last week straddles November and
		// December, so the month is asked.
		{"宁波自由职业 断了俩月 上礼拜补缴完了 现在看病能报销了吧", "?", ""},
		{"宁波自由职业 断了俩月 上周补缴完了", "?", ""},
		{"宁波自由职业 断了俩月 这周补缴完了", "2026-12", ""},
		{"宁波自由职业 断了俩月 11月补缴完了 12月20号看病能报吗", "2026-11", ""},
		{"东莞换到深圳上班 空了两个月 新单位11月把这两个月都补缴了 12月20号住院能报吗", "", "2026-11"},
		{"宁波自由职业 断了俩月 已经补缴完了", "?", ""},
		{"宁波自由职业 断了俩月 这个月补缴完了", "2026-12", ""},
		{"Zhejiang self employed - I back paid the 2 months I missed (Sep, Oct) in November. Is treatment on Dec 10 covered?", "2026-11", ""},
		{"hangzhou freelancer, I back paid the missed months last week", "?", ""},
		{"从东莞到深圳换工作 断了2个月 新单位上个月把那俩月补缴了 12月20号住院能报吗", "", "2026-11"},
		{"从东莞到深圳换工作 断了2个月 新单位11月把这两个月都补缴了", "", "2026-11"},
		{"宁波自由职业 断了俩月 还没补缴", "", ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		pb, ap := "", ""
		if e.PaidBack != nil {
			pb = e.PaidBack.String()
		} else if e.PaidBackSaid {
			pb = "?"
		}
		if e.ArrearsPaid != nil {
			ap = e.ArrearsPaid.String()
		}
		if pb != c.paidBack || ap != c.arrearsPaid {
			t.Errorf("%q: paid back %q arrears paid %q; want %q %q", c.in, pb, ap, c.paidBack, c.arrearsPaid)
		}
	}
}

// A week inside one month dates the back-payment.
func TestPaidBackWeekOneMonth(t *testing.T) {
	e := Analyze("宁波自由职业 断了俩月 上礼拜补缴完了", rules.Date{Year: 2026, Month: 12, Day: 17}, nil, "").Extracted
	if e.PaidBack == nil || e.PaidBack.String() != "2026-12" {
		t.Errorf("上礼拜 on 2026-12-17: paid back %v, want 2026-12", e.PaidBack)
	}
}

// FuzzResumedAlone: any text, no panic, no hang, never a month after
// today's.
func FuzzResumedAlone(f *testing.F) {
	for _, s := range []string{"这个月开始交了", "they started paying this month", "新单位12月给我上的保险", "然后然后然后",
		"and then and i then so i", "失业金8月领完了然后10月开始缴"} {
		f.Add(s)
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := ResumedAlone(s, today); ok && today.MonthOf().Since(m) < 0 {
			t.Errorf("ResumedAlone(%q) = %v, after today", s, m)
		}
		_ = splitJoins(s)
	})
}
