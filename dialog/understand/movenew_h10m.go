package understand

import "strings"

// A new job named with its place after a job left in another ("I left my
// job in Beijing and started a new one in Shenzhen", "quit in Guangzhou
// and took a job in Hangzhou"): the new job's place is where the person
// is insured now, as "moved to" names it. Only words that name a NEW job
// mark the place: "my job in Beijing" is the job left.
var enNewJobIn = []string{"new one in", "new job in", "new position in", "new role in", "new employer in", "new company in",
	"another job in", "another one in", "got a job in", "found a job in", "took a job in", "started working in", "started work in",
	"started a job in", "joined a company in", "now employed in", "got hired in", "hired by a company in", "new job at a company in"}

func init() {
	enMovedTo = append(enMovedTo, enNewJobIn...)
	// And they are a new job after leaving (jobchange17c.go).
	enNewJobAfter = append(enNewJobAfter, "took a job", "took a new job", "started a new one", "started a new job", "took another job",
		"got hired", "joined a new company", "joined another company")
}

// The same in Chinese: the new job's place told before the words of
// finding it ("在深圳找了份新工作", "喺深圳搵到新工", "去深圳重新找了工作"),
// after a job left in a place named before.
var zhNewJobFound = []string{"找了份新工作", "找了个新工作", "找了新工作", "找到了新工作", "找到新工作", "找到了工作", "找到工作",
	"找了份工作", "找了个工作", "找了工作", "找着工作", "找着了工作", "搵到新工", "搵到份工", "搵到工", "上班了", "入职了", "进了新", "新公司", "新单位"}

// zhAtPlace come before the place of the new job.
var zhAtPlace = []string{"在", "喺", "去", "到", "来"}

// newJobPlaceZh reads such a move: the new place, and whether it lies
// outside the pooling area of the place left (another region, or another
// city known to differ).
func newJobPlaceZh(s string, regions RegionMatcher) (id string, across, ok bool) {
	leave := firstAny(s, zhLeaveNew)
	if leave < 0 {
		return "", false, false
	}
	for _, w := range zhNewJobFound {
		i := strings.Index(s[leave:], w)
		if i < 0 {
			continue
		}
		i += leave
		before := cutRunesBack(clauseBefore(s, i), 8)
		if c := strings.LastIndex(before, " "); c >= 0 {
			before = before[c+1:]
		}
		if hasAny(before, []string{"没", "未", "冇", "不"}) {
			continue
		}
		mark, at := -1, -1 // the first marker in the window, and the place after it
		for _, m := range zhAtPlace {
			if k := strings.Index(before, m); k >= 0 && (mark < 0 || k < mark) {
				mark, at = k, k+len(m)
			}
		}
		if mark < 0 {
			continue
		}
		place := before[at:]
		to, ok := regions.MatchRegion(place)
		if !ok {
			continue
		}
		start := i - len(before) + mark // where the new place's words begin in s
		from, ok := regions.MatchRegion(s[:start])
		if !ok {
			continue
		}
		if from != to {
			return to, true, true
		}
		if cc, ok := regions.(cityCoder); ok {
			a, okA := cc.CityCode(s[:start])
			b, okB := cc.CityCode(place)
			return to, okA && okB && a != b, true
		}
		return to, false, true
	}
	return "", false, false
}

func init() {
	zhNewJobAfter = append(zhNewJobAfter, "找了工作", "找了份工作", "找了个工作", "找了新工作", "找了份新工作", "找了个新工作")
}
