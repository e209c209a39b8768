package dialog

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"bujiao/dialog/persist"
	"bujiao/dialog/remind"
	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"

	"golang.org/x/text/language"
)

// Input is one thing the person did: typed text (commands start with "/")
// or pressed a button (Data).
type Input struct {
	Text string
	Data string
	// LangHint is the person's language tag as their client reports it
	// (Telegram's language_code); it picks the language of a new chat.
	LangHint string
	// Resume re-shows where the conversation stands, for a person coming
	// back to a terminal or page.
	Resume bool
	// Case is the shared case a "/start c-<token>" names, looked up by the
	// Runner before the turn; nil when the token is unknown or expired.
	Case *SharedCase
	// Due is a reminder that fell due (a scheduled inbox entry).
	Due *Due
	// Reminders are the chat's scheduled reminders, loaded by the Runner
	// for the turns that need them (NeedsReminders).
	Reminders []remind.Record
	// Handoff is a hand-off input: a staff message relayed into this
	// chat, a photo the person sent, a wake-up (handoff.go).
	Handoff *HandoffInput
	// Group: the chat is a group; no hand-off is offered there.
	Group bool
}

// EventKind names something maintainers count; the one list of kinds is
// the persistence contract's (persist.EventKinds).
type EventKind = persist.EventKind

// Event kinds the engine emits (all but persist.EvError, which transports
// write). /forget is not an event: it is Outcome.Forget.
const (
	EvStarted  = persist.EvStarted
	EvAsked    = persist.EvAsked
	EvAnswered = persist.EvAnswered
	EvAnswer   = persist.EvAnswer
	EvFAQHit   = persist.EvFAQHit
	EvFAQMiss  = persist.EvFAQMiss
	EvFeedback = persist.EvFeedback
	EvReset    = persist.EvReset
	EvSkipped  = persist.EvSkipped
	// EvDirect: a question answered by working it out (Question names
	// what: "monthly-cost"); Text is the question as typed.
	EvDirect = persist.EvDirect
	// EvHuman: the person asked for a person and got the human routes.
	EvHuman = persist.EvHuman
	// EvGreeting and EvThanks: a short human reply to hello or thanks.
	EvGreeting = persist.EvGreeting
	EvThanks   = persist.EvThanks
	// EvInline: an inline result was picked and posted; Question is its
	// kind (answer, missing, continue, hint). No chat, no text.
	EvInline = persist.EvInline
)

// Event is a countable thing that happened in a turn. Text holds an FAQ
// query as typed; the store redacts personal data before keeping it.
type Event = persist.Event

// Machine runs conversations against a knowledge base. It holds no
// per-chat state, so one Machine serves every chat concurrently.
type Machine struct {
	kb atomic.Pointer[knowledge.Base]
	// buttons caches each question's buttons (buttonKey → [][]Button):
	// they depend only on the knowledge base, the language and a little of
	// the state, and building their labels is most of a turn's work.
	buttons sync.Map
	// DefaultLang is used when a new chat gives no language hint.
	DefaultLang knowledge.Lang
	// Human tells a person who asks for one how to reach people; nil is
	// DefaultHumanRoute.
	Human HumanRoute
	// Reminders: the transport delivers reminders later (the bot), so
	// answers with a dated deadline offer them. A terminal does not.
	Reminders bool
	// Handoff, if set, offers a hand-off to staff where the human routes
	// were given (handoff.go).
	Handoff *HandoffConfig
	// LastRow adds buttons to the last row under an answer (refine.go).
	LastRow LastRow
	// RowsPerHour bounds the rows one chat adds in an hour to the
	// hand-offs, the messages relayed to staff and the reminders
	// (rowlimit.go): 0 is DefaultRowsPerHour, negative no limit.
	RowsPerHour int
}

// New returns a Machine answering from kb.
func New(kb *knowledge.Base) *Machine {
	m := &Machine{DefaultLang: knowledge.Zh}
	m.kb.Store(kb)
	return m
}

// SetKnowledge swaps in a new knowledge base; turns already running finish
// with the one they started with.
func (m *Machine) SetKnowledge(kb *knowledge.Base) {
	m.kb.Store(kb)
	m.buttons.Clear()
}

