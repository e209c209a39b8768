package dialog

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"bujiao/dialog/persist"
	"bujiao/rules"
)

// Hand-off: a person who wants a person is passed, once they agree, to
// help-desk staff working in a Telegram group with topics. This file is the
// pure part: the states, what each input does, and what must happen outside
// (a topic opened, a line posted to staff, a wake-up scheduled), given as
// HandoffEffects with the turn's Outcome. Nothing here knows Telegram.
//
//	(none) --offer--> offered --consent--> waiting --staff reply--> relaying
//	   ^                 |                    |                       |
//	   +----decline------+                    +--/end, /close---------+--> feedback --> (none)
//
// While a hand-off is waiting or relaying, the person's messages go to
// staff and the bot's flow buttons are paused. Staff messages arrive as
// inputs of the person's own chat (HandoffInput), ordered with the
// person's messages. The person's chat id and username never appear in
// anything this file produces for staff.

// HandoffConfig turns the hand-off on; a Machine without one gives the
// hotlines when a person asks for one, as before.
type HandoffConfig struct {
	// Hours staff answer; the zero value is always.
	Hours StaffHours
	// ReplyTimeout: when no staff member has replied this long after the
	// person's first unanswered message (within the hours), the person is
	// told and given the hotline; the case stays queued. Zero: 10 minutes.
	ReplyTimeout time.Duration
	// Label is how staff messages are marked for the person.
	Label StaffLabel
}

// DefaultReplyTimeout is HandoffConfig.ReplyTimeout's default.
const DefaultReplyTimeout = 10 * time.Minute

func (c *HandoffConfig) timeout() time.Duration {
	if c.ReplyTimeout <= 0 {
		return DefaultReplyTimeout
	}
	return c.ReplyTimeout
}

// StaffLabel is how a staff reply is marked: "staff" (the default) or the
// staff member's first name, read from the update when it is relayed and
// never stored.
type StaffLabel string

// Staff labels.
const (
	LabelStaff     StaffLabel = "staff"
	LabelFirstName StaffLabel = "first-name"
)

// ParseStaffLabel reads --staff-label.
func ParseStaffLabel(s string) (StaffLabel, error) {
	switch l := StaffLabel(strings.ToLower(strings.TrimSpace(s))); l {
	case "", LabelStaff:
		return LabelStaff, nil
	case LabelFirstName:
		return l, nil
	}
	return "", fmt.Errorf("staff label %q: want first-name or staff", s)
}

// HandoffStatus is where a hand-off stands.
type HandoffStatus string

// Hand-off states.
const (
	HandoffOffered  HandoffStatus = "offered"
	HandoffWaiting  HandoffStatus = "waiting"  // consented; no staff reply yet
	HandoffRelaying HandoffStatus = "relaying" // a staff member replied
	HandoffFeedback HandoffStatus = "feedback" // ended; asked whether it helped
)

// Handoff is a chat's hand-off, kept in State while there is one.
type Handoff struct {
	Status HandoffStatus `json:"s"`
	// Reason is why it was offered: asked, button, command, misses.
	Reason string `json:"r,omitempty"`
	// Asked is the message that asked for a person, kept only while the
	// offer stands (the person sees it in the offer, and it goes to staff
	// only with their consent).
	Asked string `json:"a,omitempty"`
	// Since is when the person agreed (Unix seconds): it names this
	// hand-off in scheduled wake-ups, so one of an earlier hand-off does
	// nothing.
	Since int64 `json:"since,omitempty"`
	// Waiting is when the oldest person message staff have not replied to
	// was sent (Unix seconds, 0 for none); Told that the person was told
	// about the wait for it.
	Waiting int64 `json:"w,omitempty"`
	Told    bool  `json:"told,omitempty"`
}

// active reports whether messages go to staff.
func (h *Handoff) active() bool {
	return h != nil && (h.Status == HandoffWaiting || h.Status == HandoffRelaying)
}

// maxAskedRunes bounds the message kept with an offer.
const maxAskedRunes = 500

