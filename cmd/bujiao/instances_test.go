package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/store/pg/pgtest"
)

// TestBotInstancesOnPostgres runs three `bujiao bot` webhook instances on
// one PostgreSQL database behind a round-robin reverse proxy, with the
// fake Bot API; 300 people go through their conversations while one
// instance is killed with SIGKILL and started again. Every person gets
// exactly what one bot alone (on SQLite) sends for the same conversation,
// in the same order; the sends of the three together stay within the
// shared --rate. Skipped under -short; store/pg's TestInstances covers the
// poller's death and a PostgreSQL restart with three processes.
func TestBotInstancesOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three bot processes on PostgreSQL")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	dbURL := pgtest.Database(t) // skips before the reference run when there is no server
	const people, steps, rate = 300, 3, 300
	want := probeRun(t, 1, people, steps, "")

	api := newCrashAPI(t)
	var (
		timesMu sync.Mutex
		times   []time.Time
	)
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sendMessage") || strings.HasSuffix(r.URL.Path, "/editMessageText") {
			timesMu.Lock()
			times = append(times, time.Now())
			timesMu.Unlock()
		}
		api.ServeHTTP(w, r)
	}))
	defer front.Close()
	dir := t.TempDir()
	tokenFile, secretFile := filepath.Join(dir, "token"), filepath.Join(dir, "secret")
	os.WriteFile(tokenFile, []byte(testBotToken), 0o600)
	os.WriteFile(secretFile, []byte("shared-Secret_42\n"), 0o600)

	// The reverse proxy: each request to the next instance in turn; an
	// instance that is down is a 502, which Telegram (deliver) retries.
	addrs := []string{freeAddr(t), freeAddr(t), freeAddr(t)}
	var rr atomic.Uint64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr := addrs[rr.Add(1)%uint64(len(addrs))]
		body, _ := io.ReadAll(r.Body)
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, "http://"+addr+r.URL.Path, bytes.NewReader(body))
		req.Header = r.Header.Clone()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, "instance down", http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	defer proxy.Close()
	start := func(addr string) *botProcess {
		cmd := exec.Command("bujiao", "bot", "--token-file", tokenFile, "--api-url", front.URL, "--db", dbURL,
			"--rate", fmt.Sprint(rate), "--chat-rate", "1", "--log-format", "json",
			"--listen", addr, "--webhook-url", proxy.URL+"/hook", "--webhook-secret-file", secretFile)
		p := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}, done: make(chan error, 1)}
		cmd.Stderr = p.stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { p.done <- cmd.Wait() }()
		return p
	}
	procs := make([]*botProcess, len(addrs))
	for i, a := range addrs {
		procs[i] = start(a)
	}
	defer func() {
		for _, p := range procs {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Signal(syscall.SIGTERM)
				select {
				case <-p.done:
				case <-time.After(10 * time.Second):
					p.cmd.Process.Kill()
					<-p.done
				}
			}
			if t.Failed() {
				t.Logf("bot log:\n%s", tail(p.stderr.String(), 20))
			}
		}
	}()
	api.deliver(16)

	began := time.Now()
	deadline := began.Add(90 * time.Second)
	var wg sync.WaitGroup
	ps := make([]*person, people)
	for i := range people {
		ps[i] = &person{chat: int64(300_000 + i), steps: steps}
		wg.Go(func() {
			if err := converseWhole(api, ps[i], deadline); err != nil {
				t.Error(err)
			}
		})
	}
	// SIGKILL one instance when 40 % of the updates are out, and start it
	// again a second later on the same address.
	for {
		api.mu.Lock()
		pushed := api.lastID - 5000
		api.mu.Unlock()
		if pushed >= people*steps*4/10 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	victim := procs[1]
	pid := victim.cmd.Process.Pid
	victim.cmd.Process.Signal(syscall.SIGKILL)
	<-victim.done
	killed := time.Now()
	takeover := waitClaimsGone(t, dbURL, pid, deadline)
	t.Logf("instance killed (pid %d); its claims taken over after %v", pid, takeover.Round(time.Millisecond))
	time.Sleep(time.Until(killed.Add(time.Second)))
	procs[1] = start(addrs[1])
	wg.Wait()
	time.Sleep(time.Second) // late duplicates would arrive now
	elapsed := time.Since(began)

	dups, lost := compareSent(api, ps, want)
	// A chat that got a message twice (the killed instance sent it and
	// died before removing it from the outbox) is no longer the same
	// conversation as one bot's: the person answered what they saw. Every
	// other chat must match one bot alone exactly, in order.
	repeated, differing := 0, 0
	api.mu.Lock()
	for i, p := range ps {
		var got []string
		for _, m := range api.chats[p.chat] {
			got = append(got, m.text)
		}
		if hasRepeat(got) {
			repeated++
			continue
		}
		if strings.Join(got, "\x00") != strings.Join(want[i], "\x00") {
			differing++
			if differing <= 2 {
				t.Logf("chat %d got:\n%q\nwant:\n%q", p.chat, short(got), short(want[i]))
			}
		}
	}
	api.mu.Unlock()
	timesMu.Lock()
	peak := peakPerSecond(times)
	sends := len(times)
	timesMu.Unlock()
	t.Logf("%d people × %d steps on 3 instances in %v: %d messages; against one bot alone: lost %d, sent twice %d; "+
		"chats with a message repeated %d, other chats differing %d; peak %d sends in one second (shared --rate %d)",
		people, steps, elapsed.Round(time.Millisecond), sends, lost, dups, repeated, differing, peak, rate)
	if differing > 0 {
		t.Errorf("%d chats without a repeated message differ from one bot alone; want 0", differing)
	}
	// A SIGKILL between a send and its removal from the outbox repeats
	// that message (the Bot API has no idempotency key): at most the
	// victim's senders (64) can be caught so.
	if repeated > 64 {
		t.Errorf("%d chats got a message twice, more than the killed instance's senders", repeated)
	}
	if peak > rate {
		t.Errorf("peak %d sends in one second, over the shared budget of %d", peak, rate)
	}
	if takeover > 15*time.Second {
		t.Errorf("the killed instance's claims were taken over after %v, want within seconds", takeover)
	}
	api.mu.Lock()
	hooks := api.calls["setWebhook"]
	api.mu.Unlock()
	if hooks != 1 {
		t.Errorf("setWebhook called %d times by the instances, want once (one secret, one registration)", hooks)
	}
}

