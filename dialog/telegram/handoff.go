package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/knowledge"
)

// Hand-off to staff, the Telegram side (the states are dialog/handoff.go).
// Staff work in a supergroup with topics (Config.StaffChat), one topic per
// hand-off. Everything goes through the inbox and the outbox, so a crash
// loses nothing and relays nothing twice beyond the outbox's one window:
//
//   - A staff message in a topic is stored as an inbox entry of the
//     PERSON's chat (its update id orders it with the person's own
//     messages), and applied by the person's turn: the staff chat is never
//     one queue for everybody.
//   - What a person's turn asks of staff (open a topic, post a line, copy a
//     photo, close, delete) is queued as outbox messages of the person's
//     chat, in order with the replies; the sender resolves the topic from
//     the hand-offs table when it sends.
//   - A no-reply check is a row's wake time; a ticker turns a due one into
//     an inbox entry of the person's chat.
//
// The person's chat id and username never appear in anything sent to the
// staff group: posts carry the case number and what the person typed.

// HandoffStore is what the hand-off needs of the store besides the
// mailbox: which topic belongs to which chat (store.DB has it).
type HandoffStore interface {
	OpenHandoff(ctx context.Context, chatID, since int64) (HandoffRow, error)
	SetHandoffThread(ctx context.Context, caseNo, threadID int64) error
	HandoffByThread(ctx context.Context, threadID int64) (HandoffRow, bool, error)
	CurrentHandoff(ctx context.Context, chatID int64) (HandoffRow, bool, error)
	// OpeningHandoffs reports whether a hand-off opened since since still
	// waits for its topic to be recorded.
	OpeningHandoffs(ctx context.Context, since time.Time) (bool, error)
	HandoffAt(ctx context.Context, chatID, since int64) (HandoffRow, bool, error)
	CloseHandoff(ctx context.Context, chatID, since int64) error
	SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error
	DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]HandoffWake, error)
	ClearHandoffWake(ctx context.Context, caseNo, seq int64) error
	ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error)
}

// HandoffRow is a hand-off as the store keeps it.
type HandoffRow struct {
	CaseNo, ChatID, Since, ThreadID int64
	Closed                          bool
}

// HandoffWake is a due no-reply check.
type HandoffWake struct {
	CaseNo, ChatID, Since, Seq int64
}

const (
	// DefaultWakeEvery is how often due no-reply checks are looked for.
	DefaultWakeEvery = 15 * time.Second
	// wakeIDBase puts the synthetic update ids of checks below zero, out of
	// Telegram's range: -(case<<20 | seq).
	wakeIDShift = 20
)

// staffOp is an outbox message for the staff side of a hand-off.
type staffOp struct {
	// Kind: open, post, copy_in (person → topic), copy_out (topic →
	// person), close, wake, delete.
	Kind    string `json:"k"`
	Since   int64  `json:"s,omitempty"`
	Title   string `json:"ti,omitempty"`
	Text    string `json:"t,omitempty"`
	Person  bool   `json:"p,omitempty"`
	Msg     int    `json:"m,omitempty"`
	Caption string `json:"c,omitempty"`
	At      int64  `json:"at,omitempty"`
	// Lang is the person's, for the content-free line after a delete.
	Lang string `json:"l,omitempty"`
}

