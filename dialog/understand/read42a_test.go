package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// fakeCities42a: fakeCities36b with the cities of fix42a's wordings.
type fakeCities42a struct{}

var fakeCities42aNames = append([][3]string{
	{"beijing", "national", "1100"}, {"北京", "national", "1100"},
	{"xian", "national", "6101"}, {"xi'an", "national", "6101"}, {"西安", "national", "6101"},
	{"shaoxing", "zhejiang", "3306"}, {"绍兴", "zhejiang", "3306"},
	{"jiaxing", "zhejiang", "3304"}, {"嘉兴", "zhejiang", "3304"},
	{"tianjin", "national", "1200"}, {"天津", "national", "1200"},
	{"沈阳", "national", "2101"}, {"哈尔滨", "national", "2301"}, {"shenyang", "national", "2101"},
}, fakeCities36bNames...)

func (fakeCities42a) find(text string) (int, bool) {
	best, at := -1, -1
	for i, a := range fakeCities42aNames {
		if j := strings.Index(text, a[0]); j >= 0 && (at < 0 || j < at) {
			best, at = i, j
		}
	}
	return best, best >= 0
}

func (f fakeCities42a) MatchRegion(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities42aNames[i][1], true
}

func (f fakeCities42a) CityCode(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities42aNames[i][2], true
}

// TestNewPlaceStart42a (fix42a, R31-W1 / R31-M1 / R31-M2): the family is a
// move told as the old place paid (or worked) to a month and the new
// place's start told as the employer's act on the person, a dialect verb or
// "joined / started at" a company of another city, with a month or a day:
// the employee scheme, a job change across cities, the new region, the
// month paying resumed, the gap from the month after the old place's last
// (none when the new start is that month). Sibling wordings (none from the
// audit): zh and en, orders, words between, no punctuation, typos, a
// correction halfway, the day as "11-10".
func TestNewPlaceStart42a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		resumed string // "" with noGap
		noGap   bool
		since   string // "" = not checked
	}{
		{"俺在沈阳干到4月底 5月6月没交 7月15号宁波那家厂子给俺上了保险 8月3号看病能报不", "zhejiang", "2026-07", false, "2026-05"},
		{"之前天津单位交到3月份，4到5月空着，6月杭州新公司帮我办了参保，7月住院", "zhejiang", "2026-06", false, "2026-04"},
		{"在武汉上班到5月底 6 7月没交 8月去宁波那边上班了 9月10号看病", "zhejiang", "2026-08", false, "2026-06"},
		{"北京干到五月底 六月七月啥也没缴 八月二十号杭州公司给偶上的保险 九月看牙", "zhejiang", "2026-08", false, "2026-06"},
		{"武汉交到6月 8月杭州公司给我上的保险 不对 是9月 10月看病", "zhejiang", "2026-09", false, "2026-07"},
		{"北京交到6月 7月到嘉兴整了个活 8月看牙能报吗", "zhejiang", "2026-07", true, ""},
		{"成都公司交到9月我就走了10月20号杭州的公司给我上的保险10月25号看病能报吗", "zhejiang", "2026-10", true, ""},
		{"上海交到10月 进了绍兴一家厂 11-10给我参的保 11月12号看病", "zhejiang", "2026-11", true, ""},
		{"worked in tianjin until april, no insurance may and june, joined a hangzhou firm in july, doctor aug 2", "zhejiang", "2026-07", false, "2026-05"},
		{"beijing paid thru march then i started at a company in shanghai in june. clinic july 20", "shanghai", "2026-06", false, "2026-04"},
		{"my wuhan employer paid to may. moved to a shenzhen company in august. dentist sep 9", "guangdong", "2026-08", false, "2026-06"},
		{"wuhan paid until june joind a hangzhou company in aug hospital sep 3", "zhejiang", "2026-08", false, "2026-07"},
		{"chengdu job paid till end of september; a ningbo factory in october registered me, hospital oct 30", "zhejiang", "2026-10", true, ""},
	} {
		a := Analyze(c.in, today, fakeCities42a{}, "")
		e := a.Extracted
		if e.Region != c.region || e.Scheme != rules.SchemeEmployee || e.Reason != rules.ReasonJobChange || e.Payer != rules.PayerUnit {
			t.Errorf("%q: region %q scheme %q reason %q payer %q, want %q employee job-change unit", c.in, e.Region, e.Scheme, e.Reason, e.Payer, c.region)
		}
		if !a.MovedAcross {
			t.Errorf("%q: not read as a move across cities", c.in)
		}
		switch {
		case c.noGap:
			// No month unpaid; the start month kept for the days around it
			// (fix41a), never another month.
			if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 0 || e.Resumed != nil && e.Resumed.String() != c.resumed {
				t.Errorf("%q: gap %+v resumed %v, want no gap (start %s)", c.in, e.Gap, e.Resumed, c.resumed)
			}
		case e.Resumed == nil || e.Resumed.String() != c.resumed || !e.GapEnded:
			t.Errorf("%q: resumed %v, want %s", c.in, e.Resumed, c.resumed)
		}
		if c.since != "" && (e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != c.since) {
			t.Errorf("%q: gap %+v, want since %s", c.in, e.Gap, c.since)
		}
	}
}

// TestNewPlaceStart42aLeftAlone: no old place, an employer told not to
// have insured the person, a start still to come, the resident scheme, a
// question whether the time between is a gap with no new place: no job
// change and no month resumed read here.
func TestNewPlaceStart42aLeftAlone(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"杭州公司给我上的保险 9月看病能报吗",
		"北京干到5月底 后来杭州公司一直没给我上保险 9月看病",
		"上海交到10月 中间算不算断缴",
		"成都交到2月 明年3月杭州公司给我上保险",
		"成都居民医保交到去年 今年8月杭州的公司给我上了保险",
		"worked in wuhan till may, the hangzhou company in july never registered me",
		"i joined a shanghai company in august",
		"在杭州上班 公司8月开始没给我交医保",
	} {
		a := Analyze(in, today, fakeCities42a{}, "")
		if a.Extracted.Resumed != nil && a.Extracted.Resumed.Since(today.MonthOf()) > 0 {
			t.Errorf("%q: a month to come read as resumed: %v", in, a.Extracted.Resumed)
		}
		if a.MovedAcross && a.Extracted.Reason == rules.ReasonJobChange {
			t.Errorf("%q: read as a move across cities", in)
		}
	}
}

// TestNewPlaceStart42aDialect: the old place told only with a dialect verb
// of working ("干到", "打工到") is a place worked in.
func TestNewPlaceStart42aDialect(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ in, resumed string }{
		{"哈尔滨那边干到4月底 5月6月没整 7月10号去宁波那边整了个活 厂子给俺上了保险 8月15号看病能报不", "2026-07"},
		{"在天津打工到3月 4 5月空着 6月进了杭州一家厂 6-18给我上的保险", "2026-06"},
	} {
		a := Analyze(c.in, today, fakeCities42a{}, "")
		if e := a.Extracted; e.Reason != rules.ReasonJobChange || e.Resumed == nil || e.Resumed.String() != c.resumed {
			t.Errorf("%q: reason %q resumed %v, want job-change %s", c.in, e.Reason, e.Resumed, c.resumed)
		}
	}
}
