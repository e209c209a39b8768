package dialog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"bujiao/knowledge"
	"bujiao/rules"
	"bujiao/store"
)

// memCases is an in-memory CaseStore counting its writes; failPut makes
// PutCase fail.
type memCases struct {
	mu      sync.Mutex
	data    map[string][]byte
	expires map[string]time.Time
	puts    int
	failPut error
}

func newMemCases() *memCases {
	return &memCases{data: map[string][]byte{}, expires: map[string]time.Time{}}
}

func (m *memCases) PutCase(_ context.Context, token string, data []byte, expires time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failPut != nil {
		return m.failPut
	}
	m.puts++
	m.data[token], m.expires[token] = data, expires
	return nil
}

func (m *memCases) GetCase(_ context.Context, token string, now time.Time) ([]byte, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, ok := m.data[token]
	if !ok || !now.Before(m.expires[token]) {
		return nil, false, nil
	}
	return d, true, nil
}

// TestInlineAnswerKinds: what a query finds, in both languages.
func TestInlineAnswerKinds(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	tests := []struct {
		query   string
		kind    InlineKind
		missing string // the first missing question's label (zh)
	}{
		{"上海 灵活就业 断缴8个月", InlineAnswered, ""},
		{"Shanghai flexible worker 8 months unpaid", InlineAnswered, ""},
		{"上海灵活就业断缴8个月，怎么办？", InlineAnswered, ""},
		{"上海 灵活就业", InlineMissing, "断缴时间"},
		{"上海", InlineMissing, "险种"},
		{"断缴8个月", InlineMissing, "险种"},
		{"从北京搬到上海了 医保断了4个月", InlineMissing, "险种"},
		{"", InlineEmpty, ""},
		{" \u3000 ", InlineEmpty, ""},
		{strings.Repeat("断", MaxInlineQuery+1), InlineTooLong, ""},
		{strings.Repeat("断", MaxInlineQuery), InlineNoFacts, ""},
		{"你好", InlineNoFacts, ""},
		{"hello", InlineNoFacts, ""},
		{"\xff\xfe上海 灵活就业 断缴8个月", InlineAnswered, ""},
	}
	for _, tt := range tests {
		for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			t.Run(fmt.Sprintf("%s/%.20q", lang, tt.query), func(t *testing.T) {
				r := InlineAnswer(kb, tt.query, today, lang)
				if r.Kind != tt.kind {
					t.Fatalf("kind %s, want %s (%+v)", r.Kind, tt.kind, r)
				}
				checkInlineResult(t, kb, r)
				if tt.missing != "" && lang == knowledge.Zh && (len(r.Missing) == 0 || r.Missing[0] != tt.missing) {
					t.Errorf("missing %v, want %s first", r.Missing, tt.missing)
				}
				if r.Kind == InlineAnswered {
					if !strings.Contains(r.Text, "12393") || r.Verdict == "" || r.Region == "" {
						t.Errorf("answer without 12393, verdict or region: %+v", r)
					}
					o, err := kb.Evaluate(r.Case.Facts, today)
					if err != nil {
						t.Fatal(err)
					}
					short := kb.ShortAnswer(&o, lang)
					if r.Text != short.Text(kb) || !strings.HasPrefix(r.Text, short.Case) {
						t.Errorf("the posted answer is not the short answer, case first:\n%s", r.Text)
					}
				}
			})
		}
	}
}

