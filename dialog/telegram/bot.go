// Package telegram is bujiao's Telegram transport: it turns updates into
// dialog inputs and the dialog's replies into messages, and it is the only
// package that imports github.com/go-telegram/bot.
//
// Nothing is confirmed to Telegram before it is stored, and nothing stored
// is left unsent:
//
//   - Inbox. Every update is stored (update_id, chat, and only what the
//     dialog needs: no names, no usernames) before Telegram is told it was
//     received. Polling is our own loop: the getUpdates offset moves past an
//     update in the transaction that stores it. A webhook request is
//     answered 200 after the insert. A malformed update is parked with its
//     error and never blocks the rest.
//   - Workers take stored updates in per-chat order and run the turn with
//     dialog.Runner, which commits the new state, the processed update and
//     the messages to send in one transaction (the outbox).
//   - Outbox. A sender takes the stored messages in per-chat order and
//     sends them under Telegram's budget, retrying on its own (429 after
//     retry_after, 5xx and network errors with backoff) until they are
//     delivered or the chat has blocked the bot.
//
// After a crash or a stop both queues resume where they were, so a stop
// needs no drain: SIGTERM stops at once, and what was not done is done
// after the restart.
package telegram

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
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
	"bujiao/dialog/persist"
	"bujiao/knowledge"
)

// Log attribute keys.
const (
	logKeyChat   = "chat_id"
	logKeyUpdate = "update_id"
	logKeyErr    = "err"
)

// Defaults of Config.
const (
	DefaultWorkers     = 8
	DefaultSenders     = 64
	DefaultPollTimeout = 50 * time.Second
	// DefaultGrace is how long a stop waits for turns and sends already
	// running; everything else resumes after the restart.
	DefaultGrace = 700 * time.Millisecond
	// MaxWebhookBody bounds a webhook request; a real update is a few KiB.
	MaxWebhookBody = 1 << 20
)

// Mailbox is the durable inbox and outbox the bot needs besides the
// dialog's Sessions (whose Commit fills the outbox): the persistence
// contract's Mailbox, with the store's health check and backlog for
// readiness and gauges. *store.DB is one.
type Mailbox interface {
	persist.Mailbox
	Check(ctx context.Context) error
	Backlog(ctx context.Context) (persist.Backlog, error)
}

