package dialog

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// Audit round 24, R24-M3 (fix30c): every treatment day a person names is
// judged in the reply. A message naming two or more ("6月3号看过门诊，7月20号
// 又缝了针") keeps them in State.MoreDays; a follow-up after an answer that
// names one more ("那10月20号那次呢", "and the july 20 stitches?") adds it and
// shows the answer again. Each day other than the treatment day is judged
// by the same rules with that day in its place, in the treatment day's year.

// maxMoreDays bounds State.MoreDays.
const maxMoreDays = 4

var monthDay30c = regexp.MustCompile(`^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`)

// validMoreDays checks a stored State.MoreDays.
func validMoreDays(ds []string) error {
	if len(ds) > maxMoreDays {
		return fmt.Errorf("%d more treatment days, at most %d", len(ds), maxMoreDays)
	}
	for _, d := range ds {
		if !monthDay30c.MatchString(d) {
			return fmt.Errorf("more treatment day %q is not MM-DD", d)
		}
	}
	return nil
}

// noteMoreDays30c keeps the days a typed message names as treatment days.
func (t *turn) noteMoreDays30c(msg string) {
	if ds := understand.TreatmentDays30c(msg); ds != nil {
		t.s.MoreDays = t.s.MoreDays[:0]
		for _, d := range ds {
			// its own clause may settle its year (fix35a, R28-W3): kept
			// as YYYY-MM-DD; else MM-DD, put nearest the treatment day
			if day, ok := understand.DayYear35a(msg, t.today, d.Month, d.Day); ok {
				t.s.MoreDays = append(t.s.MoreDays, day.String())
				continue
			}
			t.s.MoreDays = append(t.s.MoreDays, d.String())
		}
	}
}

// yearWords30c: a follow-up that names a year is read as any message is.
var yearWords30c = []string{"明年", "去年", "今年", "前年", "后年", "next year", "last year", "this year", "202"}

// moreDayFollowUp30c answers a follow-up naming one more day after an
// answer with a treatment day: the answer again, that day judged too.
func (t *turn) moreDayFollowUp30c(msg string) bool {
	if !t.s.Answered || t.s.Facts.TreatmentDate == nil || t.s.Asking != "" || t.s.Mode != "" {
		return false
	}
	md, ok := understand.FollowUpDay30c(msg)
	if !ok || strings.Contains(strings.ToLower(msg), "202") {
		return false
	}
	for _, w := range yearWords30c {
		if strings.Contains(strings.ToLower(msg), w) {
			return false
		}
	}
	d := md.String()
	if td := t.s.Facts.TreatmentDate; int(td.Month) == md.Month && td.Day == md.Day {
		t.reshow = true
		t.answer()
		return true
	}
	if !slices.Contains(t.s.MoreDays, d) {
		if len(t.s.MoreDays) >= maxMoreDays {
			t.s.MoreDays = t.s.MoreDays[1:]
		}
		t.s.MoreDays = append(t.s.MoreDays, d)
	}
	t.reshow = true
	t.answer()
	return true
}

// moreDays30c adds to the short answer a line for each other day named,
// after the treatment day's line.
func (t *turn) moreDays30c(short *knowledge.Short) {
	td := t.s.Facts.TreatmentDate
	if td == nil || len(t.s.MoreDays) == 0 {
		return
	}
	at := slices.IndexFunc(short.Lines, func(l knowledge.ShortLine) bool { return l.Kind == "treatment" })
	if at < 0 {
		return
	}
	label := short.Lines[at].Label
	var extra []knowledge.ShortLine
	for _, s := range t.s.MoreDays {
		day, ok := moreDay35a(*td, s)
		if !ok || day == *td || t.s.Facts.TreatmentUntil != nil && !day.Before(*td) && !t.s.Facts.TreatmentUntil.Before(day) {
			continue
		}
		f := t.s.Facts
		f.TreatmentDate, f.TreatmentUntil = &day, nil
		o, err := t.kb.Evaluate(f, t.today)
		if err != nil {
			continue
		}
		t.gapNet32a(&o) // gapnet32a.go
		if text := t.kb.TreatmentText(&o, t.s.Lang); text != "" {
			extra = append(extra, knowledge.ShortLine{Kind: "treatment", Label: label, Text: text})
		}
	}
	short.Lines = slices.Insert(short.Lines, at+1, extra...)
}

// nearestYear30c places a month and day in the year that puts it nearest
// the treatment day: "dec 20 to jan 5" ends in the next year (audit round
// 25, W6: 01-05 put in the treatment day's year was judged as 2026-01-05,
// "before benefits stopped: covered"); a visit in October beside a check
// in January is the October before.
func nearestYear30c(td rules.Date, m, d int) (rules.Date, bool) {
	var best rules.Date
	found := false
	for _, y := range []int{td.Year - 1, td.Year, td.Year + 1} {
		day, err := rules.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
		if err != nil {
			continue
		}
		if !found || abs30c(day.DaysAfter(td)) < abs30c(best.DaysAfter(td)) {
			best, found = day, true
		}
	}
	return best, found
}

func abs30c(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// moreDay35a is a stored more day: YYYY-MM-DD as it is (its clause settled
// the year, fix35a), MM-DD in the year nearest the treatment day.
func moreDay35a(td rules.Date, s string) (rules.Date, bool) {
	if len(s) == len("2006-01-02") {
		d, err := rules.ParseDate(s)
		return d, err == nil
	}
	var m, dd int
	if _, err := fmt.Sscanf(s, "%d-%d", &m, &dd); err != nil {
		return rules.Date{}, false
	}
	return nearestYear30c(td, m, dd)
}
