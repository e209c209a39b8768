package telegram

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/knowledge"
	"bujiao/store"
)

// TestLoad measures the bot against a bare echo bot built on the same
// library, talking to the same kind of fake server, in the same run:
// N chats (100, then 1,000) each go through a whole conversation at once.
//
// Injection: updates are handed to the library with ProcessUpdate, as the
// webhook path would, not queued for getUpdates, so polling intervals do
// not enter the figures. Latency runs from ProcessUpdate to the fake
// server receiving the last message of the turn. Rate limits are lifted
// (they would cap every bot at 30 messages a second) and the fake server
// does not record or check messages. Run with
//
//	BUJIAO_LOAD=1 go test -run TestLoad -v ./dialog/telegram
//
// BUJIAO_LOAD_BATCH and BUJIAO_LOAD_SLACK set SaturatedBurst and
// SaturatedSlack (1: the sender saturated paces its replies as below
// saturation). BUJIAO_LOAD_N, BUJIAO_LOAD_ROUNDS (default 3), BUJIAO_LOAD_WORKERS and
// BUJIAO_LOAD_ONLY=bujiao narrow it down; BUJIAO_LOAD_LIMITS=default keeps
// bujiao's default rate limits (30 messages a second: saturation), and the
// echo bot waits for the same overall limit. BUJIAO_LOAD_IDLE=1 also logs
// what each bot's process costs a second with nothing to do (watched for
// idleWindow before each run's clock starts).
// BUJIAO_LOAD_PROFDIR=DIR (with BUJIAO_LOAD_SPLIT=1) keeps each run's CPU
// profile as DIR/<run>.pprof: both runs handle the same updates, so
// `go tool pprof -diff_base=DIR/bujiao.pprof DIR/bujiao-saturated.pprof`
// shows where the saturated run's extra CPU per update goes.
//
// Issue 19's target for waiting (CPU per update at saturation at most 1.2x
// that with the limits raised) is measured with BUJIAO_LOAD_LIMITS=both:
// bujiao with the limits raised and with its default limits, and the echo
// bot the same way, in the same rounds. Its figure is the whole process's CPU, the fake Telegram and the
// simulated people included, and at saturation the run lasts
// messages/30 s, so every per-second cost of the process is spread over
// the same updates. BUJIAO_LOAD_SPLIT=1 splits each run's CPU by part from
// a CPU profile of the run (not with -cpuprofile): the bot's goroutines
// (its store's writer and scrubber, its feeders, senders and workers, its
// HTTP client, and the webhook handler called for each update), the fake
// Telegram's, the simulated people's, and the runtime's own (samples in
// no goroutine of them: the scheduler looking for work, the collector's
// workers), and logs the bot's own ratio beside the process's. The
// profile samples at 500 Hz, and its shares are applied to the process's
// CPU (getrusage); a run with the limits raised has about half a second
// of CPU, some 250 samples, so one run's split is good to about ten
// percent.
//
// Each run also logs its thread sleeps per update (voluntary context
// switches of the process's threads): at saturation the process idles
// between sends, and every event wakes it again. A wake of the idle
// process costs 120-160 µs of CPU on the 2-core machine this was measured
// on (TestLoadSpacing), the work itself 0.9-1.2x what it costs back to
// back, so the saturated figure follows the sleeps: about 13 an update
// for the echo bot, 15-18 for bujiao when the saturated sender paced its
// replies one every 33 ms, under 3 with the limits raised; in batches
// (SaturatedBurst) 2-3 for the echo bot and 5-7 for bujiao. A change that
// saves work but adds a wait (a commit held for company: 2.5 -> 1.0
// transactions an update, 15 -> 21 sleeps, no less CPU) does not pay.
// "waits at leave" counts the sends whose booked place came before the
// window of calls that left had room (SaturatedSlack): each is a wake more.
//
// Where the wakes come from (cpu19j, N=100, BUJIAO_LOAD_TRACE=DIR and
// testdata/wakes): the bot's goroutines are woken about as often an update
// saturated as with the limits raised (17.5 and 15.6 wakes an update, the
// echo bot 21.8 saturated); what differs is that saturated the process is
// idle between them, so a wake starts a thread (processors started from
// idle: 2.6 an update saturated, 0.14 raised, the echo bot 2.1) and the
// runtime's sysmon polls every 20 µs while any processor runs or waits in
// a system call (the thread with most sleeps, 4-4.5 an update). Taking
// hops out (adopt handing rows to the dispatcher itself, a buffered writer
// queue: 2 goroutine wakes an update fewer) moved neither thread sleeps
// nor CPU measurably, and with GOMAXPROCS=1 the ratio is still 1.55x. The
// rest is work: at saturation the writer's transactions are smaller (0.95
// against 0.62 an update, each some 22 pwrite and 8 fcntl calls of
// SQLite's), and the per-second scrub costs 1.2-1.8 ms of CPU a tick
// (store's BenchmarkScrubTick), 40-60 µs an update at 29 a second
// (BUJIAO_LOAD_SCRUB=-1s leaves it out).
func TestLoad(t *testing.T) {
	if os.Getenv("BUJIAO_LOAD") != "1" {
		t.Skip("set BUJIAO_LOAD=1 to run the load test")
	}
	pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), loadLabels("setup", "")))
	defer pprof.SetGoroutineLabels(context.Background())
	if os.Getenv("BUJIAO_LOAD_BATCH") != "" {
		old := SaturatedBurst
		SaturatedBurst = envInt(t, "BUJIAO_LOAD_BATCH", old)
		t.Cleanup(func() { SaturatedBurst = old })
	}
	if s := os.Getenv("BUJIAO_LOAD_SLACK"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		old := SaturatedSlack
		SaturatedSlack = d
		t.Cleanup(func() { SaturatedSlack = old })
	}
	scripts := map[string][]scriptStep{"zh-hans": recordScript(t, "zh-hans"), "en-US": recordScript(t, "en-US")}
	sizes := []int{100, 1000}
	if s := os.Getenv("BUJIAO_LOAD_N"); s != "" {
		sizes = []int{envInt(t, "BUJIAO_LOAD_N", 0)}
	}
	rounds := envInt(t, "BUJIAO_LOAD_ROUNDS", 3)
	kinds := []loadKind{loadBujiao, loadEcho, loadEchoSameCalls}
	switch {
	case os.Getenv("BUJIAO_LOAD_ONLY") == "bujiao":
		kinds = kinds[:1]
	case os.Getenv("BUJIAO_LOAD_LIMITS") == "both":
		// Issue 19's target: CPU per update at saturation (default
		// limits) against that with the limits raised, in one run.
		// The echo bot, raised and waiting for the same overall limit,
		// beside it: what the same measurement makes of a bare bot's
		// ratio.
		kinds = []loadKind{loadBujiao, loadBujiaoSaturated, loadEcho, loadEchoSaturated}
	case os.Getenv("BUJIAO_LOAD_LIMITS") == "default":
		// The echo bot waits for the same overall budget: what waiting
		// costs a bare bot, beside what it costs bujiao.
		kinds = kinds[:2]
	}
	for _, n := range sizes {
		// Rounds interleave the bots so that they share the machine's
		// conditions; the medians are compared.
		res := make([][]loadResult, len(kinds))
		for r := range rounds {
			for i, k := range kinds {
				x := runLoad(t, n, scripts, k)
				res[i] = append(res[i], x)
				t.Logf("N=%-4d round %d %-16s %6.0f updates/s  p50 %8.2f ms  p99 %8.2f ms  cpu %5.0f µs/update%s",
					n, r+1, x.name, x.rate, ms(x.p50), ms(x.p99), x.cpu, x.splitText())
			}
		}
		med := make([]loadResult, len(kinds))
		for i := range kinds {
			med[i] = median(res[i])
			t.Logf("N=%-4d median   %-16s %6.0f updates/s  p50 %8.2f ms  p99 %8.2f ms  cpu %5.0f µs/update%s (%d updates, %d messages)",
				n, med[i].name, med[i].rate, ms(med[i].p50), ms(med[i].p99), med[i].cpu, med[i].splitText(), med[i].updates, med[i].messages)
			if med[i].idle > 0 {
				// The idle cost over the run's wall time, spread over its
				// updates: the part of cpu no work per update can cut.
				t.Logf("N=%-4d idle     %-16s %6.1f ms CPU a second with nothing to do: %5.0f µs/update of this run's wall time",
					n, med[i].name, med[i].idle, med[i].idle*1000*med[i].wall.Seconds()/float64(max(med[i].updates, 1)))
			}
		}
		if len(kinds) > 1 && kinds[1] == loadBujiaoSaturated {
			// The whole process's CPU (bot, fake Telegram, simulated
			// people, runtime) and, with BUJIAO_LOAD_SPLIT=1, the bot's
			// own: the samples of its goroutines in the run's CPU
			// profile (loadLabels), the runtime's own (the scheduler
			// looking for work, the collector's workers) left out.
			ratio := func(name string, sat, raised loadResult) {
				line := fmt.Sprintf("N=%-4d %-16s saturated vs raised: cpu per update %.2fx", n, name, sat.cpu/raised.cpu)
				if sat.split != nil && raised.split["bot"] > 0 {
					line += fmt.Sprintf(", the bot's own %.2fx, bot+runtime %.2fx", sat.split["bot"]/raised.split["bot"],
						(sat.split["bot"]+sat.split[""])/(raised.split["bot"]+raised.split[""]))
				}
				t.Log(line)
			}
			ratio("bujiao", med[1], med[0])
			ratio("echo", med[3], med[2])
			t.Logf("N=%-4d target: bujiao saturated vs raised <= 1.2x", n)
			continue
		}
		for i := 1; i < len(kinds); i++ {
			t.Logf("N=%-4d bujiao vs %-16s throughput ratio %.2f (target >= 0.8), p99 ratio %.2fx (target <= 1.25x)",
				n, med[i].name, med[0].rate/med[i].rate, float64(med[0].p99)/float64(med[i].p99))
		}
	}
}

