package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Errors of Commit. Nothing was written when either is returned.
var (
	// ErrConflict reports that the conversation changed since it was
	// loaded (another turn, a sweep or /forget committed in between): load
	// it again and recompute the turn.
	ErrConflict = errors.New("conversation changed since it was loaded")
	// ErrDuplicate reports that the update was already applied.
	ErrDuplicate = errors.New("update already applied")
)

// Session is a conversation as loaded for a turn computed outside the
// writer. Version is 0 for a chat that has no stored conversation.
type Session struct {
	ChatID  int64
	State   []byte
	Lang    string
	Version int64
	Found   bool
}

// LoadSession reads the conversation of chatID without taking the write
// lock. Found is false for a new chat.
func (db *DB) LoadSession(ctx context.Context, chatID int64) (Session, error) {
	s := Session{ChatID: chatID}
	err := db.r.QueryRowContext(ctx,
		`SELECT state, lang, version FROM conversations WHERE chat_id = ?`, chatID).
		Scan(&s.State, &s.Lang, &s.Version)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Session{ChatID: chatID}, nil
	case err != nil:
		return Session{ChatID: chatID}, fmt.Errorf("load conversation: %w", classify(err))
	}
	// A row without state is one the transport created to mark the chat
	// blocked: for the dialog, a new chat.
	s.Found = len(s.State) > 0
	return s, nil
}

// Commit is everything one turn writes, in one transaction.
type Commit struct {
	ChatID int64
	// UpdateID > 0 is recorded as processed (and its inbox row marked
	// done); a second Commit with it fails with ErrDuplicate.
	UpdateID int64
	// Version is the Session.Version the turn was computed from.
	Version int64
	State   []byte
	Lang    string
	Events  []Event
	// Outbox holds the messages to send, in order (opaque to the store).
	Outbox [][]byte
	// Forget deletes everything stored about the chat first — its
	// conversation, events, processed updates, unsent messages and inbox
	// rows up to this update — and then writes this turn (its new state
	// and reply), so the reply saying so commits with the deletion.
	Forget bool
}

// Commit writes a turn computed from a loaded Session: the new state (with
// a compare-and-swap on the version), the processed update, the events and
// the outgoing messages, all or nothing. It clears the blocked flag: a
// person who writes has unblocked the bot. After a Forget, the WAL is
// checkpointed and truncated before Commit returns.
func (db *DB) Commit(ctx context.Context, c Commit) error {
	if db.readOnly {
		return fmt.Errorf("commit turn: %w", ErrReadOnly)
	}
	if err := validEvents(c.Events); err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	req := &applyReq{ctx: ctx, commit: &c, done: make(chan applyResult, 1)}
	select {
	case db.reqs <- req:
	case <-db.closing:
		return fmt.Errorf("commit turn: %w", errClosed)
	case <-ctx.Done():
		return fmt.Errorf("commit turn: %w", ctx.Err())
	}
	// Once the writer has the request it always answers, so wait for it
	// even if ctx ends: returning early would hide whether the turn was
	// committed.
	res := <-req.done
	return res.err
}

// commitOne runs one Commit inside the batch transaction. Duplicate and
// conflict are answers, not failures of the transaction.
func (db *DB) commitOne(ctx context.Context, st txStmts, r *applyReq) (res applyResult, fatal error) {
	c := r.commit
	if c.UpdateID > 0 {
		var one int
		err := st.checkUpdate.QueryRowContext(ctx, c.ChatID, c.UpdateID).Scan(&one)
		switch {
		case err == nil:
			return applyResult{err: fmt.Errorf("commit turn: %w", ErrDuplicate), own: true}, nil
		case !errors.Is(err, sql.ErrNoRows):
			return res, fmt.Errorf("check update: %w", classify(err))
		}
	}
	var cur int64
	err := st.version.QueryRowContext(ctx, c.ChatID).Scan(&cur)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, fmt.Errorf("read version: %w", classify(err))
	}
	if cur != c.Version {
		return applyResult{err: fmt.Errorf("commit turn: %w", ErrConflict), own: true}, nil
	}
	if c.Forget {
		if err := forgetIn(ctx, st.tx, c.ChatID, c.UpdateID); err != nil {
			return res, err
		}
	}
	now := db.now()
	ts := formatTime(now)
	if _, err := st.upsertVersioned.ExecContext(ctx,
		c.ChatID, nonNil(c.State), c.Lang, c.Version+1, ts, ts); err != nil {
		return res, fmt.Errorf("save conversation: %w", classify(err))
	}
	if c.UpdateID > 0 {
		if _, err := st.markUpdate.ExecContext(ctx, c.ChatID, c.UpdateID, ts); err != nil {
			return res, fmt.Errorf("mark update: %w", classify(err))
		}
		if _, err := st.markInbox.ExecContext(ctx, c.UpdateID); err != nil {
			return res, fmt.Errorf("mark inbox row: %w", classify(err))
		}
	}
	if err := insertEvents(ctx, st.insertEvent, c.ChatID, now, capRows(&db.rowLimit, c.ChatID, now, c.Events)); err != nil {
		return res, err
	}
	for _, m := range c.Outbox {
		if _, err := st.insertOutbox.ExecContext(ctx, c.ChatID, m, ts); err != nil {
			return res, fmt.Errorf("queue message: %w", classify(err))
		}
	}
	return applyResult{applied: true}, nil
}

// forgetIn deletes what is stored about chatID inside tx. Inbox rows after
// updateID stay: the person wrote them after asking to be forgotten.
func forgetIn(ctx context.Context, tx *sql.Tx, chatID, updateID int64) error {
	for _, q := range []string{
		`DELETE FROM conversations WHERE chat_id = ?`,
		`DELETE FROM processed_updates WHERE chat_id = ?`,
		`DELETE FROM events WHERE chat_id = ?`,
		`DELETE FROM outbox WHERE chat_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, chatID); err != nil {
			return fmt.Errorf("forget chat: %w", classify(err))
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM inbox WHERE chat_id = ? AND (update_id < ? OR status <> 'new')`, chatID, updateID); err != nil {
		return fmt.Errorf("forget chat: inbox: %w", classify(err))
	}
	return nil
}

// checkpoint copies the WAL into the database and truncates it, so that
// deleted rows survive in neither file. A reader holding an old snapshot
// makes it incomplete; the next checkpoint finishes the job.
func (db *DB) checkpoint(ctx context.Context) {
	var busy, logFrames, done int
	if err := db.w.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
		return
	}
	if busy != 0 {
		// Readers are short (single statements); try once more.
		db.w.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done)
	}
}