func (h *Handoff) validate() error {
	switch h.Status {
	case HandoffOffered, HandoffWaiting, HandoffRelaying, HandoffFeedback:
	default:
		return fmt.Errorf("unknown hand-off state %q", h.Status)
	}
	if utf8.RuneCountInString(h.Asked) > maxAskedRunes || h.Since < 0 || h.Waiting < 0 {
		return errors.New("hand-off state out of range")
	}
	return nil
}

// HandoffEffects is what a turn asks of the transport besides its replies.
type HandoffEffects struct {
	// Open asks for a topic for this hand-off: its title (the short case
	// line; the transport puts the case number in front) and its opening
	// posts.
	Open *TopicOpen
	// Staff are posts for the hand-off's topic, in order.
	Staff []StaffPost
	// CopyToStaff and CopyToPerson relay a photo or document by message id
	// (copyMessage: no "forwarded from" header). CopyToPerson carries the
	// caption to put on the copy, marked as from staff.
	CopyToStaff  []int
	CopyToPerson []PersonCopy
	// Close: the hand-off ended; the topic is closed.
	Close bool
	// Delete: the person had everything deleted; the topic goes and a
	// content-free line is posted in the group's General topic.
	Delete bool
	// WakeAt asks for a HandoffTick input at this time (for the no-reply
	// timeout), naming the hand-off with Since.
	WakeAt time.Time
	Since  int64
}

// TopicOpen is a topic to open for a new hand-off.
type TopicOpen struct {
	Title string
	Posts []StaffPost
}

// StaffPost is a plain-text post for staff. Person marks a person's own
// message: when the staff group's budget is short the transport may join
// consecutive ones into one post.
type StaffPost struct {
	Text   string
	Person bool
	// Since names the hand-off whose topic it goes to: 0 for the current
	// one.
	Since int64
}

// PersonCopy is a staff photo or document to copy to the person.
type PersonCopy struct {
	MessageID int
	Caption   string
}

func (e *HandoffEffects) empty() bool {
	return e == nil || e.Open == nil && len(e.Staff) == 0 && len(e.CopyToStaff) == 0 && len(e.CopyToPerson) == 0 &&
		!e.Close && !e.Delete && e.WakeAt.IsZero()
}

// HandoffInputKind is what a hand-off input is.
type HandoffInputKind string

// Hand-off inputs that are not the person's typed text or buttons. The
// staff ones come from the staff group's topic of this chat's hand-off.
const (
	StaffText   HandoffInputKind = "staff-text"  // relayed to the person
	StaffMedia  HandoffInputKind = "staff-media" // a photo or document: copied
	StaffOther  HandoffInputKind = "staff-other" // anything else: not passed on
	StaffNote   HandoffInputKind = "staff-note"  // /note: stays internal
	StaffClose  HandoffInputKind = "staff-close" // /close
	StaffCase   HandoffInputKind = "staff-case"  // /case
	StaffAnswer HandoffInputKind = "staff-answer"
	// PersonMedia is a photo or document the person sent; PersonOther
	// anything else they sent that is not text.
	PersonMedia HandoffInputKind = "person-media"
	PersonOther HandoffInputKind = "person-other"
	// PersonEdit is the new text of a message the person edited (Text);
	// during a hand-off it goes to staff as a new post marked as an edit,
	// otherwise it is ignored, as edits always were.
	PersonEdit HandoffInputKind = "person-edit"
	// HandoffTick is a wake-up asked for with HandoffEffects.WakeAt.
	HandoffTick HandoffInputKind = "tick"
)

// HandoffInput is an input of a hand-off, set in Input.Handoff.
type HandoffInput struct {
	Kind HandoffInputKind `json:"k"`
	// Text is a staff message's text or caption.
	Text string `json:"t,omitempty"`
	// MessageID is the message to copy (media).
	MessageID int `json:"m,omitempty"`
	// Member: the sender is a member of the staff group (the transport
	// checks); anything else cannot reach the person.
	Member bool `json:"mem,omitempty"`
	// FirstName is the staff member's, used with LabelFirstName and never
	// stored beyond the delivered message.
	FirstName string `json:"fn,omitempty"`
	// Since names the hand-off a tick or a staff message belongs to (0:
	// the current one).
	Since int64 `json:"since,omitempty"`
	// Edited: a staff message edited in the topic (StaffText, the new
	// text); it reaches the person as a new message marked as an edit.
	Edited bool `json:"ed,omitempty"`
}

