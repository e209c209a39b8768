package dialog

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"bujiao/dialog/persist"
	"bujiao/knowledge"
	"bujiao/rules"
)

func TestLangFromHint(t *testing.T) {
	for _, tc := range []struct {
		hint string
		def  knowledge.Lang
		want knowledge.Lang
	}{
		{"zh", knowledge.En, knowledge.Zh},
		{"zh-hans", knowledge.En, knowledge.Zh},
		{"zh-Hans", knowledge.En, knowledge.Zh},
		{"zh-hant", knowledge.En, knowledge.Zh},
		{"zh-Hant-TW", knowledge.En, knowledge.Zh},
		{"zh-CN", knowledge.En, knowledge.Zh},
		{"zh_CN", knowledge.En, knowledge.Zh},
		{"ZH-HK", knowledge.En, knowledge.Zh},
		{"en", knowledge.Zh, knowledge.En},
		{"en-US", knowledge.Zh, knowledge.En},
		{"en-GB", knowledge.Zh, knowledge.En},
		{"fr", knowledge.Zh, knowledge.En},
		{"ja", knowledge.Zh, knowledge.En},
		{"ru-RU", knowledge.Zh, knowledge.En},
		// No hint: the default.
		{"", knowledge.Zh, knowledge.Zh},
		{"", knowledge.En, knowledge.En},
		{"   ", knowledge.En, knowledge.En},
		// A hint that is no language tag is still not Chinese.
		{"garbage", knowledge.Zh, knowledge.En},
		{"123", knowledge.Zh, knowledge.En},
		{"*", knowledge.Zh, knowledge.En},
		{"zh-garbage-tag-x", knowledge.En, knowledge.Zh},
	} {
		if got := LangFromHint(tc.hint, tc.def); got != tc.want {
			t.Errorf("LangFromHint(%q, %s) = %s, want %s", tc.hint, tc.def, got, tc.want)
		}
	}
}

// A new chat takes its language from the client's hint; an existing chat
// keeps its own.
func TestStepLanguageFromHint(t *testing.T) {
	m := testMachine(t)
	for hint, want := range map[string]knowledge.Lang{"zh-hans": knowledge.Zh, "en-US": knowledge.En, "de": knowledge.En, "": knowledge.Zh} {
		s, replies, _ := m.Step(State{}, Input{Text: "/start", LangHint: hint}, testNow)
		if s.Lang != want {
			t.Errorf("hint %q: language %s, want %s", hint, s.Lang, want)
		}
		if !strings.Contains(replies[0].PlainText(), m.Knowledge().Msg(want, "d.welcome")) {
			t.Errorf("hint %q: welcome not in %s", hint, want)
		}
		s, _, _ = m.Step(s, Input{Text: "/lang"}, testNow)
		s2, _, _ := m.Step(s, Input{Text: "/help", LangHint: hint}, testNow)
		if s2.Lang == want {
			t.Errorf("hint %q: the hint overrode the language chosen with /lang", hint)
		}
	}
}

func TestDecodeState(t *testing.T) {
	m := testMachine(t)
	s, _, _ := m.Step(State{}, Input{Text: "上海灵活就业断缴8个月"}, testNow)
	data, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeState(data)
	if err != nil {
		t.Fatalf("a state the engine made does not decode: %v\n%s", err, data)
	}
	if again, _ := back.Encode(); string(again) != string(data) {
		t.Errorf("round trip changed the state:\n%s\n%s", data, again)
	}
	for _, tc := range []struct {
		data    string
		version bool // an ErrStateVersion
	}{
		{"", false},
		{"{", false},
		{"garbage", false},
		{"[]", false},
		{`"v"`, false},
		{`{"v":"1"}`, false},
		{"null", true},
		{"{}", true},
		{`{"v":0,"facts":{}}`, true},
		{`{"v":2,"facts":{}}`, true},
		{`{"v":-1,"facts":{}}`, true},
		{`{"v":1,"lang":"fr","facts":{}}`, false},
		{`{"v":1,"facts":{"scheme":"martian"}}`, false},
		{`{"v":1,"facts":{"gap_months":-1}}`, false},
		{`{"v":1,"facts":{"gap_months":100000}}`, false},
		{`{"v":1,"facts":{"years_paid":"abc"}}`, false},
		{`{"v":1,"facts":{"since":"2025-13"}}`, false},
		{`{"v":1,"facts":{},"asking":"colour"}`, false},
		{`{"v":1,"facts":{},"mode":"dance"}`, false},
		{`{"v":1,"facts":{},"history":[{"payer":"boss"}]}`, false},
		{`{"v":1,"facts":{},"history":` + "[" + strings.Repeat(`{},`, historyLimit) + `{}]}`, false},
		{`{"v":1,"facts":{},"answered":"yes"}`, false},
		{`{"v":1,"facts":{},"confirm_gap":-1}`, false},
		{`{"v":1,"facts":{},"confirm_gap":100000}`, false},
		{`{"v":1,"facts":{},"in_time":"yes"}`, false},
	} {
		s, err := DecodeState([]byte(tc.data))
		if err == nil {
			t.Errorf("DecodeState(%.60s) = %+v, want an error", tc.data, s)
			continue
		}
		if got := errors.Is(err, ErrStateVersion); got != tc.version {
			t.Errorf("DecodeState(%.60s): %v; version error %v, want %v", tc.data, err, got, tc.version)
		}
		if !reflectZero(s) {
			t.Errorf("DecodeState(%.60s): error with a half-read state %+v", tc.data, s)
		}
	}
}

