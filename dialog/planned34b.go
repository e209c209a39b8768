package dialog

import (
	"strconv"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// Audit round 27, R27-M2 (fix34b): a gap planned ahead by someone insured
// now ("现在在职有交医保 打算明年4月5月不上班 6月再找新工作", "I'm employed now
// but I'll quit at the end of February and start a new job in May"). The
// gap question counts back from today, so its months were put in 2026 and
// the person insured now was told cover had stopped. The gap is not asked:
// the reply dates the plan where the region's rule dates the days
// (rules.PlanGap: Shanghai stops on the 15th of the month after the first
// unpaid month), judges each day named, and otherwise says the days are
// the local office's to confirm.

// plannedGap34b marks a session whose message plans a gap ahead.
func (t *turn) plannedGap34b() {
	if t.typed == "" || t.s.Facts.Scheme == rules.SchemeResident || t.s.Facts.Payer == rules.PayerIndividual {
		return
	}
	first, job, ok := understand.PlannedGap34b(t.typed, t.today)
	if !ok {
		return
	}
	t.s.PlannedGap, t.s.PlannedJob = &first, nil
	if !job.IsZero() {
		t.s.PlannedJob = &job
	}
}

// askPlannedGap34b answers in place of the gap question for a planned gap;
// false when the question is asked as usual.
func (t *turn) askPlannedGap34b(f rules.Field) bool {
	fs := t.s.Facts
	if f != rules.FieldGap && f != rules.FieldSince || t.s.PlannedGap == nil || fs.Scheme == rules.SchemeResident ||
		!t.kb.HasMsg("d.planned34b.dated") {
		return false
	}
	t.s.Asking = ""
	var job rules.Month
	if t.s.PlannedJob != nil {
		job = *t.s.PlannedJob
	}
	p, fallback := t.kb.Policy(fs.Region)
	g, ok := rules.PlanGap(p, *t.s.PlannedGap, job)
	var msg string
	if !ok || fallback || fs.CrossCity != nil && *fs.CrossCity {
		msg = t.kb.Msgf(t.s.Lang, "d.planned34b.undated", "first", t.s.PlannedGap.String())
	} else {
		back := ""
		if g.ResumesOn != nil {
			back = t.kb.Msgf(t.s.Lang, "d.planned34b.back", "job", g.Job.String(), "back", g.ResumesOn.String())
		}
		msg = t.kb.Msgf(t.s.Lang, "d.planned34b.dated", "first", g.First.String(), "stop", g.StopsOn.String(), "back", back,
			"last", g.First.Add(-1).String()) + t.plannedDays34b(g)
		msg += t.msg("d.planned34b.same_city")
	}
	t.event(Event{Kind: EvHuman}) // the reply gives the human routes
	t.sayButtons([][]Button{t.lastRow()}, para(text(msg)))
	return true
}

// plannedDays34b judges each treatment day named under the plan.
func (t *turn) plannedDays34b(g rules.PlannedGap) string {
	var days []rules.Date
	if d := t.s.Facts.TreatmentDate; d != nil {
		days = append(days, *d)
	}
	for _, md := range t.s.MoreDays {
		if full, err := rules.ParseDate(md); err == nil { // fix35a: its year settled
			if !containsDate34b(days, full) {
				days = append(days, full)
			}
			continue
		}
		m, _ := strconv.Atoi(md[:2])
		d, _ := strconv.Atoi(md[3:])
		day := rules.Month{Year: t.today.Year, Month: 1}.Add(m - 1).Day(d)
		if day.Before(t.today) {
			day = rules.Month{Year: t.today.Year + 1, Month: 1}.Add(m - 1).Day(d)
		}
		if !containsDate34b(days, day) {
			days = append(days, day)
		}
	}
	var b strings.Builder
	for _, d := range days {
		key := "d.planned34b.day_before"
		switch {
		case !d.Before(g.StopsOn) && g.Covered(d):
			key = "d.planned34b.day_back"
		case !g.Covered(d):
			key = "d.planned34b.day_stopped"
		}
		b.WriteString(t.kb.Msgf(t.s.Lang, key, "date", d.String(), "last", g.First.Add(-1).String()))
	}
	return b.String()
}

func containsDate34b(ds []rules.Date, d rules.Date) bool {
	for _, e := range ds {
		if e == d {
			return true
		}
	}
	return false
}
