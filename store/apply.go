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

// errClosed is returned by Apply after Close.
var errClosed = errors.New("store is closed")

type applyReq struct {
	ctx              context.Context
	chatID, updateID int64
	fn               func(c Conversation, found bool) (Turn, error)
	// commit, if set, replaces fn: a turn computed outside the writer.
	commit *Commit
	done   chan applyResult // buffered: the writer never blocks on it
}

type applyResult struct {
	applied bool
	err     error
	// fnErr marks err as fn's own: it does not depend on the transaction,
	// so it stands even if the batch is later rolled back.
	fnErr    bool
	panicked bool
	panicVal any
}

// Apply runs one conversation turn exactly once per (chatID, updateID).
//
// In one write transaction it checks whether the update was already
// processed — if so it returns applied=false without calling fn — otherwise
// loads the conversation, calls fn with it (found=false and a zero
// Conversation for a new chat), and saves the returned Turn together with
// the processed-update record and the turn's events. Either all of that is
// committed or none of it.
//
// updateID <= 0 means the turn has no update id (terminal chat): it is always
// applied and nothing is recorded for deduplication.
//
// If fn returns an error nothing is written for this turn and the error is
// returned wrapped. If fn panics, Apply panics with the same value.
//
// Group commit: turns are executed one after another by a single writer
// goroutine, which puts the turns queued while it was busy into one
// transaction (BEGIN IMMEDIATE … COMMIT) and answers each caller after that
// commit. Each turn still sees the effects of the turns before it. If the
// shared transaction fails (busy, disk full, …) every turn in it fails and
// nothing of them is written. fn runs on the writer goroutine while the
// write transaction is open: it must be quick and must not call the DB.
func (db *DB) Apply(ctx context.Context, chatID, updateID int64, fn func(c Conversation, found bool) (Turn, error)) (applied bool, err error) {
	if db.readOnly {
		return false, fmt.Errorf("apply turn: %w", ErrReadOnly)
	}
	req := &applyReq{ctx: ctx, chatID: chatID, updateID: updateID, fn: fn, done: make(chan applyResult, 1)}
	select {
	case db.reqs <- req:
	case <-db.closing:
		return false, fmt.Errorf("apply turn: %w", errClosed)
	case <-ctx.Done():
		return false, fmt.Errorf("apply turn: %w", ctx.Err())
	}
	// Once the writer has the request it always answers, so wait for it
	// even if ctx ends: returning early would hide whether the turn was
	// committed.
	res := <-req.done
	if res.panicked {
		panic(res.panicVal)
	}
	return res.applied, res.err
}

// writer is the single goroutine that executes turns.
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
// the next batch (their fn has not been called yet).
func (db *DB) runBatch(batch []*applyReq) (carry []*applyReq) {
	live := batch[:0:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.done <- applyResult{err: fmt.Errorf("apply turn: %w", err)}
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
		failAll(fmt.Errorf("apply turn: %w", classify(err)))
		return nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		failAll(fmt.Errorf("apply turn: begin: %w", classify(err)))
		return nil
	}
	db.batches.Add(1)
	stmts := txStmts{
		tx:              tx,
		version:         tx.StmtContext(ctx, st.version),
		upsertVersioned: tx.StmtContext(ctx, st.upsertVersioned),
		markInbox:       tx.StmtContext(ctx, st.markInbox),
		insertOutbox:    tx.StmtContext(ctx, st.insertOutbox),
		checkUpdate:     tx.StmtContext(ctx, st.checkUpdate),
		load:            tx.StmtContext(ctx, st.load),
		upsert:          tx.StmtContext(ctx, st.upsert),
		markUpdate:      tx.StmtContext(ctx, st.markUpdate),
		insertEvent:     tx.StmtContext(ctx, st.insertEvent),
	}

	results := make([]applyResult, len(live))
	forgot := false
	for i, r := range live {
		var (
			res   applyResult
			fatal error
		)
		if r.commit != nil {
			res, fatal = db.commitOne(ctx, stmts, r)
			forgot = forgot || r.commit.Forget
		} else {
			res, fatal = db.applyOne(ctx, stmts, r)
		}
		if fatal != nil {
			tx.Rollback()
			// Earlier turns in the batch were rolled back with it.
			for j := range i {
				if !results[j].fnErr && !results[j].panicked {
					results[j] = applyResult{err: fmt.Errorf("apply turn: shared transaction rolled back: %w", fatal)}
				}
				live[j].done <- results[j]
			}
			r.done <- applyResult{err: fmt.Errorf("apply turn: %w", fatal)}
			return live[i+1:]
		}
		results[i] = res
	}
	if err := tx.Commit(); err != nil {
		err = fmt.Errorf("apply turn: commit: %w", classify(err))
		for i := range results {
			if !results[i].fnErr && !results[i].panicked {
				results[i] = applyResult{err: err}
			}
		}
	} else if forgot {
		// The deleted rows were zeroed in the database pages
		// (secure_delete), but the WAL still holds earlier copies of
		// those pages: copy the WAL back and truncate it before anyone is
		// told the data is gone.
		db.checkpoint(ctx)
	}
	for i, r := range live {
		r.done <- results[i]
	}
	return nil
}

type txStmts struct {
	tx                                                 *sql.Tx
	version, upsertVersioned, markInbox, insertOutbox  *sql.Stmt
	checkUpdate, load, upsert, markUpdate, insertEvent *sql.Stmt
}

// applyOne runs one turn inside the batch transaction. A non-nil fatal error
// means a statement failed and the transaction must be abandoned.
func (db *DB) applyOne(ctx context.Context, st txStmts, r *applyReq) (res applyResult, fatal error) {
	if r.updateID > 0 {
		var one int
		err := st.checkUpdate.QueryRowContext(ctx, r.chatID, r.updateID).Scan(&one)
		switch {
		case err == nil:
			return applyResult{applied: false}, nil
		case !errors.Is(err, sql.ErrNoRows):
			return res, fmt.Errorf("check update: %w", classify(err))
		}
	}

	c, err := loadConversation(ctx, st.load, r.chatID)
	found := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return res, fmt.Errorf("load: %w", err)
	}

	turn, panicked, panicVal, err := callTurn(r.fn, c, found)
	if panicked {
		return applyResult{panicked: true, panicVal: panicVal}, nil
	}
	if err == nil {
		err = validEvents(turn.Events)
	}
	if err != nil {
		return applyResult{err: fmt.Errorf("apply turn: %w", err), fnErr: true}, nil
	}

	now := db.now()
	ts := formatTime(now)
	if _, err := st.upsert.ExecContext(ctx,
		r.chatID, nonNil(turn.State), turn.Lang, turn.Pending, ts, ts); err != nil {
		return res, fmt.Errorf("save conversation: %w", classify(err))
	}
	if r.updateID > 0 {
		if _, err := st.markUpdate.ExecContext(ctx, r.chatID, r.updateID, ts); err != nil {
			return res, fmt.Errorf("mark update: %w", classify(err))
		}
	}
	if err := insertEvents(ctx, st.insertEvent, r.chatID, now, turn.Events); err != nil {
		return res, err
	}
	return applyResult{applied: true}, nil
}

// callTurn calls fn, turning a panic into values so that the writer
// goroutine survives and the caller can re-panic.
func callTurn(fn func(Conversation, bool) (Turn, error), c Conversation, found bool) (turn Turn, panicked bool, panicVal any, err error) {
	defer func() {
		if p := recover(); p != nil {
			panicked, panicVal = true, p
		}
	}()
	turn, err = fn(c, found)
	return turn, false, nil, err
}
