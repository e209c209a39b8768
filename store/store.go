// Package store persists bujiao's conversations, the inbox (Telegram
// updates and other entries) and the outbox, the polling offset, shared
// cases and anonymous maintainer events in SQLite, using the pure-Go driver
// modernc.org/sqlite. It is the only package that speaks SQL. *DB
// implements the persistence contract, persist.Store (bujiao/dialog/persist,
// the one package of ours store imports), and passes its conformance suite
// (store/storetest); conversation state and message payloads are opaque
// bytes owned by the dialog engine and the transport.
//
// Durability: file databases run in WAL mode with synchronous=NORMAL by
// default. A committed turn survives a crash of the bujiao process; after an
// OS crash or power loss the last few commits may be lost (the database
// itself stays consistent). Options.SyncFull selects synchronous=FULL, which
// makes every commit durable at the cost of one fsync per commit.
//
// Turns: a transport loads a conversation (Load) without taking the
// write lock, computes the turn, and Commits it — state, processed update,
// events, outgoing messages — in one transaction, with a compare-and-swap
// on the conversation's version, so exactly-once holds even with several
// processes on one file.
//
// Throughput: Commits are written by one writer goroutine with group
// commit: turns queued while a transaction runs share the next one, so
// concurrent chats do not each pay for a commit. Durability per turn is
// unchanged: Commit returns only after the commit that contains its turn.
//
// Several processes on one file work together through claims (an owner
// and a lease on each inbox and outbox row, see persist.Mailbox); at Open
// the claims of processes of this host that are gone are released at once
// rather than left to lapse.
//
// Privacy: no table has a name field, every Event.Text passes through
// persist.Redact before it is written, an inbox row's text is dropped when
// it is applied, and deleted content is overwritten (secure_delete).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"bujiao/dialog/persist"
)

// Sentinel errors. Errors returned by this package wrap them, so test with
// errors.Is.
var (
	// ErrNotFound reports that a conversation does not exist.
	ErrNotFound = errors.New("conversation not found")
	// ErrBusy reports that another writer held the database longer than the
	// busy timeout (SQLITE_BUSY or SQLITE_LOCKED). Nothing was written; the
	// operation may be retried.
	ErrBusy = errors.New("database is busy")
	// ErrFull reports that the disk (or the configured page limit) is full.
	// The transaction was rolled back.
	ErrFull = errors.New("database or disk is full")
	// ErrReadOnly reports a write attempted on a read-only database.
	ErrReadOnly = persist.ErrReadOnly
	// ErrSchemaTooNew reports a database written by a newer bujiao.
	ErrSchemaTooNew = persist.ErrSchemaTooNew
)

var _ persist.Store = (*DB)(nil)

// DefaultBusyTimeout is how long a write waits for another connection's
// write transaction before failing with ErrBusy.
const DefaultBusyTimeout = 5 * time.Second

// defaultCacheKiB bounds SQLite's page cache per connection. With one writer
// and maxReaders readers this caps the cache at about 5 × 2 MiB.
const defaultCacheKiB = 2048

// maxReaders is the size of the read pool for file databases. Reads in WAL
// mode do not block the writer, so a few are enough on a small machine.
const maxReaders = 4

// Options tune Open. The zero value is the production default.
type Options struct {
	// BusyTimeout is how long to wait for a lock held by another
	// connection. Zero means DefaultBusyTimeout.
	BusyTimeout time.Duration
	// SyncFull selects synchronous=FULL: every commit is fsynced and
	// survives power loss. The default, synchronous=NORMAL in WAL mode,
	// survives process crashes but may lose the last commits on OS crash.
	SyncFull bool
	// ReadOnly opens the database with mode=ro and query_only, for
	// maintainer tools such as "bujiao stats". Migrations are not run; a
	// database whose schema is older than this binary is refused. Writes
	// fail with ErrReadOnly.
	ReadOnly bool
	// MaxPageCount, if positive, caps the database size in pages
	// (PRAGMA max_page_count). It exists to simulate a full disk in tests.
	MaxPageCount int64
	// CacheSizeKiB bounds the page cache of each connection. Zero means
	// 2048 KiB.
	CacheSizeKiB int
	// RowsPerChatHour bounds the events one chat adds in an hour (see
	// DefaultRowsPerChatHour); past it a turn's events are not recorded.
	// Zero means the default, negative no bound.
	RowsPerChatHour int
	// ScrubInterval is how often the WAL is checkpointed and truncated, so
	// applied text does not linger in the files (see DefaultScrubInterval).
	// Zero means DefaultScrubInterval; negative turns it off.
	ScrubInterval time.Duration
}

