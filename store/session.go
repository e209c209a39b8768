package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"bujiao/dialog/persist"
)

// Errors of Commit (the contract's). Nothing was written when either is
// returned.
var (
	ErrConflict  = persist.ErrConflict
	ErrDuplicate = persist.ErrDuplicate
)

// The turn's types are the contract's.
type (
	Session = persist.Session
	Commit  = persist.Commit
)

// Load reads the conversation of chatID without taking the write lock.
// Found is false for a new chat. A conversation this process committed is
// served as it committed it, without a read (sessioncache.go): a turn
// computed from it commits only if the row still holds exactly that.
func (db *DB) Load(ctx context.Context, chatID int64) (Session, error) {
	if c, ok := db.sessions.get(chatID); ok {
		return Session{State: c.state, Lang: c.lang, Version: c.version, Found: len(c.state) > 0}, nil
	}
	var s Session
	load, err := db.loadStatement(ctx)
	if err != nil {
		return Session{}, fmt.Errorf("load conversation: %w", db.readErr(ctx, err))
	}
	err = load.QueryRowContext(ctx, chatID).Scan(&s.State, &s.Lang, &s.Version)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Session{}, nil
	case err != nil:
		return Session{}, fmt.Errorf("load conversation: %w", db.readErr(ctx, err))
	}
	// A row without state is one the transport created to mark the chat
	// blocked: for the dialog, a new chat.
	s.Found = len(s.State) > 0
	return s, nil
}

