package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/knowledge"
	"bujiao/store"
)

// turn is an update translated for the dialog.
type turn struct {
	chatID, updateID int64
	in               dialog.Input
	group            bool
	// pressed is the message whose button was pressed; its keyboard is
	// removed once the press is handled.
	pressed int
}

// chatKey is the chat an update belongs to (0 if none), which orders it.
func chatKey(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil:
		m := u.CallbackQuery.Message
		if m.Message != nil {
			return m.Message.Chat.ID
		}
		if m.InaccessibleMessage != nil {
			return m.InaccessibleMessage.Chat.ID
		}
	}
	return 0
}

func isGroup(c models.Chat) bool {
	return c.Type == models.ChatTypeGroup || c.Type == models.ChatTypeSupergroup
}

// translate turns an update into a turn, or reports that the bot should
// not answer it: other update kinds, channels, other bots, and group
// messages that are neither commands for this bot nor address it.
func (b *Bot) translate(u *models.Update) (turn, bool) {
	if cq := u.CallbackQuery; cq != nil {
		if cq.Data == "" {
			return turn{}, false
		}
		t := turn{updateID: u.ID, in: dialog.Input{Data: cq.Data, LangHint: cq.From.LanguageCode}}
		switch m := cq.Message; {
		case m.Message != nil:
			t.chatID, t.group, t.pressed = m.Message.Chat.ID, isGroup(m.Message.Chat), m.Message.ID
		case m.InaccessibleMessage != nil:
			t.chatID, t.group = m.InaccessibleMessage.Chat.ID, isGroup(m.InaccessibleMessage.Chat)
		default:
			return turn{}, false // a button on an inline message: no chat
		}
		return t, true
	}
	m := u.Message
	if m == nil || m.Chat.Type == models.ChatTypeChannel || m.From != nil && m.From.IsBot {
		return turn{}, false
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	t := turn{chatID: m.Chat.ID, updateID: u.ID, group: isGroup(m.Chat)}
	if m.From != nil {
		t.in.LangHint = m.From.LanguageCode
	}
	if t.group {
		var ok bool
		if text, ok = b.addressed(m, text); !ok {
			return turn{}, false
		}
	}
	t.in.Text = text
	return t, true
}

// addressed reports whether a group message is for this bot: a command
// (not one addressed to another bot with /cmd@other), a message mentioning
// @username (the mention is removed), or a reply to the bot's message.
func (b *Bot) addressed(m *models.Message, text string) (string, bool) {
	name := b.Username()
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "/") {
		cmd, _, _ := strings.Cut(trimmed, " ")
		if _, to, ok := strings.Cut(cmd, "@"); ok && !strings.EqualFold(to, name) {
			return "", false
		}
		return text, true
	}
	if name != "" {
		if i := indexFold(text, "@"+name); i >= 0 {
			return strings.TrimSpace(text[:i] + text[i+1+len(name):]), true
		}
	}
	if r := m.ReplyToMessage; r != nil && r.From != nil && b.me.Load() != nil && r.From.ID == b.me.Load().ID {
		return text, true
	}
	return "", false
}

// indexFold is strings.Index ignoring ASCII case. Usernames are ASCII, so
// bytes are compared in place: lower-casing the whole text first would
// change byte offsets wherever a non-ASCII letter changes length (Ⱥ → ⱥ).
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		match := true
		for j := 0; j < n; j++ {
			if asciiLower(s[i+j]) != asciiLower(sub[j]) {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// handle processes one update. Every path ends in a reply or a deliberate
// silence; errors are logged once here with the chat and update ids, never
// the person's text.
func (b *Bot) handle(ctx context.Context, u *models.Update) {
	// A pressed button spins until answered, whatever happens next. The
	// answer goes out while the turn is computed, and before any reply.
	answered := func() {}
	if cq := u.CallbackQuery; cq != nil {
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := b.send.answerCallback(ctx, cq.ID); err != nil {
				b.log.DebugContext(ctx, "answer callback query", logKeyUpdate, u.ID, logKeyErr, b.scrub(err))
			}
		}()
		answered = func() { <-done }
		defer answered()
	}
	// A panic anywhere below, translating the update included, costs one
	// update an apology, never the process.
	var (
		t    turn
		log  = b.log.With(logKeyUpdate, u.ID)
		lang = b.runner.Machine.DefaultLang
	)
	defer func() {
		if p := recover(); p != nil {
			log.ErrorContext(ctx, "panic handling update", "panic", fmt.Sprintf("%T", p), "stack", string(debug.Stack()))
			answered()
			if t.chatID != 0 {
				b.sayError(ctx, log, t.chatID, lang)
			}
		}
	}()
	t, ok := b.translate(u)
	if !ok {
		return
	}
	log = b.log.With(logKeyChat, t.chatID, logKeyUpdate, t.updateID)
	lang = dialog.LangFromHint(t.in.LangHint, b.runner.Machine.DefaultLang)

	if !b.clean.has(t.chatID) {
		conv, err := b.st.Load(ctx, t.chatID)
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			log.ErrorContext(ctx, "load conversation", logKeyErr, b.scrub(err))
			answered()
			b.sayError(ctx, log, t.chatID, lang)
			return
		default:
			if conv.Lang != "" {
				lang = knowledge.Lang(conv.Lang)
			}
			answered()
			if !b.resendPending(ctx, log, t.chatID, conv, lang) {
				// Still undeliverable: handle the new input anyway; its
				// replies become the pending ones.
				log.WarnContext(ctx, "pending replies not re-sent")
			}
		}
	}

	replies, applied, err := b.runner.Handle(ctx, t.chatID, t.updateID, t.in)
	answered()
	if err != nil {
		log.ErrorContext(ctx, "handle update", logKeyErr, b.scrub(err))
		b.sayError(ctx, log, t.chatID, lang)
		return
	}
	if !applied {
		log.DebugContext(ctx, "duplicate update ignored")
		return
	}
	if t.pressed != 0 {
		// The pressed message loses its buttons while the replies go out.
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := b.send.removeKeyboard(ctx, t.chatID, t.pressed); err != nil {
				log.DebugContext(ctx, "remove keyboard", logKeyErr, b.scrub(err))
			}
		}()
		defer func() { <-done }()
	}
	if t.group && len(replies) > 0 {
		replies = b.withGroupNote(replies, lang)
	}
	if err := b.deliver(ctx, t.chatID, replies); err != nil {
		b.deliveryFailed(ctx, log, t.chatID, err)
		return
	}
	if len(replies) > 0 {
		if err := b.st.ClearPending(ctx, t.chatID); err != nil {
			log.WarnContext(ctx, "clear pending replies", logKeyErr, b.scrub(err))
			b.clean.set(t.chatID, false)
			return
		}
	}
	b.clean.set(t.chatID, true)
}

