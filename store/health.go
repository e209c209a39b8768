package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"bujiao/dialog/persist"
)

// ErrDamaged is the contract's: the database failed its integrity check.
var ErrDamaged = persist.ErrDamaged

// health remembers whether the database was found damaged. It is set by
// Check (at start, and after a read error that may mean damage) and stays
// set until the process restarts: a damaged file does not heal itself.
type health struct {
	mu       sync.Mutex
	damaged  error
	checking bool
	lastRun  time.Time
}

// Check runs SQLite's quick_check (the b-tree structure and every page,
// without the slower index-content cross-check of integrity_check) and
// reports damage as an error wrapping ErrDamaged. The answer is kept: once
// damaged, every later Check fails at once.
func (db *DB) Check(ctx context.Context) error {
	db.health.mu.Lock()
	if err := db.health.damaged; err != nil {
		db.health.mu.Unlock()
		return err
	}
	db.health.mu.Unlock()
	var res string
	err := db.r.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&res)
	if err == nil && res == "ok" {
		return nil
	}
	if err != nil && !isCorrupt(err) {
		if ctx.Err() != nil {
			return fmt.Errorf("check store: %w", ctx.Err())
		}
		return fmt.Errorf("check store: %w: %w", persist.ErrUnavailable, classify(err))
	}
	detail := res
	if err != nil {
		detail = err.Error()
	}
	damaged := fmt.Errorf("%w: quick_check: %s; stop the bot, keep a copy of the file, and restore the newest backup "+
		"(or try `sqlite3 FILE .recover`); updates not yet applied stay unconfirmed at Telegram", ErrDamaged, detail)
	db.health.mu.Lock()
	db.health.damaged = damaged
	db.health.mu.Unlock()
	return damaged
}

// Damaged reports the damage Check found, or nil.
func (db *DB) Damaged() error {
	db.health.mu.Lock()
	defer db.health.mu.Unlock()
	return db.health.damaged
}

// readErr classifies an error of a read. A read that fails for a reason
// other than a busy lock or a cancelled context may be the first sign of a
// damaged page: it starts a quick_check in the background (at most once a
// minute), whose verdict Check and Damaged report.
func (db *DB) readErr(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return classify(err)
	}
	cerr := classify(err)
	if errors.Is(cerr, ErrBusy) {
		return cerr
	}
	if isCorrupt(err) {
		db.health.mu.Lock()
		if db.health.damaged == nil {
			db.health.damaged = fmt.Errorf("%w: %v; stop the bot, keep a copy of the file, and restore the newest backup", ErrDamaged, err)
		}
		db.health.mu.Unlock()
		return fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	db.health.mu.Lock()
	run := !db.health.checking && time.Since(db.health.lastRun) > time.Minute
	if run {
		db.health.checking, db.health.lastRun = true, time.Now()
	}
	db.health.mu.Unlock()
	if run {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			db.Check(ctx)
			db.health.mu.Lock()
			db.health.checking = false
			db.health.mu.Unlock()
		}()
	}
	return cerr
}

// isCorrupt reports SQLITE_CORRUPT and SQLITE_NOTADB.
func isCorrupt(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return true
	}
	return false
}