// effects turns a turn's hand-off effects into outbox messages of the
// person's chat, in the order they must happen.
func (b *Bot) effects(o dialog.Outcome) ([]persist.Message, error) {
	if b.cfg.StaffChat == 0 || b.cfg.Handoffs == nil {
		return nil, nil
	}
	var ops []staffOp
	fx := o.Handoff
	since := int64(0)
	if h := o.State.Handoff; h != nil {
		since = h.Since
	}
	if fx != nil {
		if fx.Open != nil {
			ops = append(ops, staffOp{Kind: "open", Since: since, Title: fx.Open.Title})
			for _, p := range fx.Open.Posts {
				ops = append(ops, staffOp{Kind: "post", Text: p.Text, Person: p.Person})
			}
		}
		for _, p := range fx.Staff {
			ops = append(ops, staffOp{Kind: "post", Text: p.Text, Person: p.Person, Since: p.Since})
		}
		for _, id := range fx.CopyToStaff {
			ops = append(ops, staffOp{Kind: "copy_in", Msg: id})
		}
		for _, c := range fx.CopyToPerson {
			ops = append(ops, staffOp{Kind: "copy_out", Msg: c.MessageID, Caption: c.Caption})
		}
		if fx.Close {
			ops = append(ops, staffOp{Kind: "close", Since: since})
		}
		if !fx.WakeAt.IsZero() {
			ops = append(ops, staffOp{Kind: "wake", Since: fx.Since, At: fx.WakeAt.Unix()})
		}
		if fx.Open != nil && o.State.Handoff != nil {
			b.hmet.opened()
		}
	}
	for _, e := range o.Events {
		if e.Kind == dialog.EvHandoff && e.Question == "first_reply" && since != 0 {
			now := time.Now()
			if b.cfg.Now != nil {
				now = b.cfg.Now()
			}
			b.hmet.firstReply(now.Sub(time.Unix(since, 0)))
		}
	}
	if o.Forget {
		// Every topic the chat ever had goes, with a line in General.
		ops = append(ops, staffOp{Kind: "delete", Lang: string(o.State.Lang)})
	}
	out := make([]persist.Message, 0, len(ops))
	for _, op := range ops {
		data, err := json.Marshal(outMsg{Op: &op})
		if err != nil {
			return nil, err
		}
		out = append(out, persist.Message{Payload: data}) // the person's chat: in order with the replies
	}
	return out, nil
}

// openingWindow is how long a topic just created may be unknown to the
// hand-offs table before a message in it is taken for a topic of no
// hand-off.
const openingWindow = 2 * time.Minute

