package understand

import (
	"fmt"
	"strings"
	"testing"

	"bujiao/rules"
)

// Sibling wordings of heldout14's misreads (leftstop_h14.go,
// switchto_h14.go), none in any set.

var h14Today = rules.Date{Year: 2026, Month: 12, Day: 7}

// TestStoppedOnLeavingH14: an employer that "stopped" paying after the
// person quit ended a job; one said to owe, or a stop the person quit over,
// is arrears.
func TestStoppedOnLeavingH14(t *testing.T) {
	cases := []struct {
		text string
		want rules.Reason
	}{
		{"I resigned from my job in Shenzhen 3 months ago and the company stopped paying my medical insurance", rules.ReasonLeftJob},
		{"quit my job in Shanghai in August, my company stopped my social insurance, what now", rules.ReasonLeftJob},
		{"I resigned last year, my employer stopped paying my medical insurance when I resigned", rules.ReasonLeftJob},
		{"got laid off in september and the company stopped contributing to my health insurance", rules.ReasonLeftJob},
		{"left my job 2 months ago, employer no longer pays my medical insurance, do I pay it myself?", rules.ReasonLeftJob},
		{"i quit in march, since then the company isnt paying my insurance", rules.ReasonLeftJob},
		// A debt, or a stop told as why they quit.
		{"the company stopped paying my insurance so I quit, 3 months", rules.ReasonArrears},
		{"I didnt quit, the company just stopped paying my insurance 3 months ago", rules.ReasonArrears},
		// Owed months of a job already left are the former employer's
		// (formerarrears_r17a.go): the leaving stands.
		{"I quit my job, the company stopped paying and still owes me 2 months of insurance", rules.ReasonLeftJob},
	}
	for _, c := range cases {
		if e := Analyze(c.text, h14Today, fakeRegions{}, "").Extracted; e.Reason != c.want {
			t.Errorf("%q: reason %q, want %q (%s)", c.text, e.Reason, c.want, e)
		}
	}
}

// TestSwitchTargetH14: the scheme a switching word names is the one
// switched to, whichever scheme the message names first.
func TestSwitchTargetH14(t *testing.T) {
	cases := []struct {
		text       string
		now, prior rules.Scheme
	}{
		{"I left my job in Shanghai, I want to change to resident insurance, I had employee insurance for 8 years", rules.SchemeResident, rules.SchemeEmployee},
		{"resigned, want to move over to resident medical insurance, had 3 years of employee insurance before", rules.SchemeResident, rules.SchemeEmployee},
		{"quit, want to change over to the resident scheme, was on employee insurance for 7 years straight", rules.SchemeResident, rules.SchemeEmployee},
		{"想改交居民医保 之前交了六年职工医保 断了一个月", rules.SchemeResident, rules.SchemeEmployee},
		{"换成城乡居民医保 以前是职工医保 交了5年 杭州", rules.SchemeResident, rules.SchemeEmployee},
		{"辞职了想转成居民医保 之前交了6年职工医保 上海", rules.SchemeResident, rules.SchemeEmployee},
		{"had resident insurance before, found a job, now want to switch to employee insurance", rules.SchemeEmployee, rules.SchemeResident},
		{"以前交居民医保 现在想换成职工医保 上海", rules.SchemeEmployee, rules.SchemeResident},
	}
	for _, c := range cases {
		e := Analyze(c.text, h14Today, fakeRegions{}, "").Extracted
		if e.Scheme != c.now || e.PriorScheme != c.prior {
			t.Errorf("%q: scheme %q prior %q, want %q prior %q", c.text, e.Scheme, e.PriorScheme, c.now, c.prior)
		}
	}
}

