package understand

import (
	"regexp"
	"strconv"
)

// A child's age told as the time since the birth ("孩子出生三年了", "宝宝
// 生下来两年了", "born 3 years ago"): at least a year old, so no newborn,
// whatever baby word is used, and the years are no gap (durations reads
// them as a time to ignore).
var (
	zhBornYearsRE = regexp.MustCompile(`(?:出生|生下来|出世)了?(?:都|已经|有|快|才)?([0-9]+|[一二两三四五六七八九十]+)(?:多)?(?:个)?(?:年|周岁)`)
	enBornYearsRE = regexp.MustCompile(`\bborn (?:about |around |over |almost |nearly )?([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a) years? ago`)
)

// The birth told in months ("出生18个月了", "娃生下来半年了", "baby born 6
// months ago"): a year or more is no newborn; three months or more leaves
// it to be asked, whatever baby word is used (a "宝宝" is not enough to
// promise a newborn's cover without a wait).
var (
	zhBornMonthsRE = regexp.MustCompile(`(?:出生|生下来|出世)了?(?:都|已经|有|快|才)?([0-9]+|[一二两三四五六七八九十]+|半)(?:多)?(?:个)?(月|年)`)
	enBornMonthsRE = regexp.MustCompile(`\bborn (?:about |around |over |almost |nearly )?([0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months? ago`)
	enSmallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12}
)

// bornMonthsAgo is the months since the birth told in months (half a year
// is 6), or -1.
func bornMonthsAgo(s string) int {
	if m := zhBornMonthsRE.FindStringSubmatch(s); m != nil && m[2] == "月" {
		if m[1] == "半" {
			return -1
		}
		if n, ok := HanNumber(m[1]); ok {
			return int(n)
		}
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n
		}
	} else if m != nil && m[1] == "半" && m[2] == "年" {
		return 6
	}
	if m := enBornMonthsRE.FindStringSubmatch(s); m != nil {
		if n, ok := enSmallNumbers[m[1]]; ok {
			return n
		}
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n
		}
	}
	return -1
}

// bornYearsAgo reports a birth told as a year or more ago.
func bornYearsAgo(s string) bool {
	return zhBornYearsRE.MatchString(s) || enBornYearsRE.MatchString(s)
}

// childAge sets no newborn for a birth a year or more ago.
func (x *extractor) childAge(e *Extracted) {
	n := bornMonthsAgo(x.s)
	switch {
	case bornYearsAgo(x.s) || n >= 12:
		b := false
		e.Newborn = &b
	case n >= 3 && e.Newborn != nil && *e.Newborn:
		e.Newborn = nil
	}
}