// Event kind of the hand-off; Question says what happened: offered,
// opened, first_reply, no_reply, closed. Feedback on a hand-off is an
// EvFeedback with Question "handoff".
const EvHandoff = persist.EvHandoff

// Button data of the hand-off ("h:offer", …): its own kind, read before
// the engine's actions.
const (
	handoffData   = "h:"
	hoOffer       = "offer"
	hoOK          = "ok"
	hoNo          = "no"
	hoEnd         = "end"
	hoHelpfulYes  = "y"
	hoHelpfulNo   = "n"
	handoffTopic  = "handoff"
	reasonAsked   = "asked"
	reasonButton  = "button"
	reasonCommand = "command"
	reasonMisses  = "misses"
)

// parseHandoffData reads hand-off button data; ok is false for any other.
func parseHandoffData(data string) (string, bool) {
	v, found := strings.CutPrefix(data, handoffData)
	if !found {
		return "", false
	}
	switch v {
	case hoOffer, hoOK, hoNo, hoEnd, hoHelpfulYes, hoHelpfulNo:
		return v, true
	}
	return "", false
}

func hoButton(label, v string) Button { return Button{Label: label, Data: handoffData + v} }

// handoffOn reports whether a hand-off can be offered: one is configured
// and the chat is not a group (a case is not discussed there).
func (t *turn) handoffOn() bool { return t.m != nil && t.m.Handoff != nil && !t.group }

// handoffButton is the [Talk to a person] button, for the keyboard under
// an answer; none without a hand-off configured.
func (t *turn) handoffButton() []Button {
	if !t.handoffOn() {
		return nil
	}
	return []Button{hoButton(t.msg("ho.button.offer"), hoOffer)}
}

// effects returns the turn's effects, creating them.
func (t *turn) effects() *HandoffEffects {
	if t.fx == nil {
		t.fx = &HandoffEffects{}
	}
	return t.fx
}

// handoffTurn handles the inputs that belong to a hand-off: its buttons,
// /human and /end, staff inputs, and everything the person sends while
// one is active. ok is false for inputs the engine handles as usual.
func (t *turn) handoffTurn(in Input, now time.Time) bool {
	h := t.s.Handoff
	if hi := in.Handoff; hi != nil {
		if (hi.Kind == PersonMedia || hi.Kind == PersonOther) && !h.active() {
			// Not for staff: the engine reads the caption, if any.
			return false
		}
		if hi.Kind == PersonEdit && !h.active() {
			return true // an edit outside a hand-off: nothing to do
		}
		t.handoffInput(*hi, now)
		return true
	}
	if v, ok := parseHandoffData(in.Data); ok {
		t.handoffButtonPressed(v, now)
		return true
	}
	msg := cleanText(in.Text)
	cmd := ""
	if in.Data == "" {
		cmd = commandName(msg)
	}
	switch {
	case cmd == "human":
		if h.active() {
			t.say(para(text(t.msg("ho.already"))))
			return true
		}
		if !t.handoffOn() {
			t.human()
			return true
		}
		t.offerHandoff(reasonCommand, "")
		return true
	case cmd == "end":
		if !h.active() {
			t.say(para(text(t.msg("ho.not_open"))))
			if h != nil && h.Status == HandoffOffered {
				t.s.Handoff = nil
			}
			t.advanceOrAsk()
			return true
		}
		t.endHandoff(false)
		return true
	case cmd == "forget":
		if h != nil && h.Since != 0 {
			// The engine forgets the chat; the topic goes with it.
			t.effects().Delete = true
			if h.active() {
				t.event(Event{Kind: EvHandoff, Question: "closed"})
			}
		}
		return false
	case cmd == "lang" || cmd == "help":
		return false
	}
	if !h.active() {
		if h != nil {
			// An offer or a feedback question left unanswered lapses with
			// anything else the person does.
			t.s.Handoff = nil
		}
		return false
	}
	// Active: the person's message goes to staff; the flow is paused.
	switch {
	case in.Data != "" || cmd != "":
		t.say(para(text(t.msg("ho.paused"))))
	case msg != "":
		t.toStaffFromPerson(msg, now)
	}
	return true
}

