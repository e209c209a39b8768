package understand

import (
	"regexp"
)

// A child's age told as the time since the birth ("孩子出生三年了", "宝宝
// 生下来两年了", "born 3 years ago"): at least a year old, so no newborn,
// whatever baby word is used, and the years are no gap (durations reads
// them as a time to ignore).
var (
	zhBornYearsRE = regexp.MustCompile(`(?:出生|生下来|出世)了?(?:都|已经|有|快|才)?([0-9]+|[一二两三四五六七八九十]+)(?:多)?(?:个)?(?:年|周岁)`)
	enBornYearsRE = regexp.MustCompile(`\bborn (?:about |around |over |almost |nearly )?([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a) years? ago`)
)

// bornYearsAgo reports a birth told as a year or more ago.
func bornYearsAgo(s string) bool {
	return zhBornYearsRE.MatchString(s) || enBornYearsRE.MatchString(s)
}

// childAge sets no newborn for a birth a year or more ago.
func (x *extractor) childAge(e *Extracted) {
	if bornYearsAgo(x.s) {
		b := false
		e.Newborn = &b
	}
}
