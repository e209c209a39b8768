package dialog

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"bujiao/dialog/persist"
	"bujiao/dialog/remind"
	"bujiao/knowledge"
	"bujiao/rules"
)

// Reminders before a deadline. Under an answer with a dated deadline the
// person may tap "⏰ Remind me"; nothing is scheduled without the tap on
// one of the choices that follows, which says what will be kept and for how
// long. A reminder is a scheduled inbox entry (persist.Inbound with DueAt)
// whose payload is a remind.Record: its own copy of the case facts. When it
// falls due the transport applies it as a turn (Input.Due): the case is
// answered again with that day's knowledge base, and the reply says if the
// deadline moved or no longer applies.
//
// Button data, after "r:":
//
//	o | o:<deadline>              offer reminders (for the nearest or a named dated deadline)
//	s:<deadline>:<when 1-7>       set them (remind.When bits)
//	c:<deadline>                  send the deadline as a calendar file
//	n                             not now
//	d:<id>:<sent> | l:<id>:<sent> "done" and "later" under a reminder
//	x:<id>                        cancel a reminder (/reminders)

// ActRemind is a reminder button: r:<see above>.
const ActRemind ActionKind = 'r'

// ReminderKeyPrefix starts the inbox key of every reminder entry of a chat;
// keys are unique in the store, so they carry the chat.
func ReminderKeyPrefix(chatID int64) string { return "rem:" + strconv.FormatInt(chatID, 10) + ":" }

// Reminder event subjects (Event.Question of EvReminder).
const (
	RemOffered   = "offered"
	RemSet       = "set"
	RemSent      = "sent"
	RemDone      = "done"
	RemLater     = "later"
	RemCancelled = "cancelled"
	RemDropped   = "dropped" // the person blocked the bot (the transport records it)
	RemHeld      = "held"    // fell due in the quiet hours: moved to 08:00
)

// EvReminder counts what happens to reminders; Question is one of the Rem*
// subjects.
const EvReminder = persist.EvReminder

// Due is a reminder entry that fell due, as the transport hands it to a
// turn.
type Due struct {
	// Key is the entry's key (the turn applies the entry: Turn.Entry).
	Key     string
	Payload []byte
}

// remindOp is decoded reminder button data.
type remindOp struct {
	op       byte
	deadline string
	when     remind.When
	id       string
	sent     int
}

// parseRemind reads the part of reminder button data after "r:". It is
// forgeable client data: everything is checked.
func parseRemind(rest string) (remindOp, error) {
	op, arg, _ := strings.Cut(rest, ":")
	if len(op) != 1 {
		return remindOp{}, ErrBadAction
	}
	r := remindOp{op: op[0]}
	isDeadline := func(s string) bool { return slices.Contains(rules.DeadlineIDs, s) }
	switch r.op {
	case 'n':
		if rest != "n" {
			return remindOp{}, ErrBadAction
		}
	case 'o':
		if rest == "o" {
			return r, nil
		}
		if !isDeadline(arg) {
			return remindOp{}, ErrBadAction
		}
		r.deadline = arg
	case 'c':
		if !isDeadline(arg) {
			return remindOp{}, ErrBadAction
		}
		r.deadline = arg
	case 's':
		dl, w, ok := strings.Cut(arg, ":")
		if !ok || !isDeadline(dl) || len(w) != 1 || w[0] < '1' || w[0] > '7' {
			return remindOp{}, ErrBadAction
		}
		r.deadline, r.when = dl, remind.When(w[0]-'0')
	case 'd', 'l':
		id, n, ok := strings.Cut(arg, ":")
		if !ok || !remind.ValidID(id) || len(n) != 1 || n[0] < '0' || n[0] >= '0'+remind.MaxPerDeadline {
			return remindOp{}, ErrBadAction
		}
		r.id, r.sent = id, int(n[0]-'0')
	case 'x':
		if !remind.ValidID(arg) {
			return remindOp{}, ErrBadAction
		}
		r.id = arg
	default:
		return remindOp{}, ErrBadAction
	}
	return r, nil
}

