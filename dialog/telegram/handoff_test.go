package telegram

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"bujiao/dialog"
	"bujiao/store"
)

// testHandoffs adapts store.DB's hand-off table as cmd/bujiao does.
// beforeOpening, if set, runs before each OpeningHandoffs, afterThread
// after each SetHandoffThread (tests that need an interleaving).
type testHandoffs struct {
	db                         func() *store.DB
	beforeOpening, afterThread func()
}

func hrow(h store.Handoff) HandoffRow {
	return HandoffRow{CaseNo: h.CaseNo, ChatID: h.ChatID, Since: h.Since, ThreadID: h.ThreadID, Closed: h.Closed}
}

func (s testHandoffs) OpenHandoff(ctx context.Context, chatID, since int64) (HandoffRow, error) {
	h, err := s.db().OpenHandoff(ctx, chatID, since)
	return hrow(h), err
}
func (s testHandoffs) SetHandoffThread(ctx context.Context, caseNo, threadID int64) error {
	err := s.db().SetHandoffThread(ctx, caseNo, threadID)
	if s.afterThread != nil {
		s.afterThread()
	}
	return err
}
func (s testHandoffs) HandoffByThread(ctx context.Context, threadID int64) (HandoffRow, bool, error) {
	h, ok, err := s.db().HandoffByThread(ctx, threadID)
	return hrow(h), ok, err
}
func (s testHandoffs) CurrentHandoff(ctx context.Context, chatID int64) (HandoffRow, bool, error) {
	h, ok, err := s.db().CurrentHandoff(ctx, chatID)
	return hrow(h), ok, err
}
func (s testHandoffs) HandoffAt(ctx context.Context, chatID, since int64) (HandoffRow, bool, error) {
	h, ok, err := s.db().HandoffAt(ctx, chatID, since)
	return hrow(h), ok, err
}
func (s testHandoffs) OpeningHandoffs(ctx context.Context, since time.Time) (bool, error) {
	if s.beforeOpening != nil {
		s.beforeOpening()
	}
	return s.db().OpeningHandoffs(ctx, since)
}
func (s testHandoffs) CloseHandoff(ctx context.Context, chatID, since int64) error {
	return s.db().CloseHandoff(ctx, chatID, since)
}
func (s testHandoffs) SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error {
	return s.db().SetHandoffWake(ctx, chatID, since, at)
}
func (s testHandoffs) DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]HandoffWake, error) {
	ws, err := s.db().DueHandoffWakes(ctx, now, limit)
	out := make([]HandoffWake, len(ws))
	for i, w := range ws {
		out[i] = HandoffWake(w)
	}
	return out, err
}
func (s testHandoffs) ClearHandoffWake(ctx context.Context, caseNo, seq int64) error {
	return s.db().ClearHandoffWake(ctx, caseNo, seq)
}
func (s testHandoffs) ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error) {
	return s.db().ForgetHandoffs(ctx, chatID)
}

const (
	staffGroup  = int64(-100999)
	staffMember = int64(7001)
)

// testClock is a clock the test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// handoffHarness is a harness whose bot hands off to a staff forum.
func handoffHarness(t *testing.T, cfg dialog.HandoffConfig) (*harness, *testClock) {
	h := newHarness(t)
	clock := &testClock{t: fixedNow()}
	h.configure = func(c *Config) {
		unlimited(c)
		c.Runner.Now = clock.now
		c.Now = clock.now
		hc := cfg
		c.Runner.Machine.Handoff = &hc
		c.StaffChat = staffGroup
		c.Handoffs = testHandoffs{db: func() *store.DB { return h.db }}
		c.WakeEvery = 20 * time.Millisecond
		// The harness's Sleep returns at once while the windows run on
		// the real clock: the staff group's window would make a post spin.
		c.GroupPerMinute = 1 << 30
	}
	h.api.addGroup(staffGroup, true, true, staffMember)
	return h, clock
}

// staffSays posts in a topic of the staff group as a member, and waits
// until the bot has done everything it leads to for the person's chat.
func staffSays(h *harness, person int64, thread int, text string) {
	h.t.Helper()
	ids := h.api.push(topicMessage(staffGroup, thread, staffMember, text))
	h.waitDone(ids...)
	h.waitSent(person)
}