// handoffButtonPressed handles the hand-off's own buttons.
func (t *turn) handoffButtonPressed(v string, now time.Time) {
	h := t.s.Handoff
	switch v {
	case hoOffer:
		switch {
		case h.active():
			t.say(para(text(t.msg("ho.already"))))
		case !t.handoffOn():
			t.human()
		default:
			t.offerHandoff(reasonButton, "")
		}
	case hoOK:
		if h == nil || h.Status != HandoffOffered || !t.handoffOn() {
			if h.active() {
				t.say(para(text(t.msg("ho.already"))))
				return
			}
			t.badButton()
			return
		}
		t.consent(now)
	case hoNo:
		if h != nil && h.Status == HandoffOffered {
			t.s.Handoff = nil
			t.sayThenContinue(para(text(t.msg("ho.offer.declined"))))
			return
		}
		t.badButton()
	case hoEnd:
		if !h.active() {
			t.say(para(text(t.msg("ho.not_open"))))
			return
		}
		t.endHandoff(false)
	case hoHelpfulYes, hoHelpfulNo:
		if h == nil || h.Status != HandoffFeedback {
			t.badButton()
			return
		}
		helpful := v == hoHelpfulYes
		t.event(Event{Kind: EvFeedback, Question: handoffTopic, Helpful: &helpful})
		t.s.Handoff = nil
		t.sayThenContinue(para(text(t.msg("ho.feedback_thanks"))))
	}
}

// offerHandoff tells the person exactly what staff will see and asks for
// one tap of consent. asked is the message that asked for a person ("" for
// a button or /human).
func (t *turn) offerHandoff(reason, asked string) {
	asked = truncRunes(strings.TrimSpace(asked), maxAskedRunes)
	t.s.Handoff = &Handoff{Status: HandoffOffered, Reason: reason, Asked: asked}
	t.event(Event{Kind: EvHandoff, Question: "offered"})
	items := [][]Span{}
	if line := t.caseTag(); line != "" {
		items = append(items, []Span{text(t.kb.Msgf(t.s.Lang, "ho.offer.case", "case", t.kb.CaseLine(t.s.Facts, t.s.Lang)))})
	} else {
		items = append(items, []Span{text(t.msg("ho.offer.no_case"))})
	}
	if t.s.Answered {
		items = append(items, []Span{text(t.msg("ho.offer.answer"))})
	}
	if asked != "" {
		items = append(items, []Span{text(t.kb.Msgf(t.s.Lang, "ho.offer.asked", "text", asked))})
	}
	items = append(items, []Span{text(t.msg("ho.offer.from_now"))})
	blocks := []Block{para(bold(t.msg("ho.offer.title"))), list(Bullets, items...),
		para(text(t.msg("ho.offer.not_seen")))}
	cfg := t.m.Handoff
	if !cfg.Hours.Open(t.now) {
		blocks = append(blocks, para(text(t.kb.Msgf(t.s.Lang, "ho.offer.off_hours", "hours", cfg.Hours.In(t.kb, t.s.Lang)))))
	}
	t.sayButtons([][]Button{{hoButton(t.msg("ho.button.ok"), hoOK), hoButton(t.msg("ho.button.no"), hoNo)}}, blocks...)
}

