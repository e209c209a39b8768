package telegram

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"bujiao/dialog"
)

// Limits and retry policy defaults. Telegram asks bots to stay under about
// one message a second per chat and about thirty a second overall; edits
// count as messages. Overall, at most DefaultGlobalRate message-class calls
// go in any window of a second plus OverallGuard, counted as they leave;
// replies take places first come, first served, ReplyBurst of them at once
// and then one every thirtieth of the window (saturated, in batches of
// SaturatedBurst). A chat may send a burst of
// DefaultChatBurst (a long answer split in parts), then one a second.
const (
	DefaultGlobalRate = 30
	DefaultChatRate   = 1
	DefaultChatBurst  = 3
	// DefaultGroupPerMinute is Telegram's limit for one group: about 20
	// messages a minute.
	DefaultGroupPerMinute = 20
	DefaultBaseBackoff    = 500 * time.Millisecond
	DefaultMaxBackoff     = 30 * time.Second
	DefaultSendTimeout    = 15 * time.Second
)

// chatLimiterSweep is how many per-chat limiters may exist before idle
// ones are dropped.
const chatLimiterSweep = 4096

// class is what an error from a Bot API call means for the caller. Every
// error of the library (and of our own getUpdates) is classified by
// classify, the one place that reads error texts: the library gives typed
// errors for 400/403/409/429 only.
type class int

const (
	classOK class = iota
	// classRetryAfter: 429; wait retryAfter, then try again (not a failure).
	classRetryAfter
	// classTransient: network errors, timeouts, 5xx, unreadable responses.
	classTransient
	// classBlocked: 403, the person blocked the bot or left the group.
	classBlocked
	// classBadHTML: Telegram could not parse our HTML; send as plain text.
	classBadHTML
	// classNotModified: an edit that changes nothing; as good as done.
	classNotModified
	// classEditGone: the message to edit is gone or cannot be edited;
	// send a new one instead.
	classEditGone
	// classConflict: 409, another poller or a webhook is set.
	classConflict
	// classPermanent: anything else; a retry cannot fix it.
	classPermanent
)

var serverErrorRE = regexp.MustCompile(`error response from telegram for method \w+, (\d+) `)

// classify maps an error onto a class, and for 429 the wait Telegram asks.
func classify(err error) (class, time.Duration) {
	if err == nil {
		return classOK, 0
	}
	var tooMany *bot.TooManyRequestsError
	var apiErr *apiError
	switch {
	case errors.As(err, &tooMany):
		return classRetryAfter, time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
	case errors.As(err, &apiErr):
		switch {
		case apiErr.code == 429:
			return classRetryAfter, time.Duration(max(apiErr.retryAfter, 1)) * time.Second
		case apiErr.code == 409:
			return classConflict, 0
		case apiErr.code >= 500:
			return classTransient, 0
		}
		return classPermanent, 0
	case errors.Is(err, context.DeadlineExceeded):
		return classTransient, 0
	case errors.Is(err, bot.ErrorForbidden):
		return classBlocked, 0
	case errors.Is(err, bot.ErrorConflict):
		return classConflict, 0
	}
	msg := err.Error()
	if errors.Is(err, bot.ErrorBadRequest) {
		switch {
		case strings.Contains(msg, "can't parse entities"):
			return classBadHTML, 0
		case strings.Contains(msg, "message is not modified"):
			return classNotModified, 0
		case strings.Contains(msg, "message to edit not found"), strings.Contains(msg, "message can't be edited"),
			strings.Contains(msg, "MESSAGE_ID_INVALID"):
			return classEditGone, 0
		}
		return classPermanent, 0
	}
	var ue *url.Error
	var ne net.Error
	if errors.As(err, &ue) || errors.As(err, &ne) {
		return classTransient, 0
	}
	if m := serverErrorRE.FindStringSubmatch(msg); m != nil {
		if code, _ := strconv.Atoi(m[1]); code >= 500 {
			return classTransient, 0
		}
		return classPermanent, 0
	}
	if strings.Contains(msg, "error decode response body") || strings.Contains(msg, "error read response body") {
		return classTransient, 0
	}
	return classPermanent, 0
}

