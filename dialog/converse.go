package dialog

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// HumanRoute tells a person how to reach people. The default gives the
// hotline and the counter; a hand-off to a person inside Telegram can take
// its place later without the engine changing.
type HumanRoute func(kb *knowledge.Base, lang knowledge.Lang, facts rules.Facts) []Block

// DefaultHumanRoute gives the medical insurance hotline, the counter of
// the place the person is insured and the case summary to take along.
func DefaultHumanRoute(kb *knowledge.Base, lang knowledge.Lang, facts rules.Facts) []Block {
	where := kb.Msg(lang, "d.human.counter_any")
	if r, ok := kb.Region(facts.Region); ok && facts.Region != rules.NationalRegion {
		where = kb.Msgf(lang, "d.human.counter_in", "region", r.Name.In(lang))
	}
	return []Block{
		para(bold(kb.Msg(lang, "d.human.title"))),
		list(Bullets, []Span{text(kb.Msg(lang, "d.human.hotline"))}, []Span{text(where)}),
		para(text(kb.Msg(lang, "d.human.summary"))),
	}
}

// human answers a request for a person with the human routes, then carries
// on where the conversation stood.
func (t *turn) human() {
	t.event(Event{Kind: EvHuman})
	if t.handoffOn() {
		t.offerHandoff(reasonAsked, t.typed)
		return
	}
	route := t.m.humanRoute()
	t.sayThenContinue(route(t.kb, t.s.Lang, t.s.Facts)...)
}

func (m *Machine) humanRoute() HumanRoute {
	if m != nil && m.Human != nil {
		return m.Human
	}
	return DefaultHumanRoute
}

// smallTalk answers hello and thanks briefly and carries on.
func (t *turn) smallTalk(a understand.Analysis) {
	key, ev := "d.hello", EvGreeting
	if a.Thanks {
		key, ev = "d.welcome_thanks", EvThanks
	}
	t.event(Event{Kind: ev})
	if !t.s.Answered && t.s.Asking == "" && a.Greeting {
		// A greeting as the first message gets the welcome and the first
		// question, as /start would.
		t.say(para(text(t.msg("d.welcome"))))
		t.advance()
		return
	}
	t.sayThenContinue(para(text(t.msg(key))))
}

// dontKnow answers "I don't know" to the question on screen usefully: how
// to find out, both answers, or an assumption stated plainly.
func (t *turn) dontKnow() {
	f := t.s.Asking
	if f == "" {
		t.s.Misses = 0
		t.sayButtons(t.offerButtons(), para(text(t.msg("d.dunno"))))
		return
	}
	if f == rules.FieldScheme && t.s.Child {
		// For a child: children enrol in the resident scheme where they
		// live (国办发〔2024〕38号); said plainly, and a child who works
		// and pays monthly can change it.
		if _, ok := t.setValue(f, string(rules.SchemeResident)); ok {
			t.s.Misses = 0
			t.say(para(text(t.msg("d.dunno.scheme_child"))))
			t.advance()
			return
		}
	}
	if t.dontKnowUnitGone27a(f) {
		return // dunno27a.go
	}
	if t.dontKnowLeadsOn(f) {
		return // dunno_h16a.go
	}
	if t.dontKnowSameVerdict46c(f) {
		return // dunno46c.go
	}
	if t.dontKnowBrokenYears(f) {
		return // dont_know23a.go
	}
	if t.dontKnowRange30a(f) {
		return // dunno30a.go
	}
	if d, _ := rules.FactByField(f); d != nil && (d.Need == rules.NeedDecisive || d.Need == rules.NeedOptional && slices.Contains(refinable, f)) {
		// The answer can be given both ways, or stands without a
		// refinement: skip, as the button does.
		t.s.Misses = 0
		t.skip(f)
		return
	}
	if f == rules.FieldRegion && t.s.Misses >= 1 {
		// "Not sure" where they are insured, after the hint: the national
		// rules, said as such and to be checked locally (the region's own
		// answer is "其他地区"), rather than the same question again.
		if _, ok := t.setValue(f, rules.NationalRegion); ok {
			t.s.Misses = 0
			t.say(para(text(t.msg("d.dunno.region_national"))))
			t.advance()
			return
		}
	}
	if v, ok := dunnoAssumptions[f]; ok && !t.assumptionOff(f) {
		// An answer that cannot make the verdict kinder than the truth
		// (outside the window, not a newborn, nothing back-paid, a unit
		// still trading): taken and said, and the person can change it.
		if _, ok := t.setValue(f, v); ok {
			t.s.Misses = 0
			t.say(para(text(t.msg("d.dunno." + string(f)))))
			t.advance()
			return
		}
	}
	key := "d.dunno." + string(f)
	if !t.kb.HasMsg(key) || t.assumptionOff(f) {
		key = "d.dunno"
	}
	// A question the answer cannot do without: how to find out, then, at
	// the second "not sure" in a row, the nearest option, the hotline and
	// a person instead of the same hint again.
	t.s.Misses = min(t.s.Misses+1, maxMisses)
	if t.s.Misses >= 2 {
		t.event(Event{Kind: EvHuman}) // the reply gives the human routes
		if t.handoffOn() {
			t.say(para(text(t.msg("d.dunno_stuck"))))
			t.offerHandoff(reasonMisses, "")
			return
		}
		key = "d.dunno_stuck"
	}
	t.say(para(text(t.msg(key))))
	t.ask(f)
}