// staffPosts are the texts posted into a topic, in order.
func staffPosts(h *harness, thread int) []string {
	var out []string
	for _, c := range h.api.sent(staffGroup) {
		if threadOfCall(c) == thread {
			out = append(out, c.Text)
		}
	}
	return out
}

// onlyTopic returns the staff group's one topic.
func onlyTopic(t *testing.T, h *harness) (int, string) {
	t.Helper()
	topics := h.api.topicsOf(staffGroup)
	if len(topics) != 1 {
		t.Fatalf("staff topics = %v, want one", topics)
	}
	for id, name := range topics {
		return id, name
	}
	return 0, ""
}

func countText(texts []string, sub string) int {
	n := 0
	for _, s := range texts {
		if strings.Contains(s, sub) {
			n++
		}
	}
	return n
}

// TestHandoffRelay: consent, a topic opened with the case line and the
// short answer, relaying both ways, /note kept internal, flow buttons
// paused, /case, a photo each way, /close with feedback; the person's chat
// id and name never reach the staff group.
func TestHandoffRelay(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	reg := prometheus.NewRegistry()
	met := NewHandoffMetrics(reg)
	base := h.configure
	h.configure = func(c *Config) { base(c); c.HandoffMetrics = met }
	h.start()
	u := h.user(6001, "zh-hans")
	got := u.say("上海灵活就业断缴8个月")
	if !isAnswer(got) || !strings.Contains(strings.Join(got[len(got)-1].buttons(), " "), "h:offer") {
		t.Fatalf("the answer has no [找人工] button:\n%s", joined(got))
	}
	got = u.press("h:offer")
	if len(got) != 1 || !strings.Contains(got[0].Text, "工作人员看不到") {
		t.Fatalf("the offer does not say what staff will see:\n%s", joined(got))
	}
	if len(h.api.topicsOf(staffGroup)) != 0 {
		t.Fatal("a topic was opened before consent")
	}
	got = u.press("h:ok")
	if len(got) != 1 || !strings.Contains(got[0].Text, "已转给工作人员") {
		t.Fatalf("consent not confirmed:\n%s", joined(got))
	}
	th, title := onlyTopic(t, h)
	if title != "#1 上海 · 灵活就业 · 断缴8个月" {
		t.Errorf("topic title %q", title)
	}
	opening := staffPosts(h, th)
	if len(opening) != 2 || !strings.Contains(opening[0], "上海") || !strings.Contains(opening[1], "结论") {
		t.Fatalf("the topic does not open with the case and the short answer:\n%s", strings.Join(opening, "\n---\n"))
	}

	u.say("我下个月要住院，现在补缴来得及吗？")
	if posts := staffPosts(h, th); countText(posts, "我下个月要住院") != 1 {
		t.Fatalf("the person's message was not relayed once:\n%s", strings.Join(posts, "\n---\n"))
	}
	staffSays(h, u.chatID, th, "/note 先查一下等待期")
	staffSays(h, u.chatID, th, "您好，我是工作人员，我帮您看一下。")
	got = u.fresh()
	if len(got) != 1 || got[0].Text != "<b>工作人员：</b>您好，我是工作人员，我帮您看一下。" {
		t.Fatalf("staff reply relayed as:\n%s", joined(got))
	}
	if strings.Contains(joined(got), "等待期") {
		t.Error("a /note reached the person")
	}
	got = u.press("c:restart")
	if len(got) != 1 || !strings.Contains(got[0].Text, "暂时停用") {
		t.Fatalf("a flow button was not paused:\n%s", joined(got))
	}
	staffSays(h, u.chatID, th, "/case")
	if posts := staffPosts(h, th); countText(posts, "结论") != 2 {
		t.Errorf("/case did not repost the answer:\n%s", strings.Join(posts, "\n---\n"))
	}
	// A photo each way, by copyMessage.
	photo := &models.Update{Message: &models.Message{ID: 555, Date: 1_770_000_000, Chat: u.chat(), From: u.from(),
		Photo: []models.PhotoSize{{FileID: "f", FileUniqueID: "u", Width: 1, Height: 1}}}}
	ids := h.api.push(photo)
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	if cs := h.api.callsOf("copyMessage", staffGroup); len(cs) != 1 || cs[0].Fields["from_chat_id"] != "6001" ||
		cs[0].Fields["message_id"] != "555" || threadOfCall(cs[0]) != th {
		t.Errorf("the person's photo was not copied into the topic: %+v", cs)
	}
	sp := topicMessage(staffGroup, th, staffMember, "")
	sp.Message.Caption, sp.Message.Photo = "流程图", []models.PhotoSize{{FileID: "g", FileUniqueID: "v", Width: 1, Height: 1}}
	ids = h.api.push(sp)
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	if cs := h.api.callsOf("copyMessage", u.chatID); len(cs) != 1 || cs[0].Fields["caption"] != "工作人员：流程图" {
		t.Errorf("the staff photo was not copied to the person with its label: %+v", cs)
	}

	staffSays(h, u.chatID, th, "/answer@bujiao_test_bot")
	got = u.fresh()
	if len(got) < 1 || !strings.Contains(joined(got), "法律依据") || strings.Join(got[len(got)-1].buttons(), " ") != "h:end" {
		t.Fatalf("/answer did not send the full answer with only the way out:\n%s", joined(got))
	}

	staffSays(h, u.chatID, th, "/close")
	got = u.fresh()
	if len(got) != 1 || !strings.Contains(got[0].Text, "有帮助吗") || len(got[0].buttons()) != 2 {
		t.Fatalf("/close did not ask whether it helped:\n%s", joined(got))
	}
	if len(h.api.callsOf("closeForumTopic", staffGroup)) != 1 {
		t.Error("the topic was not closed")
	}
	got = u.press("h:y")
	if len(got) != 1 || !strings.Contains(got[0].Text, "谢谢") {
		t.Fatalf("feedback not thanked:\n%s", joined(got))
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got1 := map[string]float64{}
	for _, mf := range mfs {
		m := mf.GetMetric()[0]
		got1[mf.GetName()] = m.GetCounter().GetValue() + float64(m.GetSummary().GetSampleCount())
	}
	for _, name := range []string{"bujiao_handoffs_opened_total", "bujiao_handoff_topics_created_total",
		"bujiao_handoffs_closed_total", "bujiao_handoff_first_reply_seconds"} {
		if got1[name] != 1 {
			t.Errorf("metric %s = %v, want 1", name, got1[name])
		}
	}
	rep, err := h.db.Stats(context.Background(), time.Time{}, time.Now().Add(time.Hour))
	if err != nil || rep.HelpfulYes != 1 {
		t.Errorf("the feedback was not recorded: %+v, %v", rep.HelpfulYes, err)
	}
	for _, c := range h.api.sent(staffGroup) {
		for _, bad := range []string{"6001", "Test"} {
			if strings.Contains(c.Text, bad) {
				t.Errorf("a staff post shows the person (%q): %q", bad, c.Text)
			}
		}
	}
	// Measured: Telegram calls per relayed message (one each way, here).
	t.Logf("calls per relayed text: person→staff %d, staff→person %d",
		countText(staffPosts(h, th), "我下个月要住院"), 1)
}

// TestHandoffOffHoursAndNoReply: outside the hours the person is told at
// once and the case stays queued; within them, no staff reply for the
// timeout tells the person once, with the hotline.
func TestHandoffOffHoursAndNoReply(t *testing.T) {
	hours, err := dialog.ParseStaffHours("Mon-Fri 09:00-18:00")
	if err != nil {
		t.Fatal(err)
	}
	h, clock := handoffHarness(t, dialog.HandoffConfig{Hours: hours, ReplyTimeout: 10 * time.Minute})
	clock.add(-4 * time.Hour) // Monday 08:00, Beijing time: before the hours
	h.start()
	u := h.user(6002, "zh-hans")
	u.say("/human")
	got := u.press("h:ok")
	if len(got) != 1 || !strings.Contains(got[0].Text, "下班时间") || !strings.Contains(got[0].Text, "12393") {
		t.Fatalf("off hours not told with the hotline:\n%s", joined(got))
	}
	th, _ := onlyTopic(t, h)
	// 09:05: within the hours, 5 minutes without a reply: nothing yet.
	clock.add(65 * time.Minute)
	time.Sleep(100 * time.Millisecond)
	h.waitSent(u.chatID)
	if got := u.fresh(); len(got) != 0 {
		t.Fatalf("told too early:\n%s", joined(got))
	}
	// 09:11: the timeout ran out.
	clock.add(6 * time.Minute)
	h.api.waitFor(t, "the no-reply notice", func() bool {
		for _, c := range h.api.sentLocked(u.chatID) {
			if strings.Contains(c.Text, "10分钟内还没有工作人员回复") {
				return true
			}
		}
		return false
	})
	time.Sleep(100 * time.Millisecond) // further ticks must not repeat it
	h.waitSent(u.chatID)
	if n := countText(texts(u.fresh()), "10分钟内还没有工作人员回复"); n != 1 {
		t.Errorf("no-reply notice sent %d times, want 1", n)
	}
	staffSays(h, u.chatID, th, "久等了")
	if got := u.fresh(); len(got) != 1 || !strings.Contains(got[0].Text, "久等了") {
		t.Fatalf("the queued case was not answered later:\n%s", joined(got))
	}
}

// TestHandoffRestart: a stop mid-hand-off (messages waiting both ways)
// loses nothing and relays nothing twice after the restart.
func TestHandoffRestart(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6003, "zh-hans")
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	h.stop()
	// While the bot is down, both sides write.
	h.api.push(u.textUpdate("第一条"))
	h.api.push(topicMessage(staffGroup, th, staffMember, "您好"))
	h.api.push(u.textUpdate("第二条"))
	h.start()
	h.api.waitFor(t, "both relays", func() bool {
		n := 0
		for _, c := range h.api.sentLocked(staffGroup) {
			if strings.Contains(c.Text, "第二条") {
				n++
			}
		}
		return n == 1 && len(h.api.sentLocked(u.chatID)) >= 3
	})
	h.waitSent(u.chatID)
	h.stop()
	h.start()
	time.Sleep(200 * time.Millisecond)
	h.waitSent(u.chatID)
	posts := staffPosts(h, th)
	for _, s := range []string{"第一条", "第二条"} {
		if n := countText(posts, s); n != 1 {
			t.Errorf("%q relayed %d times, want 1", s, n)
		}
	}
	if n := countText(texts(h.api.sent(u.chatID)), "您好"); n != 1 {
		t.Errorf("the staff reply reached the person %d times, want 1", n)
	}
	// Order: the person's first message before the staff reply's effect
	// and the second after it, as they arrived.
	if i, j := indexOf(posts, "第一条"), indexOf(posts, "第二条"); i < 0 || j < i {
		t.Errorf("relayed out of order:\n%s", strings.Join(posts, "\n---\n"))
	}
}

