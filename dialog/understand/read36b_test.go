package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// fakeCities36b stands in for knowledge.Base: regions and cities, English
// and Chinese names.
type fakeCities36b struct{}

var fakeCities36bNames = [][3]string{
	{"shanghai", "shanghai", "3100"}, {"上海", "shanghai", "3100"},
	{"guangzhou", "guangdong", "4401"}, {"广州", "guangdong", "4401"},
	{"shenzhen", "guangdong", "4403"}, {"深圳", "guangdong", "4403"},
	{"hangzhou", "zhejiang", "3301"}, {"杭州", "zhejiang", "3301"},
	{"ningbo", "zhejiang", "3302"}, {"宁波", "zhejiang", "3302"},
	{"wuhan", "national", "4201"}, {"武汉", "national", "4201"},
	{"chengdu", "national", "5101"}, {"成都", "national", "5101"},
}

func (fakeCities36b) find(text string) (int, bool) {
	best, at := -1, -1
	for i, a := range fakeCities36bNames {
		if j := strings.Index(text, a[0]); j >= 0 && (at < 0 || j < at) {
			best, at = i, j
		}
	}
	return best, best >= 0
}

func (f fakeCities36b) MatchRegion(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities36bNames[i][1], true
}

func (f fakeCities36b) CityCode(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities36bNames[i][2], true
}

// TestOldNewCity36b (fix36b, R28-W4 / R28-M1): a move told as the city the
// gap began in and the city of the new job, with a day asked about before
// the new job: the region is the old city (GapBeganHere), the employee
// scheme, a job change across cities, the gap ended by the new job's month.
// Sibling wordings differ in order, words between, language, punctuation
// and typos.
func TestOldNewCity36b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		here    bool
		resumed string // "" = none read
		treat   string
	}{
		// E3 family: Shanghai → Guangzhou, Sep–Oct unpaid, job Nov 1, day Oct 12.
		{"left my shanghai job at the end of august (august was paid), september and october nothing, started in guangzhou nov 1. had an MRI on oct 12 - covered?", "shanghai", true, "2026-11", "10-12"},
		{"had an mri oct 12. i quit my shanghai job end of august, nothing paid sept and oct, started at a company in guangzhou on nov 1", "shanghai", true, "2026-11", "10-12"},
		{"worked in shanghai till august sep oct unpaid started new job in guangzhou november 1 mri october 12 covered", "shanghai", true, "2026-11", "10-12"},
		{"lfet my shanghai job in august; sept+oct no contributions; started working in guangzhou nov 1st; MRI on october 12th, is it covered", "shanghai", true, "2026-11", "10-12"},
		{"之前在上海交的，8月底离职，9月10月没交，11月1号来广州上班了，10月12号做了核磁能报吗", "shanghai", true, "2026-11", "10-12"},
		{"10月12号做了核磁 以前在上海上班 8月底辞职 9 10月都没交 11月来广州上班", "shanghai", true, "2026-11", "10-12"},
		// RW2 family: Shanghai → Wuhan, Aug–Sep unpaid, job Oct 1, day Sep 20 (corrected).
		{"worked in shanghai, paid through july. aug and sep nothing, no job. started a job in wuhan oct 1. had surgery on sep 10 - sorry no, sep 20. can i still get that reimbursed?", "shanghai", true, "2026-10", "09-20"},
		{"surgery sep 20. i was working in shanghai until july, then nothing in august and september, got a job in wuhan in october", "shanghai", true, "2026-10", "09-20"},
		{"原来在上海工作，交到7月，8月9月没交，10月去武汉上班了，9月20号做的手术能报吗", "shanghai", true, "2026-10", "09-20"},
		// Controls: a day after the new job began, no day, or a same-city
		// job change keep the region as read before (not the old city).
		{"left my shanghai job in august, started in guangzhou nov 1, doctor on nov 20 covered?", "", false, "", "11-20"},
		{"left my shanghai job in august, september and october unpaid, started in guangzhou nov 1", "", false, "", ""},
		{"之前在广州上班 8月离职 11月在广州新公司上班 10月12号看病能报吗", "", false, "", "10-12"},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		e := a.Stated
		if c.here {
			if e.Region != c.region || !e.GapBeganHere {
				t.Errorf("%q: region %q here %v, want %q here", c.in, e.Region, e.GapBeganHere, c.region)
			}
			if e.Scheme != rules.SchemeEmployee || e.Reason != rules.ReasonJobChange || !a.MovedAcross {
				t.Errorf("%q: scheme %q reason %q across %v, want employee job change across", c.in, e.Scheme, e.Reason, a.MovedAcross)
			}
		} else if e.GapBeganHere {
			t.Errorf("%q: gap began here read, want not", c.in)
		}
		got := ""
		if c.resumed != "" && e.Resumed != nil {
			got = e.Resumed.String()
		}
		if c.resumed != "" && got != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.in, got, c.resumed)
		}
		tr := ""
		if a.Extracted.Treatment != nil {
			tr = a.Extracted.Treatment.String()[5:]
		}
		if tr != c.treat {
			t.Errorf("%q: treatment %q, want %q", c.in, tr, c.treat)
		}
	}
}

// TestDayFix36b (fix36b, R28-M1): a day corrected in the message that told
// it is replaced by the corrected day; a count after a correction word is
// not a day, and a second day added is not a correction.
func TestDayFix36b(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"had surgery on sep 10 - sorry no, sep 20. can i still get that reimbursed?", "had surgery on sep 20. can i still get that reimbursed?"},
		{"surgery sep 10 sorry sep 20", "surgery sep 20"},
		{"hospital on October 3, I mean October 5", "hospital on October 5"},
		{"the op was 10 sept, no wait, 12 sept", "the op was 12 sept"},
		{"clinic on 9/10 oops 9/12", "clinic on 9/12"},
		{"surgery on sep 10, no, 20th", "surgery on sep 20"},
		{"9月10号做的手术 不对 是9月20号", "9月20号做的手术"},
		{"9月10号手术，哦不对，20号", "9月20号手术"},
		{"九月十号住院 说错了 是九月二十号", "九月二十号住院"},
		{"手术是9月10日，记错了，应该是9月20日", "手术是9月20号"},
		// Not corrections.
		{"gap since oct 1, sorry 2 months", "gap since oct 1, sorry 2 months"},
		{"sep 10 and sep 20", "sep 10 and sep 20"},
		{"9月10号和9月20号都去了医院", "9月10号和9月20号都去了医院"},
	} {
		got, _ := fixDays36b(c.in)
		if got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}
