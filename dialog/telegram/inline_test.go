package telegram

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"bujiao/dialog"
	"bujiao/knowledge"
	"bujiao/rules"
)

// inlineHarness is a polling bot with inline mode on, its cases in the
// harness's SQLite file.
func inlineHarness(t *testing.T) (*harness, *prometheus.Registry) {
	t.Helper()
	h := newHarness(t)
	// Subtests lend h their t; the harness's own cleanup needs it back.
	t.Cleanup(func() { h.t = t })
	reg := prometheus.NewRegistry()
	met := NewMetrics(reg, nil)
	h.configure = func(c *Config) {
		c.Runner.Cases = h.db
		c.Inline = &dialog.Inline{Machine: c.Runner.Machine, Cases: h.db, Now: fixedNow,
			Record: func(ctx context.Context, evs []dialog.Event) error {
				for _, e := range evs {
					if e.Kind != dialog.EvInline {
						t.Errorf("inline recorded a %q event", e.Kind)
					}
				}
				return nil
			}}
		c.Metrics = met
	}
	h.start()
	return h, reg
}

// counter reads a counter with one label from reg (0 if not counted yet).
func counter(t *testing.T, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetValue() == label {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// ask sends an inline query and returns the results the bot answered.
func (h *harness) ask(id, query, lang string) (apiCall, []inlineResult) {
	h.t.Helper()
	h.api.push(&models.Update{InlineQuery: &models.InlineQuery{ID: id, Query: query,
		From: &models.User{ID: 77, FirstName: "Staff", LanguageCode: lang}}})
	h.api.waitFor(h.t, "answerInlineQuery "+id, func() bool {
		for _, c := range h.api.callsLocked("answerInlineQuery", 0) {
			if c.Fields["inline_query_id"] == id {
				return true
			}
		}
		return false
	})
	call, rs, ok := h.api.inlineResults(id)
	if !ok {
		h.t.Fatalf("answerInlineQuery %s was refused: %+v", id, h.api.callsOf("answerInlineQuery", 0))
	}
	return call, rs
}

// startPayload is the start payload of a t.me deep link to the test bot.
func startPayload(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Host != "t.me" || u.Path != "/bujiao_test_bot" {
		t.Fatalf("link %q does not open the bot", link)
	}
	return u.Query().Get("start")
}

// TestInlineAnswerOpensTheCase: a complete case typed inline gets the
// short answer (case line first, 12393 last) and "continue in the bot",
// both with a deep link; following the link in a private chat shows the
// answer for those facts without asking anything. Both languages.
func TestInlineAnswerOpensTheCase(t *testing.T) {
	h, met := inlineHarness(t)
	tests := []struct {
		lang, query      string
		caseWord, region string
	}{
		{"zh-hans", "上海 灵活就业 断缴8个月", "个案：", "上海"},
		{"en", "Shanghai flexible worker 8 months unpaid", "Case: ", "Shanghai"},
	}
	for i, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			h.t = t
			call, rs := h.ask("iq-full-"+tt.lang, tt.query, tt.lang)
			if call.Fields["cache_time"] != "60" || call.Fields["is_personal"] != "true" {
				t.Errorf("cache_time %q, is_personal %q; want 60 and true", call.Fields["cache_time"], call.Fields["is_personal"])
			}
			if len(rs) != 2 || !strings.HasPrefix(rs[0].ID, "answer:") || !strings.HasPrefix(rs[1].ID, "continue:") {
				t.Fatalf("results %+v, want an answer and a continue result", rs)
			}
			text := rs[0].InputMessageContent.MessageText
			if !strings.HasPrefix(text, tt.caseWord) || !strings.Contains(text, tt.region) || !strings.Contains(text, "12393") {
				t.Errorf("posted text does not open with the case and close with 12393:\n%s", text)
			}
			if rs[0].link() == "" || rs[0].link() != rs[1].link() {
				t.Fatalf("links %q and %q, want the same deep link on both", rs[0].link(), rs[1].link())
			}
			payload := startPayload(t, rs[0].link())
			if _, ok := dialog.ParseCasePayload(payload); !ok {
				t.Fatalf("start payload %q is not a case token", payload)
			}

			// Someone else opens the link in a private chat.
			u := h.user(int64(5000+i), tt.lang)
			got := u.say("/start " + payload)
			if !isAnswer(got) {
				t.Fatalf("following the link did not show the answer:\n%s", joined(got))
			}
			if all := joined(got); !strings.Contains(all, tt.region) || !strings.Contains(all, "8") {
				t.Errorf("the answer is not for the linked case:\n%s", all)
			}
			checkWellFormed(t, got)
		})
	}
	h.t = t
	if n := counter(t, met, "bujiao_telegram_inline_queries_total", "answer"); n != 2 {
		t.Errorf("inline answer count %v, want 2", n)
	}
	// The same query again is served from the cache: same token.
	_, rs1 := h.ask("iq-again-1", "上海 灵活就业 断缴8个月", "zh")
	_, rs2 := h.ask("iq-again-2", "上海  灵活就业 断缴8个月 ", "zh")
	if rs1[0].ID != rs2[0].ID {
		t.Errorf("a repeated query got a new case (%s, %s), want the cached one", rs1[0].ID, rs2[0].ID)
	}

	// Picking a result is counted by kind, nothing else.
	h.api.push(&models.Update{ChosenInlineResult: &models.ChosenInlineResult{ResultID: rs1[0].ID,
		From: models.User{ID: 77}, Query: "上海 灵活就业 断缴8个月"}})
	deadline := time.Now().Add(30 * time.Second)
	for counter(t, met, "bujiao_telegram_inline_chosen_total", "answer") != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the chosen result was not counted")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestInlineMissingFacts: a case with facts missing says what is missing
