package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"bujiao/dialog/persist"
	"bujiao/store"
	"bujiao/store/pg"
)

// databaseEnv names the variable that selects the database when --db is
// not given. run reads it, nothing below.
const databaseEnv = "BUJIAO_DATABASE_URL"

// dbCommands are the subcommands that take --db.
var dbCommands = map[string]bool{"chat": true, "bot": true, "serve": true, "stats": true}

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
}

// openStore opens the database named by target: a postgres:// or
// postgresql:// URL selects PostgreSQL, anything else is a SQLite file
// path. A server that cannot be reached is an error naming its host (and
// never the password); an older schema is brought up to date unless
// ReadOnly.
func openStore(ctx context.Context, target string, o openOptions) (persist.Store, error) {
	if pg.IsURL(target) {
		db, err := pg.Open(ctx, target, pg.Options{ReadOnly: o.ReadOnly})
		if err != nil {
			if errors.Is(err, persist.ErrUnavailable) {
				return nil, fmt.Errorf("%w\nIs PostgreSQL running at %s, and does the URL (%s) name the right host, port, user and database?",
					err, pg.Host(target), pg.Redact(target))
			}
			return nil, err
		}
		return db, nil
	}
	var db *store.DB
	var err error
	if o.ReadOnly {
		// A missing file would otherwise surface as SQLite's "unable to
		// open".
		if _, serr := os.Stat(target); serr != nil {
			return nil, fmt.Errorf("no database at %s: %w", target, serr)
		}
		db, err = store.OpenWith(ctx, target, store.Options{ReadOnly: true})
	} else {
		db, err = store.Open(ctx, target)
	}
	if err != nil {
		return nil, err
	}
	s, ok := any(db).(persist.Store)
	if !ok {
		db.Close()
		return nil, errors.New("the SQLite store does not implement the persistence contract yet")
	}
	return s, nil
}