// dunnoAssumptions are the answers assumed when the person does not know:
// each gives the longer wait or the plainer case, never cover they might
// not have.
var dunnoAssumptions = map[rules.Field]string{
	rules.FieldUnitStatus: string(rules.UnitNormal),
	rules.FieldInWindow:   "n",
	rules.FieldNewborn:    "n",
	rules.FieldRepayYears: "0",
	// Not sure whether retired: answered for someone of working age, who
	// still pays (the answer never says contributions can stop), and said
	// so; a retiree or someone at retirement age changes it.
	rules.FieldRetirement: string(rules.RetirementWorking),
}

// notUnderstood says what the question on screen expects; from the second
// message in a row that is not understood, it offers the hotline and the
// buttons instead of the same hint again.
func (t *turn) notUnderstood(hint string) {
	t.s.Misses = min(t.s.Misses+1, maxMisses)
	if d, ok := rules.FactByField(t.s.Asking); ok && d.Need == rules.NeedDecisive && t.s.Misses >= 2 {
		// A question the answer can do without (it then covers both
		// ways): after two replies not understood, leave it open and
		// answer, rather than hold the answer back ("晓不得" at the
		// enrolment-window question). Never a value guessed.
		t.s.Misses = 0
		t.say(para(text(t.msg("d.skip_unread"))))
		t.skip(d.Field)
		return
	}
	if _, ok := dunnoAssumptions[t.s.Asking]; ok && t.s.Misses >= 2 && !t.assumptionOff(t.s.Asking) {
		// Twice not understood where "not sure" has a plain answer
		// ("the one through work i think" again at "working or
		// retired?"): the person cannot answer it; taken as "not sure",
		// said, never the same question again (issue 17).
		t.s.Misses = 0
		t.dontKnow()
		return
	}
	if t.s.Misses >= 3 && !t.handoffOn() && t.dontKnowRange30a(t.s.Asking) {
		// dunno30a.go: a third reply not understood, after "I still
		// don't follow": each possibility said, not the question again.
		return
	}
	if t.s.Misses >= 2 {
		t.event(Event{Kind: EvHuman}) // the reply gives the human routes
		hint = t.msg("d.stuck")
		if t.handoffOn() {
			t.say(para(text(hint)))
			t.offerHandoff(reasonMisses, "")
			return
		}
	}
	t.sayThenAskOrOffer(para(text(hint)))
}

// sayThenAskOrOffer says something, then asks the question on screen again,
// or, with none, offers the buttons to start: the guided way on stays in
// front of the person, and a button to start over does not throw their
// answers away.
func (t *turn) sayThenAskOrOffer(blocks ...Block) {
	if t.s.Asking == "" {
		t.sayButtons(t.offerButtons(), blocks...)
		return
	}
	t.say(blocks...)
	t.ask(t.s.Asking)
}

