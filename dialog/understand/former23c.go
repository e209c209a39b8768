package understand

import (
	"strings"
)

// Readings of round 23 (fix23c): leaving a job, job changes, a former
// employer's owed months, moves.

// namedMonth23c: the "N月" right before rest is a month of the calendar,
// never a count, though a gap verb comes before it (audit round 23,
// R23-M3): a day follows ("没缴9月18号住院" — the spaces are gone once
// normalized) or "的" ("欠了10月的医保"); "断缴8月" stays 8 months.
func namedMonth23c(rest string) bool {
	rest = strings.TrimPrefix(rest, "份")
	if strings.HasPrefix(rest, "的") {
		return true
	}
	if n, size := leadingDigits(rest); size > 0 && n >= 1 && n <= 31 {
		return hasPrefixAny(rest[size:], []string{"号", "日"})
	}
	_, _, ok := chineseDayAt23c(rest)
	return ok
}

// chineseDayAt23c reads a Chinese day number ("十八号", "三日") at the
// start of s.
func chineseDayAt23c(s string) (int, int, bool) {
	digits := map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}
	v, end, seen := 0, 0, false
	for i, r := range s {
		d, ok := digits[r]
		if !ok {
			end = i
			break
		}
		seen = true
		if d == 10 {
			if v == 0 {
				v = 10
			} else {
				v *= 10
			}
		} else if v >= 10 && v%10 == 0 {
			v += d
		} else {
			v = v*10 + d
		}
		end = i + len(string(r))
	}
	if !seen || v < 1 || v > 31 || !hasPrefixAny(s[end:], []string{"号", "日"}) {
		return 0, 0, false
	}
	return v, end, true
}

func init() {
	// "调到宁波上班了 原来是在广州": the place left, said with 是.
	cameFrom = append(cameFrom, "原来是在", "之前是在", "以前是在", "本来是在", "原先是在", "原来是", "之前是", "以前是")
}
