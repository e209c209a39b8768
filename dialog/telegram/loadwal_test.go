package telegram

import (
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// holdWAL, with BUJIAO_LOAD_WAL=DIR, keeps every WAL frame a bujiao run
// writes: it truncates the WAL, then holds a read transaction on a
// connection of its own, so no checkpoint can copy the frames back and no
// write restarts the log. The function it returns copies the database and
// its -wal to DIR/<run>.db and DIR/<run>.db-wal and lets go. Frames per
// update and by b-tree come from those files: each frame's header names
// its page, and sqlite3's dbstat the b-tree that page belongs to.
// Run it with BUJIAO_LOAD_SCRUB=-1s: the scrubber's TRUNCATE would wait
// for the held reader for the whole busy timeout.
func holdWAL(t testing.TB, path, name string) func() {
	dir := os.Getenv("BUJIAO_LOAD_WAL")
	if dir == "" {
		return func() {}
	}
	ctx := context.Background()
	side, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	side.SetMaxOpenConns(1)
	conn, err := side.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 50 {
		var busy, log, done int
		if err := conn.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &log, &done); err != nil {
			t.Fatal(err)
		}
		if busy == 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM meta`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return func() {
		// The last removals (Sent) commit just after the last reply
		// arrived.
		time.Sleep(300 * time.Millisecond)
		for _, suffix := range []string{"", "-wal"} {
			copyFile(t, path+suffix, filepath.Join(dir, name+".db"+suffix))
		}
		conn.ExecContext(ctx, `ROLLBACK`)
		conn.Close()
		side.Close()
	}
}

func copyFile(t testing.TB, from, to string) {
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