// consent opens the hand-off: a topic with the case, the bot's short
// answer and the message that asked; the person is told what happens
// next, and off hours that it waits for staff, with the hotline.
func (t *turn) consent(now time.Time) {
	h := t.s.Handoff
	cfg := t.m.Handoff
	if !t.takeRow() {
		// No hand-off row, no topic: the offer is withdrawn, the
		// conversation goes on.
		t.s.Handoff = nil
		t.rowLimit("ho.limit_open", true)
		return
	}
	h.Status, h.Since, h.Waiting, h.Told = HandoffWaiting, now.Unix(), now.Unix(), false
	open := &TopicOpen{Title: t.caseTitle()}
	caseLine := t.msg("ho.tag.none")
	if t.caseTag() != "" {
		caseLine = t.kb.CaseLine(t.s.Facts, t.s.Lang)
	}
	open.Posts = append(open.Posts, StaffPost{Text: t.kb.Msgf(t.s.Lang, "ho.staff.opened", "case", caseLine)})
	open.Posts = append(open.Posts, StaffPost{Text: t.msg("ho.staff.short_answer") + "\n" + t.shortAnswerText()})
	if h.Asked != "" {
		open.Posts = append(open.Posts, StaffPost{Text: t.msg("ho.staff.asked") + "\n" + h.Asked, Person: true})
	}
	h.Asked = ""
	fx := t.effects()
	fx.Open = open
	t.scheduleWake(now)
	t.event(Event{Kind: EvHandoff, Question: "opened"})
	endRow := [][]Button{{hoButton(t.msg("ho.button.end"), hoEnd)}}
	if !cfg.Hours.Open(now) {
		t.sayButtons(endRow, para(text(t.kb.Msgf(t.s.Lang, "ho.queued_off_hours", "hours", cfg.Hours.In(t.kb, t.s.Lang)))))
		return
	}
	t.sayButtons(endRow, para(text(t.msg("ho.queued"))))
}

// scheduleWake asks for a tick when the reply timeout of the current wait
// runs out, counted from the next opening when staff are off.
func (t *turn) scheduleWake(now time.Time) {
	h := t.s.Handoff
	cfg := t.m.Handoff
	from := time.Unix(h.Waiting, 0)
	if open := cfg.Hours.NextOpen(from); !open.IsZero() {
		from = open
	}
	wake := from.Add(cfg.timeout())
	if wake.Before(now) {
		wake = now
	}
	fx := t.effects()
	fx.WakeAt, fx.Since = wake, h.Since
}

// toStaffFromPerson relays a person's text to the topic.
func (t *turn) toStaffFromPerson(msg string, now time.Time) {
	h := t.s.Handoff
	if !t.takeRow() {
		t.rowLimit("ho.limit", false)
		return
	}
	t.effects().Staff = append(t.effects().Staff, StaffPost{Text: t.msg("ho.staff.person_says") + msg, Person: true})
	if h.Waiting == 0 {
		h.Waiting, h.Told = now.Unix(), false
		t.scheduleWake(now)
	}
}

// endHandoff ends an active hand-off (by the person, or by staff with
// /close) and asks whether it helped.
func (t *turn) endHandoff(byStaff bool) {
	h := t.s.Handoff
	h.Status, h.Waiting, h.Told = HandoffFeedback, 0, false
	fx := t.effects()
	fx.Close = true
	t.event(Event{Kind: EvHandoff, Question: "closed"})
	key, staffKey := "ho.ended_by_person", "ho.staff.ended_by_person"
	if byStaff {
		key, staffKey = "ho.closed_by_staff", "ho.staff.closed"
	}
	fx.Staff = append(fx.Staff, StaffPost{Text: t.msg(staffKey)})
	t.sayButtons([][]Button{{hoButton(t.msg("ho.button.helpful_yes"), hoHelpfulYes),
		hoButton(t.msg("ho.button.helpful_no"), hoHelpfulNo)}}, para(text(t.msg(key))))
}