// limits holds Telegram's budget: an overall window and a per-chat
// limiter for message-class calls (sends and edits). Other calls
// (answerCallbackQuery, getMe, setMyCommands) do not take from it and
// never wait behind it.
type limits struct {
	chatRate  rate.Limit
	chatBurst int
	mu        sync.Mutex
	chats     map[int64]*rate.Limiter

	// booked is the overall budget, in places: at most max calls in any
	// span (DefaultGlobalRate in a second plus OverallGuard). A reply
	// books the first place free, behind every place booked before it
	// (first come, first served), and sleeps until its time; with room in
	// the window and the pace below that is now, so up to ReplyBurst
	// replies go at once instead of a 30th of a second apart. Nil: no
	// overall limit. booked and paceNext are guarded by winMu.
	booked *window
	// paceNext and paceEvery smooth the replies' places (a token bucket in
	// GCRA form, booked like the window): ReplyBurst may go at once, then
	// one every paceEvery, the window's sustained rate. A window alone
	// lets thirty go together, and in a crowd at a human pace those thirty
	// read their answers together and write again together: the clump
	// comes back every think time, and whoever finds the window full
	// waits a whole second.
	paceNext  time.Time
	paceEvery time.Duration
	// epoch is the origin of the grid of saturated batches (batchEvery),
	// set at the first batch.
	epoch time.Time
	// bgPace spaces background messages evenly at the window's rate: a
	// burst of them taking every place at once would queue for a place in
	// flight (outbox.go, takeOff), and a reply arriving then would wait
	// behind all of them there. Nil with booked.
	bgPace *rate.Limiter
	// A booked place is a promise of a time: after a stall (a paused
	// process, a starved CPU) every goroutine whose time passed would go
	// at once. The windows of calls actually leaving are the hard caps:
	// overall as booked, at most GroupPerMinute to one group in any
	// minute.
	winMu   sync.Mutex
	overall *window
	groups  map[int64]*window
	groupN  int

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	// replies counts live replies waiting for a place: while any waits,
	// background messages take none (see waitFor).
	replies atomic.Int32
	// leaveWaits counts the waits of calls at leave for the windows of
	// calls that left (a booked place that came before its window had
	// room): each is one more wake of the process (TestLoad).
	leaveWaits atomic.Int64
	// cfg, with a Cluster, selects the shared budget instead (cluster.go).
	cfg *Config
}

// headroom keeps the per-chat limiter 3 % under its stated rate: its calls
// leave evenly spaced, but arrive with network jitter, and Telegram counts
// arrivals.
const headroom = 0.97

func withHeadroom(l rate.Limit) rate.Limit {
	if l == rate.Inf {
		return l
	}
	return l * headroom
}

// ReplyBurst is how many replies may leave at once, before the rest are
// spaced at the overall rate (limits.paceNext).
var ReplyBurst = 5

// SaturatedBurst is how many replies leave together once the sender is
// saturated (a whole window of replies booked ahead): their places are
// booked in batches on a grid (limits.batchEvery) instead of one every
// thirtieth of the window. Each send starts the next step of its chat
// (the person's next update, its turn, its commit, its send), and sent
// one at a time every 33 ms the whole chain wakes the idle process once
// for each: in batches it runs once for the batch. Below saturation the
// pace holds (ReplyBurst, paceEvery): a reply then waits less than a
// window anyway, and a crowd at a human pace keeps its even spacing. 1 or
// less: no batches.
var SaturatedBurst = 10

