package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// fakeCities38b adds Changsha and Xi'an (no sources: national) to
// fakeCities36b.
type fakeCities38b struct{ fakeCities36b }

func (f fakeCities38b) MatchRegion(text string) (string, bool) {
	if r, ok := f.fakeCities36b.MatchRegion(text); ok {
		return r, ok
	}
	if strings.Contains(text, "changsha") || strings.Contains(text, "长沙") || strings.Contains(text, "xian") || strings.Contains(text, "西安") {
		return "national", true
	}
	return "", false
}

func (f fakeCities38b) CityCode(text string) (string, bool) {
	if c, ok := f.fakeCities36b.CityCode(text); ok {
		return c, ok
	}
	switch {
	case strings.Contains(text, "changsha") || strings.Contains(text, "长沙"):
		return "4301", true
	case strings.Contains(text, "xian") || strings.Contains(text, "西安"):
		return "6101", true
	}
	return "", false
}

// TestOldCityEmployerPaid38b (fix38b, R29-W1): the old city told as the one
// whose employer paid ("my shanghai employer paid my insurance through
// may", "我上海的单位给我交到5月"), a job in a city without sources from
// August 1, a day in July: the region is the old city (GapBeganHere), the
// gap ended by the August job, the day asked is July 25, and the job's
// first day is not a treatment day.
func TestOldCityEmployerPaid38b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in, region, resumed, treat string
	}{
		{"my shanghai employer paid my insurance through may then i quit june and july nothing started a new job in changsha aug 1 i was in hospital jul 25 can that be reimbursed", "shanghai", "2026-08", "07-25"},
		{"i was in hospital jul 25. my shanghai company paid through may, i quit, june july nothing, started a new job in changsha aug 1 - covered?", "shanghai", "2026-08", "07-25"},
		{"My Shanghai employer paid my insurance thru May, then I quit. June, July: nothing. Started a new job in Changsha Aug 1st. Was in hospital July 25th, can it be reimbursed?", "shanghai", "2026-08", "07-25"},
		{"my shanghai employer payed my insurence through may, quit in june, started a new job in xian august 1, was in the hospital july 25 reimbursed?", "shanghai", "2026-08", "07-25"},
		{"我上海的单位给我交到5月，然后我辞职了，6月7月都没交，8月1号在长沙入职新工作，7月25号住院了能报销吗", "shanghai", "2026-08", "07-25"},
		{"7月25号住院了 我上海公司交到5月 然后辞了 6 7月没交 8月1号去长沙上班了 能报吗", "shanghai", "2026-08", "07-25"},
		{"上海的单位一直交到5月份 后来辞职 6、7月断了 8月来长沙上班 7月25日住的院能不能报", "shanghai", "2026-08", "07-25"},
	} {
		a := Analyze(c.in, today, fakeCities38b{}, "")
		e := a.Stated
		if e.Region != c.region || !e.GapBeganHere {
			t.Errorf("%q: region %q here %v, want %q here", c.in, e.Region, e.GapBeganHere, c.region)
		}
		if e.Scheme != rules.SchemeEmployee || e.Reason != rules.ReasonJobChange || !a.MovedAcross {
			t.Errorf("%q: scheme %q reason %q across %v, want employee job change across", c.in, e.Scheme, e.Reason, a.MovedAcross)
		}
		got := ""
		if e.Resumed != nil {
			got = e.Resumed.String()
		}
		if got != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.in, got, c.resumed)
		}
		tr := ""
		if a.Extracted.Treatment != nil {
			tr = a.Extracted.Treatment.String()[5:]
		}
		if tr != c.treat {
			t.Errorf("%q: treatment %q, want %q", c.in, tr, c.treat)
		}
		for _, d := range TreatmentDays30c(c.in) {
			if d.Month == 8 && d.Day == 1 {
				t.Errorf("%q: the job's first day 08-01 listed as a treatment day", c.in)
			}
		}
	}
}

// TestJobStartDay38b: a day told with a job begun is no treatment day; a
// visit beside it still is.
func TestJobStartDay38b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []MonthDay
	}{
		{"started a new job in changsha aug 1 i was in hospital jul 25 and aug 20", []MonthDay{{7, 25}, {8, 20}}},
		{"aug 1 i started my new job, doctor jul 25, surgery aug 20", []MonthDay{{7, 25}, {8, 20}}},
		{"new job in wuhan from aug 1; clinic jul 25; hospital aug 20", []MonthDay{{7, 25}, {8, 20}}},
		{"8月1号入职，7月25号住院，8月20号复查", []MonthDay{{7, 25}, {8, 20}}},
		{"7月25号住院，8月1号在长沙上班，8月20号又去看病", []MonthDay{{7, 25}, {8, 20}}},
		{"新工作8月1号开始 7月25号看病 8月20号手术", []MonthDay{{7, 25}, {8, 20}}},
		// a visit right after a job word is still a visit
		{"started the new job, then hospital jul 25 and clinic aug 20", []MonthDay{{7, 25}, {8, 20}}},
	} {
		got := TreatmentDays30c(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %v, want %v", c.in, got, c.want)
			}
		}
	}
}
