package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/go-telegram/bot"
)

// RunWebhook serves the webhook on listen (plain HTTP, for a TLS proxy in
// front) at the path of publicURL, registers publicURL with Telegram, and
// serves until ctx is done; then it stops the server and shuts down.
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
	if err := b.shareSecret(ctx); err != nil {
		b.Shutdown()
		return fmt.Errorf("telegram: the webhook secret shared by the instances: %w", err)
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
	b.Start()
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
	// A request in flight is an insert: it finishes in milliseconds, and
	// one cut short is retried by Telegram.
	sctx, cancel := context.WithTimeout(context.Background(), b.cfg.Grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	<-served
	b.Shutdown()
	return nil
}

// RegisterWebhook tells Telegram to deliver updates to publicURL with this
// bot's secret token, for messages and button presses (and inline queries
// when Config.Inline is set) only.
func (b *Bot) RegisterWebhook(ctx context.Context, publicURL string) error {
	if ok, err := b.mayRegister(ctx); err != nil {
		return fmt.Errorf("telegram: the webhook lease: %w", err)
	} else if !ok {
		b.log.InfoContext(ctx, "another instance registered the webhook; serving it with the shared secret")
		return nil
	}
	err := b.call(ctx, "setWebhook", 5, func(ctx context.Context) error {
		_, err := b.api.SetWebhook(ctx, &bot.SetWebhookParams{
			URL:            publicURL,
			SecretToken:    b.secret,
			AllowedUpdates: b.allowedUpdates(),
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
// token, 413 to a body over 1 MiB, and 200 once the update is stored (or
// parked, if it does not decode), so Telegram redelivers only what was not
// stored. During shutdown it answers 503.
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
		if b.stopping.Load() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		if b.Damaged() != nil {
			// Not confirmed: Telegram retries, and keeps it for a day.
			http.Error(w, "store damaged", http.StatusServiceUnavailable)
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
		batch := b.sortBatch([][]byte{body})
		if batch.retry {
			http.Error(w, "not yet", http.StatusServiceUnavailable) // Telegram delivers it again
			return
		}
		if len(batch.in)+len(batch.parked) > 0 {
			if err := b.recv.receive(r.Context(), batch.in, batch.parked); err != nil {
				b.storeTrouble("store webhook update", err)
				http.Error(w, "unavailable", http.StatusServiceUnavailable)
				return
			}
		}
		// A pressed button is answered in the response: Telegram makes the
		// answerCallbackQuery call itself, which saves a request (and its
		// goroutine) per press. Its result is not reported back; a failure
		// only leaves the button's spinner until the client gives up.
		var reply []byte
		if len(batch.callbacks) == 1 {
			reply = callbackReply(batch.callbacks[0])
			batch.callbacks = nil
		}
		b.received(batch)
		if reply == nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		w.Write(reply)
		b.met.webhookReply("answerCallbackQuery")
	})
}

// callbackReply is a webhook response that answers a callback query.
func callbackReply(id string) []byte {
	reply, err := json.Marshal(struct {
		Method string `json:"method"`
		ID     string `json:"callback_query_id"`
	}{"answerCallbackQuery", id})
	if err != nil {
		return nil
	}
	return reply
}
