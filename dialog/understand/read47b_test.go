package understand

import (
	"testing"

	"bujiao/rules"
)

// fix47b: sibling wordings written for these tests (zh/en, dialects,
// orders, words between, no punctuation).

// An A-not-A followed by 就/都/也 is a concession, not a question: the
// facts around it are stated.
func TestConcessive47b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in     string
		status rules.UnitStatus
	}{
		{"俺们郑州那厂子老板中不中就跑了 医保欠了俺四个月 这可咋弄", rules.UnitAbsconded},
		{"洛阳那个厂老板中不中就跑了，欠了俺们三个月医保", rules.UnitAbsconded},
		{"老板说没说就跑路了 公司欠了我两个月医保 开封的", rules.UnitAbsconded},
		{"公司欠了我5个月医保 老板管不管都跑了", rules.UnitAbsconded},
		{"俺厂老板中不中就没影了，医保也欠了六个月", rules.UnitAbsconded},
		{"新乡厂子老板理不理都跑了 欠俺医保4个月了", rules.UnitAbsconded},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Stated.Reason != rules.ReasonArrears || a.Stated.UnitStatus != c.status || a.Stated.Gap == nil {
			t.Errorf("%q: stated %v (asks %v %q), want arrears, %s, a gap", c.in, a.Stated, a.Asks, a.Question, c.status)
		}
	}
	// Still questions: the A-not-A at the end or before its object.
	for _, in := range []string{"公司欠了我两个月医保 我补不补", "医保断了三个月 中不中", "老板跑了 医保能不能补"} {
		if a := Analyze(in, today, nil, ""); !a.Asks {
			t.Errorf("%q: not read as asking", in)
		}
	}
}

// A job left last month (or in a named month) and a count of months one
// more than the months since: the count is the gap.
func TestLeftCount47b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in     string
		months int // 0: no months-only gap
	}{
		{"我上个月辞职了，现在没上班，医保断了2个月，在上海", 2},
		{"上个月离职 断了两个月 杭州", 2},
		{"11月辞职了，医保断了2个月", 2},
		{"10月份离职的 医保断缴3个月了", 3},
		{"医保断了2个月，上个月辞职了", 2},
		{"我上上个月被辞退了 医保没交了3个月 在南京", 3},
		{"上月刚离职 现在医保停了两个月了 苏州的", 2},
		// Other disagreements stay a conflict (asked): never fewer months.
		{"上个月辞职了，医保断了4个月", 0},
		{"10月辞职了，医保断了1个月", 0},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		got := 0
		if e.Gap != nil && e.Gap.Since == nil {
			got = e.Gap.Months
		}
		if got != c.months {
			t.Errorf("%q: gap %v (conflict %v), want %d months", c.in, e.Gap, e.GapConflict, c.months)
		}
	}
}

// Months unpaid by a unit told still there, or short of money, with no
// verb of owing: arrears.
func TestStillThereArrears47b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in     string
		reason rules.Reason
		status rules.UnitStatus
	}{
		{"阿拉公司老板讲伊没铜钿，医保停脱三个号头了，人还是天天来上班个，侬讲哪能办", rules.ReasonArrears, rules.UnitHardship},
		{"toy factory shantou, 2 months no medical insurance paid by company, boss still here", rules.ReasonArrears, rules.UnitNormal},
		{"公司说没钱 医保停了4个月 我们还天天上班", rules.ReasonArrears, ""}, // status: other readings settle it (normal),
		{"医保停了两个月 公司 我还在上班 咋回事", rules.ReasonArrears, rules.UnitNormal},
		{"shoe factory dongguan, company stopped my medical insurance 3 months, i am still working there", rules.ReasonArrears, rules.UnitNormal},
		{"no medical insurance paid by the company for 4 months but the boss is still around", rules.ReasonArrears, rules.UnitNormal},
		{"company says no money, 3 months insurance not paid, we still go to work", rules.ReasonArrears, rules.UnitHardship},
		{"厂里讲资金紧张 医保停了五个月 人照常上班", rules.ReasonArrears, ""},
		// Not this reading: a job left, the person paying.
		{"公司医保停了2个月 我辞职了 现在还在找工作", rules.ReasonLeftJob, ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != c.reason || c.status != "" && e.UnitStatus != c.status {
			t.Errorf("%q: %v, want reason %s status %s", c.in, e, c.reason, c.status)
		}
	}
}

// An age close at hand with the years told and a question whether they are
// enough: the years at retirement (at-age); with arrears told, not.
func TestNearAge47b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"我爸在广州上班 快60了 医保一共交了28年 都是在广州交的 退休以后还用交吗", rules.RetirementAtAge},
		{"我爸马上60岁了 交了26年医保 退休后还要交吗", rules.RetirementAtAge},
		{"俺爹明年就60了 医保交了20年 够不够", rules.RetirementAtAge},
		{"我妈快50了 在工厂上班 医保交了16年 还差几年", rules.RetirementAtAge},
		{"我快到60岁了 职工医保交了30年 退休后还用交吗", rules.RetirementAtAge},
		{"我妈快55了 医保交了18年 够不够", rules.RetirementAtAge},
		{"nearly 60 and paid 25 years, is that enough", rules.RetirementAtAge},
		// Not near a statutory age, or a gap told: not at-age.
		{"我今年才快40了 交了15年 够不够", ""},
		{"我爸快60了 公司欠了他3个月医保 退休后还用交吗", ""},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Stated.Retirement != c.want && !(c.want == "" && a.Stated.Retirement != rules.RetirementAtAge) {
			t.Errorf("%q: stated retirement %q, want %q", c.in, a.Stated.Retirement, c.want)
		}
	}
}