// Commit writes a turn computed from a loaded Session: the new state (with
// a compare-and-swap on the version), the inbox entry it applies, the
// events, the outgoing messages and the entries it schedules or cancels,
// all or nothing. It clears the blocked flag: a person who writes has
// unblocked the bot. After a Forget, the WAL is checkpointed and truncated
// before Commit returns.
func (db *DB) Commit(ctx context.Context, c Commit) error {
	if db.readOnly {
		return fmt.Errorf("commit turn: %w", ErrReadOnly)
	}
	if err := validEvents(c.Events); err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	if err := ctx.Err(); err != nil {
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
	if res.err == nil && c.Claim != nil && res.claim != nil {
		c.Claim.Done, c.Claim.Claimed, c.Claim.Left = true, res.claim.claimed, res.claim.left
	}
	return res.err
}

// commitOne runs one Commit inside the batch transaction. Duplicate and
// conflict are answers, not failures of the transaction.
func (db *DB) commitOne(ctx context.Context, st *txStmts, r *applyReq) (res applyResult, fatal error) {
	c := r.commit
	var (
		status sql.NullString
		cur    int64
		same   bool
		state  any // nil: compare nothing
		lang   any
	)
	// If the turn may have been computed from the cache, the row must
	// still hold what the cache gave it (sessioncache.go).
	cached, fromCache := db.sessions.get(c.ChatID)
	fromCache = fromCache && cached.version == c.Version
	if fromCache {
		state, lang = cached.state, cached.lang
	}
	if err := st.turnCheck().QueryRowContext(ctx, max(c.Entry, 0), c.ChatID, state, lang).Scan(&status, &cur, &same); err != nil {
		return res, fmt.Errorf("check entry and version: %w", classify(err))
	}
	if c.Entry > 0 && status.String != "new" {
		return applyResult{err: fmt.Errorf("commit turn: %w", ErrDuplicate), own: true}, nil
	}
	if cur != c.Version || fromCache && !same {
		db.sessions.drop(c.ChatID)
		return applyResult{err: fmt.Errorf("commit turn: %w", ErrConflict), own: true}, nil
	}
	if c.Forget {
		if err := forgetIn(ctx, st.tx, c.ChatID, c.Entry); err != nil {
			return res, err
		}
	}
	now := db.now()
	ts := formatTime(now)
	if _, err := st.upsertVersioned().ExecContext(ctx,
		c.ChatID, nonNil(c.State), c.Lang, c.Version+1, ts, ts); err != nil {
		return res, fmt.Errorf("save conversation: %w", classify(err))
	}
	if c.Entry > 0 {
		if _, err := st.markEntry().ExecContext(ctx, c.Entry); err != nil {
			return res, fmt.Errorf("mark entry applied: %w", classify(err))
		}
	}
	if err := insertEvents(ctx, st.insertEvent, st.insertEventPair, c.ChatID, now, capRows(&db.rowLimit, c.ChatID, now, c.Events)); err != nil {
		return res, err
	}
	claim, err := db.claimable(ctx, st, c, ts)
	if err != nil {
		return res, err
	}
	for _, m := range c.Outbox {
		to := m.ChatID
		if to == 0 {
			to = c.ChatID
		}
		if claim != nil && claim.allowed && to == c.ChatID && !m.Background {
			r, err := st.insertClaimed().ExecContext(ctx, to, m.ThreadID, nonNil(m.Payload), ts, c.Claim.Owner,
				formatTime(now.Add(c.Claim.Lease)))
			if err != nil {
				return res, fmt.Errorf("queue message: %w", classify(err))
			}
			id, err := r.LastInsertId()
			if err != nil {
				return res, fmt.Errorf("queue message: %w", classify(err))
			}
			claim.claimed = append(claim.claimed, Outbound{ID: id, ChatID: to, ThreadID: m.ThreadID, Payload: m.Payload})
			continue
		}
		if claim != nil {
			claim.left++
		}
		if _, err := st.insertOutbox().ExecContext(ctx, to, m.ThreadID, nonNil(m.Payload), ts, m.Background); err != nil {
			return res, fmt.Errorf("queue message: %w", classify(err))
		}
	}
	res.claim = claim
	for _, k := range c.Cancel {
		if _, err := st.cancelEntry().ExecContext(ctx, c.ChatID, k); err != nil {
			return res, fmt.Errorf("cancel entry: %w", classify(err))
		}
	}
	for _, e := range c.Schedule {
		chat := e.ChatID
		if chat == 0 {
			chat = c.ChatID
		}
		if _, err := st.insertInbox().ExecContext(ctx, e.Key, chat, nonNil(e.Payload), "new", "", ts, dueText(e.DueAt)); err != nil {
			return res, fmt.Errorf("schedule entry: %w", classify(err))
		}
	}
	res.applied = true
	return res, nil
}

// claimable says whether a turn's replies may be claimed as they are
// queued (Commit.Claim): only if the chat has no message queued that the
// claimant does not hold under a live lease, so that nothing of the chat
// is claimed, or sent, out of order. nil: no claim asked; a result not
// allowed: the messages are queued unclaimed (and counted), to be claimed
// as usual.
func (db *DB) claimable(ctx context.Context, st *txStmts, c *Commit, ts string) (*claimResult, error) {
	switch {
	case c.Claim == nil || c.Claim.Owner == "" || c.Claim.Lease <= 0:
		return nil, nil
	case len(c.Outbox) == 0:
		return &claimResult{}, nil
	}
	var one int
	err := st.outboxOthers().QueryRowContext(ctx, c.ChatID, c.Claim.Owner, ts).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return &claimResult{allowed: true}, nil
	case err != nil:
		return nil, fmt.Errorf("queue message: %w", classify(err))
	}
	return &claimResult{}, nil
}

// forgetIn deletes what is stored about chatID inside tx. Inbox entries
// that arrived after entry stay: the person wrote them after asking to be
// forgotten. The entry itself stays as applied (so it cannot apply again).
func forgetIn(ctx context.Context, tx *sql.Tx, chatID, entry int64) error {
	for _, q := range []string{
		`DELETE FROM conversations WHERE chat_id = ?`,
		`DELETE FROM events WHERE chat_id = ?`,
		`DELETE FROM outbox WHERE chat_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, chatID); err != nil {
			return fmt.Errorf("forget chat: %w", classify(err))
		}
	}
	if entry <= 0 {
		entry = 1 << 62
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM inbox WHERE chat_id = ? AND seq <> ? AND (seq < ? OR status <> 'new' OR due_at <> '')`,
		chatID, entry, entry); err != nil {
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