// TestPartlyReadingsH14: sibling wordings of heldout14's partly answered
// residents (numbers_h14.go, payerstop_h14.go, delayed_h14.go and the word
// lists): each fact the words settle is read, none the words leave open.
func TestPartlyReadingsH14(t *testing.T) {
	cases := []struct{ text, want string }{
		// 廿/卅 are tens; 买 (buying insurance) is paying it.
		{"喺佛山买咗廿五年医保", "years=25"},
		{"我交了廿三年社保 到退休年龄了", "years=23"},
		{"职工医保交了卅年", "years=30"},
		{"断了廿个月", "gap=20"},
		{"到退休年龄了 买了二十年社保", "years=20"},
		{"在深圳买咗十八年医保", "years=18"},
		// The individual payer who stopped paying.
		{"I stopped paying my own medical insurance 4 months ago", "payer=individual"},
		{"i missed paying my own insurance for 3 months", "payer=individual"},
		{"I pay my own employee insurance, had a 2 month break", "payer=individual"},
		{"my company stopped paying my own insurance", "payer=unit"},
		// One company for another.
		{"changed company in Hangzhou, 1 month without medical insurance", "reason=job-change"},
		{"I changed my job last month and there was a 2 month gap", "reason=job-change"},
		{"switched company within the city, 1 month gap", "reason=job-change"},
		// 拖 holds payment back; a factory with its classifier is an employer.
		{"佛山间厂拖咗我哋医保三个月", "reason=arrears"},
		{"厂里拖了我们三个月医保", "reason=arrears"},
		{"公司拖着医保费不交 已经四个月了", "reason=arrears"},
		{"我们厂拖了半年社保没缴", "reason=arrears"},
		{"那个厂医保断了两个月", "payer=unit"},
	}
	for _, c := range cases {
		e := Analyze(c.text, h14Today, fakeRegions{}, "").Extracted
		var got string
		switch k, v, _ := strings.Cut(c.want, "="); k {
		case "years":
			if e.YearsPaid != nil {
				got = "years=" + e.YearsPaid.String()
			}
			_ = v
		case "gap":
			if e.Gap != nil && e.Gap.Since == nil {
				got = fmt.Sprintf("gap=%d", e.Gap.Months)
			}
		case "payer":
			got = "payer=" + string(e.Payer)
		case "reason":
			got = "reason=" + string(e.Reason)
		}
		if got != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.text, got, c.want, e)
		}
	}
}

// TestDialectAndNobodyPaidH14: Wu 脱/勿, Xiang 咖, Hokkien 无去, months
// nobody paid, and Cantonese 人工 (wages), in wordings of no set.
func TestDialectAndNobodyPaidH14(t *testing.T) {
	cases := []struct{ text, want string }{
		{"我辞脱工作三个号头了 医保么人交", "reason=left-job"},
		{"阿拉厂里辞脱哉 医保断脱两个号头", "reason=left-job"},
		{"公司钞票周转勿过来 医保欠脱三个号头 人还勒上班", "status=hardship"},
		{"我辞咖工 医保断咖三个月哒", "reason=left-job"},
		{"屋里歇咖五个月 医保冇人交", "gap=5"},
		{"我没再上班了 医保已经四个月没人交了", "gap=4"},
		{"厂里做事 医保六个月冇人交", "gap=6"},
		{"没人帮我交社保两个月了", "gap=2"},
		{"家己交医保 无去交有三个月矣", "gap=3"},
		{"自己交的 没去交有四个月了", "gap=4"},
		{"宝宝出生2个月 断了1个月", "gap=1"},
		{"我没再上班 医保断了两个月", "retirement="},
		// Work not found after leaving is no job change; work found is.
		{"我辞咖职 冇找到新事做 医保断咖两个月", "reason=left-job"},
		{"我辞职了 还没找到事做 医保断了三个月", "reason=left-job"},
		{"辞咗工 搵到新事做 中间两个月冇人交医保", "reason=job-change"},
	}
	for _, c := range cases {
		e := Analyze(c.text, h14Today, fakeRegions{}, "").Extracted
		var got string
		switch k, _, _ := strings.Cut(c.want, "="); k {
		case "gap":
			if e.Gap != nil && e.Gap.Since == nil {
				got = fmt.Sprintf("gap=%d", e.Gap.Months)
			}
		case "reason":
			got = "reason=" + string(e.Reason)
		case "status":
			got = "status=" + string(e.UnitStatus)
		case "retirement":
			got = "retirement=" + string(e.Retirement)
		}
		if got != c.want {
			t.Errorf("%q: %s, want %s (%s)", c.text, got, c.want, e)
		}
	}
	for _, c := range []struct {
		text  string
		human bool
	}{
		{"公司欠医保三个月 人工照出", false},
		{"厂里人工冇出 医保都冇交", false},
		{"老板话人工月底先发 医保拖咗两个月", false},
		{"我要人工", true},
		{"转人工", true},
		{"人工客服在吗", true},
	} {
		if a := Analyze(c.text, h14Today, fakeRegions{}, ""); a.Human != c.human {
			t.Errorf("%q: human %v, want %v", c.text, a.Human, c.human)
		}
	}
}