// answerQuestion answers the question in a message (the FAQ entry or a
// computed answer), takes the facts it states, and goes on with the
// questions: the person's question first, nothing they said lost.
func (t *turn) answerQuestion(r Route, msg string) {
	two := t.twoPlaces31a(&r, msg) // twoplaces31a.go
	got, c := t.applyStated(r.Facts, r.Analysis)
	c = cmp.Or(c, two)
	got = append(got, t.moneyInText(msg)...)
	// One message for the question: what was understood, then the answer
	// to the question, with its buttons (one message per step).
	var blocks []Block
	var buttons [][]Button
	if g := t.gotBlock(got); g != nil {
		blocks = append(blocks, *g)
	}
	if r.Kind == RouteComputed {
		t.event(Event{Kind: EvDirect, Question: "monthly-cost", Text: msg})
		blocks = append(blocks, t.costBlocks(r.CostRegion)...)
		buttons = [][]Button{{
			t.btn(t.msg("d.faq_yes"), Action{Kind: ActFeedback, Value: "y:cost"}),
			t.btn(t.msg("d.faq_no"), Action{Kind: ActFeedback, Value: "n:cost"}),
		}}
	} else {
		t.event(Event{Kind: EvFAQHit, Question: r.FAQ[0].FAQ.ID, Text: msg})
		b, bs := t.faqReply(r.FAQ[0].FAQ)
		blocks, buttons = append(blocks, b...), append(bs, t.relatedFAQ(r.FAQ)...)
	}
	if more := t.alsoAsked(r, buttons); len(more) > 0 {
		// The message asked more than this reply answers: say so and
		// offer the other answers, one tap each.
		blocks = append(blocks, para(text(t.msg("d.also_asked"))))
		buttons = append(buttons, more...)
	}
	switch {
	case c != nil:
		t.sayButtons(buttons, blocks...)
		t.askConflict(*c)
	case r.ConfirmGap != nil && !slices.Contains(got, rules.FieldGap):
		t.sayButtons(buttons, blocks...)
		t.roughGap = r.RoughGap
		t.confirmGap(*r.ConfirmGap)
	case len(got) == 0 && t.s.Asking == "" && !t.s.Answered && t.s.Facts == (rules.Facts{}):
		// A question before anything else: the answer, and one tap to
		// start the questions; the person may only have wanted this.
		blocks = append(blocks, para(text(t.msg("d.faq_then_start"))))
		buttons = append(buttons, []Button{t.btn(t.msg("d.start_questions"), Action{Kind: ActCommand, Value: "start"})})
		t.sayButtons(buttons, blocks...)
	case t.s.Answered && len(got) == 0:
		blocks = append(blocks, para(text(t.msg("d.faq_after_answer"))))
		t.sayButtons(append(buttons, t.afterButtons()[1:]...), blocks...)
	default:
		t.sayButtons(buttons, blocks...)
		if t.askTreatYear() {
			return
		}
		t.advance()
	}
}

// confirmGap asks, with one tap, whether a gap named inside a question is
// the person's own ("断缴3个月能补吗" → "断缴3个月，对吗？").
func (t *turn) confirmGap(d understand.Duration) {
	months := d.Months
	if d.Since != nil {
		months = t.today.MonthOf().Since(*d.Since)
	}
	if t.boundedGap42a(d) {
		t.advance() // confirm42a.go: told by both its ends
		return
	}
	if months == 0 || !t.gapFits(understand.Duration{Months: months}) {
		// No gap (0: ConfirmGap's "none pending") is never confirmed.
		t.advanceOrAsk()
		return
	}
	n := itoa(months)
	t.s.ConfirmGap = months
	// The gap is the question on screen now: a typed reply is read as an
	// answer to it, and "not sure" is about this figure, not about the
	// question shown before (the scheme, asked at /start, may be answered
	// already).
	t.s.Asking, t.s.Mode = rules.FieldGap, ""
	t.sayButtons([][]Button{{
		t.btn(t.msg("d.confirm.yes"), Action{Kind: ActConfirm, Field: rules.FieldGap, Value: n}),
		t.btn(t.msg("d.confirm.no"), Action{Kind: ActConfirm}),
	}}, para(text(t.kb.Msgf(t.s.Lang, confirmGapKey(t.roughGap), "gap", t.months(n)))))
}

