package store

import (
	"context"
	"database/sql"
	"fmt"
)

// writeStmts are the statements of the hot path, prepared once on the write
// connection: parsing SQL was a third of the cost of a turn.
type writeStmts struct {
	checkUpdate, markUpdate, insertEvent              *sql.Stmt
	version, upsertVersioned, markInbox, insertOutbox *sql.Stmt
}

const (
	checkUpdate = `SELECT 1 FROM processed_updates WHERE chat_id = ? AND update_id = ?`
	markUpdate  = `INSERT INTO processed_updates (chat_id, update_id, processed_at) VALUES (?, ?, ?)`

	selectVersion   = `SELECT version FROM conversations WHERE chat_id = ?`
	upsertVersioned = `INSERT INTO conversations
    (chat_id, state, lang, pending_reply, blocked, version, created_at, updated_at)
VALUES (?, ?, ?, NULL, 0, ?, ?, ?)
ON CONFLICT (chat_id) DO UPDATE SET
    state = excluded.state,
    lang = excluded.lang,
    pending_reply = NULL,
    blocked = 0,
    version = excluded.version,
    updated_at = excluded.updated_at`
	// The payload goes as soon as the update is applied: it is what the
	// person wrote, and only the ids and the outcome are needed after.
	markInbox    = `UPDATE inbox SET status = 'done', payload = NULL WHERE update_id = ?`
	insertOutbox = `INSERT INTO outbox (chat_id, payload, created_at) VALUES (?, ?, ?)`
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
		{&st.checkUpdate, checkUpdate},
		{&st.markUpdate, markUpdate},
		{&st.insertEvent, insertEvent},
		{&st.version, selectVersion},
		{&st.upsertVersioned, upsertVersioned},
		{&st.markInbox, markInbox},
		{&st.insertOutbox, insertOutbox},
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
	for _, s := range []*sql.Stmt{st.checkUpdate, st.markUpdate, st.insertEvent,
		st.version, st.upsertVersioned, st.markInbox, st.insertOutbox} {
		if s != nil {
			s.Close()
		}
	}
}
