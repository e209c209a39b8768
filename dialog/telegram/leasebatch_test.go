package telegram

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// TestLeaseLostMidBatchGivesBackTheChat: this process holds three messages
// of one chat; while the first waits (Telegram said 429) its lease lapses
// and another process takes it over — that one alone: the other two were
// claimed later and are still this process's. This process must not send
// the other two while the first waits in the other's hands (the chat's
// second message would arrive before its first), nor keep them claimed
// and unworked (forgotten until their leases lapse, and passed by the
// chat's later messages): it gives them back, and the process holding the
// first message takes them, after it, in order. Before the fix the
// sender went on with the chat's next message.
func TestLeaseLostMidBatchGivesBackTheChat(t *testing.T) {
	h := newHarness(t)
	clock := &vclock{t: time.Now()}
	var gate sync.Mutex
	h.configure = func(cfg *Config) {
		h.db.Now = clock.now
		cfg.clock = clock.now
		cfg.Mailbox = hookedMailbox{testSessions: cfg.Mailbox.(testSessions), gate: &gate}
	}
	h.start()
	const chat = 23
	ctx := context.Background()
	h.api.inject("sendMessage", fault{status: http.StatusTooManyRequests, retryAfter: 1, chatID: chat})
	stolen := make(chan []persist.Outbound, 1)
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != chat {
			return
		}
		once.Do(func() {
			// The 429 is being answered: the wait outlasts the first
			// message's lease; the later two were claimed (renewed) later.
			gate.Lock()
			defer gate.Unlock()
			clock.add(persist.DefaultOutboxLease + time.Minute)
			rest, err := listOutbox(h.db)
			if err != nil || len(rest) != 3 {
				t.Errorf("outbox %v %v, want the three messages", rest, err)
			}
			if lost, err := h.db.RenewOutbox(ctx, h.bot.cfg.Owner, persist.DefaultOutboxLease,
				[]int64{rest[1].ID, rest[2].ID}); err != nil || len(lost) != 0 {
				t.Errorf("renew the later two for this process: lost %v, %v", lost, err)
			}
			got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
			if err != nil {
				t.Error(err)
			}
			stolen <- got
		})
	}
	msgs := []persist.Message{{Payload: []byte(`{"t":"one"}`)}, {Payload: []byte(`{"t":"two"}`)}, {Payload: []byte(`{"t":"three"}`)}}
	if err := h.db.Commit(ctx, persist.Commit{ChatID: chat, Outbox: msgs}); err != nil {
		t.Fatal(err)
	}
	h.bot.outFeed.wake()
	var first []persist.Outbound
	select {
	case first = <-stolen:
	case <-time.After(20 * time.Second):
		t.Fatal("no send reached Telegram")
	}
	if len(first) != 1 || !first[0].TakenOver || string(first[0].Payload) != `{"t":"one"}` {
		t.Fatalf("the other process claimed %+v, want the first message, taken over", first)
	}
	// The other process claims again until it has the rest: only it can,
	// holding the chat's first message.
	var rest []persist.Outbound
	waitUntil(t, "the other two given back (or sent from here)", func() bool {
		got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
		if err != nil {
			t.Fatal(err)
		}
		rest = append(rest, got...)
		return len(rest) == 2 || len(okSends(h, chat)) > 0
	})
	if s := okSends(h, chat); len(s) > 0 {
		t.Fatalf("sent from here while the chat's first message waits in another process's hands: %q", s)
	}
	if !slices.IsSortedFunc(rest, func(a, b persist.Outbound) int { return int(a.ID - b.ID) }) ||
		string(rest[0].Payload) != `{"t":"two"}` || string(rest[1].Payload) != `{"t":"three"}` {
		t.Errorf("the other process took %+v, want two and three, in order", rest)
	}
	if !strings.Contains(h.log.String(), "taken over by another process") {
		t.Errorf("the loss is not logged")
	}
	for _, m := range append(first, rest...) {
		if err := h.db.Sent(ctx, m.ID, chat, ""); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if s := okSends(h, chat); len(s) > 0 {
		t.Errorf("sent from here: %q", s)
	}
}

