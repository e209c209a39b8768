package understand

import (
	"testing"

	"bujiao/rules"
)

// TestNewPlaceStart39a (fix39a, R30-W2 / R30-W3 / R30-M1): paying already
// started at the new place ends the gap: employee scheme, a job change
// across cities, the region the new city, the month the new job began as
// the month paying resumed; none when it is the gap's first month. Sibling
// wordings (none from the audit) differ in order, words between, language,
// punctuation, typos and a correction halfway.
func TestNewPlaceStart39a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		resumed string // "" = no month resumed
		noGap   bool   // the gap is none
		since   string // the gap's first month, "" = not checked
	}{
		// en: an employer registered the person in the new city.
		{"paid in wuhan through may, june july nothing, then a hangzhou company registered me aug 3. saw a doctor sep 9, covered?", "zhejiang", "2026-08", false, ""},
		{"my chengdu job ended in april and for may and june i had no insurance; the employer in ningbo registerd me on 12 july", "zhejiang", "2026-07", false, ""},
		{"worked in wuhan until the end of march, nothing april to june, a new employer in shenzhen registered me july 1 hospital aug 20", "guangdong", "2026-07", false, "2026-04"},
		{"worked in chengdu till end of may no insurance june and july then started a new job in shanghai in august. clinic sep 2 ok?", "shanghai", "2026-08", false, "2026-06"},
		{"left wuhan in feb, months without pay, then in june I started a new job at guangzhou, dentist july 4", "guangdong", "2026-06", false, ""},
		{"quitt my job in chengdu after april, may and june nothing, got a job in hangzhou in july", "zhejiang", "2026-07", false, "2026-05"},
		// en: no month went unpaid (M1 family).
		{"shanghai paid up to august. the hangzhou company registered me sep 15. doctor sep 25, covered?", "zhejiang", "", true, ""},
		{"left my wuhan job, wuhan paid thru july; new employer in ningbo registered me in august, surgery aug 30", "zhejiang", "", true, ""},
		// zh: 进了/入职/公司开始给我交.
		{"武汉交到5月份 6月7月都没交 8月进了杭州的公司 9月3号住院能报吗", "zhejiang", "2026-08", false, ""},
		{"之前在成都交到4月，后来5月到7月没交，杭州的公司8月开始给我交，9月10号看病能报销吗", "zhejiang", "2026-08", false, ""},
		{"在武汉上班到3月底 4到6月断了 7月入职了深圳一家公司 8月看急诊", "guangdong", "2026-07", false, "2026-04"},
		{"成都交到2月份后来没交了8月份去了上海的新公司开始交医保10月5号手术能报吗", "shanghai", "2026-08", false, ""},
		{"武汉交到6月 7月入职了宁波的公司 不对 是8月入职的 9月看病", "zhejiang", "2026-08", false, "2026-07"},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		e := a.Extracted
		if e.Region != c.region || e.Scheme != rules.SchemeEmployee || e.Reason != rules.ReasonJobChange || e.Payer != rules.PayerUnit {
			t.Errorf("%q: region %q scheme %q reason %q payer %q, want %q employee job-change unit", c.in, e.Region, e.Scheme, e.Reason, e.Payer, c.region)
		}
		if !a.MovedAcross {
			t.Errorf("%q: not read as a move across cities", c.in)
		}
		switch {
		case c.noGap:
			// fix41a: the start month is kept (Resumed) for the days
			// around it; the gap stays none.
			if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 0 {
				t.Errorf("%q: gap %+v resumed %v, want no gap", c.in, e.Gap, e.Resumed)
			}
		case e.Resumed == nil || e.Resumed.String() != c.resumed || !e.GapEnded:
			t.Errorf("%q: resumed %v, want %s", c.in, e.Resumed, c.resumed)
		}
		if c.since != "" && (e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != c.since) {
			t.Errorf("%q: gap %+v, want since %s", c.in, e.Gap, c.since)
		}
	}
}

// TestNewPlaceStart39aLeftAlone: no old place paid or worked in, a new
// employer told not to pay, a start still to come, or the resident scheme:
// no month resumed is read here, and an employer owing is no job change.
func TestNewPlaceStart39aLeftAlone(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in        string
		notChange bool // must not be read as a job change
	}{
		{"hangzhou company registered me on sep 10, doctor oct 3 covered?", false},
		{"杭州的公司欠了我3个月医保 10月住院能报吗", true},
		{"shanghai flexible worker, stopped paying in june, hospital oct 3", false},
		{"武汉交到6月 明年3月入职杭州的公司", false},
		{"成都的居民医保交到去年 今年8月进了杭州的公司", true},
		{"i live in shanghai but my hangzhou company registered me in march, now they owe 3 months", true},
		{"家在成都 9月入职了杭州的公司 公司一直没给交医保", false}, // read as a job change before fix39a
		{"worked in wuhan till may, the hangzhou company registered me in july but hasnt paid since september", true},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		if a.Extracted.Resumed != nil && a.Extracted.Resumed.Since(today.MonthOf()) > 0 {
			t.Errorf("%q: a month to come read as resumed: %v", c.in, a.Extracted.Resumed)
		}
		if c.notChange && a.Extracted.Reason == rules.ReasonJobChange {
			t.Errorf("%q: read as a job change", c.in)
		}
	}
}
