package telegram

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// TestStaffPostLeaseLost: a person's message for the staff topic waits
// (Telegram said 429) past its lease, and another process takes the outbox
// row over meanwhile: this one learns it lost the row before posting, and
// does not post it, as for a person's messages (TestLeaseLostMidSend).
func TestStaffPostLeaseLost(t *testing.T) {
	h, clock := handoffHarness(t, dialog.HandoffConfig{})
	base := h.configure
	h.configure = func(c *Config) {
		base(c)
		h.db.Now = clock.now
		c.clock = clock.now
	}
	h.start()
	u := h.user(6101, "en-US")
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	before := len(staffPosts(h, th))

	h.api.inject("sendMessage", fault{status: 429, retryAfter: 1, chatID: staffGroup})
	stolen := make(chan []persist.Outbound, 1)
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != staffGroup || c.Status != 429 {
			return
		}
		once.Do(func() {
			clock.add(persist.DefaultOutboxLease + time.Minute)
			got, err := h.db.ClaimOutbox(context.Background(), "other-process", time.Hour, 10)
			if err != nil {
				t.Error(err)
			}
			stolen <- got
		})
	}
	h.api.push(u.textUpdate("only once please"))
	var got []persist.Outbound
	select {
	case got = <-stolen:
	case <-time.After(20 * time.Second):
		t.Fatal("no post reached Telegram")
	}
	if len(got) != 1 || !got[0].TakenOver {
		t.Fatalf("the other process claimed %+v, want the post, taken over", got)
	}
	waitUntil(t, "the sender giving up the post", func() bool {
		return strings.Contains(h.log.String(), "hand-off step taken over by another process")
	})
	if posts := staffPosts(h, th); countText(posts[before:], "only once please") != 0 {
		t.Errorf("the post lost mid-send was posted from here: %q", posts[before:])
	}
	if err := h.db.Sent(context.Background(), got[0].ID, u.chatID, ""); err != nil {
		t.Fatal(err)
	}
}

// TestStaffGroupWindow: the staff group is held to the per-group window
// (GroupPerMinute, --group-rate), not a budget of its own: with room for
// 4 messages a minute, the topic's opening (the topic and two posts) and
// a person's burst of messages never put more than 4 calls in a minute of
// the bot's clock, the burst's messages are joined into fewer posts while
// the window is full, and each reaches staff once, in order.
func TestStaffGroupWindow(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	lc := &testClock{t: time.Now()}
	var stamps []time.Time
	var mu sync.Mutex
	// Once the burst is pushed, a wait for the window holds the sender
	// until the whole burst is queued behind it: the joining is then
	// certain, not a matter of how fast this machine stores updates.
	var burstPushed atomic.Bool
	burstQueued := make(chan struct{})
	base := h.configure
	h.configure = func(c *Config) {
		base(c)
		c.GroupPerMinute = 4
		c.limitsClock = lc.now
		c.Sleep = func(ctx context.Context, d time.Duration) error {
			if burstPushed.Load() {
				select {
				case <-burstQueued:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			lc.add(d)
			return ctx.Err()
		}
	}
	h.api.after = func(c apiCall) {
		if c.ChatID == staffGroup && c.Status == 0 { // a send being delivered
			mu.Lock()
			stamps = append(stamps, lc.now())
			mu.Unlock()
		}
	}
	h.start()
	u := h.user(6102, "en-US")
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	// More than a window holds: the opening and the first posts all leave
	// at one moment of the bot's clock and expire together, so the posts
	// that find the window full again come after a wait during which the
	// rest of the burst is queued.
	msgs := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	var ups []*models.Update
	for _, m := range msgs {
		ups = append(ups, u.textUpdate("burst "+m))
	}
	burstPushed.Store(true)
	ids := h.api.push(ups...)
	h.waitDone(ids...)
	close(burstQueued)
	waitUntil(t, "the burst reaching staff", func() bool {
		return countText(staffPosts(h, th), "burst ten") == 1
	})
	all := strings.Join(staffPosts(h, th), "\n")
	last := -1
	for _, m := range msgs {
		i := strings.Index(all, "burst "+m) // no message is a prefix of another
		if i < 0 || strings.Count(all, "burst "+m) != 1 || i < last {
			t.Fatalf("burst not relayed once each, in order:\n%s", all)
		}
		last = i
	}
	posts := 0
	for _, p := range staffPosts(h, th) {
		if strings.Contains(p, "burst ") {
			posts++
		}
	}
	if posts >= len(msgs) {
		t.Errorf("%d posts for %d messages sent while the window was full, want them joined", posts, len(msgs))
	}
	mu.Lock()
	defer mu.Unlock()
	for i := range stamps {
		if i+4 < len(stamps) && stamps[i+4].Sub(stamps[i]) < time.Minute {
			t.Errorf("5 calls to the staff group within %s: %v", stamps[i+4].Sub(stamps[i]), stamps)
			break
		}
	}
}

// TestHandoffSweepDeletesTopics: when the retention sweep removes hand-off
// rows, their staff topics go too, with one line in General that names no
// person and no case; a topic already gone is skipped.
func TestHandoffSweepDeletesTopics(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6103, "zh-hans")
	u.say("上海灵活就业断缴8个月")
	u.press("h:offer")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	staffSays(h, u.chatID, th, "/close")
	ctx := context.Background()
	threads, err := h.db.SweepHandoffs(ctx, time.Now().Add(24*time.Hour))
	if err != nil || len(threads) != 1 || threads[0] != int64(th) {
		t.Fatalf("swept %v (%v), want the topic %d", threads, err, th)
	}
	h.bot.DeleteStaffTopics(ctx, append(threads, 99999)) // 99999: no such topic
	if topics := h.api.topicsOf(staffGroup); len(topics) != 0 {
		t.Fatalf("topics left after the sweep: %v", topics)
	}
	general := staffPosts(h, 0)
	if len(general) != 1 || !strings.Contains(general[0], "1 ") || strings.Contains(general[0], "上海") ||
		strings.Contains(general[0], "6103") {
		t.Fatalf("General got %q, want one content-free line counting one topic", general)
	}
}

// edited turns a message update into the edited_message update of it.
func edited(u *models.Update) *models.Update {
	return &models.Update{EditedMessage: u.Message}
}

// TestHandoffEdits: edits are asked for with a staff group; during a
// hand-off a person's edit reaches the topic, and a staff member's edit
// reaches the person, each as a new message marked as an edit; a command
// edited into a message does nothing; outside a hand-off an edit gets no
// answer.
func TestHandoffEdits(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6104, "en-US")
	before := len(h.api.sent(u.chatID))
	ids := h.api.push(edited(u.textUpdate("an edit before anything")))
	h.waitDone(ids...)
	if n := len(h.api.sent(u.chatID)); n != before {
		t.Fatalf("an edit outside a hand-off was answered")
	}
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	u.say("I pay 500 a month")
	ids = h.api.push(edited(u.textUpdate("I pay 600 a month")))
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	posts := staffPosts(h, th)
	if countText(posts, "edited an earlier message; it now reads: I pay 600 a month") != 1 &&
		countText(posts, "修改了之前的一条消息，改为：I pay 600 a month") != 1 {
		t.Fatalf("the person's edit did not reach staff marked as an edit:\n%s", strings.Join(posts, "\n---\n"))
	}
	staffSays(h, u.chatID, th, "Which city?")
	ids = h.api.push(edited(topicMessage(staffGroup, th, staffMember, "Which city are you in?")))
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	got := joined(h.api.sent(u.chatID))
	if !strings.Contains(got, "(edited an earlier message): </b>Which city are you in?") {
		t.Fatalf("the staff edit did not reach the person marked as an edit:\n%s", got)
	}
	n := len(h.api.sent(u.chatID))
	ids = h.api.push(edited(topicMessage(staffGroup, th, staffMember, "/close")))
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	if len(h.api.sent(u.chatID)) != n || len(h.api.callsOf("closeForumTopic", staffGroup)) != 0 {
		t.Errorf("a command edited into a staff message acted")
	}
}

