package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const testBotToken = "42:AAsecret-Token_value"

func noEnv(string) string { return "" }

func TestBotWithoutToken(t *testing.T) {
	err := runBotEnv(context.Background(), nil, noEnv, io.Discard, io.Discard)
	var stderr bytes.Buffer
	if code := exitCode(err, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	for _, want := range []string{"TELEGRAM_BOT_TOKEN", "--token-file", "bujiao chat"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("message lacks %q:\n%s", want, stderr.String())
		}
	}
}

func TestBotTokenNeverEchoed(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  string
	}{
		{"flag", []string{"--token", testBotToken}, ""},
		{"malformed env", nil, "not a token AAsecret"},
	}
	for _, c := range cases {
		err := runBotEnv(context.Background(), c.args, func(string) string { return c.env }, io.Discard, io.Discard)
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		if strings.Contains(err.Error(), "AAsecret") {
			t.Errorf("%s: the error shows the token: %v", c.name, err)
		}
	}
}

func TestBotFlagErrors(t *testing.T) {
	env := func(string) string { return testBotToken }
	for _, args := range [][]string{
		{"--webhook-url", "ftp://example.com/hook"},
		{"--log-format", "xml"},
		{"--workers", "0"},
		{"--lang", "fr"},
		{"extra"},
	} {
		err := runBotEnv(context.Background(), args, env, io.Discard, io.Discard)
		if code := exitCode(err, io.Discard); code != 2 {
			t.Errorf("%v: exit status %d (%v), want 2", args, code, err)
		}
	}
}

// miniAPI answers every Bot API method the bot uses at start-up, and holds
// getUpdates open until the client gives up.
type miniAPI struct {
	mu      sync.Mutex
	methods []string
	polled  chan struct{}
	once    sync.Once
}

func (m *miniAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Reading the body lets the server notice when the client hangs up.
	io.Copy(io.Discard, r.Body)
	method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	m.mu.Lock()
	m.methods = append(m.methods, method)
	m.mu.Unlock()
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 42, "is_bot": true, "first_name": "B", "username": "bujiao_bot"}
	case "getWebhookInfo":
		result = map[string]any{"url": "", "pending_update_count": 0}
	case "getUpdates":
		m.once.Do(func() { close(m.polled) })
		<-r.Context().Done()
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

// TestBotRunsAndStops starts the bot against a fake API with the token in
// a file, waits for it to poll, stops it, and checks the logs.
func TestBotRunsAndStops(t *testing.T) {
	api := &miniAPI{polled: make(chan struct{})}
	srv := httptest.NewServer(api)
	defer srv.Close()
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- runBotEnv(ctx, []string{"--token-file", tokenFile, "--api-url", srv.URL, "--db", filepath.Join(dir, "b.db"),
			"--log-format", "json"}, noEnv, io.Discard, &stderr)
	}()
	select {
	case <-api.polled:
	case err := <-done:
		t.Fatalf("bot exited early: %v\n%s", err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("the bot never polled")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("bot: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the bot did not stop")
	}
	logs := stderr.String()
	if strings.Contains(logs, "AAsecret") {
		t.Errorf("the token is in the logs:\n%s", logs)
	}
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("not a JSON log line: %s", line)
		}
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	for _, want := range []string{"getMe", "setMyCommands", "getWebhookInfo", "getUpdates"} {
		if !strings.Contains(strings.Join(api.methods, " "), want) {
			t.Errorf("no %s call; calls: %v", want, api.methods)
		}
	}
}

// TestBotListenPolling: bot --listen serves /healthz, /readyz and /metrics
// while polling, with the same metrics as serve --bot (backlog gauges
// among them).
func TestBotListenPolling(t *testing.T) {
	api := &miniAPI{polled: make(chan struct{})}
	srv := httptest.NewServer(api)
	defer srv.Close()
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- runBotEnv(ctx, []string{"--token-file", tokenFile, "--api-url", srv.URL, "--db", filepath.Join(dir, "b.db"),
			"--listen", addr}, noEnv, io.Discard, &stderr)
	}()
	select {
	case <-api.polled:
	case err := <-done:
		t.Fatalf("bot exited early: %v\n%s", err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("the bot never polled")
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get("/healthz"); code != 200 || body != "ok" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz: %d %q", code, body)
	}
	code, metrics := get("/metrics")
	for _, want := range []string{"bujiao_outbox_waiting 0", "bujiao_inbox_waiting 0", "bujiao_store_damaged 0",
		"bujiao_telegram_budget_messages_per_second 30"} {
		if code != 200 || !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q (status %d)", want, code)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("bot: %v\n%s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the bot did not stop")
	}
}