// handoffInput applies a staff input or a tick.
func (t *turn) handoffInput(in HandoffInput, now time.Time) {
	h := t.s.Handoff
	if in.Kind == HandoffTick {
		if !h.active() || in.Since != h.Since || h.Waiting == 0 || h.Told {
			return
		}
		cfg := t.m.Handoff
		if cfg == nil {
			return
		}
		due := time.Unix(h.Waiting, 0)
		if open := cfg.Hours.NextOpen(due); !open.IsZero() {
			due = open
		}
		if now.Before(due.Add(cfg.timeout())) {
			t.scheduleWake(now)
			return
		}
		h.Told = true
		t.event(Event{Kind: EvHandoff, Question: "no_reply"})
		t.say(para(text(t.kb.Msgf(t.s.Lang, "ho.no_reply", "minutes", strconv.Itoa(int(cfg.timeout()/time.Minute))))))
		return
	}
	if in.Kind == PersonEdit {
		// Telegram cannot edit the post staff already have: the new text
		// goes as a new post, saying it replaces an earlier message.
		switch {
		case strings.TrimSpace(in.Text) == "":
			t.say(para(text(t.msg("ho.edit_not_passed"))))
		case !t.takeRow():
			t.rowLimit("ho.limit", false)
		default:
			t.effects().Staff = append(t.effects().Staff, StaffPost{Text: t.msg("ho.staff.person_edited") + in.Text, Person: true})
		}
		return
	}
	if in.Kind == PersonMedia || in.Kind == PersonOther {
		switch {
		case in.Kind == PersonMedia && !t.takeRow():
			t.rowLimit("ho.limit", false)
		case in.Kind == PersonMedia:
			t.effects().CopyToStaff = append(t.effects().CopyToStaff, in.MessageID)
			if h.Waiting == 0 {
				h.Waiting, h.Told = now.Unix(), false
				t.scheduleWake(now)
			}
		default:
			t.say(para(text(t.msg("ho.not_passed"))))
		}
		return
	}
	// Staff inputs. Only members of the staff group reach a person, and
	// only while the hand-off is open.
	fx := t.effects()
	if !in.Member {
		fx.Staff = append(fx.Staff, StaffPost{Text: t.msg("ho.staff.not_member")})
		return
	}
	// A message in the topic of an earlier hand-off of the same person
	// (in.Since names it) does not reach them through the current one.
	if !h.active() || in.Since != 0 && in.Since != h.Since {
		if in.Kind != StaffNote {
			fx.Staff = append(fx.Staff, StaffPost{Text: t.msg("ho.staff.closed_already"), Since: in.Since})
		}
		return
	}
	switch in.Kind {
	case StaffNote:
		// Internal: nothing leaves the topic.
	case StaffCase:
		fx.Staff = append(fx.Staff, StaffPost{Text: t.kb.CaseLine(t.s.Facts, t.s.Lang)},
			StaffPost{Text: t.msg("ho.staff.short_answer") + "\n" + t.shortAnswerText()})
	case StaffAnswer:
		if !t.s.Answered {
			fx.Staff = append(fx.Staff, StaffPost{Text: t.msg("ho.staff.no_case")})
			return
		}
		t.staffReplied(now)
		t.details()
		if n := len(t.replies); n > 0 {
			// The flow's buttons are paused: only the way out.
			t.replies[n-1].Buttons = [][]Button{{hoButton(t.msg("ho.button.end"), hoEnd)}}
		}
		fx.Staff = append(fx.Staff, StaffPost{Text: t.msg("ho.staff.answer_sent")})
	case StaffClose:
		t.endHandoff(true)
	case StaffText:
		t.staffReplied(now)
		t.say(Block{Kind: Paragraph, Lines: [][]Span{{bold(t.staffLabel(in)), text(in.Text)}}})
	case StaffMedia:
		t.staffReplied(now)
		caption := t.staffLabel(in)
		if in.Text != "" {
			caption += in.Text
		}
		fx.CopyToPerson = append(fx.CopyToPerson, PersonCopy{MessageID: in.MessageID, Caption: caption})
	case StaffOther:
		fx.Staff = append(fx.Staff, StaffPost{Text: t.msg("ho.staff.not_passed")})
	}
}

// staffReplied records a staff reply: the wait is over.
func (t *turn) staffReplied(now time.Time) {
	h := t.s.Handoff
	if h.Status == HandoffWaiting {
		h.Status = HandoffRelaying
		t.event(Event{Kind: EvHandoff, Question: "first_reply"})
	}
	h.Waiting, h.Told = 0, false
}

// staffLabel marks a staff message: "工作人员：" or the first name.
func (t *turn) staffLabel(in HandoffInput) string {
	label := t.msg("ho.label_staff")
	if t.m.Handoff != nil && t.m.Handoff.Label == LabelFirstName {
		if n := strings.TrimSpace(in.FirstName); n != "" {
			label = truncRunes(n, 32)
		}
	}
	if in.Edited {
		return t.kb.Msgf(t.s.Lang, "ho.staff_edited", "label", label)
	}
	return t.kb.Msgf(t.s.Lang, "ho.staff_says", "label", label)
}

