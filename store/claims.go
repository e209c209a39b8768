package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Claims: a row is handed to one owner for a lease. The rules (see
// persist.Mailbox): a row is claimable when nobody holds it or its lease
// lapsed; rows of one chat go in order, never past a row of the chat that
// another owner holds under a live lease. Rows the claimant already holds
// under a live lease are not returned again: it is working on them.
//
// Entries due at once (updates) are handed out before scheduled ones
// (reminders): a morning burst of due reminders never keeps a person's
// message waiting for a claim (issue 23).
//
// Rows can also be claimed as they are written (ReceiveClaim for updates,
// Commit.Claim for a turn's replies), under the same rules: only when the
// chat has nothing waiting that the claimant does not hold, so the
// claimant never reads its own rows back and a chat's order holds.
//
// Every claim is one short IMMEDIATE transaction on the write connection:
// a select of the candidates, then an update of each by its key, both
// prepared. Two processes on one file serialise on SQLite's write lock, so
// they never both take a row.

// The entries due at once and the scheduled ones are claimed by two
// queries, each walking the open entries in seq order and stopping at its
// limit: one query ordering both kinds had to read and sort every due
// entry on every claim (a thousand reminders due made each claim of a
// person's message read them all, holding the write lock meanwhile).
const claimInboxWhere = `FROM inbox i
WHERE i.status = 'new' AND %s AND (i.owner = '' OR i.lease_until <= ?1)
  AND NOT EXISTS (SELECT 1 FROM inbox p WHERE p.chat_id = i.chat_id AND p.status = 'new' AND p.seq < i.seq
                  AND p.owner <> '' AND p.owner <> ?2 AND p.lease_until > ?1)
ORDER BY i.seq LIMIT ?3`

var (
	claimInboxNowSQL = `SELECT i.seq, i.key, i.chat_id, i.payload, i.owner ` + fmt.Sprintf(claimInboxWhere, `i.due_at = ''`)
	claimInboxDueSQL = `SELECT i.seq, i.key, i.chat_id, i.payload, i.owner ` +
		fmt.Sprintf(claimInboxWhere, `i.due_at <> '' AND i.due_at <= ?1`)
)

const claimOutboxSQL = `SELECT o.id, o.chat_id, o.thread_id, o.payload, o.owner, o.background FROM outbox o
WHERE (o.owner = '' OR o.lease_until <= ?1)
  AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.chat_id = o.chat_id AND c.blocked)
  AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.id < o.id
                  AND p.owner <> '' AND p.owner <> ?2 AND p.lease_until > ?1)
ORDER BY o.background, o.id LIMIT ?3`

const (
	takeInbox   = `UPDATE inbox SET owner = ?, lease_until = ? WHERE seq = ?`
	takeOutbox  = `UPDATE outbox SET owner = ?, lease_until = ? WHERE id = ?`
	renewInbox  = `UPDATE inbox SET owner = ?, lease_until = ? WHERE seq = ? AND owner = ? AND status = 'new'`
	renewOutbox = `UPDATE outbox SET owner = ?, lease_until = ? WHERE id = ? AND owner = ?`
)

// ClaimInbox claims up to limit due entries for owner, for lease.
func (db *DB) ClaimInbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]Inbound, error) {
	return db.claimInbox(ctx, owner, lease, limit, -1)
}

// ClaimInboxCapped is ClaimInbox taking at most scheduled of the entries
// scheduled for a time (reminders), whatever room limit leaves: a bot that
// answers reminders in a lane of their own claims only what that lane can
// take, instead of claiming a burst and giving most of it back (two long
// write transactions on every pass, in the way of people's messages).
func (db *DB) ClaimInboxCapped(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]Inbound, error) {
	return db.claimInbox(ctx, owner, lease, limit, max(scheduled, 0))
}

