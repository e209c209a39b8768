package understand

import (
	"testing"

	"bujiao/rules"
)

// TestTreatRange21c: audit round 21 R21-M2, a hospital stay told as a
// range of days is read as both ends (treatment_date, treatment_until),
// in Chinese and English, with a second end told as a day only and a
// range crossing months or the year. Sibling wordings, not the audit's.
func TestTreatRange21c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in          string
		from, until string // until "" : no span read
	}{
		{"杭州 单位10月起没交 我1月3号到1月9号要住院 能报吗", "2027-01-03", "2027-01-09"},
		{"宁波 公司欠了两个月 12月14号到22号住院", "2026-12-14", "2026-12-22"},
		{"深圳 自己交的断了3个月 下个月5号至15号住院", "2027-01-05", "2027-01-15"},
		{"上海 单位没交11月的 12月26号到1月4号住院 能报吗", "2026-12-26", "2027-01-04"},
		{"上海 公司9月开始没交 我10月8号到10月16号住院了", "2026-10-08", "2026-10-16"},
		{"ningbo, employer skipped october, i'm in hospital from dec 14 to dec 21, covered?", "2026-12-14", "2026-12-21"},
		{"guangzhou, self-employed, missed 2 months, surgery and hospital stay jan 4 through jan 11", "2027-01-04", "2027-01-11"},
		{"shanghai, boss didn't pay november, hospital dec 27 to jan 3", "2026-12-27", "2027-01-03"},
		{"hangzhou, company missed november, staying in hospital between december 12 and december 19", "2026-12-12", "2026-12-19"},
		{"shanghai, company missed november, hospital 12 dec to 19 dec", "2026-12-12", "2026-12-19"},
		{"hangzhou, employer skipped october, hospital dec 14-19", "2026-12-14", "2026-12-19"},
		{"杭州 单位10月没交 12月14-19号住院", "2026-12-14", "2026-12-19"},
		// Not a stay's range: a range of months, or of other days.
		{"上海 断缴3到5个月 12月20号住院", "2026-12-20", ""},
		{"shanghai, stopped paying from march 1 to may 31, surgery dec 20", "2026-12-20", ""},
		{"上海 公司11月没交 12月20号住院 住3到5天", "2026-12-20", ""},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		from, until := "", ""
		if e.Treatment != nil {
			from = e.Treatment.String()
		}
		if e.TreatmentUntil != nil {
			until = e.TreatmentUntil.String()
		}
		if from != c.from || until != c.until {
			t.Errorf("%q: treatment %q until %q, want %q until %q", c.in, from, until, c.from, c.until)
		}
		if c.until != "" && e.Gap == nil {
			// The days of a month joined by "-" are no range of numbers
			// with no single reading: the gap told beside them is kept.
			t.Errorf("%q: gap dropped", c.in)
		}
	}
}

// FuzzTreatRange21c: the range readers never panic.
func FuzzTreatRange21c(f *testing.F) {
	for _, s := range []string{"12月10号到20号", "到", "-", "dec 10 to", "to dec 20", "between and", "31号至", "月到月", "dec 10-20", "12月10-20号", "march 3-5 months"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		zhDayRanges(s)
		enDayRanges(s)
		for i := 0; i <= len(s); i++ {
			monthBeforeDay(s, i)
		}
	})
}

// TestRetiredYears21c: audit round 21 R21-W3, a retiree told with the
// years paid is read with them (years worked told with the insurance, a
// bare count, after "got his pension" or a month of retiring); the month
// of retiring is no gap. Sibling wordings, not the audit's.
func TestRetiredYears21c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		years string // "" none
		ret   rules.Retirement
		noGap bool
	}{
		{"my mother is 58, worked in ningbo 13 years with medical insurance, retired now, does she have to pay more?", "13", "", true},
		{"dad just retired, worked 16 years in wenzhou on employee insurance, anything else to pay?", "16", "", true},
		{"my father got his pension in october, shaoxing, 12 years of contributions, does he owe more?", "12", rules.RetirementRetired, true},
		{"retired in september in hangzhou, 11 years, do i need to top up?", "11", "", true},
		{"我妈在宁波工作了13年 一直缴的职工医保 刚退休 还要补吗", "13", "", true},
		{"我爸在温州上了16年班 都有社保 退休了 够不够", "16", "", true},
		{"my dad retired last month, lives in jiaxing", "", rules.RetirementRetired, true},
		{"我爸上个月刚退休 在湖州", "", rules.RetirementRetired, true},
		// Not years paid: a gap told as a gap, time worked without insurance.
		{"退休了 断了两年 还要交吗", "", "", false},
		{"worked 14 years as a teacher, now retired in hangzhou", "", "", true},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		y := ""
		if e.YearsPaid != nil {
			y = e.YearsPaid.String()
		}
		if y != c.years {
			t.Errorf("%q: years %q, want %q", c.in, y, c.years)
		}
		if c.years == "" && c.ret == "" {
			continue
		}
		if e.Retirement != rules.RetirementRetired && e.Retirement != rules.RetirementAtAge {
			t.Errorf("%q: retirement %q, want retired or at the age", c.in, e.Retirement)
		}
		if c.ret != "" && e.Retirement != c.ret {
			t.Errorf("%q: retirement %q, want %q", c.in, e.Retirement, c.ret)
		}
		if c.noGap && e.Gap != nil {
			t.Errorf("%q: gap %+v, want none", c.in, *e.Gap)
		}
	}
}
