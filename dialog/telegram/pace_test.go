package telegram

import (
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"
)

// TestHumanPace measures the bot at Telegram's real rates (30 messages a
// second overall, 1 a second per chat with bursts of 3): 100 people go
// through the guided conversation (/start, then a button per question)
// at a human pace, 5 s between reading a reply and answering it. Latency
// runs from the update reaching the bot to the last message of its reply
// reaching the (fake) Telegram. It is a measurement, not a timed test:
//
//	BUJIAO_PACE=1 go test -run TestHumanPace -v ./dialog/telegram
//
// BUJIAO_PACE_N (default 100) and BUJIAO_PACE_THINK (default 5s) change the
// crowd and the pace; BUJIAO_PACE_RATE (messages a second) the overall
// --rate; BUJIAO_PACE_GUARD the overall window's guard (OverallGuard) and
// BUJIAO_PACE_BURST how many replies may leave together (ReplyBurst).
//
// The steps need one message each, so N people at think time T ask for
// N/(T+latency) messages a second, and the bot sends at most C a second
// (30 in every second plus the guard: 29.7 with 10 ms). Then latency >=
// N/C - T on average, whatever the bot does (Little's law; the queue is
// the budget's): at 150 people and 5 s, 50 ms with the 10 ms guard, 155 ms
// with the 3 % headroom the limiter had before (29.1 a second).
func TestHumanPace(t *testing.T) {
	if os.Getenv("BUJIAO_PACE") != "1" {
		t.Skip("set BUJIAO_PACE=1 to run the measurement (about a minute)")
	}
	n := envInt(t, "BUJIAO_PACE_N", 100)
	think := 5 * time.Second
	if s := os.Getenv("BUJIAO_PACE_THINK"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		think = d
	}
	if s := os.Getenv("BUJIAO_PACE_GUARD"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		old := OverallGuard
		OverallGuard = d
		t.Cleanup(func() { OverallGuard = old })
	}
	if s := os.Getenv("BUJIAO_PACE_BURST"); s != "" {
		old := ReplyBurst
		ReplyBurst = envInt(t, "BUJIAO_PACE_BURST", old)
		t.Cleanup(func() { ReplyBurst = old })
	}
	h := newHarness(t)
	var globalRate rate.Limit
	if s := os.Getenv("BUJIAO_PACE_RATE"); s != "" {
		r, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		globalRate = rate.Limit(r)
	}
	var (
		leftMu sync.Mutex
		left   []time.Time
	)
	h.configure = func(c *Config) {
		c.onLeave = func(at time.Time) { leftMu.Lock(); left = append(left, at); leftMu.Unlock() }
		c.Sleep = sleepCtx // real waits: the limiters at their real rates
		c.Workers = DefaultWorkers
		c.GlobalRate = globalRate
	}
	h.start()

	var (
		mu   sync.Mutex
		lats []time.Duration
	)
	var wg sync.WaitGroup
	t0 := time.Now()
	for i := range n {
		u := h.user(int64(20_000+i), "zh-hans")
		wg.Go(func() {
			// Arrivals spread over one think time.
			time.Sleep(think * time.Duration(i) / time.Duration(n))
			for step := 0; ; step++ {
				before := len(h.api.sent(u.chatID))
				var up *models.Update
				if step == 0 {
					up = u.textUpdate("/start")
				} else {
					last := u.lastKeyboard()
					up = u.pressUpdate(last.MessageID, last.buttons()[0], last.Markup)
				}
				start := time.Now()
				h.api.push(up)
				var got []apiCall
				h.api.waitFor(t, "a reply", func() bool {
					all := h.api.sentLocked(u.chatID)
					if len(all) <= before {
						return false
					}
					got = all[before:]
					return got[len(got)-1].Markup != nil // the reply ends with its buttons
				})
				lat := got[len(got)-1].At.Sub(start)
				mu.Lock()
				lats = append(lats, lat)
				mu.Unlock()
				if isAnswer(got) {
					return
				}
				time.Sleep(think)
			}
		})
	}
	wg.Wait()
	wall := time.Since(t0)

	slices.Sort(lats)
	pct := func(p int) time.Duration { return lats[min(len(lats)*p/100, len(lats)-1)] }
	over := 0
	for _, l := range lats {
		if l > 5*time.Second {
			over++
		}
	}
	// Message-class calls per second, and the peak over any second.
	var at []time.Time
	budgeted, updates := 0, len(lats)
	for _, m := range []string{"sendMessage", "editMessageText", "editMessageReplyMarkup"} {
		for _, c := range h.api.callsOf(m, 0) {
			at = append(at, c.At)
			budgeted++
		}
	}
	slices.SortFunc(at, func(a, b time.Time) int { return a.Compare(b) })
	peak := maxInWindow(at, time.Second)
	leftMu.Lock()
	slices.SortFunc(left, func(a, b time.Time) int { return a.Compare(b) })
	peakLeft := maxInWindow(left, time.Second)
	leftMu.Unlock()
	t.Logf("%d people, %d steps in %v at %v think time: p50 %v, p90 %v, p99 %v, max %v; %d steps over 5 s",
		n, updates, wall.Round(time.Second), think, pct(50).Round(time.Millisecond), pct(90).Round(time.Millisecond),
		pct(99).Round(time.Millisecond), lats[len(lats)-1].Round(time.Millisecond), over)
	t.Logf("message-class calls: %d (%.2f per update), peak %d in one second at the fake Telegram (%d as counted leaving the limiter); answerCallbackQuery %d (outside the budget)",
		budgeted, float64(budgeted)/float64(updates), peak, peakLeft, len(h.api.callsOf("answerCallbackQuery", 0)))
}

// TestOneMessagePerUpdate: on every way to the first case answer (the
// guided buttons TestHumanPace takes, one sentence, a question first, a
// move, an employer's arrears), each update (/start, a text, a press)
// costs exactly one message-class call: at a human pace the budget then
// carries one person's step per place, and no step waits for a second
// message of its own.
func TestOneMessagePerUpdate(t *testing.T) {
	h := newHarness(t)
	h.configure = unlimited
	h.start()
	messages := h.api.messagesTo
	for i, p := range []struct {
		name  string
		texts []string
	}{
		{"buttons only", nil},
		{"one sentence", []string{"上海灵活就业，断缴8个月"}},
		{"question first", []string{"医保断缴了还能补吗", "上海灵活就业，断缴8个月"}},
		{"mover", []string{"从杭州换工作到上海了，中间断了2个月，新单位在交"}},
		{"arrears", []string{"公司欠缴了我3个月医保，在杭州上班"}},
	} {
		u := h.user(7200+int64(i), "zh-hans")
		updates := 0
		step := func(what string, do func() []apiCall) []apiCall {
			before := messages(u.chatID)
			got := do()
			updates++
			if n := messages(u.chatID) - before; n != 1 {
				t.Errorf("%s: %s cost %d message-class calls, want 1", p.name, what, n)
			}
			return got
		}
		got := step("/start", func() []apiCall { return u.say("/start") })
		for _, s := range p.texts {
			got = step(s, func() []apiCall { return u.say(s) })
		}
		for n := 0; !isAnswer(got) && n < 12; n++ {
			got = step("a press", u.pressFirst)
		}
		if !isAnswer(got) {
			t.Fatalf("%s: no answer:\n%s", p.name, joined(got))
		}
		t.Logf("%s: %d updates, %d message-class calls (%.2f per update)", p.name, updates, messages(u.chatID),
			float64(messages(u.chatID))/float64(updates))
	}
}