// and links to the bot with the known facts filled in: the chat goes on
// from the first missing question, not from the start.
func TestInlineMissingFacts(t *testing.T) {
	h, _ := inlineHarness(t)
	tests := []struct {
		lang, query, missing, asked string
	}{
		{"zh", "上海 灵活就业", "断缴时间", "断缴"},
		{"en", "Shanghai flexible worker", "Gap", "month"},
	}
	for i, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			h.t = t
			_, rs := h.ask("iq-miss-"+tt.lang, tt.query, tt.lang)
			if len(rs) != 2 || !strings.HasPrefix(rs[0].ID, "missing:") {
				t.Fatalf("results %+v, want a missing-facts result first", rs)
			}
			if !strings.Contains(rs[0].Title, tt.missing) || !strings.Contains(rs[0].InputMessageContent.MessageText, tt.missing) {
				t.Errorf("the result does not say %q is missing: %q / %q", tt.missing, rs[0].Title, rs[0].InputMessageContent.MessageText)
			}
			u := h.user(int64(6000+i), tt.lang)
			got := u.say("/start " + startPayload(t, rs[0].link()))
			if isAnswer(got) {
				t.Fatalf("an answer without the gap:\n%s", joined(got))
			}
			last := got[len(got)-1]
			if !strings.Contains(last.Text, tt.asked) {
				t.Errorf("the chat did not go on with the gap question:\n%s", joined(got))
			}
			// Answering it gives the answer: the linked facts were kept.
			if got := u.say("8"); !isAnswer(got) {
				t.Fatalf("no answer after the gap:\n%s", joined(got))
			}
		})
	}
}

// TestInlineOddQueries: an empty, an oversized and a factless query get a
// hint and a plain link to the bot; nothing is stored for them.
func TestInlineOddQueries(t *testing.T) {
	h, met := inlineHarness(t)
	tests := []struct {
		name, query, kind string
	}{
		{"empty", "", "empty"},
		{"spaces", "   ", "empty"},
		{"oversized", strings.Repeat("上海断缴", 100), "too_long"},
		{"no facts", "hello there", "no_facts"},
		{"control characters", "\x00\x01\u202e", "no_facts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.t = t
			_, rs := h.ask("iq-odd-"+strings.ReplaceAll(tt.name, " ", "-"), tt.query, "en")
			if len(rs) != 2 || !strings.HasPrefix(rs[0].ID, "hint:") {
				t.Fatalf("results %+v, want a hint and continue", rs)
			}
			if p := startPayload(t, rs[1].link()); p != "" {
				t.Errorf("a query without facts links to start payload %q, want none", p)
			}
			if n := counter(t, met, "bujiao_telegram_inline_queries_total", tt.kind); n < 1 {
				t.Errorf("no inline query counted as %s", tt.kind)
			}
		})
	}
	// A malformed inline query is parked; the next one is answered.
	h.t = t
	h.api.pushRaw(`{"update_id":%d,"inline_query":{"id":7,"query":["not text"]}}`)
	if _, rs := h.ask("iq-after-bad", "上海 灵活就业 断缴8个月", "zh"); len(rs) != 2 {
		t.Fatalf("after a malformed query: %+v", rs)
	}
}

