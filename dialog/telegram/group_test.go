package telegram

import (
	"regexp"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
)

// TestGroupTopics: in a forum supergroup every reply goes to the topic of
// the message it answers (a reply without message_thread_id would land in
// General, and the fake refuses a thread that does not exist); a case told
// in the group is never answered there: the reply points to the private
// chat, whose link carries the case, and the private chat answers it.
func TestGroupTopics(t *testing.T) {
	h := newHarness(t)
	h.configure = func(c *Config) { c.Runner.Cases = h.db }
	h.start()
	const group = -100777
	h.api.addGroup(group, true, true, 5001)
	topic := h.api.topicsOf(group)
	if len(topic) != 0 {
		t.Fatalf("new group has topics %v", topic)
	}
	// A topic made by people in the group.
	th := h.api.makeTopic(group, "问答")

	sayIn := func(thread int, text string) []apiCall {
		t.Helper()
		before := len(h.api.sent(group))
		ids := h.api.push(topicMessage(group, thread, 5001, text))
		h.waitDone(ids...)
		h.waitSent(group)
		return h.api.sent(group)[before:]
	}
	got := sayIn(th, "/help@bujiao_test_bot")
	if len(got) == 0 {
		t.Fatal("no reply to a command in a topic")
	}
	for _, c := range got {
		if threadOfCall(c) != th {
			t.Errorf("reply in thread %d, want %d: %q", threadOfCall(c), th, c.Text)
		}
	}
	got = sayIn(0, "/help@bujiao_test_bot")
	for _, c := range got {
		if threadOfCall(c) != 0 {
			t.Errorf("a message in General answered in thread %d", threadOfCall(c))
		}
	}
	got = sayIn(th, "@bujiao_test_bot 上海灵活就业断缴8个月")
	if len(got) != 1 {
		t.Fatalf("want one pointer to the private chat, got %d:\n%s", len(got), joined(got))
	}
	if isAnswer(got) || strings.Contains(got[0].Text, "12393") || threadOfCall(got[0]) != th {
		t.Fatalf("a case was answered in the group (thread %d):\n%s", threadOfCall(got[0]), got[0].Text)
	}
	link := regexp.MustCompile(`https://t\.me/bujiao_test_bot\?start=(c-[A-Za-z0-9_-]{10})`).FindStringSubmatch(got[0].Text)
	if link == nil {
		t.Fatalf("no deep link carrying the case:\n%s", got[0].Text)
	}
	// The link opens the private chat with the case: answered at once.
	u := h.user(5001, "zh-hans")
	if ans := u.say("/start " + link[1]); !isAnswer(ans) {
		t.Fatalf("the link did not carry the case into the private chat:\n%s", joined(ans))
	}
}

// TestGroupNoHandoff: in a group, /human gives the hotlines, never a
// hand-off that would relay the group to staff.
func TestGroupNoHandoff(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	g := h.user(5002, "zh-hans")
	g.chatID, g.chatType = -100778, models.ChatTypeSupergroup
	got := g.say("/human@bujiao_test_bot")
	if len(got) != 1 || !strings.Contains(got[0].Text, "12393") || strings.Contains(strings.Join(got[0].buttons(), " "), "h:ok") {
		t.Fatalf("a hand-off offered in a group:\n%s", joined(got))
	}
}
