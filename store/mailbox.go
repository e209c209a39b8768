package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"bujiao/dialog/persist"
)

// The mailbox's types are the contract's (bujiao/dialog/persist).
type (
	Inbound  = persist.Inbound
	Parked   = persist.Parked
	Message  = persist.Message
	Outbound = persist.Outbound
	Backlog  = persist.Backlog
)

var _ persist.InboxClaimer = (*DB)(nil)

// Receive stores entries in the inbox — new ones to apply, parked ones as
// errors — and, if offset > 0, the polling offset, in one transaction: the
// offset moves past an update only once it is stored. An entry whose key is
// stored already (waiting, applied, parked) is ignored, so a redelivery is
// harmless.
func (db *DB) Receive(ctx context.Context, in []Inbound, parked []Parked, offset int64) error {
	_, _, err := db.receive(ctx, in, parked, offset, "", 0)
	return err
}

// ReceiveClaim is Receive that claims for owner, in the same transaction,
// the entries it stores that are due at once and whose chat has no entry
// waiting that owner does not hold (persist.InboxClaimer).
func (db *DB) ReceiveClaim(ctx context.Context, in []Inbound, parked []Parked, offset int64, owner string,
	lease time.Duration) ([]Inbound, int, error) {
	if owner == "" || lease <= 0 {
		return nil, 0, fmt.Errorf("receive updates: an owner and a positive lease are required")
	}
	return db.receive(ctx, in, parked, offset, owner, lease)
}