func reflectZero(s State) bool {
	return s.V == 0 && s.Lang == "" && s.Asking == "" && s.Mode == "" && !s.Answered && s.History == nil &&
		rules.Validate(s.Facts) == nil && s.Facts.Scheme == "" && s.Facts.GapMonths == nil
}

// memStorage is an in-memory Sessions: a map of chats with versions, the
// update IDs already applied and the last commit of each chat.
type memStorage struct {
	mu        sync.Mutex
	states    map[int64][]byte
	versions  map[int64]int64
	saved     map[int64]Commit
	applied   map[[2]int64]bool
	forgot    []int64
	applyErr  error
	conflicts int // the next Commits lose the compare-and-swap
}

func newMemStorage() *memStorage {
	return &memStorage{states: map[int64][]byte{}, versions: map[int64]int64{}, saved: map[int64]Commit{}, applied: map[[2]int64]bool{}}
}

func (m *memStorage) Load(ctx context.Context, chatID int64) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	data, found := m.states[chatID]
	return Session{State: slices.Clone(data), Version: m.versions[chatID], Found: found}, nil
}

func (m *memStorage) Commit(ctx context.Context, c Commit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.applyErr != nil {
		return m.applyErr
	}
	if c.Entry > 0 && m.applied[[2]int64{c.ChatID, c.Entry}] {
		return ErrDuplicate
	}
	if m.conflicts > 0 {
		m.conflicts--
		m.versions[c.ChatID]++
	}
	if m.versions[c.ChatID] != c.Version {
		return ErrConflict
	}
	if c.Forget {
		m.forgot = append(m.forgot, c.ChatID)
	}
	m.states[c.ChatID] = c.State
	m.versions[c.ChatID]++
	m.saved[c.ChatID] = c
	if c.Entry > 0 {
		m.applied[[2]int64{c.ChatID, c.Entry}] = true
	}
	return nil
}

func testRunner(t *testing.T) (*Runner, *memStorage) {
	st := newMemStorage()
	return &Runner{Machine: testMachine(t), Sessions: st, Now: func() time.Time { return testNow }}, st
}