func remindData(parts ...string) string { return "r:" + strings.Join(parts, ":") }

// NeedsReminders reports whether a turn for in needs the chat's scheduled
// reminders (Input.Reminders), which the Runner then loads.
func NeedsReminders(in Input) bool {
	if strings.HasPrefix(in.Data, "r:") {
		return true
	}
	name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(in.Text), "/"), " ")
	name, _, _ = strings.Cut(name, "@")
	return strings.HasPrefix(strings.TrimSpace(in.Text), "/") && (strings.EqualFold(name, "reminders") || strings.EqualFold(name, "forget"))
}

// datedOf is the answer's dated deadlines that can still be reminded
// (some reminder day has not begun).
func (t *turn) datedOf(o *rules.Outcome, now time.Time) []knowledge.DatedDeadline {
	var out []knowledge.DatedDeadline
	for _, d := range t.kb.DatedDeadlines(o, t.s.Lang) {
		if remind.Available(d.Date, remind.All, now) != 0 {
			out = append(out, d)
		}
	}
	return out
}

// remindButtons is the "Remind me" button under an answer, when the case
// on screen has a dated deadline that can still be reminded and the
// transport delivers reminders; nil otherwise. (It belongs in the last row
// under an answer, next to the hand-off: [Remind me] [Talk to a person].)
func (t *turn) remindButtons() []Button {
	if t.m == nil || !t.m.Reminders {
		return nil
	}
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil || len(t.datedOf(&o, t.now)) == 0 {
		return nil
	}
	return []Button{{Label: t.msg("r.button"), Data: remindData("o")}}
}

// remind handles a reminder button.
func (t *turn) remind(rest string) {
	op, err := parseRemind(rest)
	if err != nil {
		t.badButton()
		return
	}
	switch op.op {
	case 'o', 's', 'c':
		t.remindOffer(op)
	case 'n':
		t.sayThenContinue(para(text(t.msg("r.not_now_ok"))))
	case 'd', 'l':
		t.remindAfter(op)
	case 'x':
		t.remindCancel(op.id)
	}
}

// answeredDeadline re-answers the case on screen and finds the dated
// deadline named (the nearest when id is ""). ok is false, with the person
// told why, when there is none.
func (t *turn) answeredDeadline(id string) (rules.Outcome, knowledge.DatedDeadline, []knowledge.DatedDeadline, bool) {
	var o rules.Outcome
	var err error
	if t.s.Answered && t.s.Asking == "" {
		o, err = t.kb.Evaluate(t.s.Facts, t.today)
	}
	if !t.s.Answered || t.s.Asking != "" || err != nil {
		t.sayThenContinue(para(text(t.msg("r.no_deadline"))))
		return o, knowledge.DatedDeadline{}, nil, false
	}
	dls := t.datedOf(&o, t.now)
	for _, d := range dls {
		if id == "" || d.ID == id {
			return o, d, dls, true
		}
	}
	t.sayThenContinue(para(text(t.msg("r.no_deadline"))))
	return o, knowledge.DatedDeadline{}, nil, false
}

