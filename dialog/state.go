// Package dialog is the conversation: which question to ask next, what a
// typed message or a button press means, and how answers are shown. It is
// transport-neutral: the terminal, Telegram and the web page translate its
// Replies and feed it Inputs, nothing more. Step is synchronous and pure
// apart from reading the knowledge base, so a conversation can be replayed,
// tested and stored as a plain value.
package dialog

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"bujiao/dialog/remind"
	"bujiao/knowledge"
	"bujiao/rules"
)

// StateVersion is the format of State; a stored state of another version
// is not trusted, and that chat restarts with an apology.
const StateVersion = 1

// historyLimit bounds the undo stack so a long chat cannot grow its state
// without limit.
const historyLimit = 30

// State is one conversation. It refers to questions and facts, never to
// text, so a knowledge reload cannot leave it pointing at wording that moved.
type State struct {
	V     int            `json:"v"`
	Lang  knowledge.Lang `json:"lang,omitempty"`
	Facts rules.Facts    `json:"facts"`
	// History holds the facts before each change, for /back.
	History []rules.Facts `json:"history,omitempty"`
	// Asking is the question on screen; typed replies are read as answers
	// to it first.
	Asking rules.Field `json:"asking,omitempty"`
	// Mode refines Asking: "since" expects a month, "faq" a question.
	Mode string `json:"mode,omitempty"`
	// Answered says the answer for the current facts has been shown.
	Answered bool `json:"answered,omitempty"`
	// Skipped are the questions the answer depends on that the person
	// chose not to answer; the answer covers both ways.
	Skipped []rules.Field `json:"skipped,omitempty"`
	// Misses counts typed messages in a row that were not understood;
	// from the second one the hotline and the buttons are offered.
	Misses int `json:"misses,omitempty"`
	// Moved: the person said they moved to the region they named; the
	// answer reminds them to move their record (转移接续).
	Moved bool `json:"moved,omitempty"`
	// MovedAcross: they also named the place they moved from, in another
	// region, so a job change crossed pooling areas.
	MovedAcross bool `json:"moved_across,omitempty"`
	// SelfPaidMoved: the move was by someone paying for themselves before
	// it ("原来在上海自己交灵活就业的 现在搬到杭州"): cross_city (moved24a.go).
	SelfPaidMoved bool `json:"self_paid_moved,omitempty"`
	// PlannedSwitch: the new scheme of a switch starts in a later month
	// ("starts a job feb 1 2027 with employee insurance"): the gap is not
	// asked (switch31c.go).
	PlannedSwitch bool `json:"planned_switch,omitempty"`
	// PlannedGap / PlannedJob: a gap planned ahead by someone insured now
	// (its first unpaid month) and the new job's month, if told: the gap
	// is not asked, the plan is dated (planned34b.go).
	PlannedGap *rules.Month `json:"planned_gap,omitempty"`
	PlannedJob *rules.Month `json:"planned_job,omitempty"`
	// Reminder is the reminder last shown, for its "done" and "later"
	// buttons; cleared when either is pressed or it is cancelled.
	Reminder *remind.Record `json:"reminder,omitempty"`
	// Handoff is the chat's hand-off to staff, if any (handoff.go).
	Handoff *Handoff `json:"handoff,omitempty"`
	// Rows counts the rows the chat added this hour (rowlimit.go).
	Rows *RowCount `json:"rows,omitempty"`
	// Refine lists the refinements the person asked for after an answer
	// (the unit's late fee: the amount owed and the due date), asked in
	// order before the answer is shown again. Never a gate: they are
	// asked only once an answer was given and on request.
	Refine []rules.Field `json:"refine,omitempty"`
	// LangSet: the person chose the language (/lang); what they type no
	// longer switches it.
	LangSet bool `json:"lang_set,omitempty"`
	// Typed: the person has typed a message; the language of the first
	// one decides the chat's language.
	Typed bool `json:"typed,omitempty"`
	// Origin: "foreign" or "hmt" (Hong Kong, Macao, Taiwan) when the person
	// said so; the answer adds what applies to them. Child: they ask for
	// their child.
	Origin string `json:"origin,omitempty"`
	Child  bool   `json:"child,omitempty"`
	// AgeSaid: the person said something about their age or retirement
	// ("今年刚满60", "到岁数了"); "not sure" at the retirement question is
	// then never taken as working age (converse17f.go).
	AgeSaid bool `json:"age_said,omitempty"`
	// AgeUnder: the person told an age below 60 ("今年58"); their
	// retirement status is asked, never implied from the years paid.
	AgeUnder bool `json:"age_under,omitempty"`
	// AgeOlder: the person told an age of 60 or more ("我爸今年66了",
	// "my grandma is 75"): "not sure" about the scheme is then taken as
	// the resident scheme, never as a working employee (dunno_h16a.go).
	AgeOlder bool `json:"age_older,omitempty"`
	// UnitGoneSaid: words of an employer gone ("老板连夜跑了", "厂门都锁
	// 了"); "not sure" at the employer's status is then never taken as
	// a unit still trading.
	UnitGoneSaid bool `json:"unit_gone_said,omitempty"`
	// UnitImplied: the employer's "still operating" was presumed from
	// months owed told in the present, not said; the answer says so and
	// how to change it, once. Any status set otherwise clears it.
	UnitImplied bool `json:"unit_implied,omitempty"`
	// ConfirmGap is the gap in months the chat asked the person to
	// confirm ("你断缴了4个月，对吗？"), 0 for none: a typed "对" or
	// "no" answers it like its buttons. Any other input clears it.
	ConfirmGap int `json:"confirm_gap,omitempty"`
	// InTime: the person asked whether paying before a day is still in
	// time ("15号之前交还来得及吗"); while the stop day is ahead the
	// answer says the sources do not settle it and what to ask 12393.
	InTime bool `json:"in_time,omitempty"`
	// TreatYear is this year's reading of a treatment day whose year the
	// chat asked ("which year is Jun 29?"); a typed "今年" / "next year"
	// answers it like its buttons (treatyear18g.go).
	TreatYear string `json:"treat_year,omitempty"`
	// Ala: Wu 阿拉 was said with no place (Shanghai or Ningbo: the region
	// question offers both); PaidInDeadline: an employer's back-payment
	// was said to be within the tax office's deadline (resident23b.go).
	Ala            bool `json:"ala,omitempty"`
	PaidInDeadline bool `json:"paid_in_deadline,omitempty"`
	// PaidLate: the back-payment was said to be after that deadline
	// (read38a.go, fix38a).
	PaidLate bool `json:"paid_late,omitempty"`
	// AlsoFAQ is the FAQ entry of a case told with "covered on <day>?"
	// while a question came first: offered under the answer (route30b.go).
	AlsoFAQ string `json:"also_faq,omitempty"`
	// PlaceSZ: "sz" was typed as a place (Shenzhen or Suzhou): the region
	// question offers both first (place30b.go).
	PlaceSZ bool `json:"place_sz,omitempty"`
	// PlaceAbbr: "hz", "gz" or "沪深" typed as a place (place34c.go).
	PlaceAbbr string `json:"place_abbr,omitempty"`
	// NamedEnd is the month after months named as owed ("欠了8月9月两个
	// 月"), YYYY-MM, while whether it was paid is asked (owed30b.go).
	NamedEnd string `json:"named_end,omitempty"`
	// MoreDays are other treatment days named ("MM-DD", or "YYYY-MM-DD"
	// when their own clause settled the year, fix35a), judged in the
	// treatment day's year beside it (moredays30c.go).
	MoreDays []string `json:"more_days,omitempty"`
	// GapFrom is the first month the person's words placed in a gap
	// (YYYY-MM), for the safety net on a gap known as a count (gapnet32a.go).
	GapFrom string `json:"gap_from,omitempty"`
}

