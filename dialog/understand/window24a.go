package understand

import (
	"strings"

	"bujiao/rules"
)

// windowStated24a: whether the enrolment window is open, told as a plain
// statement in a run-on with a question ("现在不在缴费期 要怎么补", "it's not
// the enrolment season now, how do I pay?"), is a fact the person gave,
// not something asked: a clause of the question that reads a window and
// asks nothing itself ("现在是不是缴费期" asks) is taken as stated.
func windowStated24a(a *Analysis, today rules.Date, expecting rules.Field) {
	if !a.Asks || a.Stated.InWindow != nil || a.Extracted.InWindow == nil {
		return
	}
	for _, c := range strings.Split(a.Question, ",") {
		// "现在不在缴费期" holds 在不在 without asking it.
		plain := strings.ReplaceAll(c, "现在不在", "现在,不在")
		if c == "" || hasAny(plain, zh24WindowAsks) || hasAny(" "+c+" ", en24WindowAsks) {
			continue
		}
		var cx extractor
		cx.init(c, today, expecting)
		if e := cx.extract(); e.InWindow != nil && *e.InWindow == *a.Extracted.InWindow {
			v := *e.InWindow
			a.Stated.InWindow = &v
			return
		}
	}
}

var (
	zh24WindowAsks = []string{"吗", "么", "呢", "是不是", "是否", "在不在", "有没有", "能不能", "可不可以", "多久", "什么时候", "几时", "哪",
		"怎", "啥", "咋", "嘛", "不嘛", "没有啊"}
	en24WindowAsks = []string{" is it ", " is the ", " are we ", " when ", " how ", " what ", " can ", " could ", " does ", " do ", " will ",
		" whether ", " which "}
)
