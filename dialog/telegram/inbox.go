package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// Reasons an update is parked (error codes in events and logs; never the
// person's text).
const (
	reasonMalformed  = "malformed_update"
	reasonUnreadable = "unreadable_inbox_row"
	reasonTurnFailed = "turn_failed"
	reasonPanic      = "turn_panic"
)

// stored is what the inbox keeps of an update: only what the turn needs.
// No names, no usernames; the text lives only until the turn is applied.
type stored struct {
	Group bool   `json:"g,omitempty"`
	Lang  string `json:"l,omitempty"`
	Text  string `json:"t,omitempty"`
	// Data is a pressed button's callback data; Pressed the message that
	// carried it and Label the button's label, for editing it in place.
	Data    string `json:"d,omitempty"`
	Pressed int    `json:"p,omitempty"`
	Label   string `json:"b,omitempty"`
	// Thread is the forum topic the message was in: replies go there, not
	// to the group's General topic.
	Thread int64 `json:"h,omitempty"`
	// Ho is a hand-off input: a staff message for this person's chat, a
	// photo the person sent, a no-reply check (handoff.go).
	Ho *dialog.HandoffInput `json:"ho,omitempty"`
}

func isGroup(c models.Chat) bool {
	return c.Type == models.ChatTypeGroup || c.Type == models.ChatTypeSupergroup
}

