package understand

import (
	"strings"

	"bujiao/rules"
)

// payObjectAhead reports a payment told right after a day word with its
// object between ("今天把2027年的缴了", "今天把明年的保费缴上了"): the day
// dates the payment, not a treatment (audit round 13 R13-M2: "明年1月3号
// 住院" was answered for today). rest is what follows the day word, "把"
// already taken off; the verb must come within a few characters, before
// any clause end.
func payObjectAhead(rest string) bool {
	n := 0
	for i, r := range rest {
		if n > 12 || strings.ContainsRune(",.;!?，。；！？ ", r) {
			return false
		}
		if i > 0 && hasPrefixAny(rest[i:], []string{"缴", "补", "续"}) {
			return true
		}
		n++
	}
	return false
}

// Audit round 13 n27: with two days in a message the first was taken as
// the treatment day — "they paid everything back on dec 3. can i see a
// doctor on jan 15?" answered for 3 December; "失业金领到11月30号 …
// 12月20号住院" for 30 November; "那我12月20号去医院能报吗" recorded no day.
// The day written right next to a treatment word (before "住院", "去医院",
// "看病"; after "hospital", "doctor on", "surgery") is the treatment day.

var (
	// Treatment words for placing a day: lTreatment's and the plainer ones.
	zhTreatNear = append([]string{"去医院", "医院", "看医生", "看急诊", "急诊", "门诊", "复查", "看牙"}, zhTreatWords...)
	enTreatNear = []string{"see a doctor", "see the doctor", "seeing a doctor", "hospital", "doctor", "surgery", "operation",
		"clinic", "treatment", "appointment", "checkup", "check-up", "dentist", "admitted", "op", "give birth", "c-section",
		"scan", "chemo", "dialysis"}
	// Between a day and its treatment word: no payment, no other day.
	nearBlockers = []string{"缴", "补", "发", "pay", "paid", "月", "号", ",", ".", ";", "?", "!"}
)

// dateSpan is a written day in s: s[start:end], with its treatment word.
type dateSpan struct {
	start, end int
}

// explicitSpans finds the days written with digits in s: "12月20号",
// "明年1月3号", "20号", "dec 15", "15 dec", "the 15th of december",
// "jan 3 2027", "2027-01-15".
func explicitSpans(s string) []dateSpan {
	var out []dateSpan
	for i := 0; i+10 <= len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
			if _, err := rules.ParseDay(s[i : i+10]); err == nil {
				out = append(out, dateSpan{i, i + 10})
				i += 9
			}
		}
	}
	for _, suf := range []string{"号", "日"} {
		for k := 0; ; {
			j := strings.Index(s[k:], suf)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(suf)
			if _, ok := digitsBefore(s, i); !ok {
				continue
			}
			st := digitsStart(s, i)
			if strings.HasSuffix(s[:st], "月") {
				if _, ok := digitsBefore(s, st-len("月")); !ok {
					continue
				}
				st = digitsStart(s, st-len("月"))
			}
			for _, p := range []string{"明年", "今年", "下个月", "下月", "这个月", "本月"} {
				if strings.HasSuffix(s[:st], p) {
					st -= len(p)
					break
				}
			}
			out = append(out, dateSpan{st, i + len(suf)})
		}
	}
	for i := 0; i < len(s); {
		if !isLetter(s[i]) || i > 0 && isAlnum(s[i-1]) {
			i++
			continue
		}
		w := wordAt(s, i)
		end := i + len(w)
		if _, ok := enMonths[w]; !ok || len(w) < 3 {
			i = end
			continue
		}
		st, en := i, end
		if enDayAfterMonth(s[end:]) {
			a := strings.TrimPrefix(s[end:], " ")
			_, n := leadingDigits(a)
			en = end + (len(s[end:]) - len(a)) + n
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(s[en:], suf) {
					en += len(suf)
					break
				}
			}
		} else if enDayBeforeMonth(s, i) {
			q, k := prevWord(s, i)
			if q == "of" {
				_, k = prevWord(s, k)
			}
			st = k
		} else {
			i = end
			continue
		}
		if r := strings.TrimPrefix(s[en:], " "); yearDigits(r) {
			en += len(s[en:]) - len(r) + 4
		} else if strings.HasPrefix(r, "next year") {
			en += len(s[en:]) - len(r) + len("next year")
		}
		out = append(out, dateSpan{st, en})
		i = end
	}
	return out
}

// treatNear reads the day written right next to a treatment word as the
// treatment day.
func (x *extractor) treatNear() (rules.Date, bool) {
	s := x.s
	if x.today.IsZero() {
		return rules.Date{}, false
	}
	spans := explicitSpans(s)
	if len(spans) == 0 {
		return rules.Date{}, false
	}
	best, bestGap, bestWord := dateSpan{}, 1<<30, ""
	try := func(sp dateSpan, gap string, word string) {
		g := strings.TrimSpace(gap)
		for _, f := range []string{"on the", "on", "for", "at", "is", "was", "will be", "scheduled", "booked", "planned", "next", "in"} {
			g = strings.TrimSpace(strings.TrimPrefix(g, f+" "))
			g = strings.TrimSpace(strings.TrimSuffix(g, " "+f))
			if g == f {
				g = ""
			}
		}
		if len(g) > 15 || hasAny(g, nearBlockers) {
			return
		}
		if len(g) < bestGap {
			best, bestGap, bestWord = sp, len(g), word
		}
	}
	for _, list := range [][]string{zhTreatNear, enTreatNear} {
		for _, w := range list {
			for k := 0; ; {
				j := strings.Index(s[k:], w)
				if j < 0 {
					break
				}
				p := k + j
				k = p + len(w)
				if w[0] < 0x80 && (p > 0 && isLetter(s[p-1]) || k < len(s) && isLetter(s[k])) {
					continue // "op" in "stopped"
				}
				if hasSuffixAnyStr(strings.TrimRight(s[:p], " "), []string{"没", "没有", "不", "未", "no", "not", "never"}) {
					continue // "没住院": no treatment
				}
				for _, sp := range spans {
					switch {
					case sp.end <= p:
						try(sp, s[sp.end:p], w)
					case sp.start >= k:
						try(sp, s[k:sp.start], w)
					}
				}
			}
		}
	}
	if bestWord == "" {
		return rules.Date{}, false
	}
	// "12月9号和12月30号看病", "dec 9 and dec 30": the first of the days
	// listed, as before (the others are the second question, n11).
	for moved := true; moved; {
		moved = false
		for _, sp := range spans {
			if sp.end <= best.start {
				switch strings.TrimSpace(s[sp.end:best.start]) {
				case "", ",", "和", "与", "跟", "及", "或", "还有", "and", "or", "&", "、":
					best, moved = sp, true
				}
			}
		}
	}
	y := *x
	y.s = s[best.start:best.end]
	if bestWord[0] >= 0x80 {
		y.s += bestWord
	} else {
		y.s = bestWord + " " + y.s
	}
	for _, w := range zhTreatDone {
		if strings.Contains(s, w) {
			y.s += " " + w // told as done: this year's day ("11月20号住院了")
			break
		}
	}
	if d, ok := y.planned(); ok {
		return d, true
	}
	return y.plannedMore()
}