// Config configures a Bot. Token, Runner and Mailbox are required; zero
// values elsewhere select the defaults.
type Config struct {
	// Token is the bot token. It never appears in logs or returned errors.
	Token string
	// ServerURL is the Bot API server, default https://api.telegram.org.
	ServerURL string
	// Runner runs conversation turns; its Sessions must share Mailbox's
	// database (Commit writes the outbox).
	Runner  *dialog.Runner
	Mailbox Mailbox
	Log     *slog.Logger

	// Owner names this process in the store's claims (default
	// persist.NewOwner()). InboxLease and OutboxLease are how long a claim
	// holds before another owner may take it (defaults
	// persist.DefaultInboxLease and DefaultOutboxLease); the bot renews
	// what it holds well before.
	Owner       string
	InboxLease  time.Duration
	OutboxLease time.Duration

	// Cluster, if set, is what several instances on one shared store agree
	// through (cluster.go): one polls, all share the webhook secret and one
	// registers it, and all send within one budget. nil: this instance is
	// alone (a SQLite store).
	Cluster persist.Cluster
	// WebhookSecret, if set, is the webhook's secret token (from
	// --webhook-secret-file), the same for every instance; otherwise a
	// random one, shared through Cluster when there is one.
	WebhookSecret string

	// ReplaceWebhook lets polling delete a webhook that is set; without it
	// Run refuses to start and names the webhook (another deployment may
	// be serving it).
	ReplaceWebhook bool

	// Workers is how many chats' turns run at once (default 8), Senders
	// how many chats' messages are sent at once (default 64: a chat
	// waiting for its one-a-second turn holds a sender).
	Workers int
	Senders int

	// PollTimeout is the getUpdates long-poll time (default 50 s).
	PollTimeout time.Duration
	// SendTimeout bounds one Bot API call (default 15 s).
	SendTimeout time.Duration
	// Grace bounds the wait for turns and sends in flight at a stop.
	Grace time.Duration

	// Telegram's budget: message-class calls (sends and edits) per second
	// overall and per chat. Zero selects the default; rate.Inf disables a
	// limit (tests). Overall, GlobalRate calls may go at once, and no more
	// in any second plus OverallGuard (send.go).
	GlobalRate rate.Limit
	ChatRate   rate.Limit
	ChatBurst  int
	// GroupPerMinute caps messages to one group or supergroup (negative
	// chat ids) in any minute (default 20, Telegram's limit).
	GroupPerMinute int

	// Backoff for network errors, timeouts and 5xx (a 429 waits exactly
	// retry_after). Sends are retried until delivered.
	BaseBackoff time.Duration
	MaxBackoff  time.Duration
	// Sleep waits for rate limits and retries; tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error

	// HTTPClient replaces the default client (which keeps enough idle
	// connections for the workers and senders and honours HTTPS_PROXY).
	HTTPClient *http.Client
	// Metrics, if set, counts calls by method and outcome, the budget in
	// use and parked updates.
	Metrics *Metrics

	// Inline, if set, answers inline queries ("@bot 上海 灵活就业 断缴8个月"
	// in any chat); inline mode must also be enabled with BotFather.
	Inline *dialog.Inline

	// Reminders (reminders.go) are inbox entries, answered only while the
	// outbox holds fewer than ReminderBacklog messages (default 60); their
	// messages are background rows, so live answers go first; Reminders,
	// if set, drops a chat's reminders
	// when it blocks the bot.
	Reminders       ReminderStore
	ReminderBacklog int

	// StaffChat, if set, is the supergroup with topics where help-desk
	// staff take hand-offs (handoff.go); Handoffs is the store's table of
	// them (required with StaffChat). The group's message budget is every
	// group's (GroupPerMinute); WakeEvery how often no-reply checks are
	// looked for; Now the clock of those checks (tests).
	StaffChat      int64
	Handoffs       HandoffStore
	WakeEvery      time.Duration
	Now            func() time.Time
	HandoffMetrics *HandoffMetrics

	// SkipGetMe skips the library's own getMe in New. For tests only: Init
	// still calls getMe to learn the bot's username.
	SkipGetMe bool

	// afterUpdate, if set, is called when an inbox row is finished or an
	// update was not stored (tests).
	afterUpdate func(updateID int64)
	// clock, if set, replaces time.Now for the claims' leases (tests that
	// move the store's clock with it).
	clock func() time.Time
	// limitsClock, if set, replaces time.Now for the message windows
	// (tests whose Sleep moves it).
	limitsClock func() time.Time
	// yieldFor, if set, replaces reminderYield (tests that must tell a
	// reminder let go by a turn's end from one let go by the bound).
	yieldFor time.Duration
	// onLeave, if set, hears the time each message-class call is counted
	// as leaving in the overall window (measurements).
	onLeave func(at time.Time)
}

func (c *Config) setDefaults() {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.Senders <= 0 {
		c.Senders = DefaultSenders
	}
	if c.PollTimeout <= time.Second {
		c.PollTimeout = DefaultPollTimeout
	}
	if c.SendTimeout <= 0 {
		c.SendTimeout = DefaultSendTimeout
	}
	if c.Grace <= 0 {
		c.Grace = DefaultGrace
	}
	if c.GlobalRate == 0 {
		c.GlobalRate = DefaultGlobalRate
	}
	if c.ChatRate == 0 {
		c.ChatRate = DefaultChatRate
	}
	if c.ChatBurst <= 0 {
		c.ChatBurst = DefaultChatBurst
	}
	if c.GroupPerMinute <= 0 {
		c.GroupPerMinute = DefaultGroupPerMinute
	}
	if c.Owner == "" {
		c.Owner = persist.NewOwner()
	}
	if c.InboxLease <= 0 {
		c.InboxLease = persist.DefaultInboxLease
	}
	if c.OutboxLease <= 0 {
		c.OutboxLease = persist.DefaultOutboxLease
	}
	// A send must fit in a lease with room to spare.
	if c.OutboxLease < 2*c.SendTimeout {
		c.OutboxLease = 2 * c.SendTimeout
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
		c.HTTPClient = defaultHTTPClient(c.PollTimeout, httpCallers(c.Workers, c.Senders))
	}
}

