package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/knowledge"
)

// maxCaptionLen is Telegram's limit on a file's caption.
const maxCaptionLen = 1024

// Error codes of messages removed from the outbox unsent.
const (
	reasonRefused    = "send_refused"
	reasonUnsendable = "unreadable_outbox_row"
)

// outMsg is one outbox row: a message ready to send, or to put in place of
// the message whose button was pressed.
type outMsg struct {
	Text    string            `json:"t"`
	Buttons [][]dialog.Button `json:"k,omitempty"`
	// Edit, if set, is the message to replace (editMessageText) instead of
	// sending a new one.
	Edit int `json:"e,omitempty"`
	// Plain sends Text without parse mode (after Telegram refused the HTML).
	Plain bool `json:"p,omitempty"`
	// Doc, if set, is a file sent with sendDocument, Text its caption (a
	// deadline's calendar file).
	Doc *outDoc `json:"d,omitempty"`
	// Op, if set, is a step of a hand-off's staff side instead of a
	// message to the chat (handoff.go).
	Op *staffOp `json:"o,omitempty"`
}

// outDoc is a file to send.
type outDoc struct {
	Name string `json:"n"`
	Data []byte `json:"b"`
}

// legacyReplies reports an outbox row in the form a version-2 database kept
// an undelivered reply (a JSON list of dialog replies), moved into the
// outbox by the store's migration: it is rendered here, at send time.
func legacyReplies(payload []byte) bool { return len(payload) > 0 && payload[0] == '[' }

// outgoing renders a turn's replies as the messages the outbox keeps.
//
// Budget: a reply without buttons is folded into the next one, so "got it"
// and the next question are one message. A button press costs one
// message-class call: its first message replaces the pressed message (the
// question, now answered) by editing it in place, headed by the chosen
// answer. The old buttons go with the edit, so no separate keyboard
// removal is needed, and the person sees the answered question turn into
// the next one where their finger already is.
func (b *Bot) outgoing(s stored, lang knowledge.Lang, replies []dialog.Reply) ([]persist.Message, error) {
	out, _, err := b.render(s, lang, replies)
	return out, err
}

// rendered are a turn's messages as outgoing queued them, and decoded.
type rendered struct {
	queued []persist.Message
	msgs   []outMsg
}

// find is the decoded form of a queued message the store handed back
// (claimed at its commit): the one whose payload is the very same bytes.
// nil if none is (a store that copies payloads, a message of the turn's
// effects): the sender decodes the payload then.
func (r *rendered) find(payload []byte) *outMsg {
	if r == nil || len(payload) == 0 {
		return nil
	}
	for i, q := range r.queued {
		if len(q.Payload) == len(payload) && &q.Payload[0] == &payload[0] && sameDecoded(&r.msgs[i]) {
			return &r.msgs[i]
		}
	}
	return nil
}

// sameDecoded reports whether m is what decoding its JSON gives back: its
// strings are valid UTF-8 (json.Marshal writes each invalid byte as
// U+FFFD).
func sameDecoded(m *outMsg) bool {
	if !utf8.ValidString(m.Text) || m.Op != nil || m.Doc != nil && !utf8.ValidString(m.Doc.Name) {
		return false
	}
	for _, row := range m.Buttons {
		for _, b := range row {
			if !utf8.ValidString(b.Label) || !utf8.ValidString(b.Data) {
				return false
			}
		}
	}
	return true
}