func TestRunnerTurns(t *testing.T) {
	r, st := testRunner(t)
	ctx := context.Background()
	replies, applied, err := r.Handle(ctx, 7, 1, Input{Text: "/start", LangHint: "en"})
	if err != nil || !applied || len(replies) == 0 {
		t.Fatalf("first turn: %d replies, applied %v, %v", len(replies), applied, err)
	}
	saved := st.saved[7]
	if saved.Lang != "en" {
		t.Errorf("saved language %q", saved.Lang)
	}
	if s, err := DecodeState(saved.State); err != nil || s.Asking != rules.FieldScheme {
		t.Errorf("saved state %s: %v", saved.State, err)
	}
	if saved.Outbox != nil {
		t.Errorf("outbox without Outgoing: %d messages", len(saved.Outbox))
	}
	if len(saved.Events) == 0 || saved.Events[0].Kind != EvStarted {
		t.Errorf("saved events %+v", saved.Events)
	}

	// A button press, then the same update again (a retry by the
	// transport): applied once, no replies the second time.
	replies, applied, err = r.Handle(ctx, 7, 2, Input{Data: "s:scheme:employee"})
	if err != nil || !applied || len(replies) == 0 {
		t.Fatalf("button: %d replies, applied %v, %v", len(replies), applied, err)
	}
	before := string(st.states[7])
	replies, applied, err = r.Handle(ctx, 7, 2, Input{Data: "s:scheme:resident"})
	if err != nil || applied || len(replies) != 0 {
		t.Errorf("duplicate update: %d replies, applied %v, %v", len(replies), applied, err)
	}
	if string(st.states[7]) != before {
		t.Errorf("duplicate update changed the state")
	}
	// Update ID 0 (terminals) is never deduplicated.
	for range 2 {
		if _, applied, _ := r.Handle(ctx, 7, 0, Input{Text: "/help"}); !applied {
			t.Errorf("update 0 not applied")
		}
	}
	// Another chat is independent.
	if _, _, err := r.Handle(ctx, 8, 2, Input{Text: "/start", LangHint: "zh"}); err != nil {
		t.Fatal(err)
	}
	if st.saved[8].Lang != "zh" || st.saved[7].Lang != "en" {
		t.Errorf("languages %q and %q", st.saved[7].Lang, st.saved[8].Lang)
	}
}

func TestRunnerRecoversCorruptState(t *testing.T) {
	for _, bad := range []string{"{not json", `{"v":99,"facts":{}}`, `{"v":1,"facts":{"scheme":"martian"}}`, ""} {
		r, st := testRunner(t)
		st.states[5] = []byte(bad)
		replies, applied, err := r.Handle(context.Background(), 5, 1, Input{Text: "8个月", LangHint: "zh-CN"})
		if err != nil || !applied {
			t.Errorf("%q: applied %v, %v", bad, applied, err)
			continue
		}
		kb := r.Machine.Knowledge()
		if len(replies) < 2 || replies[0].PlainText() != kb.Msg(knowledge.Zh, "d.recovered") {
			t.Errorf("%q: no apology first: %v", bad, replies)
			continue
		}
		if last := replies[len(replies)-1]; len(last.Buttons) == 0 {
			t.Errorf("%q: no question after the apology", bad)
		}
		s, err := DecodeState(st.states[5])
		if err != nil || s.Asking != rules.FieldScheme || s.Facts.GapMonths != nil {
			t.Errorf("%q: stored afterwards %s (%v)", bad, st.states[5], err)
		}
		if !slices.ContainsFunc(st.saved[5].Events, func(e Event) bool { return e.Kind == EvReset }) {
			t.Errorf("%q: no reset event", bad)
		}
		// The next turn carries on normally.
		if replies, _, err := r.Handle(context.Background(), 5, 2, Input{Data: "s:scheme:employee"}); err != nil || len(replies) == 0 {
			t.Errorf("%q: next turn: %v", bad, err)
		}
	}
}

func TestRunnerForget(t *testing.T) {
	r, st := testRunner(t)
	ctx := context.Background()
	r.Handle(ctx, 3, 1, Input{Text: "上海灵活就业断缴8个月"})
	if _, ok := st.states[3]; !ok {
		t.Fatal("nothing stored")
	}
	replies, applied, err := r.Handle(ctx, 3, 2, Input{Text: "/forget"})
	if err != nil || !applied || len(replies) == 0 {
		t.Fatalf("/forget: %d replies, applied %v, %v", len(replies), applied, err)
	}
	if !slices.Equal(st.forgot, []int64{3}) {
		t.Errorf("Forget called for %v, want [3]", st.forgot)
	}
	if s, _ := DecodeState(st.states[3]); s.Facts.Region != "" || s.Facts.GapMonths != nil {
		t.Errorf("facts kept after /forget: %+v", s.Facts)
	}
	// The chat starts afresh.
	r.Handle(ctx, 3, 3, Input{Text: "/summary"})
	if s, _ := DecodeState(st.states[3]); s.Facts.Region != "" {
		t.Errorf("facts survived /forget: %+v", s.Facts)
	}
	if len(st.forgot) != 1 {
		t.Errorf("Forget called again")
	}
}

