package telegram

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

// fakeAPI is a Bot API server on loopback speaking the real wire format:
// POST multipart/form-data to /bot<token>/<method>, nested fields as JSON
// strings, answers {"ok":true,"result":...} or {"ok":false,...}. It checks
// what Telegram checks (HTML entities, 4096 UTF-16 units, callback data of
// 1–64 bytes) and can fail chosen calls.
type fakeAPI struct {
	t     testing.TB
	token string
	srv   *httptest.Server
	me    models.User

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every change
	calls   []apiCall
	queue   []*models.Update // not yet confirmed by a getUpdates offset
	raw     map[int64]string // updates sent as written, not as encoded
	lastID  int64
	nextMsg int
	faults  map[string][]fault
	blocked map[int64]bool
	webhook string        // the URL set with setWebhook, "" for none
	offsets []int64       // offset of each getUpdates call
	fetched map[int64]int // how many getUpdates answers carried each update
	allowed []string      // allowed_updates of each getUpdates call
	closing chan struct{}

	// storm, if > 0, refuses every storm-th message-class call with 429
	// and retry_after 1.
	storm, messageCalls int

	// light skips recording and checking (load tests); subs get every
	// delivered message of their chat.
	light bool
	subs  map[int64]chan apiCall

	// after, if set, runs when a message-class call was handled, just
	// before it is answered (fault tests act "while Telegram answers").
	after func(call apiCall)

	// groups are the supergroups and forums (fakeforum_test.go).
	groups map[int64]*fakeGroup
}

// apiCall is one request the fake answered.
type apiCall struct {
	Method    string
	Fields    map[string]string
	ChatID    int64
	Text      string
	ParseMode string
	Markup    *models.InlineKeyboardMarkup
	MessageID int // of the sent message
	Status    int // HTTP status answered; 200 = delivered
	HasMarkup bool
	At        time.Time // when the fake received it
	Webhook   bool      // made by Telegram from a webhook response
}

func (c apiCall) ok() bool { return c.Status == http.StatusOK }

// buttons lists the callback data of the call's keyboard.
func (c apiCall) buttons() []string {
	var out []string
	if c.Markup != nil {
		for _, row := range c.Markup.InlineKeyboard {
			for _, b := range row {
				out = append(out, b.CallbackData)
			}
		}
	}
	return out
}

// fault is an injected failure of one call.
type fault struct {
	status     int // 429, 500, 403, 409, …
	retryAfter int
	slow       bool  // never answer; the client times out
	chatID     int64 // 0: any chat
	desc       string
}

const fakeToken = "123456:TEST-token_abcdefghijklmnop"

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{
		t:       t,
		token:   fakeToken,
		me:      models.User{ID: 123456, IsBot: true, FirstName: "Bujiao", Username: "bujiao_test_bot"},
		changed: make(chan struct{}),
		faults:  map[string][]fault{},
		blocked: map[int64]bool{},
		lastID:  1000,
		closing: make(chan struct{}),
		subs:    map[int64]chan apiCall{},
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		close(f.closing)
		f.srv.Close()
	})
	return f
}

func (f *fakeAPI) URL() string { return f.srv.URL }

// notify wakes waiters; call with f.mu held.
func (f *fakeAPI) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitFor waits until cond (called with f.mu held) holds.
func (f *fakeAPI) waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	f.waitUntil(t, what, cond, false)
}

// waitProgress is waitFor for a long run of calls (a burst of reminders
// under -race on a loaded machine): it gives up only after 20 s with no
// call at all, not 20 s in all, so a slow machine is not a failure and a
// stall still is.
func (f *fakeAPI) waitProgress(t testing.TB, what string, cond func() bool) {
	t.Helper()
	f.waitUntil(t, what, cond, true)
}

func (f *fakeAPI) waitUntil(t testing.TB, what string, cond func() bool, whileMoving bool) {
	t.Helper()
	const limit = 20 * time.Second
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
			if whileMoving {
				deadline.Reset(limit)
			}
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// subscribe returns a channel receiving every message delivered to chatID
// (load tests). Call before traffic starts.
func (f *fakeAPI) subscribe(chatID int64) <-chan apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := make(chan apiCall, 64)
	f.subs[chatID] = ch
	return ch
}

// inject queues failures for a method; each is used once.
func (f *fakeAPI) inject(method string, fs ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[method] = append(f.faults[method], fs...)
}