// takeConfirmedGap applies a confirmed gap of n months as a gap told in
// words is: for the resident scheme, whole years without cover.
func (t *turn) takeConfirmedGap(n int) ([]rules.Field, bool) {
	d := understand.Duration{Months: n}
	if !t.gapFits(d) {
		return nil, false
	}
	return t.applyExtracted(understand.Extracted{Gap: &d}), true
}

// confirmed applies a confirmation button.
func (t *turn) confirmed(a Action) {
	t.s.ConfirmGap = 0
	if a.Field == rules.FieldGapEnded {
		t.confirmedEnd30b(a.Value) // owed30b.go
		return
	}
	if a.Field == rules.FieldGap {
		n, err := parseSmallInt(a.Value)
		if err != nil {
			t.badButton()
			return
		}
		got, ok := t.takeConfirmedGap(n)
		if !ok {
			t.badButton()
			return
		}
		if len(got) == 0 {
			// The same gap again: said all the same.
			got = []rules.Field{rules.FieldGap}
		}
		t.sayGot(got)
	}
	// The question on screen may be one the first message already
	// answered (the scheme, asked at /start): move on from the facts.
	t.advance()
}

// applyStated applies the facts a message states. A fact that contradicts
// one given before (and is not the answer to the question on screen) is
// left out and returned: the caller asks which holds. It returns the
// fields that changed.
func (t *turn) applyStated(ex understand.Extracted, a understand.Analysis) ([]rules.Field, *conflict) {
	var c *conflict
	if t.s.Asking == rules.FieldCrossCity && !a.Moved && !a.Correction {
		// "是 从上海调过去的": the place in a reply to "did you change
		// city?" is where they came from, not a new answer to where.
		ex.Region = ""
	}
	t.formerEmployerWord(&ex) // formerarrears_r17a.go
	t.formerLeavingGap(&ex)   // formerarrears_r17a.go
	t.stillWorking25c(&ex)    // stillworking25c.go
	if !a.Correction {
		c = t.takeConflict(&ex, a.Moved)
	}
	t.guardGap(&ex, a)
	t.unitPaidGap(&ex)
	t.treatYear18f(&ex)
	if a.Moved && ex.Region != "" {
		t.s.Moved = true
		t.s.MovedAcross = t.s.MovedAcross || a.MovedAcross
		t.s.SelfPaidMoved = t.s.SelfPaidMoved || a.SelfPaidMoved && a.MovedAcross
	} else if !t.s.MovedAcross && understand.AbbrMove46a(t.typed) { // read46a.go: "gz to sz"
		t.s.Moved, t.s.MovedAcross = true, true
	}
	gapBeganHere36b(&t.s.Facts, ex) // gapbegan36b.go
	if a.Origin != "" {
		t.s.Origin = a.Origin
	}
	t.s.Child = t.s.Child || a.Child
	t.plannedSwitch31c(ex) // switch31c.go
	t.plannedGap34b()      // planned34b.go
	got := t.applyExtracted(ex)
	got = append(got, t.leftRegion45a(a)...) // left45a.go
	return append(got, t.endedMonthUnknown(ex, a)...), c
}

// sayGot lists the facts just taken.
func (t *turn) sayGot(changed []rules.Field) {
	if b := t.gotBlock(changed); b != nil {
		t.say(*b)
	}
}

