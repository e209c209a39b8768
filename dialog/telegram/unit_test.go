package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
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
	d := newDispatcher(4, 100, 20, func(ctx context.Context, j job) {
		key := j.u.ID / 1000
		mu.Lock()
		if running[key] {
			t.Errorf("two jobs of chat %d at once", key)
		}
		running[key] = true
		mu.Unlock()
		if j.u.ID%1000 == 0 {
			started <- key
			<-release
		}
		mu.Lock()
		running[key] = false
		seen[key] = append(seen[key], int(j.u.ID%1000))
		mu.Unlock()
	})
	ctx := context.Background()
	var wg sync.WaitGroup
	for key := int64(1); key <= 4; key++ {
		wg.Go(func() {
			for i := range 20 {
				if err := d.submit(ctx, key, job{u: upd(key*1000 + int64(i))}); err != nil {
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
	if !d.shutdown(10 * time.Second) {
		t.Error("shutdown timed out")
	}
	for key := int64(1); key <= 4; key++ {
		for i, n := range seen[key] {
			if i != n {
				t.Fatalf("chat %d ran out of order: %v", key, seen[key])
			}
		}
		if len(seen[key]) != 20 {
			t.Errorf("chat %d: %d jobs ran, want 20", key, len(seen[key]))
		}
	}
	if err := d.submit(ctx, 1, job{u: upd(1)}); !errors.Is(err, errClosed) {
		t.Errorf("submit after shutdown = %v", err)
	}
}

// TestDispatcherFlood: a chat with its maximum of waiting updates is
// refused at once, and other chats still get through meanwhile.
func TestDispatcherFlood(t *testing.T) {
	release := make(chan struct{})
	other := make(chan int64, 10)
	d := newDispatcher(2, 8, 3, func(ctx context.Context, j job) {
		if j.u.ID < 100 {
			<-release
			return
		}
		other <- j.u.ID
	})
	ctx := context.Background()
	for i := range 3 {
		if err := d.submit(ctx, 0, job{u: upd(int64(1 + i))}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.submit(ctx, 0, job{u: upd(4)}); !errors.Is(err, errChatBusy) {
		t.Errorf("fourth update of a busy chat: %v, want errChatBusy", err)
	}
	for i := range 3 {
		if err := d.submit(ctx, 1, job{u: upd(int64(100 + i))}); err != nil {
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

func TestDispatcherDrainTimeout(t *testing.T) {
	ran, cancelled := make(chan struct{}, 10), make(chan struct{}, 10)
	d := newDispatcher(1, 4, 4, func(ctx context.Context, j job) {
		if ctx.Err() != nil {
			cancelled <- struct{}{}
			return
		}
		ran <- struct{}{}
		<-ctx.Done() // a job that only ends when cancelled
	})
	d.submit(context.Background(), 1, job{u: upd(1)})
	d.submit(context.Background(), 1, job{u: upd(2)})
	<-ran
	if d.shutdown(50 * time.Millisecond) {
		t.Error("shutdown reported in time")
	}
	if len(cancelled) != 1 {
		t.Errorf("queued job saw %d cancelled contexts, want 1", len(cancelled))
	}
}

func TestOffsetsWatermark(t *testing.T) {
	o := newOffsets(nil, nil, 100)
	for _, id := range []int64{100, 101, 102, 103} {
		o.received(id)
	}
	steps := []struct {
		id   int64
		drop bool
		want int64
	}{
		{102, false, 100}, // 100 still running
		{100, false, 101},
		{101, false, 103},
		{103, false, 104},
	}
	for _, s := range steps {
		o.finish(s.id, s.drop)
		if o.want != s.want {
			t.Errorf("after %d: offset %d, want %d", s.id, o.want, s.want)
		}
	}
	o.received(104)
	o.received(105)
	o.dropped(104)
	o.handled(105)
	if o.want != 104 {
		t.Errorf("after dropping 104: offset %d, want 104", o.want)
	}
}

func TestTransient(t *testing.T) {
	cases := []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("error do request for method sendMessage, %w", &url.Error{Op: "Post", URL: "u", Err: errors.New("connection refused")}), true},
		{fmt.Errorf("x: %w", context.DeadlineExceeded), true},
		{errors.New("error response from telegram for method sendMessage, 502 Bad Gateway"), true},
		{errors.New("error response from telegram for method sendMessage, 420 Flood"), false},
		{fmt.Errorf("%w, Bad Request: chat not found", bot.ErrorBadRequest), false},
		{errors.New("error decode response body for method sendMessage, <html>, invalid character"), true},
	}
	for _, c := range cases {
		if got := transient(c.err); got != c.want {
			t.Errorf("transient(%q) = %v, want %v", c.err, got, c.want)
		}
	}
	s := &sender{baseDelay: DefaultBaseBackoff, maxDel: DefaultMaxBackoff}
	for try := 1; try <= 12; try++ {
		d := s.backoff(try)
		if d > DefaultMaxBackoff || d < DefaultBaseBackoff/2 {
			t.Errorf("backoff(%d) = %v", try, d)
		}
	}
}

func TestScrubToken(t *testing.T) {
	tok := "123456:AAH-secret_part"
	msg := "Post \"https://api.telegram.org/bot" + tok + "/getMe\" and " + url.QueryEscape(tok) + " and AAH-secret_part"
	got := scrubToken(msg, tok)
	if strings.Contains(got, "secret_part") {
		t.Errorf("scrubToken left the secret: %q", got)
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

// TestLimits: about one message a second per chat after a burst of three,
// other chats unaffected, and thirty a second overall.
func TestLimits(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var slept []time.Duration
	s := &sender{
		global: rate.NewLimiter(DefaultGlobalRate, DefaultGlobalBurst), chatRate: DefaultChatRate, chatBurst: DefaultChatBurst,
		chats: map[int64]*rate.Limiter{}, now: func() time.Time { return now },
		sleep: func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return nil },
	}
	ctx := context.Background()
	for range 5 {
		s.wait(ctx, 1, true)
	}
	if len(slept) != 2 || slept[0] != time.Second || slept[1] != 2*time.Second {
		t.Errorf("chat 1 waits = %v, want [1s 2s]", slept)
	}
	slept = nil
	s.wait(ctx, 2, true)
	if len(slept) != 0 {
		t.Errorf("chat 2 waited %v for chat 1", slept)
	}
	for range 30 {
		s.wait(ctx, 0, false)
	}
	if len(slept) == 0 || slept[len(slept)-1] <= 0 {
		t.Errorf("the global limit never applied: %v", slept)
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