// TestStartWithExpiredCase: an expired or unknown token gets a polite
// word and the normal start; a stored one that has not expired works, and
// the old region-…_payer-… payloads still do.
func TestStartWithExpiredCase(t *testing.T) {
	h, _ := inlineHarness(t)
	ctx := context.Background()
	data, err := dialog.EncodeSharedCase(dialog.SharedCase{Facts: mustFacts(t, h, "上海 灵活就业 断缴8个月")})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.db.PutCase(ctx, "expiredAAA", data, fixedNow().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, payload, want string
		answer                    bool
	}{
		{"expired zh", "zh", "c-expiredAAA", "过期", false},
		{"expired en", "en", "c-expiredAAA", "expired", false},
		{"unknown", "en", "c-unknownAAA", "expired", false},
		{"old payload", "en", "region-shanghai_payer-individual", "", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.t = t
			u := h.user(int64(7000+i), tt.lang)
			got := u.say("/start " + tt.payload)
			all := joined(got)
			if tt.want != "" && !strings.Contains(all, tt.want) {
				t.Errorf("no word on the expired link:\n%s", all)
			}
			if isAnswer(got) != tt.answer {
				t.Errorf("answer shown: %v, want %v:\n%s", isAnswer(got), tt.answer, all)
			}
			if tt.payload == "region-shanghai_payer-individual" && (strings.Contains(all, "expired") || strings.Contains(all, "could not be used")) {
				t.Errorf("the old payload format no longer pre-fills the case:\n%s", all)
			}
			checkWellFormed(t, got)
		})
	}
}

// mustFacts reads a query's facts the way the inline answer does.
func mustFacts(t *testing.T, h *harness, q string) rules.Facts {
	t.Helper()
	r := dialog.InlineAnswer(h.kb, q, knowledge.Today(fixedNow()), knowledge.Zh)
	if !r.HasFacts() {
		t.Fatalf("%q has no facts", q)
	}
	return r.Case.Facts
}

// TestInlineWebhook: a webhook asks for inline updates too, and an inline
// query posted to it is answered without touching the inbox.
func TestInlineWebhook(t *testing.T) {
	h := newHarness(t)
	h.configure = func(c *Config) {
		c.Runner.Cases = h.db
		c.Inline = &dialog.Inline{Machine: c.Runner.Machine, Cases: h.db, Now: fixedNow}
	}
	h.startWebhook()
	calls := h.api.callsOf("setWebhook", 0)
	au := calls[len(calls)-1].Fields["allowed_updates"]
	for _, k := range []string{"message", "callback_query", "inline_query", "chosen_inline_result"} {
		if !strings.Contains(au, `"`+k+`"`) {
			t.Errorf("setWebhook allowed_updates %s lacks %s", au, k)
		}
	}
	id := h.api.nextUpdateID()
	st := h.post(&models.Update{ID: id, InlineQuery: &models.InlineQuery{ID: "iq-hook", Query: "上海 灵活就业 断缴8个月",
		From: &models.User{ID: 9, LanguageCode: "zh"}}}, h.secret())
	if st != 200 {
		t.Fatalf("webhook answered %d", st)
	}
	h.api.waitFor(t, "answerInlineQuery", func() bool { return len(h.api.callsLocked("answerInlineQuery", 0)) > 0 })
	if _, rs, ok := h.api.inlineResults("iq-hook"); !ok || !strings.HasPrefix(rs[0].ID, "answer:") {
		t.Fatalf("results %+v", rs)
	}
	if b, err := h.db.Backlog(context.Background()); err != nil || b.InboxWaiting != 0 {
		t.Fatalf("the inline query went to the inbox: %+v, %v", b, err)
	}
}

// TestInlineOff: without Config.Inline the bot neither asks for inline
// updates nor answers them.
func TestInlineOff(t *testing.T) {
	h := newHarness(t)
	h.start()
	u := h.user(42, "zh")
	u.say("/start")
	h.api.mu.Lock()
	defer h.api.mu.Unlock()
	if n := len(h.api.callsLocked("answerInlineQuery", 0)); n != 0 {
		t.Fatalf("%d inline answers without inline mode", n)
	}
	if len(h.api.allowed) == 0 {
		t.Fatal("no getUpdates call")
	}
	for _, au := range h.api.allowed {
		if !strings.Contains(au, `"message"`) || strings.Contains(au, "inline") {
			t.Fatalf("getUpdates asks for %s", au)
		}
	}
}

// TestInlinePostIgnored: an inline answer posted into the bot's own chat
// arrives as a message via the bot; it is not read as the person's case.
func TestInlinePostIgnored(t *testing.T) {
	h, _ := inlineHarness(t)
	h.api.waitFor(t, "getMe", func() bool { return len(h.api.callsLocked("getMe", 0)) > 0 })
	u := h.user(4242, "zh")
	up := u.textUpdate("情况：险种：职工医保；地区：上海")
	up.Message.ViaBot = &h.api.me
	ids := h.api.push(up)
	h.waitDone(ids...)
	if got := u.fresh(); len(got) != 0 {
		t.Fatalf("the bot answered its own inline post:\n%s", joined(got))
	}
	// The person's own message still counts.
	if got := u.say("/start"); len(got) == 0 {
		t.Fatal("no reply to /start")
	}
}
