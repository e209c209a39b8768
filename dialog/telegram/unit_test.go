package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/go-telegram/bot/models"
	"go/parser"
	"go/token"
	"log/slog"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot"
	"golang.org/x/time/rate"

	"bujiao/dialog"
)

func p(spans ...dialog.Span) dialog.Block {
	return dialog.Block{Kind: dialog.Paragraph, Lines: [][]dialog.Span{spans}}
}

func TestRenderHTML(t *testing.T) {
	r := dialog.Reply{Blocks: []dialog.Block{
		{Kind: dialog.Heading, Lines: [][]dialog.Span{{{Text: "Verdict <1>", Bold: true}}}},
		p(dialog.Span{Text: `a & b "c" 😀 `}, dialog.Span{Text: "bold", Bold: true}),
		{Kind: dialog.Bullets, Lines: [][]dialog.Span{{{Text: "one"}}, {{Text: "law", Link: `https://x.cn/?a=1&b="2"`}}}},
		{Kind: dialog.Numbered, Lines: [][]dialog.Span{{{Text: "first"}}, {{Text: "js", Link: "javascript:alert(1)"}}}},
	}, Buttons: [][]dialog.Button{{{Label: "OK", Data: "c:restart"}}}}
	got := renderReply(r, MaxMessageLen)
	want := "<b>Verdict &lt;1&gt;</b>\n" +
		"a &amp; b &#34;c&#34; 😀 <b>bold</b>\n\n" +
		"• one\n• <a href=\"https://x.cn/?a=1&amp;b=&#34;2&#34;\">law</a>\n\n" +
		"1. first\n2. js"
	if len(got) != 1 || got[0].text != want {
		t.Fatalf("renderReply =\n%q\nwant\n%q", got[0].text, want)
	}
	if len(got[0].buttons) != 1 {
		t.Errorf("buttons lost")
	}
	if _, err := checkHTML(got[0].text); err != nil {
		t.Errorf("checkHTML: %v", err)
	}
	if got := htmlToPlain(want); !strings.Contains(got, `a & b "c" 😀 bold`) {
		t.Errorf("htmlToPlain = %q", got)
	}
}

// TestSplit checks the splitter at several limits on replies that force
// block, line and in-span splits: every part fits, is balanced HTML, and
// the parts together keep every character.
func TestSplit(t *testing.T) {
	long := strings.Repeat("断缴补缴说明，", 40) + strings.Repeat("😀&<", 30)
	var blocks []dialog.Block
	for i := range 30 {
		blocks = append(blocks, dialog.Block{Kind: dialog.Heading, Lines: [][]dialog.Span{{{Text: fmt.Sprintf("Section %d", i)}}}})
		blocks = append(blocks, dialog.Block{Kind: dialog.Bullets, Lines: [][]dialog.Span{
			{{Text: "label", Bold: true}, {Text: ": " + strings.Repeat("text ", 20)}},
			{{Text: "link", Link: "https://example.org/" + strings.Repeat("p", 30)}},
		}})
	}
	blocks = append(blocks, p(dialog.Span{Text: long, Bold: true}), p(dialog.Span{Text: long}))
	r := dialog.Reply{Blocks: blocks, Buttons: [][]dialog.Button{{{Label: "b", Data: "c:back"}}}}
	whole := renderReply(r, 1<<30)
	if len(whole) != 1 {
		t.Fatal("unlimited render split")
	}
	squash := func(s string) string { return strings.Join(strings.Fields(htmlToPlain(s)), "") }
	for _, limit := range []int{80, 120, 500, 1000, MaxMessageLen} {
		parts := renderReply(r, limit)
		var all strings.Builder
		for i, m := range parts {
			if n := u16len(m.text); n > limit {
				t.Errorf("limit %d: part %d has %d units", limit, i, n)
			}
			if _, err := checkHTML(m.text); err != nil {
				t.Errorf("limit %d: part %d: %v\n%s", limit, i, err, m.text)
			}
			if (m.buttons != nil) != (i == len(parts)-1) {
				t.Errorf("limit %d: part %d of %d: buttons=%v", limit, i, len(parts), m.buttons != nil)
			}
			all.WriteString(m.text)
		}
		if squash(all.String()) != squash(whole[0].text) {
			t.Errorf("limit %d: text changed by splitting", limit)
		}
		if limit == MaxMessageLen && len(parts) < 2 {
			t.Errorf("limit %d: %d parts", limit, len(parts))
		}
	}
	// Parts break at block boundaries when blocks fit.
	parts := renderReply(dialog.Reply{Blocks: []dialog.Block{p(dialog.Span{Text: strings.Repeat("a", 60)}),
		p(dialog.Span{Text: strings.Repeat("b", 60)})}}, 100)
	if len(parts) != 2 || parts[0].text != strings.Repeat("a", 60) || parts[1].text != strings.Repeat("b", 60) {
		t.Errorf("block split = %q", parts)
	}
	if got := renderReply(dialog.Reply{}, 100); got != nil {
		t.Errorf("empty reply rendered as %q", got)
	}
}

