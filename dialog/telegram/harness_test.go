package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"
	"gopkg.in/yaml.v3"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/knowledge"
	"bujiao/store"
)

// testSessions is the store itself (it satisfies the contract directly);
// failApply makes the next Commit calls fail.
type testSessions struct {
	*store.DB
	failApply *atomic.Int32
}

func (s testSessions) Commit(ctx context.Context, c dialog.Commit) error {
	if s.failApply != nil && s.failApply.Add(-1) >= 0 {
		return errors.New("injected storage failure")
	}
	return s.DB.Commit(ctx, c)
}

// listOutbox reads every queued message without claiming it.
func listOutbox(db *store.DB) ([]persist.Outbound, error) {
	return db.PeekOutbox(context.Background())
}

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// sleeps records the waits the bot asks for and returns at once.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// fixedNow makes answers independent of the day the tests run.
func fixedNow() time.Time { return time.Date(2026, 3, 16, 12, 0, 0, 0, knowledge.China) }

// harness runs a real Bot, through the real library, against the fake
// API and a real SQLite file.
type harness struct {
	t       testing.TB
	api     *fakeAPI
	path    string
	kb      *knowledge.Base
	log     *syncBuffer
	sleeps  *sleeps
	failing atomic.Int32
	// configure adjusts the Config of every bot the harness starts.
	configure func(*Config)
	// private lists texts that must never reach the logs.
	private []string

	db     *store.DB
	bot    *Bot
	cancel context.CancelFunc
	runErr chan error
	hook   *httptest.Server // webhook mode

	mu      sync.Mutex
	done    map[int64]int
	changed chan struct{}
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	kb, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{
		t: t, api: newFakeAPI(t), path: t.TempDir() + "/bujiao.db", kb: kb,
		log: &syncBuffer{}, sleeps: &sleeps{}, done: map[int64]int{}, changed: make(chan struct{}),
	}
	t.Cleanup(func() {
		h.stop()
		logs := h.log.String()
		if strings.Contains(logs, fakeToken) || strings.Contains(logs, "TEST-token") {
			t.Errorf("the token appears in the logs:\n%s", logs)
		}
		for _, p := range h.private {
			if strings.Contains(logs, p) {
				t.Errorf("the logs contain the person's text %q:\n%s", p, logs)
			}
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", logs)
		}
	})
	return h
}