// DB is a bujiao store. It is safe for concurrent use.
type DB struct {
	// Now is the clock used for timestamps. It defaults to time.Now; tests
	// override it. Set it before using the DB concurrently.
	Now func() time.Time

	// w has exactly one connection: SQLite allows one writer at a time, and
	// queueing writers in Go is far cheaper than letting them spin in
	// SQLite's busy handler. r serves reads; for in-memory databases r == w.
	w, r *sql.DB

	readOnly bool

	stmtMu sync.Mutex
	stmts  *writeStmts
	load   *sql.Stmt // on r: Load's query

	// Group commit: Commit hands turns to the writer goroutine over reqs.
	reqs       chan *applyReq
	closing    chan struct{}
	writerDone chan struct{}
	maxBatch   int
	batches    atomic.Int64 // transactions run by the writer, for benchmarks
	closeOnce  sync.Once
	closeErr   error
	scrubDone  chan struct{} // closed when the scrubber (scrub.go) stopped
	rowLimit   rowLimiter    // rows per chat per hour (limits.go)

	sweeper     persist.Sweeper // the retention sweep (sweep.go)
	sweepStmtMu sync.Mutex
	sweepStmts  [persist.SweepKinds]*sql.Stmt
	sweepRanges atomic.Int64 // ranges deleted, to checkpoint every few
	walRestarts atomic.Bool  // the next write restarts the WAL (sweep.go)
	walPath     string       // the -wal file of a writable file database
	sweeps      atomic.Int32 // sweeps running: the scrubber waits for them
	health      health
	sessions    sessionCache // conversations as this process last committed them
	// notes are what the migrations of this Open did that an operator
	// should read (replies moved out of a version-2 database).
	notes []string
}

// Open opens (creating if needed) the database at path with default
// Options and brings its schema up to date. path "" or ":memory:" opens a
// private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with explicit options.
func OpenWith(ctx context.Context, path string, opts Options) (*DB, error) {
	return openUpTo(ctx, path, opts, len(migrations))
}

// openUpTo opens the database applying at most the first upTo migrations.
// Tests use it to build databases of an older schema version.
func openUpTo(ctx context.Context, path string, opts Options, upTo int) (*DB, error) {
	db, err := openPools(path, opts)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", explainOpen(path, opts, err))
	}
	db.rowLimit.limit = opts.RowsPerChatHour
	if opts.ReadOnly {
		err = db.checkSchema(ctx)
	} else {
		err = db.migrate(ctx, upTo)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: %w", explainOpen(path, opts, classify(err)))
	}
	if !opts.ReadOnly && upTo == len(migrations) {
		if err := db.releaseGone(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store: %w", err)
		}
		db.writerDone = make(chan struct{})
		go db.writer()
		db.startScrubber(path, opts.ScrubInterval)
	}
	return db, nil
}