// Knowledge returns the current knowledge base.
func (m *Machine) Knowledge() *knowledge.Base { return m.kb.Load() }

// turn is the working set of one Step.
type turn struct {
	m       *Machine
	kb      *knowledge.Base
	s       State
	today   rules.Date
	replies []Reply
	events  []Event
	// reshow is set when an answer already given is shown again (coming
	// back, switching language): it is not counted as a new answer.
	reshow bool
	// typed is the message of this turn, if one was typed: a region read
	// from it keeps the name of the place named ("成都", "海宁").
	typed string
	// treatYears: a treatment day whose year is open, this year's and
	// next year's (benefitfollow18f.go).
	treatYears *[2]rules.Date
	// forget: the person asked for everything stored to be deleted.
	forget bool
	// shared is the input's shared case (Input.Case).
	shared *SharedCase
	// now is the turn's time; fx what it asks of the transport for a
	// hand-off (handoff.go); pending the chat's scheduled reminders
	// (Input.Reminders); scheduled and cancel what the turn adds to and
	// drops from them (remind.go).
	now       time.Time
	fx        *HandoffEffects
	group     bool
	pending   []remind.Record
	scheduled []persist.Inbound
	cancel    []string
	// roughGap: the gap to confirm is the floor of one told roughly
	// (route_h10m.go).
	roughGap bool
	// scratch: facts mergeOf and mergedFacts try answers on (merge.go).
	scratch *[2]rules.Facts
}

// Outcome is what one turn produced.
type Outcome struct {
	State   State
	Replies []Reply
	Events  []Event
	// Forget asks the store to delete everything kept for the chat, in the
	// same transaction as this turn.
	Forget bool
	// Schedule are reminder entries to queue and Cancel the keys of those
	// to drop, keyed within the chat (the Runner adds ReminderKeyPrefix).
	Schedule []persist.Inbound
	Cancel   []string
	// Handoff is what the turn asks of the transport for a hand-off to
	// staff; nil for none.
	Handoff *HandoffEffects
}

func (t *turn) msg(key string) string { return t.kb.Msg(t.s.Lang, key) }

func (t *turn) say(blocks ...Block) { t.replies = append(t.replies, Reply{Blocks: blocks}) }

func (t *turn) sayButtons(buttons [][]Button, blocks ...Block) {
	t.replies = append(t.replies, Reply{Blocks: blocks, Buttons: buttons})
}

func (t *turn) event(e Event) { t.events = append(t.events, e) }

var langMatcher = language.NewMatcher([]language.Tag{language.Chinese, language.English})

// LangFromHint maps a client language tag to a supported language: any
// Chinese variant gives zh, anything else en, nothing at all def.
func LangFromHint(hint string, def knowledge.Lang) knowledge.Lang {
	if strings.TrimSpace(hint) == "" {
		return def
	}
	tag, err := language.Parse(hint)
	if err != nil {
		// Not a tag this library knows, but still a hint: "zh…" is Chinese,
		// anything else is not.
		if len(hint) >= 2 && strings.EqualFold(hint[:2], "zh") {
			return knowledge.Zh
		}
		return knowledge.En
	}
	_, idx, conf := langMatcher.Match(tag)
	if idx == 0 && conf != language.No {
		return knowledge.Zh
	}
	return knowledge.En
}

// Step applies one input to a state and returns the new state, the replies
// to show and the events to count. now fixes "today" (in China).
func (m *Machine) Step(s State, in Input, now time.Time) (State, []Reply, []Event) {
	o := m.Turn(s, in, now)
	return o.State, o.Replies, o.Events
}

