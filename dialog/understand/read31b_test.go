package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

func TestRound31bReadings(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	gap := func(e Extracted) int {
		if e.Gap == nil || e.Gap.Since != nil {
			return -1
		}
		return e.Gap.Months
	}
	// A past visit's month is no gap start.
	for _, in := range []string{
		"Ningbo, flexible worker, stopped paying 4 months. saw the doctor already in September and paid cash.",
		"self employed in shanghai, missed 4 months. went to the hospital back in October, paid myself.",
		"freelancer in guangzhou, stopped paying 4 months, had a checkup earlier in November.",
	} {
		if e := Analyze(in, today, nil, "").Extracted; gap(e) != 4 || e.GapConflict {
			t.Errorf("%q: gap %+v conflict %v, want 4 months", in, e.Gap, e.GapConflict)
		}
	}
	// Shanghainese 脱缴 / 几化辰光.
	for _, in := range []string{
		"我自家交额医保 脱交了三个月 上海",
		"灵活就业自家交额 医保脱缴三个月了 再交要等几化辰光",
		"上海 医保断脱三个月了 现在再交要几辰光",
	} {
		if e := Analyze(in, today, nil, "").Extracted; gap(e) != 3 {
			t.Errorf("%q: gap %+v, want 3 months", in, e.Gap)
		}
	}
	// The month a new job started: the months owed are the gap.
	for _, in := range []string{
		"changed jobs in hangzhou. my old employer did not pay my last 2 months before i left, then i joined a new firm right away last month. so gap is 2 months",
		"switched jobs in guangzhou, the previous company didn't pay the last 2 months before I left, I started at the new company in November, gap is 2 months",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if gap(e) != 2 || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != 2 || e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: gap %+v owed %v reason %q, want 2 owed, 2 months, job change", in, e.Gap, e.ArrearsBeforeLeaving, e.Reason)
		}
	}
	// A new job begun right after leaving: the months owed are the gap.
	for _, in := range []string{
		"changed jobs in hangzhou. my old employer did not pay my last 2 months before i left, and i joined a new firm the next day",
		"换工作了 原来公司走之前欠了我两个月医保没交 离职第二天就入职新公司了 在杭州",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if gap(e) != 2 || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != 2 {
			t.Errorf("%q: gap %+v owed %v, want 2 owed, 2 months", in, e.Gap, e.ArrearsBeforeLeaving)
		}
	}
	if e := Analyze("changed jobs. my old employer did not pay my last 2 months before i left, i did not start the new job right away", today, nil, "").Extracted; gap(e) == 2 {
		t.Errorf("a break between jobs read as none: gap %+v", e.Gap)
	}
	// A newborn asked about for the parents who work.
	for _, in := range []string{
		"外孙女刚生下来十来天 在深圳 她父母都在上班 让我问下医保怎么上",
		"孙子刚出生 儿子儿媳都上班没时间 我来问问在杭州怎么给他办医保",
		"my granddaughter was born in shenzhen last week, her parents both work, how do we get her insured",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Newborn == nil || !*e.Newborn || e.Retirement != "" || e.Scheme == rules.SchemeEmployee {
			t.Errorf("%q: newborn %v retirement %q scheme %q, want a newborn with no working age", in, e.Newborn, e.Retirement, e.Scheme)
		}
	}
	// Kept: the person's own work with a newborn.
	if e := Analyze("宝宝刚出生 我在上班 单位交的职工医保", today, nil, "").Extracted; e.Scheme != rules.SchemeEmployee {
		t.Errorf("own work: scheme %q, want employee", e.Scheme)
	}
	// Months owed said paid in a month: paid back then, not a gap start.
	for _, in := range []string{
		"my boss paid the 2 unpaid months in october, anything else to do?",
		"the employer paid all the 2 missing months in september",
		"finally the company paid the 2 owed months in august. shenzhen",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if gap(e) != 2 || e.ArrearsPaid == nil || e.Reason != rules.ReasonArrears {
			t.Errorf("%q: gap %+v paid %v reason %q, want 2 months paid back", in, e.Gap, e.ArrearsPaid, e.Reason)
		}
	}
	for _, in := range []string{"i last paid in april", "the company hasn't paid the 2 owed months since august"} {
		if e := Analyze(in, today, nil, "").Extracted; e.ArrearsPaid != nil || e.ArrearsPaidSaid {
			t.Errorf("%q: read as paid back", in)
		}
	}
}

func TestRound31bDrawingStated(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"领失业金期间医保要自己交吗 我在上海", true},
		{"失业金领着的时候医保还要交吗 我在杭州", true},
		{"领失业金期间医保要自己交吗", false},
		{"如果领失业金的话 医保要自己交吗 我在上海", false},
	} {
		a := Analyze(c.in, today, nil, "")
		a.Stated.Region = ""
		if hasAny(c.in, []string{"上海", "杭州"}) {
			a.Stated.Region = "x"
		}
		a.Stated.Reason = ""
		drawingStated31b(&a)
		if got := a.Stated.Reason == rules.ReasonUnemployment; got != c.want {
			t.Errorf("%q: drawing stated %v, want %v", c.in, got, c.want)
		}
	}
}

func TestDialect31b(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"医保交了二十年 都搁沈阳交的", "都在沈阳"},
		{"一直搁长春上班", "一直在长春"},
		{"医保脱缴三个月", "漏缴三个月"},
		{"现在是集中交个辰光", "缴的时候"},
		{"再交要等几化辰光", "多长时间"},
		{"东西先搁那儿", "搁那儿"}, // 搁 as "put" stays
	} {
		if got := fixTypos(normalizeText(c.in).s); !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want it to contain %q", c.in, got, c.want)
		}
	}
}