// TestStaffPostTwoProcesses: two bots on one store. The first one's post
// for the staff topic waits (429) past its lease; the second bot takes the
// row over and posts it; the first, checking its lease before the call,
// does not post it again. The post reaches the topic exactly once.
func TestStaffPostTwoProcesses(t *testing.T) {
	h, clock := handoffHarness(t, dialog.HandoffConfig{})
	base := h.configure
	h.configure = func(c *Config) {
		base(c)
		h.db.Now = clock.now
		c.clock = clock.now
	}
	h.start()
	u := h.user(6105, "en-US")
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)

	var second *Bot
	stopSecond := func() {}
	t.Cleanup(func() { stopSecond() })
	h.api.inject("sendMessage", fault{status: 429, retryAfter: 1, chatID: staffGroup})
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != staffGroup || c.Status != 429 {
			return
		}
		once.Do(func() {
			// The first bot's lease lapses while it waits; a second
			// process starts and takes the row over before the retry.
			clock.add(persist.DefaultOutboxLease + time.Minute)
			cfg := h.config()
			cfg.Owner = "second-process"
			b, err := New(context.Background(), cfg)
			if err != nil {
				t.Error(err)
				return
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { defer close(done); _ = b.Run(ctx) }()
			stopSecond = func() { cancel(); <-done }
			second = b
			deadline := time.Now().Add(15 * time.Second)
			for time.Now().Before(deadline) && len(b.outFeed.heldIDs()) == 0 &&
				countText(staffPosts(h, th), "posted once") == 0 {
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
	h.api.push(u.textUpdate("posted once"))
	waitUntil(t, "the post reaching the topic", func() bool {
		return countText(staffPosts(h, th), "posted once") >= 1
	})
	waitUntil(t, "the first bot giving up the post", func() bool {
		return strings.Contains(h.log.String(), "hand-off step taken over by another process")
	})
	time.Sleep(200 * time.Millisecond) // room for a second post, if one were coming
	if n := countText(staffPosts(h, th), "posted once"); n != 1 {
		t.Errorf("the post reached the topic %d times, want once", n)
	}
	if second == nil {
		t.Fatal("the second bot never started")
	}
}