// SaturatedSlack lengthens the grid's cycle (the window's n places in its
// batches) past the window's span. A batch's calls are counted in the
// window of calls that left as they leave, a little after their booked
// time (the timer's and the scheduler's delay, the work before the call);
// the batch a cycle later, booked on the grid, finds that window still
// full if the delay was more than the slack, and each of its calls waits
// there on its own: one more wake each, and the delay carries over to the
// next cycle, so it grows until the sends in waiting (the senders) run
// out and every send waits twice. 2 ms was too little on a loaded 2-core
// machine (TestLoad: 0.8-1.1 waits at leave an update; 10 ms: 0.01-0.24,
// 20 ms: 0-0.09). It costs rate at saturation only: 30 in 1.02 s (the
// second, the guard and the slack)
// is 29.4 a second.
var SaturatedSlack = 10 * time.Millisecond

// OverallGuard lengthens the overall window past the second Telegram
// counts in. A call is counted where it leaves this process (leave, after
// the outbox's own waits for its claim and a place in flight), Telegram
// counts it where it arrives, and the two differ by a delay that varies
// (the HTTP client, the connection, the network). If no call arrives more
// than OverallGuard later, relative to another, than it was counted, no
// second of Telegram's clock holds more than the rate: calls that arrive
// within one second left within one second plus the guard. The guard
// costs rate: 30 in 1.01 s is 29.7 a second (the 3 % headroom the limiter
// had before, 31 ms, is 29.1 a second, less than a crowd of 150 at a 5 s
// pace asks for).
var OverallGuard = 10 * time.Millisecond

// overallWindow is the overall window for rate calls a second: n calls in
// span, never more than rate in any second (n is rate rounded down, at
// least one, over the span that keeps it within the rate), plus guard.
func overallWindow(r rate.Limit, guard time.Duration) (n int, span time.Duration) {
	n = max(1, int(math.Floor(float64(r))))
	span = max(time.Second, time.Duration(float64(n)/float64(r)*float64(time.Second)))
	return n, span + max(guard, 0)
}

// replySpare is the place in the overall window that background messages
// leave for the next reply: a reply arriving in a burst of reminders goes
// at once instead of waiting for the next place to free. The budget is
// unchanged: a background message takes a place only with the spare one
// left, so replies and background messages together stay within it.
const replySpare = 1

func newLimits(cfg *Config) *limits {
	l := &limits{
		chatRate:  withHeadroom(cfg.ChatRate),
		chatBurst: cfg.ChatBurst,
		chats:     map[int64]*rate.Limiter{},
		groups:    map[int64]*window{},
		groupN:    cfg.GroupPerMinute,
		now:       time.Now,
		sleep:     cfg.Sleep,
		cfg:       cfg,
	}
	if cfg.GlobalRate != rate.Inf && cfg.GlobalRate > 0 {
		n, span := overallWindow(cfg.GlobalRate, OverallGuard)
		l.booked = newWindow(span, n)
		l.overall = newWindow(span, n)
		l.bgPace = rate.NewLimiter(rate.Limit(float64(n)/span.Seconds()), 1)
		l.paceEvery = span / time.Duration(n)
	}
	return l
}

// window counts the calls of the last span; at most max fit.
type window struct {
	span  time.Duration
	max   int
	times []time.Time // oldest first
}

func newWindow(span time.Duration, n int) *window { return &window{span: span, max: n} }

// wait is how long until one more call fits (0: now).
func (w *window) wait(now time.Time) time.Duration { return w.waitLeaving(now, 0) }

// drop forgets the calls that left the window by now.
func (w *window) drop(now time.Time) {
	i := 0
	for i < len(w.times) && now.Sub(w.times[i]) >= w.span {
		i++
	}
	w.times = w.times[i:]
}

// waitLeaving is wait for a call that must leave spare places free. Times
// booked ahead count: the wait is then past them.
func (w *window) waitLeaving(now time.Time, spare int) time.Duration {
	w.drop(now)
	n := max(w.max-spare, 1)
	if len(w.times) < n {
		return 0
	}
	return w.times[len(w.times)-n].Add(w.span).Sub(now)
}

