package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
	"bujiao/store/pg"
)

// databaseEnv names the variable that selects the database when --db is
// not given. run reads it, nothing below.
const databaseEnv = "BUJIAO_DATABASE_URL"

// dbCommands are the subcommands that take --db.
var dbCommands = map[string]bool{"chat": true, "bot": true, "serve": true, "stats": true, "reminders": true}

// withDatabaseEnv puts BUJIAO_DATABASE_URL in front of a subcommand's
// arguments as --db, so that a --db given on the command line, parsed
// later, wins.
func withDatabaseEnv(cmd string, args []string, env string) []string {
	if env == "" || !dbCommands[cmd] {
		return args
	}
	return append([]string{"--db=" + env}, args...)
}

// dbName is how a database is named in messages and logs: a file path as
// given, a URL with its password replaced.
func dbName(target string) string {
	if pg.IsURL(target) {
		return pg.Redact(target)
	}
	return target
}

// openOptions say how openStore opens a database.
type openOptions struct {
	// ReadOnly: for maintainer tools; no migrations, no writes.
	ReadOnly bool
	// sqlite tunes a SQLite file (its ReadOnly is ReadOnly above).
	sqlite store.Options
	// rowsPerChatHour bounds the events one chat adds in an hour, on
	// either store (store.Options.RowsPerChatHour).
	rowsPerChatHour int
}

// openStore opens the database named by target: a postgres:// or
// postgresql:// URL selects PostgreSQL, anything else is a SQLite file
// path. A server that cannot be reached is an error naming its host (and
// never the password); an older schema is brought up to date unless
// ReadOnly.
func openStore(ctx context.Context, target string, o openOptions) (persist.Store, error) {
	if pg.IsURL(target) {
		db, err := pg.Open(ctx, target, pg.Options{ReadOnly: o.ReadOnly, RowsPerChatHour: o.rowsPerChatHour})
		if err != nil {
			if errors.Is(err, persist.ErrUnavailable) {
				return nil, fmt.Errorf("%w\nIs PostgreSQL running at %s, and does the URL (%s) name the right host, port, user and database?",
					err, pg.Host(target), pg.Redact(target))
			}
			return nil, err
		}
		return db, nil
	}
	var (
		db  *store.DB
		err error
	)
	if o.ReadOnly {
		// A missing file would otherwise surface as SQLite's "unable to
		// open".
		if _, serr := os.Stat(target); serr != nil {
			return nil, fmt.Errorf("no database at %s: %w", target, serr)
		}
		opts := o.sqlite
		opts.ReadOnly = true
		db, err = store.OpenWith(ctx, target, opts)
	} else {
		db, err = store.OpenWith(ctx, target, o.sqlite)
	}
	if err != nil {
		return nil, err
	}
	return db, nil
}

// botStore is a store the bot runs on: the contract, and a retention
// sweeper (both stores have one with this signature).
type botStore interface {
	persist.Store
	handoffDB
	RunSweeper(ctx context.Context, interval, idleConversations, eventAge time.Duration, log *slog.Logger)
}

// handoffDB is the hand-off table both stores keep (store/handoffs.go,
// store/pg/handoffs.go).
type handoffDB interface {
	OpenHandoff(ctx context.Context, chatID, since int64) (store.Handoff, error)
	SetHandoffThread(ctx context.Context, caseNo, threadID int64) error
	HandoffByThread(ctx context.Context, threadID int64) (store.Handoff, bool, error)
	CurrentHandoff(ctx context.Context, chatID int64) (store.Handoff, bool, error)
	HandoffAt(ctx context.Context, chatID, since int64) (store.Handoff, bool, error)
	OpeningHandoffs(ctx context.Context, since time.Time) (bool, error)
	CloseHandoff(ctx context.Context, chatID, since int64) error
	SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error
	DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]store.HandoffWake, error)
	ClearHandoffWake(ctx context.Context, caseNo, seq int64) error
	ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error)
	SweepHandoffs(ctx context.Context, before time.Time) ([]int64, error)
}

// statsStore is a store "bujiao stats" reads: the contract's Stats, and
// the lookups and FAQ choices both stores count.
type statsStore interface {
	persist.Store
	Lookups(ctx context.Context, from, to time.Time) ([]store.LookupCount, error)
	FAQChoices(ctx context.Context, from, to time.Time) ([]store.FAQChoice, error)
	HandoffStats(ctx context.Context, from, to time.Time) (store.HandoffStats, error)
}

var (
	_ botStore   = (*store.DB)(nil)
	_ botStore   = (*pg.DB)(nil)
	_ statsStore = (*store.DB)(nil)
	_ statsStore = (*pg.DB)(nil)
)

// openBotStore opens the database for the bot (or serve) and logs what its
// migrations did that an operator should know. opts tune a SQLite file;
// RowsPerChatHour applies to PostgreSQL too.
func openBotStore(ctx context.Context, target string, opts store.Options, log *slog.Logger) (botStore, error) {
	s, err := openStore(ctx, target, openOptions{sqlite: opts, rowsPerChatHour: opts.RowsPerChatHour})
	if err != nil {
		return nil, fmt.Errorf("open conversation database %s: %w", dbName(target), err)
	}
	if db, ok := s.(*store.DB); ok {
		for _, n := range db.MigrationNotes() {
			log.Warn("database upgraded", "note", n)
		}
	}
	log.Info("database", "db", dbName(target))
	return s.(botStore), nil
}

// setStoreClock sets the clock of the bot's store (--clock-start), before
// anything uses it concurrently.
func setStoreClock(s botStore, now func() time.Time) {
	switch db := s.(type) {
	case *store.DB:
		db.Now = now
	case *pg.DB:
		db.Now = now
	}
}