// defaultHTTPClient keeps an idle connection per concurrent caller: with
// net/http's default of two per host, every send under load would open a
// new TCP (and TLS) connection.
// httpCallers is how many Bot API calls a bot may make at once: its turn
// workers, its senders and its background senders (backgroundSenders).
func httpCallers(workers, senders int) int { return workers + senders + backgroundSenders(senders) }

// backgroundSenders is the size of the pool that sends background
// messages, beside the senders of live replies.
func backgroundSenders(senders int) int { return max(1, senders/4) }

func defaultHTTPClient(poll time.Duration, callers int) *http.Client {
	return &http.Client{
		// Longer than a long poll; other calls have their own timeout.
		Timeout: poll + 15*time.Second,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          callers + 16,
			MaxIdleConnsPerHost:   callers + 2,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ExpectContinueTimeout: time.Second,
		},
	}
}

// Bot is a running Telegram bot. Create it with New, start it with Run,
// RunWebhook or Init plus Start plus WebhookHandler, and end it with
// Shutdown (Run and RunWebhook do that themselves).
type Bot struct {
	cfg    Config
	api    *bot.Bot
	runner *dialog.Runner
	mb     Mailbox
	log    *slog.Logger
	lim    *limits
	met    *Metrics

	turns, sends       *dispatcher
	bgSends            *dispatcher // background messages: a pool of their own
	remTurns           *dispatcher // due reminders' turns: a lane below people's (reminders.go)
	recv               *receiver   // webhook updates, stored together
	inFeed, outFeed    *feeder
	feedStop           context.CancelFunc
	feedDone           sync.WaitGroup
	started, stopping  atomic.Bool
	blockedMu          sync.Mutex
	blocked            map[int64]bool
	latestMu           sync.Mutex
	latest             map[int64]int // newest message shown in each chat
	me                 atomic.Pointer[models.User]
	secret             string // webhook secret_token
	damaged            atomic.Pointer[error]
	lastCheck          atomic.Int64 // unix ns of the last store health check
	shutOnce, initOnce sync.Once
	// side tracks inline answers in flight; inlineSlots bounds them.
	side        sync.WaitGroup
	sideMu      sync.Mutex
	sideClosed  bool
	inlineSlots chan struct{}
	hmet        *HandoffMetrics
	// absorbed are outbox rows joined into an earlier post (handoff.go):
	// a job for one of them is already done.
	absorbed sync.Map
	// flight holds a place for each message between its call to Telegram
	// and its removal from the outbox (outbox.go, takeOff): at most
	// Workers, so a crash repeats at most that many.
	flight chan struct{}
	// halt is cancelled when Shutdown begins: a non-message call's retry
	// waits end then (call).
	halt     context.Context
	haltStop context.CancelFunc
	// boundary separates the fields of the forms postForm sends;
	// formType is their Content-Type (apicall.go).
	boundary, formType string
}

// goSide runs f on its own goroutine unless shutdown began; Shutdown waits
// for these (up to the grace period).
func (b *Bot) goSide(f func()) {
	b.sideMu.Lock()
	defer b.sideMu.Unlock()
	if b.sideClosed {
		return
	}
	b.side.Add(1)
	go func() {
		defer b.side.Done()
		f()
	}()
}

