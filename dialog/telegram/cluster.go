package telegram

import (
	"context"
	"errors"
	"strconv"
	"time"

	"bujiao/dialog/persist"
)

// Several instances of the bot on one shared store (Config.Cluster, e.g.
// PostgreSQL) agree through it: one polls (the poller lease), all accept
// one webhook secret, one at a time registers the webhook (the webhook
// lease), and every message-class call of every instance books its slot
// in the shared budget. Without a Cluster the bot is alone and keeps all
// of it in memory, as before.

// Leases of the bot. The poller's is short, so that another instance
// polls within seconds of the poller's death; it is renewed three times a
// lease. The webhook's only keeps instances that start together from
// registering one after another.
const (
	PollerLease  = 5 * time.Second
	WebhookLease = time.Minute
)

// ReplyMaxWait is how long a reply may queue for a slot of the shared
// budget before the sender tries again.
const ReplyMaxWait = 30 * time.Second

// leadPoll runs poll while this instance holds the poller lease, and
// waits for it otherwise; it returns when ctx is done. Losing the lease
// (it could not be renewed in time, or the store says another holds it)
// stops the poll at once: two pollers only make Telegram answer 409.
func (b *Bot) leadPoll(ctx context.Context) {
	c := b.cfg.Cluster
	owner := b.cfg.Owner
	defer func() {
		uctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		c.Unlease(uctx, persist.LeasePoller, owner)
	}()
	for ctx.Err() == nil {
		l, err := c.Lease(ctx, persist.LeasePoller, owner, PollerLease)
		if err != nil || !l.Held {
			if err != nil && ctx.Err() == nil {
				b.log.Warn("take the poller lease; retrying", logKeyErr, err)
			}
			if sleepCtx(ctx, PollerLease/3) != nil {
				return
			}
			continue
		}
		b.log.Info("polling: this instance holds the poller lease", "fence", l.Fence)
		pctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); b.poll(pctx) }()
		b.keepLease(pctx, persist.LeasePoller, l, PollerLease)
		stop()
		<-done
		if ctx.Err() == nil {
			b.log.Warn("poller lease lost; another instance polls now")
		}
	}
}

// keepLease renews a held lease three times a lease and returns when ctx
// is done or the lease is lost: renewal refused, its fence changed (it
// lapsed and changed hands in between), or not renewed before it lapses.
func (b *Bot) keepLease(ctx context.Context, name string, held persist.LeaseState, ttl time.Duration) {
	until := time.Now().Add(ttl)
	for sleepCtx(ctx, ttl/3) == nil {
		l, err := b.cfg.Cluster.Lease(ctx, name, b.cfg.Owner, ttl)
		switch {
		case err == nil && l.Held && l.Fence == held.Fence:
			until = time.Now().Add(ttl)
		case err == nil:
			return
		case time.Now().After(until):
			return
		}
	}
}

// shareSecret makes every instance use one webhook secret: the one given
// (Config.WebhookSecret, from --webhook-secret-file), or the one the first
// instance stored, or, for the first, its own random one.
func (b *Bot) shareSecret(ctx context.Context) error {
	if b.cfg.WebhookSecret != "" || b.cfg.Cluster == nil {
		return nil
	}
	s, err := b.cfg.Cluster.SettingOnce(ctx, persist.SettingWebhookSecret, b.secret)
	if err != nil {
		return err
	}
	b.secret = s
	return nil
}

// mayRegister reports whether this instance registers the webhook now:
// alone, always; with others, the one that takes the webhook lease (kept
// for WebhookLease, so instances starting together register once).
func (b *Bot) mayRegister(ctx context.Context) (bool, error) {
	if b.cfg.Cluster == nil {
		return true, nil
	}
	l, err := b.cfg.Cluster.Lease(ctx, persist.LeaseWebhook, b.cfg.Owner, WebhookLease)
	if err != nil {
		return false, err
	}
	return l.Held, nil
}

// sharedWait books the next slot of the shared budget for a message to
// chatID and sleeps until it: the bot's rate, the chat's and, for a group
// (negative ids), the group's per minute. A background message never books
// a slot ahead (that would be a place in the line a reply booked later
// waits behind): it takes one only while this instance has no reply
// waiting and the slot is free now (maxWait 0), and otherwise looks again
// a little later. Replies of other instances waiting cannot be seen here,
// but they have booked their slots already, so a background message finds
// the budget taken and waits.
func (s *limits) sharedWait(ctx context.Context, chatID int64, background bool) error {
	buckets := persist.Buckets(chatID, false, float64(s.cfg.GlobalRate), float64(s.cfg.ChatRate), s.cfg.ChatBurst)
	if chatID < 0 && s.cfg.GroupPerMinute > 0 {
		buckets = append(buckets, persist.Bucket{Key: "group:" + strconv.FormatInt(chatID, 10),
			Interval: time.Minute / time.Duration(s.cfg.GroupPerMinute), Burst: 1})
	}
	for {
		if background && s.replies.Load() > 0 {
			if err := s.sleep(ctx, backgroundPoll); err != nil {
				return err
			}
			continue
		}
		maxWait := ReplyMaxWait
		if background {
			maxWait = 0
		}
		err := persist.WaitSlot(ctx, s.cfg.Cluster, maxWait, buckets...)
		var be *persist.BudgetError
		switch {
		case err == nil:
			return nil
		case background && errors.As(err, &be):
			if err := s.sleep(ctx, max(time.Millisecond, min(be.Wait, backgroundPoll))); err != nil {
				return err
			}
		case errors.As(err, &be):
			// More than ReplyMaxWait queued ahead: wait part of it, then
			// book again.
			if err := s.sleep(ctx, min(be.Wait-ReplyMaxWait, ReplyMaxWait)); err != nil {
				return err
			}
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			// The store is away: the send waits for it (it could not
			// record the message as sent either).
			if err := s.sleep(ctx, time.Second); err != nil {
				return err
			}
		}
	}
}