// A turn that loses the compare-and-swap is recomputed from the state the
// other writer committed, and its outgoing messages are those of the
// recomputed turn.
func TestRunnerConflict(t *testing.T) {
	r, st := testRunner(t)
	ctx := context.Background()
	st.conflicts = 2
	var rendered int
	res, err := r.Run(ctx, Turn{ChatID: 9, Entry: 1, Input: Input{Text: "/start"},
		Outgoing: func(_ State, rs []Reply) ([]persist.Message, error) {
			rendered++
			return []persist.Message{{Payload: []byte(rs[0].PlainText())}}, nil
		}})
	if err != nil || !res.Applied {
		t.Fatalf("after conflicts: applied %v, %v", res.Applied, err)
	}
	if rendered != 3 || st.versions[9] != 3 || len(st.saved[9].Outbox) != 1 {
		t.Errorf("rendered %d times, version %d, outbox %d; want 3, 3, 1", rendered, st.versions[9], len(st.saved[9].Outbox))
	}
	st.conflicts = maxConflicts + 1
	if _, err := r.Run(ctx, Turn{ChatID: 9, Entry: 2, Input: Input{Text: "/help"}}); !errors.Is(err, ErrConflict) {
		t.Errorf("endless conflicts: %v, want ErrConflict", err)
	}
}

func TestRunnerStorageError(t *testing.T) {
	r, st := testRunner(t)
	st.applyErr = errors.New("disk full")
	replies, applied, err := r.Handle(context.Background(), 1, 1, Input{Text: "/start"})
	if err == nil || applied || replies != nil {
		t.Errorf("storage error: %d replies, applied %v, err %v", len(replies), applied, err)
	}
}

// The undo history stays bounded however long the chat, and /back walks
// back through exactly what it keeps.
func TestHistoryBounded(t *testing.T) {
	m := testMachine(t)
	s, _, _ := m.Step(State{}, Input{Text: "/start"}, testNow)
	regions := []string{"shanghai", "zhejiang", "guangdong", "national"}
	s, _, _ = m.Step(s, Input{Text: "灵活就业断缴3个月"}, testNow)
	for i := range 200 {
		s, _, _ = m.Step(s, Input{Data: "s:region:" + regions[i%len(regions)]}, testNow)
		if len(s.History) > historyLimit {
			t.Fatalf("after %d answers: %d undo steps", i+1, len(s.History))
		}
	}
	if len(s.History) != historyLimit {
		t.Errorf("%d undo steps kept, want %d", len(s.History), historyLimit)
	}
	data, _ := s.Encode()
	if _, err := DecodeState(data); err != nil {
		t.Errorf("a long chat's state does not decode: %v", err)
	}
	for i := range historyLimit {
		var replies []Reply
		s, replies, _ = m.Step(s, Input{Text: "/back"}, testNow)
		if !strings.Contains(replies[0].PlainText(), m.Knowledge().Msg(s.Lang, "d.undone")) {
			t.Fatalf("/back %d: %q", i+1, replies[0].PlainText())
		}
	}
	_, replies, _ := m.Step(s, Input{Text: "/back"}, testNow)
	if !strings.Contains(replies[0].PlainText(), m.Knowledge().Msg(s.Lang, "d.nothing_to_undo")) {
		t.Errorf("/back beyond the history: %q", replies[0].PlainText())
	}
}

// Step must not change the state it is given: a transport may retry a turn
// or replay a conversation from a stored state.
func TestStepLeavesItsInputAlone(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Data: "s:scheme:employee"}, {Data: "s:retirement:working"},
		{Data: "s:payer:individual"}, {Data: "s:gap:8"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	// Make room in the history's array, as a long chat would have.
	s.History = append(make([]rules.Facts, 0, 16), s.History...)
	orig, _ := s.Encode()
	back, _, _ := m.Step(s, Input{Text: "/back"}, testNow)
	m.Step(back, Input{Text: "杭州，断缴2个月"}, testNow)
	// Two turns from the same state (a retry, a replay): the second must
	// not write into the first one's history.
	first, _, _ := m.Step(s, Input{Text: "杭州，断缴3个月"}, testNow)
	firstJSON, _ := first.Encode()
	m.Step(s, Input{Text: "上海，断缴5个月"}, testNow)
	if now, _ := first.Encode(); string(now) != string(firstJSON) {
		t.Errorf("a later Step changed an earlier result:\n%s\n%s", firstJSON, now)
	}
	if now, _ := s.Encode(); string(now) != string(orig) {
		t.Errorf("Step changed its input state:\n%s\n%s", orig, now)
	}
	a1, r1, e1 := m.Step(s, Input{Data: "s:region:shanghai"}, testNow)
	a2, r2, e2 := m.Step(s, Input{Data: "s:region:shanghai"}, testNow)
	j1, _ := a1.Encode()
	j2, _ := a2.Encode()
	if string(j1) != string(j2) || len(r1) != len(r2) || len(e1) != len(e2) {
		t.Errorf("the same turn twice gives different results")
	}
}