// Turn is Step with everything the turn produced, /forget included.
func (m *Machine) Turn(s State, in Input, now time.Time) Outcome {
	t := &turn{m: m, kb: m.kb.Load(), s: s, today: knowledge.Today(now), shared: in.Case, now: now, group: in.Group,
		pending: in.Reminders}
	t.replies = make([]Reply, 0, 4)
	// The caller keeps s: appending to a history that shares its array
	// would change the caller's state (and a replay of it).
	t.s.History = slices.Clip(t.s.History)
	if t.s.V == 0 {
		t.s.V = StateVersion
		// A reminder reaching a chat whose conversation was swept does
		// not start a conversation.
		if in.Due == nil {
			t.event(Event{Kind: EvStarted})
		}
	}
	if t.s.Lang == "" && in.Due == nil {
		// A reminder into a new chat speaks the reminder's language (due).
		t.s.Lang = LangFromHint(in.LangHint, m.DefaultLang)
	}
	if t.s.Handoff != nil || in.Handoff != nil || strings.HasPrefix(in.Data, handoffData) || isHandoffCommand(in.Text) {
		// The hand-off's own inputs, and everything while one is open.
		if t.s.Handoff != nil {
			h := *t.s.Handoff // the caller keeps s
			t.s.Handoff = &h
		}
		if t.handoffTurn(in, now) {
			return t.outcome()
		}
	}
	switch {
	case in.Due != nil:
		t.due(in.Due)
	case in.Resume && s.V == 0:
		t.runCommand("start", "")
	case in.Resume:
		t.say(para(text(t.msg("d.welcome_back"))))
		t.reshow = t.s.Answered
		t.s.Answered = false
		t.advanceOrAsk()
	case in.Data != "":
		t.s.Misses = 0
		t.button(in.Data)
	default:
		msg := cleanText(in.Text)
		if strings.HasPrefix(msg, "/") {
			t.command(msg)
		} else {
			t.text(msg)
		}
	}
	return t.outcome()
}

func (t *turn) outcome() Outcome {
	o := Outcome{State: t.s, Replies: t.replies, Events: t.events, Forget: t.forget, Schedule: t.scheduled,
		Cancel: t.cancel}
	if !t.fx.empty() {
		o.Handoff = t.fx
	}
	return o
}

// Recover starts a fresh conversation after a stored state could not be
// read, apologising instead of failing: the person loses their answers but
// never hits a dead end.
func (m *Machine) Recover(langHint string, now time.Time) Outcome {
	t := &turn{m: m, kb: m.kb.Load(), today: knowledge.Today(now)}
	t.s = State{V: StateVersion, Lang: LangFromHint(langHint, m.DefaultLang)}
	t.event(Event{Kind: EvReset})
	t.say(para(text(t.msg("d.recovered"))))
	t.advance()
	return Outcome{State: t.s, Replies: t.replies, Events: t.events}
}

// inputs are the policy inputs of the region chosen so far (none before
// a region is known).
func (t *turn) inputs() rules.Inputs { return t.kb.Inputs(t.s.Facts.Region) }

// advance asks the next missing question, or shows the answer once
// nothing is missing. Every turn ends here or in an explicit question, so
// the person always has a way forward.
func (t *turn) advance() {
	t.s.Mode = ""
	// What people said implies more (a payer means a working employee):
	// asking it would only slow them down, and they can change it.
	retirement := t.s.Facts.Retirement
	t.s.Facts = rules.Imply(t.s.Facts, t.inputs())
	t.ageNotImplied(retirement)
	// Someone who said they moved from one region to another and changed
	// jobs crossed pooling areas ("搬到闵行" alone may not have); set only
	// once the job change is known, since the fact would otherwise imply
	// it. Not once they said they are not sure.
	if f := &t.s.Facts; movedAcrossCity(f, t.s.MovedAcross, t.s.SelfPaidMoved, t.s.Skipped) { // moved24a.go
		yes := true
		f.CrossCity = &yes
	}
	if f := &t.s.Facts; f.Scheme == rules.SchemeResident && f.PriorScheme != rules.SchemeEmployee && f.BrokenYears == nil &&
		(f.GapMonths != nil || f.Since != nil) && f.Newborn != nil && !*f.Newborn {
		// A gap told before the scheme was known ("娃的医保断了一年", then
		// the resident scheme): for this scheme it is whole years without
		// cover, as when both are told at once; asking again what was
		// said would only hold the answer back. Only once the person said
		// it is no newborn: a baby's first enrolment has no gap, whatever
		// was read as one ("上个月出生 还没上医保").
		months := 0
		if f.GapMonths != nil {
			months = *f.GapMonths
		} else {
			months = t.today.MonthOf().Since(*f.Since)
		}
		t.setValue(rules.FieldBrokenYears, itoa(months/12))
	}
	need := t.toAsk()
	if len(need) == 0 {
		need = t.refineNext()
	}
	if len(need) > 0 {
		t.ask(need[0])
		return
	}
	t.s.Asking = ""
	if t.s.Answered {
		t.sayButtons(t.afterButtons(), para(text(t.msg("d.answer_unchanged"))))
		return
	}
	t.answer()
}