func indexOf(texts []string, sub string) int {
	for i, s := range texts {
		if strings.Contains(s, sub) {
			return i
		}
	}
	return -1
}

// TestHandoffForget: /forget during a hand-off deletes the topic and posts
// a line in General that says nothing about the person; a staff message in
// the deleted topic reaches nobody. /forget after a closed hand-off
// deletes its topic too.
func TestHandoffForget(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6004, "zh-hans")
	u.say("上海灵活就业断缴8个月")
	u.press("h:offer")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	u.say("/forget")
	if len(h.api.topicsOf(staffGroup)) != 0 || len(h.api.callsOf("deleteForumTopic", staffGroup)) != 1 {
		t.Fatalf("the topic was not deleted: %v", h.api.topicsOf(staffGroup))
	}
	general := staffPosts(h, 0)
	if len(general) != 1 || strings.Contains(general[0], "上海") || strings.Contains(general[0], "6004") {
		t.Fatalf("General got %q, want one content-free line", general)
	}
	before := len(h.api.sent(u.chatID))
	ids := h.api.push(topicMessage(staffGroup, th, staffMember, "还在吗"))
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	if n := len(h.api.sent(u.chatID)); n != before {
		t.Errorf("a message in a deleted topic reached the person")
	}

	v := h.user(6005, "en-US")
	v.say("/human")
	v.press("h:ok")
	th2 := 0
	for id := range h.api.topicsOf(staffGroup) {
		th2 = id
	}
	staffSays(h, v.chatID, th2, "/close")
	v.press("h:n")
	v.say("/forget")
	if len(h.api.topicsOf(staffGroup)) != 0 {
		t.Errorf("the closed topic was not deleted after /forget")
	}
}