// Origins (State.Origin).
const (
	originForeign = "foreign"
	originHMT     = "hmt"
)

// maxRefine bounds Refine in a stored state.
const maxRefine = 4

// maxMisses bounds Misses in a stored state.
const maxMisses = 1000

// Modes.
const (
	modeSince = "since"
	modeFAQ   = "faq"
)

// ErrStateVersion is returned for a stored state of an unknown format.
var ErrStateVersion = errors.New("conversation state has an unknown format")

// DecodeState parses a stored state. Anything that does not decode cleanly
// into the current format is an error, never a half-read state.
func DecodeState(data []byte) (State, error) {
	var s State
	if err := json.Unmarshal(data, &s); err != nil {
		return State{}, fmt.Errorf("decode conversation state: %w", err)
	}
	if s.V != StateVersion {
		return State{}, fmt.Errorf("%w (version %d)", ErrStateVersion, s.V)
	}
	if err := rules.Validate(s.Facts); err != nil {
		return State{}, fmt.Errorf("decode conversation state: %w", err)
	}
	if s.ConfirmGap < 0 || s.ConfirmGap > rules.MaxGapMonths {
		return State{}, fmt.Errorf("decode conversation state: gap to confirm %d out of range", s.ConfirmGap)
	}
	if s.Lang != "" && s.Lang != knowledge.Zh && s.Lang != knowledge.En {
		return State{}, fmt.Errorf("decode conversation state: unknown language %q", s.Lang)
	}
	// The engine would show a question or mode it does not have as raw
	// message keys; such a state did not come from this version.
	if s.Asking != "" && !slices.Contains(rules.Fields, s.Asking) {
		return State{}, fmt.Errorf("decode conversation state: unknown question %q", s.Asking)
	}
	if s.Mode != "" && s.Mode != modeSince && s.Mode != modeFAQ {
		return State{}, fmt.Errorf("decode conversation state: unknown mode %q", s.Mode)
	}
	for _, f := range s.Skipped {
		if !slices.Contains(rules.DecisiveFields, f) {
			return State{}, fmt.Errorf("decode conversation state: %q cannot be skipped", f)
		}
	}
	if len(s.Skipped) > len(rules.DecisiveFields) {
		return State{}, fmt.Errorf("decode conversation state: %d skipped questions", len(s.Skipped))
	}
	if s.Handoff != nil {
		if err := s.Handoff.validate(); err != nil {
			return State{}, fmt.Errorf("decode conversation state: %w", err)
		}
	}
	if s.Origin != "" && s.Origin != originForeign && s.Origin != originHMT {
		return State{}, fmt.Errorf("decode conversation state: unknown origin %q", s.Origin)
	}
	for _, f := range s.Refine {
		if d, ok := rules.FactByField(f); !ok || d.Need != rules.NeedOptional {
			return State{}, fmt.Errorf("decode conversation state: %q is not a refinement", f)
		}
	}
	if len(s.Refine) > maxRefine {
		return State{}, fmt.Errorf("decode conversation state: %d refinements, at most %d", len(s.Refine), maxRefine)
	}
	if _, err := rules.ParseMonth(s.GapFrom); s.GapFrom != "" && err != nil {
		return State{}, fmt.Errorf("decode conversation state: gap_from: %w", err)
	}
	if err := validMoreDays(s.MoreDays); err != nil {
		return State{}, fmt.Errorf("decode conversation state: %w", err)
	}
	if s.Misses < 0 || s.Misses > maxMisses {
		return State{}, fmt.Errorf("decode conversation state: %d misses, want 0 to %d", s.Misses, maxMisses)
	}
	if len(s.History) > historyLimit {
		return State{}, fmt.Errorf("decode conversation state: %d undo steps, at most %d", len(s.History), historyLimit)
	}
	for _, h := range s.History {
		if err := rules.Validate(h); err != nil {
			return State{}, fmt.Errorf("decode conversation state: undo history: %w", err)
		}
	}
	if s.Rows != nil && (s.Rows.N < 0 || s.Rows.Start < 0) {
		return State{}, fmt.Errorf("decode conversation state: row count out of range")
	}
	if s.NamedEnd != "" {
		if _, err := rules.ParseMonth(s.NamedEnd); err != nil {
			return State{}, fmt.Errorf("decode conversation state: named end: %w", err)
		}
	}
	if !validFAQID30b(s.AlsoFAQ) {
		return State{}, fmt.Errorf("decode conversation state: FAQ entry %q", s.AlsoFAQ)
	}
	if s.Reminder != nil {
		data, _ := json.Marshal(s.Reminder)
		if _, err := remind.Decode(data); err != nil {
			return State{}, fmt.Errorf("decode conversation state: reminder: %w", err)
		}
	}
	return s, nil
}

// Encode serialises the state for storage.
func (s State) Encode() ([]byte, error) { return json.Marshal(s) }

func (s *State) remember() {
	if len(s.History) >= historyLimit {
		// The oldest step goes: one new array, not one grown and then
		// one cut.
		h := make([]rules.Facts, historyLimit)
		h[copy(h, s.History[len(s.History)-historyLimit+1:])] = s.Facts
		s.History = h
		return
	}
	if len(s.History) == cap(s.History) {
		// The history decoded for this turn has no room, and a turn
		// remembers a step or two: grown by that, not doubled.
		s.History = append(make([]rules.Facts, 0, len(s.History)+2), s.History...)
	}
	s.History = append(s.History, s.Facts)
}