// minimize turns an update into what the inbox keeps, or reports that the
// bot does not answer it: other update kinds, channels, other bots, and
// group messages that are neither commands for this bot nor address it
// (these are never stored).
func (b *Bot) minimize(u *models.Update) (stored, int64, bool) {
	if cq := u.CallbackQuery; cq != nil {
		if cq.Data == "" {
			return stored{}, 0, false
		}
		s := stored{Data: cq.Data, Lang: cq.From.LanguageCode}
		var chat int64
		switch m := cq.Message; {
		case m.Message != nil:
			chat, s.Group, s.Pressed = m.Message.Chat.ID, isGroup(m.Message.Chat), m.Message.ID
			s.Thread = topicOf(m.Message)
			s.Label = pressedLabel(m.Message.ReplyMarkup, cq.Data)
		case m.InaccessibleMessage != nil:
			chat, s.Group = m.InaccessibleMessage.Chat.ID, isGroup(m.InaccessibleMessage.Chat)
		default:
			return stored{}, 0, false // a button on an inline message: no chat
		}
		return s, chat, chat != 0
	}
	m := u.Message
	if m == nil || m.Chat.ID == 0 || m.Chat.Type == models.ChatTypeChannel || m.From != nil && m.From.IsBot {
		return stored{}, 0, false
	}
	// An inline answer posted through this bot (into its own chat, or a
	// group it reads) is the bot's text, not the person's message.
	if me := b.me.Load(); m.ViaBot != nil && me != nil && m.ViaBot.ID == me.ID {
		return stored{}, 0, false
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	s := stored{Group: isGroup(m.Chat), Thread: topicOf(m)}
	if !s.Group && b.cfg.StaffChat != 0 {
		s.Ho = personMedia(m)
	}
	if m.From != nil {
		s.Lang = m.From.LanguageCode
	}
	if s.Group {
		var ok bool
		if text, ok = b.addressed(m, text); !ok {
			return stored{}, 0, false
		}
	}
	s.Text = text
	return s, m.Chat.ID, true
}

// topicOf is the forum topic of a message in a supergroup with topics, 0
// for General and every other chat.
func topicOf(m *models.Message) int64 {
	if m == nil || !m.IsTopicMessage {
		return 0
	}
	return int64(m.MessageThreadID)
}

// pressedLabel finds the label of the button with data on a keyboard.
func pressedLabel(kb *models.InlineKeyboardMarkup, data string) string {
	if kb == nil {
		return ""
	}
	for _, row := range kb.InlineKeyboard {
		for _, btn := range row {
			if btn.CallbackData == data {
				return btn.Text
			}
		}
	}
	return ""
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

// batch is a set of raw updates sorted for the inbox.
type batch struct {
	in        []persist.Inbound
	parked    []persist.Parked
	callbacks []string // callback query ids to answer once stored
	skipped   []int64  // updates the bot does not answer (never stored)
	maxID     int64
	// inline queries to answer and picked inline results to count; they
	// belong to no chat and are never stored.
	inline []inlineQuery
	chosen []string
	// retry: an update could not be sorted yet (a staff message in a topic
	// whose hand-off is still being recorded); nothing is confirmed.
	retry bool
}

// sortBatch decodes raw updates one by one, so that one malformed update
// is parked and the others go on.
func (b *Bot) sortBatch(raws [][]byte) batch {
	var out batch
	for _, raw := range raws {
		// Decoded once; only an update that does not decode is read
		// again, for its id alone.
		u, derr := decodeUpdate(raw)
		head := struct {
			ID int64 `json:"update_id"`
		}{u.ID}
		if derr != nil && json.Unmarshal(raw, &head) != nil || head.ID <= 0 {
			// Without an id there is nothing to park it under; an update
			// whose id cannot be read cannot be confirmed either, and
			// Telegram's offset moves past it with the next one.
			b.log.Warn("update without a readable update_id ignored")
			b.met.parked()
			continue
		}
		out.maxID = max(out.maxID, head.ID)
		if derr != nil {
			out.parked = append(out.parked, persist.Parked{Key: persist.UpdateKey(head.ID), ChatID: lenientChat(raw), Reason: reasonMalformed})
			b.met.parked()
			b.log.Warn("malformed update parked", logKeyUpdate, head.ID)
			continue
		}
		if b.cfg.Inline != nil && (u.InlineQuery != nil || u.ChosenInlineResult != nil) {
			if q := u.InlineQuery; q != nil {
				iq := inlineQuery{id: q.ID, query: q.Query}
				if q.From != nil {
					iq.lang, iq.user = q.From.LanguageCode, q.From.ID
				}
				out.inline = append(out.inline, iq)
			} else {
				out.chosen = append(out.chosen, u.ChosenInlineResult.ResultID)
			}
			out.skipped = append(out.skipped, head.ID)
			continue
		}
		var (
			s    stored
			chat int64
			ok   bool
		)
		if em := u.EditedMessage; em != nil {
			var retry bool
			if s, chat, ok, retry = b.editUpdate(em); retry {
				out.retry = true
				continue
			}
		} else if m := u.Message; b.cfg.StaffChat != 0 && m != nil && m.Chat.ID == b.cfg.StaffChat {
			var retry bool
			if s, chat, ok, retry = b.staffUpdate(m); retry {
				// Its topic may be a hand-off's being opened: the batch is
				// fetched again rather than confirmed without it.
				out.retry = true
				continue
			}
		} else {
			s, chat, ok = b.minimize(&u)
		}
		if !ok {
			out.skipped = append(out.skipped, head.ID)
			continue
		}
		payload, err := json.Marshal(s)
		if err != nil {
			out.parked = append(out.parked, persist.Parked{Key: persist.UpdateKey(head.ID), ChatID: chat, Reason: reasonMalformed})
			b.met.parked()
			continue
		}
		out.in = append(out.in, persist.Inbound{Key: persist.UpdateKey(head.ID), ChatID: chat, Payload: payload})
		if u.CallbackQuery != nil {
			out.callbacks = append(out.callbacks, u.CallbackQuery.ID)
		}
	}
	return out
}

// lenientChat digs the chat id out of an update that does not decode, so
// that the parked row and its error event belong to the chat.
func lenientChat(raw []byte) int64 {
	var u struct {
		Message *struct {
			Chat struct {
				ID int64 `json:"id"`
			} `json:"chat"`
		} `json:"message"`
	}
	if json.Unmarshal(raw, &u) == nil && u.Message != nil {
		return u.Message.Chat.ID
	}
	return 0
}

// received runs after a batch is stored: workers are woken, and pressed
// buttons stop spinning. answerCallbackQuery is outside the message budget
// and never waits behind it.
func (b *Bot) received(bt batch) {
	if b.cfg.afterUpdate != nil {
		for _, id := range bt.skipped {
			b.cfg.afterUpdate(id)
		}
		for _, p := range bt.parked {
			id, _ := persist.UpdateOf(p.Key)
			b.cfg.afterUpdate(id)
		}
	}
	for _, q := range bt.inline {
		b.goSide(func() { b.answerInline(q) })
	}
	for _, id := range bt.chosen {
		b.goSide(func() { b.chosenInline(id) })
	}
	// Tracked like inline answers: Shutdown waits for them (up to the
	// grace period), and none starts once it began.
	for _, id := range bt.callbacks {
		b.goSide(func() {
			ctx, cancel := context.WithTimeout(context.Background(), b.cfg.SendTimeout)
			defer cancel()
			err := b.call(ctx, "answerCallbackQuery", 1, func(ctx context.Context) error {
				_, err := b.api.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: id})
				return err
			})
			if err != nil {
				b.log.Debug("answer callback query", logKeyErr, b.scrub(err))
			}
		})
	}
}

