package store

import (
	"context"
	"database/sql"
	"fmt"
)

// writeStmts are the statements of the hot path, prepared once on the write
// connection: parsing SQL was a third of the cost of a turn, and the
// mailbox's statements another tenth of an update's CPU.
type writeStmts struct {
	turnCheck, markEntry, insertEvent               *sql.Stmt
	claimInboxDue                                   *sql.Stmt
	upsertVersioned, insertOutbox                   *sql.Stmt
	insertInbox, settleInbox, setMeta, deleteOutbox *sql.Stmt
	claimInbox, claimOutbox, takeInbox, takeOutbox  *sql.Stmt
	renewInbox, renewOutbox, cancelEntry            *sql.Stmt
	outboxOthers, insertOutboxClaimed               *sql.Stmt
	inboxOthers, insertInboxClaimed                 *sql.Stmt
	insertEventPair                                 *sql.Stmt
}

const (
	// What a turn checks first, in one statement: its entry's status (an
	// entry is applied while its row says 'new'; any other status, or no
	// row — swept, forgotten, or no entry asked, ?1 = 0 — means there is
	// nothing to apply) and the conversation's version (0: none yet).
	// The third column says whether the row holds exactly state ?3 and
	// language ?4 (a session served from the cache, sessioncache.go).
	turnCheck = `SELECT (SELECT status FROM inbox WHERE seq = ?1),
    coalesce((SELECT version FROM conversations WHERE chat_id = ?2), 0),
    coalesce((SELECT state = ?3 AND lang = ?4 FROM conversations WHERE chat_id = ?2), 0)`
	// The payload goes as soon as the entry is applied: it is what the
	// person wrote, and only the key and the outcome are needed after.
	markEntry = `UPDATE inbox SET status = 'done', payload = NULL, owner = '', lease_until = '' WHERE seq = ?`

	upsertVersioned = `INSERT INTO conversations
    (chat_id, state, lang, blocked, version, created_at, updated_at)
VALUES (?, ?, ?, 0, ?, ?, ?)
ON CONFLICT (chat_id) DO UPDATE SET
    state = excluded.state,
    lang = excluded.lang,
    blocked = 0,
    version = excluded.version,
    updated_at = excluded.updated_at`
	insertOutbox = `INSERT INTO outbox (chat_id, thread_id, payload, created_at, background) VALUES (?, ?, ?, ?, ?)`
	// A turn's replies are claimed as they are queued (Commit.Claim) only
	// if every message of the chat already queued is the claimant's under
	// a live lease: the new ones then go after them, in order, from the
	// same process.
	outboxOthers        = `SELECT 1 FROM outbox WHERE chat_id = ?1 AND (owner <> ?2 OR lease_until <= ?3) LIMIT 1`
	insertOutboxClaimed = `INSERT INTO outbox (chat_id, thread_id, payload, created_at, background, owner, lease_until)
VALUES (?, ?, ?, ?, 0, ?, ?)`

	// An update is claimed as it is stored (ReceiveClaim) only if every
	// entry of its chat waiting is the claimant's under a live lease.
	inboxOthers        = `SELECT 1 FROM inbox WHERE chat_id = ?1 AND status = 'new' AND (owner <> ?2 OR lease_until <= ?3) LIMIT 1`
	insertInboxClaimed = `INSERT INTO inbox (key, chat_id, payload, status, error, received_at, due_at, owner, lease_until)
VALUES (?, ?, ?, 'new', '', ?, '', ?, ?) ON CONFLICT (key) DO NOTHING`
	insertInbox = `INSERT INTO inbox (key, chat_id, payload, status, error, received_at, due_at)
VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`
	settleInbox = `UPDATE inbox SET status = ?, error = ?, payload = NULL, owner = '', lease_until = ''
WHERE seq = ? AND status = 'new'`
	setMeta      = `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`
	deleteOutbox = `DELETE FROM outbox WHERE id = ?`
	cancelEntry  = `DELETE FROM inbox WHERE chat_id = ? AND key = ? AND status = 'new'`
)

// writeStatements prepares the hot-path statements on first use. It must be
// called outside a write transaction: with one write connection, preparing
// inside one would wait for the connection the transaction holds.
func (db *DB) writeStatements(ctx context.Context) (*writeStmts, error) {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	if db.stmts != nil {
		return db.stmts, nil
	}
	var st writeStmts
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&st.turnCheck, turnCheck},
		{&st.markEntry, markEntry},
		{&st.insertEvent, insertEvent},
		{&st.insertEventPair, insertEventPair},
		{&st.upsertVersioned, upsertVersioned},
		{&st.insertOutbox, insertOutbox},
		{&st.insertInbox, insertInbox},
		{&st.settleInbox, settleInbox},
		{&st.setMeta, setMeta},
		{&st.deleteOutbox, deleteOutbox},
		{&st.claimInbox, claimInboxNowSQL},
		{&st.claimInboxDue, claimInboxDueSQL},
		{&st.claimOutbox, claimOutboxSQL},
		{&st.takeInbox, takeInbox},
		{&st.takeOutbox, takeOutbox},
		{&st.renewInbox, renewInbox},
		{&st.renewOutbox, renewOutbox},
		{&st.cancelEntry, cancelEntry},
		{&st.outboxOthers, outboxOthers},
		{&st.insertOutboxClaimed, insertOutboxClaimed},
		{&st.inboxOthers, inboxOthers},
		{&st.insertInboxClaimed, insertInboxClaimed},
	} {
		s, err := db.w.PrepareContext(ctx, p.query)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = s
	}
	db.stmts = &st
	return db.stmts, nil
}

func (st *writeStmts) close() {
	for _, s := range st.all() {
		if s != nil {
			s.Close()
		}
	}
}

func (st *writeStmts) all() []*sql.Stmt {
	return []*sql.Stmt{st.turnCheck, st.markEntry, st.insertEvent, st.claimInboxDue, st.upsertVersioned, st.insertOutbox,
		st.insertInbox, st.settleInbox, st.setMeta, st.deleteOutbox, st.claimInbox, st.claimOutbox, st.takeInbox,
		st.takeOutbox, st.renewInbox, st.renewOutbox, st.cancelEntry, st.outboxOthers, st.insertOutboxClaimed,
		st.inboxOthers, st.insertInboxClaimed, st.insertEventPair}
}

// loadSQL reads a conversation for a turn: once per update, on the read
// pool, so prepared once (database/sql prepares it again on each pooled
// connection as needed) rather than parsed for every turn.
const loadSQL = `SELECT state, lang, version FROM conversations WHERE chat_id = ?`

func (db *DB) loadStatement(ctx context.Context) (*sql.Stmt, error) {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	if db.load != nil {
		return db.load, nil
	}
	s, err := db.r.PrepareContext(ctx, loadSQL)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	db.load = s
	return s, nil
}
