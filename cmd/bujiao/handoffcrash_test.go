package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// hoAPI is a Bot API with a staff forum, for the hand-off crash test:
// getUpdates by offset, sendMessage recorded per chat and topic,
// createForumTopic numbering topics.
type hoAPI struct {
	srv *httptest.Server

	mu      sync.Mutex
	changed chan struct{}
	lastID  int64
	queue   [][]byte
	nextMsg int
	topics  int
	// sent: chat → thread → texts
	sent    map[int64]map[int][]string
	closing chan struct{}
}

func newHoAPI(t *testing.T) *hoAPI {
	a := &hoAPI{changed: make(chan struct{}), lastID: 9000, sent: map[int64]map[int][]string{}, topics: 100,
		closing: make(chan struct{})}
	a.srv = httptest.NewServer(a)
	t.Cleanup(func() { close(a.closing); a.srv.Close() })
	return a
}

func (a *hoAPI) notify() { close(a.changed); a.changed = make(chan struct{}) }

func (a *hoAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	_ = r.ParseMultipartForm(1 << 20)
	var result any = true
	chat, _ := strconv.ParseInt(r.FormValue("chat_id"), 10, 64)
	switch method {
	case "getMe":
		result = map[string]any{"id": 42, "is_bot": true, "first_name": "B", "username": "bujiao_bot"}
	case "getUpdates":
		a.getUpdates(w, r)
		return
	case "getWebhookInfo":
		result = map[string]any{"url": "", "pending_update_count": 0}
	case "createForumTopic":
		a.mu.Lock()
		a.topics++
		result = map[string]any{"message_thread_id": a.topics, "name": r.FormValue("name")}
		a.notify()
		a.mu.Unlock()
	case "sendMessage", "editMessageText", "copyMessage":
		th, _ := strconv.Atoi(r.FormValue("message_thread_id"))
		a.mu.Lock()
		a.nextMsg++
		if a.sent[chat] == nil {
			a.sent[chat] = map[int][]string{}
		}
		a.sent[chat][th] = append(a.sent[chat][th], r.FormValue("text"))
		a.notify()
		id := a.nextMsg
		a.mu.Unlock()
		result = map[string]any{"message_id": id, "date": 0, "chat": map[string]any{"id": chat, "type": "private"}}
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func (a *hoAPI) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.ParseInt(r.FormValue("offset"), 10, 64)
	timeout, _ := strconv.Atoi(r.FormValue("timeout"))
	wait := time.NewTimer(time.Duration(timeout) * time.Second)
	defer wait.Stop()
	for {
		a.mu.Lock()
		kept := a.queue[:0]
		for _, u := range a.queue {
			var head struct {
				ID int64 `json:"update_id"`
			}
			json.Unmarshal(u, &head)
			if head.ID >= offset {
				kept = append(kept, u)
			}
		}
		a.queue = kept
		out := append([][]byte(nil), a.queue[:min(len(a.queue), 100)]...)
		ch := a.changed
		a.mu.Unlock()
		if len(out) > 0 {
			raw := make([]json.RawMessage, len(out))
			for i, u := range out {
				raw[i] = u
			}
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": raw})
			return
		}
		select {
		case <-ch:
		case <-wait.C:
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": []any{}})
			return
		case <-r.Context().Done():
			return
		case <-a.closing:
			return
		}
	}
}

func (a *hoAPI) push(build func(id int64) map[string]any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.lastID++
	u := build(a.lastID)
	u["update_id"] = a.lastID
	body, _ := json.Marshal(u)
	a.queue = append(a.queue, body)
	a.notify()
}

// waitUntil waits for cond (called with a.mu held) or fails after d,
// with what report (called with a.mu held) says.
func (a *hoAPI) waitUntil(t *testing.T, d time.Duration, what string, cond func() bool, report ...func() string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		a.mu.Lock()
		ok, ch := cond(), a.changed
		a.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-time.After(time.Until(deadline)):
			more := ""
			for _, r := range report {
				a.mu.Lock()
				more += r()
				a.mu.Unlock()
			}
			t.Fatalf("timed out: %s\n%s", what, more)
		}
	}
}

// count counts the texts sent to chat/thread that contain sub.
func (a *hoAPI) countLocked(chat int64, thread int, sub string) int {
	n := 0
	for _, s := range a.sent[chat][thread] {
		if strings.Contains(s, sub) {
			n++
		}
	}
	return n
}