func openPools(path string, opts Options) (*DB, error) {
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	cache := opts.CacheSizeKiB
	if cache <= 0 {
		cache = defaultCacheKiB
	}
	q := url.Values{}
	// BEGIN IMMEDIATE for every read-write transaction: a deferred BEGIN
	// would take the write lock only at the first write, and two turns
	// could then both read, and one fail with SQLITE_BUSY on upgrade.
	q.Set("_txlock", "immediate")
	pragmas := []string{
		fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()),
		"foreign_keys(ON)",
		// Deleted content is overwritten with zeros, so what /forget and
		// the retention sweep delete does not linger in free pages.
		"secure_delete(ON)",
		fmt.Sprintf("cache_size(%d)", -cache),
	}
	if opts.MaxPageCount > 0 {
		pragmas = append(pragmas, fmt.Sprintf("max_page_count(%d)", opts.MaxPageCount))
	}

	db := &DB{
		Now:      time.Now,
		readOnly: opts.ReadOnly,
		reqs:     make(chan *applyReq),
		closing:  make(chan struct{}),
		maxBatch: defaultMaxBatch,
	}
	db.sweeper.Batcher = sweepSQL{db}
	db.sweeper.AfterRange = db.afterSweepRange
	db.sweeper.LoneNext = db.walRestartsNext
	if path == "" || path == ":memory:" {
		for _, p := range pragmas {
			q.Add("_pragma", p)
		}
		pool, err := sql.Open("sqlite", "file::memory:?"+q.Encode())
		if err != nil {
			return nil, err
		}
		// An in-memory database lives and dies with its connection: keep
		// exactly one, forever, so every call sees the same database.
		pool.SetMaxOpenConns(1)
		pool.SetMaxIdleConns(1)
		pool.SetConnMaxLifetime(0)
		pool.SetConnMaxIdleTime(0)
		db.w, db.r = pool, pool
		return db, nil
	}

	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if opts.ReadOnly {
		if _, err := os.Stat(abs); err != nil {
			return nil, err
		}
		q.Set("mode", "ro")
		pragmas = append(pragmas, "query_only(1)")
	} else {
		if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
			return nil, err
		}
		// Create the file ourselves so that it, and the -wal and -shm files
		// SQLite derives from it, are readable by the owner only.
		f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, err
		}
		f.Close()
		db.walPath = abs + "-wal"
		sync := "NORMAL"
		if opts.SyncFull {
			sync = "FULL"
		}
		pragmas = append(pragmas, "journal_mode(WAL)", "synchronous("+sync+")")
	}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	dsn := (&url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}).String()

	w, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(maxReaders)
	r.SetMaxIdleConns(maxReaders)
	db.w, db.r = w, r
	return db, nil
}

// Close waits for turns already handed to the writer, then closes the
// database. Commit calls after Close fail.
func (db *DB) Close() error {
	db.closeOnce.Do(func() {
		close(db.closing)
		if db.writerDone != nil {
			<-db.writerDone
		}
		if db.scrubDone != nil {
			<-db.scrubDone
		}
		db.stmtMu.Lock()
		if db.stmts != nil {
			db.stmts.close()
			db.stmts = nil
		}
		if db.load != nil {
			db.load.Close()
			db.load = nil
		}
		db.stmtMu.Unlock()
		err := db.w.Close()
		if db.r != db.w {
			err = errors.Join(err, db.r.Close())
		}
		if err != nil {
			db.closeErr = fmt.Errorf("close store: %w", err)
		}
	})
	return db.closeErr
}

// DefaultPath returns where bujiao keeps its database when none is given:
// $XDG_DATA_HOME/bujiao/bujiao.db, else ~/.local/share/bujiao/bujiao.db, else
// under os.UserConfigDir(), else ./bujiao.db. Open creates the directory
// with mode 0700.
func DefaultPath() string { return DefaultPathEnv(os.Getenv) }

// DefaultPathEnv is DefaultPath reading the environment through getenv
// (commands get it from run, which alone reads the process's).
func DefaultPathEnv(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "bujiao", "bujiao.db")
	}
	if h, err := os.UserHomeDir(); err == nil && h != "" {
		return filepath.Join(h, ".local", "share", "bujiao", "bujiao.db")
	}
	if d, err := os.UserConfigDir(); err == nil && d != "" {
		return filepath.Join(d, "bujiao", "bujiao.db")
	}
	return "bujiao.db"
}

// classify maps SQLite result codes onto this package's sentinels, keeping
// the original error in the chain.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	// Extended result codes are on; the primary code is the low byte.
	// Busy, full and I/O errors are the contract's ErrUnavailable too:
	// nothing was written, and the caller waits and retries.
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("%w (%w): %w", ErrBusy, persist.ErrUnavailable, err)
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("%w (%w): %w", ErrFull, persist.ErrUnavailable, err)
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL:
		return fmt.Errorf("%w: %w", persist.ErrUnavailable, err)
	case sqlite3.SQLITE_READONLY:
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	return err
}

// Time format: RFC 3339 in UTC with a fixed-width fraction, so that SQLite's
// text comparison orders timestamps chronologically.
const timeLayout = "2006-01-02T15:04:05.000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}

// IntegrityCheck runs SQLite's integrity check and reports any problem.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	var res string
	if err := db.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", classify(err))
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	return nil
}
