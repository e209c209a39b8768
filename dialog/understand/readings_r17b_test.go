package understand

import (
	"strconv"
	"testing"

	"bujiao/rules"
)

// TestUnitEndMonthR17b: audit round 17 R17-M3. The month an employer
// ended (boss gone, closed, bankrupt) is no first unpaid month: no gap is
// read from it unless the person ties the gap to it; a count told beside
// it stays the gap. At the gap question the month is the answer given.
func TestUnitEndMonthR17b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		expect rules.Field
		gap    string // Duration as "since YYYY-MM", "N months" or ""
		status rules.UnitStatus
	}{
		// The event's month alone: no gap.
		{"wenzhou, my boss ran off in october, am i covered?", "", "", rules.UnitAbsconded},
		{"the owner disappeared last month, suzhou", "", "", rules.UnitAbsconded},
		{"ningbo, my company closed down last month", "", "", rules.UnitClosed},
		{"the factory went bankrupt in september, hangzhou", "", "", rules.UnitBankrupt},
		{"上海 老板上个月失联了", "", "", rules.UnitAbsconded},
		{"厂子九月份倒闭了 在东莞", "", "", rules.UnitClosed},
		{"杭州 公司上上个月关门了", "", "", rules.UnitClosed},
		{"laoban shanggeyue paolu le, hangzhou", "", "", rules.UnitAbsconded},
		{"老闆上個月跑路了 深圳", "", "", rules.UnitAbsconded},
		// Tied to the gap by the person: kept.
		{"my boss ran off in october and stopped paying, wenzhou", "", "since 2026-10", rules.UnitAbsconded},
		{"the owner disappeared last month, nothing paid since, suzhou", "", "since 2026-11", rules.UnitAbsconded},
		{"unpaid since october when the company closed down, ningbo", "", "since 2026-10", rules.UnitClosed},
		{"厂子九月份倒闭了 医保也断了 在东莞", "", "since 2026-09", rules.UnitClosed},
		{"公司上个月关门了 之后就没人缴了 杭州", "", "since 2026-11", rules.UnitClosed},
		{"断缴从十月开始 老板跑了 温州", "", "since 2026-10", rules.UnitAbsconded},
		// A count beside it is the gap.
		{"老板上个月跑路了 欠了三个月医保 杭州", "", "3 months", rules.UnitAbsconded},
		{"my boss vanished in october, he owes 2 months, shanghai", "", "2 months", rules.UnitAbsconded},
		// At the gap question the month answers it.
		{"老板上个月跑了", rules.FieldGap, "since 2026-11", rules.UnitAbsconded},
		// No employer's end: the month stays the gap's.
		{"医保从上个月开始没缴 杭州", "", "since 2026-11", ""},
	} {
		e := Analyze(c.in, today, nil, c.expect).Extracted
		got := ""
		switch {
		case e.Gap != nil && e.Gap.Since != nil:
			got = "since " + e.Gap.Since.String()
		case e.Gap != nil:
			got = strconv.Itoa(e.Gap.Months) + " months"
		}
		if got != c.gap {
			t.Errorf("%q: gap %q, want %q", c.in, got, c.gap)
		}
		if e.UnitStatus != c.status {
			t.Errorf("%q: unit %q, want %q", c.in, e.UnitStatus, c.status)
		}
	}
}

// TestStillOpenR17b: audit round 17 R17-M4. An employer said to be still
// there, or an end denied, is trading, and a denial is a correction; the
// same words about the enrolment window or asked as a question are not.
func TestStillOpenR17b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		expect  rules.Field
		status  rules.UnitStatus
		correct bool
	}{
		{"sorry no, it's still open, they just haven't paid", "", rules.UnitNormal, true},
		{"说错了 公司还在 只是没交", "", rules.UnitNormal, true},
		{"公司还在 就是一直拖着没缴", "", rules.UnitNormal, false},
		{"厂子还在 但是三个月没交医保了", "", rules.UnitNormal, false},
		{"公司没倒闭 就是没交", "", rules.UnitNormal, true},
		{"老板没跑 公司还开着", "", rules.UnitNormal, true},
		{"单位都还在 就是没给交", "", rules.UnitNormal, false},
		{"公司還在 只是沒交", "", rules.UnitNormal, false},
		{"actually the company never closed, they just stopped paying", "", rules.UnitNormal, true},
		{"wait, not bankrupt, still in business, just behind on payments", "", rules.UnitNormal, true},
		{"the boss is back, they just owe 2 months", "", rules.UnitNormal, true},
		{"it's still open", rules.FieldUnitStatus, rules.UnitNormal, false},
		// Not the employer, or asked.
		{"is the enrolment window still open?", "", "", false},
		{"it's still open", rules.FieldInWindow, "", false},
		{"公司还在吗", "", "", false},
		{"公司还在拖着不交", "", "", false},
		{"公司没倒闭吗", "", "", false},
	} {
		a := Analyze(c.in, today, nil, c.expect)
		if a.UnitStatus != c.status {
			t.Errorf("%q: unit %q, want %q", c.in, a.UnitStatus, c.status)
		}
		if c.correct && !a.Correction {
			t.Errorf("%q: not read as a correction", c.in)
		}
	}
}

