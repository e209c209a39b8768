// Package pg is bujiao's PostgreSQL store: the same contract as the SQLite
// store (package store), for a service that runs on more than one machine,
// with staff tools and statistics reading the same data. It speaks to the
// server through pgx's connection pool.
//
// Schema: versioned migrations (migrations/NNNN_*.sql) run at Open under a
// session advisory lock, so that instances starting together apply each
// one once. Every statement runs under a statement timeout.
//
// Turns: a turn is committed in one transaction with a compare-and-swap on
// the conversation's version (the row is locked FOR UPDATE while the turn
// is written), so exactly-once holds with any number of processes.
//
// The store shares its types, event kinds, redaction and retention
// defaults with package store, so that the two stores cannot drift apart.
package pg

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"bujiao/dialog/persist"
)

// ErrUnavailable is the contract's: the server could not be reached, the
// connection was lost, or a statement timed out. Retry later.
var ErrUnavailable = persist.ErrUnavailable

var _ persist.Store = (*DB)(nil)

// DefaultStatementTimeout bounds every statement: a stuck query fails
// instead of holding a worker and its locks.
const DefaultStatementTimeout = 5 * time.Second

// DefaultMaxConns bounds each process's connections: the bot's workers,
// its sender and receiver, the sweeper and the health checks, with room to
// spare, while several instances stay well under the server's default
// max_connections (100).
const DefaultMaxConns = 16

// markConns is the size of a second, small pool that only records sent
// messages (Sent): a message Telegram accepted is sent again after a crash
// until its removal commits, so that removal must not queue for a
// connection behind the budget's bookings and the claims of 64 senders
// (measured, three instances at 300/s on 2 busy cores: the poller killed
// with 8 of 8 sends in flight, unrecorded).
const markConns = 4

// IsURL reports whether s selects PostgreSQL: a postgres:// or
// postgresql:// URL. Anything else is a SQLite file path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Redact returns the URL with its password replaced, for logs and
// messages. A string that does not parse is reduced to its scheme.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		scheme, _, _ := strings.Cut(s, "://")
		return scheme + "://…"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// Host is the server's host:port named in a URL, for error messages.
func Host(s string) string {
	cfg, err := pgconn.ParseConfig(s)
	if err != nil {
		return "(unparsable URL)"
	}
	return net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
}

// Options tune Open. The zero value is the production default.
type Options struct {
	// StatementTimeout bounds each statement; zero means
	// DefaultStatementTimeout.
	StatementTimeout time.Duration
	// ReadOnly opens a session that cannot write, for "bujiao stats".
	// Migrations are not run; an older schema is refused.
	ReadOnly bool
	// MaxConns bounds the pool; zero means DefaultMaxConns.
	MaxConns int32
	// ConnectTimeout bounds the first connection; zero means 10 s.
	ConnectTimeout time.Duration
	// RowsPerChatHour bounds the events one chat adds in an hour, as
	// the SQLite store's Options.RowsPerChatHour: zero means persist.DefaultRowsPerChatHour,
	// negative no bound. Counted in the database, so the bound holds for
	// all instances together.
	RowsPerChatHour int
}

// DB is a bujiao store on PostgreSQL. It is safe for concurrent use.
type DB struct {
	// Now is the clock used for timestamps; tests override it before use.
	Now func() time.Time

	pool     *pgxpool.Pool
	marks    *pgxpool.Pool // Sent's own connections (markConns); nil read-only
	host     string
	readOnly bool
	rowLimit int // events per chat per hour; negative: none

	claimMu sync.Mutex
	claimID int64       // the last claim's id (mailbox.go)
	lost    []lostClaim // claims whose answer was lost, to give back

	upMu      sync.Mutex
	upStarted time.Time // the server's start as the last claim saw it
	upAt      time.Time // and when it first served a claim (serverUp)

	sweeper persist.Sweeper // the retention sweep (sweep.go)
}

