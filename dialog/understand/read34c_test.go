package understand

import (
	"strings"
	"testing"
	"time"

	"bujiao/rules"
)

func month34c(y, m int) rules.Month { return rules.Month{Year: y, Month: time.Month(m)} }

// Sibling wordings (fix34c): a new job's month beside the month the old
// employer paid through; the gap is the months between, ended by the job.
func TestRound34cJobMonthAfterPaid(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in             string
		since, resumed rules.Month
	}{
		{"宁波 我11月入职新单位 原来那家交到9月 10月断了一个月", month34c(2026, 10), month34c(2026, 11)},
		{"之前公司社保交到6月 9月换了新工作 中间断了两个月", month34c(2026, 7), month34c(2026, 9)},
		{"我8月跳槽到新公司 老公司缴到了六月", month34c(2026, 7), month34c(2026, 8)},
		{"台州 十一月份进了新厂 原来的厂交到九月", month34c(2026, 10), month34c(2026, 11)},
		{"switched to a new company in october, the old one paid through august", month34c(2026, 9), month34c(2026, 10)},
		{"changed jobs in november. old employer paid through august, sept and oct are empty", month34c(2026, 9), month34c(2026, 11)},
	} {
		a := Analyze(c.in, today, nil, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since {
				t.Errorf("%q: gap %+v, want since %v", c.in, e.Gap, c.since)
			}
			if e.Resumed == nil || *e.Resumed != c.resumed || !e.GapEnded {
				t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
			}
		}
	}
}

// Sibling wordings (fix34c): wages owed with no word of the insurance are
// no insurance gap and no employer's arrears.
func TestRound34cWagesOnly(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"厂里三个月没发工资了",
		"老板欠我7月到9月的工钱",
		"单位拖欠了两个月薪水",
		"my boss owes me two months of wages",
		"company hasnt paid my salary since september",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Gap != nil || e.Reason == rules.ReasonArrears || e.UnitStatus != "" {
			t.Errorf("%q: gap %+v, reason %q, unit %q: wages read as the insurance", in, e.Gap, e.Reason, e.UnitStatus)
		}
	}
	// The insurance named: read as before.
	for _, in := range []string{"公司欠了三个月工资 社保也没缴", "my company owes me 2 months of salary and 2 months of insurance"} {
		if e := Analyze(in, today, nil, "").Extracted; e.Reason != rules.ReasonArrears || e.Gap == nil {
			t.Errorf("%q: reason %q gap %+v, want the employer's arrears", in, e.Reason, e.Gap)
		}
	}
}

// Sibling wordings (fix34c): a former employer's months owed, the person
// paying themselves now: the payer is the person.
func TestRound34cSelfNowAfterFormer(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"原来单位欠了我两个月社保 现在我自己按灵活就业交",
		"老东家拖了4个月没交 现在自己以个人身份交着",
		"之前的公司欠了一个月医保 目前是个体户自己交",
		"my old company owed 3 months, now i pay myself as a flexible worker",
		"previous employer didnt pay my last 2 months. im a freelancer now and pay it myself",
		"前公司欠了两个月 我现在还是自己交",
	} {
		a := Analyze(in, today, nil, rules.FieldScheme)
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Payer != rules.PayerIndividual || e.Reason == rules.ReasonArrears {
				t.Errorf("%q: payer %q reason %q, want the person paying now", in, e.Payer, e.Reason)
			}
		}
	}
	// Still at the employer that owes: the employer pays.
	for _, in := range []string{"公司欠了我三个月社保 现在还在上班", "以前公司欠了三个月 现在还没开始自己交"} {
		if e := Analyze(in, today, nil, "").Extracted; e.Payer == rules.PayerIndividual {
			t.Errorf("%q: payer individual", in)
		}
	}
}

// Sibling wordings (fix34c): abbreviations of places under different
// rules are noticed, never read; a lone one-character abbreviation as the
// first word is the place.
func TestRound34cPlaceAbbr(t *testing.T) {
	for in, want := range map[string]string{
		"hz flexible worker, missed 2 months": "hz",
		"in hz, company owes me 3 months":     "hz",
		"gz freelancer gap 4 months":          "gz",
		"gz 个体户 断了3个月":                        "gz",
		"沪深灵活就业断缴3个月":                         "沪深",
		"我在沪深两地都交过 现在断了2个月":                   "沪深",
		"hzb company owes me":                 "",
		"在杭州上班 断了两个月":                         "",
	} {
		if got := AmbiguousAbbr34c(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
		if want != "" {
			got := placeNicknames30b(in, "")
			for _, city := range []string{"hangzhou", "guangzhou", "上海", "深圳"} {
				if strings.Contains(got, city) {
					t.Errorf("%q: read as %s (%q)", in, city, got)
				}
			}
		}
	}
	for in, want := range map[string]string{
		"杭 灵活就业 断了2个月":  "杭州",
		"沪，公司欠了两个月社保":   "上海",
		"穗 自己交的 断了4个月":  "广州",
		"甬 个体户 忘了交三个月":  "宁波",
		"杭州的杭 断了两个月":    "",
		"杭绍线上的厂 公司欠两个月": "",
	} {
		got := placeNicknames30b(in, "")
		if want != "" && !strings.Contains(got, want) || want == "" && got != in {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// A one-character abbreviation opening the message, set off by a space,
// is the place once the message is read (normalising drops the space).
func TestRound34cFirstOneAnalyze(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for in, want := range map[string]string{
		"杭 灵活就业 断了2个月": "zhejiang",
		"穗 自己交的 断了4个月": "guangdong",
		"沪深灵活就业断缴3个月":  "",
		"杭州 断了两个月":     "zhejiang",
	} {
		if got := Analyze(in, today, fakeRegions{}, "").Region; got != want {
			t.Errorf("%q: region %q, want %q", in, got, want)
		}
	}
}