// gotBlock is "明白了：…" with the facts just taken, nil with none.
//
// Every fact read is echoed, whether or not it matters yet: a place typed
// before the scheme is known is what was understood too.
func (t *turn) gotBlock(changed []rules.Field) *Block {
	for _, c := range changed {
		// A key that answers another's question (a monthly amount, a
		// first unpaid month) is described under that question.
		if d, ok := rules.FactByField(c); ok && d.AltOf != "" {
			changed = append(changed, d.AltOf)
		}
	}
	var names []string
	for _, fv := range t.kb.DescribeGiven(t.s.Facts, t.s.Lang) {
		if slices.Contains(changed, fv.Field) {
			v := fv.Value
			if fv.Field == rules.FieldTreatmentDate {
				v += t.weekdayOf(v)
			}
			names = append(names, fv.Label+t.colon()+v)
		}
	}
	if len(names) == 0 {
		return nil
	}
	sep := "; "
	if t.s.Lang == knowledge.Zh {
		sep = "；"
	}
	b := para(text(t.msg("d.got")), bold(strings.Join(names, sep)))
	return &b
}

// conflict is a fact said now that differs from one said before.
type conflict struct {
	field    rules.Field
	old, new string
	two      bool // two places in one message (twoplaces31a.go)
}

// takeConflict removes from ex the first enumerated fact or place that
// contradicts one given before, unless it answers the question on screen
// (that is the person changing their answer).
func (t *turn) takeConflict(ex *understand.Extracted, movedNow bool) *conflict {
	f := t.s.Facts
	check := []struct {
		field    rules.Field
		old, new string
		drop     func()
	}{
		{rules.FieldScheme, string(f.Scheme), string(ex.Scheme), func() { ex.Scheme = "" }},
		{rules.FieldRetirement, string(f.Retirement), string(ex.Retirement), func() { ex.Retirement = "" }},
		{rules.FieldPayer, string(f.Payer), string(ex.Payer), func() { ex.Payer = "" }},
		{rules.FieldReason, string(f.Reason), string(ex.Reason), func() { ex.Reason = "" }},
		{rules.FieldUnitStatus, string(f.UnitStatus), string(ex.UnitStatus), func() { ex.UnitStatus = "" }},
		{rules.FieldRegion, f.Region, ex.Region, func() { ex.Region = "" }},
	}
	for _, c := range check {
		if c.old == "" || c.new == "" || c.old == c.new || c.field == t.s.Asking {
			continue
		}
		if c.field == rules.FieldUnitStatus && c.old == string(rules.UnitNormal) {
			// An employer running before and gone, bankrupt or merged now
			// ("公司还开着" … "老板已经跑路了"): news, not a contradiction;
			// the latest holds and is echoed.
			continue
		}
		if t.s.Moved && c.field == rules.FieldRegion {
			if !movedNow {
				// A mover naming the old place again ("以前在北京…"): the
				// place moved to still holds; a new move replaces it.
				c.drop()
			}
			continue
		}
		c.drop()
		// What the message says on the strength of the disputed fact
		// (a reason under another payer) waits for the person's choice.
		switch c.field {
		case rules.FieldScheme:
			ex.Retirement, ex.Payer, ex.Reason, ex.UnitStatus = "", "", "", ""
		case rules.FieldRetirement:
			ex.Payer, ex.Reason, ex.UnitStatus = "", "", ""
		case rules.FieldPayer:
			ex.Reason, ex.UnitStatus = "", ""
		case rules.FieldReason:
			ex.UnitStatus = ""
		}
		return &conflict{field: c.field, old: c.old, new: c.new}
	}
	return nil
}

// askConflict asks which of two answers holds, one tap each.
func (t *turn) askConflict(c conflict) {
	label := func(v string) string {
		if c.field == rules.FieldRegion {
			if isDivisionCode(v) {
				return t.kb.PlaceLabel(v, t.s.Lang) // twoplaces31a.go
			}
			if r, ok := t.kb.Region(v); ok {
				return r.Name.In(t.s.Lang)
			}
			return v
		}
		return t.msg("d.v." + string(c.field) + "." + v)
	}
	t.s.Asking = c.field
	t.sayButtons([][]Button{
		{t.btn(label(c.old), Action{Kind: ActSet, Field: c.field, Value: c.old})},
		{t.btn(label(c.new), Action{Kind: ActSet, Field: c.field, Value: c.new})},
	}, para(text(t.kb.Msgf(t.s.Lang, conflictKey31a(c), "field", t.msg("d.f."+string(c.field)),
		"old", label(c.old), "new", label(c.new)))))
	t.event(Event{Kind: EvAsked, Question: string(c.field)})
}

