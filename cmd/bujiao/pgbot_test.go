package main

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"bujiao/store/pg"
	"bujiao/store/pg/pgtest"
)

// TestBotOnPostgres runs the bot as separate processes on PostgreSQL and
// compares what each person receives with what one bot on SQLite sends
// for the same conversation.
//
// botRestart runs the bot (webhook mode) on PostgreSQL, restarts PostgreSQL (an immediate shutdown: what a crash
// or a failover looks like) while 60 people are mid-conversation, and
// checks that /readyz fails while the server is gone and answers again
// after, that the work waited and resumed, and that every person got
// exactly the messages the same conversation gets from one bot on SQLite
// with no restart: nothing lost, nothing sent twice, every turn applied
// once.
func TestBotOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot as separate processes on PostgreSQL")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	pgtest.Database(t) // skip here, before the reference run, when there is no server
	const people, steps = 60, 4
	want := probeRun(t, 1, people, steps, "")
	t.Run("TwoProcesses", func(t *testing.T) { botTwoProcesses(t, want, people, steps) })
	t.Run("Restart", func(t *testing.T) { botRestart(t, want, people, steps) })
}

// botTwoProcesses is the duplicate probe on PostgreSQL: two bot processes
// polling one Bot API share one database; each person gets exactly what
// one bot alone sends.
func botTwoProcesses(t *testing.T, want map[int][]string, people, steps int) {
	dbURL := pgtest.Database(t)
	api := newCrashAPI(t)
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	procs := []*botProcess{startBot(t, api, dbURL, tokenFile, ""), startBot(t, api, dbURL, tokenFile, "")}
	defer func() {
		for _, p := range procs {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Kill()
				<-p.done
			}
		}
	}()
	deadline := time.Now().Add(60 * time.Second)
	var wg sync.WaitGroup
	ps := make([]*person, people)
	for i := range people {
		ps[i] = &person{chat: int64(300_000 + i), steps: steps}
		wg.Go(func() {
			if err := api.converse(ps[i], false, deadline); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	time.Sleep(500 * time.Millisecond) // late duplicates would arrive now
	for _, p := range procs {
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			t.Fatal("a bot did not stop")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", tail(p.stderr.String(), 30))
		}
	}
	dups, lost := compareSent(api, ps, want)
	t.Logf("two processes on PostgreSQL, %d people × %d steps: %d messages sent twice, %d missing", people, steps, dups, lost)
	if dups+lost != 0 {
		t.Errorf("want every message once")
	}
}

// compareSent counts, per person, messages sent more often than in want
// and messages missing.
func compareSent(api *crashAPI, ps []*person, want map[int][]string) (dups, lost int) {
	api.mu.Lock()
	defer api.mu.Unlock()
	for i, p := range ps {
		var got []string
		for _, m := range api.chats[p.chat] {
			got = append(got, m.text)
		}
		for _, text := range uniq(append(append([]string(nil), want[i]...), got...)) {
			cw, cg := count(want[i], text), count(got, text)
			if cg > cw {
				dups += cg - cw
			} else {
				lost += cw - cg
			}
		}
	}
	return dups, lost
}

func botRestart(t *testing.T, want map[int][]string, people, steps int) {
	cluster := pgtest.Start(t, pgtest.Options{}) // durable: an immediate stop keeps every commit
	dbURL := cluster.Database(t)
	api := newCrashAPI(t)
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	listen := freeAddr(t)
	api.deliver(8)
	proc := startBot(t, api, dbURL, tokenFile, listen)
	defer func() {
		if proc.cmd.ProcessState == nil {
			proc.cmd.Process.Kill()
			<-proc.done
		}
	}()
	ready := func() int {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+listen+"/readyz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}

	deadline := time.Now().Add(90 * time.Second)
	var wg sync.WaitGroup
	errs := make(chan error, people)
	ps := make([]*person, people)
	for i := range people {
		ps[i] = &person{chat: int64(300_000 + i), steps: steps}
		wg.Go(func() {
			if err := api.converse(ps[i], true, deadline); err != nil {
				errs <- err
			}
		})
	}
	// Restart when about 40 % of the messages are sent.
	for {
		api.mu.Lock()
		sent := api.lastID - 5000
		api.mu.Unlock()
		if sent >= int64(people*steps*4/10) {
			break
		}
		select {
		case err := <-proc.done:
			t.Fatalf("the bot exited early: %v\n%s", err, tail(proc.stderr.String(), 30))
		case <-time.After(time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no progress before the restart:\n%s", tail(proc.stderr.String(), 30))
		}
	}
	cluster.Stop()
	down := time.Now()
	notReady := false
	for time.Since(down) < 10*time.Second {
		if ready() == http.StatusServiceUnavailable {
			notReady = true
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !notReady {
		t.Errorf("/readyz did not fail while PostgreSQL was down")
	}
	time.Sleep(2 * time.Second)
	if err := cluster.Start(); err != nil {
		t.Fatal(err)
	}
	t.Logf("PostgreSQL down for %v", time.Since(down).Round(time.Millisecond))
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if code := ready(); code != http.StatusOK {
		t.Errorf("/readyz after PostgreSQL came back: %d, want 200", code)
	}
	time.Sleep(300 * time.Millisecond) // late duplicates would arrive now
	proc.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-proc.done:
	case <-time.After(20 * time.Second):
		t.Fatal("the bot did not stop")
	}
	if t.Failed() {
		t.Logf("bot log:\n%s", tail(proc.stderr.String(), 40))
	}

	dups, lost := compareSent(api, ps, want)
	twice := 0
	ctx := context.Background()
	db, err := pg.Open(ctx, dbURL, pg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, p := range ps {
		s, err := db.Load(ctx, p.chat)
		if err != nil {
			t.Fatal(err)
		}
		if s.Version != int64(p.pushed) {
			twice++
		}
	}
	b, err := db.Backlog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d people × %d steps across a PostgreSQL restart: %d messages sent twice, %d missing, %d chats whose turns do not match their updates; backlog %+v",
		people, steps, dups, lost, twice, b)
	if dups+lost+twice != 0 || b.InboxWaiting+b.OutboxWaiting != 0 {
		t.Errorf("want every message once, every update applied once, both queues empty")
	}
}