func TestLongAndBrokenInput(t *testing.T) {
	m := testMachine(t)
	start, _, _ := m.Step(State{}, Input{Text: "/start"}, testNow)
	long := strings.Repeat("上海灵活就业断缴8个月，", MaxTextLen)
	for _, text := range []string{
		long,
		"/faq " + long,
		"/start " + strings.Repeat("region-shanghai_", 100),
		strings.Repeat("a", 100_000),
		strings.Repeat("怎么办？", 5000),
		"\xff\xfe\xfd",
		"/faq \xff怎么\xfe补缴？",
		strings.Repeat("\x00", 3000),
		strings.Repeat("8", 5000) + "个月",
	} {
		begin := time.Now()
		s, replies, events := m.Step(start, Input{Text: text}, testNow)
		// Catches a turn that is quadratic in the input (minutes), not a
		// slow machine: a loaded 2-core box under -race can stall a
		// millisecond turn for seconds. Speed is the benchmarks' job (BenchmarkTurnText).
		if d := time.Since(begin); d > 15*time.Second {
			t.Errorf("%.20q…: %v for one turn", text, d)
		}
		checkTurn(t, "long input", s, replies)
		for _, e := range events {
			if utf8.RuneCountInString(e.Text) > MaxTextLen || !utf8.ValidString(e.Text) {
				t.Errorf("%.20q…: event %s with %d characters of text (valid UTF-8 %v)", text, e.Kind,
					utf8.RuneCountInString(e.Text), utf8.ValidString(e.Text))
			}
		}
		for _, r := range replies {
			if !utf8.ValidString(r.PlainText()) {
				t.Errorf("%.20q…: a reply is not valid UTF-8", text)
			}
		}
	}
}

func TestFAQEvents(t *testing.T) {
	m := testMachine(t)
	s, _, _ := m.Step(State{}, Input{Text: "/start"}, testNow)
	_, _, events := m.Step(s, Input{Text: "/faq 怎么才能让我的猫学会弹钢琴"}, testNow)
	if !slices.ContainsFunc(events, func(e Event) bool { return e.Kind == EvFAQMiss && e.Text == "怎么才能让我的猫学会弹钢琴" }) {
		t.Errorf("no faq_miss event with the question: %+v", events)
	}
	_, _, events = m.Step(s, Input{Text: "断缴的医保去哪里补缴？"}, testNow)
	if !slices.ContainsFunc(events, func(e Event) bool { return e.Kind == EvFAQHit && e.Question == "where-to-pay" }) {
		t.Errorf("no faq_hit event: %+v", events)
	}
}

// Answers are counted once: showing the same answer again (coming back,
// switching language) is no new answer.
func TestAnswerEventCountedOnce(t *testing.T) {
	m := testMachine(t)
	s, _, events := m.Step(State{}, Input{Text: "/start region-shanghai_payer-individual_gap-8"}, testNow)
	count := func(evs []Event) int {
		n := 0
		for _, e := range evs {
			if e.Kind == EvAnswer {
				n++
			}
		}
		return n
	}
	if count(events) != 1 || !s.Answered {
		t.Fatalf("deep link: %d answer events, answered %v", count(events), s.Answered)
	}
	for _, in := range []Input{{Resume: true}, {Text: "/lang"}, {Text: "/summary"}, {Text: "/help"}, {Data: "f:y:answer"}} {
		var replies []Reply
		s, replies, events = m.Step(s, in, testNow)
		if n := count(events); n != 0 {
			t.Errorf("%+v: %d answer events for an answer already given", in, n)
		}
		if !wayForward(s, replies) || !s.Answered {
			t.Errorf("%+v: the answer's buttons are gone", in)
		}
	}
}

// One Machine serves every chat at once, also while the knowledge base is
// swapped.
func TestMachineConcurrent(t *testing.T) {
	m := testMachine(t)
	kb := m.Knowledge()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s State
			for i := range 50 {
				in := Input{Text: "上海灵活就业断缴8个月"}
				if i%3 == 1 {
					in = Input{Data: "e:gap"}
				} else if i%3 == 2 {
					in = Input{Data: "s:gap:" + itoa(1+(g+i)%24)}
				}
				var replies []Reply
				s, replies, _ = m.Step(s, in, testNow)
				if len(replies) == 0 {
					t.Errorf("goroutine %d turn %d: no reply", g, i)
				}
			}
		}()
	}
	for range 20 {
		m.SetKnowledge(kb)
	}
	wg.Wait()
}