// Open connects to the server named by rawURL, checks that it answers
// and brings the schema up to date.
func Open(ctx context.Context, rawURL string, opts Options) (*DB, error) {
	return openUpTo(ctx, rawURL, opts, len(migrations))
}

func openUpTo(ctx context.Context, rawURL string, opts Options, upTo int) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		// pgx's parse errors may quote the URL; say what is wrong without it.
		return nil, fmt.Errorf("open store: %s is not a valid PostgreSQL URL (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE)", Redact(rawURL))
	}
	timeout := opts.StatementTimeout
	if timeout <= 0 {
		timeout = DefaultStatementTimeout
	}
	rp := cfg.ConnConfig.RuntimeParams
	rp["statement_timeout"] = strconv.FormatInt(timeout.Milliseconds(), 10)
	// A lock wait is part of a statement; keep it shorter so that a
	// blocked turn fails with a lock error rather than a generic timeout.
	rp["lock_timeout"] = strconv.FormatInt(timeout.Milliseconds(), 10)
	// A process that dies inside a transaction must not hold locks for
	// long.
	rp["idle_in_transaction_session_timeout"] = strconv.FormatInt((6 * timeout).Milliseconds(), 10)
	rp["application_name"] = "bujiao"
	rp["TimeZone"] = "UTC"
	if opts.ReadOnly {
		rp["default_transaction_read_only"] = "on"
	}
	cfg.MaxConns = DefaultMaxConns
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	ct := opts.ConnectTimeout
	if ct <= 0 {
		ct = 10 * time.Second
	}
	cfg.ConnConfig.ConnectTimeout = ct
	db := &DB{Now: time.Now, host: net.JoinHostPort(cfg.ConnConfig.Host, strconv.Itoa(int(cfg.ConnConfig.Port))),
		readOnly: opts.ReadOnly, rowLimit: opts.RowsPerChatHour}
	if db.rowLimit == 0 {
		db.rowLimit = persist.DefaultRowsPerChatHour
	}
	db.sweeper.Batcher = sweepSQL{db}
	db.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, ct)
	err = db.pool.Ping(pctx)
	cancel()
	if err != nil {
		db.pool.Close()
		return nil, fmt.Errorf("open store: cannot reach PostgreSQL at %s: %w", db.host, db.classify(err))
	}
	if opts.ReadOnly {
		err = db.checkSchema(ctx)
	} else {
		err = db.migrate(ctx, upTo)
	}
	if err != nil {
		db.pool.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if !opts.ReadOnly {
		mcfg := cfg.Copy()
		// All opened at once: a mark must not wait for a new connection.
		mcfg.MaxConns, mcfg.MinConns = markConns, markConns
		if db.marks, err = pgxpool.NewWithConfig(ctx, mcfg); err != nil {
			db.pool.Close()
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	return db, nil
}

// Close closes the pools, waiting for connections in use to be released.
func (db *DB) Close() error {
	if db.marks != nil {
		db.marks.Close()
	}
	db.pool.Close()
	return nil
}

// Host is the server's host:port, for messages.
func (db *DB) Host() string { return db.host }

// Ping checks that the server answers, for /readyz.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.pool.Ping(ctx); err != nil {
		return fmt.Errorf("PostgreSQL at %s: %w", db.host, db.classify(err))
	}
	return nil
}

func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}

