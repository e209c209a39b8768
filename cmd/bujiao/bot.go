package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
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

  --token-file FILE    read the token from FILE
  --webhook-url URL    receive updates at URL instead of polling
  --listen ADDR        address of the webhook server (default :8080)
  --api-url URL        Bot API server (default https://api.telegram.org)
  --db FILE            conversation database (default %s)
  --kb DIR             use another knowledge directory
  --workers N          chats handled at once (default 8)
  --rate N             messages (sends and edits) per second overall (default 30,
                       Telegram's limit for a bot; raise it only for a test server)
  --chat-rate N        messages per second to one chat (default 1)
  --inline-cases-per-hour N
                       new cases one person may share by inline answers per
                       hour (default 60); past it, results come without the
                       link into the bot. The same case reuses one link.
  --chat-rows-per-hour N
                       events one chat may add to the database per hour
                       (default 100); past it its turns still run, unrecorded
  --lang zh|en         language for people whose client reports none (default zh)
  --log-format FORMAT  text or json (default text)

Conversations are kept in the database, so a restart continues every chat.
To try bujiao without Telegram: bujiao chat`

func runBot(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runBotEnv(ctx, args, os.Getenv, stdout, stderr)
}

// tokenRE is the shape of a bot token: the bot's id, a colon, a secret.
var tokenRE = regexp.MustCompile(`^[0-9]+:[A-Za-z0-9_-]+$`)

func runBotEnv(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	tokenFile := fs.String("token-file", "", "")
	webhookURL := fs.String("webhook-url", "", "")
	listen := fs.String("listen", ":8080", "")
	apiURL := fs.String("api-url", "", "")
	dbPath := fs.String("db", "", "")
	kbDir := fs.String("kb", "", "")
	workers := fs.Int("workers", telegram.DefaultWorkers, "")
	globalRate := fs.Float64("rate", telegram.DefaultGlobalRate, "")
	chatRate := fs.Float64("chat-rate", telegram.DefaultChatRate, "")
	lang := fs.String("lang", "zh", "")
	logFormat := fs.String("log-format", "text", "")
	tokenFlag := fs.String("token", "", "")
	casesPerHour := fs.Int("inline-cases-per-hour", dialog.DefaultCasesPerHour, "")
	rowsPerHour := fs.Int("chat-rows-per-hour", store.DefaultRowsPerChatHour, "")
	usage := fmt.Sprintf(botUsage, store.DefaultPath())
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil
		}
		return usageError("bot: %v\n\n%s", err, usage)
	}
	if *tokenFlag != "" {
		return usageError("bot: --token is not accepted: a token on the command line is visible to other users (ps).\nSet TELEGRAM_BOT_TOKEN or use --token-file FILE.")
	}
	if fs.NArg() > 0 {
		return usageError("bot: unexpected arguments: %s\n\n%s", strings.Join(fs.Args(), " "), usage)
	}
	l, ok := knowledge.ParseLang(*lang)
	if !ok {
		return usageError("bot: --lang: want zh or en, got %q", *lang)
	}
	if *workers < 1 || *workers > 256 {
		return usageError("bot: --workers: want 1 to 256, got %d", *workers)
	}
	if *logFormat != "text" && *logFormat != "json" {
		return usageError("bot: --log-format: want text or json, got %q", *logFormat)
	}
	if *globalRate <= 0 || *chatRate <= 0 || *chatRate > *globalRate {
		return usageError("bot: --rate and --chat-rate: want positive numbers, the chat's rate at most the overall one, got %g and %g", *globalRate, *chatRate)
	}
	if *casesPerHour < 1 {
		return usageError("bot: --inline-cases-per-hour: want a positive number, got %d", *casesPerHour)
	}
	if *rowsPerHour < 1 {
		return usageError("bot: --chat-rows-per-hour: want a positive number, got %d", *rowsPerHour)
	}
	if *webhookURL != "" {
		u, err := url.Parse(*webhookURL)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			return usageError("bot: --webhook-url: want an absolute https URL, got %q", *webhookURL)
		}
	}
	token, err := botToken(getenv, *tokenFile)
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
		path = store.DefaultPath()
	}
	db, err := store.OpenWith(ctx, path, store.Options{RowsPerChatHour: *rowsPerHour})
	if err != nil {
		return fmt.Errorf("open conversation database: %w", err)
	}
	defer db.Close()

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
	liveKnowledge(ctx, kb, *kbDir, log, m.SetKnowledge)
	b, err := newTelegramBot(ctx, token, *apiURL, *workers, m, db, log, nil, budget{*globalRate, *chatRate, *casesPerHour})
	if err != nil {
		return err
	}
	if *webhookURL != "" {
		err = b.RunWebhook(ctx, *listen, *webhookURL)
	} else {
		err = b.Run(ctx)
	}
	if err != nil {
		return err
	}
	log.Info("telegram bot stopped")
	return nil
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

// newTelegramBot builds the bot over a conversation engine and its
// database. With metrics, turns, answers, FAQ look-ups, retries and failed
// deliveries are counted (bujiao serve --bot exposes them on /metrics).
// budget is Telegram's message budget: per second overall and per chat;
// and the shared cases one person may create per hour (0: the default).
type budget struct {
	global, chat float64
	casesPerHour int
}

var defaultBudget = budget{global: telegram.DefaultGlobalRate, chat: telegram.DefaultChatRate}

func newTelegramBot(ctx context.Context, token, apiURL string, workers int, m *dialog.Machine, db *store.DB, log *slog.Logger, metrics *web.Metrics, bg budget) (*telegram.Bot, error) {
	sessions := storeSessions{db}
	cfg := telegram.Config{Token: token, ServerURL: apiURL, Mailbox: sessions, Log: log, Workers: workers,
		Runner:     &dialog.Runner{Machine: m, Sessions: sessions, Cases: db},
		GlobalRate: rate.Limit(bg.global), ChatRate: rate.Limit(bg.chat),
		// Inline queries reach the bot only once inline mode is enabled
		// with BotFather (README); until then this costs nothing.
		Inline: &dialog.Inline{Machine: m, Cases: db, CasesPerHour: bg.casesPerHour, Record: func(ctx context.Context, evs []dialog.Event) error {
			return db.Record(ctx, storeEvents(evs)...)
		}}}
	if metrics != nil {
		cfg.Metrics = telegram.NewMetrics(metrics.Registry(), countTurn(metrics))
	}
	return telegram.New(ctx, cfg)
}