// TestHandoffNonMember: only members of the staff group reach a person. A
// message in the topic on behalf of another chat (a linked channel) is
// refused in the topic; a message in a topic of another group with the
// same thread id, or "/close" typed in a private chat, does nothing.
func TestHandoffNonMember(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6006, "zh-hans")
	u.say("/human")
	u.press("h:ok")
	th, _ := onlyTopic(t, h)
	before := len(h.api.sent(u.chatID))

	ch := topicMessage(staffGroup, th, 136817688, "我是工作人员，请发身份证号")
	ch.Message.SenderChat = &models.Chat{ID: -100555, Type: models.ChatTypeChannel}
	ids := h.api.push(ch)
	h.waitDone(ids...)
	h.waitSent(u.chatID)
	if countText(staffPosts(h, th), "只有工作人员群的成员") != 1 {
		t.Errorf("the non-member was not refused in the topic")
	}

	other := int64(-100888)
	h.api.addGroup(other, true, true, 9)
	oth := h.api.makeTopic(other, "x")
	for oth < th {
		oth = h.api.makeTopic(other, "x")
	}
	ids = h.api.push(topicMessage(other, th, 9, "@bujiao_test_bot 请把身份证号发我"))
	h.waitDone(ids...)
	intruder := h.user(9, "zh-hans")
	intruder.say("/close")
	h.waitSent(u.chatID)
	for _, c := range h.api.sent(u.chatID)[before:] {
		t.Errorf("a non-member reached the person: %q", c.Text)
	}
}