// decisive lists the facts the outcome still depends on that this chat has
// a question for (rules.Decisive; the rest are shown as open questions in
// the answer). Until the fact schema carries every question, the knowledge
// toAsk lists the questions still open, in question order: the facts a
// decision needs, then those it depends on that the person has not
// skipped.
//
// A decisive fact (one the answer can be given without, both ways) is
// asked only once the facts a decision needs are known, and only if some
// value of it changes an outcome for them (issue 17, item 1): the
// enrolment window is not asked before the years without cover, and a
// unit's state is not asked where every state gives the same answer.
func (t *turn) toAsk() []rules.Field {
	var need, decisive []rules.Field
	for _, f := range rules.Missing(t.s.Facts, t.inputs(), rules.NeedRequired, rules.NeedDecisive) {
		d, _ := rules.FactByField(f)
		if d.Need == rules.NeedRequired {
			need = append(need, f)
			continue
		}
		if slices.Contains(t.s.Skipped, f) {
			continue
		}
		if p, fallback := t.kb.Policy(t.s.Facts.Region); !fallback && f == rules.FieldInWindow && p.Resident.OnTimeByYearEnd {
			// The rules derive it from the date where the calendar is
			// sourced (Zhejiang art. 23); asked, a guessed "no" in
			// December would read as paying this year late (audit
			// round 3 R3-M2).
			continue
		}
		decisive = append(decisive, f)
	}
	if len(need) > 0 {
		return append(need, decisive...)
	}
	facts := rules.Imply(t.s.Facts, t.inputs())
	return slices.DeleteFunc(decisive, func(f rules.Field) bool { return !changesOutcome(t.kb, facts, f, t.today) })
}

// ask shows the question for f with its buttons.
func (t *turn) ask(f rules.Field) {
	// A mode belongs to the question it refines; asking a question leaves
	// it, so a button pressed while a mode was on does not leave typed
	// replies read the old way.
	t.s.Asking, t.s.Mode = f, ""
	if t.askAla(f) || t.askSZ30b(f) || t.askAbbr34c(f) || t.askNamedEnd30b(f) || t.askPlannedSwitch31c(f) ||
		t.askPlannedGap34b(f) { // resident23b.go, place30b.go, place34c.go, owed30b.go, switch31c.go, planned34b.go
		return
	}
	m := t.mergeOf(f)
	q, qhint := "d.q.", "d.qhint."
	if m.then != "" {
		// Asked with its follow-up (merge.go).
		q, qhint = "d.q2.", "d.qhint2."
	}
	key := q + string(f)
	if f == rules.FieldInWindow && t.s.Facts.GapEnded != nil && t.kb.HasMsg(key+"_paid") {
		// Paid already: the window of that payment (audit round 21, R21-M3).
		key += "_paid"
	}
	blocks := []Block{para(bold(t.msg(key)))}
	if n := t.s.Facts.ArrearsBeforeLeaving; f == rules.FieldGap && n != nil && t.kb.HasMsg("d.qhint.gap_former") {
		// The gap counts from the first month nobody paid, the former
		// employer's months owed included (fix21a).
		blocks = append(blocks, para(text(t.kb.Msgf(t.s.Lang, "d.qhint.gap_former", "months", t.kb.Count(t.s.Lang, "d.months", itoa(*n))))))
	} else if hint := t.kb.Msg(t.s.Lang, qhint+string(f)); t.kb.HasMsg(qhint + string(f)) {
		blocks = append(blocks, para(text(hint)))
	}
	t.sayButtons(t.questionButtons(f, m), blocks...)
	t.event(Event{Kind: EvAsked, Question: string(f)})
}

func (t *turn) btn(label string, a Action) Button { return Button{Label: label, Data: EncodeAction(a)} }

func (t *turn) set(f rules.Field, v string) Button {
	return t.btn(t.msg("d.v."+string(f)+"."+v), Action{Kind: ActSet, Field: f, Value: v})
}