// movedNote reminds someone who moved to have their record follow them,
// and says what applies to who the person said they are.
func (t *turn) movedNote() []Block {
	var out []Block
	if t.s.Moved {
		out = append(out, para(text(t.msg("d.moved_note"))))
	}
	return append(out, t.personNotes()...)
}

// personNotes: a foreigner or a Hong Kong, Macao or Taiwan resident is
// answered where they work, with whose rules apply; a parent is told a
// child enrols where it lives.
func (t *turn) personNotes() []Block {
	var out []Block
	switch t.s.Origin {
	case originForeign:
		out = append(out, para(text(t.msg("d.origin_note.foreign"))))
	case originHMT:
		out = append(out, para(text(t.msg("d.origin_note.hmt"))))
	}
	if t.s.Child && t.s.Facts.Scheme == rules.SchemeResident {
		out = append(out, para(text(t.msg("d.child_note"))))
	}
	return out
}

// typedConfirm reads a typed reply to the gap the chat asked to confirm:
// a plain yes ("对", "对的", "嗯", "yep") confirms it, a plain no declines
// it, as the buttons do. Anything else clears the pending confirmation and
// is read as usual.
func (t *turn) typedConfirm(msg string) bool {
	n := t.s.ConfirmGap
	if n == 0 {
		return false
	}
	t.s.ConfirmGap = 0
	a := understand.Analyze(msg, t.today, nil, "")
	switch {
	case a.Yes:
		t.confirmed(Action{Kind: ActConfirm, Field: rules.FieldGap, Value: itoa(n)})
	case a.No:
		t.confirmed(Action{Kind: ActConfirm})
	case a.DontKnow:
		// Not sure of the figure they wrote themselves: answer with it,
		// said plainly, rather than hold the answer back for a number the
		// record settles; they can change it.
		if _, ok := t.takeConfirmedGap(n); !ok {
			return false
		}
		t.say(para(text(t.kb.Msgf(t.s.Lang, "d.confirm.dunno", "gap", t.months(itoa(n))))))
		t.advance()
	default:
		return false
	}
	return true
}

// alsoAsked offers the entries for the message's other questions
// (Route.Also) that the buttons do not offer already.
func (t *turn) alsoAsked(r Route, buttons [][]Button) [][]Button {
	var more [][]Button
	for _, m := range r.Also {
		data := t.btn("", Action{Kind: ActFAQ, Value: m.FAQ.ID}).Data
		if slices.ContainsFunc(buttons, func(row []Button) bool {
			return slices.ContainsFunc(row, func(b Button) bool { return b.Data == data })
		}) {
			continue
		}
		label := m.FAQ.Questions.Zh[0]
		if t.s.Lang == knowledge.En {
			label = m.FAQ.Questions.En[0]
		}
		more = append(more, []Button{t.btn(label, Action{Kind: ActFAQ, Value: m.FAQ.ID})})
	}
	return more
}

// inTimeWords ask whether paying before a day is still in time.
var inTimeWords = []string{"来得及", "来不来得及", "赶得上", "赶得及", "in time", "too late", "before the 1", "before the 2", "before the 3"}

// asksInTime reports whether a message asks whether paying before a day
// (the stop day) is still in time ("12月15号之前交还来得及吗").
func asksInTime(msg string) bool {
	return containsAny(strings.ToLower(msg), inTimeWords)
}

// weekdayOf names the weekday of a YYYY-MM-DD value, so a date read from
// "下周一" can be checked at a glance and corrected ("（周一）", " (Mon)").
func (t *turn) weekdayOf(v string) string {
	d, err := rules.ParseDate(v)
	if err != nil {
		return ""
	}
	wd := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday()
	if t.s.Lang == knowledge.Zh {
		return "（周" + []string{"日", "一", "二", "三", "四", "五", "六"}[wd] + "）"
	}
	return " (" + wd.String()[:3] + ")"
}
