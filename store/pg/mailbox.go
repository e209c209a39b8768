package pg

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/store"
)

const offsetKey = "telegram_offset"

// Receive stores updates in the inbox — new ones to apply, parked ones as
// errors — and, if offset > 0, the polling offset, in one transaction. An
// update already in the inbox, or already applied, is ignored.
func (db *DB) Receive(ctx context.Context, in []store.Inbound, parked []store.Parked, offset int64) error {
	if db.readOnly {
		return fmt.Errorf("receive updates: %w", store.ErrReadOnly)
	}
	const insert = `INSERT INTO inbox (update_id, chat_id, payload, status, error, received_at)
SELECT $1, $2, $3, $4, $5, $6
WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE chat_id = $2 AND update_id = $1)
ON CONFLICT (update_id) DO NOTHING`
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		now := db.now()
		for _, u := range in {
			if _, err := tx.Exec(ctx, insert, u.UpdateID, u.ChatID, nonNil(u.Payload), "new", "", now); err != nil {
				return err
			}
		}
		for _, p := range parked {
			tag, err := tx.Exec(ctx, insert, p.UpdateID, p.ChatID, nil, "parked", p.Reason, now)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 1 {
				if _, err := tx.Exec(ctx, insertEventSQL, now, store.EventError, p.ChatID, "", "", "", p.Reason, nil); err != nil {
					return err
				}
			}
		}
		if offset > 0 {
			return setOffset(ctx, tx, offset)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("receive updates: %w", db.classify(err))
	}
	return nil
}

func setOffset(ctx context.Context, tx pgx.Tx, offset int64) error {
	_, err := tx.Exec(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`, offsetKey, strconv.FormatInt(offset, 10))
	return err
}

// Inbox returns up to limit updates not yet applied, oldest first.
func (db *DB) Inbox(ctx context.Context, limit int) ([]store.Inbound, error) {
	rows, err := db.pool.Query(ctx, `SELECT update_id, chat_id, payload FROM inbox WHERE status = 'new' ORDER BY update_id LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("read inbox: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Inbound, error) {
		var u store.Inbound
		err := r.Scan(&u.UpdateID, &u.ChatID, &u.Payload)
		return u, err
	})
	if err != nil {
		return nil, fmt.Errorf("read inbox: %w", db.classify(err))
	}
	return out, nil
}