// checkInlineResult checks what holds for every result: text to post,
// titles, facts only when there is something to carry, and the facts
// valid.
func checkInlineResult(t *testing.T, kb *knowledge.Base, r InlineResult) {
	t.Helper()
	for name, s := range map[string]string{"title": r.Title, "text": r.Text, "continue title": r.ContinueTitle,
		"continue text": r.ContinueText, "open label": r.OpenLabel, "continue label": r.ContinueLabel} {
		if strings.TrimSpace(s) == "" || !utf8.ValidString(s) || strings.Contains(s, "{") {
			t.Errorf("%s is %q", name, s)
		}
	}
	if r.HasFacts() != (r.Kind == InlineAnswered || r.Kind == InlineMissing) {
		t.Errorf("HasFacts %v for kind %s", r.HasFacts(), r.Kind)
	}
	if !r.HasFacts() && r.Case.Facts != (rules.Facts{}) {
		t.Errorf("facts %+v carried for kind %s", r.Case.Facts, r.Kind)
	}
	if err := rules.Validate(r.Case.Facts); err != nil {
		t.Errorf("invalid facts: %v", err)
	}
	// The short answer's phone limit, case line included and the
	// knowledge-version footer (the last paragraph) not counted.
	visible := r.Text
	if r.Kind == InlineAnswered {
		visible = visible[:strings.LastIndex(strings.TrimRight(visible, "\n"), "\n\n")]
	}
	if n, limit := utf8.RuneCountInString(visible), knowledge.ShortMax(r.Lang); n > limit {
		t.Errorf("posted text of %d runes, over %d:\n%s", n, limit, r.Text)
	}
	if r.Kind == InlineAnswered && len(r.Missing) > 0 {
		t.Errorf("answered with %v missing", r.Missing)
	}
	if r.Kind == InlineMissing && len(r.Missing) == 0 {
		t.Error("missing kind without missing facts")
	}
}

// TestInlineAgreesWithChat: the inline answer reads a query as the chat
// reads the same first message: the same facts, and an answer exactly
// when the chat answers at once or asks only a question the answer can
// give both ways (inline answers those as ask does: "杭州 公司欠缴3个月"
// gets the answer with the unit taken to operate, the chat asks first).
func TestInlineAgreesWithChat(t *testing.T) {
	m := testMachine(t)
	today := knowledge.Today(testNow)
	for _, q := range []string{"上海 灵活就业 断缴8个月", "Shanghai flexible worker 8 months unpaid", "上海 灵活就业",
		"杭州 公司欠缴3个月", "北京 退休了 缴费20年", "居民医保 断了两年 上海", "从北京搬到上海 灵活就业 断缴4个月"} {
		for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			r := InlineAnswer(m.Knowledge(), q, today, lang)
			o := m.Turn(State{V: StateVersion, Lang: lang}, Input{Text: q}, testNow)
			onlyDecisive := false
			if d, ok := rules.FactByField(o.State.Asking); ok && d.Need == rules.NeedDecisive {
				onlyDecisive = len(rules.Needed(o.State.Facts, m.Knowledge().Inputs(o.State.Facts.Region))) == 0
			}
			if (o.State.Answered || onlyDecisive) != (r.Kind == InlineAnswered) {
				t.Errorf("%q (%s): chat answered %v, inline kind %s", q, lang, o.State.Answered, r.Kind)
			}
			if r.HasFacts() && (o.State.Facts.Region != r.Case.Facts.Region || o.State.Facts.Scheme != r.Case.Facts.Scheme ||
				o.State.Facts.Payer != r.Case.Facts.Payer || o.State.Moved != r.Case.Moved) {
				t.Errorf("%q (%s): chat read %+v, inline %+v", q, lang, o.State.Facts, r.Case.Facts)
			}
		}
	}
}

// TestCasePayload: which start payloads name a case token.
func TestCasePayload(t *testing.T) {
	tests := []struct {
		payload, token string
		ok             bool
	}{
		{"c-abcDEF_-09", "abcDEF_-09", true},
		{"c-abcDEF_-0", "", false},   // too short
		{"c-abcDEF_-090", "", false}, // too long
		{"c-abcDEF+-09", "", false},  // outside the alphabet
		{"C-abcDEF_-09", "", false},
		{"c_abcDEF_-09", "", false},
		{"region-shanghai_payer-individual", "", false},
		{"c-", "", false},
		{"", "", false},
		{"c-上海上海上海上海上海", "", false},
	}
	for _, tt := range tests {
		tok, ok := ParseCasePayload(tt.payload)
		if tok != tt.token || ok != tt.ok {
			t.Errorf("ParseCasePayload(%q) = %q, %v; want %q, %v", tt.payload, tok, ok, tt.token, tt.ok)
		}
	}
	for range 100 {
		tok, err := NewCaseToken()
		if err != nil {
			t.Fatal(err)
		}
		p := CasePayload(tok)
		if got, ok := ParseCasePayload(p); !ok || got != tok || len(p) > 64 {
			t.Fatalf("a new token %q does not round-trip (%q, %v)", tok, got, ok)
		}
	}
	for _, text := range []string{"/start c-abcDEF_-09", "/start@bujiao_bot c-abcDEF_-09", "  /START c-abcDEF_-09 "} {
		if tok, ok := startCaseToken(text); !ok || tok != "abcDEF_-09" {
			t.Errorf("startCaseToken(%q) = %q, %v", text, tok, ok)
		}
	}
	for _, text := range []string{"c-abcDEF_-09", "/help c-abcDEF_-09", "/start", "/startc-abcDEF_-09"} {
		if _, ok := startCaseToken(text); ok {
			t.Errorf("startCaseToken(%q) found a token", text)
		}
	}
}