// setMergedLabel is set with the label a value has on a question asked
// with its follow-up ("职工医保 · 在职"), where it has one of its own.
func (t *turn) setMergedLabel(f rules.Field, v string, b Button) Button {
	if key := "d.v2." + string(f) + "." + v; t.kb.HasMsg(key) {
		b.Label = t.msg(key)
	}
	return b
}

// rows lays buttons out n to a row.
func rows(n int, bs ...Button) [][]Button {
	var out [][]Button
	for len(bs) > 0 {
		k := min(n, len(bs))
		out = append(out, bs[:k])
		bs = bs[k:]
	}
	return out
}

// buttonKey is what a question's buttons depend on.
type buttonKey struct {
	kb   *knowledge.Base
	lang knowledge.Lang
	f    rules.Field
	max  int // the most years offered for repay_years and local_years_paid
	back bool
	// merged is the follow-up asked with the question (merge.go).
	merged string
}

// questionButtons returns the buttons for question f. The rows are shared
// between turns (each turn gets its own list of them, and a row is full, so
// appending to it copies): transports must not change a button in place.
func (t *turn) questionButtons(f rules.Field, m merged) [][]Button {
	key := buttonKey{kb: t.kb, lang: t.s.Lang, f: f, back: len(t.s.History) > 0, merged: m.key()}
	switch f {
	case rules.FieldRepayYears:
		key.max = t.repayMax()
	case rules.FieldLocalYearsPaid:
		key.max = t.localMax()
	}
	if t.m != nil {
		if bs, ok := t.m.buttons.Load(key); ok {
			return slices.Clone(bs.([][]Button))
		}
	}
	bs := t.buildQuestionButtons(f, key.max, m)
	for i := range bs {
		bs[i] = slices.Clip(bs[i])
	}
	bs = slices.Clip(bs)
	if t.m != nil {
		t.m.buttons.Store(key, bs)
	}
	return slices.Clone(bs)
}

// repayMax is the most years a person can back-pay: no more than they
// were without cover, and six at most.
func (t *turn) repayMax() int {
	if b := t.s.Facts.BrokenYears; b != nil {
		return min(*b, 6)
	}
	return 6
}

// localMax is the most years offered as paid locally: no more than the
// years paid in all (a button above them could only be refused, and the
// question would come back with the same buttons); -1 for no bound.
func (t *turn) localMax() int {
	if y := t.s.Facts.YearsPaid; y != nil {
		return int(y.IntPart())
	}
	return -1
}

// columns lays out each question's choice buttons: short labels share a
// row, sentences get their own.
var columns = map[rules.Field]int{rules.FieldScheme: 2, rules.FieldUnitStatus: 2, rules.FieldGap: 4,
	rules.FieldRegion: 2, rules.FieldYearsPaid: 5, rules.FieldSex: 2, rules.FieldNewborn: 2, rules.FieldInWindow: 2,
	rules.FieldBrokenYears: 4, rules.FieldRepayYears: 4, rules.FieldContinuousYears: 5, rules.FieldLocalYearsPaid: 3}

func (t *turn) buildQuestionButtons(f rules.Field, limit int, m merged) [][]Button {
	if m.then != "" {
		return t.mergedButtons(f, m)
	}
	d, _ := rules.FactByField(f)
	var bs []Button
	switch d.Kind {
	case rules.KindEnum:
		for _, v := range d.Values {
			bs = append(bs, t.set(f, v))
		}
	case rules.KindBool:
		bs = append(bs, t.set(f, "y"), t.set(f, "n"))
	case rules.KindCount, rules.KindYears:
		for _, n := range d.Presets {
			if (f == rules.FieldRepayYears || f == rules.FieldLocalYearsPaid) && limit >= 0 && n > limit {
				break
			}
			label := t.years(itoa(n))
			if f == rules.FieldGap {
				label = t.months(itoa(n))
			}
			bs = append(bs, t.btn(label, Action{Kind: ActSet, Field: f, Value: itoa(n)}))
		}
	case rules.KindPlace:
		for _, r := range t.kb.Regions() {
			label := r.Name.In(t.s.Lang)
			if r.ID == rules.NationalRegion {
				label = t.msg("d.region_other")
			}
			bs = append(bs, t.btn(label, Action{Kind: ActSet, Field: f, Value: r.ID}))
		}
	}
	return t.questionRows(f, rows(max(1, columns[f]), bs...))
}

