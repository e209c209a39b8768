package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/dialog/telegram"
	"bujiao/knowledge"
	"bujiao/store"
)

const botUsage = `bujiao bot — run the Telegram bot

Usage: bujiao bot [flags]

The bot token is read from the environment variable TELEGRAM_BOT_TOKEN or
from a file given with --token-file (never from a flag: command lines are
visible to every user of the machine). Get one from @BotFather.

By default the bot polls Telegram (no public address needed). With
--webhook-url it registers that HTTPS address with Telegram and serves it on
--listen as plain HTTP, for a TLS proxy in front.

  --listen ADDR        serve /healthz, /readyz and /metrics on ADDR (and the
                       webhook, with --webhook-url; default :8080 then, none
                       when polling)
  --db FILE|URL        conversation database: a SQLite file or a postgres:// URL
                       (default $BUJIAO_DATABASE_URL, else %s)
  --kb DIR             use another knowledge directory
  --log-format FORMAT  text or json (default text)
%s
Conversations are kept in the database, so a restart continues every chat.
Two bots on one database work together (each message is sent once); a
polling bot refuses to start while a webhook is set for the token, naming it,
unless --replace-webhook. To try bujiao without Telegram: bujiao chat`

// botFlagsUsage is the part of the usage that bot and serve --bot share.
const botFlagsUsage = `  --token-file FILE    read the token from FILE
  --webhook-url URL    receive updates at URL instead of polling
  --replace-webhook    when polling, delete a webhook that is set (another
                       deployment may be using it)
  --webhook-secret-file FILE
                       the webhook's secret token, the same for every instance
                       (default: on PostgreSQL the first instance stores a random
                       one for all; on SQLite a new one each start)
  --api-url URL        Bot API server (default https://api.telegram.org)
  --workers N          chats handled at once (default 8)
  --rate N             messages (sends and edits) per second overall (default 30,
                       Telegram's limit for a bot; raise it only for a test server)
  --chat-rate N        messages per second to one chat (default 1)
  --group-rate N       messages per minute to one group (default 20)
  --inline-cases-per-hour N
                       new cases one person may share by inline answers per
                       hour (default 60); past it, results come without the
                       link into the bot. The same case reuses one link.
  --chat-rows-per-hour N
                       events one chat may add to the database per hour
                       (default 100); past it its turns still run, unrecorded.
                       The same limit bounds, per chat and hour, hand-offs
                       opened, messages relayed to staff and reminders set;
                       past it the person is told when they can go on
  --lang zh|en         language for people whose client reports none (default zh)
` + staffUsage + "\n"

// webhookSecretRE is Telegram's rule for a webhook's secret token.
var webhookSecretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// tokenRE is the shape of a bot token: the bot's id, a colon, a secret.
var tokenRE = regexp.MustCompile(`^[0-9]+:[A-Za-z0-9_-]+$`)

// botFlags are the flags of the Telegram bot, the same for bujiao bot and
// bujiao serve --bot.
type botFlags struct {
	tokenFile, webhookURL, apiURL, lang string
	workers, groupRate                  int
	casesPerHour, rowsPerHour           int
	rate, chatRate                      float64
	replaceWebhook                      bool
	// staff: hand-offs to help-desk staff (handoff.go).
	staff     staffFlags
	tokenFlag string
	// webhookSecretFile holds the webhook secret shared by every instance
	// (read by check into webhookSecret).
	webhookSecretFile, webhookSecret string
	// clockStart is the hidden --clock-start: the bot's clock starts at
	// that time and runs from there, for tests of the real binary that
	// need a time of day (reminders are sent 08:00–21:00 Beijing time
	// only). Read by check into clock; not in the usage.
	clockStart string
	clock      func() time.Time
}

func (b *botFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.tokenFile, "token-file", "", "")
	fs.StringVar(&b.webhookURL, "webhook-url", "", "")
	fs.StringVar(&b.apiURL, "api-url", "", "")
	fs.IntVar(&b.workers, "workers", telegram.DefaultWorkers, "")
	fs.Float64Var(&b.rate, "rate", telegram.DefaultGlobalRate, "")
	fs.Float64Var(&b.chatRate, "chat-rate", telegram.DefaultChatRate, "")
	fs.IntVar(&b.groupRate, "group-rate", telegram.DefaultGroupPerMinute, "")
	fs.StringVar(&b.lang, "lang", "zh", "")
	fs.BoolVar(&b.replaceWebhook, "replace-webhook", false, "")
	fs.IntVar(&b.casesPerHour, "inline-cases-per-hour", dialog.DefaultCasesPerHour, "")
	fs.IntVar(&b.rowsPerHour, "chat-rows-per-hour", store.DefaultRowsPerChatHour, "")
	fs.StringVar(&b.tokenFlag, "token", "", "")
	fs.StringVar(&b.webhookSecretFile, "webhook-secret-file", "", "")
	fs.StringVar(&b.clockStart, "clock-start", "", "")
	b.staff.register(fs)
}

