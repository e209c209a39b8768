package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
	"bujiao/dialog/telegram"
	"bujiao/store/pg/pgtest"
)

// TestBotInstancesOnPostgres runs three `bujiao bot` instances (the real
// command, built without -race, see TestMain) on one PostgreSQL database
// with the fake Bot API, while at least 300 people go through whole
// conversations, and breaks something mid-run:
//
//   - webhook-kill-instance: three webhook instances behind a round-robin
//     proxy; one is killed with SIGKILL and started again a second later;
//   - poll-kill-leader: three polling instances; the one holding the
//     poller lease is killed with SIGKILL and started again;
//   - webhook-restart-postgres: PostgreSQL (a durable cluster of its own)
//     is restarted twice, as `pg_ctl restart -m fast`, then `-m immediate`;
//   - rate-30: the shorter run at the default budget, 30 sends a second,
//     with one instance killed.
//
// Each: no update lost, none applied twice, each chat's updates applied in
// order, every chat answered, each chat's messages exactly those one bot
// alone sends (in order), at most the killed instance's sends in flight
// at the kill sent twice (and that at most --workers), and the sends of all
// three within the shared --rate in every second. The runs go side by side
// (each on its own database, so its own budget): they wait mostly on the
// budget and the leases, not on the CPU; the 30/s run follows them alone.
//
// BUJIAO_FLEET_RUNS=webhook-kill-instance×10 (a name, or "all", and a
// count) repeats runs to measure duplicates per kill.
func TestBotInstancesOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts twelve bot processes on PostgreSQL")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	pgtest.Database(t) // skips before anything starts when there is no server
	const steps = 3
	scenarios := []fleetScenario{
		{name: "webhook-kill-instance", people: 300, steps: steps, rate: 300, fault: faultInstance},
		{name: "poll-kill-leader", poll: true, people: 300, steps: steps, rate: 300, fault: faultLeader},
		{name: "webhook-restart-postgres", people: 300, steps: steps, rate: 300, fault: faultPostgres},
		{name: "rate-30", people: 60, steps: steps, rate: 30, fault: faultInstance, alone: true},
	}
	runs := scenarios
	if spec := os.Getenv("BUJIAO_FLEET_RUNS"); spec != "" {
		name, n, _ := strings.Cut(spec, "×")
		count, _ := strconv.Atoi(n)
		runs = nil
		for range max(count, 1) {
			for _, sc := range scenarios {
				if name == "all" || sc.name == name {
					runs = append(runs, sc)
				}
			}
		}
	}

	// The reference: what one bot alone (on SQLite) sends each person for
	// the same steps. Every person does the same, so every transcript is
	// the same; it is made while the fleets run.
	var (
		want     []string
		wantDone = make(chan struct{})
		wg       sync.WaitGroup
	)
	wg.Go(func() {
		defer close(wantDone)
		t.Run("reference", func(t *testing.T) {
			got := probeRun(t, 1, 12, steps, "")
			for i := range 12 {
				if strings.Join(got[i], "\x00") != strings.Join(got[0], "\x00") {
					t.Fatalf("one bot alone sent person %d %q and person 0 %q: the transcripts are not all the same", i, short(got[i]), short(got[0]))
				}
			}
			if len(got[0]) == 0 || hasRepeat(got[0]) {
				t.Fatalf("reference transcript %q: want messages, none repeated", short(got[0]))
			}
			want = got[0]
		})
	})
	run := func(i int, sc fleetScenario) {
		name := sc.name
		if len(runs) > len(scenarios) {
			name = fmt.Sprintf("%s#%d", sc.name, i)
		}
		t.Run(name, func(t *testing.T) {
			var cluster *pgtest.Cluster
			var dbURL string
			if sc.fault == faultPostgres {
				// Durable: with synchronous_commit off (the shared test
				// cluster), an immediate stop forgets commits the
				// instances were told had happened.
				cluster = pgtest.Start(t, pgtest.Options{})
				dbURL = cluster.Database(t)
			} else {
				dbURL = pgtest.Database(t)
			}
			res := runFleet(t, sc, dbURL, cluster)
			<-wantDone
			if want == nil {
				t.Fatal("no reference transcript (see the reference subtest)")
			}
			res.compare(t, want)
			res.check(t)
		})
	}
	for i, sc := range runs {
		if !sc.alone {
			wg.Go(func() { run(i, sc) })
		}
	}
	wg.Wait()
	for i, sc := range runs {
		if sc.alone {
			run(i, sc)
		}
	}
}