// loadLabels are the CPU profile's labels of one part of the load test:
// setup (outside the clock), bot, harness (the fake Telegram server) or
// people (the simulated chats). What no goroutine of them runs is the Go
// runtime's own (the scheduler finding nothing to run, the garbage
// collector's workers). The label run is the bot's name (bujiao,
// bujiao-saturated, echo...). Split a profile with
//
//	go tool pprof -tags cpu.out
//	go tool pprof -top -tagfocus run=bujiao-saturated -tagfocus part=bot cpu.out
func loadLabels(part, run string) pprof.LabelSet { return pprof.Labels("part", part, "run", run) }

func envInt(t testing.TB, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// median takes each figure's median over the rounds separately.
func median(rs []loadResult) loadResult {
	out := rs[0]
	pick := func(f func(loadResult) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	out.rate = pick(func(r loadResult) float64 { return r.rate })
	out.cpu = pick(func(r loadResult) float64 { return r.cpu })
	out.p50 = time.Duration(pick(func(r loadResult) float64 { return float64(r.p50) }))
	out.p99 = time.Duration(pick(func(r loadResult) float64 { return float64(r.p99) }))
	if rs[0].split != nil {
		out.split = map[string]float64{}
		for k := range rs[0].split {
			out.split[k] = pick(func(r loadResult) float64 { return r.split[k] })
		}
	}
	out.sleeps = pick(func(r loadResult) float64 { return r.sleeps })
	out.leaveWaits = pick(func(r loadResult) float64 { return r.leaveWaits })
	out.gcs = uint32(pick(func(r loadResult) float64 { return float64(r.gcs) }))
	out.alloc = pick(func(r loadResult) float64 { return r.alloc })
	out.tx = pick(func(r loadResult) float64 { return r.tx })
	out.claims = int64(pick(func(r loadResult) float64 { return float64(r.claims) }))
	out.renewals = int64(pick(func(r loadResult) float64 { return float64(r.renewals) }))
	out.idle = pick(func(r loadResult) float64 { return r.idle })
	out.wall = time.Duration(pick(func(r loadResult) float64 { return float64(r.wall) }))
	return out
}

// cpuTime is the CPU time used by this process so far: bot, fake server
// and simulated people together.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// scriptStep is one update of the recorded conversation and what the bot
// sent for it.
type scriptStep struct {
	text, data string
	replies    []apiCall
}

// recordScript runs one conversation (/start, then the first button until
// the answer) and records it; every simulated chat of a language follows it.
func recordScript(t testing.TB, lang string) []scriptStep {
	h := newHarness(t)
	h.configure = unlimited
	h.start()
	defer h.stop()
	u := h.user(9, lang)
	steps := []scriptStep{{text: "/start", replies: u.say("/start")}}
	for !isAnswer(steps[len(steps)-1].replies) {
		data := u.lastKeyboard().buttons()[0]
		steps = append(steps, scriptStep{data: data, replies: u.press(data)})
	}
	return steps
}

type loadKind int

const (
	loadBujiao loadKind = iota
	loadEcho
	loadEchoSameCalls
	// loadBujiaoSaturated is bujiao with its default limits whatever
	// BUJIAO_LOAD_LIMITS says (BUJIAO_LOAD_LIMITS=both: beside loadBujiao
	// with the limits raised, in the same rounds).
	loadBujiaoSaturated
	// loadEchoSaturated is the echo bot waiting for the default overall
	// limit.
	loadEchoSaturated
)

type loadResult struct {
	name              string
	updates, messages int
	rate              float64
	p50, p99          time.Duration
	cpu               float64 // µs of process CPU per update
	// idle is the process's CPU with the bot started and nothing to do,
	// in ms a second (BUJIAO_LOAD_IDLE=1), and wall the run's duration.
	idle float64
	wall time.Duration
	// split is the run's CPU per update by part (BUJIAO_LOAD_SPLIT=1):
	// bot, harness, people, and "" for the runtime's own, in µs, from a
	// CPU profile of the run (loadLabels).
	split map[string]float64
	// tx is bujiao's store transactions per update; claims and renewals
	// its claim passes (reads of the inbox or outbox) and lease renewals
	// in the run.
	tx               float64
	claims, renewals int64
	// gcs are the garbage collections during the run, alloc the KiB
	// allocated per update (the process's).
	gcs   uint32
	alloc float64
	// sleeps are the times a thread of the process went to sleep (and
	// was woken), per update (Linux; 0 elsewhere).
	sleeps float64
	// leaveWaits are the limiter's waits at leave per update: a booked
	// place that found the window of calls that left still full.
	leaveWaits float64
}

// splitText is the CPU split of r (BUJIAO_LOAD_SPLIT=1), "" without one.
func (r loadResult) splitText() string {
	var s string
	if r.split != nil {
		s = fmt.Sprintf(" = bot %4.0f + runtime %4.0f + fake Telegram %4.0f + people %3.0f",
			r.split["bot"], r.split[""], r.split["harness"], r.split["people"])
	}
	s += fmt.Sprintf("  %d GCs, %.0f KiB/update, %.1f thread sleeps/update, %.2f waits at leave", r.gcs, r.alloc, r.sleeps, r.leaveWaits)
	if r.tx > 0 {
		s += fmt.Sprintf("  %.2f transactions/update, %d claim passes, %d renewals", r.tx, r.claims, r.renewals)
	}
	return s
}

// idleWindow is how long BUJIAO_LOAD_IDLE=1 watches the idle bot.
const idleWindow = 3 * time.Second

func runLoad(t testing.TB, n int, scripts map[string][]scriptStep, kind loadKind) loadResult {
	t.Helper()
	name := [...]string{"bujiao", "echo", "echo-same-calls", "bujiao-saturated", "echo-saturated"}[kind]
	loadLabels := func(part string) pprof.LabelSet { return loadLabels(part, name) }
	// The fake Telegram's goroutines (its server and every connection's)
	// carry the label part=harness, the simulated people's part=people,
	// the bot's part=bot (loadLabels).
	var f *fakeAPI
	pprof.Do(context.Background(), loadLabels("harness"), func(context.Context) { f = newFakeAPI(t) })
	f.light = true
	// Every goroutine this one starts from here until the clock starts
	// (the store's writer and scrubber, the bot's feeders and senders, the
	// echo bot's) belongs to the bot.
	setup := pprof.WithLabels(context.Background(), loadLabels("setup"))
	pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), loadLabels("bot")))
	defer pprof.SetGoroutineLabels(setup)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// One client for every bot, its idle pool as large as bujiao's own
	// (turn workers, senders, background senders): with a smaller one
	// every bot dials and closes a connection for most calls, and that is
	// what the comparison would measure.
	client := defaultHTTPClient(DefaultPollTimeout, httpCallers(DefaultWorkers, DefaultSenders))
	// process hands an update to the bot: as the struct (the echo bots,
	// through the library's ProcessUpdate) or as the JSON Telegram posts
	// (bujiao's webhook handler).
	var process func(ctx context.Context, u *models.Update, body []byte)
	var transactions func() int64     // bujiao's store: transactions run so far
	var claims, renewals atomic.Int64 // bujiao's claim passes and lease renewals
	var leaveWaits *atomic.Int64      // the limiter's waits at leave
	var dbPath string                 // bujiao's store
	res := loadResult{name: name}
	limited := os.Getenv("BUJIAO_LOAD_LIMITS") == "default"

	switch kind {
	case loadBujiao, loadBujiaoSaturated:
		// BUJIAO_LOAD_SCRUB sets the store's scrub interval (-1s: none),
		// to weigh the per-second checkpoint.
		var opts store.Options
		if s := os.Getenv("BUJIAO_LOAD_SCRUB"); s != "" {
			d, err := time.ParseDuration(s)
			if err != nil {
				t.Fatal(err)
			}
			opts.ScrubInterval = d
		}
		dbPath = t.TempDir() + "/load.db"
		db, err := store.OpenWith(ctx, dbPath, opts)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		transactions = db.Transactions
		pprof.SetGoroutineLabels(setup)
		if b, ok := t.(*testing.B); ok {
			// Loading the knowledge base is once a process, not once an
			// update: BenchmarkUpdate's B/op leaves it out.
			b.StopTimer()
		}
		kb := knowledgeDefault(t)
		if b, ok := t.(*testing.B); ok {
			b.StartTimer()
		}
		m := dialog.New(kb)
		pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), loadLabels("bot")))
		sessions := testSessions{DB: db}
		mb := countingMailbox{testSessions: sessions, claims: &claims, renewals: &renewals}
		cfg := Config{
			Token: fakeToken, ServerURL: f.URL(), SkipGetMe: true, HTTPClient: client,
			Runner: &dialog.Runner{Machine: m, Sessions: sessions, Now: fixedNow}, Mailbox: mb,
			Log:        slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
			GlobalRate: rate.Inf, ChatRate: rate.Inf, Workers: loadWorkers(t),
		}
		if limited || kind == loadBujiaoSaturated {
			// Telegram's limits hold the sender back: the outbox grows,
			// and the CPU per update shows what waiting costs.
			cfg.GlobalRate, cfg.ChatRate = 0, 0
		}
		b, err := New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer b.Shutdown()
		if err := b.Init(ctx); err != nil {
			t.Fatal(err)
		}
		b.Start()
		leaveWaits = &b.lim.leaveWaits
		// In process, as the echo bots get theirs (ProcessUpdate): the
		// webhook handler decodes and stores the update, but no
		// connection of the test's own is counted against the bot.
		hook := b.WebhookHandler()
		process = func(ctx context.Context, _ *models.Update, body []byte) {
			pprof.Do(ctx, loadLabels("bot"), func(context.Context) { serveBody(t, f, hook, b.secret, body) })
		}
	default:
		// The bare way to write a bot with the library: default async
		// handlers, one goroutine per update.
		var mu sync.Mutex
		step := map[int64]int{}
		fail := func(err error) {
			if err != nil && ctx.Err() == nil {
				t.Error(err)
			}
		}
		// With BUJIAO_LOAD_LIMITS=default the echo bot keeps Telegram's
		// overall limit with bujiao's limiter (30 in a second plus the
		// guard).
		limitCfg := Config{GlobalRate: rate.Inf, ChatRate: rate.Inf, ChatBurst: 1, Sleep: sleepCtx}
		if limited || kind == loadEchoSaturated {
			limitCfg.GlobalRate = DefaultGlobalRate
		}
		limit := newLimits(&limitCfg)
		leaveWaits = &limit.leaveWaits
		handler := func(ctx context.Context, api *bot.Bot, u *models.Update) {
			chat, lang, text := chatOf(u)
			if err := limit.wait(ctx, chat); err != nil {
				return
			}
			if kind == loadEcho || kind == loadEchoSaturated {
				_, err := api.SendMessage(ctx, &bot.SendMessageParams{ChatID: chat, Text: text})
				fail(err)
				return
			}
			// Same Bot API calls as bujiao makes for this update.
			mu.Lock()
			i := step[chat]
			step[chat]++
			mu.Unlock()
			if cq := u.CallbackQuery; cq != nil {
				api.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: cq.ID})
				api.EditMessageReplyMarkup(ctx, &bot.EditMessageReplyMarkupParams{ChatID: chat, MessageID: cq.Message.Message.ID})
			}
			for _, r := range scripts[lang][i].replies {
				var markup models.ReplyMarkup
				if r.Markup != nil {
					markup = r.Markup
				}
				_, err := api.SendMessage(ctx, &bot.SendMessageParams{ChatID: chat, Text: r.Text, ParseMode: models.ParseModeHTML,
					LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()}, ReplyMarkup: markup})
				fail(err)
			}
		}
		api, err := bot.New(fakeToken, bot.WithServerURL(f.URL()), bot.WithSkipGetMe(), bot.WithDefaultHandler(handler),
			bot.WithHTTPClient(DefaultPollTimeout, client))
		if err != nil {
			t.Fatal(err)
		}
		process = func(ctx context.Context, u *models.Update, _ []byte) {
			// The library's goroutine for the update inherits the label.
			pprof.Do(ctx, loadLabels("bot"), func(ctx context.Context) { api.ProcessUpdate(ctx, u) })
		}
	}

	pprof.SetGoroutineLabels(setup)
	langs := []string{"zh-hans", "en-US"}
	subs := make([]<-chan apiCall, n)
	for i := range n {
		subs[i] = f.subscribe(int64(10_000 + i))
	}
	// The updates, and the JSON Telegram would post, are made before the
	// clock starts: encoding them is Telegram's work, counted against no
	// bot (the echo bots are handed the structs).
	ups := make([][]*models.Update, n)
	bodies := make([][][]byte, n)
	for i := range n {
		chat := int64(10_000 + i)
		u := &tgUser{id: chat, chatID: chat, chatType: models.ChatTypePrivate, lang: langs[i%2]}
		for s, st := range scripts[u.lang] {
			var up *models.Update
			if st.text != "" {
				up = u.textUpdate(st.text)
			} else {
				up = u.pressUpdate(1, st.data)
			}
			up.ID = int64(i*100 + s + 1)
			ups[i] = append(ups[i], up)
			if kind == loadBujiao || kind == loadBujiaoSaturated {
				body, err := json.Marshal(up)
				if err != nil {
					t.Fatal(err)
				}
				bodies[i] = append(bodies[i], body)
			}
		}
	}
	lat := make([][]time.Duration, n)
	msgs := make([]int, n)
	var wg sync.WaitGroup
	if os.Getenv("BUJIAO_LOAD_IDLE") == "1" {
		// The bot started, nothing to do: what the process costs per
		// second of wall time whatever it does (tickers, the store's
		// checkpoint, the runtime). A run that lasts longer at the same
		// work pays more of it.
		runtime.GC()
		c0, t0 := cpuTime(), time.Now()
		time.Sleep(idleWindow)
		res.idle = float64((cpuTime() - c0).Microseconds()) / 1000 / time.Since(t0).Seconds()
	}
	runtime.GC()
	var prof bytes.Buffer
	profiling := false
	if os.Getenv("BUJIAO_LOAD_SPLIT") == "1" {
		// 500 samples a second, not the profiler's 100: a run with the
		// limits raised lasts a fraction of a second. (StartCPUProfile
		// then says on stderr that it cannot set its own rate.)
		runtime.SetCPUProfileRate(500)
		if err := pprof.StartCPUProfile(&prof); err != nil {
			t.Logf("BUJIAO_LOAD_SPLIT: %v (not with -cpuprofile)", err)
		} else {
			profiling = true
		}
	}
	var tx0 int64
	if transactions != nil {
		tx0 = transactions()
	}
	claims0, renewals0 := claims.Load(), renewals.Load()
	waits0 := leaveWaits.Load()
	var mem0 runtime.MemStats
	runtime.ReadMemStats(&mem0)
	sleeps0 := threadSleeps()
	perTask0 := taskSleeps()
	stopTrace := startLoadTrace(t, name)
	keepWAL := func() {}
	if dbPath != "" {
		keepWAL = holdWAL(t, dbPath, name)
	}
	cpu0 := cpuTime()
	start := time.Now()
	pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), loadLabels("people")))
	for i := range n {
		wg.Go(func() {
			chat := int64(10_000 + i)
			for s, st := range scripts[langs[i%2]] {
				up := ups[i][s]
				var body []byte
				if bodies[i] != nil {
					body = bodies[i][s]
				}
				want := len(st.replies)
				if kind == loadEcho || kind == loadEchoSaturated {
					want = 1
				}
				t0 := time.Now()
				process(ctx, up, body)
				var last apiCall
				for range want {
					select {
					case last = <-subs[i]:
						msgs[i]++
					case <-time.After(60 * time.Second):
						t.Errorf("%s: chat %d step %d: reply missing", res.name, chat, s)
						return
					}
				}
				lat[i] = append(lat[i], last.At.Sub(t0))
			}
		})
	}
	pprof.SetGoroutineLabels(setup)
	wg.Wait()
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	stopTrace()
	keepWAL()
	sleeps := threadSleeps() - sleeps0
	logTaskSleeps(t, name, perTask0)
	var mem1 runtime.MemStats
	runtime.ReadMemStats(&mem1)
	res.sleeps = float64(sleeps) / float64(max(countUpdates(lat), 1))
	res.leaveWaits = float64(leaveWaits.Load()-waits0) / float64(max(countUpdates(lat), 1))
	res.gcs = mem1.NumGC - mem0.NumGC
	res.alloc = float64(mem1.TotalAlloc-mem0.TotalAlloc) / 1024 / float64(max(countUpdates(lat), 1))
	if transactions != nil {
		res.tx = float64(transactions()-tx0) / float64(max(countUpdates(lat), 1))
		res.claims, res.renewals = claims.Load()-claims0, renewals.Load()-renewals0
	}
	if profiling {
		pprof.StopCPUProfile()
		if dir := os.Getenv("BUJIAO_LOAD_PROFDIR"); dir != "" {
			// Kept for `go tool pprof`: comparing where a saturated run's
			// extra CPU goes needs the profiles themselves.
			if err := os.WriteFile(dir+"/"+res.name+".pprof", prof.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		parts, err := cpuByLabel(prof.Bytes(), "part")
		if err != nil {
			t.Fatalf("read the run's CPU profile: %v", err)
		}
		// The samples' shares of the process's CPU (getrusage, as cpu):
		// the profile's own times assume its default rate.
		var total time.Duration
		for _, d := range parts {
			total += d
		}
		res.split = map[string]float64{}
		for _, k := range []string{"bot", "harness", "people", "setup", ""} {
			res.split[k] = float64(cpu.Microseconds()) / float64(max(countUpdates(lat), 1)) * float64(parts[k]) / float64(max(total, 1))
		}
	}
	var all []time.Duration
	for i := range n {
		all = append(all, lat[i]...)
		res.messages += msgs[i]
	}
	slices.Sort(all)
	res.updates = len(all)
	res.rate = float64(len(all)) / wall.Seconds()
	res.wall = wall
	res.cpu = float64(cpu.Microseconds()) / float64(max(len(all), 1))
	if len(all) > 0 {
		res.p50 = all[len(all)*50/100]
		res.p99 = all[min(len(all)*99/100, len(all)-1)]
	}
	return res
}

func countUpdates(lat [][]time.Duration) int {
	n := 0
	for _, l := range lat {
		n += len(l)
	}
	return n
}

// threadSleeps is how often the process's threads have gone to sleep so
// far (voluntary context switches, summed over /proc/self/task): each
// one is a wake to come, what an idle process pays for every event.
func threadSleeps() int64 {
	var n int64
	for _, x := range taskSleeps() {
		n += x
	}
	return n
}

// countingMailbox counts the bot's claim passes and lease renewals: what
// it reads and writes per message beside the turn, the removal and the
// stored update.
type countingMailbox struct {
	testSessions
	claims, renewals *atomic.Int64
}

func (m countingMailbox) ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Outbound, error) {
	m.claims.Add(1)
	return m.testSessions.ClaimOutbox(ctx, owner, lease, limit)
}

