package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
)

// defaultMaxBatch bounds how many queued turns share one transaction.
const defaultMaxBatch = 64

// errClosed is returned by Commit after Close.
var errClosed = errors.New("store is closed")

// applyReq is one Commit, or one Sent, handed to the writer.
type applyReq struct {
	ctx    context.Context
	commit *Commit
	// sent, if set instead of commit, removes a message from the outbox
	// (Sent), and recv stores updates (Receive): they share the batch's
	// transaction rather than paying for a commit of their own.
	sent *sentReq
	recv *recvReq
	done chan applyResult // buffered: the writer never blocks on it
}

// submit hands a Sent or a Receive to the writer and waits for the commit
// that holds it. Once the writer has the request it always answers, so
// the wait goes on even if ctx ends (see Commit).
func (db *DB) submit(ctx context.Context, req *applyReq) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case db.reqs <- req:
	case <-db.closing:
		return errClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	return (<-req.done).err
}

// sentReq is a Sent: the message id, its chat and the reason ("" for
// delivered).
type sentReq struct {
	id, chatID int64
	reason     string
}

type applyResult struct {
	applied bool
	err     error
	// own marks err as the turn's own answer (duplicate, conflict): it
	// does not depend on the transaction, so it stands even if the batch
	// is later rolled back.
	own bool
	// claim is what the turn's messages claimed at once (Commit.Claim),
	// handed to the caller only once the batch committed.
	claim *claimResult
}

type claimResult struct {
	allowed bool
	claimed []Outbound
	left    int
}

// writer is the single goroutine that writes turns, with group commit:
// the turns queued while a transaction runs share the next one, so
// concurrent chats do not each pay for a commit. Each turn still sees the
// effects of the turns before it, and its caller is answered only after
// the commit that contains it.
func (db *DB) writer() {
	defer close(db.writerDone)
	var carry []*applyReq
	for {
		batch := carry
		carry = nil
		if len(batch) == 0 {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			case <-db.closing:
				return
			}
		}
		if db.maxBatch > 1 {
			// Let callers just answered by the previous commit queue their
			// next turns, so that they join this batch.
			runtime.Gosched()
		}
	fill:
		for len(batch) < db.maxBatch {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			default:
				break fill
			}
		}
		carry = db.runBatch(batch)
	}
}

// runBatch executes batch in one transaction and answers every request in
// it, except those after a statement failure, which it returns to be run in
// the next batch. If the shared transaction fails (busy, disk full, …)
// every turn in it fails and nothing of them is written.
func (db *DB) runBatch(batch []*applyReq) (carry []*applyReq) {
	live := batch[:0:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.done <- applyResult{err: fmt.Errorf("commit turn: %w", err)}
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return nil
	}
	failAll := func(err error) {
		for _, r := range live {
			r.done <- applyResult{err: err}
		}
	}
	// The transaction is not tied to any one caller's context: one caller
	// giving up must not roll back the others' turns.
	ctx := context.Background()
	st, err := db.writeStatements(ctx)
	if err != nil {
		failAll(fmt.Errorf("commit turn: %w", classify(err)))
		return nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		failAll(fmt.Errorf("commit turn: begin: %w", classify(err)))
		return nil
	}
	db.batches.Add(1)
	stmts := &txStmts{ctx: ctx, tx: tx, w: st}

	results := make([]applyResult, len(live))
	forgot := false
	for i, r := range live {
		var (
			res   applyResult
			fatal error
		)
		switch {
		case r.sent != nil:
			fatal = db.sentOne(ctx, stmts, r.sent)
		case r.recv != nil:
			fatal = db.receiveIn(ctx, tx, st, r.recv)
		default:
			res, fatal = db.commitOne(ctx, stmts, r)
			forgot = forgot || r.commit.Forget
		}
		if fatal != nil {
			tx.Rollback()
			// Earlier turns in the batch were rolled back with it.
			for j := range i {
				if !results[j].own {
					results[j] = applyResult{err: fmt.Errorf("commit turn: shared transaction rolled back: %w", fatal)}
				}
				live[j].done <- results[j]
			}
			r.done <- applyResult{err: fmt.Errorf("commit turn: %w", fatal)}
			return live[i+1:]
		}
		results[i] = res
	}
	if err := tx.Commit(); err != nil {
		err = fmt.Errorf("commit turn: commit: %w", classify(err))
		for i := range results {
			if !results[i].own {
				results[i] = applyResult{err: err}
			}
		}
	} else {
		// What the turns committed is what their chats' next turns load.
		for i, r := range live {
			if c := r.commit; c != nil && results[i].applied {
				db.sessions.put(c.ChatID, cachedSession{state: nonNil(c.State), lang: c.Lang, version: c.Version + 1})
			}
		}
		if forgot {
			// The deleted rows were zeroed in the database pages
			// (secure_delete), but the WAL still holds earlier copies of
			// those pages: copy the WAL back and truncate it before anyone
			// is told the data is gone.
			db.checkpoint(ctx)
		}
	}
	for i, r := range live {
		r.done <- results[i]
	}
	return nil
}