// storeUpdates stores entries (and the polling offset) and sets them
// going: those the store claimed for this process as it stored them go to
// the workers at once, without a read of the inbox; the others wait for a
// claim pass.
func (b *Bot) storeUpdates(ctx context.Context, in []persist.Inbound, parked []persist.Parked, offset int64) error {
	ic, ok := b.mb.(persist.InboxClaimer)
	if !ok || len(in) == 0 {
		err := b.mb.Receive(ctx, in, parked, offset)
		if err == nil && len(in) > 0 {
			b.inFeed.wake()
		}
		return err
	}
	var err error
	b.inFeed.exclusive(func() {
		start := b.inFeed.now()
		var (
			rows []persist.Inbound
			left int
		)
		rows, left, err = ic.ReceiveClaim(ctx, in, parked, offset, b.cfg.Owner, b.cfg.InboxLease)
		if err != nil {
			return
		}
		if len(rows) > 0 {
			jobs := make([]job, len(rows))
			for i, r := range rows {
				jobs[i] = job{id: r.Seq, chat: r.ChatID, payload: r.Payload, key: r.Key}
			}
			b.inFeed.adopt(jobs, start.Add(b.cfg.InboxLease))
		}
		if left > 0 {
			b.inFeed.wake()
		}
	})
	return err
}

// apiError is a Bot API refusal of our own getUpdates call.
type apiError struct {
	method     string
	code       int
	desc       string
	retryAfter int
}

func (e *apiError) Error() string {
	return fmt.Sprintf("telegram %s: %d %s", e.method, e.code, e.desc)
}

// poll is the polling loop. The library's loop cannot be used: it decodes
// a whole batch at once (one malformed update stops polling for good) and
// confirms updates with the next fetch whether or not they were handled.
// Here the offset moves past an update only in the transaction that stores
// it.
func (b *Bot) poll(ctx context.Context) {
	offset, err := b.mb.Offset(ctx)
	if err != nil {
		b.log.Error("read polling offset; starting from Telegram's", logKeyErr, err)
	}
	for try := 1; ctx.Err() == nil; {
		if err := b.Damaged(); err != nil {
			// Nothing is fetched (so nothing confirmed) from a damaged
			// store: Telegram keeps the updates for a day, for after the
			// repair.
			if sleepCtx(ctx, 5*time.Second) != nil {
				return
			}
			continue
		}
		raws, err := b.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			c, wait := classify(err)
			switch c {
			case classConflict:
				b.log.Warn("getUpdates conflict: another instance is polling, or a webhook is set; retrying", logKeyErr, b.scrub(err))
				wait = backoff(b.cfg.BaseBackoff, 5*time.Second, try)
			case classRetryAfter:
			default:
				b.log.Warn("getUpdates failed; retrying", logKeyErr, b.scrub(err))
				wait = backoff(b.cfg.BaseBackoff, 5*time.Second, try)
			}
			try++
			if sleepCtx(ctx, wait) != nil {
				return
			}
			continue
		}
		try = 1
		if len(raws) == 0 {
			continue
		}
		bt := b.sortBatch(raws)
		if bt.retry {
			try++
			if sleepCtx(ctx, backoff(b.cfg.BaseBackoff/4, 2*time.Second, try)) != nil {
				return
			}
			continue
		}
		next := max(offset, bt.maxID+1)
		for store := 1; ; store++ {
			err := b.storeUpdates(ctx, bt.in, bt.parked, next)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return // not stored, not confirmed: fetched again after a restart
			}
			b.storeTrouble("store updates; retrying", err)
			if sleepCtx(ctx, backoff(b.cfg.BaseBackoff, 5*time.Second, store)) != nil {
				return
			}
		}
		offset = next
		b.received(bt)
	}
}