func TestKeyboard(t *testing.T) {
	if keyboard(nil) != nil {
		t.Error("no buttons must give a nil ReplyMarkup interface")
	}
	kb := keyboard([][]dialog.Button{{{Label: "x", Data: strings.Repeat("d", 65)}, {Label: "", Data: "c:back"}}})
	if kb == nil {
		t.Fatal("keyboard dropped a valid button")
	}
}

func TestDispatcherOrderAndParallelism(t *testing.T) {
	var mu sync.Mutex
	seen := map[int64][]int{}
	running := map[int64]bool{}
	release := make(chan struct{})
	started := make(chan int64, 100)
	d := newDispatcher(4, 100, 20, func(_, _ context.Context, j job) {
		key := j.id / 1000
		mu.Lock()
		if running[key] {
			t.Errorf("two jobs of chat %d at once", key)
		}
		running[key] = true
		mu.Unlock()
		if j.id%1000 == 0 {
			started <- key
			<-release
		}
		mu.Lock()
		running[key] = false
		seen[key] = append(seen[key], int(j.id%1000))
		mu.Unlock()
	})
	ctx := context.Background()
	var wg sync.WaitGroup
	for key := int64(1); key <= 4; key++ {
		wg.Go(func() {
			for i := range 20 {
				if err := d.submit(ctx, key, job{id: key*1000 + int64(i), chat: key}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	// The first job of every chat blocks: all four run at once.
	for range 4 {
		select {
		case <-started:
		case <-time.After(10 * time.Second):
			t.Fatal("chats did not run in parallel")
		}
	}
	close(release)
	wg.Wait()
	waitFor(t, "all jobs", func() bool {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for _, s := range seen {
			n += len(s)
		}
		return n == 80
	})
	if !d.shutdown(10 * time.Second) {
		t.Error("shutdown timed out")
	}
	for key := int64(1); key <= 4; key++ {
		for i, n := range seen[key] {
			if i != n {
				t.Fatalf("chat %d ran out of order: %v", key, seen[key])
			}
		}
	}
	if err := d.submit(ctx, 1, job{id: 1}); !errors.Is(err, errClosed) {
		t.Errorf("submit after shutdown = %v", err)
	}
}

// TestDispatcherFlood: a chat with its maximum of waiting jobs is refused
// at once, and other chats still get through meanwhile.
func TestDispatcherFlood(t *testing.T) {
	release := make(chan struct{})
	other := make(chan int64, 10)
	d := newDispatcher(2, 8, 3, func(_, _ context.Context, j job) {
		if j.id < 100 {
			<-release
			return
		}
		other <- j.id
	})
	ctx := context.Background()
	for i := range 3 {
		if err := d.submit(ctx, 0, job{id: int64(1 + i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.submit(ctx, 0, job{id: 4}); !errors.Is(err, errChatBusy) {
		t.Errorf("fourth job of a busy chat: %v, want errChatBusy", err)
	}
	for i := range 3 {
		if err := d.submit(ctx, 1, job{id: int64(100 + i), chat: 1}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		select {
		case id := <-other:
			if id != int64(100+i) {
				t.Errorf("other chat: job %d ran as number %d", id, i)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the flooding chat blocked another chat")
		}
	}
	close(release)
	d.shutdown(10 * time.Second)
}

// TestDispatcherStop: at a stop, queued jobs are not started (they stay in
// the store), the running one sees stop cancelled at once and hard
// cancelled after the grace period.
func TestDispatcherStop(t *testing.T) {
	ran := make(chan struct{}, 10)
	var started atomic.Int32
	d := newDispatcher(1, 4, 4, func(stop, hard context.Context, j job) {
		started.Add(1)
		ran <- struct{}{}
		<-stop.Done()
		<-hard.Done() // a call that only ends when abandoned
	})
	d.submit(context.Background(), 1, job{id: 1})
	d.submit(context.Background(), 1, job{id: 2})
	<-ran
	t0 := time.Now()
	if d.shutdown(50 * time.Millisecond) {
		t.Error("shutdown reported in time")
	}
	// The grace period is 50 ms; the bound only catches a shutdown that
	// waits for the abandoned call, wide enough for a stalled machine.
	if el := time.Since(t0); el > 10*time.Second {
		t.Errorf("shutdown took %v, want about the 50 ms grace period", el)
	}
	if n := started.Load(); n != 1 {
		t.Errorf("%d jobs started, want 1 (the queued one stays for the restart)", n)
	}
}

// TestFeederOffersOnce: a claimed row is offered once while it is worked
// on — also when the store hands it out again because this process's own
// lease lapsed meanwhile — and a row given back unfinished is claimed and
// offered again.
func TestFeederOffersOnce(t *testing.T) {
	var mu sync.Mutex
	rows := map[int64]bool{1: false, 2: false, 3: false} // id -> held
	lapsed := map[int64]bool{}
	runs := map[int64]int{}
	release := make(chan struct{})
	d := newDispatcher(2, 8, 8, nil)
	var f *feeder
	f = newFeeder(d, 8, time.Hour, func(ctx context.Context, limit int) ([]job, error) {
		mu.Lock()
		defer mu.Unlock()
		var out []job
		for _, id := range []int64{1, 2, 3} {
			held, ok := rows[id]
			if ok && (!held || lapsed[id]) {
				rows[id], lapsed[id] = true, false
				out = append(out, job{id: id, chat: id})
			}
		}
		return out, nil
	}, func(ctx context.Context, ids []int64) ([]int64, error) {
		mu.Lock()
		defer mu.Unlock()
		var lost []int64
		_ = ids
		return lost, nil
	}, nil)
	d.run = func(stop, hard context.Context, j job) {
		<-release
		if f.lostRow(j.id) {
			f.done(j.id)
			return
		}
		mu.Lock()
		runs[j.id]++
		if j.id != 3 || runs[3] > 1 {
			delete(rows, j.id)
		} else {
			rows[3] = false // given back unfinished, as a blocked chat's message is
		}
		mu.Unlock()
		f.done(j.id)
	}
	ctx := context.Background()
	f.pass(ctx)
	mu.Lock()
	lapsed[1] = true // our lease on 1 lapsed while it waits: the store offers it again
	mu.Unlock()
	f.pass(ctx)
	close(release)
	waitFor(t, "the rows", func() bool {
		f.pass(ctx)
		mu.Lock()
		defer mu.Unlock()
		return len(rows) == 0
	})
	d.shutdown(time.Second)
	if runs[1] != 1 || runs[2] != 1 || runs[3] != 2 {
		t.Errorf("runs = %v, want 1, 1 and 2", runs)
	}
}

func TestClassify(t *testing.T) {
	cases := []struct {
		err  error
		want class
	}{
		{fmt.Errorf("error do request for method sendMessage, %w", &url.Error{Op: "Post", URL: "u", Err: errors.New("connection refused")}), classTransient},
		{fmt.Errorf("x: %w", context.DeadlineExceeded), classTransient},
		{errors.New("error response from telegram for method sendMessage, 502 Bad Gateway"), classTransient},
		{errors.New("error response from telegram for method sendMessage, 420 Flood"), classPermanent},
		{fmt.Errorf("%w, Bad Request: chat not found", bot.ErrorBadRequest), classPermanent},
		{fmt.Errorf("%w, Bad Request: can't parse entities: x", bot.ErrorBadRequest), classBadHTML},
		{fmt.Errorf("%w, Bad Request: message is not modified: y", bot.ErrorBadRequest), classNotModified},
		{fmt.Errorf("%w, Bad Request: message to edit not found", bot.ErrorBadRequest), classEditGone},
		{fmt.Errorf("%w, Forbidden: bot was blocked by the user", bot.ErrorForbidden), classBlocked},
		{&bot.TooManyRequestsError{Message: "too many", RetryAfter: 3}, classRetryAfter},
		{&apiError{code: 409}, classConflict},
		{&apiError{code: 500}, classTransient},
		{errors.New("error decode response body for method sendMessage, <html>, invalid character"), classTransient},
	}
	for _, c := range cases {
		if got, _ := classify(c.err); got != c.want {
			t.Errorf("classify(%q) = %v, want %v", c.err, got, c.want)
		}
	}
	if _, d := classify(&bot.TooManyRequestsError{RetryAfter: 3}); d != 3*time.Second {
		t.Errorf("retry_after 3 → %v", d)
	}
	for try := 1; try <= 12; try++ {
		d := backoff(DefaultBaseBackoff, DefaultMaxBackoff, try)
		if d > DefaultMaxBackoff || d < DefaultBaseBackoff/2 {
			t.Errorf("backoff(%d) = %v", try, d)
		}
	}
}

func TestScrubToken(t *testing.T) {
	tok := "123456:AAH-secret_part"
	msg := "Post \"https://api.telegram.org/bot" + tok + "/getMe\" and " + url.QueryEscape(tok) + " and AAH-secret_part"
	got := ScrubToken(msg, tok)
	if strings.Contains(got, "secret_part") {
		t.Errorf("ScrubToken left the secret: %q", got)
	}
	b := &Bot{cfg: Config{Token: tok}}
	err := b.scrub(fmt.Errorf("wrapped: %w", fmt.Errorf("%w: %s", bot.ErrorForbidden, tok)))
	if strings.Contains(err.Error(), "secret") || !errors.Is(err, bot.ErrorForbidden) {
		t.Errorf("scrub = %v (Is forbidden: %v)", err, errors.Is(err, bot.ErrorForbidden))
	}
}

func TestRandomSecret(t *testing.T) {
	a, _ := randomSecret(32)
	b, _ := randomSecret(32)
	if len(a) != 32 || a == b {
		t.Errorf("randomSecret: %q %q", a, b)
	}
}

// TestLimits: a burst of three then one a second per chat, other chats
// unaffected; overall, thirty replies waiting together all go at once,
// and never more than thirty in any second plus the guard, in the order
// they asked.
func TestLimits(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var slept []time.Duration
	s := &limits{
		chatRate: DefaultChatRate, chatBurst: DefaultChatBurst,
		chats: map[int64]*rate.Limiter{}, now: func() time.Time { return now },
		sleep: func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return nil },
	}
	ctx := context.Background()
	for range 5 {
		s.reserve(ctx, s.chatLimiter(1, now))
	}
	if len(slept) != 2 || slept[0] != time.Second || slept[1] != 2*time.Second {
		t.Errorf("chat 1 waits = %v, want [1s 2s]", slept)
	}
	slept = nil
	s.reserve(ctx, s.chatLimiter(2, now))
	if len(slept) != 0 {
		t.Errorf("chat 2 waited %v for chat 1", slept)
	}

	// Overall: 200 replies to 200 chats, all asking at the same instant,
	// go at the times their places were booked.
	cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf, ChatBurst: 1, GroupPerMinute: DefaultGroupPerMinute}
	o := newLimits(&cfg)
	var at []time.Time
	for range 200 {
		at = append(at, o.booked.book(now, time.Time{}))
	}
	span := time.Second + OverallGuard
	if !at[DefaultGlobalRate-1].Equal(now) {
		t.Errorf("reply %d waits %v, want the first %d to go at once", DefaultGlobalRate, at[DefaultGlobalRate-1].Sub(now), DefaultGlobalRate)
	}
	if most := maxInWindow(at, span); most > DefaultGlobalRate {
		t.Errorf("%d places within %v, want at most %d", most, span, DefaultGlobalRate)
	}
	if most := maxInWindow(at, time.Second); most > DefaultGlobalRate {
		t.Errorf("%d places within one second, want at most %d", most, DefaultGlobalRate)
	}
	if !slices.IsSortedFunc(at, func(a, b time.Time) int { return a.Compare(b) }) {
		t.Error("a reply booked later got an earlier place")
	}
	if got, want := at[199].Sub(now), 6*span; got != want {
		t.Errorf("the 200th reply waits %v, want %v (six full windows ahead of it)", got, want)
	}

	// The whole path on a clock that sleeps move: a reply every 10 ms
	// (a hundred a second) for three seconds.
	o = newLimits(&cfg)
	clock := now
	o.now = func() time.Time { return clock }
	o.sleep = func(ctx context.Context, d time.Duration) error { clock = clock.Add(d); return nil }
	var left []time.Time
	for i := range 300 {
		if want := now.Add(time.Duration(i) * 10 * time.Millisecond); clock.Before(want) {
			clock = want
		}
		if err := o.wait(ctx, int64(i+1)); err != nil {
			t.Fatal(err)
		}
		left = append(left, clock)
	}
	if most := maxInWindow(left, span); most != DefaultGlobalRate {
		t.Errorf("%d replies left within %v, want %d (no more, and the budget used)", most, span, DefaultGlobalRate)
	}

	// Replies asking together: ReplyBurst go at once, then one every
	// thirtieth of the window, and never more than thirty in it.
	o = newLimits(&cfg)
	clock = now
	o.now = func() time.Time { return clock }
	o.sleep = func(ctx context.Context, d time.Duration) error { clock = clock.Add(d); return nil }
	var times []time.Time
	for i := range 2 * DefaultGlobalRate {
		if err := o.wait(ctx, int64(i+1)); err != nil {
			t.Fatal(err)
		}
		times = append(times, clock)
	}
	every := span / DefaultGlobalRate
	if !times[ReplyBurst-1].Equal(now) || !times[ReplyBurst].Equal(now.Add(every)) {
		t.Errorf("replies %d and %d of %d asking together go at +%v and +%v, want +0 and +%v", ReplyBurst, ReplyBurst+1,
			len(times), times[ReplyBurst-1].Sub(now), times[ReplyBurst].Sub(now), every)
	}
	if most := maxInWindow(times, time.Nanosecond); most > ReplyBurst {
		t.Errorf("%d replies went together, want at most %d", most, ReplyBurst)
	}
	if most := maxInWindow(times, span); most > DefaultGlobalRate {
		t.Errorf("%d places within %v, want at most %d", most, span, DefaultGlobalRate)
	}

	// A reply that gives up waiting gives its place back.
	o = newLimits(&cfg)
	o.now = func() time.Time { return now }
	o.sleep = func(ctx context.Context, d time.Duration) error { return context.Canceled }
	for range DefaultGlobalRate {
		o.booked.book(now, time.Time{})
	}
	o.paceNext = time.Time{}
	if err := o.wait(ctx, 1); err == nil {
		t.Fatal("a reply behind a full window did not wait")
	}
	if n := len(o.booked.times); n != DefaultGlobalRate {
		t.Errorf("%d places booked after a reply gave up, want %d", n, DefaultGlobalRate)
	}
}

// TestLimitsSaturatedBatches: replies that find a window of replies
// booked ahead of them (the sender saturated) are booked in batches of
// SaturatedBurst on a grid, not one every thirtieth of the window; fewer
// keep the pace. Either way never more than thirty in any second plus the
// guard, in the order they asked, and the budget is used but for the
// grid's slack.
func TestLimitsSaturatedBatches(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	span := time.Second + OverallGuard
	every := span / DefaultGlobalRate
	old := SaturatedBurst
	t.Cleanup(func() { SaturatedBurst = old })
	for _, burst := range []int{1, 5, 10, DefaultGlobalRate} {
		SaturatedBurst = burst
		cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf, ChatBurst: 1}
		o := newLimits(&cfg)
		o.now = func() time.Time { return now }
		var at []time.Time
		// Every reply asks at the same instant and books before any
		// leaves: the queue grows as at saturation.
		o.sleep = func(ctx context.Context, d time.Duration) error { at = append(at, now.Add(d)); return nil }
		for i := range 300 {
			before := len(at)
			if err := o.waitReply(context.Background(), int64(i+1)); err != nil {
				t.Fatal(err)
			}
			if len(at) == before {
				at = append(at, now)
			}
		}
		if !slices.IsSortedFunc(at, func(a, b time.Time) int { return a.Compare(b) }) {
			t.Errorf("burst %d: a reply booked later got an earlier place", burst)
		}
		if most := maxInWindow(at, span); most > DefaultGlobalRate {
			t.Errorf("burst %d: %d places within %v, want at most %d", burst, most, span, DefaultGlobalRate)
		}
		// The first window's replies keep the pace: ReplyBurst at once,
		// then one every thirtieth of the window.
		if most := maxInWindow(at[:DefaultGlobalRate], time.Nanosecond); most > ReplyBurst {
			t.Errorf("burst %d: %d of the first window's replies went together, want at most %d", burst, most, ReplyBurst)
		}
		want := max(burst, ReplyBurst)
		if burst <= 1 {
			want = ReplyBurst
		}
		if most := maxInWindow(at, time.Nanosecond); most != want {
			t.Errorf("burst %d: at most %d replies went together, want %d", burst, most, want)
		}
		if burst > 1 {
			// Past the first windows every place is in a full batch.
			tail := at[3*DefaultGlobalRate:]
			for i := 0; i+burst <= len(tail); {
				j := i
				for j < len(tail) && tail[j].Equal(tail[i]) {
					j++
				}
				if j < len(tail) && j-i != burst && i > 0 {
					t.Errorf("burst %d: a batch of %d at +%v", burst, j-i, tail[i].Sub(now))
					break
				}
				i = j
			}
		}
		// The budget: 300 replies in ten windows, the grid's slack and
		// the pace of the first ones aside.
		if last, limit := at[len(at)-1].Sub(now), 10*(span+SaturatedSlack)+every; last > limit {
			t.Errorf("burst %d: the 300th reply waits %v, want at most %v", burst, last, limit)
		}
	}
}

func TestFoldReplies(t *testing.T) {
	p := func(s string) dialog.Block {
		return dialog.Block{Kind: dialog.Paragraph, Lines: [][]dialog.Span{{{Text: s}}}}
	}
	btn := [][]dialog.Button{{{Label: "x", Data: "c:restart"}}}
	texts := func(rs []dialog.Reply) string {
		var out []string
		for _, r := range rs {
			var b []string
			for _, bl := range r.Blocks {
				b = append(b, bl.Lines[0][0].Text)
			}
			mark := ""
			if len(r.Buttons) > 0 {
				mark = "+buttons"
			}
			out = append(out, strings.Join(b, ",")+mark)
		}
		return strings.Join(out, " | ")
	}
	for _, c := range []struct {
		in   []dialog.Reply
		want string
	}{
		{nil, ""},
		{[]dialog.Reply{{Blocks: []dialog.Block{p("a")}}}, "a"},
		{[]dialog.Reply{{Blocks: []dialog.Block{p("got")}}, {Blocks: []dialog.Block{p("q")}, Buttons: btn}}, "got,q+buttons"},
		{[]dialog.Reply{{Blocks: []dialog.Block{p("a")}, Buttons: btn}, {Blocks: []dialog.Block{p("b")}, Buttons: btn}}, "a+buttons | b+buttons"},
		{[]dialog.Reply{{Blocks: []dialog.Block{p("a")}}, {Blocks: []dialog.Block{p("b")}}, {Blocks: []dialog.Block{p("c")}, Buttons: btn}, {Blocks: []dialog.Block{p("d")}}}, "a,b,c+buttons | d"},
	} {
		if got := texts(foldReplies(c.in)); got != c.want {
			t.Errorf("foldReplies = %q, want %q", got, c.want)
		}
	}
}

// TestIndexFoldKeepsByteOffsets: letters whose lower case has another byte
// length (Ⱥ, the Kelvin sign) must not shift the mention's position.
func TestIndexFoldKeepsByteOffsets(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   int
	}{
		{"ȺȺȺȺȺȺȺȺȺȺȺȺȺȺ @bujiao_bot hi", "@bujiao_bot", len("ȺȺȺȺȺȺȺȺȺȺȺȺȺȺ ")},
		{"KK @Bujiao_Bot x", "@bujiao_bot", len("KK ")},
		{"hello @BUJIAO_BOT", "@bujiao_bot", 6},
		{"no mention", "@bujiao_bot", -1},
		{"@bujiao_bo", "@bujiao_bot", -1},
	} {
		if got := indexFold(c.s, c.sub); got != c.want {
			t.Errorf("indexFold(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestNoStoreImport: the transport reaches the database only through the
// dialog's Sessions and its own Mailbox; cmd/bujiao wires the SQLite
// implementation. Only tests may import the store.
func TestNoStoreImport(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if strings.Trim(imp.Path.Value, `"`) == "bujiao/store" {
				t.Errorf("%s imports bujiao/store", name)
			}
		}
	}
}

// TestStoredUpdateHasNoNames: what the inbox keeps of an update is what the
// turn needs — never the person's names or username.
func TestStoredUpdateHasNoNames(t *testing.T) {
	b := &Bot{log: slog.New(slog.DiscardHandler)}
	from := &models.User{ID: 7, FirstName: "Xiaoming", LastName: "Wang", Username: "xiaoming_w", LanguageCode: "zh-hans"}
	msg := models.Update{ID: 9, Message: &models.Message{ID: 1, Chat: models.Chat{ID: 7, Type: models.ChatTypePrivate,
		FirstName: "Xiaoming", Username: "xiaoming_w"}, From: from, Text: "断缴8个月"}}
	press := models.Update{ID: 10, CallbackQuery: &models.CallbackQuery{ID: "q", From: *from, Data: "s:gap:8",
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage,
			Message: &models.Message{ID: 3, Date: 1_770_000_000, Chat: models.Chat{ID: 7, Type: models.ChatTypePrivate, Username: "xiaoming_w"},
				ReplyMarkup: &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{{{Text: "8 months", CallbackData: "s:gap:8"}}}}}}}}
	var raws [][]byte
	for _, u := range []models.Update{msg, press} {
		data, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, data)
	}
	bt := b.sortBatch(raws)
	if len(bt.in) != 2 || bt.maxID != 10 {
		t.Fatalf("stored %d of 2 updates (max id %d)", len(bt.in), bt.maxID)
	}
	for _, in := range bt.in {
		for _, name := range []string{"Xiaoming", "Wang", "xiaoming_w"} {
			if strings.Contains(string(in.Payload), name) {
				t.Errorf("stored update %s holds %q: %s", in.Key, name, in.Payload)
			}
		}
	}
	var s stored
	if err := json.Unmarshal(bt.in[1].Payload, &s); err != nil || s.Data != "s:gap:8" || s.Pressed != 3 || s.Label != "8 months" {
		t.Errorf("stored press = %+v, %v", s, err)
	}
}

// TestLimitsAfterStall: sixty sends reserve their slots of the overall
// limiter, then the process stalls for five seconds (every reservation's
// time passes) and they all wake at once. The overall window still lets
// at most thirty leave in any second. Without the window, all sixty would
// leave in the same instant (checked, so the test can fail).
func TestLimitsAfterStall(t *testing.T) {
	for _, withWindow := range []bool{true, false} {
		cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: DefaultChatRate,
			ChatBurst: DefaultChatBurst, GroupPerMinute: DefaultGroupPerMinute}
		s := newLimits(&cfg)
		if !withWindow {
			s.overall = nil
		}
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		s.now = func() time.Time { return now }
		for range 60 {
			s.booked.book(now, time.Time{})
		}
		now = now.Add(5 * time.Second) // the stall
		s.sleep = func(ctx context.Context, d time.Duration) error { now = now.Add(d); return nil }
		var at []time.Time
		for i := range 60 {
			if err := s.admit(context.Background(), int64(1000+i)); err != nil {
				t.Fatal(err)
			}
			at = append(at, now)
		}
		most := maxInWindow(at, time.Second)
		switch {
		case withWindow && most > DefaultGlobalRate:
			t.Errorf("%d sends in one second after a stall, want at most %d", most, DefaultGlobalRate)
		case !withWindow && most != 60:
			t.Errorf("without the window %d sends left together; the test would not catch a burst", most)
		}
	}
}

// TestLimitsCountWhenLeaving: thirty replies are let through together, but
// ten of them leave half a second later (they waited for a place in
// flight); then thirty more ask. Counted when they leave, no second holds
// more than thirty calls leaving. Counted when let through, forty would
// leave within one second (checked, so the test can fail).
func TestLimitsCountWhenLeaving(t *testing.T) {
	old := ReplyBurst
	ReplyBurst = DefaultGlobalRate // the thirty go together
	t.Cleanup(func() { ReplyBurst = old })
	for _, whenLeaving := range []bool{true, false} {
		cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf, ChatBurst: 1, GroupPerMinute: DefaultGroupPerMinute}
		s := newLimits(&cfg)
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		now := start
		s.now = func() time.Time { return now }
		s.sleep = func(ctx context.Context, d time.Duration) error { now = now.Add(d); return nil }
		ctx := context.Background()
		// send books a place for a call to chat and admits it when it
		// leaves: at once, or (late) at half a second.
		var left []time.Time
		var late []int64
		send := func(chat int64, leaves bool) {
			if !whenLeaving {
				if err := s.waitFor(ctx, chat, false); err != nil {
					t.Fatal(err)
				}
				if leaves {
					left = append(left, now)
				} else {
					late = append(late, chat)
				}
				return
			}
			if err := s.waitBooked(ctx, chat, false); err != nil {
				t.Fatal(err)
			}
			if !leaves {
				late = append(late, chat)
				return
			}
			if err := s.leave(ctx, chat, false); err != nil {
				t.Fatal(err)
			}
			left = append(left, now)
		}
		for i := range DefaultGlobalRate {
			send(int64(i+1), i < 20)
		}
		if now != start {
			t.Fatalf("the first %d replies waited %v", DefaultGlobalRate, now.Sub(start))
		}
		now = start.Add(500 * time.Millisecond)
		for _, chat := range late {
			if whenLeaving {
				if err := s.leave(ctx, chat, false); err != nil {
					t.Fatal(err)
				}
			}
			left = append(left, now)
		}
		for i := range DefaultGlobalRate {
			if now.Before(start.Add(time.Second)) {
				now = start.Add(time.Second)
			}
			send(int64(100+i), true)
		}
		slices.SortFunc(left, func(a, b time.Time) int { return a.Compare(b) })
		most := maxInWindow(left, time.Second)
		switch {
		case whenLeaving && most > DefaultGlobalRate:
			t.Errorf("%d calls left within one second, want at most %d", most, DefaultGlobalRate)
		case !whenLeaving && most <= DefaultGlobalRate:
			t.Errorf("counted when let through, %d calls left within one second; the test would not catch late ones", most)
		}
	}
}

// TestGroupLimit: one group gets at most twenty messages in any minute;
// a private chat is not held back by it.
func TestGroupLimit(t *testing.T) {
	cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: DefaultChatRate,
		ChatBurst: DefaultChatBurst, GroupPerMinute: DefaultGroupPerMinute}
	s := newLimits(&cfg)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	start := now
	s.now = func() time.Time { return now }
	s.sleep = func(ctx context.Context, d time.Duration) error { now = now.Add(d); return nil }
	var at []time.Time
	for range 45 {
		if err := s.admit(context.Background(), -100123); err != nil {
			t.Fatal(err)
		}
		at = append(at, now)
		now = now.Add(100 * time.Millisecond)
	}
	if most := maxInWindow(at, time.Minute); most > DefaultGroupPerMinute {
		t.Errorf("%d messages to one group within a minute, want at most %d", most, DefaultGroupPerMinute)
	}
	if d := at[20].Sub(start); d < time.Minute {
		t.Errorf("the 21st message left after %v, want a minute", d)
	}
	before := now
	if err := s.admit(context.Background(), 42); err != nil {
		t.Fatal(err)
	}
	if now != before {
		t.Errorf("a private chat waited %v behind the group", now.Sub(before))
	}
}

func maxInWindow(at []time.Time, span time.Duration) int {
	most := 0
	for i := range at {
		n := 0
		for j := i; j < len(at) && at[j].Sub(at[i]) < span; j++ {
			n++
		}
		most = max(most, n)
	}
	return most
}
