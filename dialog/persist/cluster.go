package persist

import (
	"context"
	"errors"
	"strconv"
	"time"
)

// Cluster is what several instances of the bot sharing one store use to
// agree with each other, besides the claims of the Mailbox (which already
// keep one chat with one owner at a time):
//
//   - named leases: exactly one instance polls getUpdates (LeasePoller),
//     one at a time registers the webhook (LeaseWebhook);
//   - settings written once: the webhook secret, chosen by the first
//     instance that registers and read by every other;
//   - one Telegram budget: every message-class call of every instance
//     reserves a slot in shared rate buckets (the whole bot, the chat, the
//     group) before it goes out.
//
// Every time is the store's clock, never the instances': leases and
// budgets stay right when the machines' clocks disagree. A store that
// serves one machine only (SQLite) need not implement it; the bot then
// keeps its leases and budget in memory.
type Cluster interface {
	// Lease takes the named lease for owner for ttl, or renews it if owner
	// holds it. held reports whether owner holds it now; if not, holder is
	// the owner that does. fence grows by one each time the lease changes
	// hands, so that work done under an older holding can be told apart.
	Lease(ctx context.Context, name, owner string, ttl time.Duration) (l LeaseState, err error)
	// Unlease gives the lease up at once if owner holds it (a clean stop:
	// the next instance need not wait for it to lapse).
	Unlease(ctx context.Context, name, owner string) error
	// SettingOnce returns the value stored under name; if there is none it
	// stores value first. The first writer wins, every later caller gets
	// its value.
	SettingOnce(ctx context.Context, name, value string) (string, error)
	// Reserve books the next send slot common to all the buckets, and
	// returns how long to wait before sending. If that wait would exceed
	// maxWait nothing is booked and ErrBudget is returned with the wait
	// (background sends pass 0: they take only a slot that is free now, so
	// replies, which pass a longer maxWait, queue ahead of them).
	Reserve(ctx context.Context, maxWait time.Duration, buckets ...Bucket) (wait time.Duration, err error)
}

// LeaseState is the answer of Cluster.Lease.
type LeaseState struct {
	Held   bool
	Holder string
	Until  time.Time
	Fence  int64
}

// Names of the leases the bot takes.
const (
	LeasePoller  = "telegram.poller"
	LeaseWebhook = "telegram.webhook"
)

// SettingWebhookSecret names the stored webhook secret.
const SettingWebhookSecret = "telegram.webhook_secret"

// Bucket is one shared rate: one send every Interval on average, with up
// to Burst sends at once. Key names it ("bot", "chat:<id>", "group:<id>").
type Bucket struct {
	Key      string
	Interval time.Duration
	Burst    int
}

// BudgetError is returned by Reserve when the first free slot is further
// away than maxWait: nothing was booked; try again after Wait.
type BudgetError struct{ Wait time.Duration }

func (e *BudgetError) Error() string {
	return "send budget: the next free slot is " + e.Wait.String() + " away"
}

// ErrBudget matches a *BudgetError with errors.Is.
var ErrBudget = errors.New("send budget exhausted for now")

// Is makes errors.Is(err, ErrBudget) true for a *BudgetError.
func (e *BudgetError) Is(target error) bool { return target == ErrBudget }

// SharedHeadroom keeps the shared budget 15 % under its stated rate. The
// slots are booked evenly spaced at the store's clock, but each send
// leaves after a round trip to the store, a sleep and the lease check, and
// those delays vary on a busy machine: a late send then lands next to an
// on-time one, and n sends can fall in one second where the slots spread
// them over 1 s + the jitter. WaitSlot drops a slot it woke too late for
// (LateSlot), and the headroom absorbs what remains. Measured on 2 busy
// cores: 3 % gave peaks of 103–106 a second at 100/s (TestReserveSharedBudget);
// 10 % gave 289–300 at 300/s with three bujiao bot processes
// (TestBotInstancesOnPostgres), too close to the limit.
const SharedHeadroom = 0.85

// LateSlot is how late after its booked slot WaitSlot still sends; a
// sender that woke later books a new slot instead, so that late sends do
// not bunch up with on-time ones.
const LateSlot = 40 * time.Millisecond

// WaitSlot books a slot in the shared budget and sleeps until it, and
// returns when the send may go. Replies pass a maxWait of seconds and
// queue; background sends pass 0 and get ErrBudget (with the wait) while
// the budget is taken.
func WaitSlot(ctx context.Context, c Cluster, maxWait time.Duration, buckets ...Bucket) error {
	for {
		wait, err := c.Reserve(ctx, maxWait, buckets...)
		if err != nil {
			return err
		}
		at := time.Now().Add(wait)
		if wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
		if time.Since(at) <= LateSlot {
			return nil
		}
	}
}

// Buckets are the shared Telegram limits of one send: the whole bot
// (perSecond, spaced evenly), the chat (chatPerSecond with a burst of
// chatBurst, so a long answer's parts go at once) and, for a group, 20 a
// minute (one every 3 s). Zero or negative rates leave a bucket out.
func Buckets(chatID int64, group bool, perSecond, chatPerSecond float64, chatBurst int) []Bucket {
	var out []Bucket
	if perSecond > 0 {
		out = append(out, Bucket{Key: "bot", Interval: interval(perSecond * SharedHeadroom), Burst: 1})
	}
	if chatPerSecond > 0 {
		out = append(out, Bucket{Key: "chat:" + strconv.FormatInt(chatID, 10), Interval: interval(chatPerSecond * SharedHeadroom), Burst: max(chatBurst, 1)})
	}
	if group {
		out = append(out, Bucket{Key: "group:" + strconv.FormatInt(chatID, 10), Interval: GroupInterval, Burst: 1})
	}
	return out
}

// GroupInterval is Telegram's 20 messages a minute to one group.
const GroupInterval = 3 * time.Second

func interval(perSecond float64) time.Duration {
	return time.Duration(float64(time.Second) / perSecond)
}