func (w *window) take(now time.Time) { w.times = append(w.times, now) }

// book books the first place at or after now (and notBefore) behind every
// place booked before it, and returns its time.
func (w *window) book(now, notBefore time.Time) time.Time {
	at := w.next(now, notBefore)
	w.times = append(w.times, at)
	return at
}

// next is the place book would book, without booking it.
func (w *window) next(now, notBefore time.Time) time.Time {
	w.drop(now)
	at := later(now, notBefore)
	if k := len(w.times); k > 0 {
		at = later(at, w.times[k-1])
		if k >= w.max {
			at = later(at, w.times[k-w.max].Add(w.span))
		}
	}
	return at
}

// roundUpGrid is the first point of the grid epoch + i*g (any integer i)
// at or after t.
func roundUpGrid(t, epoch time.Time, g time.Duration) time.Time {
	d := t.Sub(epoch)
	q := d / g
	if d > 0 && d%g != 0 {
		q++
	}
	return epoch.Add(q * g)
}

// unbook gives back a place booked at at (the caller gave up waiting).
// Places booked after it keep their times.
func (w *window) unbook(at time.Time) {
	for i := len(w.times) - 1; i >= 0; i-- {
		if w.times[i].Equal(at) {
			w.times = append(w.times[:i], w.times[i+1:]...)
			return
		}
	}
}

// freeNow reports whether a call may take a place now leaving spare
// places free, with no place booked ahead of it.
func (w *window) freeNow(now time.Time, spare int) bool {
	if k := len(w.times); k > 0 && w.times[k-1].After(now) {
		return false
	}
	return w.waitLeaving(now, spare) <= 0
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// groupWindowSweep is how many group windows may exist before idle ones
// are dropped.
const groupWindowSweep = 1024

// admit waits until a call to chatID fits the overall window and, for a
// group, the group's, and counts it in both at once.
func (s *limits) admit(ctx context.Context, chatID int64) error {
	return s.admitLeaving(ctx, chatID, 0)
}

// admitLeaving is admit leaving spare places of the overall window free
// (a background message leaves replySpare for a reply).
func (s *limits) admitLeaving(ctx context.Context, chatID int64, spare int) error {
	for {
		s.winMu.Lock()
		now := s.now()
		var d time.Duration
		if s.overall != nil {
			d = s.overall.waitLeaving(now, spare)
		}
		var g *window
		if chatID < 0 && s.groupN > 0 {
			g = s.groups[chatID]
			if g == nil {
				if len(s.groups) >= groupWindowSweep {
					for id, w := range s.groups {
						if w.wait(now) == 0 && len(w.times) == 0 {
							delete(s.groups, id)
						}
					}
				}
				g = newWindow(time.Minute, s.groupN)
				s.groups[chatID] = g
			}
			d = max(d, g.wait(now))
		}
		if d <= 0 {
			if s.overall != nil {
				s.overall.take(now)
				if s.cfg != nil && s.cfg.onLeave != nil {
					s.cfg.onLeave(now)
				}
			}
			if g != nil {
				g.take(now)
			}
			s.winMu.Unlock()
			return nil
		}
		s.winMu.Unlock()
		s.leaveWaits.Add(1)
		if err := s.sleep(ctx, d); err != nil {
			return err
		}
	}
}

// leave admits a call booked with waitBooked as it leaves: the windows of
// calls that left (overall and the group's) count it now, and with no room
// it waits. The outbox renews a message's claim and waits for a place in
// flight between the two (outbox.go), and Telegram counts calls as they
// arrive: thirty replies let through together leave as places in flight
// free, and counted when let through they could make a second of more
// than the rate with the next thirty. With the shared budget (cluster.go)
// it does nothing: there, a late slot is booked again.
func (s *limits) leave(ctx context.Context, chatID int64, background bool) error {
	if s.cfg != nil && s.cfg.Cluster != nil {
		return nil
	}
	if background {
		return s.admitLeaving(ctx, chatID, replySpare)
	}
	return s.admit(ctx, chatID)
}

// batchEvery is the grid of saturated batches (SaturatedBurst): the
// window's n places in m batches of up to SaturatedBurst, m batches a
// span plus SaturatedSlack. 0: no batches.
func (s *limits) batchEvery() time.Duration {
	k := SaturatedBurst
	if k <= 1 || s.booked == nil || s.booked.max <= 1 {
		return 0
	}
	m := (s.booked.max + k - 1) / k
	cycle := s.booked.span + max(SaturatedSlack, 0)
	return (cycle + time.Duration(m) - 1) / time.Duration(m)
}

// sleepCtx waits d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (s *limits) chatLimiter(chatID int64, now time.Time) *rate.Limiter {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.chats[chatID]
	if l == nil {
		if len(s.chats) >= chatLimiterSweep {
			for id, cl := range s.chats {
				if cl.TokensAt(now) >= float64(s.chatBurst) {
					delete(s.chats, id)
				}
			}
		}
		l = rate.NewLimiter(s.chatRate, s.chatBurst)
		s.chats[chatID] = l
	}
	return l
}