// okSends are the texts Telegram accepted for chat.
func okSends(h *harness, chat int64) []string {
	var out []string
	for _, c := range h.api.callsOf("sendMessage", chat) {
		if c.ok() {
			out = append(out, c.Text)
		}
	}
	return out
}

// TestFeederLoseGivesBackTheChat: the feeder's renewal finds a row taken
// by another owner (the inbox's only check, the outbox's too). The other
// rows of its chat that no worker has begun are not worked here but given
// back, those of other chats are untouched, and while the store refuses
// the give-back no claim runs (it could take the chat's next row past
// them). Before the fix the chat's next row was worked.
func TestFeederLoseGivesBackTheChat(t *testing.T) {
	var mu sync.Mutex
	var (
		claims   int
		lostNext []int64
		backs    [][]int64
		failBack = 2
		ran      []int64
	)
	release := make(chan struct{})
	d := newDispatcher(2, 8, 8, nil)
	clock := &vclock{t: time.Now()}
	var f *feeder
	f = newFeeder(d, 8, time.Hour, func(ctx context.Context, limit int) ([]job, error) {
		mu.Lock()
		defer mu.Unlock()
		claims++
		if claims > 1 {
			return nil, nil
		}
		return []job{{id: 1, chat: 7}, {id: 2, chat: 7}, {id: 3, chat: 8}, {id: 4, chat: 8}}, nil
	}, func(ctx context.Context, ids []int64) ([]int64, error) {
		mu.Lock()
		defer mu.Unlock()
		l := lostNext
		lostNext = nil
		return l, nil
	}, nil)
	f.now = clock.now
	f.giveBack = func(ctx context.Context, ids []int64) error {
		mu.Lock()
		defer mu.Unlock()
		if failBack > 0 {
			failBack--
			return context.DeadlineExceeded
		}
		backs = append(backs, slices.Clone(ids))
		return nil
	}
	begun := make(chan int64, 4)
	d.run = func(stop, hard context.Context, j job) {
		defer f.done(j.id)
		if !f.begin(j.id) {
			return
		}
		begun <- j.id
		<-release
		mu.Lock()
		ran = append(ran, j.id)
		mu.Unlock()
	}
	ctx := context.Background()
	f.pass(ctx)
	for range 2 { // 1 and 3 begin; 2 and 4 wait behind them
		<-begun
	}
	mu.Lock()
	lostNext = []int64{1}
	mu.Unlock()
	clock.add(30 * time.Minute) // time to renew
	f.pass(ctx)                 // the give-back fails twice: no claim
	mu.Lock()
	if claims != 1 || len(backs) != 0 {
		t.Errorf("after a refused give-back: %d claims, give-backs %v; want no claim", claims, backs)
	}
	mu.Unlock()
	f.pass(ctx)
	mu.Lock()
	if claims != 2 || !slices.EqualFunc(backs, [][]int64{{2}}, slices.Equal) {
		t.Errorf("%d claims, give-backs %v; want 2 given back, then a claim", claims, backs)
	}
	mu.Unlock()
	close(release)
	if got := <-begun; got != 4 {
		t.Errorf("begun %d, want 4", got)
	}
	waitFor(t, "the workers", func() bool { return !d.busy() })
	d.shutdown(5 * time.Second)
	slices.Sort(ran)
	if !slices.Equal(ran, []int64{1, 3, 4}) {
		t.Errorf("worked %v, want 1 (begun before the loss: its worker checks its claim), 3 and 4", ran)
	}
}

// hookedMailbox is the store with fault hooks on the outbox's claims:
// gate, if set, is taken by each ClaimOutbox and RenewOutbox (a test holds
// it while it moves the clock and claims as another process, so that no
// claim or renewal of the bot's lands in between); refuse counts
// give-backs (RenewOutbox with no lease) to refuse, tries counts
// give-backs.
type hookedMailbox struct {
	testSessions
	gate          *sync.Mutex
	refuse, tries *atomic.Int32
}

func (s hookedMailbox) ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Outbound, error) {
	if s.gate != nil {
		s.gate.Lock()
		defer s.gate.Unlock()
	}
	return s.DB.ClaimOutbox(ctx, owner, lease, limit)
}

