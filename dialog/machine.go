package dialog

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"

	"github.com/shopspring/decimal"
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
}

// EventKind names something maintainers count.
type EventKind string

// Event kinds; the strings match the store's.
const (
	EvStarted  EventKind = "started"
	EvAsked    EventKind = "asked"
	EvAnswered EventKind = "answered"
	EvAnswer   EventKind = "answer"
	EvFAQHit   EventKind = "faq_hit"
	EvFAQMiss  EventKind = "faq_miss"
	EvFeedback EventKind = "feedback"
	EvReset    EventKind = "reset"
)

// EventKinds lists every kind the engine emits; store.EventKinds must
// contain each (cmd/bujiao's TestEventKindsAgree). /forget is not an
// event: it is Outcome.Forget.
var EventKinds = []EventKind{EvStarted, EvAsked, EvAnswered, EvAnswer, EvFAQHit, EvFAQMiss, EvFeedback, EvReset}

// Event is a countable thing that happened in a turn. Text holds an FAQ
// query as typed; the store redacts personal data before keeping it.
type Event struct {
	Kind     EventKind
	Question string
	Verdict  string
	Region   string
	Text     string
	Helpful  *bool
}

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
	// forget: the person asked for everything stored to be deleted.
	forget bool
}

// Outcome is what one turn produced.
type Outcome struct {
	State   State
	Replies []Reply
	Events  []Event
	// Forget asks the store to delete everything kept for the chat, in the
	// same transaction as this turn.
	Forget bool
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
	t := &turn{m: m, kb: m.kb.Load(), s: s, today: knowledge.Today(now)}
	t.replies = make([]Reply, 0, 4)
	// The caller keeps s: appending to a history that shares its array
	// would change the caller's state (and a replay of it).
	t.s.History = slices.Clip(t.s.History)
	if t.s.V == 0 {
		t.s.V = StateVersion
		t.event(Event{Kind: EvStarted})
	}
	if t.s.Lang == "" {
		t.s.Lang = LangFromHint(in.LangHint, m.DefaultLang)
	}
	switch {
	case in.Resume && s.V == 0:
		t.runCommand("start", "")
	case in.Resume:
		t.say(para(text(t.msg("d.welcome_back"))))
		t.reshow = t.s.Answered
		t.s.Answered = false
		t.advanceOrAsk()
	case in.Data != "":
		t.button(in.Data)
	default:
		msg := cleanText(in.Text)
		if strings.HasPrefix(msg, "/") {
			t.command(msg)
		} else {
			t.text(msg)
		}
	}
	return Outcome{State: t.s, Replies: t.replies, Events: t.events, Forget: t.forget}
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

// sexMatters reports whether the region chosen so far sets retirement years
// by sex.
func (t *turn) sexMatters() bool {
	if t.s.Facts.Region == "" {
		return false
	}
	p, _ := t.kb.Policy(t.s.Facts.Region)
	return p.Retirement.BySex()
}

// advance asks the next missing question, or shows the answer once
// nothing is missing. Every turn ends here or in an explicit question, so
// the person always has a way forward.
func (t *turn) advance() {
	t.s.Mode = ""
	need := rules.Needed(t.s.Facts, t.sexMatters())
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

// ask shows the question for f with its buttons.
func (t *turn) ask(f rules.Field) {
	// A mode belongs to the question it refines; asking a question leaves
	// it, so a button pressed while a mode was on does not leave typed
	// replies read the old way.
	t.s.Asking, t.s.Mode = f, ""
	blocks := []Block{para(bold(t.msg("d.q." + string(f))))}
	if hint := t.kb.Msg(t.s.Lang, "d.qhint."+string(f)); t.kb.HasMsg("d.qhint." + string(f)) {
		blocks = append(blocks, para(text(hint)))
	}
	t.sayButtons(t.questionButtons(f), blocks...)
	t.event(Event{Kind: EvAsked, Question: string(f)})
}

func (t *turn) btn(label string, a Action) Button { return Button{Label: label, Data: EncodeAction(a)} }

func (t *turn) set(f rules.Field, v string) Button {
	return t.btn(t.msg("d.v."+string(f)+"."+v), Action{Kind: ActSet, Field: f, Value: v})
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
	max  int // the most years offered for repay_years
	back bool
}

// questionButtons returns the buttons for question f. The rows are shared
// between turns (each turn gets its own list of them, and a row is full, so
// appending to it copies): transports must not change a button in place.
func (t *turn) questionButtons(f rules.Field) [][]Button {
	key := buttonKey{kb: t.kb, lang: t.s.Lang, f: f, back: len(t.s.History) > 0}
	if f == rules.FieldRepayYears {
		key.max = t.repayMax()
	}
	if t.m != nil {
		if bs, ok := t.m.buttons.Load(key); ok {
			return slices.Clone(bs.([][]Button))
		}
	}
	bs := t.buildQuestionButtons(f, key.max)
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

func (t *turn) buildQuestionButtons(f rules.Field, repayMax int) [][]Button {
	var out [][]Button
	switch f {
	case rules.FieldScheme:
		out = rows(2, t.set(f, "employee"), t.set(f, "resident"))
		out = append(out, []Button{t.btn(t.msg("d.not_sure"), Action{Kind: ActExplain, Value: "scheme"})})
	case rules.FieldRetirement:
		out = rows(1, t.set(f, "working"), t.set(f, "at-age"), t.set(f, "retired"))
	case rules.FieldPayer:
		out = rows(1, t.set(f, "unit"), t.set(f, "individual"))
	case rules.FieldReason:
		out = rows(1, t.set(f, "arrears"), t.set(f, "job-change"), t.set(f, "left-job"))
	case rules.FieldUnitStatus:
		out = rows(2, t.set(f, "normal"), t.set(f, "hardship"), t.set(f, "merged"), t.set(f, "divided"),
			t.set(f, "bankrupt"), t.set(f, "auctioned"))
	case rules.FieldGap:
		var bs []Button
		for _, n := range []int{1, 2, 3, 4, 6, 8, 12, 24} {
			bs = append(bs, t.btn(t.months(itoa(n)), Action{Kind: ActSet, Field: f, Value: itoa(n)}))
		}
		out = rows(4, bs...)
		out = append(out, []Button{t.btn(t.msg("d.since_button"), Action{Kind: ActExplain, Value: "since"})})
	case rules.FieldRegion:
		var bs []Button
		for _, r := range t.kb.Regions() {
			label := r.Name.In(t.s.Lang)
			if r.ID == rules.NationalRegion {
				label = t.msg("d.region_other")
			}
			bs = append(bs, t.btn(label, Action{Kind: ActSet, Field: f, Value: r.ID}))
		}
		out = rows(2, bs...)
	case rules.FieldYearsPaid:
		var bs []Button
		for _, n := range []int{10, 15, 20, 25, 30} {
			bs = append(bs, t.btn(t.years(itoa(n)), Action{Kind: ActSet, Field: f, Value: itoa(n)}))
		}
		out = rows(5, bs...)
	case rules.FieldSex:
		out = rows(2, t.set(f, "male"), t.set(f, "female"))
	case rules.FieldNewborn, rules.FieldInWindow:
		out = rows(2, t.set(f, "y"), t.set(f, "n"))
	case rules.FieldBrokenYears, rules.FieldRepayYears:
		max := 6
		if f == rules.FieldRepayYears {
			max = repayMax
		}
		var bs []Button
		for n := 0; n <= max; n++ {
			bs = append(bs, t.btn(t.years(itoa(n)), Action{Kind: ActSet, Field: f, Value: itoa(n)}))
		}
		out = rows(4, bs...)
	}
	nav := []Button{}
	if len(t.s.History) > 0 {
		nav = append(nav, t.btn(t.msg("d.back"), Action{Kind: ActCommand, Value: "back"}))
	}
	nav = append(nav, t.btn(t.msg("d.restart"), Action{Kind: ActCommand, Value: "restart"}))
	return append(out, nav)
}

func (t *turn) afterButtons() [][]Button {
	return [][]Button{
		{t.btn(t.msg("d.change"), Action{Kind: ActEdit}), t.btn(t.msg("d.restart"), Action{Kind: ActCommand, Value: "restart"})},
		{t.btn(t.msg("d.helpful_yes"), Action{Kind: ActFeedback, Value: "y:answer"}),
			t.btn(t.msg("d.helpful_no"), Action{Kind: ActFeedback, Value: "n:answer"})},
	}
}

// answer shows what was understood, then the answer itself.
func (t *turn) answer() {
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil {
		// Facts that validate but cannot be decided (a first unpaid month
		// after today after a date change): ask for the gap again.
		t.say(para(text(t.msg("d.cannot_decide"))))
		t.s.remember()
		t.s.Facts.GapMonths, t.s.Facts.Since = nil, nil
		t.ask(rules.FieldGap)
		return
	}
	t.s.Answered = true
	t.say(t.summaryBlocks()...)
	a := t.kb.BuildAnswer(&o, t.s.Lang)
	t.sayButtons(t.afterButtons(), answerBlocks(t.kb, &a)...)
	if !t.reshow {
		t.event(Event{Kind: EvAnswer, Verdict: string(o.Verdict), Region: o.Region})
	}
}

// summaryBlocks lists the facts understood so far.
func (t *turn) summaryBlocks() []Block {
	var items [][]Span
	for _, fv := range t.factValues() {
		items = append(items, []Span{text(fv.label + t.colon()), bold(fv.value)})
	}
	if len(items) == 0 {
		return []Block{para(text(t.msg("d.nothing_yet")))}
	}
	return []Block{para(bold(t.msg("d.understood"))), list(Bullets, items...)}
}

// months and years say "n months" and "n years", with the singular for one.
func (t *turn) months(n string) string { return t.count("d.months", n) }
func (t *turn) years(n string) string  { return t.count("d.years", n) }

func (t *turn) count(key, n string) string {
	if n == "1" && t.kb.HasMsg(key+".one") {
		key += ".one"
	}
	return t.kb.Msgf(t.s.Lang, key, "n", n)
}

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

// factValues describes each known fact for people, in question order.
func (t *turn) factValues() []factValue {
	f := t.s.Facts
	var out []factValue
	add := func(fl rules.Field, v string) {
		if v != "" {
			out = append(out, factValue{fl, t.msg("d.f." + string(fl)), v})
		}
	}
	enum := func(fl rules.Field, v string) {
		if v != "" {
			add(fl, t.msg("d.v."+string(fl)+"."+v))
		}
	}
	yn := func(fl rules.Field, b *bool) {
		if b != nil {
			v := "n"
			if *b {
				v = "y"
			}
			enum(fl, v)
		}
	}
	enum(rules.FieldScheme, string(f.Scheme))
	enum(rules.FieldRetirement, string(f.Retirement))
	enum(rules.FieldPayer, string(f.Payer))
	enum(rules.FieldReason, string(f.Reason))
	enum(rules.FieldUnitStatus, string(f.UnitStatus))
	switch {
	case f.Since != nil:
		add(rules.FieldGap, t.kb.Msgf(t.s.Lang, "d.since_value", "month", f.Since.String()))
	case f.GapMonths != nil:
		add(rules.FieldGap, t.months(itoa(*f.GapMonths)))
	}
	yn(rules.FieldNewborn, f.Newborn)
	yn(rules.FieldInWindow, f.InWindow)
	if f.BrokenYears != nil {
		add(rules.FieldBrokenYears, t.years(itoa(*f.BrokenYears)))
	}
	if f.RepayYears != nil {
		add(rules.FieldRepayYears, t.years(itoa(*f.RepayYears)))
	}
	if f.Region != "" {
		name := f.Region
		if r, ok := t.kb.Region(f.Region); ok {
			name = r.Name.In(t.s.Lang)
		}
		add(rules.FieldRegion, name)
	}
	if f.YearsPaid != nil {
		add(rules.FieldYearsPaid, t.years(f.YearsPaid.String()))
	}
	enum(rules.FieldSex, string(f.Sex))
	return out
}

// dependents are cleared when a fact changes, because they were asked only
// on the strength of its old value.
var dependents = map[rules.Field][]rules.Field{
	rules.FieldScheme: {rules.FieldRetirement, rules.FieldPayer, rules.FieldReason, rules.FieldUnitStatus,
		rules.FieldGap, rules.FieldYearsPaid, rules.FieldSex, rules.FieldNewborn, rules.FieldInWindow,
		rules.FieldBrokenYears, rules.FieldRepayYears},
	rules.FieldRetirement: {rules.FieldPayer, rules.FieldReason, rules.FieldUnitStatus, rules.FieldGap,
		rules.FieldYearsPaid, rules.FieldSex},
	rules.FieldPayer:       {rules.FieldReason, rules.FieldUnitStatus},
	rules.FieldReason:      {rules.FieldUnitStatus},
	rules.FieldNewborn:     {rules.FieldInWindow, rules.FieldBrokenYears, rules.FieldRepayYears},
	rules.FieldBrokenYears: {rules.FieldRepayYears},
	// Only some regions set retirement years by sex.
	rules.FieldRegion: {rules.FieldSex},
}

func clearField(f *rules.Facts, fl rules.Field) {
	switch fl {
	case rules.FieldScheme:
		f.Scheme = ""
	case rules.FieldRetirement:
		f.Retirement = ""
	case rules.FieldPayer:
		f.Payer = ""
	case rules.FieldReason:
		f.Reason = ""
	case rules.FieldUnitStatus:
		f.UnitStatus = ""
	case rules.FieldGap:
		f.GapMonths, f.Since = nil, nil
	case rules.FieldRegion:
		f.Region = ""
	case rules.FieldYearsPaid:
		f.YearsPaid = nil
	case rules.FieldSex:
		f.Sex = ""
	case rules.FieldNewborn:
		f.Newborn = nil
	case rules.FieldInWindow:
		f.InWindow = nil
	case rules.FieldBrokenYears:
		f.BrokenYears = nil
	case rules.FieldRepayYears:
		f.RepayYears = nil
	}
}

// relevant reports whether question fl matters given the other answers, or
// is the one on screen: only then may a button answer or reopen it. Button
// data can be forged or stale, and an answer to a question that does not
// apply would show up in the summary and reach the rules.
func (t *turn) relevant(fl rules.Field) bool {
	if fl == t.s.Asking {
		return true
	}
	f := t.s.Facts
	clearField(&f, fl)
	clearDependents(&f, fl)
	sex := false
	if f.Region != "" {
		p, _ := t.kb.Policy(f.Region)
		sex = p.Retirement.BySex()
	}
	return slices.Contains(rules.Needed(f, sex), fl)
}

func clearDependents(f *rules.Facts, fl rules.Field) {
	for _, d := range dependents[fl] {
		clearField(f, d)
	}
}

// setValue applies one answer given as button data value or as a value
// extracted from text. It reports whether the fact changed; a value the
// field cannot take is refused (ok false).
func (t *turn) setValue(fl rules.Field, v string) (changed, ok bool) {
	f := &t.s.Facts
	before := *f
	switch fl {
	case rules.FieldScheme:
		if f.Scheme == rules.Scheme(v) {
			return false, true
		}
		clearDependents(f, fl)
		f.Scheme = rules.Scheme(v)
	case rules.FieldRetirement:
		if f.Retirement == rules.Retirement(v) {
			return false, true
		}
		clearDependents(f, fl)
		f.Retirement = rules.Retirement(v)
	case rules.FieldPayer:
		if f.Payer == rules.Payer(v) {
			return false, true
		}
		clearDependents(f, fl)
		f.Payer = rules.Payer(v)
	case rules.FieldReason:
		if f.Reason == rules.Reason(v) {
			return false, true
		}
		clearDependents(f, fl)
		f.Reason = rules.Reason(v)
	case rules.FieldUnitStatus:
		if f.UnitStatus == rules.UnitStatus(v) {
			return false, true
		}
		f.UnitStatus = rules.UnitStatus(v)
	case rules.FieldSex:
		if f.Sex == rules.Sex(v) {
			return false, true
		}
		f.Sex = rules.Sex(v)
	case rules.FieldRegion:
		if _, known := t.kb.Region(v); !known {
			return false, false
		}
		if f.Region == v {
			return false, true
		}
		clearDependents(f, fl)
		f.Region = v
	case rules.FieldGap:
		n, err := parseSmallInt(v)
		if err != nil || n < 0 || n > rules.MaxGapMonths {
			return false, false
		}
		if f.GapMonths != nil && *f.GapMonths == n && f.Since == nil {
			return false, true
		}
		f.GapMonths, f.Since = &n, nil
	case rules.FieldYearsPaid:
		d, err := decimal.NewFromString(v)
		if err != nil || d.IsNegative() || d.GreaterThan(decimal.NewFromInt(rules.MaxYears)) {
			return false, false
		}
		if f.YearsPaid != nil && f.YearsPaid.Equal(d) {
			return false, true
		}
		f.YearsPaid = &d
	case rules.FieldBrokenYears, rules.FieldRepayYears:
		n, err := parseSmallInt(v)
		if err != nil || n < 0 || n > rules.MaxYears {
			return false, false
		}
		p := &f.BrokenYears
		if fl == rules.FieldRepayYears {
			p = &f.RepayYears
		}
		if *p != nil && **p == n {
			return false, true
		}
		if fl == rules.FieldBrokenYears {
			clearDependents(f, fl)
		}
		*p = &n
	case rules.FieldNewborn, rules.FieldInWindow:
		b := v == "y"
		p := &f.Newborn
		if fl == rules.FieldInWindow {
			p = &f.InWindow
		}
		if *p != nil && **p == b {
			return false, true
		}
		if fl == rules.FieldNewborn {
			clearDependents(f, fl)
		}
		*p = &b
	default:
		return false, false
	}
	// Remember the facts as they were, for /back.
	t.s.Facts, before = before, *f
	t.s.remember()
	t.s.Facts = before
	t.s.Answered = false
	t.event(Event{Kind: EvAnswered, Question: string(fl)})
	return true, true
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
