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
// count as messages. The overall limiter has a burst of one, so it never
// allows more than DefaultGlobalRate message-class calls in any second;
// a chat may send a burst of DefaultChatBurst (a long answer split in
// parts), then one a second.
const (
	DefaultGlobalRate  = 30
	DefaultGlobalBurst = 1
	DefaultChatRate    = 1
	DefaultChatBurst   = 3
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

// limits holds Telegram's budget: a global and a per-chat limiter for
// message-class calls (sends and edits). Other calls (answerCallbackQuery,
// getMe, setMyCommands) do not take from it and never wait behind it.
type limits struct {
	global    *rate.Limiter
	chatRate  rate.Limit
	chatBurst int
	mu        sync.Mutex
	chats     map[int64]*rate.Limiter

	// The rate limiters space calls evenly, but a reservation is a promise
	// of a time: after a stall (a paused process, a starved CPU) every
	// goroutine whose time passed would go at once. The windows are the
	// hard caps, counted on the times calls actually leave: at most
	// floor(GlobalRate) in any second, at most GroupPerMinute to one
	// group in any minute.
	winMu   sync.Mutex
	overall *window
	groups  map[int64]*window
	groupN  int

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	// replies counts live replies waiting for a token: while any waits,
	// background messages take none (see waitFor).
	replies atomic.Int32
	// cfg, with a Cluster, selects the shared budget instead (cluster.go).
	cfg *Config
}

// headroom keeps the limiters 3 % under their stated rates: calls leave
// evenly spaced, but arrive with network jitter, and Telegram counts
// arrivals. At 30 a second, 31 calls then span 1.03 s, not exactly 1 s.
const headroom = 0.97

func withHeadroom(l rate.Limit) rate.Limit {
	if l == rate.Inf {
		return l
	}
	return l * headroom
}

// replySpare is the token, and the place in the second's window, that
// background messages leave for the next reply: a reply arriving in a
// burst of reminders goes at once instead of waiting for the next token
// (up to a 30th of a second, every time). The overall rate is unchanged:
// a background message takes a token only with the spare one left, so
// replies and background messages together stay within the limiter, and
// the window still caps any second at the budget.
const replySpare = 1

func newLimits(cfg *Config) *limits {
	l := &limits{
		global:    rate.NewLimiter(withHeadroom(cfg.GlobalRate), cfg.GlobalBurst+replySpare),
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
		l.overall = newWindow(time.Second, max(1, int(math.Floor(float64(cfg.GlobalRate)))))
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

// waitLeaving is wait for a call that must leave spare places free.
func (w *window) waitLeaving(now time.Time, spare int) time.Duration {
	i := 0
	for i < len(w.times) && now.Sub(w.times[i]) >= w.span {
		i++
	}
	w.times = w.times[i:]
	n := max(w.max-spare, 1)
	if len(w.times) < n {
		return 0
	}
	return w.times[len(w.times)-n].Add(w.span).Sub(now)
}

func (w *window) take(now time.Time) { w.times = append(w.times, now) }

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
		now := s.now()
		s.winMu.Lock()
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
			}
			if g != nil {
				g.take(now)
			}
			s.winMu.Unlock()
			return nil
		}
		s.winMu.Unlock()
		if err := s.sleep(ctx, d); err != nil {
			return err
		}
	}
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

// wait takes a token from the chat's limiter, then one from the global
// limiter, sleeping as each requires: the global token is taken only when
// the chat may send, so a chat waiting for its turn does not use up the
// overall budget.
func (s *limits) wait(ctx context.Context, chatID int64) error {
	return s.waitFor(ctx, chatID, false)
}

// backgroundPoll bounds how often a background message waiting for the
// limiters looks again.
const backgroundPoll = 20 * time.Millisecond

// waitFor is wait for a live reply (background false). A background
// message never reserves a future token (a reservation is a place in the
// line that a reply arriving later would have to wait behind): it takes
// tokens only when both limiters have one now and no reply is waiting,
// and otherwise looks again a little later.
func (s *limits) waitFor(ctx context.Context, chatID int64, background bool) error {
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
		if s.replies.Load() == 0 && s.takeNow(s.chatLimiter(chatID, s.now())) {
			return s.admitLeaving(ctx, chatID, replySpare)
		}
		poll := backgroundPoll
		if lim := s.global.Limit(); lim > 0 && lim != rate.Inf {
			// Look again when the global bucket is full, no later: a
			// token left unused until the next look is budget lost (at
			// 30/s, polling once an interval sent a burst at about 22 a
			// second, a quarter of an interval about 25).
			now := s.now()
			full := (float64(s.global.Burst()) - s.global.TokensAt(now)) / float64(lim)
			// A tenth of a millisecond more: the bucket's float sums
			// must not leave it a hair short of full at the look.
			poll = min(poll, time.Duration(full*float64(time.Second))+100*time.Microsecond)
			if full <= 0 {
				// The bucket is full but the chat has no token, or a
				// reply waits: a quarter of an interval.
				poll = min(backgroundPoll, time.Duration(float64(time.Second)/float64(lim)/4))
			}
		}
		if err := s.sleep(ctx, max(poll, time.Millisecond)); err != nil {
			return err
		}
	}
}

// takeNow takes a token from chat's limiter and the global one if both
// have one now, and neither otherwise. Of the global limiter it takes only
// with its bucket full: with newLimits' burst, the spare token stays for
// the next reply (replySpare).
func (s *limits) takeNow(chat *rate.Limiter) bool {
	now := s.now()
	if s.global.Limit() != rate.Inf && s.global.TokensAt(now) < float64(s.global.Burst()) {
		return false
	}
	rc := chat.ReserveN(now, 1)
	if !rc.OK() || rc.DelayFrom(now) > 0 {
		rc.CancelAt(now)
		return false
	}
	rg := s.global.ReserveN(now, 1)
	if !rg.OK() || rg.DelayFrom(now) > 0 {
		rg.CancelAt(now)
		rc.CancelAt(now)
		return false
	}
	return true
}

func (s *limits) waitReply(ctx context.Context, chatID int64) error {
	if err := s.reserve(ctx, s.chatLimiter(chatID, s.now())); err != nil {
		return err
	}
	if err := s.reserve(ctx, s.global); err != nil {
		return err
	}
	return s.admit(ctx, chatID)
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