// whenText says a set of reminder times: "7天前、前1天和当天".
func (t *turn) whenText(w remind.When) string {
	var parts []string
	for _, o := range remind.Offsets {
		if w&o.When != 0 {
			parts = append(parts, t.msg("r.when."+strconv.Itoa(o.Days)))
		}
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	sep := t.kb.Msg(t.s.Lang, "list_sep")
	return strings.Join(parts[:len(parts)-1], sep) + t.msg("r.and") + parts[len(parts)-1]
}

// daysText lists reminder days in Beijing time: "2027-01-24、2027-01-30".
func (t *turn) daysText(ts []time.Time) string {
	var parts []string
	for _, x := range ts {
		parts = append(parts, remind.Today(x).String())
	}
	return strings.Join(parts, t.kb.Msg(t.s.Lang, "list_sep"))
}

// remindChoices are the sets of times offered, the deadline kind's
// default first.
func remindChoices(deadlineID string) []remind.When {
	def := remind.Default(deadlineID)
	out := []remind.When{def}
	for _, w := range []remind.When{remind.All, remind.DayBefore | remind.OnTheDay, remind.OnTheDay} {
		if w != def {
			out = append(out, w)
		}
	}
	return out
}

// remindOffer shows what a reminder would keep and the times to choose
// from (op 'o'), sets one (op 's') or sends the calendar file (op 'c').
func (t *turn) remindOffer(op remindOp) {
	o, d, dls, ok := t.answeredDeadline(op.deadline)
	if !ok {
		return
	}
	title := t.kb.DeadlineTitle(&d, t.s.Lang)
	switch op.op {
	case 'c':
		ics, err := t.kb.RenderICS(&o, t.s.Lang)
		if err != nil {
			t.sayThenContinue(para(text(t.msg("r.no_deadline"))))
			return
		}
		t.replies = append(t.replies, Reply{
			Blocks:   []Block{para(text(t.msg("r.calendar_caption")))},
			Document: &Document{Name: "bujiao-" + d.Date.String() + ".ics", Type: "text/calendar", Data: []byte(ics)},
		})
		return
	case 's':
		t.remindSet(o, d, op.when, title)
		return
	}
	var buttons [][]Button
	for i, w := range remindChoices(d.ID) {
		times := remind.Times(d.Date, w, t.now, "")
		if remind.Available(d.Date, w, t.now) != w || len(times) == 0 {
			continue // a choice with a day already begun would promise less than it says
		}
		label := t.whenText(w)
		if i == 0 {
			label += t.msg("r.recommended")
		}
		buttons = append(buttons, []Button{{Label: label, Data: remindData("s", d.ID, strconv.Itoa(int(w)))}})
	}
	if len(buttons) == 0 {
		// Only some days are left: offer exactly those.
		w := remind.Available(d.Date, remind.All, t.now)
		buttons = append(buttons, []Button{{Label: t.whenText(w), Data: remindData("s", d.ID, strconv.Itoa(int(w)))}})
	}
	buttons = append(buttons, []Button{{Label: "📅 " + t.msg("ics.link"), Data: remindData("c", d.ID)}})
	for _, other := range dls {
		if other.ID != d.ID {
			buttons = append(buttons, []Button{{Label: t.kb.Msgf(t.s.Lang, "r.other", "date", other.Date.String()),
				Data: remindData("o", other.ID)}})
		}
	}
	buttons = append(buttons, []Button{{Label: t.msg("r.not_now"), Data: remindData("n")}})
	t.sayButtons(buttons,
		para(bold(t.kb.Msgf(t.s.Lang, "r.offer", "title", title))),
		para(text(t.kb.Msgf(t.s.Lang, "r.offer.stored", "case", t.kb.CaseLineOf(&o, t.s.Lang)))),
		para(text(t.msg("r.offer.choose"))))
	t.event(Event{Kind: EvReminder, Question: RemOffered})
}

// remindSet schedules the chosen reminders: the tap that stores anything.
func (t *turn) remindSet(o rules.Outcome, d knowledge.DatedDeadline, w remind.When, title string) {
	rec := remind.Record{ID: remind.NewID(d.ID, d.Date, t.now), Lang: t.s.Lang, Facts: o.Facts, Deadline: d.ID,
		Date: d.Date, Ceiling: d.Ceiling, When: w, SetOn: t.today}
	rec.Times = remind.Times(d.Date, w, t.now, rec.ID)
	if len(rec.Times) == 0 {
		t.sayThenContinue(para(text(t.msg("r.too_late"))))
		return
	}
	var blocks []Block
	kept := len(t.cancel)
	// One reminder per deadline and date: setting it again replaces it.
	for _, p := range t.pending {
		// The same reminder set again the same minute has the same key:
		// it stays (a cancel and a schedule of one key in one commit
		// would depend on their order in the store).
		if p.Deadline == d.ID && p.Date == d.Date && p.Key() != rec.Key() {
			t.cancel = append(t.cancel, p.Key())
			blocks = append(blocks, para(text(t.msg("r.replaced"))))
		}
	}
	if !t.takeRow() {
		t.cancel = t.cancel[:kept] // the reminder it would replace stays
		t.rowLimit("r.limit", true)
		return
	}
	if !t.schedule(rec) {
		return
	}
	blocks = append([]Block{para(bold(title)),
		para(text(t.kb.Msgf(t.s.Lang, "r.set", "dates", t.daysText(rec.Times))))}, blocks...)
	t.sayButtons(t.afterButtons(), blocks...)
	t.event(Event{Kind: EvReminder, Question: RemSet})
}

// schedule queues rec's next firing; false (the person told) when it
// cannot be encoded, which only a bug can cause.
func (t *turn) schedule(rec remind.Record) bool {
	data, err := rec.Encode()
	if err != nil {
		t.sayThenContinue(para(text(t.msg("d.cannot_decide"))))
		return false
	}
	t.scheduled = append(t.scheduled, persist.Inbound{Key: rec.Key(), DueAt: rec.Times[0], Payload: data})
	return true
}

// due applies a reminder that fell due: the case is answered again with
// today's knowledge base; the reply says if the deadline moved or no longer
// applies, what to do, and offers "done" and "later".
func (t *turn) due(d *Due) {
	rec, err := remind.Decode(d.Payload)
	if err != nil {
		// Nothing to say to the person about a record we cannot read.
		return
	}
	if t.s.Lang == "" {
		t.s.Lang = rec.Lang
	}
	if remind.Quiet(t.now) {
		// Held until 08:00. If another reminder is planned for that
		// morning (or ones planned before it are overdue too), the person
		// gets one, not a pile: the held one gives way.
		held := remind.Hold(t.now)
		var rest []time.Time
		for _, x := range rec.Times[1:] {
			if !remind.Today(x).Before(remind.Today(held)) {
				rest = append(rest, x)
			}
		}
		if len(rest) > 0 && remind.Today(rest[0]) == remind.Today(held) {
			rec.Times = rest
		} else {
			rec.Times = append([]time.Time{held}, rest...)
		}
		t.schedule(rec)
		t.event(Event{Kind: EvReminder, Question: RemHeld})
		return
	}
	lang := t.s.Lang
	// The case as it stood at the tap (an answer assumes paying in its own
	// month, so answering it as of today would move every waiting period),
	// with the knowledge base of today: what moves is what the rules moved.
	o, err := t.kb.Evaluate(rec.Facts, rec.SetOn)
	var now *knowledge.DatedDeadline
	if err == nil {
		for _, dl := range t.kb.DatedDeadlines(&o, lang) {
			if dl.ID == rec.Deadline {
				now = &dl
				break
			}
		}
	}
	next, more := rec.Next()
	var blocks []Block
	if now != nil && now.Date.Before(t.today) {
		now = nil // passed: the reminder says it no longer applies
	}
	switch {
	case now == nil:
		// Gone: a rule changed, or it passed. Say so and answer afresh.
		blocks = append(blocks, para(bold(t.kb.Msgf(lang, "r.due.gone", "old", t.atLatest(rec.Date, rec.Ceiling)))))
		if err == nil {
			short := t.kb.ShortAnswer(&o, lang)
			blocks = append(blocks, shortBlocks(&short)...)
		}
		more = false
	default:
		title := t.kb.DeadlineTitle(now, lang)
		blocks = append(blocks, para(bold(t.kb.Msgf(lang, "r.due.head", "title", title))))
		if now.Date != rec.Date {
			blocks = append(blocks, para(bold(t.kb.Msgf(lang, "r.due.moved", "old", t.atLatest(rec.Date, rec.Ceiling),
				"new", t.atLatest(now.Date, now.Ceiling)))))
			// The same distances from the new date, within the cap.
			next.Date, next.Ceiling = now.Date, now.Ceiling
			next.Times = remind.Times(now.Date, rec.When, t.now, rec.ID)
			if room := remind.MaxPerDeadline - next.Sent; len(next.Times) > room {
				// Under the cap, the ones nearest the deadline.
				next.Times = next.Times[len(next.Times)-room:]
			}
			more = len(next.Times) > 0
		}
		blocks = append(blocks, para(text(t.daysLeft(now.Date))), para(text(now.Text)))
		short := t.kb.ShortAnswer(&o, lang)
		for _, l := range short.Lines {
			if l.Kind == "step" {
				blocks = append(blocks, para(bold(t.msg("r.due.todo")+knowledge.Colon(lang)), text(l.Text)))
			}
		}
		blocks = append(blocks, para(text(t.kb.CaseLineOf(&o, lang))), para(text(t.msg("r.due.confirm"))),
			para(text(short.Footer)))
	}
	if more {
		t.schedule(next)
	}
	var buttons [][]Button
	if now != nil {
		row := []Button{{Label: t.msg("r.done"), Data: remindData("d", rec.ID, strconv.Itoa(rec.Sent))}}
		if laterAllowed(&rec, t.now, more, next) {
			row = append(row, Button{Label: t.msg("r.later"), Data: remindData("l", rec.ID, strconv.Itoa(rec.Sent))})
		}
		buttons = append(buttons, row)
	}
	t.s.Reminder = &rec
	t.sayButtons(buttons, blocks...)
	t.event(Event{Kind: EvReminder, Question: RemSent})
}

// atLatest writes a deadline date, "at the latest D" for a ceiling.
func (t *turn) atLatest(d rules.Date, ceiling bool) string {
	if ceiling {
		return t.kb.Msgf(t.s.Lang, "ics.at_latest", "date", d.String())
	}
	return d.String()
}

// daysLeft says how far the deadline is, in Beijing days.
func (t *turn) daysLeft(d rules.Date) string {
	n := d.DaysAfter(t.today)
	switch {
	case n < 0:
		return t.msg("r.due.passed")
	case n == 0:
		return t.msg("r.due.today")
	case n == 1:
		return t.msg("r.due.tomorrow")
	}
	return t.kb.Msgf(t.s.Lang, "r.due.days", "n", strconv.Itoa(n))
}

// remindAfter handles "done" and "later" under the reminder on screen.
func (t *turn) remindAfter(op remindOp) {
	rec := t.s.Reminder
	if rec == nil || rec.ID != op.id || rec.Sent != op.sent {
		t.sayThenContinue(para(text(t.msg("r.stale"))))
		return
	}
	// The firing scheduled after this one, if any, is replaced or dropped.
	next, more := rec.Next()
	for _, p := range t.pending {
		if p.ID == rec.ID {
			t.cancel = append(t.cancel, p.Key())
			next, more = p, true
		}
	}
	if op.op == 'd' {
		t.s.Reminder = nil
		blocks := []Block{para(text(t.msg("r.done_ok")))}
		if o, err := t.kb.Evaluate(rec.Facts, rec.SetOn); err == nil {
			short := t.kb.ShortAnswer(&o, t.s.Lang)
			blocks = append(blocks, shortBlocks(&short)...)
		}
		t.sayButtons(t.afterButtons(), blocks...)
		t.event(Event{Kind: EvReminder, Question: RemDone})
		return
	}
	if !laterAllowed(rec, t.now, more, next) {
		t.cancel = nil // keep what was planned
		t.sayThenContinue(para(text(t.msg("r.later_cap"))))
		return
	}
	later := *rec
	later.Sent++
	later.Times = []time.Time{remind.Later(t.now, rec.ID+strconv.Itoa(rec.Sent))}
	if more && remind.Today(next.Times[0]) == remind.Today(later.Times[0]) {
		// The next one is already tomorrow morning: that is the "later".
		t.cancel = nil
		t.s.Reminder = nil
		t.sayThenContinue(para(text(t.kb.Msgf(t.s.Lang, "r.later_ok", "date", remind.Today(next.Times[0]).String()))))
		t.event(Event{Kind: EvReminder, Question: RemLater})
		return
	}
	if more {
		// What was planned for later days stays; a reminder planned for
		// the same morning is the one "later" asks for.
		for _, x := range next.Times {
			if remind.Today(later.Times[len(later.Times)-1]).Before(remind.Today(x)) {
				later.Times = append(later.Times, x)
			}
		}
	}
	if !t.schedule(later) {
		return
	}
	t.s.Reminder = nil
	t.sayThenContinue(para(text(t.kb.Msgf(t.s.Lang, "r.later_ok", "date", remind.Today(later.Times[0]).String()))))
	t.event(Event{Kind: EvReminder, Question: RemLater})
}

// listReminders is /reminders: each pending reminder with its next day and
// a button to cancel it.
func (t *turn) listReminders() {
	if len(t.pending) == 0 {
		t.sayThenContinue(para(text(t.msg("r.list.none"))))
		return
	}
	var lines [][]Span
	var buttons [][]Button
	for _, p := range t.pending {
		// The title in today's words; the stored date if the case no
		// longer gives this deadline (the reminder will say so when due).
		title := t.kb.Msgf(t.s.Lang, "ics.summary", "text", t.atLatest(p.Date, p.Ceiling))
		if o, err := t.kb.Evaluate(p.Facts, p.SetOn); err == nil {
			for _, d := range t.kb.DatedDeadlines(&o, t.s.Lang) {
				if d.ID == p.Deadline && d.Date == p.Date {
					title = t.kb.DeadlineTitle(&d, t.s.Lang)
				}
			}
		}
		lines = append(lines, []Span{bold(title), text(t.kb.Msg(t.s.Lang, "case_sep") + t.kb.Msgf(t.s.Lang, "r.list.next",
			"next", remind.Today(p.Times[0]).String(), "n", strconv.Itoa(len(p.Times))))})
		buttons = append(buttons, []Button{{Label: t.kb.Msgf(t.s.Lang, "r.cancel", "date", t.atLatest(p.Date, p.Ceiling)),
			Data: remindData("x", p.ID)}})
	}
	t.sayButtons(buttons, para(bold(t.msg("r.list.head"))), Block{Kind: Bullets, Lines: lines})
}

// remindCancel drops a pending reminder, and its copy of the case with it.
func (t *turn) remindCancel(id string) {
	for _, p := range t.pending {
		if p.ID == id {
			t.cancel = append(t.cancel, p.Key())
		}
	}
	if t.s.Reminder != nil && t.s.Reminder.ID == id {
		t.s.Reminder = nil
	}
	if len(t.cancel) == 0 {
		t.sayThenContinue(para(text(t.msg("r.cancel_none"))))
		return
	}
	t.sayThenContinue(para(text(t.msg("r.cancelled"))))
	t.event(Event{Kind: EvReminder, Question: RemCancelled})
}

// DecodePending reads a chat's scheduled reminder entries (Scheduled with
// ReminderKeyPrefix) into records, one per reminder, skipping what does
// not decode.
func DecodePending(entries []persist.Inbound) []remind.Record {
	var out []remind.Record
	for _, e := range entries {
		r, err := remind.Decode(e.Payload)
		if err != nil {
			continue
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b remind.Record) int { return a.Times[0].Compare(b.Times[0]) })
	return out
}

// laterAllowed: once rec's firing is sent, one more "later" fits under
// the cap (with what is still planned, next when more) and comes no later
// than the deadline's day.
func laterAllowed(rec *remind.Record, now time.Time, more bool, next remind.Record) bool {
	planned := 0
	if more {
		planned = len(next.Times)
	}
	return rec.Sent+1+planned < remind.MaxPerDeadline && !rec.Date.Before(remind.Today(now).AddDays(1))
}