// caseTag is the short case line of a topic's title: "上海 · 灵活就业 ·
// 断缴8个月" ("" when nothing is known).
func (t *turn) caseTag() string {
	f := t.s.Facts
	var parts []string
	if f.Place != "" {
		parts = append(parts, f.Place)
	} else if r, ok := t.kb.Region(f.Region); ok && f.Region != rules.NationalRegion {
		parts = append(parts, r.Name.In(t.s.Lang))
	}
	switch {
	case f.Payer != "":
		parts = append(parts, t.msg("ho.tag.payer."+string(f.Payer)))
	case f.Scheme != "":
		parts = append(parts, t.msg("ho.tag.scheme."+string(f.Scheme)))
	}
	if f.GapMonths != nil {
		parts = append(parts, t.kb.Msgf(t.s.Lang, "ho.tag.gap", "n", strconv.Itoa(*f.GapMonths)))
	} else if f.Since != nil {
		if n := monthsSince(*f.Since, t.today); n > 0 {
			parts = append(parts, t.kb.Msgf(t.s.Lang, "ho.tag.gap", "n", strconv.Itoa(n)))
		}
	}
	return strings.Join(parts, " · ")
}

// caseTitle is the topic title without the case number.
func (t *turn) caseTitle() string {
	if tag := t.caseTag(); tag != "" {
		return truncRunes(tag, 100)
	}
	return t.msg("ho.tag.none")
}

// monthsSince counts unpaid months from first up to, not including, the
// month of today.
func monthsSince(first rules.Month, today rules.Date) int {
	n := (today.Year-first.Year)*12 + int(today.Month) - int(first.Month)
	return max(n, 0)
}

// shortAnswerText is the short answer for the case as plain text, for
// staff; the no-answer note when the case was not answered.
func (t *turn) shortAnswerText() string {
	if !t.s.Answered {
		return t.msg("ho.staff.no_answer")
	}
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil {
		return t.msg("ho.staff.no_answer")
	}
	short := t.kb.ShortAnswer(&o, t.s.Lang)
	return Reply{Blocks: shortBlocks(&short)}.PlainText()
}

func truncRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// handoffKeys are the messages the hand-off uses; a test checks each
// exists in both languages.
var handoffKeys = []string{"ho.button.offer", "ho.button.ok", "ho.button.no", "ho.button.end",
	"ho.button.helpful_yes", "ho.button.helpful_no", "ho.offer.title", "ho.offer.case", "ho.offer.no_case",
	"ho.offer.answer", "ho.offer.asked", "ho.offer.from_now", "ho.offer.not_seen", "ho.offer.off_hours",
	"ho.offer.declined", "ho.queued", "ho.queued_off_hours", "ho.no_reply", "ho.paused", "ho.staff_says",
	"ho.label_staff", "ho.ended_by_person", "ho.closed_by_staff", "ho.feedback_thanks", "ho.not_open", "ho.already",
	"ho.not_passed", "ho.limit", "ho.limit_open", "ho.edit_not_passed", "ho.staff_edited", "ho.staff.person_edited", "ho.staff.opened", "ho.staff.short_answer", "ho.staff.asked", "ho.staff.no_answer",
	"ho.staff.person_says", "ho.staff.ended_by_person", "ho.staff.closed", "ho.staff.closed_already",
	"ho.staff.not_passed", "ho.staff.no_case", "ho.staff.answer_sent", "ho.staff.forgotten", "ho.staff.swept", "ho.staff.not_member",
	"ho.tag.scheme.employee", "ho.tag.scheme.resident", "ho.tag.payer.unit", "ho.tag.payer.individual",
	"ho.tag.gap", "ho.tag.none", "ho.days"}

// commandName is the lower-case name of a typed command ("/end@bot" →
// "end"), "" for text.
func commandName(msg string) string {
	if !strings.HasPrefix(msg, "/") {
		return ""
	}
	name, _, _ := strings.Cut(msg[1:], " ")
	name, _, _ = strings.Cut(name, "@")
	return strings.ToLower(name)
}

// isHandoffCommand reports whether typed text is /human or /end.
func isHandoffCommand(text string) bool {
	switch commandName(strings.TrimSpace(text)) {
	case "human", "end":
		return true
	}
	return false
}
