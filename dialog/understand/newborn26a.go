package understand

import "bujiao/rules"

// bornMonthAgo26a tell a birth a month or so back ("孙子在杭州出生一个多月
// 了", "生下来一个来月", "she's six weeks old"): still a newborn under any
// local rule (bornRecently reads weeks; the newborn question asked what
// these said).
var bornMonthAgo26a = []string{"出生一个多月", "出生1个多月", "出生才一个多月", "出生刚一个多月", "出生一个来月", "出生刚满一个月", "出生满一个月",
	"生下来一个多月", "生下来一个来月", "生了一个多月", "刚满月", "满月了", "出生一个半月", "出生1个半月",
	"born over a month ago", "born a month and a half ago", "born about a month ago", "born just over a month ago",
	"is one month old", "is 1 month old", "is a month old", "six weeks old", "6 weeks old", "five weeks old", "5 weeks old"}

// newborn26a reads those as a newborn, never with an employee scheme or a
// negation said.
func (x *extractor) newborn26a(e *Extracted) {
	if e.Newborn != nil || e.Scheme == rules.SchemeEmployee || !hasAny(x.s, bornMonthAgo26a) {
		return
	}
	if hasAny(x.s, []string{"不是新生儿", "不算新生儿", "not a newborn", "not newborn"}) {
		return
	}
	b := true
	e.Newborn = &b
}