// block makes every sendMessage to chatID fail with 403 until unblocked.
func (f *fakeAPI) block(chatID int64, blocked bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.blocked[chatID] = blocked
}

// push queues updates for getUpdates, numbering them; it returns the ids.
func (f *fakeAPI) push(us ...*models.Update) []int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	var ids []int64
	for _, u := range us {
		if u.ID == 0 {
			f.lastID++
			u.ID = f.lastID
		}
		ids = append(ids, u.ID)
		f.queue = append(f.queue, u)
	}
	f.notify()
	return ids
}

// pushRaw queues an update given as JSON text (format "%d" for its id),
// for updates the library's types cannot express; it returns the id.
func (f *fakeAPI) pushRaw(format string) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastID++
	if f.raw == nil {
		f.raw = map[int64]string{}
	}
	f.raw[f.lastID] = fmt.Sprintf(format, f.lastID)
	f.queue = append(f.queue, &models.Update{ID: f.lastID})
	f.notify()
	return f.lastID
}

// nextUpdateID reserves an update id (for updates sent by webhook).
func (f *fakeAPI) nextUpdateID() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastID++
	return f.lastID
}

// callsOf returns the calls of a method (all chats if chatID is 0).
func (f *fakeAPI) callsOf(method string, chatID int64) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.callsLocked(method, chatID)
}

// messagesTo counts a chat's message-class calls (sends and edits):
// what Telegram's per-chat and overall message budgets are spent on.
func (f *fakeAPI) messagesTo(chatID int64) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		if c.ChatID == chatID && (c.Method == "sendMessage" || c.Method == "editMessageText" || c.Method == "editMessageReplyMarkup") {
			n++
		}
	}
	return n
}

func (f *fakeAPI) callsLocked(method string, chatID int64) []apiCall {
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method && (chatID == 0 || c.ChatID == chatID) {
			out = append(out, c)
		}
	}
	return out
}

// sent returns the messages delivered to a chat: new ones and edits (an
// edit carries the id of the message it replaced), in order.
func (f *fakeAPI) sent(chatID int64) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sentLocked(chatID)
}

