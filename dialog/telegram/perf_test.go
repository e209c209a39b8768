package telegram

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
)

// TestWebhookAnswersPress: in webhook mode a pressed button is answered in
// the webhook's response (Telegram makes the call), not by a request of
// the bot's own; a message or a second update kind gets a plain 200.
func TestWebhookAnswersPress(t *testing.T) {
	h := newHarness(t)
	h.configure = unlimited
	h.startWebhook()
	u := h.user(1901, "zh-hans")
	post := func(id int64, body any) (int, map[string]any) {
		t.Helper()
		raw, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		req, err := http.NewRequest(http.MethodPost, h.hook.URL+"/hook", bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", h.secret())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var reply map[string]any
		var buf bytes.Buffer
		buf.ReadFrom(resp.Body)
		if buf.Len() > 0 {
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("update %d: response of type %q", id, ct)
			}
			if err := json.Unmarshal(buf.Bytes(), &reply); err != nil {
				t.Fatalf("update %d: response %q: %v", id, buf.String(), err)
			}
		}
		h.waitDone(id)
		return resp.StatusCode, reply
	}
	start := u.textUpdate("/start")
	start.ID = h.api.nextUpdateID()
	if code, reply := post(start.ID, start); code != http.StatusOK || reply != nil {
		t.Fatalf("/start: status %d, response %v; want 200 and no call", code, reply)
	}
	h.waitSent(u.chatID)
	press := u.pressUpdate(1, "s:scheme:employee")
	press.ID = h.api.nextUpdateID()
	code, reply := post(press.ID, press)
	if code != http.StatusOK || reply["method"] != "answerCallbackQuery" || reply["callback_query_id"] != press.CallbackQuery.ID {
		t.Fatalf("press: status %d, response %v; want 200 answering %s", code, reply, press.CallbackQuery.ID)
	}
	h.waitSent(u.chatID)
	for _, c := range h.api.callsOf("answerCallbackQuery", 0) {
		if !c.Webhook {
			t.Errorf("the bot answered the press with a request of its own: %+v", c.Fields)
		}
	}
}
