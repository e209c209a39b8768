package telegram

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"golang.org/x/time/rate"

	"bujiao/dialog"
)

// Reminders a resident asked for (dialog/remind.go) are scheduled rows in
// the store. The bot claims the due ones with an owner and a lease, runs
// each as a turn (dialog.Input.Due) whose commit deletes the row and queues
// the message in one transaction — so a reminder is sent once, whatever
// crashes in between: a claim that dies with its process lapses and the row
// is claimed again; a turn already committed makes a second commit a
// duplicate. The messages then go through the outbox like any reply.
//
// Replies first: reminders are claimed only while the outbox holds fewer
// than ReminderBacklog messages (default 2), and at most ReminderRate a
// second (default the whole budget), so a morning burst of due reminders
// never puts more than a handful of messages ahead of a live answer in the
// send order (at 30 messages a second, well under a tenth of a second), and
// uses whatever budget live answers leave.

// DueReminder is a claimed reminder firing.
type DueReminder struct {
	Key     string
	ChatID  int64
	Payload []byte
}

// ReminderStore is what the bot needs to deliver reminders; cmd/bujiao
// adapts *store.DB to it.
type ReminderStore interface {
	// ClaimReminders claims for owner, until now+lease, up to limit firings
	// due at now, at most one per chat.
	ClaimReminders(ctx context.Context, owner string, lease time.Duration, now time.Time, limit int) ([]DueReminder, error)
	// ReleaseReminder gives a claimed firing back.
	ReleaseReminder(ctx context.Context, key, owner string) error
	// DropReminders deletes a chat's reminders (it blocked the bot) and
	// counts them as dropped; it returns how many.
	DropReminders(ctx context.Context, chatID int64) (int64, error)
	// OutboxLen counts the messages waiting to be sent.
	OutboxLen(ctx context.Context) (int64, error)
}

// Reminder defaults.
const (
	DefaultReminderEvery = 5 * time.Second
	// DefaultReminderLease covers one turn (the send goes through the
	// outbox), so after a kill -9 a claimed firing waits at most this long
	// for another process to take it.
	DefaultReminderLease   = 10 * time.Second
	DefaultReminderBacklog = 2
	// reminderBackoff is how long the pump waits for the outbox to
	// shorten before claiming more.
	reminderBackoff = 20 * time.Millisecond
)

// reminderOwner names this process's claims: unique per run.
func reminderOwner() string {
	return fmt.Sprintf("bot-%d", time.Now().UnixNano())
}

// pumpReminders claims and answers due reminders until ctx ends.
func (b *Bot) pumpReminders(ctx context.Context) {
	every := b.cfg.ReminderEvery
	if every <= 0 {
		every = DefaultReminderEvery
	}
	perSecond := b.cfg.ReminderRate
	if perSecond == 0 {
		// The whole budget: live answers go first through the backlog
		// gate, not by leaving the budget idle.
		perSecond = b.cfg.GlobalRate
	}
	lim := rate.NewLimiter(perSecond, max(1, int(perSecond)))
	owner := reminderOwner()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		b.reminderPass(ctx, owner, lim)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// reminderPass claims what is due, as long as the outbox is short, and
// answers it.
func (b *Bot) reminderPass(ctx context.Context, owner string, lim *rate.Limiter) {
	rs := b.cfg.Reminders
	backlog := b.cfg.ReminderBacklog
	if backlog <= 0 {
		backlog = DefaultReminderBacklog
	}
	for ctx.Err() == nil {
		n, err := rs.OutboxLen(ctx)
		if err != nil {
			return
		}
		if n >= int64(backlog) {
			// Replies first: let the sender work the queue down, then
			// carry on with what is due.
			if b.cfg.Sleep(ctx, reminderBackoff) != nil {
				return
			}
			continue
		}
		now := time.Now()
		if b.runner.Now != nil {
			now = b.runner.Now()
		}
		limit := max(1, min(backlog/2, lim.Burst()))
		due, err := rs.ClaimReminders(ctx, owner, DefaultReminderLease, now, limit)
		if err != nil {
			b.log.Warn("claim reminders", logKeyErr, err)
			return
		}
		if len(due) == 0 {
			return
		}
		for _, d := range due {
			if err := lim.Wait(ctx); err != nil {
				return // stopping: the claims lapse and the next run takes them
			}
			b.answerReminder(ctx, owner, d)
		}
		b.outFeed.wake()
	}
}

// answerReminder runs the turn of one due reminder. A failed turn gives the
// firing back, to be tried at the next pass.
func (b *Bot) answerReminder(ctx context.Context, owner string, d DueReminder) {
	log := b.log.With(logKeyChat, d.ChatID)
	res, err := func() (res dialog.Result, err error) {
		defer func() {
			if p := recover(); p != nil {
				log.Error("panic answering a reminder", "panic", fmt.Sprintf("%T", p), "stack", string(debug.Stack()))
				err = fmt.Errorf("panic")
			}
		}()
		return b.runner.Run(context.WithoutCancel(ctx), dialog.Turn{
			ChatID: d.ChatID,
			Input:  dialog.Input{Due: &dialog.Due{Key: d.Key, Payload: d.Payload}},
			Outgoing: func(st dialog.State, rs []dialog.Reply) ([][]byte, error) {
				return b.outgoing(stored{}, st.Lang, rs)
			},
		})
	}()
	if err != nil {
		log.Warn("reminder turn failed; given back", logKeyErr, b.scrub(err))
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := b.cfg.Reminders.ReleaseReminder(rctx, d.Key, owner); err != nil {
			log.Warn("release reminder", logKeyErr, err)
		}
		return
	}
	if res.Applied {
		b.met.turn(res.Events)
		b.met.reminders(res.Events)
	}
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
