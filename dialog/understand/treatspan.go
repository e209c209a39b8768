package understand

import (
	"iter"
	"strings"
	"time"

	"bujiao/rules"
)

// weekWords name next week without a day of it.
var weekWords = []string{"下周", "下星期", "下礼拜", "下个礼拜", "下个星期", "下个周", "next week"}

// treatmentWeek reads "下周住院" / "surgery next week", with no day of the
// week named, as the span Monday to Sunday of next week: one day of it
// (the same weekday a week on, as before) could be on the wrong side of a
// stop or a restart inside the week, and the answer would call a day
// covered the person may not be treated on. d is the day planned read.
func (x *extractor) treatmentWeek(d rules.Date) (from, until rules.Date, ok bool) {
	today := x.today
	if today.IsZero() || d != today.AddDays(7) {
		return rules.Date{}, rules.Date{}, false
	}
	if _, named := weekdayPlanned(x.s, today); named {
		return rules.Date{}, rules.Date{}, false
	}
	if _, named := explicitDay(x.s, today); named {
		return rules.Date{}, rules.Date{}, false
	}
	said := false
	for _, w := range weekWords {
		if dayWordFor(x.s, w) {
			said = true
			break
		}
	}
	if !said {
		return rules.Date{}, rules.Date{}, false
	}
	wd := (int(time.Date(today.Year, today.Month, today.Day, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7 // Monday 0
	from = today.AddDays(7 - wd)
	return from, from.AddDays(6), true
}

// monthTreatLead are words between a month and its treatment word ("3月份
// 要做手术", "下个月准备住院").
var monthTreatLead = []string{"份", "的时候", "要", "准备", "打算", "去", "可能", "就", "还得", "得", "做个", "做", "动个", "动", "个", " "}

// treatWordAt reports a treatment word starting s, after lead words.
func treatWordAt(s string) bool {
	for range 6 {
		for _, w := range zhTreatWords {
			if strings.HasPrefix(s, w) {
				return true
			}
		}
		stripped := false
		for _, w := range monthTreatLead {
			if strings.HasPrefix(s, w) {
				s, stripped = s[len(w):], true
				break
			}
		}
		if !stripped {
			return false
		}
	}
	return false
}

// treatmentMonth reads a month named for the treatment with no day of it
// ("下个月要住院", "2027年3月要做个手术", "明年3月份开刀", "surgery in
// March") as the span of that month, from today if it is this month: no
// day of it is chosen for the person.
func (x *extractor) treatmentMonth() (from, until rules.Date, ok bool) {
	s, today := x.s, x.today
	if today.IsZero() {
		return rules.Date{}, rules.Date{}, false
	}
	cur := today.MonthOf()
	span := func(m rules.Month) (rules.Date, rules.Date, bool) {
		if m.Since(cur) < -11 || m.Since(cur) > 23 { // a past month told as past (clauseyear35a.go)
			return rules.Date{}, rules.Date{}, false
		}
		first := m.FirstDay()
		if m == cur {
			first = today
		}
		return first, m.LastDay(), true
	}
	for _, w := range []string{"下个月", "下月"} {
		if i := strings.Index(s, w); i >= 0 && dayWordFor(s, w) && treatWordAt(s[i+len(w):]) {
			return span(cur.Add(1))
		}
	}
	// "N月" right before a treatment word; "明年" or "YYYY年" before it
	// names the year.
	for i := range monthMarks(s) {
		k := i + len("月")
		m, ok := digitsBefore(s, i)
		if !ok || m < 1 || m > 12 || !treatWordAt(s[k:]) {
			continue
		}
		start := digitsStart(s, i)
		y := today.Year
		switch {
		case strings.HasSuffix(s[:start], "年") && yearDigits(s[max(0, start-len("年")-4):start]):
			b := s[start-len("年")-4 : start-len("年")]
			y = int(b[0]-'0')*1000 + int(b[1]-'0')*100 + int(b[2]-'0')*10 + int(b[3]-'0')
		case nextYearBefore(s, start):
			y = today.Year + 1
		default:
			// its own clause tells the year (clauseyear35a.go)
			mm, ok := x.monthYear35a(m)
			if !ok {
				return rules.Date{}, rules.Date{}, false
			}
			return span(mm)
		}
		return span(rules.Month{Year: y, Month: time.Month(m)})
	}
	// English: "next month", "in March" after the treatment word ("surgery
	// sometime in may 2027"); a month after other words ("started paying
	// in november") is not the treatment's.
	if hasAny(s, enTreatWords) {
		if dayWordFor(s, "next month") {
			return span(cur.Add(1))
		}
		for _, tw := range enTreatWords {
			i := strings.Index(s, tw)
			if i < 0 {
				continue
			}
			after := s[i+len(tw):]
			after = after[:min(len(after), 40)]
			j := strings.Index(after, "in ")
			for j >= 0 && j > 0 && isAlnum(after[j-1]) {
				k := strings.Index(after[j+3:], "in ")
				if k < 0 {
					j = -1
					break
				}
				j += 3 + k
			}
			if j < 0 {
				continue
			}
			w := wordAt(after, j+3)
			m, ok := enMonths[w]
			if !ok || len(w) < 3 {
				continue
			}
			y := today.Year
			rest := strings.TrimLeft(after[j+3+len(w):], " ,")
			switch {
			case yearDigits(rest):
				y = int(rest[0]-'0')*1000 + int(rest[1]-'0')*100 + int(rest[2]-'0')*10 + int(rest[3]-'0')
			case nextYearAfter(after[j:]):
				y++
			default:
				mm, ok := x.monthYear35a(m)
				if !ok {
					return rules.Date{}, rules.Date{}, false
				}
				y = mm.Year
			}
			return span(rules.Month{Year: y, Month: time.Month(m)})
		}
	}
	return rules.Date{}, rules.Date{}, false
}

// enTreatWords name a treatment in English.
var enTreatWords = []string{"surgery", "operation", "hospital", "doctor", "treatment", "give birth", "giving birth", "gives birth", "due date", "baby is due", "op "}

// monthMarks yields the index of every "月" in s, in order.
func monthMarks(s string) iter.Seq[int] { return occurrences(s, "月") }

// occurrences yields the index of every non-overlapping w in s, in order.
func occurrences(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := 0; w != ""; {
			j := strings.Index(s[k:], w)
			if j < 0 || !yield(k+j) {
				return
			}
			k += j + len(w)
		}
	}
}

// spanFits drops a span's end that no longer fits its first day: a reading
// after the span's moved the day (audit round 14, n32, "今年断了一年 …
// 下个月住院": a day made this year's). The day alone is kept.
func spanFits(e *Extracted) {
	u, d := e.TreatmentUntil, e.Treatment
	if u != nil && (d == nil || u.Before(*d) || d.AddDays(rules.MaxTreatmentSpan).Before(*u)) {
		e.TreatmentUntil = nil
	}
}