func (s hookedMailbox) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	if s.gate != nil {
		s.gate.Lock()
		defer s.gate.Unlock()
	}
	if lease <= 0 && s.tries != nil {
		s.tries.Add(1)
		if s.refuse.Add(-1) >= 0 {
			return nil, fmt.Errorf("%w: injected: give-back refused", persist.ErrUnavailable)
		}
	}
	return s.DB.RenewOutbox(ctx, owner, lease, ids)
}

// TestBlockedGiveBackRefused: the person blocked the bot, and the store
// refuses to take the undelivered message back (an outage's moment). The
// message must not stay claimed by this process, unworked, until its
// lease lapses: the store lets an owner claim past its own messages, so
// when the person unblocks and writes within the lease, the new answer
// would be claimed and sent before the missed message. The give-back is
// retried before the next claim; the missed message still goes first.
func TestBlockedGiveBackRefused(t *testing.T) {
	h := newHarness(t)
	var refuse, tries atomic.Int32
	h.configure = func(cfg *Config) {
		cfg.Mailbox = hookedMailbox{testSessions: cfg.Mailbox.(testSessions), refuse: &refuse, tries: &tries}
	}
	refuse.Store(1)
	h.start()
	u := h.user(1024, "en-US")
	h.api.block(u.chatID, true)
	ids := h.api.push(u.textUpdate("/start"))
	h.waitDone(ids...)
	waitFor(t, "the chat marked blocked, and a give-back tried", func() bool {
		c, err := h.db.Conversation(context.Background(), u.chatID)
		return err == nil && c.Blocked && tries.Load() >= 1
	})
	// The next pass gives it back (a second of wall time at most); a bot
	// without the retry never does, and the order check below tells.
	for end := time.Now().Add(3 * time.Second); tries.Load() < 2 && time.Now().Before(end); {
		h.bot.outFeed.wake()
		time.Sleep(10 * time.Millisecond)
	}
	h.api.block(u.chatID, false)
	ids = h.api.push(u.textUpdate("/help"))
	h.waitDone(ids...)
	waitFor(t, "a message delivered", func() bool { return len(okSends(h, u.chatID)) > 0 })
	// Without the retry the answer to /help went first, and the welcome
	// waited for its lease (a minute).
	if got := okSends(h, u.chatID); !strings.Contains(got[0], "Hello") {
		t.Fatalf("want the missed welcome first, got: %.60q", got)
	}
	h.waitSent(u.chatID)
	if got := okSends(h, u.chatID); len(got) < 2 {
		t.Errorf("want the welcome, then the answer to /help: %.60q", got)
	}
}