// render is outgoing, which also returns the messages decoded.
func (b *Bot) render(s stored, lang knowledge.Lang, replies []dialog.Reply) ([]persist.Message, []outMsg, error) {
	// A file goes as its own message (sendDocument), its text the caption;
	// it is never folded into the next reply.
	var docs []outMsg
	replies = slices.DeleteFunc(slices.Clone(replies), func(r dialog.Reply) bool {
		if r.Document == nil {
			return false
		}
		caption := ""
		if m := renderReply(dialog.Reply{Blocks: r.Blocks}, maxCaptionLen); len(m) > 0 {
			caption = m[0].text
		}
		docs = append(docs, outMsg{Text: caption, Doc: &outDoc{Name: r.Document.Name, Data: r.Document.Data}})
		return true
	})
	rs := foldReplies(replies)
	if s.Group && len(rs) > 0 {
		rs = b.withGroupNote(rs, lang)
	}
	msgs := docs
	for _, r := range rs {
		for _, m := range renderReply(r, MaxMessageLen) {
			msgs = append(msgs, outMsg{Text: m.text, Buttons: m.buttons})
		}
	}
	// The reminder offer comes under the answer, not in its place: the
	// answer stays on screen (a file is never an edit either).
	keep := strings.HasPrefix(s.Data, "r:o")
	if s.Pressed != 0 && len(msgs) > 0 && msgs[0].Doc == nil && !keep {
		msgs[0].Edit = s.Pressed
		if s.Label != "" {
			head := "✓ <b>" + html.EscapeString(s.Label) + "</b>\n\n"
			if u16len(head)+u16len(msgs[0].Text) <= MaxMessageLen {
				msgs[0].Text = head + msgs[0].Text
			}
		}
	}
	out := make([]persist.Message, len(msgs))
	// The text is HTML: left unescaped (json.Marshal writes each < > &
	// as six bytes), the row is shorter and quicker to read back.
	// Every payload is a piece of one buffer, sized once, each capped at
	// its end.
	var buf bytes.Buffer
	size := 0
	for _, m := range msgs {
		size += len(m.Text) + 256
		for _, row := range m.Buttons {
			size += 64 * len(row)
		}
	}
	buf.Grow(size)
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	ends := make([]int, len(msgs))
	for i, m := range msgs {
		if err := enc.Encode(m); err != nil {
			return nil, nil, err
		}
		ends[i] = buf.Len() - 1 // the newline Encode ends with left out
	}
	all, start := buf.Bytes(), 0
	for i, end := range ends {
		out[i] = persist.Message{ThreadID: s.Thread, Payload: all[start:end:end]}
		start = end + 1
	}
	return out, msgs, nil
}

// foldReplies joins a reply without buttons to the one after it, so "got
// it" and the next question arrive as one message. Fewer messages reach the
// person sooner under the per-chat limit of about one a second, and
// renderReply still splits anything over Telegram's length limit.
func foldReplies(rs []dialog.Reply) []dialog.Reply {
	if len(rs) < 2 {
		return rs
	}
	out := make([]dialog.Reply, 0, len(rs))
	var carry []dialog.Block
	for _, r := range rs {
		if len(carry) > 0 {
			r.Blocks = append(carry[:len(carry):len(carry)], r.Blocks...)
			carry = nil
		}
		if len(r.Buttons) == 0 {
			carry = r.Blocks
			continue
		}
		out = append(out, r)
	}
	if len(carry) > 0 {
		out = append(out, dialog.Reply{Blocks: carry})
	}
	return out
}

// withGroupNote adds, above a group turn's replies, a suggestion to
// continue in a private chat: a group is no place for personal details.
func (b *Bot) withGroupNote(replies []dialog.Reply, lang knowledge.Lang) []dialog.Reply {
	kb := b.runner.Machine.Knowledge()
	line := []dialog.Span{{Text: kb.Msgf(lang, "tg.group_private", "bot", "@"+b.Username())}}
	out := make([]dialog.Reply, len(replies))
	copy(out, replies)
	out[0].Blocks = append([]dialog.Block{{Kind: dialog.Paragraph, Lines: [][]dialog.Span{line}}}, replies[0].Blocks...)
	return out
}

// claimOutbox claims messages to send for this process.
func (b *Bot) claimOutbox(ctx context.Context, limit int) ([]job, error) {
	rows, err := b.mb.ClaimOutbox(ctx, b.cfg.Owner, b.cfg.OutboxLease, limit)
	if err != nil {
		return nil, err
	}
	out := make([]job, len(rows))
	for i, r := range rows {
		if r.TakenOver {
			b.met.takenOver("outbox")
			// Rare (an instance died, or the store restarted): the
			// message may have gone out once already.
			b.log.Info("message taken over from a lapsed claim", logKeyChat, r.ChatID)
		}
		out[i] = job{id: r.ID, chat: r.ChatID, payload: r.Payload, thread: r.ThreadID, background: r.Background}
	}
	return out, nil
}

// giveBackOutbox returns claimed messages unworked (background messages
// claimed beyond what this process holds of them).
func (b *Bot) giveBackOutbox(ctx context.Context, ids []int64) error {
	_, err := b.mb.RenewOutbox(ctx, b.cfg.Owner, 0, ids)
	return err
}

func (b *Bot) renewOutbox(ctx context.Context, ids []int64) ([]int64, error) {
	return b.mb.RenewOutbox(ctx, b.cfg.Owner, b.cfg.OutboxLease, ids)
}

