package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations is the ordered list of embedded migrations. File names are
// NNNN_description.sql; versions must be 1, 2, 3, … without gaps.
var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		panic(err)
	}
	return ms
}

func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		if !ok {
			return nil, fmt.Errorf("migration %s: name must be NNNN_description.sql", base)
		}
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: bad version: %w", base, err)
		}
		body, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: strings.TrimSuffix(base, ".sql"), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int { return len(migrations) }

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)`

// schemaTooNewError carries both versions; errors.Is matches ErrSchemaTooNew.
type schemaTooNewError struct{ have, know int }

func (e *schemaTooNewError) Error() string {
	return fmt.Sprintf("database schema version %d is newer than this bujiao (%d); upgrade bujiao", e.have, e.know)
}

func (e *schemaTooNewError) Is(target error) bool { return target == ErrSchemaTooNew }

// migrate applies the pending migrations among the first upTo, each in its
// own IMMEDIATE transaction so that two processes opening the same file at
// once cannot both apply one.
func (db *DB) migrate(ctx context.Context, upTo int) error {
	if _, err := db.w.ExecContext(ctx, createMigrationsTable); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations[:upTo] {
		if err := db.applyMigration(ctx, m); err != nil {
			return err
		}
	}
	// Refuse a newer database even when there was nothing to apply.
	v, err := currentVersion(ctx, db.w)
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return &schemaTooNewError{have: v, know: len(migrations)}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, m migration) (err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	v, err := currentVersion(ctx, tx)
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return &schemaTooNewError{have: v, know: len(migrations)}
	}
	if v >= m.version {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if note, err := migrationNote(ctx, tx); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	} else if note != "" {
		db.notes = append(db.notes, note)
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, formatTime(db.now())); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.name, err)
	}
	return nil
}

// migrationNote reads (and removes) what a migration left for the operator
// in meta: 0005 counts the undelivered replies it moved into the outbox.
func migrationNote(ctx context.Context, tx *sql.Tx) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'migrated_pending_replies'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key = 'migrated_pending_replies'`); err != nil {
		return "", err
	}
	if v == "0" {
		return "", nil
	}
	return fmt.Sprintf("schema v5: %s undelivered replies of schema v2 (conversations.pending_reply) moved into the outbox; they are sent when the bot runs", v), nil
}

// MigrationNotes returns what the migrations run by this Open did that an
// operator should read; the caller logs them.
func (db *DB) MigrationNotes() []string { return db.notes }

// checkSchema is migrate for read-only databases: it can only verify.
func (db *DB) checkSchema(ctx context.Context) error {
	v, err := currentVersion(ctx, db.r)
	if err != nil {
		return err
	}
	switch {
	case v > len(migrations):
		return &schemaTooNewError{have: v, know: len(migrations)}
	case v < len(migrations):
		return fmt.Errorf("database schema version %d is older than this bujiao (%d); open it once read-write to migrate", v, len(migrations))
	}
	return nil
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func currentVersion(ctx context.Context, q querier) (int, error) {
	var v sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return 0, nil
		}
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}