// classify maps server and connection errors onto the sentinels of package
// store (and ErrUnavailable), keeping the original in the chain.
func (db *DB) classify(err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "25006": // read_only_sql_transaction
			return fmt.Errorf("%w: %w", persist.ErrReadOnly, err)
		case pe.Code == "55P03" || pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "57014":
			// lock_not_available, serialization_failure, deadlock,
			// query_canceled (statement timeout): retry later.
			return fmt.Errorf("%w (%s): %w", ErrUnavailable, db.host, err)
		case pe.Code == "53100" || pe.Code == "53200" || pe.Code == "58030":
			// disk_full, out_of_memory, io_error
			return fmt.Errorf("%w (%s): %w", ErrUnavailable, db.host, err)
		case pe.Code == "XX001" || pe.Code == "XX002":
			// data_corrupted, index_corrupted
			return fmt.Errorf("%w: %w", persist.ErrDamaged, err)
		case strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57P"):
			// connection exceptions; admin shutdown, crash shutdown,
			// cannot connect now (starting up or shutting down).
			return fmt.Errorf("%w (%s): %w", ErrUnavailable, db.host, err)
		}
		return err
	}
	if pgconn.SafeToRetry(err) || isConnErr(err) {
		return fmt.Errorf("%w (%s): %w", ErrUnavailable, db.host, err)
	}
	return err
}

func isConnErr(err error) bool {
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) {
		return true
	}
	// A connection that broke mid-statement: pgx closes it and reports
	// the read or write failure.
	s := err.Error()
	return strings.Contains(s, "conn closed") || strings.Contains(s, "unexpected EOF") ||
		strings.Contains(s, "connection reset") || strings.Contains(s, "broken pipe")
}

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			panic(fmt.Sprintf("migration %s: bad version: %v", base, err))
		}
		body, _ := fs.ReadFile(migrationFS, n)
		ms = append(ms, migration{version: v, name: strings.TrimSuffix(base, ".sql"), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("migration %s: expected version %d", m.name, i+1))
		}
	}
	return ms
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int { return len(migrations) }

// migrationLock is the advisory lock key migrations run under ("bujiao"
// in ASCII), so that only one instance at a time migrates.
const migrationLock int64 = 0x62756a69616f

// migrate applies the pending migrations among the first upTo, each in its
// own transaction, holding the advisory lock so that instances starting
// together wait for each other instead of failing on "already exists".
func (db *DB) migrate(ctx context.Context, upTo int) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return db.classify(err)
	}
	defer conn.Release()
	// The lock is the session's: wait without the statement timeout, as a
	// long migration by another instance is normal.
	if _, err := conn.Exec(ctx, `SET statement_timeout = 0; SET lock_timeout = 0`); err != nil {
		return db.classify(err)
	}
	defer conn.Exec(context.Background(), `RESET statement_timeout; RESET lock_timeout`)
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("wait for the migration lock: %w", db.classify(err))
	}
	defer conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, migrationLock)
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", db.classify(err))
	}
	v, err := currentVersion(ctx, conn.Conn())
	if err != nil {
		return db.classify(err)
	}
	if v > len(migrations) {
		return tooNew(v)
	}
	for _, m := range migrations[v:upTo] {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, db.classify(err))
		}
		if _, err := tx.Exec(ctx, m.sql); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("migration %s: %w", m.name, db.classify(err))
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
			m.version, m.name, db.now()); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("migration %s: record: %w", m.name, db.classify(err))
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("migration %s: commit: %w", m.name, db.classify(err))
		}
	}
	return nil
}

func tooNew(v int) error {
	return fmt.Errorf("%w: database schema version %d is newer than this bujiao (%d); upgrade bujiao",
		persist.ErrSchemaTooNew, v, len(migrations))
}

func (db *DB) checkSchema(ctx context.Context) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return db.classify(err)
	}
	defer conn.Release()
	v, err := currentVersion(ctx, conn.Conn())
	if err != nil {
		return db.classify(err)
	}
	switch {
	case v > len(migrations):
		return tooNew(v)
	case v < len(migrations):
		return fmt.Errorf("database schema version %d is older than this bujiao (%d); run 'bujiao store migrate' first", v, len(migrations))
	}
	return nil
}

// Version is the schema version of the database.
func (db *DB) Version(ctx context.Context) (int, error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return 0, db.classify(err)
	}
	defer conn.Release()
	return currentVersion(ctx, conn.Conn())
}

func currentVersion(ctx context.Context, conn *pgx.Conn) (int, error) {
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v *int
	if err := conn.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
