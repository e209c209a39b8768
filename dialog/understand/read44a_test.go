package understand

import (
	"testing"

	"bujiao/rules"
)

// TestNoGapMove44a (fix44a, R32-W1): a move told with no month unpaid is a
// gap of 0 with the new place's start month kept, never a gap run to today;
// the old place's "paid through June" clause is no start. Sibling wordings
// of my own (none from the audit): zh/en, orders, words between, no
// punctuation, typos.
func TestNoGapMove44a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in, region, resumed string
	}{
		{"my dongguan company paid through april and a foshan employer started paying in may, never missed a month. doctor may 20 covered?", "guangdong", "2026-05"},
		{"foshan firm paid thru march then dongguan company paid from april no gap at all clinic april 9", "guangdong", "2026-04"},
		{"worked in wuhan until august; the shenzhen company registered me in september, not a single month missed", "guangdong", "2026-09"},
		{"didnt miss a single month: chengdu job paid till may, hangzhou company started paying june. hospital june 10?", "zhejiang", "2026-06"},
		{"广州的公司给我交到6月底 7月进了深圳的公司接着交 中间没断过一个月 7月12号急诊能报吗", "guangdong", "2026-07"},
		{"东莞交到3月 4月入职了佛山一家公司 无缝衔接 4月10号住院", "guangdong", "2026-04"},
		{"在武汉上班到8月底，9月进了杭州的公司，中间一个月都没断，9月20号看病能报吗", "zhejiang", "2026-09"},
		{"成都交到五月份 六月份去了上海的新公司开始交医保 中间没断缴 6月15号手术", "shanghai", "2026-06"},
		{"佛山那边干到了10月 11月到东莞入职了 没有空档 11月5号看的病", "guangdong", "2026-11"},
		{"中间没断！深圳交到2月份，3月份进了广州的厂，3月8号去医院了", "guangdong", "2026-03"},
		// The start told without read39a's / read42a's markers: the two
		// cities and a month (twoCityStart44a).
		{"foshan paid up to feb and from march the dongguan employer took over, no month missed, clinic march 3", "guangdong", "2026-03"},
		{"东莞单位交到9月，10月起佛山公司接着交，没断过，10月8号住院", "guangdong", "2026-10"},
		{"wuhan company covered me till april then hangzhou firm from may no gap hospital may 9", "zhejiang", "2026-05"},
		{"i switched jobs from chengdu to shanghai in august, never missed a month, surgery aug 30", "shanghai", "2026-08"},
		{"从佛山换到东莞的厂 5月开始东莞交 无缝衔接 5月6号看病", "guangdong", "2026-05"},
		{"dongguan thru sept foshan company paid from oct didnt miss a month dentist 10/5", "guangdong", "2026-10"},
		{"深圳公司交到十月份 十一月广州公司开始交 中间一个月都没落下 11月2日急诊", "guangdong", "2026-11"},
		{"shenzhen paid through august; guangzhou company afterwards, seamless. doctor sept 4", "guangdong", "2026-09"},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Gap == nil || e.Gap.Months != 0 || e.Gap.Since != nil || e.Resumed == nil || e.Resumed.String() != c.resumed || !e.GapEnded {
				t.Errorf("%q: gap %+v resumed %v ended %v, want none with start %s", c.in, e.Gap, e.Resumed, e.GapEnded, c.resumed)
			}
			if e.Region != c.region || e.Scheme != rules.SchemeEmployee || e.Reason != rules.ReasonJobChange {
				t.Errorf("%q: region %q scheme %q reason %q, want %q employee job change", c.in, e.Region, e.Scheme, e.Reason, c.region)
			}
		}
		if !a.MovedAcross {
			t.Errorf("%q: not a move across cities", c.in)
		}
	}
	// Not read as no gap: months between told, a time idle told, the
	// no-gap words said of the old place's years or of the new place since
	// its start, or a question.
	for _, in := range []string{
		"广州交到4月 7月进了深圳的公司 中间没断过 7月12号急诊",
		"dongguan paid through march, then uninsured for three months, a foshan company paid from july, no gap otherwise",
		"广州交了5年没断过，6月离职，8月进了深圳的公司，8月20号住院",
		"广州那边离职了 8月进了深圳的公司 到现在一直没断 9月看病",
		"深圳那边离职了 7月进了广州的公司 中间断没断啊",
		"dongguan paid through feb, the foshan employer from june, no month missed they say",
		"从东莞离职了 佛山的单位6月开始给我交 到现在一直没断 7月看病",
		"foshan to dongguan in may, did i miss a month or is there no gap?",
	} {
		a := Analyze(in, today, fakeCities41a{}, "")
		if e := a.Extracted; e.Gap != nil && e.Gap.Months == 0 && e.Gap.Since == nil && e.Resumed != nil && e.GapEnded {
			t.Errorf("%q: read as a move with no gap (resumed %v)", in, e.Resumed)
		}
	}
}

// TestPaidToClause44a: the old place's "paid … through June" clause is
// not a start (R32-W1).
func TestPaidToClause44a(t *testing.T) {
	for _, c := range []struct {
		in   string
		city string
	}{
		{"guangzhou employer paid my insurance through june, then shenzhen company paid from july", "shenzhen"},
		{"dongguan company paid till end of march and the foshan firm paid from april", "foshan"},
		{"广州的公司给我交到6月底，深圳的公司7月开始给我交", "深圳"},
	} {
		st, ok := pickStart42a(c.in, fakeCities41a{})
		if !ok || st.city != c.city {
			t.Errorf("%q: start %+v %v, want %s", c.in, st, ok, c.city)
		}
	}
}