// TestHandoffKill9: 20 people in hand-offs write to staff and staff write
// back while the bot is killed with SIGKILL and restarted on the same
// database: every message is relayed, none lost; duplicates are counted
// (only a send in flight at the kill may repeat).
func TestHandoffKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot as a separate process")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	const (
		people = 20
		each   = 10 // messages each way per person
		staff  = int64(-100999)
	)
	api := newHoAPI(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "bot.db")
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	start := func() (*exec.Cmd, *bytes.Buffer, chan error) {
		cmd := exec.Command("bujiao", "bot", "--token-file", tokenFile, "--api-url", api.srv.URL, "--db", dbPath,
			"--rate", "2000", "--chat-rate", "200", "--staff-chat", strconv.FormatInt(staff, 10), "--staff-rate", "60000",
			"--log-format", "json")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		return cmd, &stderr, done
	}
	cmd, stderr, done := start()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-done
		}
	}()
	chatOf := func(i int) int64 { return int64(300_000 + i) }
	from := func(id int64) map[string]any {
		return map[string]any{"id": id, "is_bot": false, "first_name": "N", "language_code": "zh"}
	}
	say := func(i int, text string) {
		api.push(func(id int64) map[string]any {
			return map[string]any{"message": map[string]any{"message_id": id, "date": 0, "text": text,
				"chat": map[string]any{"id": chatOf(i), "type": "private"}, "from": from(chatOf(i))}}
		})
	}
	thread := make([]int, people)
	for i := range people {
		say(i, "人工")
		api.push(func(id int64) map[string]any {
			return map[string]any{"callback_query": map[string]any{"id": fmt.Sprint("cq", id), "from": from(chatOf(i)),
				"chat_instance": "ci", "data": "h:ok", "message": map[string]any{"message_id": 1, "date": 0,
					"chat": map[string]any{"id": chatOf(i), "type": "private"}}}}
		})
		api.waitUntil(t, 20*time.Second, "topic "+strconv.Itoa(i), func() bool { return api.topics == 101+i },
			func() string { return tail(stderr.String(), 2000) })
		thread[i] = 101 + i
	}
	staffSay := func(i int, text string) {
		api.push(func(id int64) map[string]any {
			return map[string]any{"message": map[string]any{"message_id": id, "date": 0, "text": text,
				"message_thread_id": thread[i], "is_topic_message": true,
				"chat": map[string]any{"id": staff, "type": "supergroup", "is_forum": true}, "from": from(7001)}}
		})
	}
	total := 0
	for k := range each {
		for i := range people {
			say(i, fmt.Sprintf("u%d-%d", i, k))
			staffSay(i, fmt.Sprintf("s%d-%d", i, k))
			total += 2
			if k == each/2 && i == people/2 {
				time.Sleep(20 * time.Millisecond) // turns and sends in flight
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				<-done
				cmd, stderr, done = start()
			}
		}
	}
	api.waitUntil(t, 60*time.Second, "every message relayed", func() bool {
		for i := range people {
			for k := range each {
				if api.countLocked(staff, thread[i], fmt.Sprintf("：u%d-%d", i, k)) == 0 ||
					api.countLocked(chatOf(i), 0, fmt.Sprintf("s%d-%d", i, k)) == 0 {
					return false
				}
			}
		}
		return true
	}, func() string {
		var missing []string
		for i := range people {
			for k := range each {
				if api.countLocked(staff, thread[i], fmt.Sprintf("：u%d-%d", i, k)) == 0 {
					missing = append(missing, fmt.Sprintf("u%d-%d", i, k))
				}
				if api.countLocked(chatOf(i), 0, fmt.Sprintf("s%d-%d", i, k)) == 0 {
					missing = append(missing, fmt.Sprintf("s%d-%d", i, k))
				}
			}
		}
		return fmt.Sprintf("missing %v\nbot log:\n%s", missing, tail(stderr.String(), 3000))
	})
	time.Sleep(300 * time.Millisecond) // a late duplicate would show now
	api.mu.Lock()
	lost, dup := 0, 0
	for i := range people {
		for k := range each {
			for _, n := range []int{api.countLocked(staff, thread[i], fmt.Sprintf("：u%d-%d", i, k)),
				api.countLocked(chatOf(i), 0, fmt.Sprintf("s%d-%d", i, k))} {
				if n == 0 {
					lost++
				}
				if n > 1 {
					dup += n - 1
				}
			}
		}
	}
	api.mu.Unlock()
	t.Logf("%d hand-offs, %d messages relayed across a SIGKILL: %d lost, %d duplicated", people, total, lost, dup)
	if lost > 0 {
		t.Errorf("%d messages lost\n%s", lost, tail(stderr.String(), 2000))
	}
	// Only sends in flight at the kill may repeat (at most the senders).
	if dup > 64 {
		t.Errorf("%d duplicates", dup)
	}
}
