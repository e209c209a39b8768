package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
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

// BenchmarkUpdate is the per-update path end to end, in the same run for
// bujiao and for a bare go-telegram/bot echo bot against the same fake
// Telegram (see TestLoad): chats of 8 updates each (/start, then a button
// per question up to the answer), all at once, rate limits lifted. One op
// is one update; cpu-µs/update is the process's CPU (bot, fake Telegram
// and simulated people together) per update, the figure issue 19 compares:
//
//	go test -run '^$' -bench BenchmarkUpdate -benchmem -benchtime 1600x ./dialog/telegram
//
// BUJIAO_LOAD_LIMITS=default keeps Telegram's limits (30 messages a
// second: each update then costs 1/30 s of wall time).
func BenchmarkUpdate(b *testing.B) {
	scripts := map[string][]scriptStep{"zh-hans": recordScript(b, "zh-hans"), "en-US": recordScript(b, "en-US")}
	steps := len(scripts["zh-hans"])
	for _, k := range []loadKind{loadBujiao, loadEcho} {
		b.Run([...]string{"bujiao", "echo"}[k], func(b *testing.B) {
			chats := max(1, (b.N+steps-1)/steps)
			b.ReportAllocs()
			b.ResetTimer()
			res := runLoad(b, chats, scripts, k)
			b.StopTimer()
			b.ReportMetric(res.cpu, "cpu-µs/update")
			b.ReportMetric(res.rate, "updates/s")
		})
	}
}

// TestFeederAdoptsInOrder: rows adopted (claimed by the store as they were
// written) while a claim is under way join the claimed rows in claim
// order, so a chat's rows still run in id order whichever arrived first;
// rows adopted between claims run once, after what the chat has waiting.
func TestFeederAdoptsInOrder(t *testing.T) {
	var mu sync.Mutex
	var ran []int64
	d := newDispatcher(1, 16, 16, func(stop, hard context.Context, j job) {
		mu.Lock()
		ran = append(ran, j.id)
		mu.Unlock()
	})
	var f *feeder
	inClaim := make(chan struct{})
	f = newFeeder(d, 16, time.Hour, func(ctx context.Context, limit int) ([]job, error) {
		// Row 3 of chat 7 was claimed by a commit while this claim, which
		// found rows 4 and 5 of the same chat, was running.
		f.adopt([]job{{id: 3, chat: 7}}, time.Now().Add(time.Hour))
		close(inClaim)
		return []job{{id: 4, chat: 7}, {id: 5, chat: 7}}, nil
	}, func(ctx context.Context, ids []int64) ([]int64, error) { return nil, nil }, nil)
	f.pass(context.Background())
	<-inClaim
	f.adopt([]job{{id: 6, chat: 7}, {id: 4, chat: 7}}, time.Now().Add(time.Hour)) // 4 is held already
	f.submitPending(context.Background())
	waitFor(t, "the rows", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(ran) == 4
	})
	d.shutdown(time.Second)
	if want := []int64{3, 4, 5, 6}; !slices.Equal(ran, want) {
		t.Errorf("ran %v, want %v", ran, want)
	}
	if left, ok := f.leaseLeft(6); !ok || left <= 0 {
		t.Errorf("adopted row 6 not held: %v, %v", left, ok)
	}
}