const (
	faultInstance = "instance" // SIGKILL one webhook instance
	faultLeader   = "leader"   // SIGKILL the polling instance
	faultPostgres = "postgres" // restart PostgreSQL (fast, then immediate)
)

type fleetScenario struct {
	name          string
	poll          bool // the instances poll (one leader) instead of receiving webhooks
	people, steps int
	rate          int // the shared --rate
	fault         string
	// alone: run after the others, not beside them. At 30 a second the
	// budget, not the work, paces the sends, so every stall of a busy
	// machine (of an instance, or of this test's fake Telegram, which
	// stamps the arrivals) shows as sends bunched in one second: beside
	// three 300-person runs, peaks of 31–34 were measured at load 10–17.
	alone bool
}

// fleetInstances is how many instances each run starts; fleetWorkers is
// their --workers, the bound on each one's sends in flight.
const (
	fleetInstances = 3
	fleetWorkers   = telegram.DefaultWorkers
)

// fleetResult is what a run measured; compare and check judge it.
type fleetResult struct {
	sc      fleetScenario
	api     *crashAPI
	ps      []*person
	elapsed time.Duration
	errs    []error // people who got no whole reply in time

	lost, appliedTwice, outOfOrder, left int
	sends, peak                          int
	// inFlight: messages the killed instance had sent (Telegram has them)
	// but not yet recorded as sent, counted in the store right after the
	// kill: at most these may go out twice.
	inFlight int
	// seenAtKill: how many messages each chat had at the kill. A message
	// sent again is the first one the chat gets after it, a copy of the
	// last one before.
	seenAtKill map[int64]int
	takeover   time.Duration // claims (or the poller lease) taken over; for PostgreSQL: sends resumed
	hooks      int           // setWebhook calls
	// unmodified: edits repeated after a kill, refused by Telegram as
	// changing nothing (the person sees no repeat).
	unmodified int

	// logs: each instance's log, to tell the story of a repeat.
	logs []*bytes.Buffer

	sentTwice, differing, unanswered int
	otherRepeats                     int // chats with a repeat elsewhere than after the kill
}

