package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"bujiao/dialog/persist"
)

// Event kinds, the contract's one list (persist.EventKinds): these names
// stay for the store's own code and tests.
const (
	EventStarted  = persist.EvStarted
	EventAsked    = persist.EvAsked
	EventAnswered = persist.EvAnswered
	EventAnswer   = persist.EvAnswer
	EventFAQHit   = persist.EvFAQHit
	EventFAQMiss  = persist.EvFAQMiss
	EventFeedback = persist.EvFeedback
	EventReset    = persist.EvReset
	EventError    = persist.EvError
	EventSkipped  = persist.EvSkipped
	EventDirect   = persist.EvDirect
	EventHuman    = persist.EvHuman
	EventGreeting = persist.EvGreeting
	EventThanks   = persist.EvThanks
	EventInline   = persist.EvInline
	EventReminder = persist.EvReminder
	EventHandoff  = persist.EvHandoff
)

// Event is the contract's anonymous usage record; Text is passed through
// persist.Redact before it is stored.
type Event = persist.Event

const insertEvent = `INSERT INTO events
    (at, kind, chat_id, question, verdict, region, text, helpful)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

// insertEventPair is insertEvent for two events in one statement.
const insertEventPair = `INSERT INTO events
    (at, kind, chat_id, question, verdict, region, text, helpful)
VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)`

// maxEventText bounds stored event text; free-text queries longer than this
// are not useful as statistics.
const maxEventText = persist.MaxEventText

// Record stores events that happen outside a turn, in one transaction.
func (db *DB) Record(ctx context.Context, events ...Event) error {
	if len(events) == 0 {
		return nil
	}
	if db.readOnly {
		return fmt.Errorf("record events: %w", ErrReadOnly)
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
	if err := insertEvents(ctx, (&txStmts{ctx: ctx, tx: tx, w: st}).insertEvent, nil, 0, db.now(), events); err != nil {
		return fmt.Errorf("record events: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record events: commit: %w", classify(err))
	}
	return nil
}

// insertEvents writes events with stmt (insertEvent) and, two at a time,
// with pair (insertEventPair) if given: a turn records two as a rule. Each
// is bound to the transaction when first used (txStmts).
func insertEvents(ctx context.Context, stmt, pair func() *sql.Stmt, chatID int64, now time.Time, events []Event) error {
	if err := validEvents(events); err != nil {
		return err
	}
	for len(events) > 0 {
		if pair != nil && len(events) >= 2 {
			args := append(eventArgs(events[0], chatID, now), eventArgs(events[1], chatID, now)...)
			if _, err := pair().ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("insert event: %w", classify(err))
			}
			events = events[2:]
			continue
		}
		if _, err := stmt().ExecContext(ctx, eventArgs(events[0], chatID, now)...); err != nil {
			return fmt.Errorf("insert event: %w", classify(err))
		}
		events = events[1:]
	}
	return nil
}

// eventArgs are insertEvent's arguments for e.
func eventArgs(e Event, chatID int64, now time.Time) []any {
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
	return []any{formatTime(at), e.Kind, e.ChatID, e.Question, e.Verdict, e.Region,
		truncate(persist.Redact(e.Text), maxEventText), helpful}
}

// validEvents rejects events that cannot be stored, before anything is
// written, so that one bad event fails only its own turn.
func validEvents(events []Event) error {
	for _, e := range events {
		if e.Kind == "" {
			return errors.New("event without kind")
		}
		if !persist.KnownKind(e.Kind) {
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