func (f *fakeAPI) sentLocked(chatID int64) []apiCall {
	var out []apiCall
	for _, c := range f.calls {
		if (c.Method == "sendMessage" || c.Method == "editMessageText") && c.ChatID == chatID && c.ok() {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeAPI) reply(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(body); err != nil {
		f.t.Errorf("fake API: encode: %v", err)
	}
}

func (f *fakeAPI) fail(w http.ResponseWriter, status int, desc string, params map[string]any) {
	body := map[string]any{"ok": false, "error_code": status, "description": desc}
	if params != nil {
		body["parameters"] = params
	}
	f.reply(w, status, body)
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + f.token + "/"
	if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, prefix) {
		f.fail(w, http.StatusNotFound, "Not Found", nil)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	fields, err := parseForm(r)
	if err != nil {
		f.fail(w, http.StatusBadRequest, "Bad Request: "+err.Error(), nil)
		return
	}
	call := apiCall{Method: method, Fields: fields, Text: fields["text"], ParseMode: fields["parse_mode"],
		HasMarkup: fields["reply_markup"] != "", At: time.Now()}
	if s := fields["chat_id"]; s != "" {
		call.ChatID, _ = strconv.ParseInt(s, 10, 64)
	}
	if f.light {
		f.serveLight(w, method, call)
		return
	}
	if s := fields["reply_markup"]; s != "" {
		var m models.InlineKeyboardMarkup
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			f.fail(w, http.StatusBadRequest, "Bad Request: can't parse reply keyboard markup JSON object", nil)
			return
		}
		call.Markup = &m
	}

	f.mu.Lock()
	flt, faulty := f.takeFault(method, call.ChatID)
	if !faulty && f.storm > 0 && (method == "sendMessage" || method == "editMessageText") {
		f.messageCalls++
		if f.messageCalls%f.storm == 0 {
			flt, faulty = fault{status: http.StatusTooManyRequests, retryAfter: 1}, true
		}
	}
	if !faulty && (method == "sendMessage" || method == "editMessageText" || method == "sendDocument") && f.blocked[call.ChatID] {
		flt, faulty = fault{status: http.StatusForbidden, desc: "Forbidden: bot was blocked by the user"}, true
	}
	if faulty {
		call.Status = flt.status
		if flt.slow {
			call.Status = http.StatusGatewayTimeout
		}
		f.calls = append(f.calls, call)
		f.notify()
		f.mu.Unlock()
		if f.after != nil && (method == "sendMessage" || method == "editMessageText") {
			f.after(call)
		}
		f.answerFault(w, r, flt)
		return
	}
	f.mu.Unlock()

	switch method {
	case "getUpdates":
		f.getUpdates(w, r, fields)
		return
	case "getMe":
		f.record(call, http.StatusOK)
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": f.me})
	case "sendMessage", "editMessageText":
		if f.after != nil {
			f.after(call)
		}
		f.sendMessage(w, call)
	case "sendDocument":
		if call.Fields["document"] == "" || call.Fields["document_name"] == "" {
			f.fail(w, http.StatusBadRequest, "Bad Request: there is no document in the request", nil)
			return
		}
		call.Text = call.Fields["caption"]
		f.mu.Lock()
		f.nextMsg++
		call.MessageID = f.nextMsg
		f.mu.Unlock()
		f.record(call, http.StatusOK)
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": models.Message{
			ID: call.MessageID, Date: int(time.Now().Unix()), Chat: models.Chat{ID: call.ChatID, Type: models.ChatTypePrivate}}})
	case "editMessageReplyMarkup":
		f.record(call, http.StatusOK)
		id, _ := strconv.Atoi(fields["message_id"])
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": models.Message{
			ID: id, Date: int(time.Now().Unix()), Chat: models.Chat{ID: call.ChatID, Type: models.ChatTypePrivate}}})
	case "answerInlineQuery":
		f.answerInlineQuery(w, call)
	case "getWebhookInfo":
		f.record(call, http.StatusOK)
		f.mu.Lock()
		info := models.WebhookInfo{URL: f.webhook}
		if f.webhook != "" {
			info.PendingUpdateCount = len(f.queue)
		}
		f.mu.Unlock()
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": info})
	case "answerCallbackQuery", "setMyCommands", "setWebhook", "deleteWebhook":
		f.mu.Lock()
		switch method {
		case "setWebhook":
			f.webhook = fields["url"]
		case "deleteWebhook":
			f.webhook = ""
		}
		f.mu.Unlock()
		if method == "answerCallbackQuery" && fields["callback_query_id"] == "" {
			f.fail(w, http.StatusBadRequest, "Bad Request: query is too old and response timeout expired or query ID is invalid", nil)
			return
		}
		f.record(call, http.StatusOK)
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": true})
	default:
		if f.serveForum(w, method, call) {
			return
		}
		f.fail(w, http.StatusNotFound, "Not Found: method not found", nil)
	}
}

// webhookReply makes the call a webhook response carries, as Telegram
// does (application/json, the method's name in "method"); body is the
// response to a webhook request, empty for none.
func (f *fakeAPI) webhookReply(header http.Header, body []byte) {
	if len(body) == 0 || !strings.HasPrefix(header.Get("Content-Type"), "application/json") {
		return
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		f.t.Errorf("webhook response %q: %v", body, err)
		return
	}
	method, _ := m["method"].(string)
	if method == "" {
		return // a plain answer, no call
	}
	if f.light {
		return
	}
	fields := map[string]string{}
	for k, v := range m {
		if s, ok := v.(string); ok {
			fields[k] = s
			continue
		}
		b, _ := json.Marshal(v)
		fields[k] = string(b)
	}
	delete(fields, "method")
	if method == "answerCallbackQuery" && fields["callback_query_id"] == "" {
		f.t.Errorf("webhook response answers a callback query without its id: %s", body)
	}
	f.record(apiCall{Method: method, Fields: fields, At: time.Now(), Webhook: true}, http.StatusOK)
}

// serveLight answers without recording or checking, for load tests.
func (f *fakeAPI) serveLight(w http.ResponseWriter, method string, call apiCall) {
	switch method {
	case "getMe":
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": f.me})
	case "sendMessage", "editMessageReplyMarkup", "editMessageText":
		f.mu.Lock()
		f.nextMsg++
		id := f.nextMsg
		sub := f.subs[call.ChatID]
		f.mu.Unlock()
		if method != "editMessageReplyMarkup" && sub != nil {
			sub <- call
		}
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": models.Message{
			ID: id, Date: int(call.At.Unix()), Chat: models.Chat{ID: call.ChatID, Type: models.ChatTypePrivate}}})
	case "getWebhookInfo":
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": models.WebhookInfo{}})
	default:
		f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": true})
	}
}

