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
	"strings"
	"sync"
	"time"

	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
	"bujiao/dialog/telegram"
	"bujiao/knowledge"
	"bujiao/store"
)

const serveUsage = `bujiao serve — the help-desk web page and JSON API (服务台网页和 JSON 接口)

Usage: bujiao serve [flags]

  --listen ADDR            address to listen on (default 127.0.0.1:8080)
  --auth-token-file FILE   file holding the access token (at least 16 characters);
                           required unless ADDR is a loopback address. Staff open
                           http://ADDR/?token=TOKEN once (a cookie keeps them in);
                           scripts send "Authorization: Bearer TOKEN".
  --kb DIR                 knowledge directory (default: the built-in one)
  --db FILE                database whose reachability /readyz checks (optional)
  --log-format text|json   log format on stderr (default text)
  --behind-https           a proxy in front serves the page over https: mark the
                           token cookie Secure (a request carrying
                           X-Forwarded-Proto: https gets a Secure cookie anyway);
                           needs --auth-token-file. Without a token, a request
                           carrying X-Forwarded-For, X-Forwarded-Proto or
                           Forwarded (it came through a proxy) gets 403.

Serving the Telegram bot from the same process (one process runs everything):
  --bot                    also run the bot by webhook on this server; needs
                           TELEGRAM_BOT_TOKEN or --token-file, and --webhook-url
  --webhook-url URL        the public https URL Telegram posts to; its path is
                           mounted here (e.g. https://bot.example.org/telegram)
  --token-file FILE        file holding the bot token
  --api-url URL            Bot API server (default https://api.telegram.org)
  --workers N              chats handled at once (default 8)
  --lang zh|en             language for chats whose client reports none
  --inline-cases-per-hour N  new cases one person may share by inline answers
                           per hour (default 60; then results without a link)
  --chat-rows-per-hour N   events one chat may add per hour (default 100)

Routes: / (page), /answer.txt, /answer.md, POST /api/answer, /api/regions,
/metrics (these need the token when one is set), /healthz, /readyz, /static/
and the bot's webhook (checked by Telegram's secret header) never do.`

// minTokenLen keeps guessable tokens off non-loopback interfaces.
const minTokenLen = 16

// Timeouts of the HTTP server and of shutdown.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 10 * time.Second
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	listen := fs.String("listen", "127.0.0.1:8080", "")
	tokenFile := fs.String("auth-token-file", "", "")
	kbDir := fs.String("kb", "", "")
	dbPath := fs.String("db", "", "")
	logFormat := fs.String("log-format", "text", "")
	behindHTTPS := fs.Bool("behind-https", false, "")
	withBot := fs.Bool("bot", false, "")
	webhookURL := fs.String("webhook-url", "", "")
	botTokenFile := fs.String("token-file", "", "")
	apiURL := fs.String("api-url", "", "")
	workers := fs.Int("workers", telegram.DefaultWorkers, "")
	botLang := fs.String("lang", "zh", "")
	casesPerHour := fs.Int("inline-cases-per-hour", dialog.DefaultCasesPerHour, "")
	rowsPerHour := fs.Int("chat-rows-per-hour", store.DefaultRowsPerChatHour, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, serveUsage)
			return nil
		}
		return usageError("serve: %v\n\n%s", err, serveUsage)
	}
	if fs.NArg() > 0 {
		return usageError("serve: unexpected arguments: %s\n\n%s", strings.Join(fs.Args(), " "), serveUsage)
	}
	if *logFormat != "text" && *logFormat != "json" {
		return usageError("serve: --log-format: invalid value %q; valid: text | json", *logFormat)
	}
	if *workers < 1 || *workers > 256 {
		return usageError("serve: --workers: want 1 to 256, got %d", *workers)
	}
	if *casesPerHour < 1 {
		return usageError("serve: --inline-cases-per-hour: want a positive number, got %d", *casesPerHour)
	}
	if *rowsPerHour < 1 {
		return usageError("serve: --chat-rows-per-hour: want a positive number, got %d", *rowsPerHour)
	}
	botTok := ""
	if *withBot {
		var err error
		if botTok, err = botToken(os.Getenv, *botTokenFile); err != nil {
			return err
		}
	}
	// The bot's logger scrubs its token from everything it logs: the last
	// line of defence if a library error ever carries the request URL.
	log := newBotLogger(stderr, *logFormat, botTok)
	h := log.Handler()

	host, _, err := net.SplitHostPort(*listen)
	if err != nil {
		return usageError("serve: --listen %s: want HOST:PORT, e.g. 127.0.0.1:8080 (%v)", *listen, err)
	}
	token := ""
	if *tokenFile != "" {
		data, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fmt.Errorf("serve: --auth-token-file: %w", err)
		}
		token = strings.TrimSpace(string(data))
		if len(token) < minTokenLen {
			return usageError("serve: the token in %s is %s; use at least %d random characters (e.g. openssl rand -hex 24 > %s)",
				*tokenFile, map[bool]string{true: "empty", false: "too short"}[token == ""], minTokenLen, *tokenFile)
		}
	}
	loopback := isLoopback(host)
	if *behindHTTPS && token == "" {
		// A proxy in front means requests come from anyone the proxy
		// serves, not from this machine: the loopback address protects
		// nothing.
		return usageError("serve: --behind-https without an access token: everyone the proxy serves could use the page, the API and /metrics.\n" +
			"Pass --auth-token-file FILE (a file holding a random token, e.g. openssl rand -hex 24 > FILE).")
	}
	if !loopback && token == "" {
		return usageError("serve: refusing to listen on %s without an access token: anyone who can reach it could use it.\n"+
			"Pass --auth-token-file FILE (a file holding a random token), or listen on a loopback address such as 127.0.0.1:8080.", *listen)
	}

	b, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	var machine *dialog.Machine
	var onSwap func(*knowledge.Base)
	if *withBot {
		l, ok := knowledge.ParseLang(*botLang)
		if !ok {
			return usageError("serve: --lang: want zh or en, got %q", *botLang)
		}
		machine = dialog.New(b)
		machine.DefaultLang = l
		onSwap = machine.SetKnowledge
	}
	live := liveKnowledge(ctx, b, *kbDir, log, onSwap)

	opts := web.Options{Token: token, RequireToken: token != "" || !loopback, Metrics: web.NewMetrics(), Logger: log,
		BehindHTTPS: *behindHTTPS, Reload: live}
	if *withBot && *dbPath == "" {
		*dbPath = store.DefaultPath()
	}
	var db *store.DB
	if *dbPath != "" {
		db, err = store.OpenWith(ctx, *dbPath, store.Options{RowsPerChatHour: *rowsPerHour})
		if err != nil {
			return fmt.Errorf("serve: --db %s: %w", *dbPath, err)
		}
		defer db.Close()
		opts.DB = storePinger{db}
		opts.Lookups = storeLookups{db}
	}
	// Listen before registering a webhook, so Telegram is never pointed at
	// an address nothing answers.
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := web.New(live.Get, opts)
	if *withBot {
		bg := defaultBudget
		bg.casesPerHour = *casesPerHour
		stop, err := mountBot(ctx, srv, *webhookURL, botTok, *apiURL, *workers, bg, machine, db, log, opts.Metrics)
		if err != nil {
			ln.Close()
			return err
		}
		defer stop()
	}

	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(h, slog.LevelWarn),
	}
	log.Info("serving", "addr", ln.Addr().String(), "token_required", opts.RequireToken,
		"knowledge", b.Version.String(), "db", *dbPath != "")

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// isLoopback reports whether host names only this machine: localhost or a
// loopback IP. An empty host (":8080") means every interface.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// storePinger adapts store.DB to web.Pinger: a conversation that does not
// exist is a successful round trip to the database.
type storePinger struct{ db *store.DB }