func (db *DB) claimInbox(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]Inbound, error) {
	if db.readOnly {
		return nil, fmt.Errorf("claim inbox: %w", ErrReadOnly)
	}
	if owner == "" || limit <= 0 {
		return nil, fmt.Errorf("claim inbox: an owner and a positive limit are required")
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", classify(err))
	}
	defer tx.Rollback()
	now := db.now()
	out, err := db.claimCandidates(ctx, tx.StmtContext(ctx, st.claimInbox), now, owner, limit, nil)
	if err != nil {
		return nil, err
	}
	if more := limit - len(out); more > 0 && scheduled != 0 {
		if scheduled > 0 {
			more = min(more, scheduled)
		}
		if out, err = db.claimCandidates(ctx, tx.StmtContext(ctx, st.claimInboxDue), now, owner, more, out); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	until := formatTime(now.Add(lease))
	take := tx.StmtContext(ctx, st.takeInbox)
	for _, e := range out {
		if _, err := take.ExecContext(ctx, owner, until, e.Seq); err != nil {
			return nil, fmt.Errorf("claim inbox: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim inbox: commit: %w", classify(err))
	}
	return out, nil
}

// claimCandidates appends to out the entries stmt selects.
func (db *DB) claimCandidates(ctx context.Context, stmt *sql.Stmt, now time.Time, owner string, limit int, out []Inbound) ([]Inbound, error) {
	rows, err := stmt.QueryContext(ctx, formatTime(now), owner, limit)
	if err != nil {
		return nil, fmt.Errorf("claim inbox: %w", db.readErr(ctx, err))
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e    Inbound
			prev string
		)
		if err := rows.Scan(&e.Seq, &e.Key, &e.ChatID, &e.Payload, &prev); err != nil {
			return nil, fmt.Errorf("claim inbox: %w", db.readErr(ctx, err))
		}
		e.TakenOver = prev != "" && prev != owner
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim inbox: %w", db.readErr(ctx, err))
	}
	return out, nil
}

// ClaimOutbox claims up to limit messages for owner, for lease, leaving out
// chats that blocked the bot.
func (db *DB) ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]Outbound, error) {
	if db.readOnly {
		return nil, fmt.Errorf("claim outbox: %w", ErrReadOnly)
	}
	if owner == "" || limit <= 0 {
		return nil, fmt.Errorf("claim outbox: an owner and a positive limit are required")
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", classify(err))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", classify(err))
	}
	defer tx.Rollback()
	now := db.now()
	rows, err := tx.StmtContext(ctx, st.claimOutbox).QueryContext(ctx, formatTime(now), owner, limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", db.readErr(ctx, err))
	}
	var out []Outbound
	for rows.Next() {
		var (
			m    Outbound
			prev string
		)
		if err := rows.Scan(&m.ID, &m.ChatID, &m.ThreadID, &m.Payload, &prev, &m.Background); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim outbox: %w", db.readErr(ctx, err))
		}
		m.TakenOver = prev != "" && prev != owner
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, fmt.Errorf("claim outbox: %w", db.readErr(ctx, err))
	}
	rows.Close()
	if len(out) == 0 {
		return nil, nil
	}
	until := formatTime(now.Add(lease))
	take := tx.StmtContext(ctx, st.takeOutbox)
	for _, m := range out {
		if _, err := take.ExecContext(ctx, owner, until, m.ID); err != nil {
			return nil, fmt.Errorf("claim outbox: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim outbox: commit: %w", classify(err))
	}
	return out, nil
}

// RenewInbox extends owner's lease on entries (lease <= 0 gives them back)
// and returns the seqs owner no longer holds.
func (db *DB) RenewInbox(ctx context.Context, owner string, lease time.Duration, seqs []int64) ([]int64, error) {
	return db.renew(ctx, "renew inbox claims", true, owner, lease, seqs)
}

// RenewOutbox extends owner's lease on messages (lease <= 0 gives them
// back) and returns the ids owner no longer holds.
func (db *DB) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	return db.renew(ctx, "renew outbox claims", false, owner, lease, ids)
}

func (db *DB) renew(ctx context.Context, what string, inbox bool, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if db.readOnly {
		return nil, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	st, err := db.writeStatements(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, classify(err))
	}
	stmt := st.renewOutbox
	if inbox {
		stmt = st.renewInbox
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, classify(err))
	}
	defer tx.Rollback()
	newOwner, until := owner, formatTime(db.now().Add(lease))
	if lease <= 0 {
		newOwner, until = "", ""
	}
	s := tx.StmtContext(ctx, stmt)
	var lost []int64
	for _, id := range ids {
		r, err := s.ExecContext(ctx, newOwner, until, id, owner)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, classify(err))
		}
		if n, _ := r.RowsAffected(); n == 0 {
			lost = append(lost, id)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", what, classify(err))
	}
	return lost, nil
}

// Release gives back every row owner holds, in both queues.
func (db *DB) Release(ctx context.Context, owner string) error {
	if db.readOnly {
		return fmt.Errorf("release claims: %w", ErrReadOnly)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("release claims: %w", classify(err))
	}
	defer tx.Rollback()
	for _, q := range []string{
		`UPDATE inbox SET owner = '', lease_until = '' WHERE owner = ? AND status = 'new'`,
		`UPDATE outbox SET owner = '', lease_until = '' WHERE owner = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, owner); err != nil {
			return fmt.Errorf("release claims: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("release claims: commit: %w", classify(err))
	}
	return nil
}
