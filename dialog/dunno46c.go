package dialog

import (
	"slices"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// "Not sure" at a question whose answer does not change the verdict
// (fix46c, issue 17; heldout31 h31-en-suzhou-not-sure, h31-jingan-not-sure):
// "my company stopped paying, the boss is still there", then "not sure" at
// how long. Before, the hint came with the same question, then the
// outcome of a self-payer's gap either way, and never the answer the
// person needed: the employer must pay, whatever the length. Now the rules
// are probed over the fact's values, as the schema's Need test does
// (need.go): where every value gives the same verdict and every other fact
// is known, the answer is given at once with the fact left unknown — the
// verdict and the lines that are the same under every value, and the lines
// that differ (the dates) named as what the fact decides, with where to
// find it (the app's payment record, 12393). The question is not put
// again: its buttons stay, and a value told later gives the dated answer.
// No value is assumed, and no line that depends on it is shown.

// dontKnowSameVerdict46c answers "not sure" at f when every value of f
// gives the same verdict; false when the ordinary reply stands.
func (t *turn) dontKnowSameVerdict46c(f rules.Field) bool {
	if !sameVerdictAsked46c(f, t.s.Facts) {
		return false
	}
	d, ok := rules.FactByField(f)
	if !ok || d.Need != rules.NeedRequired || d.IsSet(&t.s.Facts) || t.s.Answered {
		return false
	}
	if _, ok := dunnoAssumptions[f]; ok && !t.assumptionOff(f) {
		// A plain assumption that cannot make the answer kinder is taken
		// instead, with its dates (converse.go).
		return false
	}
	switch d.Kind {
	case rules.KindCount, rules.KindEnum, rules.KindBool:
	default:
		return false
	}
	facts := rules.Imply(t.s.Facts, t.inputs())
	var shorts []knowledge.Short
	verdict := rules.Verdict("")
	var first rules.Outcome
	for _, v := range probeValues(d, t.today) {
		if d.Kind == rules.KindCount && v == "0" && (f == rules.FieldGap || f == rules.FieldBrokenYears) {
			// A gap was said: none at all is not among its values.
			continue
		}
		g := facts
		if err := d.Set(&g, v); err != nil {
			continue
		}
		g = rules.Imply(g, t.inputs())
		if t.othersOpen46c(g) {
			// Another question would still be asked (the unit's state, a
			// decisive fact): the answer waits for it, never given early.
			return false
		}
		o, err := t.kb.Evaluate(g, t.today)
		if err != nil {
			// Another fact is still missing, or a value cannot be
			// decided: the ordinary reply, never a guess.
			return false
		}
		if verdict == "" {
			verdict, first = o.Verdict, o
		} else if o.Verdict != verdict {
			return false
		}
		shorts = append(shorts, t.kb.ShortAnswer(&o, t.s.Lang))
	}
	if len(shorts) < 2 {
		return false
	}
	same, differ := sameLines46c(shorts)
	if !slices.ContainsFunc(same, func(l knowledge.ShortLine) bool { return l.Kind == "verdict" }) {
		return false
	}
	label := t.msg("d.f." + string(f))
	if t.kb.HasMsg("d.dunno46c.noun." + string(f)) {
		label = t.msg("d.dunno46c.noun." + string(f))
	} else if t.s.Lang == knowledge.En {
		label = strings.ToLower(label)
	}
	blocks := []Block{para(bold(t.kb.Msgf(t.s.Lang, "d.dunno46c.same", "fact", label)))}
	colon := knowledge.Colon(t.s.Lang)
	lines := make([][]Span, 0, len(same)+1)
	for _, l := range same {
		lines = append(lines, []Span{bold(l.Label + colon), text(l.Text)})
	}
	if len(differ) > 0 {
		lines = append(lines, []Span{bold(t.msg("d.dunno46c.depends_label") + colon),
			text(t.kb.Msgf(t.s.Lang, "d.dunno46c.depends", "fact", label, "lines", strings.Join(differ, t.msg("case_sep"))))})
	}
	blocks = append(blocks, Block{Kind: Paragraph, Lines: lines})
	find := "d.dunno46c.find"
	if t.kb.HasMsg("d.dunno46c.find." + string(f)) {
		find = "d.dunno46c.find." + string(f)
	}
	blocks = append(blocks, para(text(t.msg(find))))
	t.s.Misses = 0
	t.s.Asking = f
	t.sayButtons(t.questionButtons(f, t.mergeOf(f)), blocks...)
	var place string
	if first.Region == rules.NationalRegion {
		place = first.Facts.Place
	}
	t.event(Event{Kind: EvAnswer, Verdict: string(verdict), Region: first.Region, Text: place})
	return true
}

// sameLines46c splits the short answers' lines into those every answer
// has word for word, and the labels of those that differ or are missing
// from some.
func sameLines46c(shorts []knowledge.Short) (same []knowledge.ShortLine, differ []string) {
	for _, l := range shorts[0].Lines {
		if l.Kind == "open" || l.Kind == "ask" || l.Kind == "unused" {
			// Open questions and the question for 12393 name the value
			// probed; the reply says what to find out instead.
			continue
		}
		all := true
		for _, s := range shorts[1:] {
			if !slices.Contains(s.Lines, l) {
				all = false
				break
			}
		}
		switch {
		case all:
			same = append(same, l)
		case !slices.Contains(differ, l.Label):
			differ = append(differ, l.Label)
		}
	}
	for _, s := range shorts[1:] {
		for _, l := range s.Lines {
			if l.Kind == "open" || l.Kind == "ask" || l.Kind == "unused" || slices.Contains(same, l) || slices.Contains(differ, l.Label) {
				continue
			}
			differ = append(differ, l.Label)
		}
	}
	return same, differ
}

// othersOpen46c reports whether, with g as the facts, the chat would
// still ask a question before the answer.
func (t *turn) othersOpen46c(g rules.Facts) bool {
	saved := t.s.Facts
	t.s.Facts = g
	open := len(t.toAsk()) > 0
	t.s.Facts = saved
	return open
}

// sameVerdictAsked46c limits the early answer to how long an employer that
// owes has not paid: there the person's words say the employer owes and
// trades, and the gap only dates the answer. Elsewhere a "not sure" at the
// gap often follows a reason read from loose words (a benefit drawn read as
// a job left, an employer that never enrolled read as one that owes), and
// the answer would build on it: those keep the hint, then each
// possibility (dunno30a.go).
func sameVerdictAsked46c(f rules.Field, facts rules.Facts) bool {
	if f != rules.FieldGap && f != rules.FieldSince {
		return false
	}
	return facts.Payer == rules.PayerUnit && facts.Reason == rules.ReasonArrears &&
		(facts.UnitStatus == rules.UnitNormal || facts.UnitStatus == rules.UnitHardship)
}