// check validates the flags; cmd names the command in messages.
func (b *botFlags) check(cmd string) (knowledge.Lang, error) {
	if b.tokenFlag != "" {
		return "", usageError("%s: --token is not accepted: a token on the command line is visible to other users (ps).\nSet TELEGRAM_BOT_TOKEN or use --token-file FILE.", cmd)
	}
	l, ok := knowledge.ParseLang(b.lang)
	if !ok {
		return "", usageError("%s: --lang: want zh or en, got %q", cmd, b.lang)
	}
	if b.clockStart != "" {
		start, err := parseClockStart(b.clockStart)
		if err != nil {
			return "", usageError("%s: --clock-start: want a time with its zone, like 2027-03-01T09:00+08:00, got %q", cmd, b.clockStart)
		}
		b.clock = startedClock(start, time.Now())
	}
	if b.workers < 1 || b.workers > 256 {
		return "", usageError("%s: --workers: want 1 to 256, got %d", cmd, b.workers)
	}
	if b.rate <= 0 || b.chatRate <= 0 || b.chatRate > b.rate {
		return "", usageError("%s: --rate and --chat-rate: want positive numbers, the chat's rate at most the overall one, got %g and %g", cmd, b.rate, b.chatRate)
	}
	if p := b.staff.perMinute; p > 0 {
		// --staff-rate from before the staff group shared the per-group
		// limit: it names the same limit.
		if b.groupRate != telegram.DefaultGroupPerMinute && b.groupRate != int(p) {
			return "", usageError("%s: --staff-rate %g and --group-rate %d: the staff group shares the per-group limit; give --group-rate only", cmd, p, b.groupRate)
		}
		b.groupRate = int(p)
	}
	if b.groupRate < 1 || b.groupRate > 60*int(max(1, b.rate)) {
		return "", usageError("%s: --group-rate: want 1 or more messages a minute (Telegram allows about 20), got %d", cmd, b.groupRate)
	}
	if b.casesPerHour < 1 {
		return "", usageError("%s: --inline-cases-per-hour: want a positive number, got %d", cmd, b.casesPerHour)
	}
	if b.rowsPerHour < 1 {
		return "", usageError("%s: --chat-rows-per-hour: want a positive number, got %d", cmd, b.rowsPerHour)
	}
	if b.webhookSecretFile != "" {
		data, err := os.ReadFile(b.webhookSecretFile)
		if err != nil {
			return "", fmt.Errorf("%s: --webhook-secret-file: %w", cmd, err)
		}
		b.webhookSecret = strings.TrimSpace(string(data))
		if !webhookSecretRE.MatchString(b.webhookSecret) {
			return "", fmt.Errorf("%s: --webhook-secret-file %s: want 1 to 256 characters of A-Z a-z 0-9 _ - (Telegram's rule for a secret token), e.g. from: head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\\n'", cmd, b.webhookSecretFile)
		}
	}
	if b.webhookURL != "" {
		u, err := url.Parse(b.webhookURL)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			return "", usageError("%s: --webhook-url: want an absolute https URL, got %q", cmd, b.webhookURL)
		}
	}
	return l, nil
}

// parseClockStart reads --clock-start: RFC 3339, seconds optional.
func parseClockStart(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04Z07:00", time.RFC3339, time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not an RFC 3339 time: %q", s)
}

// startedClock is a clock that read start at the real time t0 and runs
// at the real pace from there.
func startedClock(start, t0 time.Time) func() time.Time {
	return func() time.Time { return start.Add(time.Since(t0)) }
}