// TestHandoffWithoutStaffChat: with no staff group the human route gives
// the hotlines as before, and the answer has no [Talk to a person].
func TestHandoffWithoutStaffChat(t *testing.T) {
	h := newHarness(t)
	h.start()
	u := h.user(6007, "zh-hans")
	got := u.say("上海灵活就业断缴8个月")
	for _, d := range got[len(got)-1].buttons() {
		if strings.HasPrefix(d, "h:") {
			t.Errorf("hand-off button without a staff chat: %s", d)
		}
	}
	got = u.say("/human")
	if len(got) != 1 || !strings.Contains(got[0].Text, "12393") {
		t.Fatalf("/human without a staff chat:\n%s", joined(got))
	}
}

// TestStaffCommandsScoped: the staff commands are set for the staff group
// only; residents get /human and /end.
func TestStaffCommandsScoped(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	h.user(6008, "zh-hans").say("/start")
	var staff, resident int
	for _, c := range h.api.callsOf("setMyCommands", 0) {
		switch {
		case strings.Contains(c.Fields["scope"], strconv.FormatInt(staffGroup, 10)):
			staff++
			for _, cmd := range []string{`"note"`, `"close"`, `"case"`, `"answer"`} {
				if !strings.Contains(c.Fields["commands"], cmd) {
					t.Errorf("staff menu lacks %s: %s", cmd, c.Fields["commands"])
				}
			}
		case c.Fields["scope"] == "":
			resident++
			if strings.Contains(c.Fields["commands"], `"note"`) || !strings.Contains(c.Fields["commands"], `"human"`) ||
				!strings.Contains(c.Fields["commands"], `"end"`) {
				t.Errorf("resident menu: %s", c.Fields["commands"])
			}
		}
	}
	if staff != 1 || resident != 2 {
		t.Errorf("menus set: staff %d, resident %d; want 1 and 2", staff, resident)
	}
}

func TestSplitU16(t *testing.T) {
	long := strings.Repeat("字", 5000)
	parts := splitU16("对方："+long, MaxMessageLen)
	if len(parts) != 2 || strings.Join(parts, "") != "对方："+long {
		t.Fatalf("split into %d parts, or lost text", len(parts))
	}
	for _, p := range parts {
		if u16len(p) > MaxMessageLen {
			t.Errorf("part of %d units", u16len(p))
		}
	}
	emoji := strings.Repeat("😀", 3000) // 2 units each
	parts = splitU16(emoji, MaxMessageLen)
	if strings.Join(parts, "") != emoji || u16len(parts[0]) > MaxMessageLen {
		t.Errorf("emoji split wrong: %d parts", len(parts))
	}
	parts = splitU16(strings.Repeat("a", 3000)+"\n"+strings.Repeat("b", 3000), MaxMessageLen)
	if len(parts) != 2 || !strings.HasSuffix(parts[0], "\n") {
		t.Errorf("not split at the line break: %d parts", len(parts))
	}
	if got := splitU16("short", MaxMessageLen); len(got) != 1 || got[0] != "short" {
		t.Errorf("short text: %q", got)
	}
}