// holdLease makes sure this process holds message j for longer than a send
// can take, renewing the claim if needed. False: the message is another
// owner's now (or the store cannot say), and must not be sent from here.
func (b *Bot) holdLease(stop context.Context, j job) bool {
	left, ok := b.outFeed.leaseLeft(j.id)
	if !ok {
		return false
	}
	if left > b.cfg.SendTimeout+b.leaseMargin() {
		return true
	}
	for try := 1; ; try++ {
		start := b.outFeed.now()
		ctx, cancel := context.WithTimeout(stop, 5*time.Second)
		lost, err := b.mb.RenewOutbox(ctx, b.cfg.Owner, b.cfg.OutboxLease, []int64{j.id})
		cancel()
		if err == nil {
			if len(lost) > 0 {
				// The rest of the chat goes back, not out: its first
				// message is in another owner's hands now.
				ctx, cancel := context.WithTimeout(context.WithoutCancel(stop), 5*time.Second)
				b.outFeed.lose(ctx, lost)
				cancel()
				return false
			}
			b.outFeed.renewed(j.id, start.Add(b.cfg.OutboxLease))
			return true
		}
		b.storeTrouble("renew a message's claim", err)
		if b.cfg.Sleep(stop, backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)) != nil {
			return false
		}
	}
}

// giveBack returns a message unsent to the store, so that it goes as soon
// as its chat can take it again (the person writes again), not when the
// lease lapses. If the store refuses, the feeder gives it back before its
// next claim: kept claimed, unworked, the message would wait for its
// lease, and the store lets an owner claim past its own messages — the
// answer to the person's next message would go before it.
func (b *Bot) giveBack(j job) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := b.mb.RenewOutbox(ctx, b.cfg.Owner, 0, []int64{j.id}); err != nil {
		b.log.Debug("give back a blocked chat's message; retried before the next claim", logKeyChat, j.chat, logKeyErr, err)
		b.outFeed.giveBackLater(j.id)
	}
}

// leaseMargin is kept between the end of a send and the end of its lease:
// clocks of two processes (and of the database) differ a little.
const leaseMargin = 5 * time.Second

// leaseMargin is the margin for this bot's leases: leaseMargin, or a
// quarter of what a lease leaves beyond a call when that is less. On a
// shared store (8 s lease, 4 s calls: 1 s) the lease times are the
// server's, and a 5 s margin made every send renew its claim first — a
// round trip to the store between the budget's slot and the call, which
// bunched sends (31 in one second at --rate 30) and loaded the store.
func (b *Bot) leaseMargin() time.Duration {
	return max(0, min(leaseMargin, (b.cfg.OutboxLease-b.cfg.SendTimeout)/4))
}

func (b *Bot) isBlocked(chat int64) bool {
	b.blockedMu.Lock()
	defer b.blockedMu.Unlock()
	return b.blocked[chat]
}

func (b *Bot) unblock(chat int64) {
	b.blockedMu.Lock()
	defer b.blockedMu.Unlock()
	delete(b.blocked, chat)
}

// deliver sends one outbox message, retrying on its own until Telegram
// accepts it, refuses it for good, or the chat has blocked the bot; a 429
// waits exactly retry_after and is not counted as a failure. Waits end
// when a stop begins (stop); a call in flight gets the grace period (hard).
//
// The one duplicate window left: Telegram accepted a message but its
// answer was lost (a 5xx from a proxy, a timeout, a crash before the row
// is removed); the message is sent again.
func (b *Bot) deliver(stop, hard context.Context, j job) {
	defer b.outFeed.done(j.id)
	if b.isBlocked(j.chat) {
		b.giveBack(j)
		return
	}
	if _, ok := b.absorbed.LoadAndDelete(j.id); ok {
		return // sent joined to the post before it
	}
	if !b.outFeed.begin(j.id) {
		return // taken over, or given back with its chat (feeder.lose)
	}
	log := b.chatLog(j.chat, "")
	if legacyReplies(j.payload) {
		b.deliverLegacy(stop, hard, log, j)
		return
	}
	var m outMsg
	if j.msg != nil {
		m = *j.msg // rendered by this process's turn: no need to decode
	} else if err := json.Unmarshal(j.payload, &m); err != nil {
		b.sent(hard, log, j, reasonUnsendable)
		return
	}
	if m.Op != nil {
		b.deliverOp(stop, hard, j, m.Op)
		return
	}
	if !b.sendOne(stop, hard, log, j, m) {
		return
	}
	b.sent(hard, log, j, "")
	b.land()
}

