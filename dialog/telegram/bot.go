// Package telegram is bujiao's Telegram transport: it turns updates into
// dialog inputs and the dialog's replies into messages, and it is the only
// package that imports github.com/go-telegram/bot.
//
// Every update goes through dialog.Runner.Handle, which records the
// update_id in the same transaction as the new conversation state, so a
// redelivered update is acknowledged and ignored, and replies are sent only
// after their state is committed. Updates of one chat are handled strictly
// in order; different chats run in parallel on a fixed number of workers.
// Messages are sent under a global and a per-chat rate limit, with retries.
//
// Two ways to receive updates: Run polls getUpdates; RunWebhook (or
// WebhookHandler, mounted on another server) takes them from Telegram's
// webhook and answers 200 only after the update was handled, so an update
// lost in a crash is redelivered by Telegram.
package telegram

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"bujiao/dialog"
	"bujiao/knowledge"
	"bujiao/store"
)

// Log attribute keys.
const (
	logKeyChat   = "chat_id"
	logKeyUpdate = "update_id"
	logKeyErr    = "err"
)

// Defaults of Config.
const (
	DefaultWorkers      = 8
	DefaultPollTimeout  = 50 * time.Second
	DefaultDrainTimeout = 10 * time.Second
	// MaxWebhookBody bounds a webhook request; a real update is a few KiB.
	MaxWebhookBody = 1 << 20
)

// Store is what the bot needs of the store beyond the dialog's Storage:
// pending replies, the blocked flag and the polling offset. *store.DB
// satisfies it.
type Store interface {
	Load(ctx context.Context, chatID int64) (store.Conversation, error)
	ClearPending(ctx context.Context, chatID int64) error
	MarkBlocked(ctx context.Context, chatID int64, blocked bool) error
	Offset(ctx context.Context) (int64, error)
	SetOffset(ctx context.Context, offset int64) error
}

var _ Store = (*store.DB)(nil)

// Config configures a Bot. Token, Runner and Store are required; zero
// values elsewhere select the defaults.
type Config struct {
	// Token is the bot token. It never appears in logs or returned errors.
	Token string
	// ServerURL is the Bot API server, default https://api.telegram.org.
	ServerURL string
	// Runner runs conversation turns; its Storage must be backed by Store.
	Runner *dialog.Runner
	Store  Store
	Log    *slog.Logger

	// Workers is how many chats are handled at once (default 8); Queue
	// bounds the updates waiting or running (default 32 per worker), and
	// ChatQueue those of one chat (default 16; more are dropped).
	Workers   int
	Queue     int
	ChatQueue int

	// PollTimeout is the getUpdates long-poll time (default 50 s).
	PollTimeout time.Duration
	// SendTimeout bounds one Bot API call (default 15 s).
	SendTimeout time.Duration
	// DrainTimeout bounds the wait for in-flight updates at shutdown.
	DrainTimeout time.Duration

	// Rate limits: messages per second overall and per chat. Zero selects
	// the default; rate.Inf disables a limit.
	GlobalRate  rate.Limit
	GlobalBurst int
	ChatRate    rate.Limit
	ChatBurst   int

	// Retry policy for network errors, timeouts and 5xx.
	MaxTries    int
	BaseBackoff time.Duration
	MaxBackoff  time.Duration
	// Sleep waits for rate limits and retries; tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error

	// HTTPClient replaces the default client (which keeps enough idle
	// connections for the workers and honours HTTPS_PROXY).
	HTTPClient *http.Client
	// OnRetry and OnSendError, if set, count retried Bot API calls and
	// deliveries that finally failed (for metrics).
	OnRetry     func()
	OnSendError func()

	// SkipGetMe skips the library's own getMe in New. For tests only: Init
	// still calls getMe to learn the bot's username.
	SkipGetMe bool

	// afterUpdate, if set, is called when an update is finished (tests).
	afterUpdate func(updateID int64)
}

