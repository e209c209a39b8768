package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Event kinds.
const (
	// EventStarted: a conversation started.
	EventStarted = "started"
	// EventAsked: a question was shown; Question is its id.
	EventAsked = "asked"
	// EventAnswered: the user answered a question; Question is its id.
	EventAnswered = "answered"
	// EventAnswer: the final answer was shown; Verdict and Region are set.
	EventAnswer = "answer"
	// EventFAQHit: a free-text query matched an FAQ; Text is the query,
	// Question the FAQ id.
	EventFAQHit = "faq_hit"
	// EventFAQMiss: a free-text query matched nothing; Text is the query.
	EventFAQMiss = "faq_miss"
	// EventFeedback: the user rated the answer; Helpful is set.
	EventFeedback = "feedback"
	// EventReset: a stored state could not be read and the chat started
	// over.
	EventReset = "reset"
	// EventError: something failed; Text is a short error code, never raw
	// user text (a parked update, a turn that failed, a message Telegram
	// refused for good).
	EventError = "error"
	// EventSkipped: the person passed on a question the answer can give
	// both ways; Question names it.
	EventSkipped = "skipped"
	// EventDirect: a question answered by working it out (Question names
	// what, e.g. "monthly-cost"); Text is the question as typed.
	EventDirect = "direct"
	// EventHuman: the person asked for a person and got the human routes.
	EventHuman = "human"
	// EventGreeting and EventThanks: small talk answered briefly.
	EventGreeting = "greeting"
	EventThanks   = "thanks"
	// EventInline: an inline answer was picked and posted in some chat;
	// Question is the result's kind (answer, missing, continue, hint).
	// No chat id, no text: inline answers keep nothing personal.
	EventInline = "inline"
	// EventHandoff: a hand-off to staff; Question is what happened
	// (offered, opened, first_reply, no_reply, closed). Feedback on it is
	// an EventFeedback with Question "handoff".
	EventHandoff = "handoff"
)

// EventKinds is every kind the writer accepts and stats reads: one list, so
// a kind nobody counts cannot be written, and dialog's names are checked
// against it (cmd/bujiao's TestEventKindsAgree).
var EventKinds = []string{EventStarted, EventAsked, EventAnswered, EventAnswer,
	EventFAQHit, EventFAQMiss, EventFeedback, EventReset, EventError,
	EventSkipped, EventDirect, EventHuman, EventGreeting, EventThanks, EventInline, EventHandoff}

// knownKind reports whether k is in EventKinds.
func knownKind(k string) bool {
	for _, e := range EventKinds {
		if e == k {
			return true
		}
	}
	return false
}

// Event is an anonymous usage record for maintainers. There is deliberately
// no field for a user's name.
type Event struct {
	Kind     string
	ChatID   int64
	Question string
	Verdict  string
	Region   string
	// Text is passed through Redact before it is stored.
	Text    string
	Helpful *bool
	// At zero means DB.Now().
	At time.Time
}

const insertEvent = `INSERT INTO events
    (at, kind, chat_id, question, verdict, region, text, helpful)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

// maxEventText bounds stored event text; free-text queries longer than this
// are not useful as statistics.
const maxEventText = 500

// Record stores events that happen outside a turn, in one transaction.
func (db *DB) Record(ctx context.Context, events ...Event) error {
	if len(events) == 0 {
		return nil
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return fmt.Errorf("record events: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record events: %w", classify(err))
	}
	defer tx.Rollback()
	if err := insertEvents(ctx, tx.StmtContext(ctx, st.insertEvent), 0, db.now(), events); err != nil {
		return fmt.Errorf("record events: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record events: commit: %w", classify(err))
	}
	return nil
}

func insertEvents(ctx context.Context, stmt *sql.Stmt, chatID int64, now time.Time, events []Event) error {
	if err := validEvents(events); err != nil {
		return err
	}
	for _, e := range events {
		if e.ChatID == 0 {
			e.ChatID = chatID
		}
		at := e.At
		if at.IsZero() {
			at = now
		}
		var helpful sql.NullBool
		if e.Helpful != nil {
			helpful = sql.NullBool{Bool: *e.Helpful, Valid: true}
		}
		if _, err := stmt.ExecContext(ctx,
			formatTime(at), e.Kind, e.ChatID, e.Question, e.Verdict, e.Region,
			truncate(Redact(e.Text), maxEventText), helpful); err != nil {
			return fmt.Errorf("insert event: %w", classify(err))
		}
	}
	return nil
}

// validEvents rejects events that cannot be stored, before anything is
// written, so that one bad event fails only its own turn.
func validEvents(events []Event) error {
	for _, e := range events {
		if e.Kind == "" {
			return errors.New("event without kind")
		}
		if !knownKind(e.Kind) {
			return fmt.Errorf("unknown event kind %q", e.Kind)
		}
	}
	return nil
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}
