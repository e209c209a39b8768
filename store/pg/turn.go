package pg

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// Load reads the conversation of chatID. Found is false for a new chat (or
// one whose row only marks it blocked: its state is NULL); an empty state
// is a state.
func (db *DB) Load(ctx context.Context, chatID int64) (persist.Session, error) {
	var s persist.Session
	err := db.pool.QueryRow(ctx, `SELECT state, lang, version, state IS NOT NULL FROM conversations WHERE chat_id = $1`, chatID).
		Scan(&s.State, &s.Lang, &s.Version, &s.Found)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return persist.Session{}, nil
	case err != nil:
		return persist.Session{}, fmt.Errorf("load conversation: %w", db.classify(err))
	}
	if s.Found && s.State == nil {
		s.State = []byte{}
	}
	return s, nil
}

// Commit writes a turn, all or nothing: the new state (compare-and-swap on
// the version, the row locked FOR UPDATE while the turn is written), the
// inbox entry it applies, its events, its messages and its scheduled and
// cancelled entries. It clears the blocked flag.
func (db *DB) Commit(ctx context.Context, c persist.Commit) error {
	if db.readOnly {
		return fmt.Errorf("commit turn: %w", store.ErrReadOnly)
	}
	if err := validEvents(c.Events); err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error { return db.commitIn(ctx, tx, c) })
	switch {
	case err == nil:
		return nil
	case errors.Is(err, persist.ErrDuplicate), errors.Is(err, persist.ErrConflict):
		return fmt.Errorf("commit turn: %w", err)
	}
	return fmt.Errorf("commit turn: %w", db.classify(err))
}

func (db *DB) commitIn(ctx context.Context, tx pgx.Tx, c persist.Commit) error {
	// One round trip for both checks. The row locks (FOR UPDATE) make a
	// second Commit of the entry wait and then see it applied, and a
	// concurrent turn on the chat wait and then see the version this one
	// wrote.
	// The third count is the chat's events in the last hour, for the
	// per-chat bound (a script posting as fast as Telegram allows must not
	// fill the disk); the chat's row lock serialises it with the chat's
	// other turns.
	now := db.now()
	var status *string
	var cur *int64
	var recent int
	err := tx.QueryRow(ctx, `SELECT
    (SELECT status FROM inbox WHERE seq = $1 FOR UPDATE),
    (SELECT version FROM conversations WHERE chat_id = $2 FOR UPDATE),
    (SELECT count(*) FROM events WHERE chat_id = $2 AND at > $3 AND $4)`,
		c.Entry, c.ChatID, now.Add(-time.Hour), len(c.Events) > 0 && db.rowLimit > 0).Scan(&status, &cur, &recent)
	if err != nil {
		return fmt.Errorf("check turn: %w", err)
	}
	if c.Entry > 0 {
		switch {
		case status == nil:
			return fmt.Errorf("inbox entry %d is gone: %w", c.Entry, persist.ErrDuplicate)
		case *status != "new":
			return persist.ErrDuplicate
		}
	}
	exists := cur != nil
	if exists && *cur != c.Version || !exists && c.Version != 0 {
		return persist.ErrConflict
	}
	state := nonNil(c.State)
	events := c.Events
	if db.rowLimit > 0 && c.ChatID != 0 && len(events) > db.rowLimit-recent {
		events = events[:max(db.rowLimit-recent, 0)]
	}
	// The writes go in one batch: one round trip however many events and
	// messages the turn has.
	var bt pgx.Batch
	if c.Forget {
		forgetBatch(&bt, c.ChatID, c.Entry)
		exists = false
	}
	var saved *pgconn.CommandTag
	if exists {
		bt.Queue(`UPDATE conversations SET state = $2, lang = $3, blocked = false,
    version = $4, updated_at = $5 WHERE chat_id = $1`, c.ChatID, state, c.Lang, c.Version+1, now)
	} else {
		// No row to lock: a turn on the same new chat committing first
		// makes this insert do nothing, which is the conflict.
		bt.Queue(`INSERT INTO conversations (chat_id, state, lang, blocked, version, created_at, updated_at)
VALUES ($1, $2, $3, false, $4, $5, $5) ON CONFLICT (chat_id) DO NOTHING`, c.ChatID, state, c.Lang, c.Version+1, now).
			Exec(func(tag pgconn.CommandTag) error { saved = &tag; return nil })
	}
	if c.Entry > 0 {
		// The payload goes as soon as the entry is applied: it is what the
		// person wrote; the key stays to refuse a redelivery.
		bt.Queue(`UPDATE inbox SET status = 'done', payload = NULL, finished_at = $2,
    owner = NULL, lease_until = NULL WHERE seq = $1`, c.Entry, now)
	}
	queueEvents(&bt, c.ChatID, now, events)
	queueMessages(&bt, c.ChatID, now, c.Outbox)
	queueEntries(&bt, now, c.Schedule)
	if len(c.Cancel) > 0 {
		bt.Queue(`DELETE FROM inbox WHERE chat_id = $1 AND status = 'new' AND key = ANY($2)`, c.ChatID, c.Cancel)
	}
	if err := tx.SendBatch(ctx, &bt).Close(); err != nil {
		return fmt.Errorf("write turn: %w", err)
	}
	if saved != nil && saved.RowsAffected() == 0 {
		return persist.ErrConflict
	}
	return nil
}