// mergedButtons are the buttons of question f asked with its follow-up:
// the follow-up's options in place of the values that lead to it.
func (t *turn) mergedButtons(f rules.Field, m merged) [][]Button {
	d, _ := rules.FactByField(f)
	td, _ := rules.FactByField(m.then)
	var out [][]Button
	for _, v := range choiceValues(d) {
		if !slices.Contains(m.leads, v) {
			if d.Kind == rules.KindBool {
				v = yn(v == "true")
			}
			out = append(out, []Button{t.setMergedLabel(f, v, t.set(f, v))})
			continue
		}
		var bs []Button
		for _, w := range choiceValues(td) {
			var b Button
			switch td.Kind {
			case rules.KindCount:
				b = t.btn(t.years(w), Action{Kind: ActSet, Field: m.then, Value: w})
			default:
				b = t.set(m.then, w)
			}
			bs = append(bs, t.setMergedLabel(m.then, w, b))
		}
		out = append(out, rows(max(1, mergedColumns[m.then]), bs...)...)
	}
	return t.questionRows(f, out)
}

// mergedColumns lays out a follow-up's options on a question asked with
// it: sentences get their own row.
var mergedColumns = map[rules.Field]int{rules.FieldBrokenYears: 4}

// questionRows adds to a question's choices the rows every question has:
// what helps answer it, a pass for a question the answer can give both
// ways, back and start again.
func (t *turn) questionRows(f rules.Field, out [][]Button) [][]Button {
	d, _ := rules.FactByField(f)
	switch f {
	case rules.FieldScheme:
		out = append(out, []Button{t.btn(t.msg("d.not_sure"), Action{Kind: ActExplain, Value: "scheme"})})
	case rules.FieldGap:
		out = append(out, []Button{t.btn(t.msg("d.since_button"), Action{Kind: ActExplain, Value: "since"})})
	}
	if d.Need != rules.NeedRequired {
		out = append(out, []Button{t.btn(t.msg("d.skip"), Action{Kind: ActSkip, Field: f})})
	}
	nav := []Button{}
	if len(t.s.History) > 0 {
		nav = append(nav, t.btn(t.msg("d.back"), Action{Kind: ActCommand, Value: "back"}))
	}
	nav = append(nav, t.btn(t.msg("d.restart"), Action{Kind: ActCommand, Value: "restart"}))
	return append(out, nav)
}

// afterButtons go with an answer shown or re-shown: feedback, then the
// refinements offered and a change of answer, then the last row.
func (t *turn) afterButtons() [][]Button {
	return [][]Button{
		{t.btn(t.msg("d.helpful_yes"), Action{Kind: ActFeedback, Value: "y:answer"}),
			t.btn(t.msg("d.helpful_no"), Action{Kind: ActFeedback, Value: "n:answer"})},
		t.relatedRow(),
		t.lastRow(),
	}
}