// maxLate bounds how often one send books a new slot of the shared
// budget because it came late to the one it had: a message must go even on
// a machine that stalls every time.
const maxLate = 5

// takeOff takes a place in flight (Bot.flight) for a call to Telegram; it
// is kept until the message is removed from the outbox (land), so at most
// Workers messages at a time can have reached Telegram without being
// recorded as sent — what a crash can repeat. The senders (64) wait for
// the budget and their chats' turns; only this short stretch is bounded.
// False: a stop began.
func (b *Bot) takeOff(stop context.Context) bool {
	select {
	case b.flight <- struct{}{}:
		return true
	case <-stop.Done():
		return false
	}
}

// land gives back the place of takeOff.
func (b *Bot) land() { <-b.flight }

// deliverLegacy sends the replies of a version-2 pending reply, rendered
// now, one message after the other, then removes the row. A crash half way
// sends the first messages again: this form exists once, after an upgrade.
func (b *Bot) deliverLegacy(stop, hard context.Context, log logger, j job) {
	replies, err := dialog.DecodeReplies(j.payload)
	if err != nil {
		b.sent(hard, log, j, reasonUnsendable)
		return
	}
	msgs, err := b.outgoing(stored{}, b.runner.Machine.DefaultLang, replies)
	if err != nil {
		b.sent(hard, log, j, reasonUnsendable)
		return
	}
	for _, pm := range msgs {
		var m outMsg
		if json.Unmarshal(pm.Payload, &m) != nil {
			continue
		}
		if !b.sendOne(stop, hard, log, j, m) {
			return
		}
		b.land() // a crash half way repeats this form's first messages anyway
	}
	b.sent(hard, log, j, "")
}

// sendOne sends one message of job j, retrying on its own until Telegram
// accepts it (true, holding a place in flight: the caller records the
// message as sent, then lands), or refuses it for good (the row is removed
// with the reason, false), or the chat blocked the bot, the lease was lost
// or a stop began (false, the row stays).
func (b *Bot) sendOne(stop, hard context.Context, log logger, j job, m outMsg) bool {
	if m.Edit != 0 && !b.isLatest(j.chat, m.Edit) {
		// The button pressed was on an older message: editing it would put
		// the next question out of sight, above newer ones.
		m.Edit = 0
	}
	late := 0
	for try := 1; ; try++ {
		if err := b.lim.waitBooked(stop, j.chat, j.background); err != nil {
			return false
		}
		slot := time.Now()
		// Checked after the limiter's wait, right before the call: a
		// message whose claim lapsed meanwhile may be in another
		// process's hands.
		if !b.holdLease(stop, j) {
			log.Info("message taken over by another process; not sent from here")
			return false
		}
		if !b.takeOff(stop) {
			return false
		}
		if b.lim.leave(stop, j.chat, j.background) != nil {
			b.land()
			return false
		}
		if b.cfg.Cluster != nil && time.Since(slot) > persist.LateSlot && late < maxLate {
			// The shared budget's slot passed while this send renewed
			// its claim or waited for a place in flight: a late call lands
			// next to the on-time ones of every instance. Book again.
			b.land()
			late++
			continue
		}
		id, err := b.sendOnce(hard, j.chat, j.thread, m)
		c, wait := classify(err)
		if c != classOK && c != classNotModified {
			b.land() // only a sent message keeps its place until recorded
		}
		switch c {
		case classOK, classNotModified:
			b.setLatest(j.chat, id)
			return true
		case classEditGone:
			m.Edit = 0
			continue
		case classBadHTML:
			if m.Plain {
				b.sent(hard, log, j, reasonRefused)
				return false
			}
			m.Text, m.Plain = htmlToPlain(m.Text), true
			continue
		case classRetryAfter:
			b.met.throttled()
		case classTransient:
			wait = backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)
		case classBlocked:
			log.Info("bot blocked by the user; messages kept until they write again")
			b.blockedMu.Lock()
			b.blocked[j.chat] = true
			b.blockedMu.Unlock()
			ctx, cancel := context.WithTimeout(context.WithoutCancel(hard), 5*time.Second)
			if err := b.mb.Block(ctx, j.chat); err != nil {
				log.Warn("mark blocked", logKeyErr, err)
			}
			cancel()
			b.dropReminders(hard, j.chat)
			b.giveBack(j)
			return false
		default:
			log.Warn("message refused by Telegram; dropped", logKeyErr, b.scrub(err))
			b.sent(hard, log, j, reasonRefused)
			return false
		}
		if stop.Err() != nil {
			return false
		}
		log.Debug("send failed; retrying", "wait", wait.String(), logKeyErr, b.scrub(err))
		if err := b.cfg.Sleep(stop, wait); err != nil {
			return false
		}
	}
}