// TestCallRetryEndsAtStop: a non-message call (answerCallbackQuery,
// answerInlineQuery, setMyCommands) waiting to retry after a transient
// error stops waiting when Shutdown begins, and is not retried. Before the
// fix its wait ran on (its context was the call's deadline only), and the
// retry went out after the stop.
func TestCallRetryEndsAtStop(t *testing.T) {
	h := newHarness(t)
	sleeping, release := make(chan struct{}, 1), make(chan struct{})
	h.configure = func(cfg *Config) {
		cfg.Grace = 100 * time.Millisecond
		cfg.Sleep = func(ctx context.Context, d time.Duration) error {
			select {
			case sleeping <- struct{}{}:
			default:
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-release:
				return nil
			}
		}
	}
	h.open()
	var calls atomic.Int32
	done := make(chan error, 1)
	h.bot.goSide(func() {
		done <- h.bot.call(context.Background(), "answerCallbackQuery", 3, func(context.Context) error {
			calls.Add(1)
			return &apiError{method: "answerCallbackQuery", code: http.StatusBadGateway, desc: "Bad Gateway"}
		})
	})
	<-sleeping
	h.bot.Shutdown()
	close(release) // a wait that ignored the stop returns now, and retries
	select {
	case err := <-done:
		if err == nil {
			t.Errorf("call = nil, want its error")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the call did not return")
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("%d calls, want 1: no retry after the stop began", n)
	}
}

// queue puts messages for chat straight into the outbox (as a turn
// would) and wakes the sender.
func queue(t *testing.T, h *harness, chat int64, texts ...string) {
	t.Helper()
	var msgs []persist.Message
	for _, s := range texts {
		msgs = append(msgs, persist.Message{Payload: []byte(`{"t":"` + s + `"}`)})
	}
	if err := h.db.Commit(context.Background(), persist.Commit{ChatID: chat, Outbox: msgs}); err != nil {
		t.Fatal(err)
	}
	h.bot.outFeed.wake()
}

// TestPermanentRefusalDropsOne: Telegram refuses a message for good (400,
// message too long): it is tried once, removed from the outbox with the
// reason recorded, and the chat's next message goes.
func TestPermanentRefusalDropsOne(t *testing.T) {
	h := newHarness(t)
	h.start()
	const chat = 25
	h.api.inject("sendMessage", fault{status: http.StatusBadRequest, desc: "Bad Request: message is too long", chatID: chat})
	queue(t, h, chat, "one", "two")
	h.waitSent(chat)
	calls := h.api.callsOf("sendMessage", chat)
	if len(calls) != 2 || calls[0].Text != "one" || calls[0].ok() || calls[1].Text != "two" || !calls[1].ok() {
		t.Errorf("calls %+v, want one refused once, then two sent", texts(calls))
	}
	rep, err := h.db.Stats(context.Background(), time.Time{}, time.Now().Add(time.Hour))
	if err != nil || len(rep.Errors) != 1 || rep.Errors[0].Text != reasonRefused {
		t.Errorf("stats errors = %+v, %v; want one %s", rep.Errors, err, reasonRefused)
	}
	if !strings.Contains(h.log.String(), "message refused by Telegram; dropped") {
		t.Errorf("the refusal is not logged")
	}
}

// TestStopMidBatchResumesInOrder: a stop (SIGTERM) comes while the first
// of a chat's three messages hangs at Telegram: the call is abandoned at
// the end of the grace period, the queued two are not started, all three
// are given back at once (Release), and after a restart they go out in
// order, each once (the abandoned call never answered: had it arrived, it
// would be the one duplicate a stop may cost).
func TestStopMidBatchResumesInOrder(t *testing.T) {
	h := newHarness(t)
	h.configure = func(cfg *Config) { cfg.Grace = 200 * time.Millisecond }
	h.start()
	const chat = 26
	h.api.inject("sendMessage", fault{slow: true, chatID: chat})
	queue(t, h, chat, "one", "two", "three")
	h.api.waitFor(t, "the first send hanging", func() bool { return len(h.api.callsLocked("sendMessage", chat)) == 1 })
	h.stop()
	h.start()
	h.waitSent(chat)
	if got := okSends(h, chat); !slices.Equal(got, []string{"one", "two", "three"}) {
		t.Errorf("sent %q, want one, two, three, each once", got)
	}
}

// TestStaffJoinedPostsLostGoBack: the staff group's window is full, so
// the person's posts queued behind the first are joined into its post;
// while that post waits (429) its lease lapses and another process takes
// the first post over — it alone: the joined ones are still this
// process's. The joined posts must go back with it, not out from here
// (before the fix they went on their own at once, ahead of the first),
// and the other process takes them after it, in order.
func TestStaffJoinedPostsLostGoBack(t *testing.T) {
	h, clock := handoffHarness(t, dialog.HandoffConfig{})
	lc := &testClock{t: time.Now()}
	var gate sync.Mutex
	var burstCommitted atomic.Bool
	var burstChat int64
	base := h.configure
	h.configure = func(c *Config) {
		base(c)
		h.db.Now = clock.now
		c.clock = clock.now
		c.GroupPerMinute = 3 // the opening fills it: the topic and two posts
		c.limitsClock = lc.now
		c.Sleep = func(ctx context.Context, d time.Duration) error {
			lc.add(d)
			return ctx.Err()
		}
		c.Mailbox = hookedMailbox{testSessions: c.Mailbox.(testSessions), gate: &gate}
		c.Handoffs = heldHandoffs{HandoffStore: c.Handoffs, hold: func() {
			// The first post joins what is queued behind it when it starts:
			// it starts once the feeder has queued the whole burst, so the
			// joining does not depend on how fast this machine hands rows on.
			if burstCommitted.CompareAndSwap(true, false) {
				deadline := time.Now().Add(20 * time.Second)
				for len(h.bot.sends.queued(burstChat)) < 3 {
					if time.Now().After(deadline) {
						t.Errorf("the burst was never queued behind the first post")
						return
					}
					time.Sleep(time.Millisecond)
				}
			}
		}}
	}
	h.start()
	u := h.user(6111, "en-US")
	burstChat = u.chatID
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	before := len(staffPosts(h, th))
	if !h.bot.lim.groupFull(staffGroup) {
		t.Fatalf("the staff group's window is not full after the opening")
	}

	ctx := context.Background()
	h.api.inject("sendMessage", fault{status: http.StatusTooManyRequests, retryAfter: 1, chatID: staffGroup})
	stolen := make(chan []persist.Outbound, 1)
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != staffGroup || c.Status != http.StatusTooManyRequests {
			return
		}
		once.Do(func() {
			gate.Lock()
			defer gate.Unlock()
			clock.add(persist.DefaultOutboxLease + time.Minute)
			rows, err := listOutbox(h.db)
			if err != nil || len(rows) != 4 {
				t.Errorf("outbox %d rows %v, want the four posts", len(rows), err)
			}
			var later []int64
			for _, r := range rows[1:] {
				later = append(later, r.ID)
			}
			if lost, err := h.db.RenewOutbox(ctx, h.bot.cfg.Owner, persist.DefaultOutboxLease, later); err != nil || len(lost) != 0 {
				t.Errorf("renew the joined posts for this process: lost %v, %v", lost, err)
			}
			got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
			if err != nil {
				t.Error(err)
			}
			stolen <- got
		})
	}
	var msgs []persist.Message
	for _, s := range []string{"one", "two", "three", "four"} {
		msgs = append(msgs, persist.Message{Payload: []byte(`{"o":{"k":"post","t":"burst ` + s + `","p":true}}`)})
	}
	s, err := h.db.Load(ctx, u.chatID)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.db.Commit(ctx, persist.Commit{ChatID: u.chatID, Version: s.Version, State: s.State, Lang: s.Lang, Outbox: msgs}); err != nil {
		t.Fatal(err)
	}
	burstCommitted.Store(true)
	h.bot.outFeed.wake()
	var first []persist.Outbound
	select {
	case first = <-stolen:
	case <-time.After(20 * time.Second):
		t.Fatal("no post reached Telegram")
	}
	if len(first) != 1 || !first[0].TakenOver {
		t.Fatalf("the other process claimed %+v, want the first post, taken over", first)
	}
	if n := len(h.api.callsOf("sendMessage", staffGroup)); n == 0 || !strings.Contains(h.api.callsOf("sendMessage", staffGroup)[n-1].Text, "burst two") {
		t.Fatalf("the first post did not join the others (the window was not full?)")
	}
	var rest []persist.Outbound
	posted := func() []string {
		var out []string
		for _, p := range staffPosts(h, th)[before:] {
			if strings.Contains(p, "burst") {
				out = append(out, p)
			}
		}
		return out
	}
	waitUntil(t, "the joined posts given back (or posted from here)", func() bool {
		got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
		if err != nil {
			t.Fatal(err)
		}
		rest = append(rest, got...)
		return len(rest) == 3 || len(posted()) > 0
	})
	if p := posted(); len(p) > 0 {
		t.Fatalf("posted from here while the first post waits in another process's hands: %q", p)
	}
	for i, want := range []string{"two", "three", "four"} {
		if !strings.Contains(string(rest[i].Payload), "burst "+want) {
			t.Errorf("the other process took %s as post %d, want burst %s", rest[i].Payload, i+2, want)
		}
	}
	for _, m := range append(first, rest...) {
		if err := h.db.Sent(ctx, m.ID, u.chatID, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// heldHandoffs is the hand-off store with a hook run before the sender
// reads a chat's hand-off for a post, the first thing it does with one.
type heldHandoffs struct {
	HandoffStore
	hold func()
}

func (s heldHandoffs) CurrentHandoff(ctx context.Context, chatID int64) (HandoffRow, bool, error) {
	s.hold()
	return s.HandoffStore.CurrentHandoff(ctx, chatID)
}