// getUpdates long-polls once and returns the raw updates.
func (b *Bot) getUpdates(ctx context.Context, offset int64) ([][]byte, error) {
	au, err := json.Marshal(b.allowedUpdates())
	if err != nil {
		return nil, err
	}
	allowed := string(au)
	var body bytes.Buffer
	form := multipart.NewWriter(&body)
	fields := [][2]string{
		{"timeout", strconv.Itoa(int(b.cfg.PollTimeout / time.Second))},
		{"allowed_updates", allowed},
	}
	if offset > 0 {
		fields = append(fields, [2]string{"offset", strconv.FormatInt(offset, 10)})
	}
	for _, f := range fields {
		if err := form.WriteField(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if err := form.Close(); err != nil {
		return nil, err
	}
	server := strings.TrimRight(b.cfg.ServerURL, "/")
	if server == "" {
		server = "https://api.telegram.org"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, server+"/bot"+b.cfg.Token+"/getUpdates", &body)
	if err != nil {
		return nil, b.scrub(err)
	}
	req.Header.Set("Content-Type", form.FormDataContentType())
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		b.met.call("getUpdates", classTransient)
		return nil, b.scrub(fmt.Errorf("getUpdates: %w", err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		b.met.call("getUpdates", classTransient)
		return nil, fmt.Errorf("getUpdates: error read response body: %w", err)
	}
	var r struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		code := resp.StatusCode
		if code < 500 {
			code = 502 // a proxy's page, not Telegram's answer: retry
		}
		b.met.call("getUpdates", classTransient)
		return nil, &apiError{method: "getUpdates", code: code, desc: "unreadable response"}
	}
	if !r.OK {
		e := &apiError{method: "getUpdates", code: r.ErrorCode, desc: r.Description, retryAfter: r.Parameters.RetryAfter}
		c, _ := classify(e)
		b.met.call("getUpdates", c)
		return nil, e
	}
	b.met.call("getUpdates", classOK)
	out := make([][]byte, len(r.Result))
	for i, m := range r.Result {
		out[i] = m
	}
	return out, nil
}

// claimInbox claims due entries for this process.
func (b *Bot) claimInbox(ctx context.Context, limit int) ([]job, error) {
	var (
		rows []persist.Inbound
		err  error
	)
	if cc, ok := b.mb.(cappedClaimer); ok {
		// No more reminders than their lane holds (reminders.go).
		rows, err = cc.ClaimInboxCapped(ctx, b.cfg.Owner, b.cfg.InboxLease, limit, max(reminderHeld-b.inFeed.bgHeld(), 0))
	} else {
		rows, err = b.mb.ClaimInbox(ctx, b.cfg.Owner, b.cfg.InboxLease, limit)
	}
	if err != nil {
		return nil, err
	}
	return b.inboxJobs(rows), nil
}

func (b *Bot) inboxJobs(rows []persist.Inbound) []job {
	out := make([]job, len(rows))
	for i, r := range rows {
		if r.TakenOver {
			b.met.takenOver("inbox")
		}
		// A reminder runs in its own lane, below people's messages.
		out[i] = job{id: r.Seq, chat: r.ChatID, payload: r.Payload, key: r.Key, background: isReminder(r.Key)}
	}
	return out
}

// giveBackInbox returns claimed entries unworked (reminders beyond what
// the lane holds, from a store that cannot cap its claims).
func (b *Bot) giveBackInbox(ctx context.Context, ids []int64) error {
	_, err := b.mb.RenewInbox(ctx, b.cfg.Owner, 0, ids)
	return err
}

func (b *Bot) renewInbox(ctx context.Context, ids []int64) ([]int64, error) {
	return b.mb.RenewInbox(ctx, b.cfg.Owner, b.cfg.InboxLease, ids)
}

// maxTurnTries bounds how often a turn that failed for a reason of its own
// is tried before the update is parked with an apology. A store that is
// unavailable (busy, full, unreachable) is not the update's fault: the
// turn waits for it, however long, and parks nothing.
const maxTurnTries = 5

// applyUpdate runs the turn of one stored update. Every path ends with the
// row applied (Commit), settled or parked — or, at a stop, left for the
// restart.
func (b *Bot) applyUpdate(stop, _ context.Context, j job) {
	defer func() {
		b.inFeed.done(j.id)
		if b.cfg.afterUpdate != nil {
			id, _ := persist.UpdateOf(j.key)
			b.cfg.afterUpdate(id)
		}
	}()
	if !b.inFeed.begin(j.id) {
		return // another owner took it over, or it was given back (feeder.lose)
	}
	if isReminder(j.key) {
		b.applyReminder(stop, j)
		return
	}
	log := b.chatLog(j.chat, j.key)
	var s stored
	if err := json.Unmarshal(j.payload, &s); err != nil {
		b.settle(log, j, reasonUnreadable, nil)
		return
	}
	// The commit must not be abandoned half way because a stop began: it
	// takes milliseconds, and the grace period covers it.
	ctx := context.WithoutCancel(stop)
	for try, waited := 1, 1; ; try++ {
		claim := &persist.OutboxClaim{Owner: b.cfg.Owner, Lease: b.cfg.OutboxLease}
		start := b.outFeed.now()
		res, out, panicked, err := b.turn(ctx, j, s, claim)
		switch {
		case panicked:
			b.settle(log, j, reasonPanic, b.apology(s))
			return
		case err == nil:
			if !res.Applied {
				log.Debug("duplicate update ignored")
				b.settle(log, j, "", nil)
				return
			}
			b.met.turn(res.Events)
			b.met.reminders(res.Events)
			b.unblock(j.chat)
			b.queued(claim, start, out)
			return
		}
		if errors.Is(err, persist.ErrUnavailable) || errors.Is(err, persist.ErrDamaged) || b.Damaged() != nil {
			// The store's trouble, not the update's: keep the entry (and
			// what the person wrote) for when the store is back.
			try--
			waited++
			b.storeTrouble("turn waits for the store", err)
			if b.cfg.Sleep(stop, backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, waited)) != nil {
				return // stopping: the row stays and is applied after the restart
			}
			continue
		}
		log.Error("turn failed", "try", try, logKeyErr, b.scrub(err))
		if try >= maxTurnTries {
			b.settle(log, j, reasonTurnFailed, b.apology(s))
			return
		}
		if b.cfg.Sleep(stop, backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)) != nil {
			return // stopping: the row stays and is applied after the restart
		}
	}
}

