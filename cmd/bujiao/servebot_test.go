package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// webhookAPI is a fake Bot API that remembers the webhook secret the bot
// registers and the messages it sends.
type webhookAPI struct {
	mu     sync.Mutex
	secret string
	sent   []string
	hooked chan struct{}
	once   sync.Once
}

func (a *webhookAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	_ = r.ParseMultipartForm(1 << 20)
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 42, "is_bot": true, "first_name": "B", "username": "bujiao_bot"}
	case "setWebhook":
		a.mu.Lock()
		a.secret = r.FormValue("secret_token")
		a.mu.Unlock()
		a.once.Do(func() { close(a.hooked) })
	case "sendMessage":
		a.mu.Lock()
		a.sent = append(a.sent, r.FormValue("text"))
		a.mu.Unlock()
		result = map[string]any{"message_id": 1, "date": 0, "chat": map[string]any{"id": 7, "type": "private"}}
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestServeWithBot runs the page, the API and the Telegram webhook in one
// process: an update posted with the registered secret is handled before
// the 200, a wrong secret is refused, and /metrics counts the turn.
func TestServeWithBot(t *testing.T) {
	api := &webhookAPI{hooked: make(chan struct{})}
	tg := httptest.NewServer(api)
	defer tg.Close()
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"--listen", addr, "--bot", "--webhook-url", "http://" + addr + "/telegram",
			"--token-file", tokenFile, "--api-url", tg.URL, "--db", filepath.Join(dir, "s.db")}, io.Discard, &stderr)
	}()
	select {
	case <-api.hooked:
	case err := <-done:
		t.Fatalf("serve exited early: %v\n%s", err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("the webhook was never registered")
	}
	update := `{"update_id": 100, "message": {"message_id": 1, "date": 0, "text": "/start",
		"entities": [{"type": "bot_command", "offset": 0, "length": 6}],
		"chat": {"id": 7, "type": "private"}, "from": {"id": 7, "is_bot": false, "first_name": "A", "language_code": "en"}}}`
	post := func(secret string) int {
		// The server may still be starting to listen; retry briefly.
		for i := 0; ; i++ {
			req, _ := http.NewRequest("POST", "http://"+addr+"/telegram", strings.NewReader(update))
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				return resp.StatusCode
			}
			if i > 50 {
				t.Fatalf("post update: %v", err)
			}
			time.Sleep(100 * time.Millisecond) // waiting for a listener, not synchronising with the handler
		}
	}
	if code := post("wrong"); code != http.StatusForbidden {
		t.Errorf("wrong secret: status %d, want 403", code)
	}
	api.mu.Lock()
	secret := api.secret
	api.mu.Unlock()
	if code := post(secret); code != http.StatusOK {
		t.Fatalf("right secret: status %d, want 200", code)
	}
	// The 200 follows the insert; the turn runs and its reply leaves the
	// outbox soon after.
	var sent string
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		api.mu.Lock()
		sent = strings.Join(api.sent, "\n")
		api.mu.Unlock()
		if strings.Contains(sent, "Which scheme") || time.Now().After(deadline) {
			break
		}
	}
	if !strings.Contains(sent, "Which scheme") {
		t.Errorf("the bot's reply was never sent; sent:\n%s", sent)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), "bujiao_dialog_turns_total 1") {
		t.Errorf("/metrics does not count the turn:\n%s", grepLines(string(metrics), "bujiao_"))
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v\n%s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if strings.Contains(stderr.String(), "AAsecret") {
		t.Error("the bot token is in the logs")
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
