package telegram

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"bujiao/dialog/persist"
)

// countingClient counts this bot's getUpdates calls.
type countingClient struct{ polls atomic.Int64 }

func (c *countingClient) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasSuffix(r.URL.Path, "/getUpdates") {
		c.polls.Add(1)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// TestClusterOnePoller: two instances on one store and one Cluster; only
// the holder of the poller lease calls getUpdates, the other works the
// inbox; when the poller stops, the other polls within the lease.
func TestClusterOnePoller(t *testing.T) {
	h := newHarness(t)
	h.open()
	cl := &persist.LocalCluster{}
	var counts [2]*countingClient
	var bots [2]*Bot
	var cancels [2]context.CancelFunc
	var wg sync.WaitGroup
	for i := range bots {
		counts[i] = &countingClient{}
		cfg := h.config()
		cfg.Cluster, cfg.Owner = cl, "instance-"+string(rune('a'+i))
		cfg.HTTPClient = &http.Client{Transport: counts[i]}
		cfg.PollTimeout = 2 * time.Second
		b, err := New(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		bots[i] = b
		ctx, cancel := context.WithCancel(context.Background())
		cancels[i] = cancel
		wg.Add(1)
		go func() { defer wg.Done(); b.Run(ctx) }()
	}
	defer func() {
		for _, c := range cancels {
			c()
		}
		wg.Wait()
	}()
	deadline := time.Now().Add(30 * time.Second)
	for counts[0].polls.Load()+counts[1].polls.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	a, b := counts[0].polls.Load(), counts[1].polls.Load()
	if (a == 0) == (b == 0) {
		t.Fatalf("getUpdates calls: %d and %d; want exactly one instance polling", a, b)
	}
	leader, other := 0, 1
	if a == 0 {
		leader, other = 1, 0
	}
	// An update is answered, whoever polls.
	u := h.user(77, "en")
	h.api.push(u.textUpdate("/start"))
	h.api.waitFor(t, "a reply", func() bool { return len(h.api.sentLocked(u.chatID)) > 0 })
	// The poller stops (a clean stop gives the lease up); the other polls.
	before := counts[other].polls.Load()
	cancels[leader]()
	deadline = time.Now().Add(PollerLease + 5*time.Second)
	for counts[other].polls.Load() == before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if counts[other].polls.Load() == before {
		t.Fatalf("the poller stopped and the other instance did not take over")
	}
}

// TestClusterWebhookSecret: instances sharing a Cluster share one secret
// (the first one stored) and register the webhook once; a secret given
// (--webhook-secret-file) is used as it is.
func TestClusterWebhookSecret(t *testing.T) {
	h := newHarness(t)
	h.open()
	cl := &persist.LocalCluster{}
	var bots []*Bot
	for i := range 3 {
		cfg := h.config()
		cfg.Cluster, cfg.Owner = cl, "instance-"+string(rune('a'+i))
		b, err := New(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.shareSecret(context.Background()); err != nil {
			t.Fatal(err)
		}
		if err := b.RegisterWebhook(context.Background(), h.api.URL()+"/hook"); err != nil {
			t.Fatal(err)
		}
		bots = append(bots, b)
	}
	for _, b := range bots[1:] {
		if b.secret != bots[0].secret || b.secret == "" {
			t.Fatalf("instances use different webhook secrets")
		}
	}
	if n := len(h.api.callsOf("setWebhook", 0)); n != 1 {
		t.Fatalf("setWebhook called %d times by three instances, want once", n)
	}
	cfg := h.config()
	cfg.Cluster, cfg.WebhookSecret = cl, "from-the-file_1"
	b, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.shareSecret(context.Background()); err != nil || b.secret != "from-the-file_1" {
		t.Fatalf("secret %q (%v), want the one given", b.secret, err)
	}
}

// TestClusterSharedBudget: two instances' limiters on one Cluster share
// the bot's rate: 30 sends at 50 a second take at least 29 intervals
// (with the shared headroom), where two separate budgets would take half
// that. A lower bound only: a busy machine can only make it longer.
func TestClusterSharedBudget(t *testing.T) {
	cl := &persist.LocalCluster{}
	var lims [2]*limits
	for i := range lims {
		cfg := Config{Cluster: cl, GlobalRate: 50, ChatRate: rate.Inf, ChatBurst: 1, Sleep: sleepCtx}
		lims[i] = newLimits(&cfg)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := lims[i%2].wait(context.Background(), int64(i+1)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	perSecond := 50 * persist.SharedHeadroom
	want := 29 * time.Duration(float64(time.Second)/perSecond)
	if got := time.Since(start); got < want-20*time.Millisecond {
		t.Fatalf("30 sends from two instances took %v; a shared budget of 50/s needs at least %v", got, want)
	}
}
