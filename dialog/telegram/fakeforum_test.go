package telegram

import (
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"
)

// The fake Bot API's supergroups: forum topics (createForumTopic,
// editForumTopic, deleteForumTopic), message_thread_id on sends, copyMessage,
// getChatMember and the scopes of setMyCommands. A chat is a group only
// once addGroup made it one; sends to other chats behave as before.

// fakeGroup is a supergroup the fake knows.
type fakeGroup struct {
	forum bool
	// manage: the bot is an admin allowed to manage topics.
	manage bool
	// members maps user ids to their status ("creator", "administrator",
	// "member"); anyone else has "left".
	members   map[int64]string
	topics    map[int]string // thread id → name
	nextTopic int
	// deleted counts topics deleted, messages sent to a topic gone.
	deleted map[int]bool
	// onCreate, if set, runs when a topic is created, before the answer
	// (with the fake unlocked); the answer waits for it.
	onCreate func(thread int)
}

// addGroup makes chatID a supergroup, a forum if forum, with the bot an
// admin allowed to manage topics if manage, and these members.
func (f *fakeAPI) addGroup(chatID int64, forum, manage bool, members ...int64) *fakeGroup {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.groups == nil {
		f.groups = map[int64]*fakeGroup{}
	}
	g := &fakeGroup{forum: forum, manage: manage, members: map[int64]string{}, topics: map[int]string{},
		nextTopic: 100, deleted: map[int]bool{}}
	for _, m := range members {
		g.members[m] = "member"
	}
	f.groups[chatID] = g
	return g
}

// topicsOf returns the open topics of a group, thread id → name.
func (f *fakeAPI) topicsOf(chatID int64) map[int]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[int]string{}
	if g := f.groups[chatID]; g != nil {
		for k, v := range g.topics {
			out[k] = v
		}
	}
	return out
}

// makeTopic opens a topic as a person in the group would; it returns its
// thread id.
func (f *fakeAPI) makeTopic(chatID int64, name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.groups[chatID]
	g.nextTopic++
	g.topics[g.nextTopic] = name
	return g.nextTopic
}

// threadOfCall is the message_thread_id a call was sent with.
func threadOfCall(c apiCall) int {
	n, _ := strconv.Atoi(c.Fields["message_thread_id"])
	return n
}

// checkThread applies Telegram's rule to a send with message_thread_id:
// the chat must be a forum and the topic must exist. Call with f.mu held.
func (f *fakeAPI) checkThreadLocked(c apiCall) string {
	th := threadOfCall(c)
	if th == 0 {
		return ""
	}
	g := f.groups[c.ChatID]
	if g == nil || !g.forum {
		return "Bad Request: message thread not found"
	}
	if _, ok := g.topics[th]; !ok {
		return "Bad Request: message thread not found"
	}
	return ""
}

// serveForum answers the forum methods; false for any other method.
func (f *fakeAPI) serveForum(w http.ResponseWriter, method string, call apiCall) bool {
	switch method {
	case "createForumTopic", "editForumTopic", "deleteForumTopic", "closeForumTopic", "copyMessage", "getChatMember":
	default:
		return false
	}
	f.mu.Lock()
	g := f.groups[call.ChatID]
	fail := func(desc string) {
		call.Status = http.StatusBadRequest
		f.calls = append(f.calls, call)
		f.notify()
		f.mu.Unlock()
		f.fail(w, http.StatusBadRequest, desc, nil)
	}
	ok := func(result any) {
		call.Status = http.StatusOK
		f.calls = append(f.calls, call)
		f.notify()
		f.mu.Unlock()
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": result})
	}
	th, _ := strconv.Atoi(call.Fields["message_thread_id"])
	switch method {
	case "createForumTopic":
		name := call.Fields["name"]
		n := utf8.RuneCountInString(name)
		switch {
		case g == nil || !g.forum:
			fail("Bad Request: the chat is not a forum")
		case !g.manage:
			fail("Bad Request: not enough rights to create a topic")
		case n < 1 || n > 128:
			fail("Bad Request: TOPIC_TITLE_EMPTY")
		default:
			g.nextTopic++
			g.topics[g.nextTopic] = name
			call.MessageID = g.nextTopic
			th, hook := g.nextTopic, g.onCreate
			if hook != nil {
				f.mu.Unlock()
				hook(th)
				f.mu.Lock()
			}
			ok(models.ForumTopic{MessageThreadID: th, Name: name})
		}
	case "editForumTopic", "deleteForumTopic", "closeForumTopic":
		switch {
		case g == nil || !g.forum || !g.manage:
			fail("Bad Request: not enough rights to manage topics")
		case g.topics[th] == "":
			fail("Bad Request: TOPIC_ID_INVALID")
		default:
			switch method {
			case "editForumTopic":
				if n := call.Fields["name"]; n != "" {
					g.topics[th] = n
				}
			case "deleteForumTopic":
				delete(g.topics, th)
				g.deleted[th] = true
			}
			ok(true)
		}
	case "copyMessage":
		if e := f.checkThreadLocked(call); e != "" {
			fail(e)
			return true
		}
		f.nextMsg++
		call.MessageID = f.nextMsg
		ok(map[string]int{"message_id": f.nextMsg})
	case "getChatMember":
		uid, _ := strconv.ParseInt(call.Fields["user_id"], 10, 64)
		status := "left"
		if g != nil && g.members[uid] != "" {
			status = g.members[uid]
		}
		ok(map[string]any{"status": status, "user": models.User{ID: uid, FirstName: "Someone"}})
	}
	return true
}

// topicMessage is a message in a forum topic of a group (thread 0: General).
func topicMessage(chatID int64, thread int, from int64, text string) *models.Update {
	m := &models.Message{ID: int(time.Now().UnixNano() % 1e6), Date: 1_770_000_000,
		Chat: models.Chat{ID: chatID, Type: models.ChatTypeSupergroup, IsForum: true},
		From: &models.User{ID: from, FirstName: "Staff", LanguageCode: "zh-hans"}, Text: text}
	if thread != 0 {
		m.IsTopicMessage, m.MessageThreadID = true, thread
	}
	return &models.Update{Message: m}
}

// refetched waits until the bot has fetched update id a second time,
// which it does only when it did not confirm it the first time
// ("refetched"), or until an offset confirmed it ("confirmed"); "timeout"
// after 20 seconds (a safety net, not a synchronisation). It may run in
// a hook (onCreate): it never fails the test itself.
func (f *fakeAPI) refetched(id int64) string {
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		n := f.fetched[id]
		confirmed := false
		for _, o := range f.offsets {
			confirmed = confirmed || o > id
		}
		ch := f.changed
		f.mu.Unlock()
		switch {
		case n >= 2:
			return "refetched"
		case confirmed:
			return "confirmed"
		}
		select {
		case <-ch:
		case <-deadline.C:
			return "timeout"
		}
	}
}

// waitClosed waits until ch is closed, at most 20 seconds (a safety net
// for hooks, which cannot fail the test).
func waitClosed(ch <-chan struct{}) {
	select {
	case <-ch:
	case <-time.After(20 * time.Second):
	}
}
