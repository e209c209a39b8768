package understand

import "strings"

// fakeCities41a: fakeCities36b with more cities (the old and new places of
// the moves fix41a reads).
type fakeCities41a struct{}

var fakeCities41aNames = append([][3]string{
	{"温州", "zhejiang", "3303"}, {"wenzhou", "zhejiang", "3303"},
	{"西安", "national", "6101"}, {"xian", "national", "6101"}, {"xi'an", "national", "6101"},
	{"北京", "national", "1100"}, {"beijing", "national", "1100"},
	{"佛山", "guangdong", "4406"}, {"foshan", "guangdong", "4406"}, {"顺德", "guangdong", "4406"},
	{"长沙", "national", "4301"}, {"changsha", "national", "4301"},
	{"苏州", "national", "3205"}, {"suzhou", "national", "3205"},
	{"嘉兴", "zhejiang", "3304"}, {"jiaxing", "zhejiang", "3304"},
	{"东莞", "guangdong", "4419"}, {"dongguan", "guangdong", "4419"},
}, fakeCities36bNames...)

func (fakeCities41a) find(text string) (int, bool) {
	best, at := -1, -1
	for i, a := range fakeCities41aNames {
		if j := strings.Index(text, a[0]); j >= 0 && (at < 0 || j < at) {
			best, at = i, j
		}
	}
	return best, best >= 0
}

func (f fakeCities41a) MatchRegion(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities41aNames[i][1], true
}

func (f fakeCities41a) CityCode(text string) (string, bool) {
	i, ok := f.find(text)
	if !ok {
		return "", false
	}
	return fakeCities41aNames[i][2], true
}