func (p storePinger) Ping(ctx context.Context) error {
	_, err := p.db.Load(ctx, 0)
	if err == nil || errors.Is(err, store.ErrNotFound) {
		return nil
	}
	return err
}

// storeLookups records the page's and the API's answers as lookup events.
type storeLookups struct{ db *store.DB }

func (s storeLookups) RecordLookup(ctx context.Context, l web.Lookup) error {
	return s.db.Record(ctx, store.Event{Kind: store.EventLookup, Question: l.Surface, Verdict: l.Verdict,
		Region: l.Region, Text: strings.Join(l.Keys, ",")})
}

// mountBot runs the Telegram bot by webhook on the web server's mux: one
// process serves the page, the API, metrics and the bot. The returned stop
// drains the bot's updates in flight and stops its retention sweeper.
func mountBot(ctx context.Context, srv *web.Server, webhookURL, token, apiURL string, workers int, bg budget, m *dialog.Machine, db *store.DB, log *slog.Logger, metrics *web.Metrics) (stop func(), err error) {
	u, err := url.Parse(webhookURL)
	if webhookURL == "" || err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, usageError("serve: --bot needs --webhook-url, the public https URL Telegram posts to (got %q)", webhookURL)
	}
	bl := log.With("component", "telegram")
	b, err := newTelegramBot(ctx, token, apiURL, workers, m, db, bl, metrics, bg)
	if err != nil {
		return nil, err
	}
	if err := b.Init(ctx); err != nil {
		b.Shutdown()
		return nil, err
	}
	path := u.Path
	if path == "" || path == "/" {
		b.Shutdown()
		return nil, usageError("serve: --webhook-url needs a path of its own (e.g. /telegram), not the page's /")
	}
	srv.Handle(path, b.WebhookHandler())
	b.Start()
	if err := b.RegisterWebhook(ctx, webhookURL); err != nil {
		b.Shutdown()
		return nil, err
	}
	sweepCtx, stopSweep := context.WithCancel(ctx)
	var sweeper sync.WaitGroup
	sweeper.Go(func() { db.RunSweeper(sweepCtx, time.Hour, 0, 0, bl) })
	log.Info("telegram bot mounted", "username", b.Username(), "path", path)
	return func() {
		b.Shutdown()
		stopSweep()
		sweeper.Wait()
	}, nil
}