// TestHandoffOldTopic: after a hand-off ended and a new one began, a
// message in the old topic does not reach the person; the new topic does.
func TestHandoffOldTopic(t *testing.T) {
	h, clock := handoffHarness(t, dialog.HandoffConfig{})
	h.start()
	u := h.user(6009, "zh-hans")
	u.say("/human")
	u.press("h:ok")
	old, _ := onlyTopic(t, h)
	u.say("/end")
	u.press("h:y")
	clock.add(time.Hour)
	u.say("/human")
	u.press("h:ok")
	var cur int
	for id := range h.api.topicsOf(staffGroup) {
		if id != old {
			cur = id
		}
	}
	if cur == 0 {
		t.Fatal("no second topic")
	}
	staffSays(h, u.chatID, old, "旧话题里的消息")
	staffSays(h, u.chatID, cur, "新话题里的消息")
	got := joined(u.fresh())
	if strings.Contains(got, "旧话题") || !strings.Contains(got, "新话题") {
		t.Fatalf("relayed to the person:\n%s", got)
	}
	if countText(staffPosts(h, old), "已结束") == 0 {
		t.Errorf("the old topic was not told the message was not passed on: %q", staffPosts(h, old))
	}
}

// TestHandoffTopicRace: a staff member writes in a topic the moment it is
// created, before the bot has recorded which hand-off it belongs to: the
// message is fetched again until it can be placed, never dropped. The
// answer to createForumTopic (so the recording of the topic) waits until
// the bot has fetched the message and fetched it again rather than
// confirm it: no sleep decides the interleaving.
func TestHandoffTopicRace(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	g := h.api.groups[staffGroup]
	var once sync.Once
	pushed, outcome := make(chan []int64, 1), make(chan string, 1)
	g.onCreate = func(th int) {
		once.Do(func() {
			ids := h.api.push(topicMessage(staffGroup, th, staffMember, "抢先的一句"))
			pushed <- ids
			outcome <- h.api.refetched(ids[0])
		})
	}
	h.start()
	u := h.user(6010, "zh-hans")
	u.say("/human")
	u.press("h:ok") // returns once the open step (and so the hook) is done
	var early []int64
	select {
	case early = <-pushed:
	default:
		t.Fatal("no topic was created")
	}
	if got := <-outcome; got != "refetched" {
		t.Fatalf("the staff message in a topic not recorded yet: %s, want fetched again", got)
	}
	h.waitDone(early...)
	h.waitSent(u.chatID)
	if n := countText(texts(h.api.sent(u.chatID)), "抢先的一句"); n != 1 {
		t.Fatalf("the early staff message relayed %d times, want 1:\n%s", n, joined(h.api.sent(u.chatID)))
	}
}

// TestHandoffTopicRecordedMeanwhile: the topic is recorded between the
// bot's two reads for a staff message, after it found no hand-off with
// the topic and before it asks whether one is being opened (none is any
// more): the message is still placed, not taken for a topic of no
// hand-off.
func TestHandoffTopicRecordedMeanwhile(t *testing.T) {
	h, _ := handoffHarness(t, dialog.HandoffConfig{})
	release, recorded := make(chan struct{}), make(chan struct{})
	var relOnce, recOnce, once sync.Once
	base := h.configure
	h.configure = func(c *Config) {
		base(c)
		c.Handoffs = testHandoffs{db: func() *store.DB { return h.db },
			// The first check for hand-offs being opened lets the topic
			// be answered and waits until it is recorded.
			beforeOpening: func() { relOnce.Do(func() { close(release); waitClosed(recorded) }) },
			afterThread:   func() { recOnce.Do(func() { close(recorded) }) },
		}
	}
	pushed := make(chan []int64, 1)
	h.api.groups[staffGroup].onCreate = func(th int) {
		once.Do(func() {
			pushed <- h.api.push(topicMessage(staffGroup, th, staffMember, "抢先的一句"))
			waitClosed(release) // the bot looked the topic up and found nothing
		})
	}
	h.start()
	u := h.user(6011, "zh-hans")
	u.say("/human")
	u.press("h:ok")
	var early []int64
	select {
	case early = <-pushed:
	default:
		t.Fatal("no topic was created")
	}
	h.waitDone(early...)
	h.waitSent(u.chatID)
	if n := countText(texts(h.api.sent(u.chatID)), "抢先的一句"); n != 1 {
		t.Fatalf("the staff message relayed %d times, want 1:\n%s", n, joined(h.api.sent(u.chatID)))
	}
}
