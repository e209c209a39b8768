package store

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// holding lists which of the database's files (.db, -wal, -shm) hold
// marker, byte for byte.
func holding(t *testing.T, path string, marker []byte) []string {
	t.Helper()
	var out []string
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		data, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(data, marker) {
			out = append(out, f)
		}
	}
	return out
}

// applyPlanted stores an incoming message holding marker in the inbox and
// applies it, as the bot does: the turn drops the text in its transaction.
func applyPlanted(t *testing.T, db *DB, marker []byte) {
	t.Helper()
	ctx := context.Background()
	payload := append([]byte(`{"message":{"text":"我的手机是`), marker...)
	payload = append(payload, `"}}`...)
	if err := db.Receive(ctx, []Inbound{{Key: "tg:41", ChatID: 7, Payload: payload}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 7, Entry: seqOf(t, db, "tg:41"), State: []byte("state"), Outbox: msgs([]byte("reply"))}); err != nil {
		t.Fatal(err)
	}
}

// TestRawTextLeavesTheFiles measures how long the text of an applied
// message stays in the database's files: a planted number is searched in
// the raw bytes of the .db, -wal and -shm files until it is gone. The bound
// is wide (a loaded machine can stall the scrubber); the figure is logged.
func TestRawTextLeavesTheFiles(t *testing.T) {
	t.Parallel()
	marker := []byte("13812345678-planted-by-TestRawTextLeavesTheFiles")
	db, path := openTemp(t, Options{})
	applied := time.Now()
	applyPlanted(t, db, marker)
	deadline := applied.Add(30 * time.Second)
	for {
		left := holding(t, path, marker)
		if len(left) == 0 {
			t.Logf("the applied text left every file %.2f s after it was applied (scrub interval %v)",
				time.Since(applied).Seconds(), DefaultScrubInterval)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("30 s after it was applied, the text is still in %v", left)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRawTextStaysWithoutScrubber shows the test above can fail: without
// the scrubber the applied text is still in the files, and SQLite leaves
// it there until far more is written.
func TestRawTextStaysWithoutScrubber(t *testing.T) {
	t.Parallel()
	marker := []byte("13812345678-planted-by-TestRawTextStaysWithoutScrubber")
	db, path := openTemp(t, Options{ScrubInterval: -1})
	applyPlanted(t, db, marker)
	time.Sleep(DefaultScrubInterval * 3 / 2)
	if left := holding(t, path, marker); len(left) == 0 {
		t.Fatal("without the scrubber the text left the files anyway: the search finds nothing, or SQLite changed")
	} else {
		t.Logf("without the scrubber, %v still hold the text", left)
	}
}

// TestOpenExplainsUnwritableFiles: a -wal or -shm SQLite cannot use gets a
// message naming the file and what to do, not only SQLite's "unable to
// open database file (14)". A directory in the file's place stands in for
// a root-owned file, which root itself (the test may run as root) could
// still write.
func TestOpenExplainsUnwritableFiles(t *testing.T) {
	for _, suffix := range []string{"-wal", "-shm"} {
		dir := t.TempDir()
		path := dir + "/bujiao.db"
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		os.Remove(path + suffix)
		if err := os.Mkdir(path+suffix, 0o700); err != nil {
			t.Fatal(err)
		}
		_, err = Open(context.Background(), path)
		if err == nil {
			t.Fatalf("%s: opened with a directory as %s", suffix, suffix)
		}
		if msg := err.Error(); !strings.Contains(msg, path+suffix) || !strings.Contains(msg, "remove it") {
			t.Errorf("%s: the error does not say which file or what to do: %v", suffix, err)
		}
	}
	if os.Geteuid() != 0 {
		// Not root: a file this user cannot write, as root would leave it.
		path := t.TempDir() + "/bujiao.db"
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		if err := os.WriteFile(path+"-wal", nil, 0o400); err != nil {
			t.Fatal(err)
		}
		os.Chmod(path+"-wal", 0o400)
		if _, err := Open(context.Background(), path); err == nil || !strings.Contains(err.Error(), "chown") {
			t.Errorf("read-only -wal: %v, want a message saying to chown it", err)
		}
	}
}

// TestRawTextLeavesDuringASweep: while a retention sweep runs the scrubber
// leaves out a few ticks, not all of them, so applied text still leaves the
// files during a sweep longer than that (here one that never ends).
func TestRawTextLeavesDuringASweep(t *testing.T) {
	t.Parallel()
	marker := []byte("13812345678-planted-by-TestRawTextLeavesDuringASweep")
	const interval = 20 * time.Millisecond
	db, path := openTemp(t, Options{ScrubInterval: interval})
	db.sweeps.Add(1) // a sweep that runs for the whole test
	applied := time.Now()
	applyPlanted(t, db, marker)
	deadline := applied.Add(30 * time.Second)
	for len(holding(t, path, marker)) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("30 s into a sweep, the applied text is still in the files (scrub interval %v)", interval)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("the applied text left the files %v after it was applied, during a sweep (scrub interval %v, %d ticks left out at most)",
		time.Since(applied).Round(time.Millisecond), interval, scrubSkipMax)
}
