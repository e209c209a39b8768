package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
	"bujiao/store/storetest"
)

// vclock is a clock a test moves: the store's (leases) and the bot's
// claims run on it, so a minute passes without a minute of waiting.
type vclock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *vclock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *vclock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestStoreOutageResendsNothing: the store becomes unreachable just as
// Telegram accepts a reply, stays down for over a minute (by the clock the
// leases run on) while a new update waits at Telegram, and comes back:
// the reply that went out is not sent again, and the waiting update is
// answered once. (Before the claims, every message in flight was re-sent
// every 20 s of an outage.)
func TestStoreOutageResendsNothing(t *testing.T) {
	h := newHarness(t)
	clock := &vclock{t: time.Now()}
	var faulty *storetest.Faulty
	h.configure = func(cfg *Config) {
		h.db.Now = clock.now
		faulty = storetest.NewFaulty(h.db)
		cfg.Mailbox = faulty
		cfg.Runner.Sessions = faulty
		cfg.clock = clock.now
	}
	h.start()
	u := h.user(11, "en")
	u.say("/start")

	var once sync.Once
	downed := make(chan string, 1)
	h.api.after = func(c apiCall) {
		if c.ChatID == 11 {
			once.Do(func() {
				faulty.Down(errors.New("disk stopped"))
				downed <- c.Text
			})
		}
	}
	last := u.lastKeyboard()
	h.api.push(u.pressUpdate(last.MessageID, last.buttons()[0], last.Markup))
	var inFlight string
	select {
	case inFlight = <-downed:
	case <-time.After(20 * time.Second):
		t.Fatal("no reply reached Telegram")
	}
	// While the store is down: a new person writes (Telegram keeps the
	// update: nothing can confirm it), and a minute passes.
	v := h.user(12, "en")
	ids := h.api.push(v.textUpdate("/start"))
	waitUntil(t, "the store refusing calls", func() bool { return faulty.Refused() >= 6 })
	clock.add(61 * time.Second)
	waitUntil(t, "more refused calls", func() bool { return faulty.Refused() >= 12 })
	faulty.Up()

	h.waitDone(ids...)
	h.waitSent(11)
	h.waitSent(12)
	n := 0
	for _, c := range h.api.callsOf("sendMessage", 11) {
		if c.Text == inFlight {
			n++
		}
	}
	for _, c := range h.api.callsOf("editMessageText", 11) {
		if c.Text == inFlight {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the reply in flight at the outage reached Telegram %d times, want 1", n)
	}
	if got := v.fresh(); len(got) != 1 {
		t.Errorf("the update that waited through the outage got %d replies, want 1:\n%s", len(got), joined(got))
	}
	b, err := h.db.Backlog(context.Background())
	if err != nil || b.OutboxWaiting != 0 || b.InboxWaiting != 0 || b.InboxParked != 0 {
		t.Errorf("after the outage: %+v %v, want both queues empty and nothing parked", b, err)
	}
}

// TestLeaseLostMidSend: a send waits (Telegram said 429) past its lease,
// and another process takes the message over meanwhile: this one learns it
// lost the message before sending, and does not send it.
func TestLeaseLostMidSend(t *testing.T) {
	h := newHarness(t)
	clock := &vclock{t: time.Now()}
	h.configure = func(cfg *Config) {
		h.db.Now = clock.now
		cfg.clock = clock.now
	}
	h.start()
	h.api.inject("sendMessage", fault{status: 429, retryAfter: 1, chatID: 21})
	stolen := make(chan []persist.Outbound, 1)
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != 21 {
			return
		}
		once.Do(func() {
			// The 429 is being answered: the wait outlasts the lease, and
			// another process claims the message.
			clock.add(persist.DefaultOutboxLease + time.Minute)
			got, err := h.db.ClaimOutbox(context.Background(), "other-process", time.Hour, 10)
			if err != nil {
				t.Error(err)
			}
			stolen <- got
		})
	}
	u := h.user(21, "en")
	h.api.push(u.textUpdate("/start"))
	var got []persist.Outbound
	select {
	case got = <-stolen:
	case <-time.After(20 * time.Second):
		t.Fatal("no send reached Telegram")
	}
	if len(got) != 1 || !got[0].TakenOver {
		t.Fatalf("the other process claimed %+v, want the message, taken over", got)
	}
	waitUntil(t, "the sender giving up the message", func() bool {
		return strings.Contains(h.log.String(), "taken over by another process")
	})
	for _, c := range h.api.callsOf("sendMessage", 21) {
		if c.Status == 200 {
			t.Errorf("the message lost mid-send was sent: %q", c.Text)
		}
	}
	if err := h.db.Sent(context.Background(), got[0].ID, 21, ""); err != nil {
		t.Fatal(err)
	}
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// damagedStore is the store whose health check finds damage.
type damagedStore struct{ *store.DB }

func (damagedStore) Check(context.Context) error {
	return fmt.Errorf("%w: quick_check: Tree 3 page 100: btreeInitPage() returns error code 11", persist.ErrDamaged)
}

// TestDamagedStoreConfirmsNothing: with the store found damaged at start,
// the bot is not ready, polls nothing (Telegram keeps the updates), answers
// the webhook 503, and logs what the operator should do.
func TestDamagedStoreConfirmsNothing(t *testing.T) {
	h := newHarness(t)
	h.configure = func(cfg *Config) { cfg.Mailbox = damagedStore{h.db} }
	u := h.user(31, "en")
	h.api.push(u.textUpdate("/start"))
	h.start()
	waitUntil(t, "the damage logged", func() bool { return strings.Contains(h.log.String(), "the database is damaged") })
	if err := h.bot.Ready(); !errors.Is(err, persist.ErrDamaged) {
		t.Errorf("Ready = %v, want ErrDamaged", err)
	}
	time.Sleep(300 * time.Millisecond) // a poll would have happened by now
	if n := len(h.api.callsOf("getUpdates", 0)); n != 0 {
		t.Errorf("%d getUpdates calls: a damaged store must not confirm updates", n)
	}
	srv := httptest.NewServer(h.bot.WebhookHandler())
	defer srv.Close()
	req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"update_id": 9}`))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", h.bot.secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("webhook on a damaged store: %d, want 503", resp.StatusCode)
	}
	if !strings.Contains(h.log.String(), "restore the newest backup") {
		t.Errorf("the log does not say what to do")
	}
}

// TestPollingRefusesAWebhook: a webhook set for the token (another
// deployment's) stops a polling bot, naming it without its query; with
// ReplaceWebhook it is deleted and polling goes on.
func TestPollingRefusesAWebhook(t *testing.T) {
	h := newHarness(t)
	h.api.mu.Lock()
	h.api.webhook = "https://other.example/tg?secret=s3cr3t"
	h.api.mu.Unlock()
	h.open()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := h.bot.Run(ctx)
	if !errors.Is(err, ErrWebhookSet) || !strings.Contains(err.Error(), "https://other.example/tg") ||
		strings.Contains(err.Error(), "s3cr3t") || !strings.Contains(err.Error(), "--replace-webhook") {
		t.Fatalf("Run with a webhook set: %v", err)
	}
	if n := len(h.api.callsOf("deleteWebhook", 0)); n != 0 {
		t.Errorf("the webhook was deleted without --replace-webhook")
	}
	h.db.Close()
	h.bot, h.db = nil, nil

	h.configure = func(cfg *Config) { cfg.ReplaceWebhook = true }
	h.start()
	u := h.user(41, "en")
	if got := u.say("/start"); len(got) == 0 {
		t.Errorf("no reply after replacing the webhook")
	}
	h.api.mu.Lock()
	left := h.api.webhook
	h.api.mu.Unlock()
	if left != "" || len(h.api.callsOf("deleteWebhook", 0)) != 1 {
		t.Errorf("webhook %q left, deleteWebhook calls %d", left, len(h.api.callsOf("deleteWebhook", 0)))
	}
}