func (f *fakeAPI) takeFault(method string, chatID int64) (fault, bool) {
	q := f.faults[method]
	for i, flt := range q {
		if flt.chatID == 0 || flt.chatID == chatID {
			f.faults[method] = append(q[:i:i], q[i+1:]...)
			return flt, true
		}
	}
	return fault{}, false
}

func (f *fakeAPI) answerFault(w http.ResponseWriter, r *http.Request, flt fault) {
	switch {
	case flt.slow:
		select {
		case <-r.Context().Done():
		case <-f.closing:
		}
	case flt.status == http.StatusTooManyRequests:
		f.fail(w, flt.status, fmt.Sprintf("Too Many Requests: retry after %d", flt.retryAfter),
			map[string]any{"retry_after": flt.retryAfter})
	default:
		desc := flt.desc
		if desc == "" {
			desc = map[int]string{
				http.StatusInternalServerError: "Internal Server Error",
				http.StatusForbidden:           "Forbidden: bot was blocked by the user",
				http.StatusConflict:            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
				http.StatusBadGateway:          "Bad Gateway",
			}[flt.status]
		}
		f.fail(w, flt.status, desc, nil)
	}
}

func (f *fakeAPI) record(c apiCall, status int) apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	c.Status = status
	if c.Method == "sendMessage" && status == http.StatusOK {
		f.nextMsg++
		c.MessageID = f.nextMsg
	}
	if c.Method == "editMessageText" {
		c.MessageID, _ = strconv.Atoi(c.Fields["message_id"])
	}
	f.calls = append(f.calls, c)
	f.notify()
	return c
}

func (f *fakeAPI) sendMessage(w http.ResponseWriter, c apiCall) {
	if c.ChatID == 0 {
		f.record(c, http.StatusBadRequest)
		f.fail(w, http.StatusBadRequest, "Bad Request: chat not found", nil)
		return
	}
	if err := checkMessage(c); err != nil {
		f.record(c, http.StatusBadRequest)
		f.fail(w, http.StatusBadRequest, "Bad Request: "+err.Error(), nil)
		return
	}
	f.mu.Lock()
	bad := f.checkThreadLocked(c)
	f.mu.Unlock()
	if bad != "" {
		f.record(c, http.StatusBadRequest)
		f.fail(w, http.StatusBadRequest, bad, nil)
		return
	}
	c = f.record(c, http.StatusOK)
	f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": models.Message{
		ID: c.MessageID, Date: int(time.Now().Unix()), Chat: models.Chat{ID: c.ChatID, Type: models.ChatTypePrivate},
		Text: htmlToPlain(c.Text)}})
}

// checkMessage applies Telegram's checks to a sendMessage.
func checkMessage(c apiCall) error {
	if strings.TrimSpace(c.Text) == "" {
		return fmt.Errorf("message text is empty")
	}
	visible := c.Text
	if c.ParseMode == "HTML" {
		v, err := checkHTML(c.Text)
		if err != nil {
			return fmt.Errorf("can't parse entities: %v", err)
		}
		visible = v
	}
	if u16len(visible) > MaxMessageLen {
		return fmt.Errorf("message is too long")
	}
	if c.Markup != nil {
		for _, row := range c.Markup.InlineKeyboard {
			for _, b := range row {
				if b.Text == "" {
					return fmt.Errorf("text buttons are unallowed in the inline keyboard")
				}
				if n := len(b.CallbackData); n < 1 || n > 64 {
					return fmt.Errorf("BUTTON_DATA_INVALID")
				}
			}
		}
	}
	return nil
}