// Transactions is how many transactions the writer has run (turns,
// removals and stored updates sharing them): for the load test and
// benchmarks.
func (db *DB) Transactions() int64 { return db.batches.Load() }

// txStmts are the writer's statements in one transaction, each bound to
// it (tx.StmtContext) when first used: a batch of stored updates uses none
// of them, a turn's commit about half, and every binding costs database/sql
// allocations (a Stmt and its dependency entries).
type txStmts struct {
	ctx context.Context
	tx  *sql.Tx
	w   *writeStmts
	// Bound so far, by the writer's statement.
	bound [txStmtCount]*sql.Stmt
}

// The statements txStmts binds.
const (
	stTurnCheck = iota
	stUpsertVersioned
	stInsertOutbox
	stMarkEntry
	stInsertEvent
	stInsertEventPair
	stInsertInbox
	stCancelEntry
	stOutboxOthers
	stInsertClaimed
	stDeleteOutbox
	txStmtCount
)

func (t *txStmts) bind(i int, base *sql.Stmt) *sql.Stmt {
	if t.bound[i] == nil {
		t.bound[i] = t.tx.StmtContext(t.ctx, base)
	}
	return t.bound[i]
}

func (t *txStmts) turnCheck() *sql.Stmt       { return t.bind(stTurnCheck, t.w.turnCheck) }
func (t *txStmts) upsertVersioned() *sql.Stmt { return t.bind(stUpsertVersioned, t.w.upsertVersioned) }
func (t *txStmts) insertOutbox() *sql.Stmt    { return t.bind(stInsertOutbox, t.w.insertOutbox) }
func (t *txStmts) markEntry() *sql.Stmt       { return t.bind(stMarkEntry, t.w.markEntry) }
func (t *txStmts) insertEvent() *sql.Stmt     { return t.bind(stInsertEvent, t.w.insertEvent) }
func (t *txStmts) insertEventPair() *sql.Stmt { return t.bind(stInsertEventPair, t.w.insertEventPair) }
func (t *txStmts) insertInbox() *sql.Stmt     { return t.bind(stInsertInbox, t.w.insertInbox) }
func (t *txStmts) cancelEntry() *sql.Stmt     { return t.bind(stCancelEntry, t.w.cancelEntry) }
func (t *txStmts) outboxOthers() *sql.Stmt    { return t.bind(stOutboxOthers, t.w.outboxOthers) }
func (t *txStmts) insertClaimed() *sql.Stmt   { return t.bind(stInsertClaimed, t.w.insertOutboxClaimed) }
func (t *txStmts) deleteOutbox() *sql.Stmt    { return t.bind(stDeleteOutbox, t.w.deleteOutbox) }
