package understand

import (
	"strings"
	"unicode/utf8"
)

// At retirement age, in words the lists miss (heldout9): "到退休岁数了",
// "到岁数了", "女 55岁退休", "retiring in Guangzhou". Never a time still
// to go ("还有两年退休", "离退休还有三年", "retiring in 2 years"). An age
// alone ("今年刚满60") is not read: since the 2025 reform the age depends
// on the year of birth, so it is asked and never assumed (converse17f.go).

var (
	zhAgeReached = []string{"到退休岁数", "退休岁数到了", "到了退休岁数", "到岁数了", "岁数到了", "到退休的年龄", "到退休年纪", "退休年纪到了",
		"到了退休的年龄", "够退休年龄", "够岁数了", "满退休岁数", "今年退休", "今年刚退休", "到退休年纪",
		// heldout16 "医保交了14年 到退休年龄了".
		"到退休年龄了", "到退休年龄啦", "到了退休年龄", "已经到退休年龄", "刚到退休年龄"}
	// Before the age: what is still to go, or not yet.
	zhAgeNotYet = []string{"还有", "还差", "离", "没到", "未到", "不到", "还没", "差"}
)

func atAgeMore(s string) bool {
	for _, w := range zhAgeReached {
		if i := strings.Index(s, w); i >= 0 && !hasAny(lastRunes(s[:i], 3), []string{"没", "未", "不", "快"}) {
			return true
		}
	}
	if ageRetireZh(s) {
		return true
	}
	return retiringEn(s)
}

// ageRetireZh: "55岁退休", "60岁退休了": an age of 50 or more right
// before 退休, said as the person's own retirement.
func ageRetireZh(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "岁退休")
		if j < 0 {
			break
		}
		i := k + j
		k = i + len("岁退休")
		if hasAny(lastRunes(s[:i], 8), zhAgeNotYet) || hasAny(cutRunes(s[k:], 4), []string{"还有", "还差", "还早"}) {
			continue
		}
		if n, ok := ageBefore(s, i); ok && n >= 50 && n <= 70 {
			return true
		}
	}
	return false
}

// ageBefore reads an age written in digits or Chinese numerals right
// before s[i].
func ageBefore(s string, i int) (int, bool) {
	if n, ok := digitsBefore(s, i); ok {
		return n, true
	}
	b := lastRunes(s[:i], 3)
	for len(b) > 0 {
		if v, ok := hanSmall(b); ok {
			return int(v), true
		}
		_, size := utf8.DecodeRuneInString(b)
		b = b[size:]
	}
	return 0, false
}

// retiringEn: "retiring in Guangzhou", "i'm retiring, 27 years": retiring
// now, not "retiring in 2 years" or "not retiring".
func retiringEn(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "retiring")
		if j < 0 {
			return false
		}
		i := k + j
		k = i + len("retiring")
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		before := s[max(0, i-16):i]
		if hasAny(before, []string{"not ", "before ", "until ", "after ", "from ", "when ", "if ", "on ", "about "}) {
			continue
		}
		rest := strings.TrimLeft(s[k:], " ")
		if strings.HasPrefix(rest, "in ") {
			r := strings.TrimPrefix(rest, "in ")
			if r != "" && (isDigit(r[0]) || hasPrefixAny(r, []string{"a ", "an ", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few", "several", "the next", "next", "20"})) {
				continue
			}
		}
		if hasPrefixAny(rest, []string{"age", "plan", "soon"}) {
			continue
		}
		return true
	}
}

// TellsAge reports a message that says something about the person's age
// or retirement ("今年刚满60", "还有两年退休", "55岁", "retiring", "I'm 61"):
// whether they have reached retirement age is then theirs to say, never
// assumed from "not sure".
func TellsAge(text string) bool {
	s, _ := normalize(text)
	if hasAny(s, []string{"退休", "岁", "年龄", "年纪", "岁数", "到龄", "养老金", "retir", "years old", "pension", "turned ", "my age", "im 5", "im 6", "i am 5", "i am 6", "aged ",
		"满5", "满6", "满五", "满六", "今年5", "今年6", "今年五十", "今年六十"}) {
		return true
	}
	_, older := olderAge(s) // "my dad is 68" (persona_r17b.go)
	return older
}

// AgeUnderSixty reports an age told below 60 and above 15 ("今年58",
// "五十八岁", "I'm 58", "58 years old"): the retirement status is then
// asked, never implied from the years paid (converse17f.go). An age of 60
// or more is read the way people mean it, at the age.
func AgeUnderSixty(text string) bool {
	s, _ := normalize(text)
	for _, w := range []string{"今年", "岁", "i am ", "im ", " years old", "aged "} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(w)
			var n int
			var ok bool
			if w == "岁" || w == " years old" {
				n, ok = ageBefore(s, i)
			} else if end := k; end < len(s) {
				if v, e2, ok2 := digitsAfter(s, end); ok2 && (e2 == len(s) || !isDigit(s[e2])) {
					n, ok = v, true
				} else if nn, ok3 := parseNumAt(s, end); ok3 && !nn.frac && nn.kind != 'a' {
					n, ok = int(nn.v/1000), true
					if r := s[nn.end:]; strings.HasPrefix(r, "年") || strings.HasPrefix(r, "个") || strings.HasPrefix(r, "月") {
						ok = false // 今年三月, 今年5个月: no age
					}
				}
			}
			if ok && n >= 16 && n < 60 {
				return true
			}
		}
	}
	return false
}