// TestSharedCaseCodec: stored cases round-trip; anything else is refused.
func TestSharedCaseCodec(t *testing.T) {
	r := InlineAnswer(testKB(t), "从北京搬到上海 灵活就业 断缴4个月", knowledge.Today(testNow), knowledge.Zh)
	data, err := EncodeSharedCase(r.Case)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeSharedCase(data)
	if err != nil || back.Moved != r.Case.Moved || back.Facts.Region != r.Case.Facts.Region || *back.Facts.GapMonths != 4 {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for _, bad := range []string{``, `{}`, `{"v":2,"facts":{}}`, `{"v":1,"facts":{"scheme":"martian"}}`, `[1]`,
		`{"v":1,"facts":{"gap_months":-3}}`} {
		if _, err := DecodeSharedCase([]byte(bad)); err == nil {
			t.Errorf("DecodeSharedCase(%s) accepted", bad)
		}
	}
}

// TestInlineCache: one answer and one stored case per query and language
// for the cache's lifetime; spacing does not matter; a new knowledge base,
// an expired entry or a full cache answer afresh; a store failure still
// answers, without a link to the facts, and is not cached.
func TestInlineCache(t *testing.T) {
	m := testMachine(t)
	cases := newMemCases()
	now := testNow
	in := &Inline{Machine: m, Cases: cases, Now: func() time.Time { return now }, CacheSize: 3}
	ctx := context.Background()
	ask := func(q, lang string) InlineReply {
		t.Helper()
		r, err := in.Answer(ctx, q, lang)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a := ask("上海 灵活就业 断缴8个月", "zh")
	b := ask(" 上海　灵活就业  断缴8个月", "zh-CN")
	if a.Token == "" || b.Token != a.Token || !b.Cached || cases.puts != 1 {
		t.Fatalf("repeat: tokens %q %q, cached %v, %d puts", a.Token, b.Token, b.Cached, cases.puts)
	}
	// The language is the query's, whatever the phone reports: a Chinese
	// query from an English phone is the Chinese answer, from the cache.
	if c := ask("上海 灵活就业 断缴8个月", "en"); !c.Cached || c.Token != a.Token || c.Lang != knowledge.Zh || cases.puts != 1 {
		t.Fatalf("a Chinese query from an English phone: %+v, %d puts", c, cases.puts)
	}
	// Another language is answered afresh, but the case (facts only, no
	// language) is the same, so it keeps its one row and token.
	if c := ask("Shanghai flexible worker 8 months unpaid", "zh"); c.Cached || c.Token != a.Token || c.Lang != knowledge.En || cases.puts != 1 {
		t.Fatalf("other language: %+v, %d puts", c, cases.puts)
	}
	if e := ask("你好", "zh"); e.Token != "" || cases.puts != 1 {
		t.Fatalf("a query without facts stored a case: %q", e.Token)
	}
	now = now.Add(DefaultInlineCacheTTL)
	if d := ask("上海 灵活就业 断缴8个月", "zh"); d.Cached || d.Token != a.Token {
		t.Fatal("an expired entry was served, or the case's token was not reused")
	}
	for i := range 10 {
		ask(fmt.Sprintf("上海 灵活就业 断缴%d个月", i+1), "zh")
	}
	if n := in.cacheLen(); n > 3 {
		t.Fatalf("cache holds %d entries, bound 3", n)
	}
	fresh, _, err := knowledge.Load(knowledge.DefaultFS(), knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m.SetKnowledge(fresh)
	if r := ask("上海 灵活就业 断缴10个月", "zh"); r.Cached {
		t.Fatal("served from the cache after a knowledge reload")
	}

	// The stored case is the case the answer is for.
	data, found, err := cases.GetCase(ctx, a.Token, testNow)
	if err != nil || !found {
		t.Fatalf("case %q not stored: %v", a.Token, err)
	}
	if c, err := DecodeSharedCase(data); err != nil || c.Facts.Region != "shanghai" {
		t.Fatalf("stored case %+v, %v", c, err)
	}

	cases.failPut = errors.New("disk full")
	r, err := in.Answer(ctx, "上海 灵活就业 断缴11个月", "zh")
	if err == nil || r.Token != "" || r.Kind != InlineAnswered || r.StartPayload() != "" {
		t.Fatalf("store failure: %+v, %v", r, err)
	}
	cases.failPut = nil
	if r := ask("上海 灵活就业 断缴11个月", "zh"); r.Cached || r.Token == "" {
		t.Fatal("a result without its case was cached")
	}
}

// TestRunnerOpensSharedCase: "/start c-<token>" starts from the stored
// facts; an expired, unknown or unreadable case starts plainly with a word
// on why; a store failure fails the turn (it is retried) rather than
// dropping the facts.
func TestRunnerOpensSharedCase(t *testing.T) {
	r, _ := testRunner(t)
	cases := newMemCases()
	r.Cases = cases
	ctx := context.Background()
	kb := r.Machine.Knowledge()
	full := InlineAnswer(kb, "上海 灵活就业 断缴8个月", knowledge.Today(testNow), knowledge.Zh)
	data, _ := EncodeSharedCase(full.Case)
	_ = cases.PutCase(ctx, "goodTOKEN1", data, testNow.Add(time.Hour))
	_ = cases.PutCase(ctx, "oldTOKEN12", data, testNow.Add(-time.Hour))
	_ = cases.PutCase(ctx, "junkTOKEN1", []byte(`{"v":1,"facts":{"scheme":"martian"}}`), testNow.Add(time.Hour))
	tests := []struct {
		name, text string
		answered   bool
	}{
		{"good", "/start c-goodTOKEN1", true},
		{"expired", "/start c-oldTOKEN12", false},
		{"unknown", "/start c-nopeTOKEN1", false},
		{"unreadable", "/start c-junkTOKEN1", false},
	}
	for i, tt := range tests {
		replies, applied, err := r.Handle(ctx, int64(100+i), 1, Input{Text: tt.text, LangHint: "en"})
		if err != nil || !applied {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var all []string
		for _, rp := range replies {
			all = append(all, rp.PlainText())
		}
		text := strings.Join(all, "\n")
		gone := strings.Contains(text, kb.Msg(knowledge.En, "d.case_gone"))
		loaded := strings.Contains(text, kb.Msg(knowledge.En, "d.case_loaded"))
		if gone == tt.answered || loaded != tt.answered {
			t.Errorf("%s: gone %v, loaded %v:\n%s", tt.name, gone, loaded, text)
		}
		if tt.answered && !strings.Contains(text, "Shanghai") {
			t.Errorf("%s: no answer for the case:\n%s", tt.name, text)
		}
	}
	r.Cases = failingCases{}
	if _, _, err := r.Handle(ctx, 200, 1, Input{Text: "/start c-goodTOKEN1"}); err == nil {
		t.Fatal("a store failure was taken for an expired link")
	}
}

type failingCases struct{}

func (failingCases) PutCase(context.Context, string, []byte, time.Time) error {
	return errors.New("down")
}
func (failingCases) GetCase(context.Context, string, time.Time) ([]byte, bool, error) {
	return nil, false, errors.New("down")
}

// TestInlineChosen: a picked result is counted by kind, nothing else.
func TestInlineChosen(t *testing.T) {
	var got []Event
	in := &Inline{Machine: testMachine(t), Record: func(_ context.Context, evs []Event) error {
		got = append(got, evs...)
		return nil
	}}
	for _, id := range []string{"answer:abcDEF_-09", "continue:-", "bogus:1", "answer", ""} {
		if _, err := in.Chosen(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || got[0] != (Event{Kind: EvInline, Question: ResultAnswer}) || got[1].Question != ResultContinue {
		t.Fatalf("events %+v", got)
	}
}

func FuzzInlineAnswer(f *testing.F) {
	for _, s := range []string{"上海 灵活就业 断缴8个月", "Shanghai flexible worker 8 months unpaid", "", "你好",
		"从北京搬到上海了 医保断了4个月", "公司欠缴3个月 杭州", "\xff", "断缴99999999999个月", "2019年1月起没交 北京 退休"} {
		f.Add(s)
	}
	kb := testKB(f)
	today := knowledge.Today(testNow)
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			r := InlineAnswer(kb, q, today, lang)
			checkInlineResult(t, kb, r)
			if r.HasFacts() {
				data, err := EncodeSharedCase(r.Case)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := DecodeSharedCase(data); err != nil {
					t.Fatalf("a case read from %q does not decode: %v", q, err)
				}
			}
		}
	})
}

// FuzzStartPayload: any start payload is either a case token or goes the
// old way; the chat never fails on one.
func FuzzStartPayload(f *testing.F) {
	for _, s := range []string{"c-abcDEF_-09", "region-shanghai_payer-individual_lang-en", "c-", "c-abc", "lang-xx",
		"years-99999", "c-abcDEF_-09_x", strings.Repeat("a", 65)} {
		f.Add(s)
	}
	m := testMachine(f)
	f.Fuzz(func(t *testing.T, p string) {
		tok, ok := ParseCasePayload(p)
		if ok && (CasePayload(tok) != p || !ValidCaseToken(tok)) {
			t.Fatalf("ParseCasePayload(%q) = %q", p, tok)
		}
		o := m.Turn(State{}, Input{Text: "/start " + p}, testNow)
		if len(o.Replies) == 0 {
			t.Fatalf("no reply to /start %q", p)
		}
		if _, err := DecodeState(mustEncode(t, o.State)); err != nil {
			t.Fatalf("/start %q left a state that does not decode: %v", p, err)
		}
	})
}

func mustEncode(t *testing.T, s State) []byte {
	t.Helper()
	data, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// BenchmarkInline is the inline path as the bot runs it: read the query,
// answer it, store its case in SQLite (uncached), or serve it from the
// cache. Telegram waits about 10 s.
func BenchmarkInline(b *testing.B) {
	m := testMachine(b)
	db, err := store.Open(context.Background(), b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ctx := context.Background()
	for _, q := range []struct{ name, query string }{
		{"answer", "上海 灵活就业 断缴8个月"},
		{"missing", "杭州 公司欠缴3个月"},
		{"no-facts", "你好"},
	} {
		b.Run("uncached/"+q.name, func(b *testing.B) {
			b.ReportAllocs()
			in := &Inline{Machine: m, Cases: db, CacheTTL: time.Nanosecond, Now: func() time.Time { return testNow }}
			now := testNow
			in.Now = func() time.Time { now = now.Add(time.Millisecond); return now }
			for b.Loop() {
				if r, err := in.Answer(ctx, q.query, "zh"); err != nil || r.Cached {
					b.Fatal(err, r.Cached)
				}
			}
		})
		b.Run("cached/"+q.name, func(b *testing.B) {
			b.ReportAllocs()
			in := &Inline{Machine: m, Cases: db, Now: func() time.Time { return testNow }}
			if _, err := in.Answer(ctx, q.query, "zh"); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if r, _ := in.Answer(ctx, q.query, "zh"); !r.Cached {
					b.Fatal("not cached")
				}
			}
		})
	}
	b.Run("read-only/answer", func(b *testing.B) {
		b.ReportAllocs()
		kb, today := m.Knowledge(), knowledge.Today(testNow)
		for b.Loop() {
			InlineAnswer(kb, "上海 灵活就业 断缴8个月", today, knowledge.Zh)
		}
	})
}

// TestChatAndInlineReadTheSame: a message typed first in the chat and the
// same text as an inline query are read into the same facts, for every
// kind of message the understanding handles.
func TestChatAndInlineReadTheSame(t *testing.T) {
	m := testMachine(t)
	today := knowledge.Today(testNow)
	for _, q := range []string{
		"上海灵活就业断缴8个月",
		"shanghai linghuo jiuye duanjiao 8 ge yue",
		"老板人找不到了，公司欠了我半年医保，在宁波",
		"厂子关门了老板不见了 医保欠了3个月 杭州",
		"从杭州换工作到上海了，中间断了2个月",
		"杭州灵活就业，去年断过两个月，现在正常交着",
		"上海灵活就业断缴2个月，月底要住院开刀",
		"我在深圳交了9年，快退休了",
		"公司欠缴了我3个月医保，在杭州上班，还能补吗",
		"Shanghai flexible worker, 8 months unpaid, surgery tomorrow",
		"醫保斷繳3個月 深圳 公司沒交",
		// Issue 17 (und17): a new job's gap, a time to retirement, a
		// resumed month, a denied count, a bureau notice, a benefit drawn,
		// Taiwan in traditional characters, pinyin counts.
		"调到宁波上班了 新单位还没给交 断了两个月",
		"在广州换了个公司 中间断了一个月医保",
		"还有两年退休 医保断了三个月 自己交的 杭州",
		"retiring in a year, my employer in Guangzhou missed 3 months but it's still running",
		"我今年一二月没交医保 三月份开始又交上了 杭州 灵活就业",
		"I had a 3-month gap last year but I've been paying normally since January. Shanghai, self-employed.",
		"杭州 自己交 不是5个月 是3个月",
		"【上海市医疗保障局】您的医保已于2026年09月暂停享受待遇，原因为：缴费中断。",
		"laid off in September, getting unemployment benefit now in Hangzhou",
		"我是台灣人 在上海工作 自己繳的醫保斷了三個月",
		"wo zai hangzhou zi ji jiao yi bao duan le san ge yue",
		"I have surgery scheduled on December 10. my own medical insurance lapsed 5 months ago, I'm in Beijing",
	} {
		for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			r := InlineAnswer(m.Knowledge(), q, today, lang)
			o := m.Turn(State{V: StateVersion, Lang: lang, LangSet: true}, Input{Text: q}, testNow)
			chat, _ := json.Marshal(o.State.Facts)
			inline, _ := json.Marshal(r.Case.Facts)
			if string(chat) != string(inline) || o.State.Moved != r.Case.Moved {
				t.Errorf("%q (%s):\n chat   %s moved %v\n inline %s moved %v", q, lang, chat, o.State.Moved, inline, r.Case.Moved)
			}
		}
	}
}

// TestInlineFAQFirst: a question typed inline gets its FAQ entry; a case
// without a question gets none; the language is the query's.
func TestInlineFAQFirst(t *testing.T) {
	m := testMachine(t)
	today := knowledge.Today(testNow)
	if r := InlineAnswer(m.Knowledge(), "医保断缴了还能补吗", today, knowledge.Zh); r.FAQTitle == "" || !strings.Contains(r.FAQText, r.FAQTitle) {
		t.Errorf("a question got no FAQ entry: %+v", r)
	}
	if r := InlineAnswer(m.Knowledge(), "上海灵活就业断缴8个月", today, knowledge.Zh); r.FAQTitle != "" {
		t.Errorf("a case without a question got the FAQ entry %q", r.FAQTitle)
	}
	if r := InlineAnswer(m.Knowledge(), "杭州 公司欠缴3个月", today, knowledge.Zh); r.Kind != InlineAnswered {
		t.Errorf("an employer case without the amount: kind %s, missing %v", r.Kind, r.Missing)
	}
	if r := InlineAnswer(m.Knowledge(), "杭州灵活就业，去年断过两个月，现在正常交着", today, knowledge.Zh); r.Kind != InlineMissing {
		t.Errorf("an ended gap without the month it ended was answered: kind %s", r.Kind)
	}
}