// answer shows the short answer: what was understood (the case line), the
// verdict, the dates, the nearest deadline, the first step, the money and
// what to ask 12393, in one message that fits a phone screen. The full
// answer follows on request (the details button, /details).
func (t *turn) answer() {
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil {
		// Facts that validate but cannot be decided (a first unpaid month
		// after today after a date change): ask for the gap again.
		var inv *rules.InvalidFactError
		errors.As(err, &inv)
		if n := t.s.Facts.ArrearsBeforeLeaving; n != nil && inv != nil && inv.Field == rules.FieldArrearsBeforeLeaving {
			// A gap shorter than the former employer's months owed
			// (fix21a): those months are part of the gap.
			t.say(para(text(t.kb.Msgf(t.s.Lang, "d.gap_below_owed", "months", t.kb.Count(t.s.Lang, "d.months", itoa(*n))))))
		} else {
			t.say(para(text(t.msg("d.cannot_decide"))))
		}
		t.s.remember()
		// Facts impossible together (local years above the total, issue
		// 18): ask the one the rules name again; otherwise the gap.
		field := rules.FieldGap
		if inv != nil && inv.Field == rules.FieldLocalYearsPaid {
			field = inv.Field
		}
		rules.ClearQuestion(&t.s.Facts, field)
		t.ask(field)
		return
	}
	t.s.Answered = true
	t.gapNet32a(&o) // gapnet32a.go
	short := t.kb.ShortAnswer(&o, t.s.Lang)
	t.moreDays30c(&short) // moredays30c.go
	blocks := shortBlocks(&short)
	if t.s.Moved {
		// Before the knowledge stamp, which ends every answer.
		blocks = slices.Insert(blocks, len(blocks)-1, para(text(t.msg("d.moved_note_short"))))
	}
	if t.s.UnitImplied && t.s.Facts.UnitStatus == rules.UnitNormal {
		// Presumed, not said: a vanished or bankrupt employer changes
		// the whole answer, so the person is told how to say so.
		blocks = slices.Insert(blocks, len(blocks)-1, para(text(t.msg("d.unit_implied_note"))))
		t.s.UnitImplied = false // said once
	}
	if notes := append(t.personNotes(), t.paidInDeadlineNote(&o)...); len(notes) > 0 {
		blocks = slices.Insert(blocks, len(blocks)-1, notes...)
	}
	if t.s.InTime && o.StoppedOn != nil && t.today.Before(*o.StoppedOn) {
		// The person asked whether paying before the stop day keeps the
		// cover: no source says so, so the answer says that and what to
		// ask, rather than letting the stop date imply either way.
		stop := o.StoppedOn.String()
		key := "d.in_time_note"
		if knowledge.StopIsEstimate(&o) {
			// No source gives the region's stop day (R16-U1).
			key = "d.in_time_note_estimate"
		}
		blocks = slices.Insert(blocks, len(blocks)-1, para(text(t.kb.Msgf(t.s.Lang, key, "stop", stop))))
	}
	t.sayButtons(t.answerButtons(), blocks...)
	t.pendingAlso30b() // route30b.go
	if !t.reshow {
		// The place named is kept when the national rules answered it, so
		// maintainers see which places people need rules for.
		var place string
		if o.Region == rules.NationalRegion {
			place = o.Facts.Place
		}
		t.event(Event{Kind: EvAnswer, Verdict: string(o.Verdict), Region: o.Region, Text: place})
	}
}

// answerButtons go with the short answer: the full answer, then what goes
// with any answer.
//
// At most three rows: [Details][👍][👎] / what can follow this answer (the
// refinements it offers, a change of answer) / the last row (LastRow).
func (t *turn) answerButtons() [][]Button {
	return [][]Button{
		{t.btn(t.msg("d.details"), Action{Kind: ActExplain, Value: "details"}),
			t.btn(t.msg("d.helpful_yes"), Action{Kind: ActFeedback, Value: "y:answer"}),
			t.btn(t.msg("d.helpful_no"), Action{Kind: ActFeedback, Value: "n:answer"})},
		t.relatedRow(),
		t.lastRow(),
	}
}

// details shows the full answer to the case answered: every section, in
// the same order as a pasted answer.
func (t *turn) details() {
	if !t.s.Answered || t.s.Asking != "" {
		t.say(para(text(t.msg("d.details_none"))))
		t.advanceOrAsk()
		return
	}
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil {
		t.s.Answered = false
		t.answer()
		return
	}
	a := t.kb.BuildAnswer(&o, t.s.Lang)
	blocks := answerBlocks(t.kb, &a)
	if note := t.movedNote(); len(note) > 0 {
		blocks = slices.Insert(blocks, len(blocks)-1, note...)
	}
	t.sayButtons(t.afterButtons(), blocks...)
}

// months and years say "n months" and "n years", with the singular for one.
func (t *turn) months(n string) string { return t.count("d.months", n) }
func (t *turn) years(n string) string  { return t.count("d.years", n) }

func (t *turn) count(key, n string) string { return t.kb.Count(t.s.Lang, key, n) }

func (t *turn) colon() string {
	if t.s.Lang == knowledge.Zh {
		return "："
	}
	return ": "
}

type factValue struct {
	field        rules.Field
	label, value string
}

// factValues describes, in question order, each fact that matters for the
// others: what the person told that no longer applies (a payer, after
// saying they are retired) is kept but not shown or used.
func (t *turn) factValues() []factValue {
	fs := t.kb.DescribeFacts(t.s.Facts, t.s.Lang)
	out := make([]factValue, len(fs))
	for i, f := range fs {
		out[i] = factValue{f.Field, f.Label, f.Value}
	}
	return out
}

