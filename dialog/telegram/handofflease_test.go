package telegram

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

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