// resendPending prepares a chat for a new turn: a person writing again has
// unblocked the bot, and replies that could not be delivered earlier are
// sent first. It reports false if they still could not be.
func (b *Bot) resendPending(ctx context.Context, log *slog.Logger, chatID int64, conv store.Conversation, lang knowledge.Lang) bool {
	if conv.Blocked {
		if err := b.st.MarkBlocked(ctx, chatID, false); err != nil {
			log.WarnContext(ctx, "unmark blocked", logKeyErr, b.scrub(err))
		}
	}
	if len(conv.Pending) == 0 {
		return true
	}
	replies, err := dialog.DecodeReplies(conv.Pending)
	if err != nil {
		log.WarnContext(ctx, "pending replies unreadable, dropped", logKeyErr, err)
		return b.st.ClearPending(ctx, chatID) == nil
	}
	if len(replies) > 0 {
		note := dialog.Block{Kind: dialog.Paragraph, Lines: [][]dialog.Span{{{
			Text: b.runner.Machine.Knowledge().Msg(lang, "tg.resent")}}}}
		replies[0].Blocks = append([]dialog.Block{note}, replies[0].Blocks...)
	}
	if err := b.deliver(ctx, chatID, replies); err != nil {
		b.deliveryFailed(ctx, log, chatID, err)
		return false
	}
	if err := b.st.ClearPending(ctx, chatID); err != nil {
		log.WarnContext(ctx, "clear pending replies", logKeyErr, b.scrub(err))
		return false
	}
	log.InfoContext(ctx, "pending replies re-sent", "replies", len(replies))
	return true
}

// deliver sends replies in order, each split to Telegram's limit, and
// stops at the first part that cannot be sent.
func (b *Bot) deliver(ctx context.Context, chatID int64, replies []dialog.Reply) error {
	for _, r := range foldReplies(replies) {
		for _, m := range renderReply(r, MaxMessageLen) {
			if err := b.send.message(ctx, chatID, m); err != nil {
				return err
			}
		}
	}
	return nil
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

// deliveryFailed records a failed delivery: the replies stay pending in
// the store (the Runner saved them), a blocked bot is marked so, and the
// next update from the chat re-sends them.
func (b *Bot) deliveryFailed(ctx context.Context, log *slog.Logger, chatID int64, err error) {
	b.clean.set(chatID, false)
	if b.cfg.OnSendError != nil {
		b.cfg.OnSendError()
	}
	if errors.Is(err, errBlocked) {
		log.InfoContext(ctx, "bot blocked by the user; replies kept pending")
		if merr := b.st.MarkBlocked(ctx, chatID, true); merr != nil {
			log.WarnContext(ctx, "mark blocked", logKeyErr, b.scrub(merr))
		}
		return
	}
	log.WarnContext(ctx, "send replies failed; kept pending for the next message", logKeyErr, b.scrub(err))
}

// sayError tells the person something went wrong and how to go on. The
// cause is logged by the caller.
func (b *Bot) sayError(ctx context.Context, log *slog.Logger, chatID int64, lang knowledge.Lang) {
	kb := b.runner.Machine.Knowledge()
	r := dialog.Reply{
		Blocks: []dialog.Block{{Kind: dialog.Paragraph, Lines: [][]dialog.Span{{{Text: kb.Msg(lang, "tg.error")}}}}},
		Buttons: [][]dialog.Button{{{Label: kb.Msg(lang, "d.restart"),
			Data: dialog.EncodeAction(dialog.Action{Kind: dialog.ActCommand, Value: "restart"})}}},
	}
	if err := b.deliver(ctx, chatID, []dialog.Reply{r}); err != nil {
		b.clean.set(chatID, false)
		log.WarnContext(ctx, "send error message", logKeyErr, b.scrub(err))
	}
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
