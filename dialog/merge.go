package dialog

import (
	"slices"
	"strings"

	"bujiao/rules"
)

// Two questions in one (issue 17: buttons only to the first answer in at
// most six messages). Some questions are always followed by another for
// one of their answers: the employee scheme by where the person stands
// (working, at retirement age, retired), an employer paying by why the
// payments stopped, a resident who is not enrolling a newborn by the years
// without cover. Such a question shows the follow-up's options in place of
// that answer ("职工医保 · 在职", "单位交的，单位欠费没交", "2年"), so one press
// answers both. The first question is asked alone once the follow-up is
// answered (changing the scheme of someone who said they work).
//
// Nothing is filled that the person did not give: each follow-up option
// says the first answer itself (the rules' Imply derives it: being retired
// is being in the employee scheme, an employer's arrears say the employer
// paid, years without cover say it is no newborn), and an option that does
// not (drawing unemployment benefit says nothing of who paid) leaves the
// first question unanswered, where it no longer matters. mergeOf checks
// for every option that the rules use it; where one would not be used, the
// question is asked on its own as before.
var merges = map[rules.Field]rules.Field{
	rules.FieldScheme:  rules.FieldRetirement,
	rules.FieldPayer:   rules.FieldReason,
	rules.FieldNewborn: rules.FieldBrokenYears,
}

// merged is the shape of a question asked together with its follow-up:
// the follow-up's field and the first question's values its options stand
// in for.
type merged struct {
	then rules.Field
	// leads are the first question's values the follow-up's options
	// replace (those for which the follow-up is asked next).
	leads []string
}

// key is what the question's buttons depend on.
func (m merged) key() string {
	if m.then == "" {
		return ""
	}
	return string(m.then) + ":" + strings.Join(m.leads, ",")
}

// choiceValues are the values a question's buttons offer: each enum value,
// y and n, the presets.
func choiceValues(d *rules.Fact) []string {
	switch d.Kind {
	case rules.KindEnum:
		return d.Values
	case rules.KindBool:
		return []string{"true", "false"}
	case rules.KindCount:
		out := make([]string, len(d.Presets))
		for i, n := range d.Presets {
			out[i] = itoa(n)
		}
		return out
	}
	return nil
}

// mergeOf returns how question f is asked with its follow-up now, or the
// zero merged when it is asked alone: f has no follow-up, the follow-up is
// answered or passed on, no answer of f leads to it, or one of its options
// would not be used for the facts given (so it could not stand for an
// answer).
func (t *turn) mergeOf(f rules.Field) merged {
	then, ok := merges[f]
	if !ok {
		return merged{}
	}
	fd, _ := rules.FactByField(f)
	td, _ := rules.FactByField(then)
	if td.IsSet(&t.s.Facts) || slices.Contains(t.s.Skipped, then) {
		return merged{}
	}
	in := t.inputs()
	var m merged
	// The facts tried are the turn's scratch, not copies of their own:
	// the schema's accessors would move each copy to the heap.
	g := &t.scratchFacts()[0]
	for _, v := range choiceValues(fd) {
		*g = t.s.Facts
		rules.ClearQuestion(g, f)
		if fd.Set(g, v) != nil {
			continue
		}
		if rules.Relevant(rules.Imply(*g, in), in, then) {
			m.leads = append(m.leads, v)
		}
	}
	if len(m.leads) == 0 || len(m.leads) == len(choiceValues(fd)) {
		// Every answer leads to the follow-up: the first question would
		// have no option of its own, and asking the follow-up alone is
		// the same question.
		return merged{}
	}
	for _, w := range choiceValues(td) {
		if _, ok := t.mergedFacts(f, then, w); !ok {
			return merged{}
		}
	}
	m.then = then
	return m
}

// mergedFacts are the facts after the follow-up's option w is pressed on
// question f: w taken, and f's answer the one w says (being retired says
// the employee scheme), or none where w says none (drawing unemployment
// benefit says nothing of who paid, and then who paid no longer matters).
// What w says is what the rules imply from it among the facts that matter
// once f has the value w stands for: an answer kept from before that no
// longer applies (a newborn, for someone changing to the employee scheme)
// does not speak against it. ok is false when the rules would not use w.
func (t *turn) mergedFacts(f, then rules.Field, w string) (rules.Facts, bool) {
	fd, _ := rules.FactByField(f)
	td, _ := rules.FactByField(then)
	in := t.inputs()
	sc := t.scratchFacts() // as in mergeOf
	h, g := &sc[0], &sc[1]
	for _, v := range choiceValues(fd) {
		*h = t.s.Facts
		rules.ClearQuestion(h, f)
		if fd.Set(h, v) != nil {
			continue
		}
		*h = rules.Prune(*h, in)
		if !rules.Relevant(*h, in, then) {
			continue
		}
		rules.ClearQuestion(h, f)
		if td.Set(h, w) != nil {
			return rules.Facts{}, false
		}
		*h = rules.Imply(*h, in) // what the facts imply
		if !rules.Relevant(*h, in, then) {
			return rules.Facts{}, false
		}
		*g = t.s.Facts
		rules.ClearQuestion(g, f)
		if said := fd.Get(h); said != "" {
			_ = fd.Set(g, said)
		}
		_ = td.Set(g, w)
		return *g, true
	}
	return rules.Facts{}, false
}

// scratchFacts are the turn's facts to try answers on, made once a turn.
func (t *turn) scratchFacts() *[2]rules.Facts {
	if t.scratch == nil {
		t.scratch = new([2]rules.Facts)
	}
	return t.scratch
}

// setMerged takes the follow-up's option w pressed on the question on
// screen, as one answer (one step back undoes it).
func (t *turn) setMerged(then rules.Field, w string) bool {
	f := t.s.Asking
	g, ok := t.mergedFacts(f, then, w)
	if !ok {
		return false
	}
	t.s.remember()
	n := len(t.s.History)
	// The first answer as w says it; w itself through setValue, which
	// clears what depended on it and counts the answer.
	td, _ := rules.FactByField(then)
	t.s.Facts = g
	td.Clear(&t.s.Facts)
	if _, ok := t.setValue(then, w); !ok {
		return false
	}
	// setValue remembered the facts with f forgotten; one press is one
	// step back.
	if len(t.s.History) > n {
		t.s.History = slices.Delete(t.s.History, n, len(t.s.History))
	}
	t.s.Skipped = slices.DeleteFunc(t.s.Skipped, func(s rules.Field) bool { return s == f })
	return true
}
