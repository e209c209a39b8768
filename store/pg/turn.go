package pg

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"bujiao/store"
)

// LoadSession reads the conversation of chatID. Found is false for a new
// chat (or one whose row only marks it blocked).
func (db *DB) LoadSession(ctx context.Context, chatID int64) (store.Session, error) {
	s := store.Session{ChatID: chatID}
	err := db.pool.QueryRow(ctx, `SELECT state, lang, version FROM conversations WHERE chat_id = $1`, chatID).
		Scan(&s.State, &s.Lang, &s.Version)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return store.Session{ChatID: chatID}, nil
	case err != nil:
		return store.Session{ChatID: chatID}, fmt.Errorf("load conversation: %w", db.classify(err))
	}
	s.Found = len(s.State) > 0
	return s, nil
}

// Load returns the conversation of chatID, or an error wrapping
// store.ErrNotFound.
func (db *DB) Load(ctx context.Context, chatID int64) (store.Conversation, error) {
	c := store.Conversation{ChatID: chatID}
	err := db.pool.QueryRow(ctx, `SELECT state, lang, version, blocked, updated_at
FROM conversations WHERE chat_id = $1`, chatID).Scan(&c.State, &c.Lang, &c.Version, &c.Blocked, &c.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Conversation{ChatID: chatID}, fmt.Errorf("load conversation: %w", store.ErrNotFound)
	}
	if err != nil {
		return store.Conversation{ChatID: chatID}, fmt.Errorf("load conversation: %w", db.classify(err))
	}
	c.UpdatedAt = c.UpdatedAt.UTC()
	if c.State == nil {
		c.State = []byte{}
	}
	return c, nil
}

// Commit writes a turn computed from a loaded Session, all or nothing:
// the new state (compare-and-swap on the version, the row locked while the
// turn is written), the applied update, its events and its messages. It
// clears the blocked flag. A duplicate update fails with
// store.ErrDuplicate, a changed conversation with store.ErrConflict.
func (db *DB) Commit(ctx context.Context, c store.Commit) error {
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
	case errors.Is(err, store.ErrDuplicate), errors.Is(err, store.ErrConflict):
		return fmt.Errorf("commit turn: %w", err)
	}
	return fmt.Errorf("commit turn: %w", db.classify(err))
}

func (db *DB) commitIn(ctx context.Context, tx pgx.Tx, c store.Commit) error {
	if c.UpdateID > 0 {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM processed_updates WHERE chat_id = $1 AND update_id = $2`, c.ChatID, c.UpdateID).Scan(&one)
		switch {
		case err == nil:
			return store.ErrDuplicate
		case !errors.Is(err, pgx.ErrNoRows):
			return fmt.Errorf("check update: %w", err)
		}
	}
	// FOR UPDATE: a concurrent turn on the chat waits here, then reads the
	// version this one wrote and reports a conflict.
	var cur int64
	err := tx.QueryRow(ctx, `SELECT version FROM conversations WHERE chat_id = $1 FOR UPDATE`, c.ChatID).Scan(&cur)
	exists := err == nil
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("read version: %w", err)
	}
	if cur != c.Version {
		return store.ErrConflict
	}
	if c.Forget {
		if err := forgetIn(ctx, tx, c.ChatID, c.UpdateID); err != nil {
			return err
		}
		exists = false
	}
	now := db.now()
	state := nonNil(c.State)
	if exists {
		if _, err := tx.Exec(ctx, `UPDATE conversations SET state = $2, lang = $3, blocked = false,
    version = $4, updated_at = $5 WHERE chat_id = $1`, c.ChatID, state, c.Lang, c.Version+1, now); err != nil {
			return fmt.Errorf("save conversation: %w", err)
		}
	} else {
		// No row to lock: a turn on the same new chat committing first
		// makes this insert do nothing, which is the conflict.
		tag, err := tx.Exec(ctx, `INSERT INTO conversations (chat_id, state, lang, blocked, version, created_at, updated_at)
VALUES ($1, $2, $3, false, $4, $5, $5) ON CONFLICT (chat_id) DO NOTHING`, c.ChatID, state, c.Lang, c.Version+1, now)
		if err != nil {
			return fmt.Errorf("save conversation: %w", err)
		}
		if tag.RowsAffected() == 0 {
			return store.ErrConflict
		}
	}
	if c.UpdateID > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO processed_updates (chat_id, update_id, processed_at) VALUES ($1, $2, $3)`,
			c.ChatID, c.UpdateID, now); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) && pe.Code == "23505" {
				return store.ErrDuplicate
			}
			return fmt.Errorf("mark update: %w", err)
		}
		if _, err := tx.Exec(ctx, `UPDATE inbox SET status = 'done', payload = NULL WHERE update_id = $1`, c.UpdateID); err != nil {
			return fmt.Errorf("mark inbox row: %w", err)
		}
	}
	if err := insertEvents(ctx, tx, c.ChatID, now, c.Events); err != nil {
		return err
	}
	for _, m := range c.Outbox {
		if _, err := tx.Exec(ctx, `INSERT INTO outbox (chat_id, payload, created_at) VALUES ($1, $2, $3)`, c.ChatID, m, now); err != nil {
			return fmt.Errorf("queue message: %w", err)
		}
	}
	return nil
}

// forgetIn deletes what is stored about chatID inside tx. Inbox rows after
// updateID stay: the person wrote them after asking to be forgotten.
func forgetIn(ctx context.Context, tx pgx.Tx, chatID, updateID int64) error {
	for _, q := range []string{
		`DELETE FROM conversations WHERE chat_id = $1`,
		`DELETE FROM processed_updates WHERE chat_id = $1`,
		`DELETE FROM events WHERE chat_id = $1`,
		`DELETE FROM outbox WHERE chat_id = $1`,
	} {
		if _, err := tx.Exec(ctx, q, chatID); err != nil {
			return fmt.Errorf("forget chat: %w", err)
		}
	}
	if _, err := tx.Exec(ctx, `DELETE FROM inbox WHERE chat_id = $1 AND (update_id < $2 OR status <> 'new')`, chatID, updateID); err != nil {
		return fmt.Errorf("forget chat: inbox: %w", err)
	}
	return nil
}

// Forget deletes everything stored about chatID (for maintainers and
// tests; a chat's own /forget goes through Commit). What PostgreSQL keeps
// after a delete — dead tuples until vacuum, WAL, backups, replicas — is
// described in the README's "Data and privacy".
func (db *DB) Forget(ctx context.Context, chatID int64) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if err := forgetIn(ctx, tx, chatID, 1<<62); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM inbox WHERE chat_id = $1`, chatID)
		return err
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

func insertEvents(ctx context.Context, tx pgx.Tx, chatID int64, now time.Time, events []store.Event) error {
	for _, e := range events {
		if e.ChatID == 0 {
			e.ChatID = chatID
		}
		at := e.At
		if at.IsZero() {
			at = now
		}
		if _, err := tx.Exec(ctx, insertEventSQL, at.UTC(), e.Kind, e.ChatID, e.Question, e.Verdict, e.Region,
			truncate(store.Redact(e.Text), maxEventText), e.Helpful); err != nil {
			return fmt.Errorf("insert event: %w", err)
		}
	}
	return nil
}

// Record stores events that happen outside a turn, in one transaction.
func (db *DB) Record(ctx context.Context, events ...store.Event) error {
	if len(events) == 0 {
		return nil
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

func validEvents(events []store.Event) error {
	for _, e := range events {
		if e.Kind == "" {
			return errors.New("event without kind")
		}
		known := false
		for _, k := range store.EventKinds {
			known = known || k == e.Kind
		}
		if !known {
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
