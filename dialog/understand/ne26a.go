package understand

import (
	"regexp"
	"strings"
)

// goingOnNe26a: "现在领失业金呢", "还在上班呢", "在家带孩子呢" tell what is
// going on, like "领着…呢" (askingNe): 呢 after 在 or 现在 with a verb and
// no word that asks ("现在在哪交呢" still asks).
func goingOnNe26a(c string) bool {
	if !hasAny(c, []string{"现在领", "在领", "还在", "现在在", "在拿", "现在拿", "在家", "在上班", "在吃"}) && !placeGoingOn43b.MatchString(c) {
		return false
	}
	return !hasAny(c, []string{"怎么", "咋", "什么", "啥", "谁", "哪", "多少", "几", "如何", "为什么", "为啥", "要不要", "能不能", "可不可以", "是不是"}) &&
		!strings.HasSuffix(strings.TrimSuffix(c, "呢"), "我")
}

// placeGoingOn43b (fix43b): a place between 在 and the verb ("在天津领失业
// 保险金呢", "在老家带孙子呢", "在深圳打工呢") tells what is going on too.
var placeGoingOn43b = regexp.MustCompile(`在\p{Han}{1,6}?(?:领|拿|上班|打工|干活|带|住|待着|呆着)`)