// Question buttons are cached per language and knowledge base; a transport
// appending to what it got cannot change what the next chat sees.
func TestQuestionButtonsCache(t *testing.T) {
	m := New(testKB(t))
	s, replies, _ := m.Step(State{}, Input{Text: "/start", LangHint: "en"}, testNow)
	last := replies[len(replies)-1]
	want := len(allButtons([]Reply{last}))
	for i := range last.Buttons {
		last.Buttons[i] = append(last.Buttons[i], Button{Label: "x", Data: "c:help"})
	}
	_ = append(last.Buttons, []Button{{Label: "y", Data: "c:help"}})
	_, replies, _ = m.Step(s, Input{Text: "/help"}, testNow)
	if got := len(allButtons(replies[len(replies)-1:])); got != want {
		t.Errorf("%d buttons after a transport appended to them, want %d", got, want)
	}
	zh, replies, _ := m.Step(State{}, Input{Text: "/start", LangHint: "zh"}, testNow)
	if b := allButtons(replies[len(replies)-1:]); b[0].Label != m.Knowledge().Msg(zh.Lang, "d.v2.retirement.working") {
		t.Errorf("Chinese chat got button %q", b[0].Label)
	}
	// Back appears once there is something to undo.
	s, replies, _ = m.Step(s, Input{Data: "s:scheme:employee"}, testNow)
	if !slices.ContainsFunc(allButtons(replies), func(b Button) bool { return b.Data == "c:back" }) {
		t.Errorf("no back button after an answer")
	}
	m.SetKnowledge(testKB(t))
	if _, replies, _ := m.Step(s, Input{Text: "/help"}, testNow); len(allButtons(replies)) == 0 {
		t.Errorf("no buttons after a knowledge reload")
	}
}

// The place people named ("成都", answered by the national rules under its
// own name) is kept when they answer the questions after it.
func TestAnswersKeepThePlace(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Text: "成都，断缴3个月"}, {Data: "s:scheme:employee"},
		{Data: "s:retirement:working"}, {Data: "s:payer:individual"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Facts.Region != rules.NationalRegion || s.Facts.Place != "成都市" {
		t.Errorf("after answering on: region %q place %q, want national 成都市", s.Facts.Region, s.Facts.Place)
	}
}

// A move inside one pooling area (Pudong to Minhang, both Shanghai) is no
// move between cities: a job change there must not be answered as a
// transfer that back-pays the gap with cover.
func TestMoveWithinOneRegionIsNoCrossCityJobChange(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Text: "从浦东搬到闵行了，换了工作，新单位断了2个月医保"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Facts.CrossCity != nil && *s.Facts.CrossCity {
		t.Errorf("cross_city = true for a move inside Shanghai (moved %v)", s.Moved)
	}
	if s.Facts.Region != "shanghai" || s.Facts.Reason != rules.ReasonJobChange {
		t.Errorf("region %q reason %q, want shanghai job-change", s.Facts.Region, s.Facts.Reason)
	}
}

// Years paid and a gap in one message ("交了10年，断了3个月") say nothing
// about retirement: the question is asked, not settled as "at retirement
// age" (which would answer a working person with the retirement rules).
func TestYearsPaidAndGapAskRetirement(t *testing.T) {
	m := testMachine(t)
	for _, msg := range []string{"我交了10年医保，断了3个月", "I've paid 10 years, missed 3 months"} {
		s, _, _ := m.Step(State{}, Input{Text: msg}, testNow)
		if s.Facts.Retirement != "" || s.Asking != rules.FieldRetirement {
			t.Errorf("%q: retirement %q, asking %q; want retirement asked", msg, s.Facts.Retirement, s.Asking)
		}
	}
}

// "Not sure" whether a job change crossed cities is not taken back to
// "yes" because the person said they moved: a yes answers the gap as
// back-paid with cover.
func TestSkipCrossCityAfterMoveStaysOpen(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Text: "从北京搬到上海了，换了工作，新单位断了2个月医保"},
		{Data: "e:cross_city"}, {Data: "p:cross_city"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Facts.CrossCity != nil {
		t.Errorf("cross_city = %v after skipping it, want not given", *s.Facts.CrossCity)
	}
}

