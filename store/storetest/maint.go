package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

func yes() *bool { b := true; return &b }

func testRedaction(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	from := time.Now().Add(-time.Hour)
	err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("s"), Events: []persist.Event{
		{Kind: persist.EvFAQMiss, Text: "电话13812345678 怎么补缴"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Record(ctx, persist.Event{Kind: persist.EvFAQMiss, ChatID: 2, Text: "身份证110101199003071234"}); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Stats(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.TopUnmatched) != 2 {
		t.Fatalf("unmatched %v, want the two queries", rep.TopUnmatched)
	}
	for _, q := range rep.TopUnmatched {
		if strings.Contains(q.Text, "13812345678") || strings.Contains(q.Text, "110101199003071234") {
			t.Errorf("stored event text %q keeps a phone or id number", q.Text)
		}
	}
	testRedactionForms(t, s)
	// An unknown kind is refused, and fails only its own turn.
	err = s.Commit(ctx, persist.Commit{ChatID: 3, State: []byte("s"), Events: []persist.Event{{Kind: "nonsense"}}})
	if err == nil {
		t.Errorf("an event of unknown kind was stored")
	}
	if sess, _ := s.Load(ctx, 3); sess.Found {
		t.Errorf("a refused turn wrote its state")
	}
}

// redactionForms are numbers as people type them with Chinese input
// methods: a store that scrubs only ASCII digits keeps them.
var redactionForms = []string{
	"我的手机是１３８ １２３４ ５６７８，请回电",
	"身份证 一一零一零一 一九九零 零三零七 一二三X",
	"卡号6222-0212-3456-7890-123 邮箱 wang.li@example.cn",
	"座机 (021) 8765-4321，2019年交了 3600 元，12393 说要补",
}

// testRedactionForms checks that every stored event text is exactly
// persist.Redact of what was given: the contract's one scrubber, not a
// store's own approximation of it, decides what is personal data.
func testRedactionForms(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	from := time.Now().Add(-time.Hour)
	want := map[string]bool{}
	for i, text := range redactionForms {
		r := persist.Redact(text)
		if r == text {
			t.Fatalf("persist.Redact left %q alone: the form list no longer tests anything", text)
		}
		want[r] = true
		ev := persist.Event{Kind: persist.EvFAQMiss, ChatID: int64(100 + i), Text: text}
		var err error
		if i%2 == 0 {
			err = s.Record(ctx, ev)
		} else {
			err = s.Commit(ctx, persist.Commit{ChatID: ev.ChatID, State: []byte("s"), Events: []persist.Event{ev}})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	rep, err := s.Stats(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, q := range rep.TopUnmatched {
		got[q.Text] = true
	}
	for w := range want {
		if !got[w] {
			t.Errorf("stored event texts %v lack %q (persist.Redact of the query)", rep.TopUnmatched, w)
		}
	}
	for _, text := range redactionForms {
		if got[text] {
			t.Errorf("event text %q was stored unredacted", text)
		}
	}
}

func testRetention(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1", "tg:2")
	in := claimIn(t, s, "w", long)
	mustApply(t, s, in[0], "unsent")
	err := s.Commit(ctx, persist.Commit{ChatID: 2, State: []byte("s"),
		Events:   []persist.Event{{Kind: persist.EvStarted}},
		Schedule: []persist.Inbound{{Key: "rem:far", ChatID: 2, Payload: []byte("f"), DueAt: time.Now().Add(400 * 24 * time.Hour)}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutCase(ctx, "tok", []byte("case"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// Nothing is old yet.
	res, err := s.Sweep(ctx, time.Now(), 0, 0)
	if err != nil || res != (persist.SweepResult{}) {
		t.Fatalf("sweep of fresh rows: %+v %v, want nothing", res, err)
	}
	// Three days on: finished entries' keys go, the rest stays.
	res, err = s.Sweep(ctx, time.Now().Add(persist.AppliedTTL+time.Hour), 0, 0)
	if err != nil || res.ProcessedUpdates < 1 || res.Conversations != 0 || res.SharedCases != 1 {
		t.Errorf("sweep after AppliedTTL: %+v %v, want the applied entry and the expired case", res, err)
	}
	// A month on: conversations, unapplied entries and unsent messages go;
	// a reminder not yet due stays (it is kept until sent, cancelled or
	// forgotten).
	res, err = s.Sweep(ctx, time.Now().Add(persist.DefaultConversationTTL+time.Hour), 0, 0)
	if err != nil || res.Conversations != 2 || res.Inbox < 1 || res.Outbox != 1 {
		t.Errorf("sweep after the conversation TTL: %+v %v, want 2 conversations, the unapplied entry, 1 message", res, err)
	}
	if sch, _ := s.Scheduled(ctx, 2, "rem:"); len(sch) != 1 {
		t.Errorf("a reminder due later was swept: %v", keysOf(sch))
	}
	if sess, _ := s.Load(ctx, 1); sess.Found {
		t.Errorf("an idle conversation survived the sweep")
	}
	// Half a year on: events go.
	res, err = s.Sweep(ctx, time.Now().Add(persist.DefaultEventTTL+time.Hour), 0, 0)
	if err != nil || res.Events != 1 {
		t.Errorf("sweep after the event TTL: %+v %v, want the event", res, err)
	}
	// Explicit TTLs win over the defaults.
	if err := s.Commit(ctx, persist.Commit{ChatID: 3, State: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	if res, _ := s.Sweep(ctx, time.Now().Add(2*time.Hour), time.Hour, time.Hour); res.Conversations != 1 {
		t.Errorf("sweep with a 1 h TTL: %+v, want the conversation", res)
	}
}

func testForget(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	from := time.Now().Add(-time.Hour)
	for _, chat := range []int64{1, 2} {
		receive(t, s, chat, "tg:"+string(rune('0'+chat)))
	}
	for _, e := range claimIn(t, s, "w", long) {
		mustApply(t, s, e, "unsent")
	}
	receive(t, s, 1, "tg:7") // not applied yet
	err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("s"), Version: 1,
		Events:   []persist.Event{{Kind: persist.EvFeedback, Question: "answer", Helpful: yes()}},
		Schedule: []persist.Inbound{{Key: "rem:1", ChatID: 1, DueAt: time.Now().Add(time.Hour)}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Forget(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if sess, _ := s.Load(ctx, 1); sess.Found {
		t.Errorf("conversation kept after Forget")
	}
	if sch, _ := s.Scheduled(ctx, 1, ""); len(sch) != 0 {
		t.Errorf("entries kept after Forget: %v", keysOf(sch))
	}
	if got := payloadsOf(claimOut(t, s, "w", long)); !slices.Equal(got, []string{"unsent"}) {
		t.Errorf("outbox after forgetting chat 1: %v, want chat 2's message only", got)
	}
	rep, _ := s.Stats(ctx, from, time.Now().Add(time.Hour))
	if rep.HelpfulYes != 0 {
		t.Errorf("events kept after Forget: %+v", rep)
	}
	if sess, _ := s.Load(ctx, 2); !sess.Found {
		t.Errorf("Forget of chat 1 removed chat 2")
	}
	// An update redelivered after forgetting is new again, not a secret
	// record that the chat existed — but it is not lost either.
	receive(t, s, 1, "tg:8")
	if got := keysOf(claimIn(t, s, "w", long)); !slices.Equal(got, []string{"tg:8"}) {
		t.Errorf("after Forget claimed %v", got)
	}
}

// testForgetInTurn: /forget commits with its turn; what the person wrote
// after it stays to be answered.
func testForgetInTurn(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1")
	mustApply(t, s, claimIn(t, s, "w", long)[0], "old reply")
	receive(t, s, 1, "tg:2", "tg:3")
	in := claimIn(t, s, "w", long)
	if len(in) != 2 {
		t.Fatalf("claimed %v", keysOf(in))
	}
	sess, _ := s.Load(ctx, 1)
	err := s.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, Version: sess.Version, Forget: true,
		State: []byte("fresh"), Outbox: []persist.Message{{Payload: []byte("forgotten")}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := payloadsOf(claimOut(t, s, "w", long)); !slices.Equal(got, []string{"forgotten"}) {
		t.Errorf("outbox after /forget: %v, want only its reply", got)
	}
	after, _ := s.Load(ctx, 1)
	if string(after.State) != "fresh" || !after.Found {
		t.Errorf("state after /forget: %+v", after)
	}
	if err := s.Release(ctx, "w"); err != nil {
		t.Fatal(err)
	}
	if got := keysOf(claimIn(t, s, "v", long)); !slices.Equal(got, []string{"tg:3"}) {
		t.Errorf("after /forget claimed %v, want the later update", got)
	}
	// The forgotten entry itself cannot be applied again.
	err = s.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, Version: after.Version, State: []byte("x")})
	if !errors.Is(err, persist.ErrDuplicate) {
		t.Errorf("re-applying the /forget entry: %v, want ErrDuplicate", err)
	}
}

func testStats(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	from := time.Now().Add(-time.Hour)
	no := false
	err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("s"), Events: []persist.Event{
		{Kind: persist.EvStarted},
		{Kind: persist.EvAsked, Question: "region"},
		{Kind: persist.EvAnswered, Question: "region"},
		{Kind: persist.EvAnswer, Verdict: "pay", Region: "shanghai"},
		{Kind: persist.EvFeedback, Question: "answer", Helpful: yes()},
	}})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Commit(ctx, persist.Commit{ChatID: 2, State: []byte("s"), Events: []persist.Event{
		{Kind: persist.EvStarted},
		{Kind: persist.EvAsked, Question: "region"},
		{Kind: persist.EvFAQHit, Question: "faq-1", Text: "q"},
		{Kind: persist.EvFeedback, Question: "faq-1", Helpful: &no},
	}})
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-48 * time.Hour)
	if err := s.Record(ctx, persist.Event{Kind: persist.EvStarted, ChatID: 3, At: old}); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Stats(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if rep.ConversationsStarted != 2 || rep.ConversationsFinished != 1 || rep.FAQHits != 1 ||
		rep.HelpfulYes != 1 || rep.HelpfulNo != 1 {
		t.Errorf("report %+v: want 2 started (the old one outside), 1 finished, 1 FAQ hit, 1 yes, 1 no", rep)
	}
	if len(rep.Verdicts) != 1 || rep.Verdicts[0] != (persist.VerdictCount{Region: "shanghai", Verdict: "pay", Count: 1}) {
		t.Errorf("verdicts %+v", rep.Verdicts)
	}
	if len(rep.Questions) == 0 || rep.Questions[0].Question != "region" || rep.Questions[0].Asked != 2 || rep.Questions[0].Answered != 1 {
		t.Errorf("funnel %+v", rep.Questions)
	}
	if len(rep.FAQFeedback) != 1 || rep.FAQFeedback[0].FAQ != "faq-1" || rep.FAQFeedback[0].HelpfulNo != 1 {
		t.Errorf("FAQ feedback %+v", rep.FAQFeedback)
	}
}

func testBacklog(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1", "tg:2")
	receive(t, s, 2, "tg:3")
	if err := s.Receive(ctx, []persist.Inbound{{Key: "rem:x", ChatID: 2, DueAt: time.Now().Add(time.Hour)}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	in, err := s.ClaimInbox(ctx, "w", long, 1)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, in[0], "a", "b")
	if _, err := s.ClaimOutbox(ctx, "w", long, 1); err != nil {
		t.Fatal(err)
	}
	claimIn(t, s, "w", long)
	b, err := s.Backlog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := persist.Backlog{InboxWaiting: 2, InboxClaimed: 2, InboxScheduled: 1, OutboxWaiting: 2, OutboxClaimed: 1}
	if b != want {
		t.Errorf("backlog %+v, want %+v", b, want)
	}
}

func testCases(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	now := time.Now()
	if err := s.PutCase(ctx, "abc", []byte("case"), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	data, found, err := s.GetCase(ctx, "abc", now)
	if err != nil || !found || string(data) != "case" {
		t.Errorf("get: %q %v %v", data, found, err)
	}
	if _, found, _ := s.GetCase(ctx, "abc", now.Add(2*time.Hour)); found {
		t.Errorf("an expired case was found")
	}
	if _, found, err := s.GetCase(ctx, "nope", now); found || err != nil {
		t.Errorf("an unknown token: %v %v", found, err)
	}
	if err := s.PutCase(ctx, "", []byte("x"), now.Add(time.Hour)); err == nil {
		t.Errorf("an empty token was stored")
	}
	if err := s.PutCase(ctx, "abc", []byte("new"), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if data, _, _ := s.GetCase(ctx, "abc", now); string(data) != "new" {
		t.Errorf("a token stored again: %q, want the new case", data)
	}
}

func testCheck(t *testing.T, s persist.Store) {
	if err := s.Check(ctxT(t)); err != nil {
		t.Errorf("check of a healthy store: %v", err)
	}
}

// testStatementTimeout: a call whose deadline passes fails, and writes
// nothing of itself.
func testStatementTimeout(t *testing.T, s persist.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("late"), Outbox: []persist.Message{{Payload: []byte("late")}}})
	if err == nil {
		t.Fatalf("a commit with its deadline gone succeeded")
	}
	if err := s.Receive(ctx, []persist.Inbound{{Key: "tg:1", ChatID: 1}}, nil, 5); err == nil {
		t.Errorf("a receive with its deadline gone succeeded")
	}
	if _, err := s.ClaimOutbox(ctx, "w", long, 10); err == nil {
		t.Errorf("a claim with its deadline gone succeeded")
	}
	live := ctxT(t)
	if sess, _ := s.Load(live, 1); sess.Found {
		t.Errorf("a commit that timed out wrote its state")
	}
	if off, _ := s.Offset(live); off != 0 {
		t.Errorf("a receive that timed out moved the offset to %d", off)
	}
	if b, _ := s.Backlog(live); b != (persist.Backlog{}) {
		t.Errorf("calls that timed out left %+v", b)
	}
}
