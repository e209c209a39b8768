package persist

import "time"

// EventKind names something maintainers count. The list below is the one
// list: the dialog emits these, stores accept only these, stats read them.
type EventKind string

// Event kinds.
const (
	// EvStarted: a conversation started.
	EvStarted EventKind = "started"
	// EvAsked: a question was shown; Question is its id.
	EvAsked EventKind = "asked"
	// EvAnswered: the person answered a question; Question is its id.
	EvAnswered EventKind = "answered"
	// EvAnswer: the final answer was shown; Verdict and Region are set,
	// Text is the place the person named.
	EvAnswer EventKind = "answer"
	// EvFAQHit: a free-text query matched an FAQ; Text is the query,
	// Question the FAQ id.
	EvFAQHit EventKind = "faq_hit"
	// EvFAQMiss: a free-text query matched nothing; Text is the query.
	EvFAQMiss EventKind = "faq_miss"
	// EvFeedback: the person rated an answer; Helpful is set.
	EvFeedback EventKind = "feedback"
	// EvReset: a stored state could not be read and the chat started over.
	EvReset EventKind = "reset"
	// EvError: something failed; Text is a short error code, never the
	// person's text (a parked update, a turn that failed, a message
	// Telegram refused for good). Transports write it, not the dialog.
	EvError EventKind = "error"
	// EvSkipped: the person passed on a question the answer can give both
	// ways; Question names it.
	EvSkipped EventKind = "skipped"
	// EvDirect: a question answered by working it out (Question names
	// what: "monthly-cost"); Text is the question as typed.
	EvDirect EventKind = "direct"
	// EvHuman: the person asked for a person and got the human routes.
	EvHuman EventKind = "human"
	// EvGreeting and EvThanks: a short human reply to hello or thanks.
	EvGreeting EventKind = "greeting"
	EvThanks   EventKind = "thanks"
	// EvInline: an inline result was picked and posted; Question is its
	// kind (answer, missing, continue, hint). No chat, no text.
	EvInline EventKind = "inline"
	// EvHandoff: a hand-off to staff; Question is what happened (offered,
	// opened, first_reply, no_reply, closed). Feedback on it is an
	// EvFeedback with Question "handoff".
	EvHandoff EventKind = "handoff"
	// EvLookup: an answer looked up outside a conversation (the page, the
	// API, an answer link); Question is the surface, Verdict and Region the
	// answer's, Text the fact keys given (never their values). serve writes
	// it, not the dialog.
	EvLookup EventKind = "lookup"
	// EvReminder: something happened to a reminder; Question says what
	// (offered, set, sent, done, later, cancelled, dropped, held).
	EvReminder EventKind = "reminder"
)

// EventKinds is every kind a store accepts.
var EventKinds = []EventKind{EvStarted, EvAsked, EvAnswered, EvAnswer, EvFAQHit, EvFAQMiss, EvFeedback,
	EvReset, EvError, EvSkipped, EvDirect, EvHuman, EvGreeting, EvThanks, EvInline, EvLookup, EvHandoff, EvReminder}

// KnownKind reports whether k is in EventKinds.
func KnownKind(k EventKind) bool {
	for _, e := range EventKinds {
		if e == k {
			return true
		}
	}
	return false
}

// Event is an anonymous record for maintainers. There is deliberately no
// field for a name; every store passes Text through Redact before it is
// written (store/storetest checks it).
type Event struct {
	Kind     EventKind
	Question string
	Verdict  string
	Region   string
	Text     string
	Helpful  *bool
	// ChatID zero means the chat of the turn (Commit.ChatID); At zero
	// means the store's clock.
	ChatID int64
	At     time.Time
}