func (db *DB) receive(ctx context.Context, in []Inbound, parked []Parked, offset int64, owner string,
	lease time.Duration) (claimed []Inbound, left int, err error) {
	if db.readOnly {
		return nil, 0, fmt.Errorf("receive updates: %w", ErrReadOnly)
	}
	rq := &recvReq{in: in, parked: parked, offset: offset, owner: owner, lease: lease}
	if db.writerDone != nil {
		// The writer stores them in the transaction of the turns and
		// removals queued with them (group commit): a transaction of their
		// own was a third of the cost of storing an update.
		if err := db.submit(ctx, &applyReq{ctx: ctx, recv: rq, done: make(chan applyResult, 1)}); err != nil {
			return nil, 0, fmt.Errorf("receive updates: %w", err)
		}
		return rq.claimed, rq.left, nil
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("receive updates: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("receive updates: %w", classify(err))
	}
	defer tx.Rollback()
	if err := db.receiveIn(ctx, tx, st, rq); err != nil {
		return nil, 0, fmt.Errorf("receive updates: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, fmt.Errorf("receive updates: commit: %w", classify(err))
	}
	return rq.claimed, rq.left, nil
}

// recvReq is a Receive (or ReceiveClaim) and, once run, what it claimed
// and how many entries it stored unclaimed.
type recvReq struct {
	in      []Inbound
	parked  []Parked
	offset  int64
	owner   string
	lease   time.Duration
	claimed []Inbound
	left    int
}

// receiveIn stores rq inside tx.
func (db *DB) receiveIn(ctx context.Context, tx *sql.Tx, st *writeStmts, rq *recvReq) error {
	rq.claimed, rq.left = nil, 0
	now := db.now()
	ts := formatTime(now)
	insert := tx.StmtContext(ctx, st.insertInbox)
	var others, insertClaimed *sql.Stmt
	owner := rq.owner
	if owner != "" {
		others, insertClaimed = tx.StmtContext(ctx, st.inboxOthers), tx.StmtContext(ctx, st.insertInboxClaimed)
	}
	until := formatTime(now.Add(rq.lease))
	for _, u := range rq.in {
		if owner != "" && u.DueAt.IsZero() {
			var one int
			err := others.QueryRowContext(ctx, u.ChatID, owner, ts).Scan(&one)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return classify(err)
			}
			if err != nil { // nothing of the chat held by anyone else
				r, err := insertClaimed.ExecContext(ctx, u.Key, u.ChatID, nonNil(u.Payload), ts, owner, until)
				if err != nil {
					return classify(err)
				}
				if n, _ := r.RowsAffected(); n == 1 {
					e := u
					if e.Seq, err = r.LastInsertId(); err != nil {
						return classify(err)
					}
					rq.claimed = append(rq.claimed, e)
				}
				continue
			}
		}
		r, err := insert.ExecContext(ctx, u.Key, u.ChatID, nonNil(u.Payload), "new", "", ts, dueText(u.DueAt))
		if err != nil {
			return classify(err)
		}
		if n, _ := r.RowsAffected(); n == 1 {
			rq.left++
		}
	}
	for _, p := range rq.parked {
		r, err := insert.ExecContext(ctx, p.Key, p.ChatID, nil, "parked", p.Reason, ts, "")
		if err != nil {
			return classify(err)
		}
		if n, _ := r.RowsAffected(); n == 1 {
			if _, err := tx.StmtContext(ctx, st.insertEvent).ExecContext(ctx, ts, persist.EvError, p.ChatID, "", "", "", p.Reason, nil); err != nil {
				return classify(err)
			}
		}
	}
	if rq.offset > 0 {
		if _, err := tx.StmtContext(ctx, st.setMeta).ExecContext(ctx, offsetKey, strconv.FormatInt(rq.offset, 10)); err != nil {
			return fmt.Errorf("offset: %w", classify(err))
		}
	}
	return nil
}

// dueText stores a due time; zero is "at once" (”).
func dueText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

// Settle ends an inbox entry without a turn: reason "" marks it skipped (an
// update the bot does not answer), anything else parks it with that code
// and records an error event. The payload is dropped either way. msgs are
// queued in the same transaction (an apology). An entry already finished
// is left alone, and nothing is queued then.
func (db *DB) Settle(ctx context.Context, seq, chatID int64, reason string, msgs []Message) error {
	if db.readOnly {
		return fmt.Errorf("settle update: %w", ErrReadOnly)
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return fmt.Errorf("settle update: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("settle update: %w", classify(err))
	}
	defer tx.Rollback()
	// "skipped", not "done": done is what a turn applied.
	status := "skipped"
	if reason != "" {
		status = "parked"
	}
	r, err := tx.StmtContext(ctx, st.settleInbox).ExecContext(ctx, status, reason, seq)
	if err != nil {
		return fmt.Errorf("settle update: %w", classify(err))
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return nil
	}
	ts := formatTime(db.now())
	if reason != "" {
		if _, err := tx.StmtContext(ctx, st.insertEvent).ExecContext(ctx, ts, persist.EvError, chatID, "", "", "", reason, nil); err != nil {
			return fmt.Errorf("settle update: %w", classify(err))
		}
	}
	ins := tx.StmtContext(ctx, st.insertOutbox)
	for _, m := range msgs {
		to := m.ChatID
		if to == 0 {
			to = chatID
		}
		if _, err := ins.ExecContext(ctx, to, m.ThreadID, nonNil(m.Payload), ts, m.Background); err != nil {
			return fmt.Errorf("settle update: queue message: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("settle update: commit: %w", classify(err))
	}
	return nil
}

// Scheduled lists chatID's unapplied entries whose key starts with prefix,
// in arrival order.
func (db *DB) Scheduled(ctx context.Context, chatID int64, prefix string) ([]Inbound, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT seq, key, chat_id, payload, due_at FROM inbox
WHERE chat_id = ? AND status = 'new' AND substr(key, 1, ?) = ? ORDER BY seq`, chatID, len(prefix), prefix)
	if err != nil {
		return nil, fmt.Errorf("list scheduled entries: %w", db.readErr(ctx, err))
	}
	defer rows.Close()
	var out []Inbound
	for rows.Next() {
		var (
			e   Inbound
			due string
		)
		if err := rows.Scan(&e.Seq, &e.Key, &e.ChatID, &e.Payload, &due); err != nil {
			return nil, fmt.Errorf("list scheduled entries: %w", err)
		}
		if due != "" {
			if e.DueAt, err = parseTime(due); err != nil {
				return nil, fmt.Errorf("list scheduled entries: %w", err)
			}
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list scheduled entries: %w", db.readErr(ctx, err))
	}
	return out, nil
}

// Sent removes a message from the outbox: delivered, or refused for good
// (reason != "" records an error event with that code). It removes the
// message whoever holds it now; a message already gone is no error. The
// removal goes to the writer and shares the transaction of the turns and
// removals queued with it (group commit): one commit per message was a
// fifth of the store's work per update. Sent returns only after the
// commit that holds the removal.
func (db *DB) Sent(ctx context.Context, id, chatID int64, reason string) error {
	if db.readOnly {
		return fmt.Errorf("remove sent message: %w", ErrReadOnly)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("remove sent message: %w", err)
	}
	sr := &sentReq{id: id, chatID: chatID, reason: reason}
	if db.writerDone != nil {
		if err := db.submit(ctx, &applyReq{ctx: ctx, sent: sr, done: make(chan applyResult, 1)}); err != nil {
			return fmt.Errorf("remove sent message: %w", err)
		}
		return nil
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return fmt.Errorf("remove sent message: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove sent message: %w", classify(err))
	}
	defer tx.Rollback()
	if err := db.sentOne(ctx, &txStmts{ctx: ctx, tx: tx, w: st}, sr); err != nil {
		return fmt.Errorf("remove sent message: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("remove sent message: commit: %w", classify(err))
	}
	return nil
}

// sentOne runs one Sent inside the batch transaction.
func (db *DB) sentOne(ctx context.Context, st *txStmts, s *sentReq) error {
	if _, err := st.deleteOutbox().ExecContext(ctx, s.id); err != nil {
		return fmt.Errorf("delete message: %w", classify(err))
	}
	if s.reason == "" {
		return nil
	}
	if _, err := st.insertEvent().ExecContext(ctx, formatTime(db.now()), persist.EvError, s.chatID, "", "", "", s.reason, nil); err != nil {
		return fmt.Errorf("record error event: %w", classify(err))
	}
	return nil
}

// Block records that chatID blocked the bot: its messages stay in the
// outbox, unsent, until the person writes again (Commit clears the flag).
func (db *DB) Block(ctx context.Context, chatID int64) error {
	if db.readOnly {
		return fmt.Errorf("mark blocked: %w", ErrReadOnly)
	}
	ts := formatTime(db.now())
	if _, err := db.w.ExecContext(ctx, `INSERT INTO conversations (chat_id, state, lang, blocked, created_at, updated_at)
VALUES (?, x'', '', 1, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET blocked = 1`, chatID, ts, ts); err != nil {
		return fmt.Errorf("mark blocked: %w", classify(err))
	}
	return nil
}

// Backlog counts what waits in the inbox and the outbox.
func (db *DB) Backlog(ctx context.Context) (Backlog, error) {
	var b Backlog
	now := formatTime(db.now())
	err := db.r.QueryRowContext(ctx, `SELECT
    count(*) FILTER (WHERE status = 'new' AND due_at <= ?1),
    count(*) FILTER (WHERE status = 'new' AND due_at <= ?1 AND owner <> '' AND lease_until > ?1),
    count(*) FILTER (WHERE status = 'new' AND due_at > ?1),
    count(*) FILTER (WHERE status = 'parked')
FROM inbox`, now).Scan(&b.InboxWaiting, &b.InboxClaimed, &b.InboxScheduled, &b.InboxParked)
	if err != nil {
		return Backlog{}, fmt.Errorf("count inbox: %w", db.readErr(ctx, err))
	}
	err = db.r.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE owner <> '' AND lease_until > ?) FROM outbox`, now).
		Scan(&b.OutboxWaiting, &b.OutboxClaimed)
	if err != nil {
		return Backlog{}, fmt.Errorf("count outbox: %w", db.readErr(ctx, err))
	}
	return b, nil
}

// InboxCounts reports how many entries wait, and how many were parked.
func (db *DB) InboxCounts(ctx context.Context) (waiting, parked int64, err error) {
	b, err := db.Backlog(ctx)
	return b.InboxWaiting + b.InboxScheduled, b.InboxParked, err
}

// OutboxLen counts the messages waiting.
func (db *DB) OutboxLen(ctx context.Context) (int64, error) {
	b, err := db.Backlog(ctx)
	return b.OutboxWaiting, err
}

// Applied reports, for chatID, how many inbox entries are recorded as
// applied and the conversation's version (how many turns were committed).
// Fault tests compare them with what was sent: equal counts mean nothing
// lost and nothing applied twice.
func (db *DB) Applied(ctx context.Context, chatID int64) (updates, version int64, err error) {
	err = db.r.QueryRowContext(ctx, `SELECT
    (SELECT count(*) FROM inbox WHERE chat_id = ? AND status = 'done'),
    coalesce((SELECT version FROM conversations WHERE chat_id = ?), 0)`, chatID, chatID).Scan(&updates, &version)
	if err != nil {
		return 0, 0, fmt.Errorf("count applied updates: %w", db.readErr(ctx, err))
	}
	return updates, version, nil
}

// PeekOutbox lists every queued message in order, without claiming any
// (tests and maintainer tools).
func (db *DB) PeekOutbox(ctx context.Context) ([]Outbound, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, chat_id, thread_id, payload, background FROM outbox ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", db.readErr(ctx, err))
	}
	defer rows.Close()
	var out []Outbound
	for rows.Next() {
		var m Outbound
		if err := rows.Scan(&m.ID, &m.ChatID, &m.ThreadID, &m.Payload, &m.Background); err != nil {
			return nil, fmt.Errorf("read outbox: %w", err)
		}
		out = append(out, m)
	}
	return out, db.readErr(ctx, rows.Err())
}