// staffUpdate turns a message in the staff group into an inbox entry of
// the person's chat whose hand-off owns the topic. Messages outside
// topics, in topics of no hand-off, from bots, and /note lines are not
// stored. retry reports a message that cannot be placed yet: the store
// could not be read, or its topic may belong to a hand-off whose topic id
// is not recorded yet (created a moment ago); it must not be confirmed.
func (b *Bot) staffUpdate(m *models.Message) (s stored, chat int64, ok, retry bool) {
	th := topicOf(m)
	if th == 0 || b.cfg.Handoffs == nil || m.From != nil && m.From.IsBot {
		return stored{}, 0, false, false
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	in := dialog.HandoffInput{Kind: dialog.StaffText, Text: text, MessageID: m.ID}
	// Telegram delivers messages of the group's members only; a message
	// sent on behalf of a chat counts only when that chat is the group
	// itself (an anonymous admin), not a linked channel.
	in.Member = m.SenderChat == nil && m.From != nil || m.SenderChat != nil && m.SenderChat.ID == b.cfg.StaffChat
	switch cmd := commandOf(text); cmd {
	case "note":
		return stored{}, 0, false, false // internal: never leaves the topic, never stored
	case "close":
		in.Kind, in.Text = dialog.StaffClose, ""
	case "case":
		in.Kind, in.Text = dialog.StaffCase, ""
	case "answer":
		in.Kind, in.Text = dialog.StaffAnswer, ""
	case "":
		switch {
		case len(m.Photo) > 0 || m.Document != nil:
			in.Kind = dialog.StaffMedia
		case m.Text == "":
			in.Kind, in.Text = dialog.StaffOther, ""
		}
	default:
		return stored{}, 0, false, false // another command: not for the person
	}
	if m.From != nil && b.runner.Machine.Handoff != nil && b.runner.Machine.Handoff.Label == dialog.LabelFirstName {
		in.FirstName = m.From.FirstName // kept only until relayed
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h, found, err := b.cfg.Handoffs.HandoffByThread(ctx, th)
	if err != nil {
		b.log.Warn("find the hand-off of a staff topic", logKeyErr, err)
		return stored{}, 0, false, true
	}
	if !found {
		// The store stamps rows with its own clock.
		opening, err := b.cfg.Handoffs.OpeningHandoffs(ctx, time.Now().Add(-openingWindow))
		if err != nil {
			b.log.Warn("find hand-offs being opened", logKeyErr, err)
		}
		if opening || err != nil {
			return stored{}, 0, false, true
		}
		// None is being opened now, but the topic may have been recorded
		// between the two reads (its hand-off no longer counts as being
		// opened): looked up again, or the message would be taken for a
		// topic of no hand-off and dropped.
		if h, found, err = b.cfg.Handoffs.HandoffByThread(ctx, th); err != nil {
			b.log.Warn("find the hand-off of a staff topic", logKeyErr, err)
			return stored{}, 0, false, true
		}
		if !found {
			return stored{}, 0, false, false
		}
	}
	in.Since = h.Since
	return stored{Ho: &in}, h.ChatID, true, false
}

// editUpdate turns an edited message into an inbox entry, where it
// matters: with a staff group, a staff member's edit in a hand-off's topic
// (its new text or caption, for the person as a new message marked as an
// edit) and a person's edit in their private chat (the turn relays it to
// staff during a hand-off and ignores it otherwise). A command edited into
// a message does nothing: commands act when sent. Everything else is not
// stored, as before edits were asked for.
func (b *Bot) editUpdate(m *models.Message) (s stored, chat int64, ok, retry bool) {
	if b.cfg.StaffChat == 0 || m.Chat.ID == 0 || m.From != nil && m.From.IsBot {
		return stored{}, 0, false, false
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	if m.Chat.ID == b.cfg.StaffChat {
		if commandOf(text) != "" || strings.TrimSpace(text) == "" {
			return stored{}, 0, false, false
		}
		s, chat, ok, retry = b.staffUpdate(m)
		if ok && s.Ho != nil && s.Ho.Member {
			// A photo's caption edited: the new caption goes as text.
			s.Ho.Kind, s.Ho.Text, s.Ho.Edited = dialog.StaffText, text, true
		}
		return s, chat, ok, retry
	}
	if m.Chat.Type != models.ChatTypePrivate {
		return stored{}, 0, false, false
	}
	s = stored{Ho: &dialog.HandoffInput{Kind: dialog.PersonEdit, Text: text}}
	if m.From != nil {
		s.Lang = m.From.LanguageCode
	}
	return s, m.Chat.ID, true, false
}

// commandOf is the name of a command at the start of text ("/close@bot"
// → "close"), "" for text.
func commandOf(text string) string {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "/") {
		return ""
	}
	name, _, _ := strings.Cut(t[1:], " ")
	name, _, _ = strings.Cut(name, "\n")
	name, _, _ = strings.Cut(name, "@")
	return strings.ToLower(name)
}

// personMedia marks a person's photo or document (or anything that is not
// text) for the hand-off: relayed by copyMessage while one is open.
func personMedia(m *models.Message) *dialog.HandoffInput {
	switch {
	case len(m.Photo) > 0 || m.Document != nil:
		return &dialog.HandoffInput{Kind: dialog.PersonMedia, MessageID: m.ID}
	case m.Text == "" && m.Caption == "":
		return &dialog.HandoffInput{Kind: dialog.PersonOther, MessageID: m.ID}
	}
	return nil
}

// deliverOp carries out one staff-side outbox message. Like deliver, it
// retries until Telegram accepts or refuses for good; a refusal drops it
// with an error event.
func (b *Bot) deliverOp(stop, hard context.Context, j job, op *staffOp) {
	log := b.log.With(logKeyChat, j.chat, "op", op.Kind)
	hs := b.cfg.Handoffs
	if hs == nil || b.cfg.StaffChat == 0 {
		b.sent(hard, log, j, "")
		return
	}
	ctx := context.WithoutCancel(hard)
	row := func() (HandoffRow, bool) {
		c, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		h, found, err := hs.CurrentHandoff(c, j.chat)
		if op.Since != 0 && op.Kind == "post" {
			h, found, err = hs.HandoffAt(c, j.chat, op.Since)
		}
		if err != nil {
			log.Warn("read hand-off", logKeyErr, err)
		}
		return h, found && err == nil
	}
	staff := b.cfg.StaffChat
	var err error
	switch op.Kind {
	case "wake":
		err = hs.SetHandoffWake(ctx, j.chat, op.Since, time.Unix(op.At, 0))
	case "close":
		if err = hs.CloseHandoff(ctx, j.chat, op.Since); err == nil {
			if h, ok := row(); ok && h.ThreadID != 0 {
				// A closed topic keeps the record; a refusal is not worth a retry.
				_ = b.staffCall(stop, hard, j, "closeForumTopic", func(ctx context.Context) error {
					_, err := b.api.CloseForumTopic(ctx, &bot.CloseForumTopicParams{ChatID: staff, MessageThreadID: int(h.ThreadID)})
					return err
				}, false)
			}
		}
	case "open":
		var h HandoffRow
		if h, err = hs.OpenHandoff(ctx, j.chat, op.Since); err != nil || h.ThreadID != 0 {
			break // an open retried after the topic was made
		}
		title := truncU16(fmt.Sprintf("#%d %s", h.CaseNo, op.Title), 128)
		var topic *models.ForumTopic
		err = b.staffCall(stop, hard, j, "createForumTopic", func(ctx context.Context) error {
			var err error
			topic, err = b.api.CreateForumTopic(ctx, &bot.CreateForumTopicParams{ChatID: staff, Name: title})
			return err
		}, true)
		if err == nil && topic != nil {
			err = hs.SetHandoffThread(ctx, h.CaseNo, int64(topic.MessageThreadID))
			b.hmet.topicOpened()
		}
	case "post":
		h, ok := row()
		if !ok || h.ThreadID == 0 {
			break // no topic (it could not be made): nothing to post into
		}
		text, joined := op.Text, []int64(nil)
		if op.Person && b.lim.groupFull(staff) {
			// The staff group's budget is short: the person's messages
			// queued behind this one go in the same post.
			text, joined = b.joinPosts(j, text)
		}
		// A person's longest message with its prefix can pass the limit:
		// it goes in parts, never cut.
		for _, part := range splitU16(text, MaxMessageLen) {
			err = b.staffCall(stop, hard, j, "sendMessage", func(ctx context.Context) error {
				_, err := b.api.SendMessage(ctx, &bot.SendMessageParams{ChatID: staff, MessageThreadID: int(h.ThreadID),
					Text: part, LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()}})
				return err
			}, true)
			if err != nil {
				break
			}
		}
		if err == nil {
			for _, id := range joined {
				b.sent(hard, log, job{id: id, chat: j.chat}, "")
			}
			b.hmet.join(len(joined))
		} else {
			for _, id := range joined {
				b.absorbed.Delete(id) // not sent: they go on their own
			}
			if errors.Is(err, errLeaseLost) && len(joined) > 0 {
				// Begun (joined), feeder.lose left them to this post: they
				// go back, to follow the lost one in order.
				c, cancel := context.WithTimeout(ctx, 5*time.Second)
				b.outFeed.giveUp(c, joined)
				cancel()
			}
		}
	case "copy_in":
		h, ok := row()
		if !ok || h.ThreadID == 0 {
			break
		}
		err = b.staffCall(stop, hard, j, "copyMessage", func(ctx context.Context) error {
			_, err := b.api.CopyMessage(ctx, &bot.CopyMessageParams{ChatID: staff, MessageThreadID: int(h.ThreadID),
				FromChatID: j.chat, MessageID: op.Msg})
			return err
		}, true)
	case "copy_out":
		err = b.personCall(stop, hard, j, "copyMessage", func(ctx context.Context) error {
			_, err := b.api.CopyMessage(ctx, &bot.CopyMessageParams{ChatID: j.chat, FromChatID: staff, MessageID: op.Msg,
				Caption: op.Caption})
			return err
		})
	case "delete":
		var threads []int64
		if threads, err = hs.ForgetHandoffs(ctx, j.chat); err != nil {
			break
		}
		for _, th := range threads {
			_ = b.staffCall(stop, hard, j, "deleteForumTopic", func(ctx context.Context) error {
				_, err := b.api.DeleteForumTopic(ctx, &bot.DeleteForumTopicParams{ChatID: staff, MessageThreadID: int(th)})
				return err
			}, false)
		}
		if len(threads) > 0 {
			kb := b.runner.Machine.Knowledge()
			line := kb.Msg(knowledge.Zh, "ho.staff.forgotten")
			err = b.staffCall(stop, hard, j, "sendMessage", func(ctx context.Context) error {
				_, err := b.api.SendMessage(ctx, &bot.SendMessageParams{ChatID: staff, Text: line})
				return err
			}, true)
		}
	}
	if stop.Err() != nil && err != nil {
		return // stopping: the row stays and is done after the restart
	}
	if errors.Is(err, errLeaseLost) {
		log.Info("hand-off step taken over by another process; not sent from here")
		return
	}
	reason := ""
	if err != nil {
		log.Warn("hand-off step refused; dropped", logKeyErr, b.scrub(err))
		reason = reasonRefused
	}
	b.sent(hard, log, j, reason)
	if op.Kind == "close" {
		b.hmet.closed()
	}
}

// errLeaseLost: the outbox message is another process's now.
var errLeaseLost = errors.New("the message's claim lapsed and another process may hold it")

// staffCall makes a call to the staff group under its budget (the
// per-group one: about 20 messages a minute for every hand-off together)
// and the overall one,
// retrying 429s, network errors and 5xx; message says whether the call
// counts as a message.
func (b *Bot) staffCall(stop, hard context.Context, j job, method string, fn func(ctx context.Context) error, message bool) error {
	for try := 1; ; try++ {
		if message {
			// The staff group is a group like any other: the same
			// per-group window (Config.GroupPerMinute, --group-rate), the
			// chat's and the overall budget.
			start := time.Now()
			if err := b.lim.wait(stop, b.cfg.StaffChat); err != nil {
				return err
			}
			b.hmet.delay(time.Since(start))
		}
		// As for a person's messages (sendOne): checked after the waits,
		// right before the call, since a step whose claim lapsed meanwhile
		// may be in another process's hands and must not go twice.
		if j.id != 0 && !b.holdLease(stop, j) {
			return errLeaseLost
		}
		if again, err := b.callOnce(stop, hard, method, fn, message, try); !again {
			return err
		}
	}
}

// personCall is a message-class call to a person's chat under its budget.
func (b *Bot) personCall(stop, hard context.Context, j job, method string, fn func(ctx context.Context) error) error {
	for try := 1; ; try++ {
		if err := b.lim.wait(stop, j.chat); err != nil {
			return err
		}
		if !b.holdLease(stop, j) {
			return errLeaseLost
		}
		if again, err := b.callOnce(stop, hard, method, fn, true, try); !again {
			return err
		}
	}
}

// callOnce makes one try of a hand-off call and counts it: again is true
// after a 429, a network error or a 5xx once the wait for the next try is
// over; otherwise err is the call's result (nil when it went through), or
// the stop that cut the wait short.
func (b *Bot) callOnce(stop, hard context.Context, method string, fn func(ctx context.Context) error, message bool, try int) (again bool, err error) {
	cctx, cancel := context.WithTimeout(hard, b.cfg.SendTimeout)
	err = fn(cctx)
	cancel()
	c, wait := classify(err)
	b.met.call(method, c)
	if message {
		b.met.message()
	}
	switch c {
	case classOK:
		return false, nil
	case classRetryAfter:
	case classTransient:
		wait = backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)
	default:
		return false, err
	}
	if stop.Err() != nil {
		return false, err
	}
	if serr := b.cfg.Sleep(stop, wait); serr != nil {
		return false, serr
	}
	return true, nil
}

