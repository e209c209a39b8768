package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/cmd/bujiao/web"
	"bujiao/knowledge"
)

// lockedBuffer is a bytes.Buffer safe for the server goroutine to write
// while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func exitStatus(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if err != nil {
		return 1
	}
	return 0
}

func writeToken(t *testing.T, token string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(p, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestServeRefusesNonLoopbackWithoutToken(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0", "192.0.2.1:8080", "example.com:80"} {
		var stdout, stderr bytes.Buffer
		err := runServe(context.Background(), []string{"--listen", addr}, &stdout, &stderr)
		if exitStatus(err) != 2 {
			t.Fatalf("--listen %s: %v (status %d), want a usage error", addr, err, exitStatus(err))
		}
		if !strings.Contains(err.Error(), "--auth-token-file") || !strings.Contains(err.Error(), "refusing") {
			t.Errorf("--listen %s: unclear message %q", addr, err)
		}
	}
}

// Behind a proxy the loopback address protects nothing: without a token
// serve refuses to start, naming the flag that fixes it.
func TestServeBehindHTTPSNeedsToken(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := runServe(context.Background(), []string{"--listen", "127.0.0.1:0", "--behind-https"}, &stdout, &stderr)
	if exitStatus(err) != 2 || !strings.Contains(err.Error(), "--auth-token-file") {
		t.Fatalf("--behind-https without a token: %v (status %d), want status 2 naming --auth-token-file", err, exitStatus(err))
	}
}

func TestServeFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--nope"},
		{"--log-format", "xml"},
		{"extra"},
		{"--listen", "nocolon"},
		{"--listen", "127.0.0.1:0", "--auth-token-file", writeToken(t, "short")},
		{"--listen", "127.0.0.1:0", "--auth-token-file", writeToken(t, "")},
	} {
		err := runServe(context.Background(), args, io.Discard, io.Discard)
		if exitStatus(err) != 2 {
			t.Errorf("%v: %v (status %d), want status 2", args, err, exitStatus(err))
		}
	}
	if err := runServe(context.Background(), []string{"--auth-token-file", "/nonexistent/token"}, io.Discard, io.Discard); exitStatus(err) != 1 {
		t.Errorf("unreadable token file: %v", err)
	}
	var stdout bytes.Buffer
	if err := runServe(context.Background(), []string{"--help"}, &stdout, io.Discard); err != nil || !strings.Contains(stdout.String(), "--auth-token-file") {
		t.Errorf("--help: %v %q", err, stdout.String())
	}
}

func TestServeIsLoopback(t *testing.T) {
	for host, want := range map[string]bool{"127.0.0.1": true, "127.1.2.3": true, "::1": true, "[::1]": true, "localhost": true,
		"": false, "0.0.0.0": false, "::": false, "10.0.0.1": false, "example.com": false} {
		if got := isLoopback(host); got != want {
			t.Errorf("isLoopback(%q) = %v", host, got)
		}
	}
}

// startServe runs `bujiao serve` with args until the test ends and returns
// its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, args, io.Discard, &stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop after its context was cancelled")
		}
		if strings.Contains(stderr.String(), "correct-horse") {
			t.Error("the log holds the token")
		}
	})
	re := regexp.MustCompile(`msg=serving addr=(\S+)|"msg":"serving","addr":"([^"]+)"`)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			_, port, err := net.SplitHostPort(m[1] + m[2])
			if err != nil {
				t.Fatal(err)
			}
			return "http://127.0.0.1:" + port
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start:\n%s", stderr.String())
	return ""
}

func httpGet(t *testing.T, url string, header map[string]string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestServeStartsAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bujiao.db")
	base := startServe(t, "--listen", "127.0.0.1:0", "--db", db, "--log-format", "text")
	if code, body := httpGet(t, base+"/healthz", nil); code != 200 || body != "ok" {
		t.Errorf("healthz: %d %q", code, body)
	}
	if code, body := httpGet(t, base+"/readyz", nil); code != 200 {
		t.Errorf("readyz with a database: %d %q", code, body)
	}
	if code, body := httpGet(t, base+"/?scheme=employee&payer=individual&gap_months=8&region=shanghai&today=2026-11-25", nil); code != 200 || !strings.Contains(body, "2027-05-15") {
		t.Errorf("page: %d", code)
	}
}

