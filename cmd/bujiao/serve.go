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
	"bujiao/dialog/persist"
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
  --db FILE|URL            database (SQLite file or postgres:// URL) whose reachability /readyz checks
                           (optional; default $BUJIAO_DATABASE_URL)
  --log-format text|json   log format on stderr (default text)
  --behind-https           a proxy in front serves the page over https: mark the
                           token cookie Secure (a request carrying
                           X-Forwarded-Proto: https gets a Secure cookie anyway);
                           needs --auth-token-file. Without a token, a request
                           carrying X-Forwarded-For, X-Forwarded-Proto or
                           Forwarded (it came through a proxy) gets 403.

Serving the Telegram bot from the same process (one process runs everything):
  --bot                    also run the bot on this server; needs
                           TELEGRAM_BOT_TOKEN or --token-file. With --webhook-url
                           (the public https URL Telegram posts to; its path is
                           mounted here, e.g. https://bot.example.org/telegram)
                           by webhook, else by polling. The bot's flags are
                           those of bujiao bot:
%s
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

func runServeEnv(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	listen := fs.String("listen", "127.0.0.1:8080", "")
	tokenFile := fs.String("auth-token-file", "", "")
	kbDir := fs.String("kb", "", "")
	dbPath := fs.String("db", "", "")
	logFormat := fs.String("log-format", "text", "")
	behindHTTPS := fs.Bool("behind-https", false, "")
	withBot := fs.Bool("bot", false, "")
	var bf botFlags
	bf.register(fs)
	usage := fmt.Sprintf(serveUsage, botFlagsUsage)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil
		}
		return usageError("serve: %v\n\n%s", err, usage)
	}
	if fs.NArg() > 0 {
		return usageError("serve: unexpected arguments: %s\n\n%s", strings.Join(fs.Args(), " "), usage)
	}
	if *logFormat != "text" && *logFormat != "json" {
		return usageError("serve: --log-format: invalid value %q; valid: text | json", *logFormat)
	}
	botLang, err := bf.check("serve")
	if err != nil {
		return err
	}
	handoff, err := bf.staffConfig("serve")
	if err != nil {
		return err
	}
	if handoff != nil && !*withBot {
		return usageError("serve: --staff-chat needs --bot")
	}
	botTok := ""
	if *withBot {
		var err error
		if botTok, err = botToken(getenv, bf.tokenFile); err != nil {
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
		machine = dialog.New(b)
		machine.DefaultLang = botLang
		machine.Handoff = handoff
		onSwap = machine.SetKnowledge
	}
	live := liveKnowledge(ctx, b, *kbDir, log, onSwap)

	opts := web.Options{Token: token, RequireToken: token != "" || !loopback, Metrics: web.NewMetrics(), Logger: log,
		BehindHTTPS: *behindHTTPS, Reload: live}
	if *withBot && *dbPath == "" {
		*dbPath = store.DefaultPathEnv(getenv)
	}
	var db botStore
	if *dbPath != "" {
		db, err = openBotStore(ctx, *dbPath, store.Options{RowsPerChatHour: bf.rowsPerHour}, log)
		if err != nil {
			return fmt.Errorf("serve: --db: %w", err)
		}
		defer db.Close()
		opts.DB = storePinger{db}
		opts.Lookups = storeLookups{db}
	}
	var tb *telegram.Bot
	if *withBot {
		if tb, err = newTelegramBot(ctx, botTok, machine, db, log.With("component", "telegram"), opts.Metrics, bf); err != nil {
			return err
		}
		opts.DB = botReadiness{tb, db}
	}
	// Listen before registering a webhook, so Telegram is never pointed at
	// an address nothing answers.
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		if tb != nil {
			tb.Shutdown()
		}
		return fmt.Errorf("serve: %w", err)
	}
	srv := web.New(live.Get, opts)
	if tb != nil {
		stop, err := mountBot(ctx, srv, tb, bf.webhookURL, db, log)
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

// storePinger adapts a store to web.Pinger: loading a conversation that
// does not exist is a round trip to the database (on PostgreSQL, to the
// server: /readyz fails while it is gone).
type storePinger struct{ db persist.Store }

func (p storePinger) Ping(ctx context.Context) error {
	_, err := p.db.Load(ctx, 0)
	return err
}

// storeLookups records the page's and the API's answers as lookup events.
type storeLookups struct{ db persist.Store }

func (s storeLookups) RecordLookup(ctx context.Context, l web.Lookup) error {
	return s.db.Record(ctx, store.Event{Kind: store.EventLookup, Question: l.Surface, Verdict: l.Verdict,
		Region: l.Region, Text: strings.Join(l.Keys, ",")})
}

// mountBot runs the Telegram bot alongside the web server: by webhook on
// its mux (Telegram posts to the page's server), or by polling. One
// process serves the page, the API, metrics and the bot. The returned stop
// stops the bot and its retention sweeper.
func mountBot(ctx context.Context, srv *web.Server, b *telegram.Bot, webhookURL string, db botStore, log *slog.Logger) (stop func(), err error) {
	bl := log.With("component", "telegram")
	sweepCtx, stopSweep := context.WithCancel(ctx)
	var running sync.WaitGroup
	running.Go(func() { db.RunSweeper(sweepCtx, time.Hour, 0, 0, bl) })
	if b.HandoffsOn() {
		running.Go(func() { sweepHandoffs(sweepCtx, db, time.Hour, bl, b.DeleteStaffTopics) })
	}
	if webhookURL == "" {
		running.Go(func() {
			if err := b.Run(sweepCtx); err != nil {
				bl.Error("telegram bot stopped", "err", err)
			}
		})
		log.Info("telegram bot polling alongside the page")
	} else {
		u, _ := url.Parse(webhookURL)
		if u.Path == "" || u.Path == "/" {
			b.Shutdown()
			stopSweep()
			running.Wait()
			return nil, usageError("serve: --webhook-url needs a path of its own (e.g. /telegram), not the page's /")
		}
		if err := b.Init(ctx); err != nil {
			b.Shutdown()
			stopSweep()
			running.Wait()
			return nil, err
		}
		srv.Handle(u.Path, b.WebhookHandler())
		b.Start()
		if err := b.RegisterWebhook(ctx, webhookURL); err != nil {
			b.Shutdown()
			stopSweep()
			running.Wait()
			return nil, err
		}
		log.Info("telegram bot mounted", "username", b.Username(), "path", u.Path)
	}
	return func() {
		b.Shutdown()
		stopSweep()
		running.Wait()
	}, nil
}
