package telegram

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"bujiao/dialog"
)

// TestHandoffCapacity measures how many hand-offs one staff group carries
// when every person writes 3 messages a minute, against the fake Bot API,
// with time compressed 60 times (the group's 20 messages a minute become
// 20 a second, a person's 3 a minute 3 a second): relay delays are
// reported in uncompressed seconds. It runs only with BUJIAO_MEASURE=1:
//
//	BUJIAO_MEASURE=1 go test ./dialog/telegram -run TestHandoffCapacity -v
func TestHandoffCapacity(t *testing.T) {
	if os.Getenv("BUJIAO_MEASURE") == "" {
		t.Skip("a measurement; set BUJIAO_MEASURE=1")
	}
	scale := 60.0
	for _, n := range []int{5, 10, 20, 40} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			h, _ := handoffHarness(t, dialog.HandoffConfig{})
			base := h.configure
			h.configure = func(c *Config) {
				base(c)
				c.Sleep = sleepCtx
				c.GroupPerMinute = int(20 * scale)
				c.WakeEvery = time.Hour
			}
			h.start()
			users := make([]*tgUser, n)
			var opens []time.Duration
			for i := range users {
				users[i] = h.user(int64(8000+i), "zh-hans")
				users[i].say("/human")
				start := time.Now()
				users[i].press("h:ok")
				made := h.api.callsOf("createForumTopic", staffGroup)
				opens = append(opens, made[len(made)-1].At.Sub(start))
			}
			// Each person writes every 20 s (3 a minute), starting spread
			// over the first 20 s, for 5 minutes: compressed.
			const perPerson = 15
			pushed := map[string]time.Time{}
			var ids []int64
			period := time.Duration(float64(20*time.Second) / scale)
			startAll := time.Now()
			for k := 0; k < perPerson; k++ {
				for i, u := range users {
					at := startAll.Add(time.Duration(k)*period + time.Duration(i)*period/time.Duration(n))
					time.Sleep(time.Until(at))
					text := fmt.Sprintf("p%d-%d", i, k)
					pushed[text] = time.Now()
					ids = append(ids, h.api.push(u.textUpdate(text))...)
				}
			}
			h.waitDone(ids...)
			for _, u := range users {
				h.waitSent(u.chatID)
			}
			var delays []float64
			posts := 0
			seen := map[string]bool{}
			for _, c := range h.api.sent(staffGroup) {
				if !strings.Contains(c.Text, "对方：p") {
					continue
				}
				posts++
				for _, line := range strings.Split(c.Text, "\n") {
					text := strings.TrimPrefix(line, "对方：")
					if at, ok := pushed[text]; ok && !seen[text] {
						seen[text] = true
						delays = append(delays, c.At.Sub(at).Seconds()*scale)
					}
				}
			}
			if len(seen) != len(pushed) {
				t.Fatalf("relayed %d of %d messages", len(seen), len(pushed))
			}
			slices.Sort(delays)
			q := func(p float64) float64 { return delays[int(p*float64(len(delays)-1))] }
			slices.Sort(opens)
			t.Logf("%d hand-offs, 3 msg/person-minute: %d messages in %d posts (%.2f per post); relay delay median %.0f s, p90 %.0f s, max %.0f s (uncompressed); a tap on consent to createForumTopic median %v",
				n, len(pushed), posts, float64(len(pushed))/float64(posts), q(0.5), q(0.9), delays[len(delays)-1], opens[len(opens)/2])
		})
	}
}