func (m countingMailbox) ClaimInbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Inbound, error) {
	m.claims.Add(1)
	return m.testSessions.ClaimInbox(ctx, owner, lease, limit)
}

func (m countingMailbox) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	m.renewals.Add(1)
	return m.testSessions.RenewOutbox(ctx, owner, lease, ids)
}

func (m countingMailbox) RenewInbox(ctx context.Context, owner string, lease time.Duration, seqs []int64) ([]int64, error) {
	m.renewals.Add(1)
	return m.testSessions.RenewInbox(ctx, owner, lease, seqs)
}

// loadWorkers is the bot's worker count: BUJIAO_LOAD_WORKERS, else the
// default.
func loadWorkers(t testing.TB) int { return envInt(t, "BUJIAO_LOAD_WORKERS", DefaultWorkers) }

// serveBody hands an update's JSON to a webhook handler in process, and
// the call its response carries, if any, to the fake Telegram.
func serveBody(t testing.TB, f *fakeAPI, h http.Handler, secret string, body []byte) {
	req := httptest.NewRequest(http.MethodPost, "/hook", bytes.NewReader(body))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("webhook: status %d", rec.Code)
		return
	}
	f.webhookReply(rec.Header(), rec.Body.Bytes())
}

func chatOf(u *models.Update) (chat int64, lang, text string) {
	if cq := u.CallbackQuery; cq != nil {
		return cq.Message.Message.Chat.ID, cq.From.LanguageCode, cq.Data
	}
	return u.Message.Chat.ID, u.Message.From.LanguageCode, u.Message.Text
}