func (c *Config) setDefaults() {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.Queue <= 0 {
		c.Queue = 32 * c.Workers
	}
	if c.ChatQueue <= 0 {
		c.ChatQueue = 16
	}
	if c.PollTimeout <= time.Second {
		c.PollTimeout = DefaultPollTimeout
	}
	if c.SendTimeout <= 0 {
		c.SendTimeout = DefaultSendTimeout
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = DefaultDrainTimeout
	}
	if c.GlobalRate == 0 {
		c.GlobalRate = DefaultGlobalRate
	}
	if c.GlobalBurst <= 0 {
		c.GlobalBurst = DefaultGlobalBurst
	}
	if c.ChatRate == 0 {
		c.ChatRate = DefaultChatRate
	}
	if c.ChatBurst <= 0 {
		c.ChatBurst = DefaultChatBurst
	}
	if c.MaxTries <= 0 {
		c.MaxTries = DefaultMaxTries
	}
	if c.BaseBackoff <= 0 {
		c.BaseBackoff = DefaultBaseBackoff
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	if c.Sleep == nil {
		c.Sleep = sleepCtx
	}
	if c.HTTPClient == nil {
		c.HTTPClient = defaultHTTPClient(c.PollTimeout, c.Workers)
	}
}

// defaultHTTPClient keeps an idle connection per worker and then some:
// with net/http's default of two per host, every send under load would open
// a new TCP (and TLS) connection.
func defaultHTTPClient(poll time.Duration, workers int) *http.Client {
	return &http.Client{
		// Longer than a long poll; sends have their own, shorter timeout.
		Timeout: poll + 15*time.Second,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          100,
			MaxIdleConnsPerHost:   max(2*workers+2, 16),
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ExpectContinueTimeout: time.Second,
		},
	}
}

// Bot is a running Telegram bot. Create it with New, start it with Run,
// RunWebhook or Init plus WebhookHandler, and end it with Shutdown (Run and
// RunWebhook do that themselves).
type Bot struct {
	cfg    Config
	api    *bot.Bot
	runner *dialog.Runner
	st     Store
	log    *slog.Logger
	send   *sender
	disp   *dispatcher
	offs   *offsets
	clean  cleanChats

	me     atomic.Pointer[models.User]
	secret string // webhook secret_token

	saverStop context.CancelFunc
	saverDone chan struct{}
	shutOnce  sync.Once
}

// New creates a bot and starts its workers. It reads the saved polling
// offset from the store. Unless cfg.SkipGetMe, the library checks the token
// with getMe (5 s).
func New(ctx context.Context, cfg Config) (*Bot, error) {
	if cfg.Runner == nil || cfg.Store == nil {
		return nil, errors.New("telegram: Runner and Store are required")
	}
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("telegram: no bot token")
	}
	cfg.setDefaults()
	b := &Bot{cfg: cfg, runner: cfg.Runner, st: cfg.Store, log: cfg.Log}
	secret, err := randomSecret(32)
	if err != nil {
		return nil, fmt.Errorf("telegram: webhook secret: %w", err)
	}
	b.secret = secret

	offset, err := cfg.Store.Offset(ctx)
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	opts := []bot.Option{
		// Never the library's default handler: it logs whole updates.
		bot.WithDefaultHandler(b.onUpdate),
		bot.WithErrorsHandler(b.onLibraryError),
		// The library's one worker hands each update to our dispatcher,
		// synchronously, so a full dispatcher stops the polling loop.
		bot.WithNotAsyncHandlers(),
		bot.WithWorkers(1),
		// Unbuffered: an update the library fetched but did not hand over
		// has not been confirmed to Telegram and comes back after a restart.
		bot.WithUpdatesChannelCap(0),
		bot.WithAllowedUpdates(bot.AllowedUpdates{models.AllowedUpdateMessage, models.AllowedUpdateCallbackQuery}),
		bot.WithHTTPClient(cfg.PollTimeout, cfg.HTTPClient),
	}
	if cfg.ServerURL != "" {
		opts = append(opts, bot.WithServerURL(strings.TrimRight(cfg.ServerURL, "/")))
	}
	if offset > 0 {
		// The library asks for lastUpdateID+1; the saved value is the
		// offset itself (the first update not yet handled).
		opts = append(opts, bot.WithInitialOffset(offset-1))
	}
	if cfg.SkipGetMe {
		opts = append(opts, bot.WithSkipGetMe())
	}
	api, err := bot.New(cfg.Token, opts...)
	if err != nil {
		return nil, b.scrub(fmt.Errorf("telegram: %w", err))
	}
	b.api = api
	b.send = newSender(api, &b.cfg)
	b.offs = newOffsets(cfg.Store, cfg.Log, offset)
	b.disp = newDispatcher(b.cfg.Workers, b.cfg.Queue, b.cfg.ChatQueue, b.runJob)
	return b, nil
}