// Someone who moved from Beijing to Shanghai and later mentions Beijing
// again ("以前在北京是单位交的") is still answered by Shanghai's rules; a
// new move ("后来又搬到杭州了") does change the region.
func TestMoverNamingTheOldPlaceKeepsTheNewOne(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Text: "从北京搬到上海了 医保断了4个月"}, {Data: "s:scheme:employee"},
		{Text: "以前在北京是单位交的"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Facts.Region != "shanghai" || s.Facts.Payer != rules.PayerUnit {
		t.Errorf("after naming the old place: region %q payer %q, want shanghai unit", s.Facts.Region, s.Facts.Payer)
	}
	s, _, _ = m.Step(s, Input{Text: "后来又搬到杭州了"}, testNow)
	if s.Facts.Region != "zhejiang" {
		t.Errorf("after moving again: region %q, want zhejiang", s.Facts.Region)
	}
}

// A first unpaid month before 1990 is refused like any gap out of range:
// taken, it was stored and the next turn could not read the state, so the
// person lost every answer.
func TestGapSinceBefore1990KeepsStateReadable(t *testing.T) {
	m := testMachine(t)
	for _, msgs := range [][]Input{
		{{Text: "/start"}, {Text: "从1988年3月开始断缴的"}},
		{{Text: "/start"}, {Data: "s:scheme:employee"}, {Data: "s:retirement:working"}, {Data: "s:payer:individual"},
			{Data: "x:since"}, {Text: "1988年3月"}},
		{{Text: "/start"}, {Data: "s:scheme:employee"}, {Data: "s:retirement:working"}, {Data: "s:payer:individual"},
			{Text: "1988年3月开始没交"}},
	} {
		var s State
		for _, in := range msgs {
			s, _, _ = m.Step(s, in, testNow)
			b, err := s.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := DecodeState(b); err != nil {
				t.Errorf("after %+v: the stored state cannot be read: %v", in, err)
			}
		}
	}
}

// A gap told before the scheme, then "resident scheme", is no switch from
// the employee scheme: before the Imply fix the chat asked how long the
// person was enrolled "before switching schemes", a switch never mentioned.
func TestResidentGapIsNoSchemeSwitch(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "在杭州 断了2年医保"}, {Data: "s:scheme:resident"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Facts.PriorScheme != "" || s.Asking == rules.FieldContinuousYears {
		t.Errorf("prior scheme %q, asking %q; want no switch assumed", s.Facts.PriorScheme, s.Asking)
	}
}

// A move with no place named to come from ("搬到闵行了", a district of
// Shanghai) may not have left the pooling area: cross_city is asked, not
// implied as yes (which answers the gap as back-paid with cover). Named
// from another region ("从北京搬到上海"), it is implied.
func TestMoveCrossesCitiesOnlyFromAnotherRegion(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg  string
		want string
	}{
		{"搬到闵行了，换了工作，新单位断了2个月医保", "nil"},
		{"I moved to Pudong and changed jobs, 2 months gap", "nil"},
		{"从北京搬到上海了，换了工作，新单位断了2个月医保", "true"},
		{"I moved from Beijing to Shanghai and changed jobs, 2 months gap", "true"},
	} {
		s, _, _ := m.Step(State{}, Input{Text: c.msg}, testNow)
		got := "nil"
		if s.Facts.CrossCity != nil {
			got = strconv.FormatBool(*s.Facts.CrossCity)
		}
		if got != c.want || !s.Moved {
			t.Errorf("%q: cross_city %s moved %v, want %s and moved", c.msg, got, s.Moved, c.want)
		}
	}
}

// /back that undoes the message naming a move undoes the move too: it
// otherwise lingered and later made a job change in one city count as one
// across cities (a gap back-paid with cover).
func TestBackUndoesAMove(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []Input{{Text: "/start"}, {Text: "从北京搬到上海了"}, {Text: "/back"}, {Text: "上海 换了工作 断了2个月"}} {
		s, _, _ = m.Step(s, in, testNow)
	}
	if s.Moved || s.MovedAcross || s.Facts.CrossCity != nil {
		t.Errorf("after undoing the move: moved %v/%v cross_city %v, want no move and cross_city asked", s.Moved, s.MovedAcross, s.Facts.CrossCity)
	}
}
