package store

import (
	"context"
	"os"
	"path/filepath"
	"time"
)

// DefaultScrubInterval is how often a file database folds its WAL back
// into the main file and truncates it. The text of an incoming message is
// dropped when the message is applied, and deleted rows are zeroed
// (secure_delete), but the WAL keeps every earlier page image until it is
// checkpointed and restarted — left alone, until about a thousand pages
// more have been written, which on a quiet bot can be days. A TRUNCATE
// checkpoint every second bounds how long applied text stays anywhere in
// the files (.db, -wal, -shm) to about one interval after it is applied
// (TestRawTextLeavesTheFiles measures it).
const DefaultScrubInterval = time.Second

// What a tick costs at a bot's overall limit (cpu19k, ext4): three fsyncs
// (the WAL before it is copied, the database after, and the WAL header
// when the next commit writes the log again from zero), about 200 µs of
// CPU each, and the truncation with the next second's writes growing the
// file block by block (truncate and 30 extending 4 KiB writes cost 175 µs
// against 43 µs of overwrites; preallocating with fallocate saves
// nothing). None of it can go while the bound holds: a RESTART checkpoint
// with journal_size_limit leaves the old frames in the file until the next
// commit cuts it, and past the new end for good without a limit. Nor can a
// tick be skipped at saturation: every second applies updates whose text
// an earlier frame holds. What a tick copies shrinks with the pages a
// second writes (migration 0009).

// scrubSkipMax is how many ticks in a row the scrubber leaves out while a
// sweep runs.
const scrubSkipMax = 4

// startScrubber runs the periodic checkpoint for a writable file database.
// Its cost when nothing was written is one stat of the -wal file.
func (db *DB) startScrubber(path string, interval time.Duration) {
	if interval == 0 {
		interval = DefaultScrubInterval
	}
	if interval < 0 || path == "" || path == ":memory:" {
		return
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return
	}
	wal := abs + "-wal"
	db.scrubDone = make(chan struct{})
	go func() {
		defer close(db.scrubDone)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		skipped := 0
		for {
			select {
			case <-db.closing:
				return
			case <-tick.C:
			}
			// While a retention sweep runs, a few ticks are left out: the
			// first write after a truncation grows the WAL file from zero
			// and syncs its header, which the sweep range holding the lock
			// then waits for (4-18 ms measured). The sweep checkpoints the
			// WAL itself, without truncating; text waits at most
			// scrubSkipMax+1 intervals.
			if db.sweeps.Load() > 0 && skipped < scrubSkipMax {
				skipped++
				continue
			}
			skipped = 0
			if fi, err := os.Stat(wal); err != nil || fi.Size() == 0 {
				continue
			}
			db.truncateWAL(context.Background())
		}
	}()
}

// truncateWAL copies the WAL into the database file and truncates it to
// zero bytes. A reader holding an old snapshot makes SQLite skip frames it
// still needs; the next tick finishes the job.
//
// The copying is done first by a PASSIVE checkpoint on a read connection,
// which runs beside the writer; the TRUNCATE on the write connection then
// holds the write lock only to copy what was written meanwhile and cut the
// file. Alone, it held the lock while copying everything since the last
// tick: 15-35 ms behind a retention sweep at 100,000 conversations.
func (db *DB) truncateWAL(ctx context.Context) {
	db.checkpointPassive(ctx)
	// A sweep's next range will write to an empty WAL: it is to be a lone
	// key (walRestartsNext), even if it already waits for the connection.
	db.walRestarts.Store(true)
	conn, err := db.w.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	var busy, logFrames, done int
	start := time.Now()
	_ = conn.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done)
	if scrubHook != nil {
		scrubHook(start, time.Since(start))
	}
}

// scrubHook, if set, sees how long each TRUNCATE held the write connection
// (benchmarks).
var scrubHook func(start time.Time, held time.Duration)