// Username is the bot's @username without the @, known after Init.
func (b *Bot) Username() string {
	if me := b.me.Load(); me != nil {
		return me.Username
	}
	return ""
}

// Init learns the bot's username with getMe (retrying network errors) and
// sets the command menus in Chinese and English; a failure of the latter
// is logged, not returned.
func (b *Bot) Init(ctx context.Context) error {
	var me *models.User
	err := b.send.do(ctx, 0, false, b.cfg.MaxTries, func(ctx context.Context) error {
		var err error
		me, err = b.api.GetMe(ctx)
		return err
	})
	if err != nil {
		return b.scrub(fmt.Errorf("telegram: getMe: %w", err))
	}
	b.me.Store(me)
	b.setCommands(ctx)
	return nil
}

var commandNames = []string{"start", "help", "back", "restart", "lang", "faq", "summary", "forget"}

func (b *Bot) setCommands(ctx context.Context) {
	kb := b.runner.Machine.Knowledge()
	for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
		var cmds []models.BotCommand
		for _, name := range commandNames {
			cmds = append(cmds, models.BotCommand{Command: name, Description: kb.Msg(lang, "tg.cmd."+name)})
		}
		params := &bot.SetMyCommandsParams{Commands: cmds}
		if lang == knowledge.Zh {
			params.LanguageCode = "zh"
		}
		err := b.send.do(ctx, 0, false, 2, func(ctx context.Context) error {
			_, err := b.api.SetMyCommands(ctx, params)
			return err
		})
		if err != nil {
			b.log.WarnContext(ctx, "set command menu", "lang", string(lang), logKeyErr, b.scrub(err))
		}
	}
}

// Run polls for updates until ctx is done, then shuts down: it stops
// fetching, finishes the updates in flight (up to the drain timeout) and
// saves the offset. The caller closes the store afterwards.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.Init(ctx); err != nil {
		b.Shutdown()
		return err
	}
	// A webhook left by an earlier run would make getUpdates fail.
	err := b.send.do(ctx, 0, false, 2, func(ctx context.Context) error {
		_, err := b.api.DeleteWebhook(ctx, &bot.DeleteWebhookParams{})
		return err
	})
	if err != nil && ctx.Err() == nil {
		b.log.WarnContext(ctx, "delete webhook", logKeyErr, b.scrub(err))
	}
	b.startSaver()
	b.log.InfoContext(ctx, "telegram bot polling", "username", b.Username(), "workers", b.cfg.Workers)
	// Start returns when ctx is done. Conflicts (409: another poller, or a
	// quick restart while Telegram still holds the old long poll) and
	// network errors are retried by the library with backoff (0.1 s
	// doubling to 5 s); onLibraryError logs them.
	b.api.Start(ctx)
	b.Shutdown()
	return nil
}