// joinPosts appends to text the person's posts queued right behind job j
// for the chat (already claimed by this process, waiting in the sender's
// queue), while the whole stays within one message; it returns the joined
// text and the rows it took, which the sender skips (absorbed) and which
// are removed once the post went out.
func (b *Bot) joinPosts(j job, text string) (string, []int64) {
	var ids []int64
	for _, q := range b.sends.queued(j.chat) {
		var m outMsg
		if json.Unmarshal(q.payload, &m) != nil || m.Op == nil || m.Op.Kind != "post" || !m.Op.Person {
			break // the next thing in the chat is not a person's post
		}
		next := text + "\n" + m.Op.Text
		if u16len(next) > MaxMessageLen {
			break
		}
		if _, taken := b.absorbed.LoadOrStore(q.id, true); taken {
			break
		}
		if !b.outFeed.begin(q.id) {
			// Given back with its chat (feeder.lose), or taken over.
			b.absorbed.Delete(q.id)
			break
		}
		text = next
		ids = append(ids, q.id)
	}
	return text, ids
}

// queued returns the jobs queued behind the running one of key.
func (d *dispatcher) queued(key int64) []job {
	d.mu.Lock()
	defer d.mu.Unlock()
	q := d.queues[key]
	if q == nil || len(q.jobs) < 2 {
		return nil
	}
	return append([]job(nil), q.jobs[1:]...)
}