// turn runs one turn; a panic anywhere in it costs one update an apology,
// never the process.
func (b *Bot) turn(ctx context.Context, j job, s stored, claim *persist.OutboxClaim) (res dialog.Result, out *rendered, panicked bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("panic handling update", logKeyChat, j.chat, logKeyUpdate, j.id,
				"panic", fmt.Sprintf("%T", p), "stack", string(debug.Stack()))
			panicked = true
		}
	}()
	res, err = b.runner.Run(ctx, dialog.Turn{
		ChatID: j.chat, Entry: j.id,
		Input: dialog.Input{Text: s.Text, Data: s.Data, LangHint: s.Lang, Handoff: s.Ho, Group: s.Group},
		Outgoing: func(st dialog.State, rs []dialog.Reply) ([]persist.Message, error) {
			in := s
			if s.Group && holdsCase(st) {
				in.Group = false // the pointer says it all; no second note
				rs = b.groupPointer(st, st.Lang)
			}
			// Kept decoded for the senders (the last try's, after a
			// conflict): the messages claimed at the commit are not read
			// back from their JSON.
			queued, msgs, err := b.render(in, st.Lang, rs)
			out = &rendered{queued: queued, msgs: msgs}
			return queued, err
		},
		Effects: b.effects,
		Claim:   claim,
	})
	return res, out, false, err
}

// queued hands a committed turn's messages to the sender: those the store
// claimed for this process as it wrote them go straight to the senders
// (no read of the outbox), the others wait for a claim pass.
func (b *Bot) queued(claim *persist.OutboxClaim, start time.Time, out *rendered) {
	if claim.Done && len(claim.Claimed) > 0 {
		jobs := make([]job, len(claim.Claimed))
		for i, r := range claim.Claimed {
			jobs[i] = job{id: r.ID, chat: r.ChatID, payload: r.Payload, thread: r.ThreadID, msg: out.find(r.Payload)}
		}
		b.outFeed.adopt(jobs, start.Add(b.cfg.OutboxLease))
	}
	if !claim.Done || claim.Left > 0 {
		b.outFeed.wake()
	}
}

// settle ends a row without a turn; a failure to do so leaves the row to
// be tried again at the next pass.
func (b *Bot) settle(log interface {
	Warn(string, ...any)
}, j job, reason string, msgs []persist.Message) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if reason != "" {
		if reason != reasonUnreadable && b.Damaged() != nil {
			return // kept, text and all, for after the repair
		}
		b.met.parked()
		log.Warn("update parked", "reason", reason)
	}
	if err := b.mb.Settle(ctx, j.id, j.chat, reason, msgs); err != nil {
		log.Warn("settle update", logKeyErr, err)
		return
	}
	if len(msgs) > 0 {
		b.outFeed.wake()
	}
}

// apology is the message for a turn that could not be applied: what went
// wrong and how to go on.
func (b *Bot) apology(s stored) []persist.Message {
	kb := b.runner.Machine.Knowledge()
	lang := dialog.LangFromHint(s.Lang, b.runner.Machine.DefaultLang)
	r := dialog.Reply{
		Blocks: []dialog.Block{{Kind: dialog.Paragraph, Lines: [][]dialog.Span{{{Text: kb.Msg(lang, "tg.error")}}}}},
		Buttons: [][]dialog.Button{{{Label: kb.Msg(lang, "d.restart"),
			Data: dialog.EncodeAction(dialog.Action{Kind: dialog.ActCommand, Value: "restart"})}}},
	}
	msgs, err := b.outgoing(stored{}, lang, []dialog.Reply{r})
	if err != nil {
		return nil
	}
	return msgs
}