func (h *harness) config() Config {
	sessions := testSessions{DB: h.db, failApply: &h.failing}
	m := dialog.New(h.kb)
	m.DefaultLang = knowledge.Zh
	cfg := Config{
		Token:       fakeToken,
		ServerURL:   h.api.URL(),
		Runner:      &dialog.Runner{Machine: m, Sessions: sessions, Now: fixedNow},
		Mailbox:     sessions,
		Log:         slog.New(slog.NewTextHandler(h.log, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Workers:     4,
		PollTimeout: 2 * time.Second,
		SendTimeout: 30 * time.Second, // a timeout resends: only fault tests want one
		Grace:       2 * time.Second,
		Sleep:       h.sleeps.sleep,
		SkipGetMe:   true,
		afterUpdate: h.markDone,
	}
	if h.configure != nil {
		h.configure(&cfg)
	}
	return cfg
}

func (h *harness) open() {
	h.t.Helper()
	db, err := store.Open(context.Background(), h.path)
	if err != nil {
		h.t.Fatal(err)
	}
	h.db = db
	b, err := New(context.Background(), h.config())
	if err != nil {
		h.t.Fatal(err)
	}
	h.bot = b
}

// start runs a polling bot.
func (h *harness) start() {
	h.t.Helper()
	h.open()
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.runErr = make(chan error, 1)
	b := h.bot
	go func() { h.runErr <- b.Run(ctx) }()
}

// startWebhook runs a bot behind its webhook handler, without polling.
func (h *harness) startWebhook() {
	h.t.Helper()
	h.open()
	if err := h.bot.Init(context.Background()); err != nil {
		h.t.Fatal(err)
	}
	h.hook = httptest.NewServer(h.bot.WebhookHandler())
	h.bot.Start()
	if err := h.bot.RegisterWebhook(context.Background(), h.hook.URL+"/hook"); err != nil {
		h.t.Fatal(err)
	}
}

// stop shuts the bot down and closes the store, as a process exit would.
func (h *harness) stop() {
	if h.bot == nil {
		return
	}
	if h.cancel != nil {
		h.cancel()
		select {
		case err := <-h.runErr:
			if err != nil {
				h.t.Errorf("Run: %v", err)
			}
		case <-time.After(20 * time.Second):
			h.t.Fatal("Run did not return after cancel")
		}
		h.cancel = nil
	}
	if h.hook != nil {
		h.hook.Close()
		h.hook = nil
		h.bot.Shutdown()
	}
	if err := h.db.Close(); err != nil {
		h.t.Errorf("close store: %v", err)
	}
	h.bot, h.db = nil, nil
}

func (h *harness) markDone(id int64) {
	h.mu.Lock()
	h.done[id]++
	close(h.changed)
	h.changed = make(chan struct{})
	h.mu.Unlock()
}

// waitSent waits until the outbox holds nothing for chatID (or the chat
// is blocked): every reply so far was sent or dropped.
func (h *harness) waitSent(chatID int64) {
	h.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		rows, err := listOutbox(h.db)
		if err != nil {
			h.t.Fatal(err)
		}
		left := 0
		for _, r := range rows {
			if chatID == 0 || r.ChatID == chatID {
				left++
			}
		}
		if left == 0 {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %d messages to chat %d", left, chatID)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitDone waits until every update in ids was finished by the bot.
func (h *harness) waitDone(ids ...int64) {
	h.t.Helper()
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		h.mu.Lock()
		missing := 0
		for _, id := range ids {
			if h.done[id] == 0 {
				missing++
			}
		}
		ch := h.changed
		h.mu.Unlock()
		if missing == 0 {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			h.t.Fatalf("timed out waiting for %d of %d updates", missing, len(ids))
		}
	}
}

// tgUser is a person in a private chat (or a group, with chatType).
type tgUser struct {
	h        *harness
	id       int64
	chatID   int64
	chatType models.ChatType
	lang     string
	seen     int
	presses  int
}

func (h *harness) user(chatID int64, lang string) *tgUser {
	return &tgUser{h: h, id: chatID, chatID: chatID, chatType: models.ChatTypePrivate, lang: lang}
}

func (u *tgUser) chat() models.Chat { return models.Chat{ID: u.chatID, Type: u.chatType} }

func (u *tgUser) from() *models.User {
	return &models.User{ID: u.id, FirstName: "Test", LanguageCode: u.lang}
}

func (u *tgUser) textUpdate(text string) *models.Update {
	m := &models.Message{ID: 1, Date: 1_770_000_000, Chat: u.chat(), From: u.from(), Text: text}
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		m.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: u16len(cmd)}}
	}
	return &models.Update{Message: m}
}

func (u *tgUser) pressUpdate(messageID int, data string, markup ...*models.InlineKeyboardMarkup) *models.Update {
	u.presses++
	m := &models.Message{ID: messageID, Date: 1_770_000_000, Chat: u.chat()}
	if len(markup) > 0 {
		m.ReplyMarkup = markup[0]
	}
	return &models.Update{CallbackQuery: &models.CallbackQuery{
		ID: "cq-" + itoa64(u.chatID) + "-" + itoa64(int64(u.presses)), From: *u.from(), Data: data,
		ChatInstance: "ci",
		Message:      models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: m},
	}}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// say sends text and returns the messages the bot sent in reply.
func (u *tgUser) say(text string) []apiCall {
	u.h.t.Helper()
	ids := u.h.api.push(u.textUpdate(text))
	u.h.waitDone(ids...)
	u.h.waitSent(u.chatID)
	return u.fresh()
}

// press presses the button with data on the newest keyboard.
func (u *tgUser) press(data string) []apiCall {
	u.h.t.Helper()
	last := u.lastKeyboard()
	ids := u.h.api.push(u.pressUpdate(last.MessageID, data, last.Markup))
	u.h.waitDone(ids...)
	u.h.waitSent(u.chatID)
	return u.fresh()
}

// pressFirst presses the first button of the newest keyboard.
func (u *tgUser) pressFirst() []apiCall {
	u.h.t.Helper()
	bs := u.lastKeyboard().buttons()
	if len(bs) == 0 {
		u.h.t.Fatal("no keyboard to press")
	}
	return u.press(bs[0])
}

