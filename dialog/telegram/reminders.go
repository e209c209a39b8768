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
// Replies first, at every step (issue 23: a burst of due reminders never
// delays a live answer):
//   - Claims. The store hands out entries due at once (people's messages)
//     before scheduled ones, and, where it can (cappedClaimer), no more
//     reminders than the lane below holds (reminderHeld): a burst is not
//     claimed in hundreds only to be given back, two long write
//     transactions a pass in the way of people's messages.
//   - Turns. Reminder entries run in a lane of their own (Bot.remTurns,
//     reminderWorkers), never in the queue of people's turns, and a
//     reminder's turn starts only while no person's turn is queued or
//     running (up to reminderYield), and only while the outbox holds
//     fewer than ReminderBacklog messages (default 60, two seconds of
//     Telegram's 30 a second). It waits holding its claim (renewed by the
//     feeder), so waiting writes nothing.
//   - Sends. A reminder's messages are Background rows: the sender sends
//     them from a pool of their own, only with limiter tokens free now,
//     no reply waiting, and a token and a place in the second's window
//     left over for a reply that comes next (send.go).

// Reminder lane sizes: one worker (a reminder's turn takes milliseconds;
// thirty a second is all the budget sends), two queued, and a few more
// held by the feeder so the lane never waits for a claim.
const (
	reminderWorkers = 1
	reminderLane    = 2
	reminderHeld    = 8
)

// reminderYield bounds how long a due reminder gives way to people's
// turns: under a steady crowd, reminders still go out, a turn at a time.
const reminderYield = 2 * time.Second

// reminderPoll is how often a waiting reminder looks again.
const reminderPoll = 10 * time.Millisecond

// cappedClaimer is a store that caps the reminders of a claim; *store.DB
// is one.
type cappedClaimer interface {
	ClaimInboxCapped(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]persist.Inbound, error)
}

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

// applyReminder runs the turn of a due reminder entry once people's turns
// and the outbox leave room for it.
func (b *Bot) applyReminder(stop context.Context, j job) {
	// The lane has room again: the next due reminder is claimed now, not
	// at the next tick of the feeder (a pass per second would hold a
	// burst to reminderHeld a second).
	defer b.inFeed.wake()
	log := b.log.With(logKeyChat, j.chat)
	backlog := b.cfg.ReminderBacklog
	if backlog <= 0 {
		backlog = DefaultReminderBacklog
	}
	if !b.reminderMayGo(stop, backlog) {
		return // stopping: the entry stays and is answered after the restart
	}
	ctx := context.WithoutCancel(stop)
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

// reminderMayGo waits until a reminder's turn may run: no person's turn
// queued or running (for up to reminderYield), and room in the outbox. It
// reports false when stop is done first.
func (b *Bot) reminderMayGo(stop context.Context, backlog int) bool {
	yield := reminderYield
	if b.cfg.yieldFor > 0 {
		yield = b.cfg.yieldFor
	}
	yieldUntil := time.Now().Add(yield)
	var checked time.Time
	for {
		if b.turns.busy() && time.Now().Before(yieldUntil) {
			if sleepCtx(stop, reminderPoll) != nil {
				return false
			}
			continue
		}
		// The outbox is counted at most every few polls: a read of both
		// tables, not worth doing every 10 ms.
		if time.Since(checked) >= 5*reminderPoll {
			checked = time.Now()
			ctx, cancel := context.WithTimeout(stop, 5*time.Second)
			bl, err := b.mb.Backlog(ctx)
			cancel()
			if err != nil || bl.OutboxWaiting < int64(backlog) {
				return stop.Err() == nil
			}
		}
		if sleepCtx(stop, reminderPoll) != nil {
			return false
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