func queueEvents(bt *pgx.Batch, chatID int64, now time.Time, events []persist.Event) {
	for _, e := range events {
		if e.ChatID == 0 {
			e.ChatID = chatID
		}
		at := e.At
		if at.IsZero() {
			at = now
		}
		bt.Queue(insertEventSQL, at.UTC(), string(e.Kind), e.ChatID, e.Question, e.Verdict, e.Region,
			truncate(persist.Redact(e.Text), maxEventText), e.Helpful)
	}
}

func queueMessages(bt *pgx.Batch, chatID int64, now time.Time, msgs []persist.Message) {
	for _, m := range msgs {
		to := m.ChatID
		if to == 0 {
			to = chatID
		}
		bt.Queue(`INSERT INTO outbox (chat_id, thread_id, payload, created_at, background) VALUES ($1, $2, $3, $4, $5)`,
			to, m.ThreadID, nonNil(m.Payload), now, m.Background)
	}
}

func queueEntries(bt *pgx.Batch, now time.Time, in []persist.Inbound) {
	for _, u := range in {
		var due *time.Time
		if !u.DueAt.IsZero() {
			d := u.DueAt.UTC()
			due = &d
		}
		bt.Queue(`INSERT INTO inbox (key, chat_id, payload, status, error, received_at, due_at)
VALUES ($1, $2, $3, 'new', '', $4, $5) ON CONFLICT (key) DO NOTHING`, u.Key, u.ChatID, nonNil(u.Payload), now, due)
	}
}

// forgetBatch queues the deletes of what is stored about chatID. Entries
// after entry stay (the person wrote them after asking to be forgotten),
// except scheduled ones (reminders), which go.
func forgetBatch(bt *pgx.Batch, chatID, entry int64) {
	bt.Queue(`DELETE FROM conversations WHERE chat_id = $1`, chatID)
	bt.Queue(`DELETE FROM events WHERE chat_id = $1`, chatID)
	bt.Queue(`DELETE FROM outbox WHERE chat_id = $1`, chatID)
	bt.Queue(`DELETE FROM inbox WHERE chat_id = $1 AND seq <> $2
    AND (seq < $2 OR status <> 'new' OR due_at IS NOT NULL)`, chatID, entry)
}

func insertMessages(ctx context.Context, tx pgx.Tx, chatID int64, now time.Time, msgs []persist.Message) error {
	for _, m := range msgs {
		to := m.ChatID
		if to == 0 {
			to = chatID
		}
		if _, err := tx.Exec(ctx, `INSERT INTO outbox (chat_id, thread_id, payload, created_at, background) VALUES ($1, $2, $3, $4, $5)`,
			to, m.ThreadID, nonNil(m.Payload), now, m.Background); err != nil {
			return fmt.Errorf("queue message: %w", err)
		}
	}
	return nil
}

// Forget deletes everything stored about chatID (for maintainers and
// tests; a chat's own /forget goes through Commit). What PostgreSQL keeps
// after a delete — dead tuples until vacuum, WAL, backups, replicas — is
// described in the README's "Data and privacy".
func (db *DB) Forget(ctx context.Context, chatID int64) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		var bt pgx.Batch
		forgetBatch(&bt, chatID, 0)
		bt.Queue(`DELETE FROM inbox WHERE chat_id = $1`, chatID)
		return tx.SendBatch(ctx, &bt).Close()
	})
	if err != nil {
		return fmt.Errorf("forget chat: %w", db.classify(err))
	}
	return nil
}

const insertEventSQL = `INSERT INTO events (at, kind, chat_id, question, verdict, region, text, helpful)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`

// maxEventText bounds stored event text, as in package store.
const maxEventText = 500

func insertEvents(ctx context.Context, tx pgx.Tx, chatID int64, now time.Time, events []persist.Event) error {
	for _, e := range events {
		if e.ChatID == 0 {
			e.ChatID = chatID
		}
		at := e.At
		if at.IsZero() {
			at = now
		}
		if _, err := tx.Exec(ctx, insertEventSQL, at.UTC(), string(e.Kind), e.ChatID, e.Question, e.Verdict, e.Region,
			truncate(persist.Redact(e.Text), maxEventText), e.Helpful); err != nil {
			return fmt.Errorf("insert event: %w", err)
		}
	}
	return nil
}

func errorEvent(ctx context.Context, tx pgx.Tx, now time.Time, chatID int64, code string) error {
	_, err := tx.Exec(ctx, insertEventSQL, now, string(persist.EvError), chatID, "", "", "", code, nil)
	return err
}

// Record stores events that happen outside a turn, in one transaction.
func (db *DB) Record(ctx context.Context, events ...persist.Event) error {
	if len(events) == 0 {
		return nil
	}
	if db.readOnly {
		return fmt.Errorf("record events: %w", store.ErrReadOnly)
	}
	if err := validEvents(events); err != nil {
		return fmt.Errorf("record events: %w", err)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error { return insertEvents(ctx, tx, 0, db.now(), events) })
	if err != nil {
		return fmt.Errorf("record events: %w", db.classify(err))
	}
	return nil
}

func validEvents(events []persist.Event) error {
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

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// nonNil keeps "saved an empty state" distinct from "no state".
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