// wait takes a token from the chat's limiter, then a place in the overall
// window, sleeping as each requires: the overall place is booked only when
// the chat may send, so a chat waiting for its turn does not hold up the
// overall budget.
func (s *limits) wait(ctx context.Context, chatID int64) error {
	return s.waitFor(ctx, chatID, false)
}

// backgroundPoll bounds how often a background message waiting for the
// limiters looks again.
const backgroundPoll = 20 * time.Millisecond

// waitFor is wait for a live reply (background false). A background
// message never books a place ahead (a place in the line that a reply
// arriving later would have to wait behind): it takes one only when the
// chat has a token and the window a place now, no reply is waiting, and
// the spare place stays free; otherwise it looks again a little later.
func (s *limits) waitFor(ctx context.Context, chatID int64, background bool) error {
	if err := s.waitBooked(ctx, chatID, background); err != nil {
		return err
	}
	return s.leave(ctx, chatID, background)
}

// waitBooked is waitFor up to the call's booked place: the caller then
// calls leave right before the call.
func (s *limits) waitBooked(ctx context.Context, chatID int64, background bool) error {
	if s.cfg != nil && s.cfg.Cluster != nil {
		// One budget for all instances (cluster.go): replies book their
		// slot and queue; background messages take only a slot free now,
		// so a reply from any instance is booked ahead of them.
		if !background {
			s.replies.Add(1)
			defer s.replies.Add(-1)
		}
		return s.sharedWait(ctx, chatID, background)
	}
	if !background {
		s.replies.Add(1)
		defer s.replies.Add(-1)
		return s.waitReply(ctx, chatID)
	}
	for {
		if s.replies.Load() == 0 && s.takeNow(chatID) {
			return nil
		}
		poll := backgroundPoll
		if s.booked != nil {
			// Look again when a place frees, no later: a place left
			// unused until the next look is budget lost.
			now := s.now()
			s.winMu.Lock()
			d := s.booked.waitLeaving(now, replySpare)
			s.winMu.Unlock()
			if short := 1 - s.bgPace.TokensAt(now); short > 0 {
				// A tenth of a millisecond more: the bucket's float sums
				// must not leave it a hair short at the look.
				d = max(d, time.Duration(short/float64(s.bgPace.Limit())*float64(time.Second))+100*time.Microsecond)
			}
			if d <= 0 {
				// The window has room but the chat has no token, or a
				// reply waits: a quarter of the even interval.
				d = s.booked.span / time.Duration(4*s.booked.max)
			}
			poll = min(poll, d)
		}
		if err := s.sleep(ctx, max(poll, time.Millisecond)); err != nil {
			return err
		}
	}
}

