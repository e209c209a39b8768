package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Conversation is the stored state of one chat, as maintainers and tests
// see it; turns go through Load and Commit.
type Conversation struct {
	ChatID int64
	// State is the dialog engine's opaque encoding; the store never looks
	// inside, so undecodable bytes come back exactly as stored.
	State []byte
	Lang  string
	// Version counts the turns committed (the compare-and-swap counter).
	Version int64
	// Blocked reports that the user blocked the bot.
	Blocked   bool
	UpdatedAt time.Time
}

// Conversation returns the conversation of chatID, or an error wrapping
// ErrNotFound.
func (db *DB) Conversation(ctx context.Context, chatID int64) (Conversation, error) {
	c := Conversation{ChatID: chatID}
	var updated string
	err := db.r.QueryRowContext(ctx, `SELECT state, lang, version, blocked, updated_at
FROM conversations WHERE chat_id = ?`, chatID).Scan(&c.State, &c.Lang, &c.Version, &c.Blocked, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return Conversation{ChatID: chatID}, fmt.Errorf("load conversation: %w", ErrNotFound)
	}
	if err != nil {
		return Conversation{ChatID: chatID}, fmt.Errorf("load conversation: %w", classify(err))
	}
	if c.UpdatedAt, err = parseTime(updated); err != nil {
		return Conversation{ChatID: chatID}, fmt.Errorf("load conversation: %w", err)
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

// Forget deletes everything stored about chatID: its conversation, its
// events, its unsent messages and its inbox entries (applied, waiting and
// scheduled), and checkpoints the WAL so that none of it stays in the files.
// Other chats are untouched. (A chat's own /forget goes through Commit, in
// the turn's transaction; this is for maintainers and tests.)
func (db *DB) Forget(ctx context.Context, chatID int64) error {
	db.sessions.drop(chatID) // not kept in memory either
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("forget chat: %w", classify(err))
	}
	defer tx.Rollback()
	if err := forgetIn(ctx, tx, chatID, 0); err != nil {
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
	if _, err := db.w.ExecContext(ctx, setMeta,
		offsetKey, strconv.FormatInt(offset, 10)); err != nil {
		return fmt.Errorf("save offset: %w", classify(err))
	}
	return nil
}