// Settle ends an inbox row without a turn: reason "" marks it done,
// anything else parks it with that code and records an error event. msgs
// are queued for the chat in the same transaction.
func (db *DB) Settle(ctx context.Context, updateID, chatID int64, reason string, msgs [][]byte) error {
	status := "done"
	if reason != "" {
		status = "parked"
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		now := db.now()
		tag, err := tx.Exec(ctx, `UPDATE inbox SET status = $1, error = $2, payload = NULL WHERE update_id = $3 AND status = 'new'`,
			status, reason, updateID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 1 && reason != "" {
			if _, err := tx.Exec(ctx, insertEventSQL, now, store.EventError, chatID, "", "", "", reason, nil); err != nil {
				return err
			}
		}
		for _, m := range msgs {
			if _, err := tx.Exec(ctx, `INSERT INTO outbox (chat_id, payload, created_at) VALUES ($1, $2, $3)`, chatID, m, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("settle update: %w", db.classify(err))
	}
	return nil
}

// InboxCounts reports how many updates wait, and how many were parked.
func (db *DB) InboxCounts(ctx context.Context) (waiting, parked int64, err error) {
	err = db.pool.QueryRow(ctx,
		`SELECT count(*) FILTER (WHERE status = 'new'), count(*) FILTER (WHERE status = 'parked') FROM inbox`).
		Scan(&waiting, &parked)
	if err != nil {
		return 0, 0, fmt.Errorf("count inbox: %w", db.classify(err))
	}
	return waiting, parked, nil
}

// Outbox returns up to limit messages to send, oldest first, leaving out
// chats that blocked the bot.
func (db *DB) Outbox(ctx context.Context, limit int) ([]store.Outbound, error) {
	rows, err := db.pool.Query(ctx, `SELECT o.id, o.chat_id, o.payload FROM outbox o
WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.chat_id = o.chat_id AND c.blocked)
ORDER BY o.id LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Outbound, error) {
		var m store.Outbound
		err := r.Scan(&m.ID, &m.ChatID, &m.Payload)
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", db.classify(err))
	}
	return out, nil
}

// Sent removes a message from the outbox: delivered, or refused for good
// (reason != "" records an error event with that code).
func (db *DB) Sent(ctx context.Context, id, chatID int64, reason string) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM outbox WHERE id = $1`, id); err != nil {
			return err
		}
		if reason != "" {
			_, err := tx.Exec(ctx, insertEventSQL, db.now(), store.EventError, chatID, "", "", "", reason, nil)
			return err
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remove sent message: %w", db.classify(err))
	}
	return nil
}

// Block records that chatID blocked the bot: its messages stay in the
// outbox, unsent, until the person writes again.
func (db *DB) Block(ctx context.Context, chatID int64) error {
	now := db.now()
	if _, err := db.pool.Exec(ctx, `INSERT INTO conversations (chat_id, state, lang, blocked, created_at, updated_at)
VALUES ($1, '', '', true, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET blocked = true`, chatID, now); err != nil {
		return fmt.Errorf("mark blocked: %w", db.classify(err))
	}
	return nil
}

// OutboxLen counts the messages waiting.
func (db *DB) OutboxLen(ctx context.Context) (int64, error) {
	var n int64
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM outbox`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count outbox: %w", db.classify(err))
	}
	return n, nil
}

// Applied reports, for chatID, how many updates are recorded as applied
// and the conversation's version.
func (db *DB) Applied(ctx context.Context, chatID int64) (updates, version int64, err error) {
	err = db.pool.QueryRow(ctx, `SELECT
    (SELECT count(*) FROM processed_updates WHERE chat_id = $1),
    coalesce((SELECT version FROM conversations WHERE chat_id = $1), 0)`, chatID).Scan(&updates, &version)
	if err != nil {
		return 0, 0, fmt.Errorf("count applied updates: %w", db.classify(err))
	}
	return updates, version, nil
}

// Offset returns the saved Telegram polling offset, or 0.
func (db *DB) Offset(ctx context.Context) (int64, error) {
	var s string
	err := db.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, offsetKey).Scan(&s)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read offset: %w", db.classify(err))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("read offset: bad stored value %q: %w", s, err)
	}
	return n, nil
}

// SetOffset saves the Telegram polling offset.
func (db *DB) SetOffset(ctx context.Context, offset int64) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error { return setOffset(ctx, tx, offset) })
	if err != nil {
		return fmt.Errorf("save offset: %w", db.classify(err))
	}
	return nil
}

// Bounds of a shared case, as in package store.
const (
	maxCaseToken = 64
	maxCaseData  = 16 << 10
)

// PutCase stores a shared case under token until expires.
func (db *DB) PutCase(ctx context.Context, token string, data []byte, expires time.Time) error {
	if db.readOnly {
		return fmt.Errorf("store shared case: %w", store.ErrReadOnly)
	}
	if token == "" || len(token) > maxCaseToken || len(data) == 0 || len(data) > maxCaseData {
		return store.ErrBadCase
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO shared_cases (token, data, created_at, expires_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (token) DO UPDATE SET data = excluded.data, created_at = excluded.created_at, expires_at = excluded.expires_at`,
		token, data, db.now(), expires.UTC())
	if err != nil {
		return fmt.Errorf("store shared case: %w", db.classify(err))
	}
	return nil
}

// GetCase returns the case stored under token, if it has not expired at
// now.
func (db *DB) GetCase(ctx context.Context, token string, now time.Time) (data []byte, found bool, err error) {
	if token == "" || len(token) > maxCaseToken {
		return nil, false, nil
	}
	err = db.pool.QueryRow(ctx, `SELECT data FROM shared_cases WHERE token = $1 AND expires_at > $2`, token, now.UTC()).Scan(&data)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("read shared case: %w", db.classify(err))
	}
	return data, true, nil
}