// converseWhole is crashAPI.converse with a patient person: after each
// step they wait for the whole reply (down to the message that carries the
// next buttons), so a reply split by an instance's death — its first part
// sent by the dead instance, the rest by another after the lease — is not
// taken for a reply without buttons (converse would write /start again).
func converseWhole(a *crashAPI, p *person, deadline time.Time) error {
	for p.pushed < p.steps {
		a.mu.Lock()
		seen := len(a.chats[p.chat])
		a.mu.Unlock()
		q := *p
		q.steps = p.pushed + 1
		if err := a.converse(&q, true, deadline); err != nil {
			return err
		}
		p.pushed = q.pushed
		for {
			a.mu.Lock()
			msgs := a.chats[p.chat]
			ch := a.changed
			a.mu.Unlock()
			if len(msgs) > seen && len(msgs[len(msgs)-1].buttons) > 0 {
				break
			}
			select {
			case <-ch:
			case <-time.After(time.Until(deadline)):
				return fmt.Errorf("chat %d: no whole reply to step %d", p.chat, p.pushed)
			}
		}
	}
	return nil
}

// hasRepeat reports whether the same text arrived twice in a row.
func hasRepeat(texts []string) bool {
	for i := 1; i < len(texts); i++ {
		if texts[i] == texts[i-1] {
			return true
		}
	}
	return false
}

func short(texts []string) []string {
	out := make([]string, len(texts))
	for i, s := range texts {
		out[i] = tail(strings.ReplaceAll(s, "\n", " "), 1)
		if r := []rune(out[i]); len(r) > 40 {
			out[i] = string(r[:40])
		}
	}
	return out
}

// waitClaimsGone waits until no inbox entry is held by the process pid
// (its lapsed claims were taken over) and returns how long that took.
func waitClaimsGone(t *testing.T, dbURL string, pid int, deadline time.Time) time.Duration {
	start := time.Now()
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	pat := fmt.Sprintf("%%/%d/%%", pid)
	for ctx.Err() == nil {
		var held int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM inbox WHERE status = 'new' AND owner LIKE $1`, pat).Scan(&held); err != nil {
			t.Fatal(err)
		}
		if held == 0 {
			return time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

// peakPerSecond is the most sends in any window [t, t+1s).
func peakPerSecond(ts []time.Time) int {
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	peak, j := 0, 0
	for i := range ts {
		for ts[i].Sub(ts[j]) >= time.Second {
			j++
		}
		peak = max(peak, i-j+1)
	}
	return peak
}