// RunWebhook serves the webhook on listen (plain HTTP, for a TLS proxy in
// front) at the path of publicURL, registers publicURL with Telegram, and
// serves until ctx is done; then it stops the server, waiting for the
// updates in flight, and shuts down.
func (b *Bot) RunWebhook(ctx context.Context, listen, publicURL string) error {
	u, err := url.Parse(publicURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		b.Shutdown()
		return fmt.Errorf("telegram: webhook URL %q: want an absolute https URL", publicURL)
	}
	if err := b.Init(ctx); err != nil {
		b.Shutdown()
		return err
	}
	path := u.Path
	if path == "" {
		path = "/"
	}
	mux := http.NewServeMux()
	mux.Handle(path, b.WebhookHandler())
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		b.Shutdown()
		return fmt.Errorf("telegram: webhook listener: %w", err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(b.log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	// Listen first, register second: Telegram may still send updates with
	// the previous run's secret in between; they get 403 and are retried.
	if err := b.RegisterWebhook(ctx, publicURL); err != nil {
		srv.Close()
		<-served
		b.Shutdown()
		return err
	}
	b.log.InfoContext(ctx, "telegram bot serving webhook", "username", b.Username(), "listen", ln.Addr().String(), "path", path)
	select {
	case <-ctx.Done():
	case err = <-served:
		b.Shutdown()
		return fmt.Errorf("telegram: webhook server: %w", err)
	}
	sctx, cancel := context.WithTimeout(context.Background(), b.cfg.DrainTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	<-served
	b.Shutdown()
	return nil
}

// RegisterWebhook tells Telegram to deliver updates to publicURL with this
// bot's secret token, for messages and button presses only.
func (b *Bot) RegisterWebhook(ctx context.Context, publicURL string) error {
	err := b.send.do(ctx, 0, false, b.cfg.MaxTries, func(ctx context.Context) error {
		_, err := b.api.SetWebhook(ctx, &bot.SetWebhookParams{
			URL:            publicURL,
			SecretToken:    b.secret,
			AllowedUpdates: []string{models.AllowedUpdateMessage, models.AllowedUpdateCallbackQuery},
		})
		return err
	})
	if err != nil {
		return b.scrub(fmt.Errorf("telegram: setWebhook: %w", err))
	}
	return nil
}

// WebhookHandler returns the HTTP handler for Telegram's webhook, to mount
// on any server. It answers 403 to a request without this bot's secret
// token, 413 to a body over 1 MiB, and 200 only after the update was
// handled (its replies sent or stored as pending), so that Telegram
// redelivers an update a crash interrupted. During shutdown it answers 503.
func (b *Bot) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(b.secret)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxWebhookBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var u models.Update
		if err := json.Unmarshal(body, &u); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		done := make(chan error, 1)
		if err := b.disp.submit(r.Context(), chatKey(&u), job{u: &u, done: done}); err != nil {
			// Shutting down, or the chat is flooding: Telegram retries later.
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		select {
		case err := <-done:
			if err != nil {
				http.Error(w, "unavailable", http.StatusServiceUnavailable)
				return
			}
			w.WriteHeader(http.StatusOK)
		case <-r.Context().Done():
			// Telegram gave up waiting; it will redeliver, and the store
			// recognises the update if it was handled meanwhile.
		}
	})
}

// Shutdown stops taking updates, lets the ones in flight finish for up to
// the drain timeout, and saves the polling offset. Run and RunWebhook call
// it; call it yourself after Init with WebhookHandler. It does not close
// the store.
func (b *Bot) Shutdown() {
	b.shutOnce.Do(func() {
		if !b.disp.shutdown(b.cfg.DrainTimeout) {
			b.log.Warn("telegram shutdown: drain timeout reached, unfinished updates dropped",
				"timeout", b.cfg.DrainTimeout.String())
		}
		if b.saverStop != nil {
			b.saverStop()
			<-b.saverDone
		}
	})
}

func (b *Bot) startSaver() {
	ctx, cancel := context.WithCancel(context.Background())
	b.saverStop = cancel
	b.saverDone = make(chan struct{})
	go func() {
		defer close(b.saverDone)
		fctx, fcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer fcancel()
		b.offs.save(ctx, fctx)
	}()
}

// job is one update to handle; done, if set, receives the outcome (nil, or
// an error when the update was dropped at shutdown).
type job struct {
	u      *models.Update
	done   chan<- error
	polled bool
}

// onUpdate is the library's handler for every polled update: it queues the
// update behind the earlier ones of its chat and returns.
func (b *Bot) onUpdate(ctx context.Context, _ *bot.Bot, u *models.Update) {
	b.offs.received(u.ID)
	switch err := b.disp.submit(ctx, chatKey(u), job{u: u, polled: true}); {
	case errors.Is(err, errChatBusy):
		// Deliberately skipped: the offset moves past it.
		b.offs.handled(u.ID)
		b.log.Warn("update dropped: its chat is flooding", logKeyChat, chatKey(u), logKeyUpdate, u.ID)
	case err != nil:
		b.offs.dropped(u.ID)
		b.log.Info("update not taken, shutting down", logKeyUpdate, u.ID)
	}
}

func (b *Bot) runJob(ctx context.Context, j job) {
	var err error
	if ctx.Err() != nil {
		err = ctx.Err()
		b.log.Warn("update dropped at shutdown", logKeyUpdate, j.u.ID, logKeyChat, chatKey(j.u))
	} else {
		b.handle(ctx, j.u)
	}
	if j.polled {
		if err != nil {
			b.offs.dropped(j.u.ID)
		} else {
			b.offs.handled(j.u.ID)
		}
	}
	if j.done != nil {
		j.done <- err
	}
	if b.cfg.afterUpdate != nil {
		b.cfg.afterUpdate(j.u.ID)
	}
}

// onLibraryError logs the library's own errors (polling failures), with
// the token scrubbed.
func (b *Bot) onLibraryError(err error) {
	msg := b.scrub(err).Error()
	switch {
	case errors.Is(err, bot.ErrorConflict):
		b.log.Warn("getUpdates conflict: another instance is polling, or a webhook is set; retrying", logKeyErr, msg)
	case strings.Contains(msg, "ctx done"):
		b.log.Debug("telegram library", logKeyErr, msg)
	default:
		b.log.Warn("telegram library", logKeyErr, msg)
	}
}

// scrubbedError is an error whose text had the token removed; Unwrap keeps
// errors.Is and errors.As working.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

// scrub removes the token, and its secret half on its own, from an error's
// text. The library puts the request URL, token included, into some errors.
func (b *Bot) scrub(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := scrubToken(msg, b.cfg.Token)
	if clean == msg {
		return err
	}
	return &scrubbedError{msg: clean, err: err}
}

// scrubToken removes token from s, in the forms it takes in URLs.
func scrubToken(s, token string) string {
	if token == "" {
		return s
	}
	s = strings.ReplaceAll(s, token, "<token>")
	s = strings.ReplaceAll(s, url.QueryEscape(token), "<token>")
	if _, secret, ok := strings.Cut(token, ":"); ok && len(secret) >= 8 {
		s = strings.ReplaceAll(s, secret, "<token>")
	}
	return s
}

// randomSecret returns n characters of [A-Za-z0-9_-], Telegram's alphabet
// for webhook secret tokens.
func randomSecret(n int) (string, error) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	for i, c := range buf {
		buf[i] = alphabet[int(c)%len(alphabet)] // 256 % 64 == 0: uniform
	}
	return string(buf), nil
}

// cleanChats remembers chats known to have no pending reply and not to be
// blocked, so their next update skips the store read. It forgets
// everything when it grows large; forgetting only costs a read.
type cleanChats struct {
	mu sync.Mutex
	m  map[int64]struct{}
}

const maxCleanChats = 1 << 16

func (c *cleanChats) has(id int64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[id]
	return ok
}

func (c *cleanChats) set(id int64, clean bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !clean {
		delete(c.m, id)
		return
	}
	if c.m == nil || len(c.m) >= maxCleanChats {
		c.m = map[int64]struct{}{}
	}
	c.m[id] = struct{}{}
}