// New creates a bot. Unless cfg.SkipGetMe, the library checks the token
// with getMe (5 s).
func New(ctx context.Context, cfg Config) (*Bot, error) {
	if cfg.Runner == nil || cfg.Mailbox == nil {
		return nil, errors.New("telegram: Runner and Mailbox are required")
	}
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("telegram: no bot token")
	}
	cfg.setDefaults()
	b := &Bot{cfg: cfg, runner: cfg.Runner, mb: cfg.Mailbox, log: cfg.Log, met: cfg.Metrics, blocked: map[int64]bool{},
		latest: map[int64]int{}, inlineSlots: make(chan struct{}, maxInlineInFlight), flight: make(chan struct{}, cfg.Workers)}
	secret, err := randomSecret(32)
	if err != nil {
		return nil, fmt.Errorf("telegram: webhook secret: %w", err)
	}
	b.secret = secret
	b.halt, b.haltStop = context.WithCancel(context.Background())
	boundary, err := newBoundary()
	if err != nil {
		return nil, fmt.Errorf("telegram: form boundary: %w", err)
	}
	b.boundary, b.formType = boundary, "multipart/form-data; boundary="+boundary
	if cfg.WebhookSecret != "" {
		b.secret = cfg.WebhookSecret
	}
	opts := []bot.Option{
		// The library is used for its typed calls only: polling is ours.
		bot.WithHTTPClient(cfg.PollTimeout, cfg.HTTPClient),
		bot.WithErrorsHandler(func(err error) { b.log.Debug("telegram library", logKeyErr, b.scrub(err)) }),
	}
	if cfg.ServerURL != "" {
		opts = append(opts, bot.WithServerURL(strings.TrimRight(cfg.ServerURL, "/")))
	}
	if cfg.SkipGetMe {
		opts = append(opts, bot.WithSkipGetMe())
	}
	api, err := bot.New(cfg.Token, opts...)
	if err != nil {
		return nil, b.scrub(fmt.Errorf("telegram: %w", err))
	}
	b.api = api
	b.lim = newLimits(&b.cfg)
	if b.cfg.limitsClock != nil {
		b.lim.now = b.cfg.limitsClock
	}
	b.hmet = cfg.HandoffMetrics
	if cfg.StaffChat != 0 && cfg.Handoffs == nil {
		return nil, errors.New("telegram: a staff chat needs the store's hand-off table (Handoffs)")
	}
	b.met.setBudget(float64(b.cfg.GlobalRate))
	b.met.SetBacklog(func() (persist.Backlog, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return b.mb.Backlog(ctx)
	})
	capacity := 32 * b.cfg.Workers
	b.turns = newDispatcher(b.cfg.Workers, capacity, 16, b.applyUpdate)
	b.inFeed = newFeeder(b.turns, capacity, b.cfg.InboxLease, b.claimInbox, b.renewInbox,
		func(err error) { b.storeTrouble("claim inbox", err) })
	b.remTurns = newDispatcher(reminderWorkers, reminderLane, 1, b.applyUpdate)
	b.inFeed.bg, b.inFeed.giveBack = b.remTurns, b.giveBackInbox
	scap := 4 * b.cfg.Senders
	b.sends = newDispatcher(b.cfg.Senders, scap, 64, b.deliver)
	// Background messages (reminders, relays) have their own, smaller
	// pool: a burst of them never takes the senders, nor the places in
	// their queue, that a live reply needs.
	bgWorkers := backgroundSenders(b.cfg.Senders)
	b.bgSends = newDispatcher(bgWorkers, 4*bgWorkers, 64, b.deliver)
	b.outFeed = newFeeder(b.sends, scap, b.cfg.OutboxLease, b.claimOutbox, b.renewOutbox,
		func(err error) { b.storeTrouble("claim outbox", err) })
	b.outFeed.bg = b.bgSends
	b.recv = newReceiver(func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
		return b.storeUpdates(ctx, in, parked, 0)
	})
	b.outFeed.giveBack = b.giveBackOutbox
	if b.cfg.clock != nil {
		b.inFeed.now, b.outFeed.now = b.cfg.clock, b.cfg.clock
	}
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
	err := b.call(ctx, "getMe", 5, func(ctx context.Context) error {
		var err error
		me, err = b.api.GetMe(ctx)
		return err
	})
	if err != nil {
		return b.scrub(fmt.Errorf("telegram: getMe: %w", err))
	}
	b.me.Store(me)
	b.setCommands(ctx)
	b.setStaffCommands(ctx)
	if err := b.CheckStore(ctx); err != nil && !errors.Is(err, persist.ErrDamaged) {
		b.log.WarnContext(ctx, "store check at start", logKeyErr, err)
	}
	return nil
}

