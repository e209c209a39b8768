package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Conversation is the stored state of one chat.
type Conversation struct {
	ChatID int64
	// State is the dialog engine's opaque encoding; the store never looks
	// inside, so undecodable bytes come back exactly as stored.
	State []byte
	Lang  string
	// Pending is a reply the transport could not deliver yet, or nil.
	Pending []byte
	// Blocked reports that the user blocked the bot.
	Blocked   bool
	UpdatedAt time.Time
}

// Turn is what one applied update writes.
type Turn struct {
	State []byte
	Lang  string
	// Pending replaces the stored pending reply; nil clears it.
	Pending []byte
	// Events are recorded in the same transaction. A zero ChatID means the
	// turn's chat, a zero At means DB.Now().
	Events []Event
}

const selectConversation = `SELECT state, lang, pending_reply, blocked, updated_at
FROM conversations WHERE chat_id = ?`

// rowQuerier is a prepared statement (*sql.Stmt) or bound query.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, args ...any) *sql.Row
}

// boundQuery adapts a pool or transaction to rowQuerier for one query.
type boundQuery struct {
	q     querier
	query string
}

func (b boundQuery) QueryRowContext(ctx context.Context, args ...any) *sql.Row {
	return b.q.QueryRowContext(ctx, b.query, args...)
}

func loadConversation(ctx context.Context, q rowQuerier, chatID int64) (Conversation, error) {
	c := Conversation{ChatID: chatID}
	var updated string
	err := q.QueryRowContext(ctx, chatID).
		Scan(&c.State, &c.Lang, &c.Pending, &c.Blocked, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return Conversation{ChatID: chatID}, ErrNotFound
	}
	if err != nil {
		return Conversation{ChatID: chatID}, classify(err)
	}
	if c.UpdatedAt, err = parseTime(updated); err != nil {
		return Conversation{ChatID: chatID}, err
	}
	return c, nil
}

// Load returns the conversation of chatID, or an error wrapping ErrNotFound.
func (db *DB) Load(ctx context.Context, chatID int64) (Conversation, error) {
	c, err := loadConversation(ctx, boundQuery{db.r, selectConversation}, chatID)
	if err != nil {
		return c, fmt.Errorf("load conversation: %w", err)
	}
	return c, nil
}

// nonNil makes an empty state a zero-length blob rather than NULL, so that
// "saved an empty state" and "no state" stay distinguishable for the engine.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ClearPending removes the pending reply of chatID after it was delivered.
// It is a no-op for an unknown chat.
func (db *DB) ClearPending(ctx context.Context, chatID int64) error {
	if _, err := db.w.ExecContext(ctx,
		`UPDATE conversations SET pending_reply = NULL WHERE chat_id = ?`, chatID); err != nil {
		return fmt.Errorf("clear pending reply: %w", classify(err))
	}
	return nil
}

// MarkBlocked records whether the user blocked the bot. Apply leaves the flag
// alone, so the transport clears it (blocked=false) when a message gets
// through again. It is a no-op for an unknown chat.
func (db *DB) MarkBlocked(ctx context.Context, chatID int64, blocked bool) error {
	if _, err := db.w.ExecContext(ctx,
		`UPDATE conversations SET blocked = ? WHERE chat_id = ?`, blocked, chatID); err != nil {
		return fmt.Errorf("mark blocked: %w", classify(err))
	}
	return nil
}

// PendingChats lists chats that have an undelivered reply and have not
// blocked the bot, so that a restarted transport can retry them.
func (db *DB) PendingChats(ctx context.Context) ([]int64, error) {
	rows, err := db.r.QueryContext(ctx,
		`SELECT chat_id FROM conversations WHERE pending_reply IS NOT NULL AND blocked = 0 ORDER BY chat_id`)
	if err != nil {
		return nil, fmt.Errorf("list pending replies: %w", classify(err))
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list pending replies: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list pending replies: %w", classify(err))
	}
	return ids, nil
}

// Forget deletes everything stored about chatID: its conversation, its
// processed-update records, its events, its unsent messages and its inbox
// rows, and checkpoints the WAL so that none of it stays in the files.
// Other chats are untouched. (A chat's own /forget goes through Commit, in
// the turn's transaction; this is for maintainers and tests.)
func (db *DB) Forget(ctx context.Context, chatID int64) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("forget chat: %w", classify(err))
	}
	defer tx.Rollback()
	if err := forgetIn(ctx, tx, chatID, 1<<62); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM inbox WHERE chat_id = ?`, chatID); err != nil {
		return fmt.Errorf("forget chat: inbox: %w", classify(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("forget chat: commit: %w", classify(err))
	}
	db.checkpoint(ctx)
	return nil
}

const offsetKey = "telegram_offset"

// Offset returns the saved Telegram polling offset, or 0 if none was saved.
func (db *DB) Offset(ctx context.Context) (int64, error) {
	var s string
	err := db.r.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, offsetKey).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read offset: %w", classify(err))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("read offset: bad stored value %q: %w", s, err)
	}
	return n, nil
}

// SetOffset saves the Telegram polling offset.
func (db *DB) SetOffset(ctx context.Context, offset int64) error {
	if _, err := db.w.ExecContext(ctx,
		`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		offsetKey, strconv.FormatInt(offset, 10)); err != nil {
		return fmt.Errorf("save offset: %w", classify(err))
	}
	return nil
}
