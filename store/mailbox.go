package store

import (
	"context"
	"fmt"
	"strconv"
)

// Inbound is one update in the inbox.
type Inbound struct {
	UpdateID int64
	ChatID   int64
	// Payload is the update as the transport stored it; nil once applied.
	Payload []byte
}

// Parked is an update that cannot be applied (it does not decode): it is
// kept with its error code only, and counted as an error event.
type Parked struct {
	UpdateID int64
	ChatID   int64
	// Reason is a short code, never the person's text.
	Reason string
}

// Receive stores updates in the inbox — new ones to apply, parked ones as
// errors — and, if offset > 0, the polling offset, in one transaction: the
// offset moves past an update only once it is stored. An update already in
// the inbox, or already applied, is ignored, so a redelivery is harmless.
func (db *DB) Receive(ctx context.Context, in []Inbound, parked []Parked, offset int64) error {
	if db.readOnly {
		return fmt.Errorf("receive updates: %w", ErrReadOnly)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("receive updates: %w", classify(err))
	}
	defer tx.Rollback()
	ts := formatTime(db.now())
	const insert = `INSERT INTO inbox (update_id, chat_id, payload, status, error, received_at)
SELECT ?, ?, ?, ?, ?, ?
WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE chat_id = ? AND update_id = ?)
ON CONFLICT (update_id) DO NOTHING`
	for _, u := range in {
		if _, err := tx.ExecContext(ctx, insert, u.UpdateID, u.ChatID, nonNil(u.Payload), "new", "", ts, u.ChatID, u.UpdateID); err != nil {
			return fmt.Errorf("receive updates: %w", classify(err))
		}
	}
	for _, p := range parked {
		r, err := tx.ExecContext(ctx, insert, p.UpdateID, p.ChatID, nil, "parked", p.Reason, ts, p.ChatID, p.UpdateID)
		if err != nil {
			return fmt.Errorf("receive updates: %w", classify(err))
		}
		if n, _ := r.RowsAffected(); n == 1 {
			if _, err := tx.ExecContext(ctx, insertEvent, ts, EventError, p.ChatID, "", "", "", p.Reason, nil); err != nil {
				return fmt.Errorf("receive updates: %w", classify(err))
			}
		}
	}
	if offset > 0 {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
			offsetKey, strconv.FormatInt(offset, 10)); err != nil {
			return fmt.Errorf("receive updates: offset: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("receive updates: commit: %w", classify(err))
	}
	return nil
}

// Inbox returns up to limit updates not yet applied, oldest first.
func (db *DB) Inbox(ctx context.Context, limit int) ([]Inbound, error) {
	rows, err := db.r.QueryContext(ctx,
		`SELECT update_id, chat_id, payload FROM inbox WHERE status = 'new' ORDER BY update_id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("read inbox: %w", classify(err))
	}
	defer rows.Close()
	var out []Inbound
	for rows.Next() {
		var u Inbound
		if err := rows.Scan(&u.UpdateID, &u.ChatID, &u.Payload); err != nil {
			return nil, fmt.Errorf("read inbox: %w", err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read inbox: %w", classify(err))
	}
	return out, nil
}

// Settle ends an inbox row without a turn: reason "" marks it done (an
// update the bot does not answer), anything else parks it with that code
// and records an error event. The payload is dropped either way. msgs are
// queued for the chat in the same transaction (an apology).
func (db *DB) Settle(ctx context.Context, updateID, chatID int64, reason string, msgs [][]byte) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("settle update: %w", classify(err))
	}
	defer tx.Rollback()
	status := "done"
	if reason != "" {
		status = "parked"
	}
	r, err := tx.ExecContext(ctx, `UPDATE inbox SET status = ?, error = ?, payload = NULL WHERE update_id = ? AND status = 'new'`,
		status, reason, updateID)
	if err != nil {
		return fmt.Errorf("settle update: %w", classify(err))
	}
	if n, _ := r.RowsAffected(); n == 1 && reason != "" {
		if _, err := tx.ExecContext(ctx, insertEvent, formatTime(db.now()), EventError, chatID, "", "", "", reason, nil); err != nil {
			return fmt.Errorf("settle update: %w", classify(err))
		}
	}
	for _, m := range msgs {
		if _, err := tx.ExecContext(ctx, insertOutbox, chatID, m, formatTime(db.now())); err != nil {
			return fmt.Errorf("settle update: queue message: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("settle update: commit: %w", classify(err))
	}
	return nil
}

// InboxCounts reports how many updates wait, and how many were parked.
func (db *DB) InboxCounts(ctx context.Context) (waiting, parked int64, err error) {
	err = db.r.QueryRowContext(ctx,
		`SELECT count(*) FILTER (WHERE status = 'new'), count(*) FILTER (WHERE status = 'parked') FROM inbox`).
		Scan(&waiting, &parked)
	if err != nil {
		return 0, 0, fmt.Errorf("count inbox: %w", classify(err))
	}
	return waiting, parked, nil
}

// Outbound is one message waiting in the outbox.
type Outbound struct {
	ID      int64
	ChatID  int64
	Payload []byte
}

// Outbox returns up to limit messages to send, oldest first, leaving out
// chats that blocked the bot.
func (db *DB) Outbox(ctx context.Context, limit int) ([]Outbound, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT o.id, o.chat_id, o.payload FROM outbox o
WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.chat_id = o.chat_id AND c.blocked)
ORDER BY o.id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", classify(err))
	}
	defer rows.Close()
	var out []Outbound
	for rows.Next() {
		var m Outbound
		if err := rows.Scan(&m.ID, &m.ChatID, &m.Payload); err != nil {
			return nil, fmt.Errorf("read outbox: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read outbox: %w", classify(err))
	}
	return out, nil
}

// Sent removes a message from the outbox: delivered, or refused for good
// (reason != "" records an error event with that code).
func (db *DB) Sent(ctx context.Context, id, chatID int64, reason string) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove sent message: %w", classify(err))
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE id = ?`, id); err != nil {
		return fmt.Errorf("remove sent message: %w", classify(err))
	}
	if reason != "" {
		if _, err := tx.ExecContext(ctx, insertEvent, formatTime(db.now()), EventError, chatID, "", "", "", reason, nil); err != nil {
			return fmt.Errorf("remove sent message: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("remove sent message: commit: %w", classify(err))
	}
	return nil
}

// Block records that chatID blocked the bot: its messages stay in the
// outbox, unsent, until the person writes again (Commit clears the flag).
func (db *DB) Block(ctx context.Context, chatID int64) error {
	ts := formatTime(db.now())
	if _, err := db.w.ExecContext(ctx, `INSERT INTO conversations (chat_id, state, lang, blocked, created_at, updated_at)
VALUES (?, x'', '', 1, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET blocked = 1`, chatID, ts, ts); err != nil {
		return fmt.Errorf("mark blocked: %w", classify(err))
	}
	return nil
}

// OutboxLen counts the messages waiting.
func (db *DB) OutboxLen(ctx context.Context) (int64, error) {
	var n int64
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM outbox`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count outbox: %w", classify(err))
	}
	return n, nil
}

// Applied reports, for chatID, how many updates are recorded as applied
// and the conversation's version (how many turns were committed). Fault
// tests compare them with what was sent: equal counts mean nothing lost
// and nothing applied twice.
func (db *DB) Applied(ctx context.Context, chatID int64) (updates, version int64, err error) {
	err = db.r.QueryRowContext(ctx, `SELECT
    (SELECT count(*) FROM processed_updates WHERE chat_id = ?),
    coalesce((SELECT version FROM conversations WHERE chat_id = ?), 0)`, chatID, chatID).Scan(&updates, &version)
	if err != nil {
		return 0, 0, fmt.Errorf("count applied updates: %w", classify(err))
	}
	return updates, version, nil
}