var commandNames = []string{"start", "help", "back", "restart", "lang", "faq", "summary", "details", "reminders", "forget", "human", "end"}

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
		err := b.call(ctx, "setMyCommands", 2, func(ctx context.Context) error {
			_, err := b.api.SetMyCommands(ctx, params)
			return err
		})
		if err != nil {
			b.log.WarnContext(ctx, "set command menu", "lang", string(lang), logKeyErr, b.scrub(err))
		}
	}
}

// call runs a Bot API call that is not a message (getMe, setMyCommands,
// webhooks, answerCallbackQuery): outside the message budget, retried up
// to tries times on 429 and transient errors. No retry starts, and no
// wait for one goes on, once Shutdown began; a call in flight keeps its
// own deadline.
func (b *Bot) call(ctx context.Context, method string, tries int, fn func(ctx context.Context) error) error {
	for try := 1; ; try++ {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.SendTimeout)
		err := fn(cctx)
		cancel()
		c, wait := classify(err)
		b.met.call(method, c)
		if err == nil || ctx.Err() != nil {
			if err != nil {
				return ctx.Err()
			}
			return nil
		}
		switch c {
		case classRetryAfter:
		case classTransient:
			wait = backoff(b.cfg.BaseBackoff, b.cfg.MaxBackoff, try)
		default:
			return err
		}
		if try >= tries || b.halt.Err() != nil {
			return err
		}
		sctx, cancel := context.WithCancel(ctx)
		unhook := context.AfterFunc(b.halt, cancel)
		serr := b.cfg.Sleep(sctx, wait)
		unhook()
		cancel()
		if serr != nil {
			if ctx.Err() != nil {
				return serr
			}
			return err // stopping: the call's own error
		}
	}
}

// Start starts the workers and the sender, which resume whatever the
// inbox and the outbox hold. Run and RunWebhook call it.
func (b *Bot) Start() {
	b.initOnce.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		b.feedStop = cancel
		b.started.Store(true)
		b.feedDone.Add(2)
		go func() { defer b.feedDone.Done(); b.inFeed.run(ctx, time.Second) }()
		go func() { defer b.feedDone.Done(); b.outFeed.run(ctx, time.Second) }()
		if b.cfg.StaffChat != 0 {
			b.feedDone.Add(1)
			go func() { defer b.feedDone.Done(); b.wakeLoop(ctx) }()
		}
	})
}

// Run polls for updates until ctx is done, then shuts down. The caller
// closes the store afterwards.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.Init(ctx); err != nil {
		b.Shutdown()
		return err
	}
	// A webhook makes getUpdates fail. It may be another deployment's
	// (a webhook instance of this bot): deleting it silently would take
	// its updates away, so it is deleted only when asked to.
	if err := b.checkWebhook(ctx); err != nil {
		b.Shutdown()
		return err
	}
	b.Start()
	b.log.InfoContext(ctx, "telegram bot polling", "username", b.Username(), "workers", b.cfg.Workers)
	if b.cfg.Cluster != nil {
		b.leadPoll(ctx) // one instance polls; all work the inbox
	} else {
		b.poll(ctx)
	}
	b.Shutdown()
	return nil
}

// RunOn runs the bot by webhook on a server the caller runs (already
// listening): it mounts the webhook handler on mux at publicURL's path,
// starts, registers publicURL with Telegram and serves until ctx is done,
// then shuts down.
func (b *Bot) RunOn(ctx context.Context, mux interface{ Handle(string, http.Handler) }, publicURL string) error {
	u, err := url.Parse(publicURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		b.Shutdown()
		return fmt.Errorf("telegram: webhook URL %q: want an absolute https URL", publicURL)
	}
	if u.Path == "" || u.Path == "/" {
		b.Shutdown()
		return fmt.Errorf("telegram: webhook URL %q: needs a path of its own (e.g. /telegram)", publicURL)
	}
	if err := b.Init(ctx); err != nil {
		b.Shutdown()
		return err
	}
	if err := b.shareSecret(ctx); err != nil {
		b.Shutdown()
		return fmt.Errorf("telegram: the webhook secret shared by the instances: %w", err)
	}
	mux.Handle(u.Path, b.WebhookHandler())
	b.Start()
	if err := b.RegisterWebhook(ctx, publicURL); err != nil {
		b.Shutdown()
		return err
	}
	b.log.InfoContext(ctx, "telegram bot serving webhook", "username", b.Username(), "path", u.Path)
	<-ctx.Done()
	b.Shutdown()
	return nil
}