// checkHTML validates Telegram HTML: the supported tags, properly nested,
// and entities; it returns the visible text.
func checkHTML(s string) (string, error) {
	allowed := map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
		"s": true, "strike": true, "del": true, "a": true, "code": true, "pre": true, "tg-spoiler": true,
		"blockquote": true, "span": true}
	var stack []string
	var vis strings.Builder
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return "", fmt.Errorf("unclosed start tag at byte offset %d", i)
			}
			tag := s[i+1 : i+j]
			i += j + 1
			if strings.HasPrefix(tag, "/") {
				name := tag[1:]
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return "", fmt.Errorf("unmatched end tag </%s>", name)
				}
				stack = stack[:len(stack)-1]
				continue
			}
			name, attrs, _ := strings.Cut(tag, " ")
			if !allowed[name] {
				return "", fmt.Errorf("unsupported start tag %q", name)
			}
			if name == "a" && !strings.HasPrefix(attrs, `href="`) {
				return "", fmt.Errorf("a tag without href")
			}
			if strings.ContainsAny(attrs, "<") {
				return "", fmt.Errorf("bad attribute")
			}
			stack = append(stack, name)
		case '>':
			return "", fmt.Errorf("unexpected > at byte offset %d", i)
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j < 0 {
				return "", fmt.Errorf("unterminated entity at byte offset %d", i)
			}
			ent := s[i : i+j+1]
			switch {
			case ent == "&lt;" || ent == "&gt;" || ent == "&amp;" || ent == "&quot;":
			case strings.HasPrefix(ent, "&#"):
				if _, err := strconv.Atoi(strings.TrimSuffix(ent[2:], ";")); err != nil {
					return "", fmt.Errorf("bad numeric entity %q", ent)
				}
			default:
				return "", fmt.Errorf("unsupported entity %q", ent)
			}
			vis.WriteString(htmlToPlain(ent))
			i += j + 1
		default:
			vis.WriteByte(s[i])
			i++
		}
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("unclosed tag <%s>", stack[len(stack)-1])
	}
	return vis.String(), nil
}

func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request, fields map[string]string) {
	offset, _ := strconv.ParseInt(fields["offset"], 10, 64)
	timeout, _ := strconv.Atoi(fields["timeout"])
	// Like Telegram, deliver only the kinds asked for (all when none).
	var allowed map[string]bool
	if fields["allowed_updates"] != "" {
		var au []string
		if err := json.Unmarshal([]byte(fields["allowed_updates"]), &au); err != nil {
			f.fail(w, http.StatusBadRequest, "Bad Request: can't parse allowed_updates", nil)
			return
		}
		allowed = map[string]bool{}
		for _, k := range au {
			allowed[k] = true
		}
	}
	f.mu.Lock()
	f.offsets = append(f.offsets, offset)
	f.allowed = append(f.allowed, fields["allowed_updates"])
	f.notify() // an offset confirms updates (refetched waits on it)
	f.mu.Unlock()
	wait := time.NewTimer(time.Duration(max(timeout, 0)) * time.Second)
	defer wait.Stop()
	for {
		f.mu.Lock()
		// An offset confirms every update before it, as on Telegram.
		kept := f.queue[:0]
		for _, u := range f.queue {
			if u.ID >= offset {
				kept = append(kept, u)
			}
		}
		f.queue = kept
		var out []any
		var ids []int64
		for _, u := range f.queue {
			if len(out) == 100 {
				break
			}
			if r, ok := f.raw[u.ID]; ok {
				out = append(out, json.RawMessage(r))
				ids = append(ids, u.ID)
				continue
			}
			if k := updateKind(u); allowed != nil && k != "" && !allowed[k] {
				continue
			}
			out = append(out, u)
			ids = append(ids, u.ID)
		}
		if len(out) > 0 {
			if f.fetched == nil {
				f.fetched = map[int64]int{}
			}
			for _, id := range ids {
				f.fetched[id]++
			}
			f.notify()
		}
		ch := f.changed
		f.mu.Unlock()
		if len(out) > 0 || timeout <= 0 {
			f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": out})
			return
		}
		select {
		case <-ch:
		case <-wait.C:
			f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": []any{}})
			return
		case <-r.Context().Done():
			return
		case <-f.closing:
			return
		}
	}
}

// parseForm reads a multipart/form-data body (the library's only format).
func parseForm(r *http.Request) (map[string]string, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return nil, fmt.Errorf("want multipart/form-data, got %q", r.Header.Get("Content-Type"))
	}
	fields := map[string]string{}
	if len(body) == 0 {
		return fields, nil
	}
	mr := multipart.NewReader(strings.NewReader(string(body)), params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return fields, nil
		}
		if err != nil {
			return nil, err
		}
		v, err := io.ReadAll(p)
		if err != nil {
			return nil, err
		}
		fields[p.FormName()] = string(v)
		if fn := p.FileName(); fn != "" {
			fields[p.FormName()+"_name"] = fn
		}
	}
}