func runBotEnv(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var bf botFlags
	bf.register(fs)
	listen := fs.String("listen", "", "")
	dbPath := fs.String("db", "", "")
	kbDir := fs.String("kb", "", "")
	logFormat := fs.String("log-format", "text", "")
	usage := fmt.Sprintf(botUsage, store.DefaultPathEnv(getenv), botFlagsUsage)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil
		}
		return usageError("bot: %v\n\n%s", err, usage)
	}
	if fs.NArg() > 0 {
		return usageError("bot: unexpected arguments: %s\n\n%s", strings.Join(fs.Args(), " "), usage)
	}
	l, err := bf.check("bot")
	if err != nil {
		return err
	}
	handoff, err := bf.staffConfig("bot")
	if err != nil {
		return err
	}
	if *logFormat != "text" && *logFormat != "json" {
		return usageError("bot: --log-format: want text or json, got %q", *logFormat)
	}
	if *listen == "" && bf.webhookURL != "" {
		*listen = ":8080"
	}
	token, err := botToken(getenv, bf.tokenFile)
	if err != nil {
		return err
	}

	log := newBotLogger(stderr, *logFormat, token)
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	path := *dbPath
	if path == "" {
		path = store.DefaultPathEnv(getenv)
	}
	db, err := openBotStore(ctx, path, store.Options{RowsPerChatHour: bf.rowsPerHour}, log)
	if err != nil {
		return err
	}
	defer db.Close()
	if bf.clock != nil {
		setStoreClock(db, bf.clock)
		log.Warn("the bot's clock is set by --clock-start (tests only)", "now", bf.clock().Format(time.RFC3339))
	}

	// Retention runs alongside the bot and stops with it.
	sweepCtx, stopSweep := context.WithCancel(ctx)
	var sweeper sync.WaitGroup
	sweeper.Go(func() { db.RunSweeper(sweepCtx, time.Hour, 0, 0, log.With("component", "store")) })
	defer func() {
		stopSweep()
		sweeper.Wait()
	}()

	m := dialog.New(kb)
	m.DefaultLang = l
	m.Handoff = handoff
	liveKnowledge(ctx, kb, *kbDir, log, m.SetKnowledge)
	var metrics *web.Metrics
	if *listen != "" {
		metrics = web.NewMetrics()
	}
	b, err := newTelegramBot(ctx, token, m, db, log, metrics, bf)
	if err != nil {
		return err
	}
	if handoff != nil {
		// With the bot: a topic goes with its swept row.
		sweeper.Go(func() { sweepHandoffs(sweepCtx, db, time.Hour, log, b.DeleteStaffTopics) })
	}
	if *listen == "" {
		if err := b.Run(ctx); err != nil {
			return err
		}
		log.Info("telegram bot stopped")
		return nil
	}
	// One server for the operational endpoints and, with a webhook, the
	// webhook itself: the same in both modes.
	mux := opsMux(metrics, botReadiness{b, db})
	if err := serveBot(ctx, mux, b, *listen, bf.webhookURL, log); err != nil {
		return err
	}
	log.Info("telegram bot stopped")
	return nil
}

// serveBot runs the bot — polling, or by webhook mounted on srv — and srv
// on listen, until ctx is done.
func serveBot(ctx context.Context, srv *http.ServeMux, b *telegram.Bot, listen, webhookURL string, log *slog.Logger) error {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		b.Shutdown()
		return fmt.Errorf("bot: --listen: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	log.Info("serving /healthz, /readyz and /metrics", "addr", ln.Addr().String())
	runErr := make(chan error, 1)
	go func() {
		if webhookURL == "" {
			runErr <- b.Run(ctx)
			return
		}
		runErr <- b.RunOn(ctx, srv, webhookURL)
	}()
	var result error
	select {
	case err := <-errc:
		result = fmt.Errorf("bot: %w", err)
		b.Shutdown()
		<-runErr
	case err := <-runErr:
		result = err
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	return result
}

// opsMux serves /healthz (the process answers), /readyz (ready.Ping) and
// /metrics, for bujiao bot --listen in both modes.
func opsMux(metrics *web.Metrics, ready interface{ Ping(context.Context) error }) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := ready.Ping(ctx); err != nil {
			// The reason goes to the operator's log, not to whoever asks.
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "not ready")
			return
		}
		io.WriteString(w, "ready")
	})
	mux.Handle("GET /metrics", metrics.Handler())
	return mux
}

// botReadiness makes /readyz fail while the bot cannot take updates (its
// store damaged, not yet started, stopping) or the store does not answer.
type botReadiness struct {
	b  *telegram.Bot
	db persist.Store
}

func (r botReadiness) Ping(ctx context.Context) error {
	if err := r.b.Ready(); err != nil {
		return err
	}
	_, err := r.db.Load(ctx, 0)
	return err
}

// botToken reads the token from --token-file, else TELEGRAM_BOT_TOKEN. Its
// errors never contain the token.
func botToken(getenv func(string) string, file string) (string, error) {
	var token, from string
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("bot: read token file: %w", err)
		}
		token, from = strings.TrimSpace(string(data)), "--token-file "+file
	} else {
		token, from = strings.TrimSpace(getenv("TELEGRAM_BOT_TOKEN")), "TELEGRAM_BOT_TOKEN"
	}
	if token == "" {
		return "", usageError("bot: no Telegram bot token. Set TELEGRAM_BOT_TOKEN or use --token-file FILE\n" +
			"(get a token from @BotFather). To try bujiao without Telegram, run: bujiao chat")
	}
	if !tokenRE.MatchString(token) {
		return "", usageError("bot: the token in %s does not look like a bot token (digits:letters)", from)
	}
	return token, nil
}

