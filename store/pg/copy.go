package pg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/store"
)

// TableCount is one table's rows in a copy: read from the source, and
// counted in the target after the copy.
type TableCount struct {
	Table          string
	Source, Target int64
}

// ErrSourceInUse reports that a process has the SQLite file open.
var ErrSourceInUse = errors.New("the SQLite database is in use")

// ErrTargetNotEmpty reports a target database that holds data already.
var ErrTargetNotEmpty = errors.New("the target database is not empty")

// SourceHolder returns the pid of a process that has the SQLite database
// at path open, or 0. SQLite in WAL mode keeps a read lock on one byte of
// the -shm file (the "DMS" byte, offset 128) for as long as a connection
// is open; F_GETLK asks the kernel who holds it.
func SourceHolder(path string) (int, error) {
	f, err := os.Open(path + "-shm")
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 128, Len: 1}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return 0, err
	}
	if lk.Type == syscall.F_UNLCK {
		return 0, nil
	}
	return int(lk.Pid), nil
}

// CopyFromSQLite copies every table of the SQLite database at srcPath into
// dst, which must be empty: conversations, events, the polling offset and
// other meta rows, the inbox (unapplied entries and the keys of applied
// ones), the outbox and shared cases. It refuses while a process has the
// source open. It reads the source in one transaction and writes the
// target in one, verifies each table's count in the target before
// committing, and returns the counts.
func CopyFromSQLite(ctx context.Context, srcPath string, dst *DB) ([]TableCount, error) {
	if _, err := os.Stat(srcPath); err != nil {
		return nil, fmt.Errorf("copy: source: %w", err)
	}
	if pid, err := SourceHolder(srcPath); err != nil {
		return nil, fmt.Errorf("copy: check whether %s is in use: %w", srcPath, err)
	} else if pid != 0 {
		return nil, fmt.Errorf("copy: %w: process %d has %s open; stop it (the bot, serve or chat) and copy again", ErrSourceInUse, pid, srcPath)
	}
	// Opening it read-write brings an older file to the current schema,
	// as the bot itself would.
	sq, err := store.Open(ctx, srcPath)
	if err != nil {
		return nil, fmt.Errorf("copy: source: %w", err)
	}
	if err := sq.Close(); err != nil {
		return nil, fmt.Errorf("copy: source: %w", err)
	}
	abs, err := filepath.Abs(srcPath)
	if err != nil {
		return nil, err
	}
	src, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: abs, RawQuery: "mode=ro"}).String())
	if err != nil {
		return nil, fmt.Errorf("copy: source: %w", err)
	}
	defer src.Close()
	stx, err := src.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("copy: source: %w", err)
	}
	defer stx.Rollback()

	var counts []TableCount
	err = pgx.BeginFunc(ctx, dst.pool, func(tx pgx.Tx) error {
		for _, t := range Tables {
			var n int64
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+t).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return fmt.Errorf("%w: table %s has %d rows; copy into a new, empty database", ErrTargetNotEmpty, t, n)
			}
		}
		specs, err := specsFor(ctx, stx)
		if err != nil {
			return err
		}
		for _, spec := range specs {
			rows, err := readTable(ctx, stx, spec)
			if err != nil {
				return fmt.Errorf("read %s: %w", spec.table, err)
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{spec.table}, spec.columns, pgx.CopyFromRows(rows)); err != nil {
				return fmt.Errorf("write %s: %w", spec.table, err)
			}
			counts = append(counts, TableCount{Table: spec.table, Source: int64(len(rows))})
		}
		// Identity columns were given explicit values: move their
		// sequences past them, or the next insert would collide.
		for _, s := range []struct{ table, col string }{{"events", "id"}, {"inbox", "seq"}, {"outbox", "id"}, {"handoffs", "case_no"}} {
			if _, err := tx.Exec(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', '%s'),
    coalesce((SELECT max(%s) FROM %s), 0) + 1, false)`, s.table, s.col, s.col, s.table)); err != nil {
				return fmt.Errorf("move %s sequence: %w", s.table, err)
			}
		}
		for i := range counts {
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+counts[i].Table).Scan(&counts[i].Target); err != nil {
				return err
			}
			var want int64
			if err := stx.QueryRowContext(ctx, specs[i].count).Scan(&want); err != nil {
				return fmt.Errorf("count %s in the source: %w", counts[i].Table, err)
			}
			if counts[i].Target != want || counts[i].Source != want {
				return fmt.Errorf("%s: %d rows in the source, %d read, %d in the target; nothing was copied",
					counts[i].Table, want, counts[i].Source, counts[i].Target)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy: %w", dst.classify(err))
	}
	return counts, nil
}

// copySpec reads one PostgreSQL table's rows from the SQLite schema.
type copySpec struct {
	table   string
	columns []string
	// query selects the rows from SQLite, in the target's column order;
	// count counts what query returns.
	query, count string
	// conv turns SQLite's values into PostgreSQL's (text times, integer
	// booleans).
	conv func(v []any) ([]any, error)
}

// specsFor picks the specs for the source's schema: version 5 keys its
// inbox itself; version 4 has processed_updates beside it.
func specsFor(ctx context.Context, tx *sql.Tx) ([]copySpec, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'processed_updates'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("read the source's schema: %w", err)
	}
	if n > 0 {
		return copySpecs, nil
	}
	specs := make([]copySpec, 0, len(copySpecs)+1)
	for _, s := range copySpecs {
		switch s.table {
		case "inbox":
			s = inboxV5
		case "outbox":
			s = outboxV5
		}
		specs = append(specs, s)
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'handoffs'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("read the source's schema: %w", err)
	}
	if n > 0 {
		specs = append(specs, handoffsV6)
	}
	return specs, nil
}

// handoffsV6 is the hand-off table of SQLite schema version 6.
var handoffsV6 = copySpec{
	table:   "handoffs",
	columns: []string{"case_no", "chat_id", "since", "thread_id", "opened_at", "closed_at", "wake_at", "wake_seq"},
	query:   `SELECT case_no, chat_id, since, thread_id, opened_at, closed_at, wake_at, wake_seq FROM handoffs ORDER BY case_no`,
	count:   `SELECT count(*) FROM handoffs`,
	conv:    convert(nil, nil, nil, nil, timestamp, timestamp, nil, nil),
}

// The inbox and outbox of SQLite schema version 5: inbox entries have
// their own key and seq and an optional due time (” for none); outbox
// messages a forum thread. Claims are not copied: the source's processes
// are stopped, so its leases mean nothing.
var (
	inboxV5 = copySpec{
		table:   "inbox",
		columns: []string{"seq", "key", "chat_id", "payload", "status", "error", "received_at", "due_at", "finished_at"},
		query: `SELECT seq, key, chat_id, payload, status, error, received_at, nullif(due_at, ''),
    CASE WHEN status = 'new' THEN NULL ELSE received_at END FROM inbox ORDER BY seq`,
		count: `SELECT count(*) FROM inbox`,
		conv:  convert(nil, nil, nil, nil, nil, nil, timestamp, timestamp, timestamp),
	}
	outboxV5 = copySpec{
		table:   "outbox",
		columns: []string{"id", "chat_id", "thread_id", "payload", "created_at", "background"},
		query:   `SELECT id, chat_id, thread_id, payload, created_at, background FROM outbox ORDER BY id`,
		count:   `SELECT count(*) FROM outbox`,
		conv:    convert(nil, nil, nil, nil, timestamp, boolean),
	}
)

// copySpecs follow the SQLite schema at version 4. The inbox's entries are
// keyed by "tg:<update_id>" (persist.UpdateKey), with the update id as
// their seq so that their order is kept; an applied update whose inbox row
// was swept but whose id is still remembered becomes a finished entry.
var copySpecs = []copySpec{
	{
		table:   "conversations",
		columns: []string{"chat_id", "state", "lang", "blocked", "version", "created_at", "updated_at"},
		// A row that only marks a chat blocked has no state.
		query: `SELECT chat_id, CASE WHEN blocked AND version = 0 AND length(coalesce(state, x'')) = 0 THEN NULL ELSE coalesce(state, x'') END,
    lang, blocked, version, created_at, updated_at FROM conversations ORDER BY chat_id`,
		count: `SELECT count(*) FROM conversations`,
		conv:  convert(nil, nil, nil, boolean, nil, timestamp, timestamp),
	},
	{
		table:   "events",
		columns: []string{"id", "at", "kind", "chat_id", "question", "verdict", "region", "text", "helpful"},
		query:   `SELECT id, at, kind, chat_id, question, verdict, region, text, helpful FROM events ORDER BY id`,
		count:   `SELECT count(*) FROM events`,
		conv:    convert(nil, timestamp, nil, nil, nil, nil, nil, nil, boolean),
	},
	{
		table:   "meta",
		columns: []string{"key", "value"},
		query:   `SELECT key, value FROM meta ORDER BY key`,
		count:   `SELECT count(*) FROM meta`,
		conv:    convert(nil, nil),
	},
	{
		table:   "inbox",
		columns: []string{"seq", "key", "chat_id", "payload", "status", "error", "received_at", "finished_at"},
		query: `SELECT update_id, 'tg:' || update_id, chat_id, payload, status, error, received_at,
    CASE WHEN status = 'new' THEN NULL ELSE received_at END FROM inbox
UNION ALL
SELECT p.update_id, 'tg:' || p.update_id, p.chat_id, NULL, 'done', '', p.processed_at, p.processed_at
FROM processed_updates p WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.update_id = p.update_id)
ORDER BY 1`,
		count: `SELECT (SELECT count(*) FROM inbox) + (SELECT count(*) FROM processed_updates p
    WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.update_id = p.update_id))`,
		conv: convert(nil, nil, nil, nil, nil, nil, timestamp, timestamp),
	},
	{
		table:   "outbox",
		columns: []string{"id", "chat_id", "thread_id", "payload", "created_at"},
		query:   `SELECT id, chat_id, 0, payload, created_at FROM outbox ORDER BY id`,
		count:   `SELECT count(*) FROM outbox`,
		conv:    convert(nil, nil, nil, nil, timestamp),
	},
	{
		table:   "shared_cases",
		columns: []string{"token", "data", "created_at", "expires_at"},
		query:   `SELECT token, data, created_at, expires_at FROM shared_cases ORDER BY token`,
		count:   `SELECT count(*) FROM shared_cases`,
		conv:    convert(nil, nil, timestamp, timestamp),
	},
}

func readTable(ctx context.Context, tx *sql.Tx, spec copySpec) ([][]any, error) {
	rows, err := tx.QueryContext(ctx, spec.query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		v := make([]any, len(spec.columns))
		ptrs := make([]any, len(v))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row, err := spec.conv(v)
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// convert builds a row converter from one function per column (nil: as
// read).
func convert(fs ...func(any) (any, error)) func([]any) ([]any, error) {
	return func(v []any) ([]any, error) {
		for i, f := range fs {
			if f == nil || v[i] == nil {
				continue
			}
			var err error
			if v[i], err = f(v[i]); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
}

// timestamp reads SQLite's RFC 3339 text times.
func timestamp(v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("want a time as text, got %T", v)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// boolean reads SQLite's 0/1.
func boolean(v any) (any, error) {
	switch x := v.(type) {
	case int64:
		return x != 0, nil
	case bool:
		return x, nil
	case string:
		n, err := strconv.Atoi(x)
		return n != 0, err
	}
	return nil, fmt.Errorf("want 0 or 1, got %T", v)
}
