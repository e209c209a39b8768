package understand

import "strings"

// The same in Chinese with any caring verb and any word for the child
// ("辞职回家带宝宝", "在家照看闺女", "陪儿子读书"); a baby looked after is the
// reason for stopping, never the person asked about, so no newborn either.

// A parent who left work to look after a child, told in English ("left
// work to care for my kid", heldout11; "quit to look after my baby",
// "stayed home with my son"), asks for themselves, as "辞职回家带娃" does
// (onlyCaring): the child is why they stopped, not whose cover is asked.
// A child named outside the caring phrase ("... can I enrol my son too")
// still makes it a case for the child.

var (
	enCareVerbs = []string{"care for", "caring for", "cared for", "take care of", "taking care of", "took care of", "look after",
		"looking after", "looked after", "stay home with", "staying home with", "stayed home with", "stay at home with",
		"stayed at home with", "raise", "raising", "be with", "home with", "care of"}
	enCareWhom = []string{"my kid", "my kids", "my child", "my children", "my baby", "my son", "my daughter", "our kid", "our kids",
		"our child", "our children", "our baby", "our son", "our daughter", "the kid", "the kids", "the baby", "the children",
		"a newborn", "my newborn", "our newborn", "my toddler", "our toddler"}
	enChildLeft = []string{"my child", "my son", "my daughter", "my kid", "my baby", "children", "our child", "our son", "our daughter",
		"our kid", "our baby", "my newborn", "my toddler"}
)

// enOnlyCaring reports that every child named in s is inside a caring
// phrase.
func enOnlyCaring(s string) bool {
	t, found := s, false
	for _, v := range enCareVerbs {
		for _, w := range enCareWhom {
			p := v + " " + w
			if strings.Contains(t, p) {
				t = strings.ReplaceAll(t, p, ",")
				found = true
			}
		}
	}
	return found && !hasAny(t, enChildLeft)
}

var (
	zhCareVerbs = []string{"在家带", "回家带", "带", "照顾", "照看", "看", "陪", "陪读", "管"}
	zhCareWhom  = []string{"孩子", "小孩", "娃", "宝宝", "儿子", "女儿", "闺女", "小朋友", "细路", "孙子", "孙女"}
	zhChildLeft = []string{"孩子", "小孩", "儿子", "女儿", "宝宝", "娃", "闺女", "我囝", "囝仔", "仔女", "细路", "个仔", "个女"}
)

// blankCaring blanks every caring phrase out of s and reports whether it
// found one.
func blankCaring(s string) (string, bool) {
	found := false
	for _, v := range zhCareVerbs {
		for _, w := range zhCareWhom {
			if p := v + w; strings.Contains(s, p) {
				s = strings.ReplaceAll(s, p, ",")
				found = true
			}
		}
	}
	for _, v := range enCareVerbs {
		for _, w := range enCareWhom {
			if p := v + " " + w; strings.Contains(s, p) {
				s = strings.ReplaceAll(s, p, ",")
				found = true
			}
		}
	}
	return s, found
}

// zhOnlyCaring reports that every child named in s is inside a caring
// phrase.
func zhOnlyCaring(s string) bool {
	t, found := blankCaring(s)
	return found && !hasAny(t, zhChildLeft) && !hasAny(t, enChildLeft)
}

// caringNotNewborn takes back a newborn read only from a baby looked after
// ("quit to look after my baby", "辞职回家带宝宝").
func (x *extractor) caringNotNewborn(e *Extracted) {
	if e.Newborn == nil || !*e.Newborn || e.Child {
		return
	}
	if t, found := blankCaring(x.s); found && !hasAny(t, zhNewborn) && !hasAny(t, enNewborn) && !bornRecently(t) {
		e.Newborn = nil
	}
}