// sent removes a finished message from the outbox. It insists, through
// any outage of the store, until the end of the grace period of a stop
// (hard): a message that went out but stays in the outbox is sent again.
// Meanwhile the row stays held by this process, so its own claims never
// offer it again — while its claim lasts. An outage of the store outlasts
// it (nobody can renew), and a shared store holds lapsed claims for their
// owners only for a grace after it is back (store/pg's RestartGrace): the
// tries come at most markRetryMax apart, so the record lands soon after
// the store is back, not up to a whole backoff later (it was 5 s, as long
// as the grace was: another instance took the message over first and sent
// it again).
func (b *Bot) sent(hard context.Context, log logger, j job, reason string) {
	for try := 1; ; try++ {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := b.mb.Sent(ctx, j.id, j.chat, reason)
		cancel()
		if err == nil {
			if try > 1 {
				log.Info("sent message removed from the outbox after retrying", "try", try)
			}
			return
		}
		if try == 1 || try%10 == 0 {
			log.Warn("remove sent message from the outbox; retrying", "try", try, logKeyErr, err)
		}
		if sleepCtx(hard, backoff(50*time.Millisecond, markRetryMax, try)) != nil {
			log.Error("stopping with a sent message still in the outbox: it will be sent again after the restart", logKeyErr, err)
			return
		}
	}
}

// markRetryMax is the longest wait between two tries of sent: a few rows
// (at most Workers in flight) tried twice a second load no store, and each
// wait is time a sent message is open to a takeover once the store is back.
const markRetryMax = 500 * time.Millisecond

// isLatest reports whether id is the newest message the bot sent to the
// chat, as far as this process knows (after a restart it does not, and
// the edit goes ahead). Message ids grow within a chat, so a pressed
// message newer than the newest this process sent was sent by another
// instance (or before a restart): this process's record is stale, and the
// edit goes ahead too. (Taking such a message for an old one turned a
// dead instance's edit, repeated by the instance that took it over, into
// a second message; repeated as an edit it changes nothing, and Telegram
// refuses it as "message is not modified".)
func (b *Bot) isLatest(chat int64, id int) bool {
	b.latestMu.Lock()
	defer b.latestMu.Unlock()
	last, ok := b.latest[chat]
	return !ok || id >= last
}

func (b *Bot) setLatest(chat int64, id int) {
	if id == 0 {
		return
	}
	b.latestMu.Lock()
	defer b.latestMu.Unlock()
	if len(b.latest) >= maxLatest {
		clear(b.latest) // forgetting only means an edit that could have been a send
	}
	b.latest[chat] = id
}

// maxLatest bounds the chats whose newest message is remembered.
const maxLatest = 1 << 16

// sendOnce makes one message-class call: an edit of the pressed message,
// or a new message. It returns the id of the message now showing it.
func (b *Bot) sendOnce(ctx context.Context, chat, thread int64, m outMsg) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.SendTimeout)
	defer cancel()
	mode := models.ParseModeHTML
	if m.Plain {
		mode = ""
	}
	var (
		err  error
		sent *models.Message
		id   int
	)
	method := "sendMessage"
	if m.Doc != nil {
		method = "sendDocument"
		sent, err = b.api.SendDocument(ctx, &bot.SendDocumentParams{
			ChatID: chat, Caption: m.Text, ParseMode: mode,
			Document: &models.InputFileUpload{Filename: m.Doc.Name, Data: bytes.NewReader(m.Doc.Data)},
		})
		if sent != nil {
			id = sent.ID
		}
	} else {
		// What the library's SendMessage and EditMessageText do, leaner
		// (apicall.go).
		body := b.messageForm(chat, thread, m.Edit, m.Text, mode, m.Buttons)
		var res sentMessage
		if m.Edit != 0 {
			method = "editMessageText"
			err = b.postForm(ctx, method, body, &res)
			id = m.Edit
		} else {
			err = b.postForm(ctx, method, body, &res)
			id = res.ID
		}
	}
	c, _ := classify(err)
	b.met.call(method, c)
	b.met.message()
	return id, err
}
