package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
	"bujiao/dialog/persist"
)

// TestPostFormMatchesLibrary: the message calls bujiao makes itself
// (postForm) send the form the library sends for the same parameters, field
// for field, and turn every refusal into the error the library returns for
// it, so classify reads both the same.
func TestPostFormMatchesLibrary(t *testing.T) {
	var (
		mu     sync.Mutex
		got    []map[string]string
		answer string // the JSON the server answers with
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fields, err := parseForm(r)
		if err != nil {
			t.Errorf("%s: %v", r.URL.Path, err)
		}
		fields["method"] = r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
		mu.Lock()
		got = append(got, fields)
		a := answer
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, a)
	}))
	defer srv.Close()
	api, err := bot.New(fakeToken, bot.WithServerURL(srv.URL), bot.WithSkipGetMe(), bot.WithHTTPClient(0, srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	b := &Bot{cfg: Config{Token: fakeToken, ServerURL: srv.URL + "/", HTTPClient: srv.Client()}}
	boundary, err := newBoundary()
	if err != nil {
		t.Fatal(err)
	}
	b.boundary, b.formType = boundary, "multipart/form-data; boundary="+boundary
	ctx := context.Background()
	noPreview := &models.LinkPreviewOptions{IsDisabled: bot.True()}
	buttons := [][]dialog.Button{{{Label: `A & <b>"x"</b>`, Data: "a:1"}, {Label: " ", Data: "a:2"}}, {{Label: "skip", Data: ""}},
		{{Label: "\u2028\x01\xff\b\f\t\\ é", Data: "a:3"}}}

	cases := []struct {
		name               string
		chat, thread       int64
		edit               int
		text               string
		mode               models.ParseMode
		buttons            [][]dialog.Button
		answer             string
		wantID             int
		library            func() (*models.Message, error)
		wantErrIs          error
		wantRetry, migrate int
	}{
		{name: "send", chat: 42, text: "<b>hi</b> & bye\r\n--x", mode: models.ParseModeHTML, buttons: buttons,
			answer: `{"ok":true,"result":{"message_id":77,"date":1,"chat":{"id":42,"type":"private"},"text":"hi"}}`, wantID: 77},
		{name: "send in a topic, plain", chat: -100123, thread: 9, text: "plain", mode: "",
			answer: `{"ok":true,"result":{"message_id":78,"chat":{"id":-100123,"type":"supergroup"}}}`, wantID: 78},
		{name: "edit", chat: 42, edit: 5, text: "edited", mode: models.ParseModeHTML, buttons: buttons,
			answer: `{"ok":true,"result":{"message_id":5,"chat":{"id":42,"type":"private"}}}`, wantID: 5},
		{name: "blocked", chat: 42, text: "x", mode: models.ParseModeHTML,
			answer: `{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}`, wantErrIs: bot.ErrorForbidden},
		{name: "bad html", chat: 42, text: "x", mode: models.ParseModeHTML,
			answer: `{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities"}`, wantErrIs: bot.ErrorBadRequest},
		{name: "migrated", chat: 42, text: "x", mode: models.ParseModeHTML,
			answer: `{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded","parameters":{"migrate_to_chat_id":-1009}}`, migrate: -1009},
		{name: "too many", chat: 42, text: "x", mode: models.ParseModeHTML,
			answer: `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}`, wantRetry: 7},
		{name: "server error", chat: 42, text: "x", mode: models.ParseModeHTML,
			answer: `{"ok":false,"error_code":502,"description":"Bad Gateway"}`},
		{name: "not json", chat: 42, text: "x", mode: models.ParseModeHTML, answer: `<html>proxy</html>`},
		{name: "edit of an inline message", chat: 42, edit: 5, text: "x", mode: models.ParseModeHTML, answer: `{"ok":true,"result":true}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mu.Lock()
			got, answer = nil, c.answer
			mu.Unlock()
			var (
				libErr error
				libID  int
			)
			if c.edit != 0 {
				var m *models.Message
				m, libErr = api.EditMessageText(ctx, &bot.EditMessageTextParams{ChatID: c.chat, MessageID: c.edit, Text: c.text,
					ParseMode: c.mode, LinkPreviewOptions: noPreview, ReplyMarkup: keyboard(c.buttons)})
				libID = m.ID
			} else {
				var m *models.Message
				m, libErr = api.SendMessage(ctx, &bot.SendMessageParams{ChatID: c.chat, MessageThreadID: int(c.thread), Text: c.text,
					ParseMode: c.mode, LinkPreviewOptions: noPreview, ReplyMarkup: keyboard(c.buttons)})
				libID = m.ID
			}
			body := b.messageForm(c.chat, c.thread, c.edit, c.text, c.mode, c.buttons)
			method := "sendMessage"
			if c.edit != 0 {
				method = "editMessageText"
			}
			var res sentMessage
			ourErr := b.postForm(ctx, method, body, &res)

			mu.Lock()
			defer mu.Unlock()
			if len(got) != 2 {
				t.Fatalf("%d requests, want 2", len(got))
			}
			if !maps.Equal(got[0], got[1]) {
				t.Errorf("form:\n library %q\n ours    %q", got[0], got[1])
			}
			// The one difference: what the result is decoded into.
			same := func() bool {
				return strings.ReplaceAll(ourErr.Error(), "telegram.sentMessage", "models.Message") == libErr.Error()
			}
			if (libErr == nil) != (ourErr == nil) || libErr != nil && !same() {
				t.Errorf("error:\n library %v\n ours    %v", libErr, ourErr)
			}
			lc, lw := classify(libErr)
			oc, ow := classify(ourErr)
			if lc != oc || lw != ow {
				t.Errorf("class: library %v %v, ours %v %v", lc, lw, oc, ow)
			}
			if c.wantErrIs != nil && !errors.Is(ourErr, c.wantErrIs) {
				t.Errorf("error %v is not %v", ourErr, c.wantErrIs)
			}
			var tm *bot.TooManyRequestsError
			if c.wantRetry != 0 && (!errors.As(ourErr, &tm) || tm.RetryAfter != c.wantRetry) {
				t.Errorf("error %v: want retry after %d", ourErr, c.wantRetry)
			}
			var me *bot.MigrateError
			if c.migrate != 0 && (!errors.As(ourErr, &me) || me.MigrateToChatID != c.migrate) {
				t.Errorf("error %v: want a migration to %d", ourErr, c.migrate)
			}
			if ourErr == nil && res.ID != c.wantID || c.edit == 0 && res.ID != libID {
				t.Errorf("message id %d, want %d (library %d)", res.ID, c.wantID, libID)
			}
		})
	}
	t.Run("unreachable", func(t *testing.T) {
		dead := httptest.NewServer(http.NotFoundHandler())
		dead.Close()
		b := &Bot{cfg: Config{Token: fakeToken, ServerURL: dead.URL, HTTPClient: srv.Client()}, boundary: b.boundary, formType: b.formType}
		err := b.postForm(ctx, "sendMessage", b.messageForm(1, 0, 0, "x", "", nil), nil)
		if c, _ := classify(err); c != classTransient {
			t.Errorf("class %v of %v, want transient", c, err)
		}
		if strings.Contains(err.Error(), fakeToken) {
			t.Errorf("the token is in the error: %v", err)
		}
	})
}

// keyboardSamples are keyboards to write as JSON both ways.
var keyboardSamples = [][][]dialog.Button{
	nil,
	{{}},
	{{{Label: "", Data: ""}}},
	{{{Label: "Yes", Data: "a:y"}, {Label: "No", Data: "a:n"}}, {{Label: "  ", Data: "b"}}},
	{{{Label: "skip", Data: ""}}, {{Label: "x", Data: strings.Repeat("d", dialog.MaxButtonData+1)}}, {{Label: "ok", Data: "c"}}},
	{{{Label: "<b>&amp;</b> \"q\" \\ \u2028\u2029 \x00\x1f\x7f \xff\xfe é 中文", Data: "d:<>&"}}},
}

// TestAppendKeyboard: the keyboard's JSON written by hand is json.Marshal's
// of keyboard(rows), the form the library sends.
func TestAppendKeyboard(t *testing.T) {
	for _, rows := range keyboardSamples {
		checkKeyboard(t, rows)
	}
}

func checkKeyboard(t *testing.T, rows [][]dialog.Button) {
	t.Helper()
	kb := keyboard(rows)
	if kb == nil {
		if hasButtons(rows) {
			t.Fatalf("%q: buttons, but no keyboard", rows)
		}
		return
	}
	if !hasButtons(rows) {
		t.Fatalf("%q: a keyboard, but no buttons", rows)
	}
	want, err := json.Marshal(kb)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendKeyboard(nil, rows); string(got) != string(want) {
		t.Fatalf("%q:\n got  %s\n want %s", rows, got, want)
	}
}

func FuzzAppendKeyboard(f *testing.F) {
	f.Add("Yes", "a:y", "No", "a:n", true)
	f.Add("<b>\u2028\xff", "", " ", "x", false)
	f.Fuzz(func(t *testing.T, l1, d1, l2, d2 string, newRow bool) {
		rows := [][]dialog.Button{{{Label: l1, Data: d1}}}
		if newRow {
			rows = append(rows, []dialog.Button{{Label: l2, Data: d2}})
		} else {
			rows[0] = append(rows[0], dialog.Button{Label: l2, Data: d2})
		}
		checkKeyboard(t, rows)
	})
}

// TestRenderedFind: a message claimed at its turn's commit is handed to
// the sender decoded only if it is the very payload the turn rendered, and
// is then what decoding that payload gives.
func TestRenderedFind(t *testing.T) {
	msgs := []outMsg{
		{Text: "<b>a</b> & b", Buttons: [][]dialog.Button{{{Label: "x", Data: "y"}}}, Edit: 3, Plain: true},
		{Text: "invalid \xff UTF-8"},
		{Text: "a file", Doc: &outDoc{Name: "a.ics", Data: []byte("BEGIN")}},
		{Text: "label", Buttons: [][]dialog.Button{{{Label: "\xfe", Data: "y"}}}},
	}
	r := &rendered{msgs: msgs}
	for _, m := range msgs {
		p, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		r.queued = append(r.queued, persist.Message{Payload: p})
	}
	for i, q := range r.queued {
		got := r.find(q.Payload)
		var want outMsg
		if err := json.Unmarshal(q.Payload, &want); err != nil {
			t.Fatal(err)
		}
		if i == 1 || i == 3 {
			if got != nil {
				t.Errorf("message %d: handed over decoded, though its JSON does not give it back", i)
			}
			continue
		}
		if got == nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("message %d: %+v, want %+v", i, got, want)
		}
		if r.find(bytes.Clone(q.Payload)) != nil {
			t.Errorf("message %d: found for a copy of its payload", i)
		}
	}
	if (*rendered)(nil).find(r.queued[0].Payload) != nil {
		t.Error("found in no turn")
	}
}