// "没关系" (no matter) is no employer's state.
func TestNoMatterNotOpenR17b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{"跟这个没关系 我想问我在上海自己交的医保断了三个月怎么补", "没有关系 我自己交的"} {
		if a := Analyze(in, today, nil, ""); a.UnitStatus != "" || a.Correction {
			t.Errorf("%q: unit %q, correction %v", in, a.UnitStatus, a.Correction)
		}
	}
}

// TestPersonaR17b: audit round 17 R17-M5. No job is no job left; a farmer,
// the countryside, a housewife or no job, with no word of the employee
// scheme, is the resident scheme; an age of 60 or more is at retirement
// age only for a member of the employee scheme and only past the latest
// statutory age for that birth year.
func TestPersonaR17b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in         string
		scheme     rules.Scheme
		retirement rules.Retirement
		payer      rules.Payer
		reason     rules.Reason
	}{
		{"i'm a housewife, no job, in shanghai, haven't paid medical insurance for a year", rules.SchemeResident, "", "", ""},
		{"我是家庭主妇 医保断了一年 在上海", rules.SchemeResident, "", "", ""},
		{"全职妈妈 没工作 杭州 医保两年没交了", rules.SchemeResident, "", "", ""},
		{"stay-at-home mom in ningbo, missed last year's medical insurance", rules.SchemeResident, "", "", ""},
		{"my dad is 68, farmer, never had any medical insurance, guangzhou", rules.SchemeResident, "", "", ""},
		{"我爸65岁 在老家种地 医保今年没交 长沙", rules.SchemeResident, "", "", ""},
		{"我妈70岁了 农村的 医保去年没交 在温州", rules.SchemeResident, "", "", ""},
		{"她是农村老人 没工作", rules.SchemeResident, "", "", ""},
		{"my mom lives in the countryside near chengdu, she didnt pay this year", rules.SchemeResident, "", "", ""},
		{"wo shi nongmin, yibao qunian mei jiao, hefei", rules.SchemeResident, "", "", ""},
		{"我无业 医保断了半年 在广州", rules.SchemeResident, "", "", ""},
		// A job left, an employer or the employee scheme said: not resident.
		{"离职了 现在没工作 上海 断了3个月", "", "", rules.PayerUnit, rules.ReasonLeftJob},
		{"no job since i quit in may, shenzhen", "", "", rules.PayerUnit, rules.ReasonLeftJob},
		{"以前公司交的 现在没工作 医保断了4个月 杭州", "", "", rules.PayerUnit, rules.ReasonLeftJob},
		{"没工作 自己交的灵活就业 断了两个月 苏州", rules.SchemeEmployee, "", rules.PayerIndividual, ""},
		// Age: at retirement age only in the employee scheme, past the
		// latest statutory age for the birth year.
		{"我今年62了 职工医保 交了20年 杭州", rules.SchemeEmployee, rules.RetirementAtAge, "", ""},
		{"employee scheme, i'm 64, paid 18 years, shanghai", rules.SchemeEmployee, rules.RetirementAtAge, "", ""},
		{"职工医保 今年60了 交了20年 杭州", rules.SchemeEmployee, "", "", ""}, // a man born 1966 may retire later
		{"my grandma is 75 in hangzhou, she missed paying medical insurance this year", "", "", "", ""},
	} {
		in := c.in
		if hz, ok := Depinyin(in); ok {
			in = hz // as the chat reads pinyin
		}
		e := Analyze(in, today, nil, "").Extracted
		if e.Scheme != c.scheme || e.Retirement != c.retirement || e.Payer != c.payer || e.Reason != c.reason {
			t.Errorf("%q: scheme %q retirement %q payer %q reason %q; want %q %q %q %q", c.in, e.Scheme, e.Retirement, e.Payer, e.Reason,
				c.scheme, c.retirement, c.payer, c.reason)
		}
	}
	for _, c := range []struct {
		age, year int
		want      bool
	}{{60, 2026, false}, {61, 2026, true}, {63, 2026, true}, {61, 2030, false}, {64, 2040, true}, {62, 2040, false}, {59, 2020, false}, {60, 2024, true}} {
		if got := pastRetirementAge(c.age, c.year); got != c.want {
			t.Errorf("pastRetirementAge(%d, %d) = %v, want %v", c.age, c.year, got, c.want)
		}
	}
}

// "去年没缴今年也没缴": last year and this year, two broken years (heldout3
// f3-voice-resident-anhui, read once the countryside is the resident
// scheme).
func TestAlsoThisYearR17b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		months int
	}{
		{"我妈在安徽农村的医保去年没交今年也没交", 24},
		{"居民医保 去年没交 今年也没交 合肥", 24},
		{"我是农民 医保去年断了 今年也断了", 24},
		{"居民医保去年漏交了 今年又没交", 24},
		{"城乡居民医保 去年忘了交 今年还是没交", 24},
		{"resident scheme, didn't pay last year and missed this year too, hefei", 24},
		{"居民医保去年没交 今年交了", 12},
		{"我妈70岁了 农村的 医保去年没交 在温州", 12},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.months {
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.months)
		}
	}
}