func knowledgeDefault(t testing.TB) *knowledge.Base {
	kb, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestLoadSpacing is the load test's control: the same piece of work (a
// hash of 256 KiB and a map built and dropped), run 300 times back to
// back and 300 times 30 a second, each run's process CPU per piece, in
// the same rounds, and the sleeps and wakes of the second alone. What the second costs over the first is what this
// machine charges for doing work thirty times a second rather than in a
// burst (caches gone cold, a sleeping core woken, the runtime parking and
// waking its threads), with no bot, store or network in it: the floor of
// the saturated/raised ratio of TestLoad for work that does not change.
//
//	BUJIAO_LOAD=1 go test -run TestLoadSpacing -v ./dialog/telegram
func TestLoadSpacing(t *testing.T) {
	if os.Getenv("BUJIAO_LOAD") != "1" {
		t.Skip("set BUJIAO_LOAD=1 to run the load test")
	}
	buf := make([]byte, 256<<10)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	var sink [32]byte
	work := func(i int) {
		m := make(map[int]int, 512)
		for k := range 512 {
			m[k*i] = k
		}
		sink = sha256.Sum256(buf[:len(buf)-len(m)%2])
	}
	run := func(every time.Duration, idle bool) float64 {
		const n = 300
		runtime.GC()
		c0 := cpuTime()
		next := time.Now()
		for i := range n {
			if every > 0 {
				next = next.Add(every)
				time.Sleep(time.Until(next))
			}
			if !idle {
				work(i)
			}
		}
		return float64((cpuTime() - c0).Microseconds()) / n
	}
	for r := range envInt(t, "BUJIAO_LOAD_ROUNDS", 3) {
		burst, spaced := run(0, false), run(time.Second/DefaultGlobalRate, false)
		wake := run(time.Second/DefaultGlobalRate, true)
		t.Logf("round %d: the same work %4.0f µs back to back, %4.0f µs at 30 a second (%.2fx), of which %3.0f µs the wake alone (%.2fx without it)",
			r+1, burst, spaced, spaced/burst, wake, (spaced-wake)/burst)
	}
	_ = sink
}