// takeNow takes a token from the chat's limiter, one from the background
// pace and a place in the overall window if all have one now, and none
// otherwise. Of the window it takes only with the spare place left
// (replySpare) and no place booked ahead.
func (s *limits) takeNow(chatID int64) bool {
	now := s.now()
	chat := s.chatLimiter(chatID, now)
	s.winMu.Lock()
	defer s.winMu.Unlock()
	if s.booked != nil && !s.booked.freeNow(now, replySpare) {
		return false
	}
	rc := chat.ReserveN(now, 1)
	if !rc.OK() || rc.DelayFrom(now) > 0 {
		rc.CancelAt(now)
		return false
	}
	if s.booked != nil {
		rp := s.bgPace.ReserveN(now, 1)
		if !rp.OK() || rp.DelayFrom(now) > 0 {
			rp.CancelAt(now)
			rc.CancelAt(now)
			return false
		}
		s.booked.take(now)
	}
	return true
}

// waitReply waits for the chat's token, then books a place in the overall
// window and sleeps until it, then admits the call on the windows of calls
// that left.
func (s *limits) waitReply(ctx context.Context, chatID int64) error {
	if err := s.reserve(ctx, s.chatLimiter(chatID, s.now())); err != nil {
		return err
	}
	if s.booked != nil {
		now := s.now()
		s.winMu.Lock()
		var at time.Time
		if g := s.batchEvery(); g > 0 && s.paceNext.Sub(now) >= s.booked.span {
			// Saturated: a window of replies is booked ahead already.
			// Places go in batches on a grid of g, the window's n in m
			// batches, so the sends, and the chain each send starts
			// again (the next update, its turn, its commit), run
			// SaturatedBurst at a time instead of one every paceEvery.
			if s.epoch.IsZero() {
				s.epoch = now
			}
			at = roundUpGrid(s.booked.next(now, now), s.epoch, g)
			s.booked.take(at)
		} else {
			burst := time.Duration(max(ReplyBurst, 1) - 1)
			at = s.booked.book(now, s.paceNext.Add(-burst*s.paceEvery))
		}
		s.paceNext = later(s.paceNext, at).Add(s.paceEvery)
		s.winMu.Unlock()
		if d := at.Sub(now); d > 0 {
			if err := s.sleep(ctx, d); err != nil {
				s.winMu.Lock()
				s.booked.unbook(at)
				s.winMu.Unlock()
				return err
			}
		}
	}
	return nil
}

func (s *limits) reserve(ctx context.Context, l *rate.Limiter) error {
	now := s.now()
	r := l.ReserveN(now, 1)
	d := r.DelayFrom(now)
	if d <= 0 {
		return nil
	}
	if err := s.sleep(ctx, d); err != nil {
		r.CancelAt(now)
		return err
	}
	return nil
}

// backoff is the wait before retry number try+1: exponential, capped, with
// "equal jitter" (half fixed, half random) so retries of many chats spread.
func backoff(base, maxDelay time.Duration, try int) time.Duration {
	d := base << min(try-1, 20)
	if d <= 0 || d > maxDelay {
		d = maxDelay
	}
	half := d / 2
	return half + rand.N(half+1)
}

// keyboard builds an inline keyboard; every button carries callback data
// (a button with only a text is refused by Telegram, see telegram.md).
func keyboard(rows [][]dialog.Button) models.ReplyMarkup {
	var kb [][]models.InlineKeyboardButton
	for _, row := range rows {
		var r []models.InlineKeyboardButton
		for _, b := range row {
			if b.Data == "" || len(b.Data) > dialog.MaxButtonData {
				continue
			}
			label := b.Label
			if strings.TrimSpace(label) == "" {
				label = b.Data
			}
			r = append(r, models.InlineKeyboardButton{Text: label, CallbackData: b.Data})
		}
		if len(r) > 0 {
			kb = append(kb, r)
		}
	}
	if len(kb) == 0 {
		return nil
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: kb}
}
