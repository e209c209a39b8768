package telegram

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"bujiao/dialog"
)

// Limits and retry policy defaults. Telegram asks bots to stay under about
// one message a second per chat and about thirty a second overall.
const (
	DefaultGlobalRate  = 30
	DefaultGlobalBurst = 30
	DefaultChatRate    = 1
	DefaultChatBurst   = 3
	DefaultMaxTries    = 5
	DefaultBaseBackoff = 500 * time.Millisecond
	DefaultMaxBackoff  = 30 * time.Second
	DefaultSendTimeout = 15 * time.Second
)

// chatLimiterSweep is how many per-chat limiters may exist before idle
// ones are dropped.
const chatLimiterSweep = 4096

// errBlocked marks a send refused because the person blocked the bot (or
// removed it from the group).
var errBlocked = errors.New("blocked by the user")

// permanentError is a send Telegram refused for a reason a retry cannot fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// sender calls the Bot API under a global and a per-chat rate limit, and
// retries what can be retried: 429 after retry_after, network errors,
// timeouts and 5xx with capped exponential backoff and jitter.
type sender struct {
	api *bot.Bot

	global    *rate.Limiter
	chatRate  rate.Limit
	chatBurst int
	mu        sync.Mutex
	chats     map[int64]*rate.Limiter

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	maxTries          int
	baseDelay, maxDel time.Duration
	timeout           time.Duration
	onRetry           func()
}

func newSender(api *bot.Bot, cfg *Config) *sender {
	return &sender{
		api:       api,
		global:    rate.NewLimiter(cfg.GlobalRate, cfg.GlobalBurst),
		chatRate:  cfg.ChatRate,
		chatBurst: cfg.ChatBurst,
		chats:     map[int64]*rate.Limiter{},
		now:       time.Now,
		sleep:     cfg.Sleep,
		maxTries:  cfg.MaxTries,
		baseDelay: cfg.BaseBackoff,
		maxDel:    cfg.MaxBackoff,
		timeout:   cfg.SendTimeout,
		onRetry:   cfg.OnRetry,
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

func (s *sender) chatLimiter(chatID int64, now time.Time) *rate.Limiter {
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

// wait takes a token from the chat's limiter (for messages), then one
// from the global limiter, sleeping as each requires: the global token is
// taken only when the chat may send, so a slow chat does not use up the
// global rate while it waits.
func (s *sender) wait(ctx context.Context, chatID int64, perChat bool) error {
	if perChat {
		if err := s.reserve(ctx, s.chatLimiter(chatID, s.now())); err != nil {
			return err
		}
	}
	return s.reserve(ctx, s.global)
}

func (s *sender) reserve(ctx context.Context, l *rate.Limiter) error {
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

// do runs one API call with limits and retries; it returns nil, ctx's
// error, a *permanentError, or the last transient error after maxTries.
func (s *sender) do(ctx context.Context, chatID int64, perChat bool, tries int, call func(ctx context.Context) error) error {
	for try := 1; ; try++ {
		if err := s.wait(ctx, chatID, perChat); err != nil {
			return err
		}
		cctx, cancel := context.WithTimeout(ctx, s.timeout)
		err := call(cctx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var delay time.Duration
		var tooMany *bot.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			delay = time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
		case transient(err):
			delay = s.backoff(try)
		case errors.Is(err, bot.ErrorForbidden):
			return &permanentError{errors.Join(errBlocked, err)}
		default:
			return &permanentError{err}
		}
		if try >= tries {
			return err
		}
		if s.onRetry != nil {
			s.onRetry()
		}
		if err := s.sleep(ctx, delay); err != nil {
			return err
		}
	}
}

// backoff is the wait before retry number try+1: exponential, capped, with
// "equal jitter" (half fixed, half random) so retries of many chats spread.
func (s *sender) backoff(try int) time.Duration {
	d := s.baseDelay << min(try-1, 20)
	if d <= 0 || d > s.maxDel {
		d = s.maxDel
	}
	half := d / 2
	return half + rand.N(half+1)
}

var serverErrorRE = regexp.MustCompile(`error response from telegram for method \w+, (\d+) `)

// transient reports whether an error may go away on retry: network errors,
// timeouts, unreadable responses (a proxy's error page) and 5xx.
func transient(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ue *url.Error
	var ne net.Error
	if errors.As(err, &ue) || errors.As(err, &ne) {
		return true
	}
	msg := err.Error()
	if m := serverErrorRE.FindStringSubmatch(msg); m != nil {
		code, _ := strconv.Atoi(m[1])
		return code >= 500
	}
	return strings.Contains(msg, "error decode response body") || strings.Contains(msg, "error read response body")
}

// message sends one rendered part. If Telegram cannot parse the HTML (a bug
// of ours, but the person must still get the answer) it sends the part
// again as plain text.
func (s *sender) message(ctx context.Context, chatID int64, m message) error {
	params := &bot.SendMessageParams{
		ChatID:             chatID,
		Text:               m.text,
		ParseMode:          models.ParseModeHTML,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()},
		ReplyMarkup:        keyboard(m.buttons),
	}
	call := func(ctx context.Context) error {
		_, err := s.api.SendMessage(ctx, params)
		return err
	}
	err := s.do(ctx, chatID, true, s.maxTries, call)
	if err != nil && errors.Is(err, bot.ErrorBadRequest) && strings.Contains(err.Error(), "can't parse entities") {
		params.Text, params.ParseMode = htmlToPlain(m.text), ""
		err = s.do(ctx, chatID, true, s.maxTries, call)
	}
	return err
}

// answerCallback stops the button's spinner. It is cheap and best effort:
// Telegram forgets a query after a few seconds, so it is tried twice.
func (s *sender) answerCallback(ctx context.Context, id string) error {
	return s.do(ctx, 0, false, 2, func(ctx context.Context) error {
		_, err := s.api.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: id})
		return err
	})
}

// removeKeyboard takes the buttons off a message that was answered, so
// old buttons do not linger. Best effort, one try.
func (s *sender) removeKeyboard(ctx context.Context, chatID int64, messageID int) error {
	return s.do(ctx, chatID, false, 1, func(ctx context.Context) error {
		_, err := s.api.EditMessageReplyMarkup(ctx, &bot.EditMessageReplyMarkupParams{ChatID: chatID, MessageID: messageID})
		return err
	})
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
