package pg

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// fillSQLite writes a small deployment: conversations (one blocked),
// events, applied and unapplied updates, a parked one, unsent messages,
// the polling offset and a shared case.
func fillSQLite(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	sq, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	if err := sq.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(10), ChatID: 1, Payload: []byte("a")},
		{Key: persist.UpdateKey(11), ChatID: 2, Payload: []byte("b")}, {Key: persist.UpdateKey(12), ChatID: 2, Payload: []byte("c")}},
		[]persist.Parked{{Key: persist.UpdateKey(13), ChatID: 3, Reason: "bad_json"}}, 14); err != nil {
		t.Fatal(err)
	}
	in, err := sq.ClaimInbox(ctx, "t", time.Minute, 1)
	if err != nil || len(in) != 1 || in[0].ChatID != 1 {
		t.Fatalf("claim: %+v %v", in, err)
	}
	if err := sq.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, State: []byte("s"), Lang: "zh",
		Events: []persist.Event{{Kind: persist.EvStarted}}, Outbox: []persist.Message{{Payload: []byte("reply")}}}); err != nil {
		t.Fatal(err)
	}
	if err := sq.Release(ctx, "t"); err != nil {
		t.Fatal(err)
	}
	if h, err := sq.OpenHandoff(ctx, 1, 1700000000); err != nil || sq.SetHandoffThread(ctx, h.CaseNo, 77) != nil {
		t.Fatalf("hand-off: %v", err)
	}
	if err := sq.Block(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if err := sq.PutCase(ctx, "tok", []byte("{}"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// TestCopyFromSQLite: every table arrives with its count, the copy then
// works as a store (the unapplied updates can be claimed, the reply sent,
// the offset read), and a second copy into the same target is refused.
func TestCopyFromSQLite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	fillSQLite(t, path)
	dst := open(t)
	counts, err := CopyFromSQLite(ctx, path, dst)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"conversations": 2, "events": 2, "meta": 1, "inbox": 4, "outbox": 1, "shared_cases": 1, "handoffs": 1}
	for _, c := range counts {
		if c.Source != want[c.Table] || c.Target != c.Source {
			t.Errorf("%s: %+v, want %d", c.Table, c, want[c.Table])
		}
		delete(want, c.Table)
	}
	if len(want) != 0 {
		t.Errorf("tables not copied: %v", want)
	}
	in, err := dst.ClaimInbox(ctx, "x", time.Minute, 10)
	if err != nil || len(in) != 2 || in[0].Key != "tg:11" || string(in[1].Payload) != "c" {
		t.Fatalf("unapplied updates after the copy: %+v %v", in, err)
	}
	out, err := dst.ClaimOutbox(ctx, "x", time.Minute, 10)
	if err != nil || len(out) != 1 || string(out[0].Payload) != "reply" {
		t.Fatalf("outbox after the copy: %+v %v", out, err)
	}
	if off, _ := dst.Offset(ctx); off != 14 {
		t.Fatalf("offset %d after the copy, want 14", off)
	}
	if s, _ := dst.Load(ctx, 4); s.Found {
		t.Fatal("a chat that only blocked the bot has a conversation after the copy")
	}
	if s, _ := dst.Load(ctx, 1); !s.Found || s.Version != 1 || string(s.State) != "s" {
		t.Fatalf("conversation after the copy: %+v", s)
	}
	if h, ok, err := dst.HandoffByThread(ctx, 77); err != nil || !ok || h.ChatID != 1 || h.Since != 1700000000 {
		t.Fatalf("hand-off after the copy: %+v %v %v", h, ok, err)
	}
	if h, err := dst.OpenHandoff(ctx, 2, 1); err != nil || h.CaseNo < 2 {
		t.Fatalf("a new hand-off after the copy: %+v %v", h, err)
	}
	// New rows get fresh ids after the copied ones.
	if err := dst.Record(ctx, eventStarted()); err != nil {
		t.Fatal(err)
	}
	if _, err := CopyFromSQLite(ctx, path, dst); !errors.Is(err, ErrTargetNotEmpty) {
		t.Fatalf("second copy: %v, want ErrTargetNotEmpty", err)
	}
}

// TestCopyRefusesOpenSource: while a process has the file open, copy
// refuses and names the process.
func TestCopyRefusesOpenSource(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	fillSQLite(t, path)
	pid := holdSQLite(t, path)
	dst := open(t)
	_, err := CopyFromSQLite(ctx, path, dst)
	if !errors.Is(err, ErrSourceInUse) || !strings.Contains(err.Error(), strconv.Itoa(pid)) {
		t.Fatalf("copy of an open database: %v, want ErrSourceInUse naming process %d", err, pid)
	}
}

// holdSQLite opens path in another process (this test binary, run again)
// until t ends, and returns its pid: SQLite's locks are per process, so
// only another process can show "in use".
func holdSQLite(t *testing.T, path string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "open\n" {
		t.Fatalf("holder: %q %v", line, err)
	}
	return cmd.Process.Pid
}

const holdEnv = "BUJIAO_TEST_HOLD_SQLITE"

// holdMain is the holder process: open, say so, wait for stdin to close.
func holdMain(path string) {
	db, err := store.Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("open")
	io.Copy(io.Discard, os.Stdin)
	db.Close()
	os.Exit(0)
}

func eventStarted() persist.Event { return persist.Event{Kind: persist.EvStarted} }