// splitU16 cuts s into parts of at most n UTF-16 units, at a line break
// in the second half of a part where there is one.
func splitU16(s string, n int) []string {
	var out []string
	for u16len(s) > n {
		k, cut, nl := 0, 0, 0
		for i, r := range s {
			w := 1
			if r >= 0x10000 {
				w = 2
			}
			if k+w > n {
				cut = i
				break
			}
			k += w
			if r == '\n' && k > n/2 {
				nl = i + 1
			}
		}
		if nl > 0 {
			cut = nl
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}

// truncU16 cuts s to at most n UTF-16 units.
func truncU16(s string, n int) string {
	if u16len(s) <= n {
		return s
	}
	k := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if k+w > n-1 {
			return s[:i] + "…"
		}
		k += w
	}
	return s
}

// wakeLoop turns due no-reply checks into inbox entries of the person's
// chat, until ctx ends.
func (b *Bot) wakeLoop(ctx context.Context) {
	every := b.cfg.WakeEvery
	if every <= 0 {
		every = DefaultWakeEvery
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		b.wakeDue(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (b *Bot) wakeDue(ctx context.Context) {
	now := time.Now()
	if b.cfg.Now != nil {
		now = b.cfg.Now()
	}
	ws, err := b.cfg.Handoffs.DueHandoffWakes(ctx, now, 100)
	if err != nil {
		if ctx.Err() == nil {
			b.log.Warn("read hand-off checks", logKeyErr, err)
		}
		return
	}
	for _, w := range ws {
		payload, err := json.Marshal(stored{Ho: &dialog.HandoffInput{Kind: dialog.HandoffTick, Since: w.Since}})
		if err != nil {
			continue
		}
		key := fmt.Sprintf("ho:%d:%d", w.CaseNo, w.Seq)
		if err := b.mb.Receive(ctx, []persist.Inbound{{Key: key, ChatID: w.ChatID, Payload: payload}}, nil, 0); err != nil {
			b.log.Warn("queue hand-off check", logKeyErr, err)
			return
		}
		if err := b.cfg.Handoffs.ClearHandoffWake(ctx, w.CaseNo, w.Seq); err != nil {
			b.log.Warn("clear hand-off check", logKeyErr, err)
		}
	}
	if len(ws) > 0 {
		b.inFeed.wake()
	}
}

// setStaffCommands shows the staff commands in the staff group only.
func (b *Bot) setStaffCommands(ctx context.Context) {
	if b.cfg.StaffChat == 0 {
		return
	}
	kb := b.runner.Machine.Knowledge()
	var cmds []models.BotCommand
	for _, name := range []string{"note", "close", "case", "answer"} {
		cmds = append(cmds, models.BotCommand{Command: name, Description: kb.Msg(knowledge.Zh, "tg.cmd."+name)})
	}
	err := b.call(ctx, "setMyCommands", 2, func(ctx context.Context) error {
		_, err := b.api.SetMyCommands(ctx, &bot.SetMyCommandsParams{Commands: cmds,
			Scope: &models.BotCommandScopeChat{ChatID: b.cfg.StaffChat}})
		return err
	})
	if err != nil {
		b.log.WarnContext(ctx, "set staff command menu", logKeyErr, b.scrub(err))
	}
}

// HandoffMetrics are the hand-off's Prometheus metrics. A nil one counts
// nothing.
type HandoffMetrics struct {
	opens, topics, closes prometheus.Counter
	firstReplySeconds     prometheus.Summary
	delaySeconds          prometheus.Histogram
	joined                prometheus.Counter
}

// NewHandoffMetrics registers the hand-off metrics with reg.
func NewHandoffMetrics(reg prometheus.Registerer) *HandoffMetrics {
	m := &HandoffMetrics{
		opens: prometheus.NewCounter(prometheus.CounterOpts{Name: "bujiao_handoffs_opened_total",
			Help: "Hand-offs to staff the person agreed to."}),
		topics: prometheus.NewCounter(prometheus.CounterOpts{Name: "bujiao_handoff_topics_created_total",
			Help: "Staff topics created for hand-offs."}),
		closes: prometheus.NewCounter(prometheus.CounterOpts{Name: "bujiao_handoffs_closed_total",
			Help: "Hand-offs ended, by staff (/close) or the person (/end)."}),
		firstReplySeconds: prometheus.NewSummary(prometheus.SummaryOpts{Name: "bujiao_handoff_first_reply_seconds",
			Help:       "Time from consent to the first staff reply.",
			Objectives: map[float64]float64{0.5: 0.05, 0.9: 0.01}}),
		delaySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "bujiao_handoff_staff_budget_delay_seconds",
			Help:    "Wait for the staff group's message budget (about 20 a minute for all hand-offs) before a post.",
			Buckets: []float64{0, 1, 3, 10, 30, 60, 180, 600}}),
	}
	m.joined = prometheus.NewCounter(prometheus.CounterOpts{Name: "bujiao_handoff_joined_messages_total",
		Help: "A person's messages joined into the post before them while the staff group's budget was short."})
	reg.MustRegister(m.opens, m.topics, m.closes, m.firstReplySeconds, m.delaySeconds, m.joined)
	return m
}

func (m *HandoffMetrics) opened() {
	if m != nil {
		m.opens.Inc()
	}
}

func (m *HandoffMetrics) topicOpened() {
	if m != nil {
		m.topics.Inc()
	}
}

func (m *HandoffMetrics) closed() {
	if m != nil {
		m.closes.Inc()
	}
}

func (m *HandoffMetrics) firstReply(d time.Duration) {
	if m != nil {
		m.firstReplySeconds.Observe(d.Seconds())
	}
}

func (m *HandoffMetrics) join(n int) {
	if m != nil && n > 0 {
		m.joined.Add(float64(n))
	}
}

func (m *HandoffMetrics) delay(d time.Duration) {
	if m != nil {
		m.delaySeconds.Observe(d.Seconds())
	}
}

// DeleteStaffTopics deletes the staff topics of hand-off rows the
// retention sweep removed (store SweepHandoffs), as /forget deletes a
// person's, and posts one content-free line in the group's General topic
// saying how many went. A topic Telegram refuses to delete (gone already)
// is skipped. It does nothing without a staff group.
func (b *Bot) DeleteStaffTopics(ctx context.Context, threads []int64) {
	if b.cfg.StaffChat == 0 || len(threads) == 0 {
		return
	}
	staff := b.cfg.StaffChat
	deleted := 0
	for _, th := range threads {
		err := b.staffCall(ctx, ctx, job{}, "deleteForumTopic", func(ctx context.Context) error {
			_, err := b.api.DeleteForumTopic(ctx, &bot.DeleteForumTopicParams{ChatID: staff, MessageThreadID: int(th)})
			return err
		}, false)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			b.log.Warn("delete a staff topic past retention", "thread", th, logKeyErr, b.scrub(err))
			continue
		}
		deleted++
	}
	if deleted == 0 {
		return
	}
	line := b.runner.Machine.Knowledge().Msgf(knowledge.Zh, "ho.staff.swept", "n", strconv.Itoa(deleted))
	if err := b.staffCall(ctx, ctx, job{}, "sendMessage", func(ctx context.Context) error {
		_, err := b.api.SendMessage(ctx, &bot.SendMessageParams{ChatID: staff, Text: line})
		return err
	}, true); err != nil && ctx.Err() == nil {
		b.log.Warn("post the retention line in the staff group", logKeyErr, b.scrub(err))
	}
}

// HandoffsOn reports whether the bot hands off to a staff group.
func (b *Bot) HandoffsOn() bool { return b.cfg.StaffChat != 0 }

// groupFull reports whether a group's per-minute window has no room now:
// the next message to it would wait.
func (s *limits) groupFull(chatID int64) bool {
	s.winMu.Lock()
	defer s.winMu.Unlock()
	g := s.groups[chatID]
	return g != nil && g.wait(s.now()) > 0
}