func (u *tgUser) lastKeyboard() apiCall {
	sent := u.h.api.sent(u.chatID)
	for i := len(sent) - 1; i >= 0; i-- {
		if sent[i].Markup != nil {
			return sent[i]
		}
	}
	return apiCall{}
}

// fresh returns the messages not returned before.
func (u *tgUser) fresh() []apiCall {
	sent := u.h.api.sent(u.chatID)
	out := sent[u.seen:]
	u.seen = len(sent)
	return out
}

func texts(cs []apiCall) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}

func joined(cs []apiCall) string { return strings.Join(texts(cs), "\n---\n") }

// isAnswer reports whether the messages end with the final answer (its
// keyboard has the helpful/not helpful buttons).
func isAnswer(cs []apiCall) bool {
	for _, c := range cs {
		for _, d := range c.buttons() {
			if d == "f:y:answer" {
				return true
			}
		}
	}
	return false
}

// pressToAnswer presses the first button until the answer comes.
func (u *tgUser) pressToAnswer(got []apiCall) []apiCall {
	u.h.t.Helper()
	all := got
	for i := 0; !isAnswer(got); i++ {
		if i == 15 {
			u.h.t.Fatalf("no answer after 15 presses:\n%s", joined(all))
		}
		got = u.pressFirst()
		all = append(all, got...)
	}
	return all
}

// checkWellFormed checks every message the fake accepted: valid HTML in
// HTML mode, within the length limit, callback data within 64 bytes.
func checkWellFormed(t *testing.T, cs []apiCall) {
	t.Helper()
	for _, c := range cs {
		if c.ParseMode != "HTML" {
			t.Errorf("message sent with parse_mode %q, want HTML: %q", c.ParseMode, c.Text)
		}
		if err := checkMessage(c); err != nil {
			t.Errorf("message refused: %v: %q", err, c.Text)
		}
		if n := u16len(c.Text); n > MaxMessageLen {
			t.Errorf("message of %d UTF-16 units, over %d", n, MaxMessageLen)
		}
		if !utf8.ValidString(c.Text) {
			t.Errorf("message is not valid UTF-8: %q", c.Text)
		}
	}
}

// unlimited lifts the rate limits (for tests that count sleeps).
func unlimited(c *Config) {
	c.GlobalRate, c.ChatRate = rate.Inf, rate.Inf
}

// inflatedKB is the embedded knowledge base with every item text five
// times as long, so that answers exceed Telegram's message limit.
func inflatedKB(t *testing.T) *knowledge.Base {
	t.Helper()
	src := knowledge.DefaultFS()
	mfs := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		if p == "items.yaml" {
			var root yaml.Node
			if err := yaml.Unmarshal(data, &root); err != nil {
				return err
			}
			inflate(&root, false)
			if data, err = yaml.Marshal(&root); err != nil {
				return err
			}
		}
		mfs[p] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kb, _, err := knowledge.Load(mfs, knowledge.Options{})
	if err != nil {
		t.Fatalf("inflated knowledge base: %v", err)
	}
	return kb
}

func inflate(n *yaml.Node, inText bool) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if inText && (k.Value == "zh" || k.Value == "en") && v.Kind == yaml.ScalarNode {
				v.Value = strings.Repeat(v.Value+" ", 5)
				continue
			}
			inflate(v, k.Value == "text")
		}
		return
	}
	for _, c := range n.Content {
		inflate(c, inText)
	}
}

// post sends an update to the webhook with a secret and returns the status.
func (h *harness) post(u *models.Update, secret string) int {
	h.t.Helper()
	body, err := json.Marshal(u)
	if err != nil {
		h.t.Fatal(err)
	}
	return h.postRaw(body, secret)
}

func (h *harness) postRaw(body []byte, secret string) int {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, h.hook.URL+"/hook", bytes.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	reply, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	if resp.StatusCode == http.StatusOK {
		h.api.webhookReply(resp.Header, reply) // Telegram makes the call it carries
	}
	return resp.StatusCode
}

// secret is the secret_token the bot registered with setWebhook.
func (h *harness) secret() string {
	calls := h.api.callsOf("setWebhook", 0)
	if len(calls) == 0 {
		h.t.Fatal("no setWebhook call")
	}
	return calls[len(calls)-1].Fields["secret_token"]
}