// ErrWebhookSet is returned by Run when a webhook is registered for the
// bot and Config.ReplaceWebhook is not set.
var ErrWebhookSet = errors.New("a webhook is set for this bot")

// checkWebhook looks at getWebhookInfo before polling: no webhook, go on;
// a webhook and ReplaceWebhook, delete it; a webhook otherwise, refuse,
// naming it.
func (b *Bot) checkWebhook(ctx context.Context) error {
	var info *models.WebhookInfo
	err := b.call(ctx, "getWebhookInfo", 3, func(ctx context.Context) error {
		var err error
		info, err = b.api.GetWebhookInfo(ctx)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return b.scrub(fmt.Errorf("telegram: getWebhookInfo: %w", err))
	}
	if info == nil || info.URL == "" {
		return nil
	}
	if !b.cfg.ReplaceWebhook {
		return fmt.Errorf("%w: %s (%d updates pending there); another deployment may be serving it. "+
			"Run with --replace-webhook to delete it and poll instead, or run the bot with --webhook-url", ErrWebhookSet,
			redactURL(info.URL), info.PendingUpdateCount)
	}
	b.log.WarnContext(ctx, "deleting the webhook to poll instead (--replace-webhook)", "webhook", redactURL(info.URL))
	err = b.call(ctx, "deleteWebhook", 3, func(ctx context.Context) error {
		_, err := b.api.DeleteWebhook(ctx, &bot.DeleteWebhookParams{})
		return err
	})
	if err != nil && ctx.Err() == nil {
		return b.scrub(fmt.Errorf("telegram: deleteWebhook: %w", err))
	}
	return nil
}

// redactURL keeps the scheme, host and path of a webhook URL: a query may
// hold a secret.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unreadable URL)"
	}
	u.RawQuery, u.User, u.Fragment = "", nil, ""
	return u.String()
}

// Shutdown stops taking updates and sending, waiting up to the grace
// period for turns and sends already running; everything else stays in
// the store and resumes after a restart. Run and RunWebhook call it; call
// it yourself after Start with WebhookHandler. It does not close the
// store.
func (b *Bot) Shutdown() {
	b.shutOnce.Do(func() {
		b.stopping.Store(true)
		b.haltStop()
		if b.feedStop != nil {
			b.feedStop()
			b.feedDone.Wait()
		}
		var wg sync.WaitGroup
		wg.Go(func() { b.turns.shutdown(b.cfg.Grace) })
		wg.Go(func() { b.remTurns.shutdown(b.cfg.Grace) })
		wg.Go(func() { b.sends.shutdown(b.cfg.Grace) })
		wg.Go(func() { b.bgSends.shutdown(b.cfg.Grace) })
		b.recv.close()
		// An inline answer in flight is one call with its own deadline;
		// the store it writes to is closed after Shutdown.
		b.sideMu.Lock()
		b.sideClosed = true
		b.sideMu.Unlock()
		wg.Go(func() {
			done := make(chan struct{})
			go func() { b.side.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(b.cfg.Grace):
			}
		})
		wg.Wait()
		// What this process held and did not finish goes back at once, so
		// a restart (or another process) need not wait for the leases.
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := b.mb.Release(ctx, b.cfg.Owner); err != nil {
			b.log.Warn("release claims at stop; they lapse with their leases", logKeyErr, err)
		}
	})
}

// scrubbedError is an error whose text had the token removed; Unwrap keeps
// errors.Is and errors.As working.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

// scrub removes the token from an error's text. The library and net/http
// put the request URL, token included, into some errors.
func (b *Bot) scrub(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := ScrubToken(msg, b.cfg.Token)
	if clean == msg {
		return err
	}
	return &scrubbedError{msg: clean, err: err}
}

// ScrubToken removes token from s, in the forms it takes in URLs, and its
// secret half on its own. It is the one place the token is scrubbed; the
// command's log handler uses it too, as the last line of defence.
func ScrubToken(s, token string) string {
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
