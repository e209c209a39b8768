package telegram

import (
	"context"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"bujiao/dialog"
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
func TestLoad(t *testing.T) {
	if os.Getenv("BUJIAO_LOAD") != "1" {
		t.Skip("set BUJIAO_LOAD=1 to run the load test")
	}
	scripts := map[string][]scriptStep{"zh-hans": recordScript(t, "zh-hans"), "en-US": recordScript(t, "en-US")}
	sizes := []int{100, 1000}
	if os.Getenv("BUJIAO_LOAD_N") != "" {
		n, err := strconv.Atoi(os.Getenv("BUJIAO_LOAD_N"))
		if err != nil {
			t.Fatal(err)
		}
		sizes = []int{n}
	}
	for _, n := range sizes {
		b := runLoad(t, n, scripts, loadBujiao)
		if os.Getenv("BUJIAO_LOAD_ONLY") == "bujiao" {
			t.Logf("%s: %.0f updates/s p50 %.2f ms p99 %.2f ms", b.name, b.rate, ms(b.p50), ms(b.p99))
			continue
		}
		e := runLoad(t, n, scripts, loadEcho)
		s := runLoad(t, n, scripts, loadEchoSameCalls)
		t.Logf("N=%d chats, %d updates each run", n, b.updates)
		for _, r := range []loadResult{b, e, s} {
			t.Logf("  %-16s %7.0f updates/s  p50 %7.2f ms  p99 %7.2f ms  (%d messages)", r.name, r.rate, ms(r.p50), ms(r.p99), r.messages)
		}
		t.Logf("  bujiao/echo:            throughput %.2f, p99 %.2fx", b.rate/e.rate, float64(b.p99)/float64(e.p99))
		t.Logf("  bujiao/echo-same-calls: throughput %.2f, p99 %.2fx", b.rate/s.rate, float64(b.p99)/float64(s.p99))
	}
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
func recordScript(t *testing.T, lang string) []scriptStep {
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
)

type loadResult struct {
	name              string
	updates, messages int
	rate              float64
	p50, p99          time.Duration
}

func runLoad(t *testing.T, n int, scripts map[string][]scriptStep, kind loadKind) loadResult {
	t.Helper()
	f := newFakeAPI(t)
	f.light = true
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	client := defaultHTTPClient(DefaultPollTimeout, DefaultWorkers)
	var process func(ctx context.Context, u *models.Update)
	res := loadResult{name: [...]string{"bujiao", "echo", "echo-same-calls"}[kind]}

	switch kind {
	case loadBujiao:
		db, err := store.Open(ctx, t.TempDir()+"/load.db")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		m := dialog.New(knowledgeDefault(t))
		b, err := New(ctx, Config{
			Token: fakeToken, ServerURL: f.URL(), SkipGetMe: true, HTTPClient: client,
			Runner: &dialog.Runner{Machine: m, Storage: testStorage{db: db}, Now: fixedNow}, Store: db,
			Log:        slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
			GlobalRate: rate.Inf, ChatRate: rate.Inf,
		})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Shutdown()
		if err := b.Init(ctx); err != nil {
			t.Fatal(err)
		}
		process = b.api.ProcessUpdate
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
		handler := func(ctx context.Context, api *bot.Bot, u *models.Update) {
			chat, lang, text := chatOf(u)
			if kind == loadEcho {
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
		process = api.ProcessUpdate
	}

	langs := []string{"zh-hans", "en-US"}
	subs := make([]<-chan apiCall, n)
	for i := range n {
		subs[i] = f.subscribe(int64(10_000 + i))
	}
	lat := make([][]time.Duration, n)
	msgs := make([]int, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		wg.Go(func() {
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
				want := len(st.replies)
				if kind == loadEcho {
					want = 1
				}
				t0 := time.Now()
				process(ctx, up)
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
	wg.Wait()
	wall := time.Since(start)
	var all []time.Duration
	for i := range n {
		all = append(all, lat[i]...)
		res.messages += msgs[i]
	}
	slices.Sort(all)
	res.updates = len(all)
	res.rate = float64(len(all)) / wall.Seconds()
	if len(all) > 0 {
		res.p50 = all[len(all)*50/100]
		res.p99 = all[min(len(all)*99/100, len(all)-1)]
	}
	return res
}

func chatOf(u *models.Update) (chat int64, lang, text string) {
	if cq := u.CallbackQuery; cq != nil {
		return cq.Message.Message.Chat.ID, cq.From.LanguageCode, cq.Data
	}
	return u.Message.Chat.ID, u.Message.From.LanguageCode, u.Message.Text
}

func knowledgeDefault(t *testing.T) *knowledge.Base {
	kb, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