func runFleet(t *testing.T, sc fleetScenario, dbURL string, cluster *pgtest.Cluster) *fleetResult {
	res := &fleetResult{sc: sc, api: newCrashAPI(t), seenAtKill: map[int64]int{}}
	api := res.api
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
	sendsSoFar := func() int {
		timesMu.Lock()
		defer timesMu.Unlock()
		return len(times)
	}
	dir := t.TempDir()
	tokenFile, secretFile := filepath.Join(dir, "token"), filepath.Join(dir, "secret")
	os.WriteFile(tokenFile, []byte(testBotToken), 0o600)
	os.WriteFile(secretFile, []byte("shared-Secret_42\n"), 0o600)

	// The reverse proxy: each request to the next instance in turn; an
	// instance that is down is a 502, which Telegram (deliver) retries.
	addrs := make([]string, fleetInstances)
	for i := range addrs {
		addrs[i] = freeAddr(t)
	}
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
	start := func(i int) *botProcess {
		args := []string{"bot", "--token-file", tokenFile, "--api-url", front.URL, "--db", dbURL,
			"--rate", fmt.Sprint(sc.rate), "--chat-rate", "1", "--workers", fmt.Sprint(fleetWorkers),
			"--log-format", "json", "--listen", addrs[i]}
		if !sc.poll {
			args = append(args, "--webhook-url", proxy.URL+"/hook", "--webhook-secret-file", secretFile)
		}
		cmd := exec.Command("bujiao", args...)
		p := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}, done: make(chan error, 1)}
		cmd.Stderr = p.stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { p.done <- cmd.Wait() }()
		return p
	}
	var procsMu sync.Mutex
	procs := make([]*botProcess, fleetInstances)
	for i := range procs {
		procs[i] = start(i)
	}
	defer func() {
		procsMu.Lock()
		defer procsMu.Unlock()
		for _, p := range procs {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Signal(syscall.SIGTERM)
			}
		}
		for _, p := range procs {
			res.logs = append(res.logs, p.stderr)
			select {
			case <-p.done:
			case <-time.After(10 * time.Second):
				p.cmd.Process.Kill()
				<-p.done
			}
			if t.Failed() {
				t.Logf("bot log:\n%s", tail(p.stderr.String(), 20))
			}
		}
	}()
	if !sc.poll {
		api.deliver(16)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { admin.Close(context.Background()) }()

	// Every instance up (its store open, /readyz 200) before the people
	// come: an instance that cannot reach the store at start exits.
	for _, a := range addrs {
		waitReady(ctx, t, a)
	}
	began := time.Now()
	deadline := began.Add(90 * time.Second)
	var (
		wg    sync.WaitGroup
		errMu sync.Mutex
	)
	res.ps = make([]*person, sc.people)
	for i := range sc.people {
		res.ps[i] = &person{chat: int64(300_000 + i), steps: sc.steps}
		wg.Go(func() {
			if err := converseWhole(api, res.ps[i], !sc.poll, deadline); err != nil {
				errMu.Lock()
				res.errs = append(res.errs, err)
				errMu.Unlock()
			}
		})
	}
	// waitSent waits until share of the run's messages (about one a
	// step) went out: the faults come mid-conversation for nearly all.
	waitSent := func(share float64) {
		for float64(sendsSoFar()) < share*float64(sc.people*sc.steps) && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	// kill kills instance i with SIGKILL, counts its sends in flight,
	// measures how long until another instance holds what it held
	// (leaseGone, or its claims), and starts it again a second after.
	var killedAt time.Time
	kill := func(i int, leaseGone func() bool) {
		procsMu.Lock()
		victim := procs[i]
		procsMu.Unlock()
		pid := victim.cmd.Process.Pid
		victim.cmd.Process.Signal(syscall.SIGKILL)
		<-victim.done
		killed := time.Now()
		killedAt = killed
		// Counted a second after the kill, when what the victim wrote
		// before it died has surely reached the fake Telegram, and well
		// before its claims lapse (its leases were renewed at most a
		// third of a lease before: nothing of it is taken over for 3 s).
		time.Sleep(time.Until(killed.Add(time.Second)))
		api.settle()
		res.inFlight += sentNotRecorded(ctx, t, api, admin, pid)
		api.mu.Lock()
		for chat, msgs := range api.chats {
			res.seenAtKill[chat] = len(msgs)
		}
		api.mu.Unlock()
		p := start(i)
		procsMu.Lock()
		procs[i] = p
		procsMu.Unlock()
		for ctx.Err() == nil {
			if (leaseGone == nil || leaseGone()) && claimsGone(ctx, t, admin, pid) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		res.takeover = time.Since(killed)
		t.Logf("instance %d (pid %d) killed: %d of its sends in flight; taken over after %v",
			i, pid, res.inFlight, res.takeover.Round(time.Millisecond))
	}
	switch sc.fault {
	case faultInstance:
		waitSent(0.4)
		kill(1, nil)
	case faultLeader:
		waitSent(0.4)
		leader := func() string {
			var owner string
			admin.QueryRow(ctx, `SELECT owner FROM leases WHERE name = $1 AND until > now()`, persist.LeasePoller).Scan(&owner)
			return owner
		}
		owner := leader()
		_, pid, _ := persist.SplitOwner(owner)
		victim := -1
		procsMu.Lock()
		for i, p := range procs {
			if p.cmd.Process.Pid == pid {
				victim = i
			}
		}
		procsMu.Unlock()
		if victim < 0 {
			t.Fatalf("the poller lease is held by %q, none of the instances", owner)
		}
		var polls time.Time
		kill(victim, func() bool {
			if now := leader(); now != "" && now != owner {
				if polls.IsZero() {
					polls = time.Now()
				}
				return true
			}
			return false
		})
		t.Logf("another instance holds the poller lease %v after the kill", polls.Sub(killedAt).Round(time.Millisecond))
	case faultPostgres:
		for _, r := range []struct {
			at   float64
			how  string
			stop func()
		}{{0.3, "fast", cluster.StopFast}, {0.65, "immediate", cluster.Stop}} {
			waitSent(r.at)
			admin.Close(ctx)
			r.stop()
			down := time.Now()
			time.Sleep(time.Second)
			if err := cluster.Start(); err != nil {
				t.Fatal(err)
			}
			up, before := time.Now(), sendsSoFar()
			for sendsSoFar() == before && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			res.takeover = max(res.takeover, time.Since(up))
			t.Logf("PostgreSQL stopped (%s) for %v; sends resumed %v after it was back", r.how,
				up.Sub(down).Round(time.Millisecond), time.Since(up).Round(time.Millisecond))
			if admin, err = pgx.Connect(ctx, dbURL); err != nil {
				t.Fatal(err)
			}
			// The store's restart grace runs from the postmaster's start,
			// before crash recovery (store/pg RestartGrace): how much of it
			// was gone when the server took connections.
			var started time.Time
			admin.QueryRow(ctx, `SELECT pg_postmaster_start_time()`).Scan(&started)
			t.Logf("PostgreSQL (%s) accepted connections %v after its postmaster started", r.how, up.Sub(started).Round(time.Millisecond))
		}
	}
	wg.Wait()
	time.Sleep(time.Second) // late duplicates would arrive now
	res.elapsed = time.Since(began)

	// What the store says was applied: each chat's updates once, in
	// update order (finished_at is when the turn committed).
	pushed := map[int64]int{}
	for _, p := range res.ps {
		pushed[p.chat] = p.pushed
	}
	rows, err := admin.Query(ctx, `SELECT chat_id, key FROM inbox WHERE status = 'done' ORDER BY chat_id, finished_at, seq`)
	if err != nil {
		t.Fatal(err)
	}
	done, last := map[int64]int{}, map[int64]int64{}
	for rows.Next() {
		var (
			chat int64
			key  string
		)
		rows.Scan(&chat, &key)
		id, _ := strconv.ParseInt(strings.TrimPrefix(key, "tg:"), 10, 64)
		if id <= last[chat] {
			res.outOfOrder++
		}
		last[chat] = id
		done[chat]++
	}
	rows.Close()
	versions := map[int64]int{}
	rows, err = admin.Query(ctx, `SELECT chat_id, version FROM conversations`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var chat, v int64
		rows.Scan(&chat, &v)
		versions[chat] = int(v)
	}
	rows.Close()
	for chat, n := range pushed {
		res.lost += max(0, n-done[chat])
		res.appliedTwice += max(0, versions[chat]-n)
	}
	// A send whose record met the database restarting is retried (every
	// half second at most) after the person already has the message: the
	// queues must drain, not be empty the instant the last reply arrives.
	for drain := time.Now().Add(15 * time.Second); ; {
		if err := admin.QueryRow(ctx, `SELECT (SELECT count(*) FROM inbox WHERE status <> 'done') + (SELECT count(*) FROM outbox)`).Scan(&res.left); err != nil {
			t.Fatal(err)
		}
		if res.left == 0 || time.Now().After(drain) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	timesMu.Lock()
	res.peak = peakPerSecond(times)
	res.sends = len(times)
	timesMu.Unlock()
	api.mu.Lock()
	res.hooks = api.calls["setWebhook"]
	res.unmodified = api.unmodified
	api.mu.Unlock()
	return res
}

// compare holds each chat's messages against one bot's alone (want).
func (r *fleetResult) compare(t *testing.T, want []string) {
	r.api.mu.Lock()
	defer r.api.mu.Unlock()
	for _, p := range r.ps {
		var got []string
		for _, m := range r.api.chats[p.chat] {
			got = append(got, m.text)
		}
		if len(got) == 0 {
			r.unanswered++
		}
		// A message sent twice (the killed instance sent it and died
		// before recording it) is the first message after the kill, a
		// copy of the one before. Without a kill every repeat counts.
		first := 0 // the index of the first message that repeats the one before
		for i := 1; i < len(got) && first == 0; i++ {
			if got[i] == got[i-1] {
				first = i
			}
		}
		switch n := r.seenAtKill[p.chat]; {
		case r.sc.fault == faultPostgres:
			if n := repeats(got); n > 0 {
				if r.sentTwice == 0 {
					r.logRepeat(t, p.chat, got)
				}
				r.sentTwice += n
			}
		case first > 0 && first == n:
			r.sentTwice++
		case first > 0:
			// Not the first message after the kill: the person answered
			// a repeat, or a message was sent twice for another reason.
			r.otherRepeats++
			t.Logf("chat %d: a repeat not right after the kill (%d messages then): %q", p.chat, n, short(got))
		}
		// The person answers what they saw, so a chat with a repeat is
		// no longer one bot's conversation: counted, not compared.
		if hasRepeat(got) {
			continue
		}
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			r.differing++
			if r.differing <= 2 {
				t.Logf("chat %d got:\n%q\nwant:\n%q", p.chat, short(got), short(want))
			}
		}
	}
}

// logRepeat tells the story of a chat's repeated message: what it got,
// and what each instance logged about it (a record of a sent message that
// met the store's outage, retried until it landed).
func (r *fleetResult) logRepeat(t *testing.T, chat int64, got []string) {
	t.Logf("chat %d got a message twice: %q", chat, short(got))
	key := fmt.Sprintf(`"chat_id":%d`, chat)
	for i, l := range r.logs {
		for line := range strings.SplitSeq(l.String(), "\n") {
			if strings.Contains(line, key) {
				t.Logf("instance %d: %s", i, line)
			}
		}
	}
}

func (r *fleetResult) check(t *testing.T) {
	t.Helper()
	sc := r.sc
	t.Logf("%s: %d people × %d steps on %d instances in %v: lost %d, applied twice %d, out of order %d, "+
		"unanswered %d, left over %d; %d messages, sent twice %d (in flight at the kill %d; edits repeated, refused as unmodified %d), chats differing from one bot %d; "+
		"takeover %v; peak %d sends in one second (shared --rate %d)",
		sc.name, sc.people, sc.steps, fleetInstances, r.elapsed.Round(time.Millisecond), r.lost, r.appliedTwice,
		r.outOfOrder, r.unanswered+len(r.errs), r.left, r.sends, r.sentTwice, r.inFlight, r.unmodified, r.differing,
		r.takeover.Round(time.Millisecond), r.peak, sc.rate)
	for i, err := range r.errs {
		if i < 3 {
			t.Error(err)
		}
	}
	if r.lost+r.appliedTwice+r.outOfOrder+r.unanswered+r.left > 0 {
		t.Errorf("want nothing lost, applied twice, out of order, unanswered or left over")
	}
	if r.differing > 0 {
		t.Errorf("%d chats (without a repeated message) differ from one bot alone; want 0", r.differing)
	}
	// A SIGKILL between a send and its record repeats that message (the
	// Bot API has no idempotency key): only the sends in flight at the
	// kill, and those at most the victim's --workers. A restart of
	// PostgreSQL kills no instance: nothing may repeat.
	if r.otherRepeats > 0 {
		t.Errorf("%d chats got a message twice other than right after the kill", r.otherRepeats)
	}
	if r.sentTwice > r.inFlight {
		t.Errorf("%d messages sent twice, more than the %d sends in flight at the kill", r.sentTwice, r.inFlight)
	}
	if r.inFlight > fleetWorkers {
		t.Errorf("%d sends in flight at the kill, more than the instance's --workers (%d)", r.inFlight, fleetWorkers)
	}
	if r.peak > sc.rate {
		t.Errorf("peak %d sends in one second, over the shared budget of %d", r.peak, sc.rate)
	}
	if r.takeover > 15*time.Second {
		t.Errorf("taken over (or resumed) after %v, want within seconds", r.takeover)
	}
	if !sc.poll && r.hooks != 1 {
		t.Errorf("setWebhook called %d times by the instances, want once (one secret, one registration)", r.hooks)
	}
}

// sentNotRecorded counts the messages a killed instance (pid) had sent
// but not yet removed from the outbox: its first held message of a chat
// (a chat's messages go one at a time, in order) whose text is the last
// the chat received. Call it after api.settle().
func sentNotRecorded(ctx context.Context, t *testing.T, api *crashAPI, admin *pgx.Conn, pid int) int {
	t.Helper()
	rows, err := admin.Query(ctx, `SELECT DISTINCT ON (chat_id) chat_id, payload FROM outbox WHERE owner LIKE $1 ORDER BY chat_id, id`,
		fmt.Sprintf("%%/%d/%%", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	api.mu.Lock()
	defer api.mu.Unlock()
	for rows.Next() {
		var (
			chat    int64
			payload []byte
			m       struct {
				Text string `json:"t"`
			}
		)
		rows.Scan(&chat, &payload)
		msgs := api.chats[chat]
		if json.Unmarshal(payload, &m) == nil && len(msgs) > 0 && msgs[len(msgs)-1].text == m.Text {
			n++
		}
	}
	return n
}

// waitReady waits until the instance at addr answers /readyz with 200.
func waitReady(ctx context.Context, t *testing.T, addr string) {
	t.Helper()
	for ctx.Err() == nil {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the instance at %s did not get ready", addr)
}

// claimsGone reports whether no inbox entry or outbox message is held by
// process pid any more (another instance took its lapsed claims, or did
// the work).
func claimsGone(ctx context.Context, t *testing.T, admin *pgx.Conn, pid int) bool {
	var held int
	pat := fmt.Sprintf("%%/%d/%%", pid)
	if err := admin.QueryRow(ctx, `SELECT (SELECT count(*) FROM inbox WHERE status = 'new' AND owner LIKE $1)
     + (SELECT count(*) FROM outbox WHERE owner LIKE $1)`, pat).Scan(&held); err != nil {
		if ctx.Err() == nil {
			t.Error(err)
		}
		return true
	}
	return held == 0
}

// converseWhole is crashAPI.converse with a patient person: after each
// step they wait for the whole reply (down to the message that carries the
// next buttons), so a reply split by an instance's death — its first part
// sent by the dead instance, the rest by another after the lease — is not
// taken for a reply without buttons (converse would write /start again).
func converseWhole(a *crashAPI, p *person, webhook bool, deadline time.Time) error {
	for p.pushed < p.steps {
		a.mu.Lock()
		seen := len(a.chats[p.chat])
		a.mu.Unlock()
		q := *p
		q.steps = p.pushed + 1
		if err := a.converse(&q, webhook, deadline); err != nil {
			return err
		}
		p.pushed = q.pushed
		for {
			a.mu.Lock()
			msgs := a.chats[p.chat]
			ch := a.chatChanged(p.chat)
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
func hasRepeat(texts []string) bool { return repeats(texts) > 0 }

// repeats counts texts that arrived right after the same text.
func repeats(texts []string) int {
	n := 0
	for i := 1; i < len(texts); i++ {
		if texts[i] == texts[i-1] {
			n++
		}
	}
	return n
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