// relevant reports whether question fl matters given the other answers, or
// is the one on screen: only then may a button answer or reopen it. Button
// data can be forged or stale, and an answer to a question that does not
// apply would show up in the summary and reach the rules.
func (t *turn) relevant(fl rules.Field) bool {
	if fl == t.s.Asking {
		return true
	}
	if t.s.Asking != "" && merges[t.s.Asking] == fl && t.mergeOf(t.s.Asking).then == fl {
		// The follow-up asked with the question on screen (merge.go).
		return true
	}
	d, ok := rules.FactByField(fl)
	return ok && d.AltOf == "" && d.Need != rules.NeedOptional && rules.Relevant(t.s.Facts, t.inputs(), fl)
}

// setValue applies one answer given as button data value or as a value
// extracted from text. It reports whether the fact changed; a value the
// field cannot take is refused (ok false). Facts that depended on the old
// value are kept: they stop mattering (and showing) while it does not hold,
// and come back if the person changes their mind again.
func (t *turn) setValue(fl rules.Field, v string) (changed, ok bool) {
	if fl == rules.FieldUnitStatus {
		t.s.UnitImplied = false // said now; applyExtracted marks a presumed one again
	}
	d, known := rules.FactByField(fl)
	if !known {
		return false, false
	}
	c, err := d.Parse(v)
	if err != nil {
		return false, false
	}
	place := ""
	if d.Kind == rules.KindPlace {
		switch _, known := t.kb.Region(c); {
		case known:
			if t.typed != "" {
				var ok bool
				if place, ok = t.kb.PlaceIn(t.typed, c); !ok {
					// "杭洲": the place typed with a homophone.
					if place, ok = t.kb.PlaceIn(understand.SpellHomophones(t.typed), c); !ok {
						place, _ = t.kb.PlaceIn(understand.PlaceNicknames30b(t.typed, t.s.Asking), c) // "在甬", "hz"
					}
				}
			} else if c == t.s.Facts.Region {
				// A button for the region already given (settling a
				// conflict for it) keeps the place named with it.
				place = t.s.Facts.Place
			}
		case isDivisionCode(c):
			// A button for one of several places sharing a name.
			region, name, ok := t.kb.PlaceByCode(c)
			if !ok {
				return false, false
			}
			c, place = region, name
		default:
			return false, false
		}
	}
	f := &t.s.Facts
	// A day named for the treatment replaces a span named before it
	// ("下周" then "周三"); the span's end is set after its first day.
	endsSpan := fl == rules.FieldTreatmentDate && f.TreatmentUntil != nil
	if d.Get(f) == c && (fl != rules.FieldGap || f.Since == nil) && (d.Kind != rules.KindPlace || f.Place == place) && !endsSpan {
		return false, true
	}
	// Remember the facts as they were, for /back.
	before, history := *f, t.s.History
	t.s.remember()
	rules.ClearQuestion(f, d.Question())
	_ = d.Set(f, c)
	if endsSpan {
		f.TreatmentUntil = nil
	}
	if rules.Validate(*f) != nil {
		// A value that fits alone but not with the facts held (a
		// treatment span ending before its first day) is refused: a
		// stored state that does not validate would be lost on the next
		// message (audit round 14, n32).
		*f, t.s.History = before, history
		return false, false
	}
	if d.Kind == rules.KindPlace {
		f.Place = place
	}
	t.s.Skipped = slices.DeleteFunc(t.s.Skipped, func(s rules.Field) bool { return s == d.Question() })
	t.s.Answered = false
	t.event(Event{Kind: EvAnswered, Question: string(fl)})
	return true, true
}

// isDivisionCode reports whether v is a six-digit GB/T 2260 code.
func isDivisionCode(v string) bool {
	if len(v) != 6 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

func parseSmallInt(s string) (int, error) {
	n := 0
	if s == "" || len(s) > 4 {
		return 0, errBadNumber
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errBadNumber
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

type numberError struct{}

func (numberError) Error() string { return "not a whole number" }

var errBadNumber error = numberError{}
