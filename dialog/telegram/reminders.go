package telegram

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// Reminders a resident asked for (dialog/remind.go) are scheduled inbox
// entries (keys "rem:<chat>:…", a due time). The inbox claims them when due
// like any entry; their turn (dialog.Input.Due) applies the entry and
// queues the message in one commit, so a reminder is sent once whatever
// crashes in between, and its message goes through the outbox like any
// reply.
//
// Replies first, twice over. A reminder's messages are Background rows:
// the sender sends them only with limiter tokens free now and no reply
// waiting, from a pool of their own (dispatch.go, send.go), so a live
// answer never waits behind them. And the store hands out entries due at
// once (people's messages) before scheduled ones, and a reminder is
// answered only while the outbox holds fewer than ReminderBacklog messages
// (default 60, two seconds of Telegram's 30 a second); otherwise it is
// given back and claimed again at a later pass. That bound keeps a burst
// from filling the outbox (and the turn workers) with a thousand rows at
// once, while holding enough to keep the sender busy at the full budget.

// ReminderStore is what the bot needs besides the Mailbox to look after
// reminders; *store.DB is one.
type ReminderStore interface {
	// DropReminders deletes a chat's reminders still to come (it blocked
	// the bot) and counts them as dropped; it returns how many.
	DropReminders(ctx context.Context, chatID int64) (int64, error)
}

// DefaultReminderBacklog is how many messages may wait in the outbox
// before due reminders wait too: two seconds of the default budget, so
// the sender never runs dry between two inbox passes (a second apart).
// It was 2 while reminder messages were sent like replies; now that they
// are background rows, replies pass them in the sender instead.
const DefaultReminderBacklog = 60

// isReminder reports whether an inbox key is a reminder's.
func isReminder(key string) bool { return strings.HasPrefix(key, "rem:") }

// applyReminder runs the turn of a due reminder entry, or gives it back
// while the outbox is busy with replies.
func (b *Bot) applyReminder(stop context.Context, j job) {
	log := b.log.With(logKeyChat, j.chat)
	backlog := b.cfg.ReminderBacklog
	if backlog <= 0 {
		backlog = DefaultReminderBacklog
	}
	ctx := context.WithoutCancel(stop)
	if bl, err := b.mb.Backlog(ctx); err == nil && bl.OutboxWaiting >= int64(backlog) {
		gctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if _, err := b.mb.RenewInbox(gctx, b.cfg.Owner, 0, []int64{j.id}); err != nil {
			log.Debug("give back a reminder", logKeyErr, err)
		}
		return
	}
	for try, waited := 1, 1; ; try++ {
		res, err := b.reminderTurn(ctx, j)
		switch {
		case err == nil:
			if res.Applied {
				b.met.turn(res.Events)
				b.met.reminders(res.Events)
				b.outFeed.wake()
			}
			return
		case errors.Is(err, persist.ErrUnavailable) || errors.Is(err, persist.ErrDamaged) || b.Damaged() != nil:
			try--
			waited++
			b.storeTrouble("reminder waits for the store", err)
			if b.cfg.Sleep(stop, backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, waited)) != nil {
				return
			}
			continue
		}
		log.Error("reminder turn failed", "try", try, logKeyErr, b.scrub(err))
		if try >= maxTurnTries {
			b.settle(log, j, reasonTurnFailed, nil)
			return
		}
		if b.cfg.Sleep(stop, backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)) != nil {
			return // stopping: the entry stays and is answered after the restart
		}
	}
}

// reminderTurn runs one reminder's turn; a panic costs this reminder, never
// the process.
func (b *Bot) reminderTurn(ctx context.Context, j job) (res dialog.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("panic answering a reminder", logKeyChat, j.chat, "panic", fmt.Sprintf("%T", p),
				"stack", string(debug.Stack()))
			err = fmt.Errorf("panic")
		}
	}()
	return b.runner.Run(ctx, dialog.Turn{
		ChatID: j.chat, Entry: j.id,
		Input: dialog.Input{Due: &dialog.Due{Key: j.key, Payload: j.payload}},
		Outgoing: func(st dialog.State, rs []dialog.Reply) ([]persist.Message, error) {
			msgs, err := b.outgoing(stored{}, st.Lang, rs)
			// Nobody is waiting for what a reminder turn sends: the
			// sender puts every live reply before it (dispatch.go).
			for i := range msgs {
				msgs[i].Background = true
			}
			return msgs, err
		},
	})
}

// dropReminders deletes the reminders of a chat that blocked the bot: a
// person who blocked it is not written to again.
func (b *Bot) dropReminders(ctx context.Context, chat int64) {
	if b.cfg.Reminders == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	n, err := b.cfg.Reminders.DropReminders(ctx, chat)
	if err != nil {
		b.log.Warn("drop reminders of a blocked chat", logKeyChat, chat, logKeyErr, err)
		return
	}
	for range n {
		b.met.reminders([]dialog.Event{{Kind: dialog.EvReminder, Question: dialog.RemDropped}})
	}
}
