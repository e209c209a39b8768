package telegram

import (
	"context"
	"encoding/json"
	"html"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/knowledge"
)

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
	// Thread is the forum topic to send to (message_thread_id), 0 for none.
	Thread int `json:"th,omitempty"`
	// Op, if set, is a step of a hand-off's staff side instead of a
	// message to the chat (handoff.go).
	Op *staffOp `json:"o,omitempty"`
}

// outgoing renders a turn's replies as the messages the outbox keeps.
//
// Budget: a reply without buttons is folded into the next one, so "got it"
// and the next question are one message. A button press costs one
// message-class call: its first message replaces the pressed message (the
// question, now answered) by editing it in place, headed by the chosen
// answer. The old buttons go with the edit, so no separate keyboard
// removal is needed, and the person sees the answered question turn into
// the next one where their finger already is.
func (b *Bot) outgoing(s stored, lang knowledge.Lang, replies []dialog.Reply) ([][]byte, error) {
	rs := foldReplies(replies)
	if s.Group && len(rs) > 0 {
		rs = b.withGroupNote(rs, lang)
	}
	var msgs []outMsg
	for _, r := range rs {
		for _, m := range renderReply(r, MaxMessageLen) {
			msgs = append(msgs, outMsg{Text: m.text, Buttons: m.buttons, Thread: s.Thread})
		}
	}
	if s.Pressed != 0 && len(msgs) > 0 {
		msgs[0].Edit = s.Pressed
		if s.Label != "" {
			head := "✓ <b>" + html.EscapeString(s.Label) + "</b>\n\n"
			if u16len(head)+u16len(msgs[0].Text) <= MaxMessageLen {
				msgs[0].Text = head + msgs[0].Text
			}
		}
	}
	out := make([][]byte, len(msgs))
	for i, m := range msgs {
		data, err := json.Marshal(m)
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
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

func (b *Bot) fetchOutbox(ctx context.Context, limit int) ([]job, error) {
	rows, err := b.mb.Outbox(ctx, limit)
	if err != nil {
		return nil, err
	}
	out := make([]job, len(rows))
	for i, r := range rows {
		out[i] = job{id: r.ID, chat: r.ChatID, payload: r.Payload}
	}
	return out, nil
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
		return
	}
	if _, ok := b.absorbed.LoadAndDelete(j.id); ok {
		return // sent joined to the post before it
	}
	log := b.log.With(logKeyChat, j.chat)
	var m outMsg
	if err := json.Unmarshal(j.payload, &m); err != nil {
		b.sent(log, j, reasonUnsendable)
		return
	}
	if m.Op != nil {
		b.deliverOp(stop, hard, j, m.Op)
		return
	}
	if m.Edit != 0 && !b.isLatest(j.chat, m.Edit) {
		// The button pressed was on an older message: editing it would put
		// the next question out of sight, above newer ones.
		m.Edit = 0
	}
	for try := 1; ; try++ {
		if err := b.lim.wait(stop, j.chat); err != nil {
			return
		}
		id, err := b.sendOnce(hard, j.chat, m)
		c, wait := classify(err)
		switch c {
		case classOK, classNotModified:
			b.setLatest(j.chat, id)
			b.sent(log, j, "")
			return
		case classEditGone:
			m.Edit = 0
			continue
		case classBadHTML:
			if m.Plain {
				b.sent(log, j, reasonRefused)
				return
			}
			m.Text, m.Plain = htmlToPlain(m.Text), true
			continue
		case classRetryAfter:
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
			return
		default:
			log.Warn("message refused by Telegram; dropped", logKeyErr, b.scrub(err))
			b.sent(log, j, reasonRefused)
			return
		}
		if stop.Err() != nil {
			return
		}
		log.Debug("send failed; retrying", "wait", wait.String(), logKeyErr, b.scrub(err))
		if err := b.cfg.Sleep(stop, wait); err != nil {
			return
		}
	}
}

// sent removes a finished message from the outbox. It is not tied to the
// stop, and it insists: a message that went out but stays in the outbox
// is sent again.
func (b *Bot) sent(log interface {
	Warn(string, ...any)
}, j job, reason string) {
	for try := 1; ; try++ {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := b.mb.Sent(ctx, j.id, j.chat, reason)
		cancel()
		if err == nil {
			return
		}
		log.Warn("remove sent message from the outbox", "try", try, logKeyErr, err)
		if try == 10 {
			return
		}
		time.Sleep(backoff(100*time.Millisecond, 5*time.Second, try))
	}
}

// isLatest reports whether id is the newest message the bot sent to the
// chat, as far as this process knows (after a restart it does not, and
// the edit goes ahead).
func (b *Bot) isLatest(chat int64, id int) bool {
	b.latestMu.Lock()
	defer b.latestMu.Unlock()
	last, ok := b.latest[chat]
	return !ok || last == id
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
func (b *Bot) sendOnce(ctx context.Context, chat int64, m outMsg) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.SendTimeout)
	defer cancel()
	mode := models.ParseModeHTML
	if m.Plain {
		mode = ""
	}
	noPreview := &models.LinkPreviewOptions{IsDisabled: bot.True()}
	var (
		err  error
		sent *models.Message
		id   int
	)
	method := "sendMessage"
	if m.Edit != 0 {
		method = "editMessageText"
		_, err = b.api.EditMessageText(ctx, &bot.EditMessageTextParams{
			ChatID: chat, MessageID: m.Edit, Text: m.Text, ParseMode: mode,
			LinkPreviewOptions: noPreview, ReplyMarkup: keyboard(m.Buttons),
		})
		id = m.Edit
	} else {
		sent, err = b.api.SendMessage(ctx, &bot.SendMessageParams{
			ChatID: chat, MessageThreadID: m.Thread, Text: m.Text, ParseMode: mode,
			LinkPreviewOptions: noPreview, ReplyMarkup: keyboard(m.Buttons),
		})
		if sent != nil {
			id = sent.ID
		}
	}
	c, _ := classify(err)
	b.met.call(method, c)
	b.met.message()
	return id, err
}