// newBotLogger logs to stderr in text or JSON. As a last line of defence
// it removes the token from every string it logs.
func newBotLogger(w io.Writer, format, token string) *slog.Logger {
	if token == "" {
		if format == "json" {
			return slog.New(slog.NewJSONHandler(w, nil))
		}
		return slog.New(slog.NewTextHandler(w, nil))
	}
	_, secret, _ := strings.Cut(token, ":")
	scrub := func(s string) string { return telegram.ScrubToken(s, token) }
	opts := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		switch a.Value.Kind() {
		case slog.KindString:
			if s := a.Value.String(); strings.Contains(s, secret) {
				a.Value = slog.StringValue(scrub(s))
			}
		case slog.KindAny:
			if err, ok := a.Value.Any().(error); ok {
				a.Value = slog.StringValue(scrub(err.Error()))
			}
		}
		return a
	}}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// clusterInboxLease is the inbox lease on a shared store: short, so that
// the chats of an instance that died are taken over within seconds (its
// workers renew it three times a lease).
const clusterInboxLease = 5 * time.Second

// clusterSendTimeout bounds one Bot API call on a shared store. The
// outbox lease must outlast a call (twice it), and a dead instance's
// messages wait for that lease: with the default 15 s call a person whose
// reply was claimed by an instance that died waited 30 s (and wrote
// again). 4 s is far above a normal call; one that takes longer is
// retried (and may then arrive twice).
const clusterSendTimeout = 4 * time.Second

// newTelegramBot builds the bot over a conversation engine and its
// database, which it uses directly: *store.DB is the persistence contract.
// With metrics, turns, answers, FAQ look-ups, retries, backlogs and failed
// deliveries are counted (on /metrics of bot --listen and serve --bot).
func newTelegramBot(ctx context.Context, token string, m *dialog.Machine, db persist.Store, log *slog.Logger, metrics *web.Metrics, bf botFlags) (*telegram.Bot, error) {
	// The bot delivers reminders (the terminal does not), so its answers
	// offer them.
	m.Reminders = true
	m.RowsPerHour = bf.rowsPerHour
	cfg := telegram.Config{Token: token, ServerURL: bf.apiURL, Mailbox: db, Log: log, Workers: bf.workers,
		Runner:     &dialog.Runner{Machine: m, Sessions: db, Cases: db, Reminders: db},
		GlobalRate: rate.Limit(bf.rate), ChatRate: rate.Limit(bf.chatRate), GroupPerMinute: bf.groupRate,
		ReplaceWebhook: bf.replaceWebhook,
		// Inline queries reach the bot only once inline mode is enabled
		// with BotFather (README); until then this costs nothing.
		Inline: &dialog.Inline{Machine: m, Cases: db, CasesPerHour: bf.casesPerHour, Record: func(ctx context.Context, evs []dialog.Event) error {
			return db.Record(ctx, evs...)
		}}}
	if metrics != nil {
		cfg.Metrics = telegram.NewMetrics(metrics.Registry(), countTurn(metrics))
	}
	if bf.clock != nil {
		cfg.Runner.Now, cfg.Inline.Now, cfg.Now = bf.clock, bf.clock, bf.clock
	}
	cfg.WebhookSecret = bf.webhookSecret
	// A store shared by several instances (PostgreSQL) is also where they
	// agree: one poller, one webhook secret, one Telegram budget. Claims
	// of a dead instance's updates lapse within seconds.
	if c, ok := db.(persist.Cluster); ok {
		cfg.Cluster = c
		cfg.InboxLease = clusterInboxLease
		cfg.SendTimeout, cfg.OutboxLease = clusterSendTimeout, 2*clusterSendTimeout
	}
	// A chat that blocks the bot loses its reminders where the store can
	// drop them (SQLite; PostgreSQL keeps them until they are due).
	if rs, ok := db.(telegram.ReminderStore); ok {
		cfg.Reminders = rs
	}
	if bf.staff.chatID != 0 {
		hs, ok := db.(handoffDB)
		if !ok {
			return nil, errors.New("bot: --staff-chat: this database keeps no hand-offs")
		}
		withStaff(bf.staff.chatID, hs)(&cfg)
		if metrics != nil {
			cfg.HandoffMetrics = telegram.NewHandoffMetrics(metrics.Registry())
		}
	}
	return telegram.New(ctx, cfg)
}