func TestServeNonLoopbackWithToken(t *testing.T) {
	const token = "correct-horse-battery-staple"
	base := startServe(t, "--listen", "0.0.0.0:0", "--auth-token-file", writeToken(t, token), "--log-format", "json")
	if code, _ := httpGet(t, base+"/", nil); code != 401 {
		t.Errorf("without the token: %d, want 401", code)
	}
	if code, _ := httpGet(t, base+"/", map[string]string{"Authorization": "Bearer wrong-wrong-wrong-wrong"}); code != 401 {
		t.Errorf("with a wrong token: %d, want 401", code)
	}
	if code, _ := httpGet(t, base+"/", map[string]string{"Authorization": "Bearer " + token}); code != 200 {
		t.Errorf("with the token: %d, want 200", code)
	}
	if code, _ := httpGet(t, base+"/healthz", nil); code != 200 {
		t.Errorf("healthz needs no token: %d", code)
	}
}

// TestServeAPIMatchesAsk checks that POST /api/answer gives byte for byte
// what `bujiao ask --format json` prints for the same case.
func TestServeAPIMatchesAsk(t *testing.T) {
	b, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	srv := web.New(func() *knowledge.Base { return b }, web.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, flags := range [][]string{
		{"--scheme", "employee", "--payer", "individual", "--gap-months", "8", "--region", "shanghai"},
		{"--scheme", "employee", "--payer", "unit", "--reason", "arrears", "--unit-status", "bankrupt", "--since", "2026-03",
			"--region", "zhejiang", "--arrears", "12000", "--due-date", "2026-04-15"},
		{"--scheme", "employee", "--retirement", "at-age", "--years-paid", "22", "--sex", "female", "--region", "guangdong", "--lang", "en"},
		{"--scheme", "resident", "--broken-years", "2", "--repay-years", "1", "--region", "杭州", "--in-window"},
		{"--scheme", "employee", "--payer", "unit", "--reason", "job-change", "--gap-months", "2", "--region", "Shenzhen", "--base", "8000"},
	} {
		args := append(append([]string{}, flags...), "--today", "2026-11-25", "--format", "json")
		var ask bytes.Buffer
		if err := runAsk(context.Background(), args, &ask, io.Discard); err != nil {
			t.Fatalf("ask %v: %v", args, err)
		}
		body := map[string]any{"today": "2026-11-25"}
		for i := 0; i < len(flags); i++ {
			key := strings.ReplaceAll(strings.TrimPrefix(flags[i], "--"), "-", "_")
			if key == "in_window" {
				body[key] = true
				continue
			}
			body[key] = flags[i+1]
			i++
		}
		data, _ := json.Marshal(body)
		req := httptest.NewRequest(http.MethodPost, "/api/answer", bytes.NewReader(data))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("API %s: %d %s", data, rec.Code, rec.Body)
		}
		if rec.Body.String() != ask.String() {
			t.Errorf("API answer for %v differs from ask --format json", flags)
		}
	}
}

func TestPerPersonLimitFlags(t *testing.T) {
	for _, args := range [][]string{
		{"bot", "--inline-cases-per-hour", "0"},
		{"bot", "--inline-cases-per-hour", "x"},
		{"serve", "--listen", "127.0.0.1:0", "--inline-cases-per-hour", "-1"},
		{"bot", "--chat-rows-per-hour", "0"},
		{"serve", "--listen", "127.0.0.1:0", "--chat-rows-per-hour", "0"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		if exitStatus(err) != 2 || !strings.Contains(err.Error(), args[len(args)-2]) {
			t.Errorf("%v: %v (status %d), want status 2 naming the flag", args, err, exitStatus(err))
		}
	}
}
