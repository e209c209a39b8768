package dialog

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"bujiao/dialog/persist"
	"bujiao/dialog/remind"
	"bujiao/knowledge"
	"bujiao/rules"
)

// remStore is an in-memory store for reminder tests: conversations with
// versions, and scheduled inbox entries applied when the test clock reaches
// them — what persist.Store does for reminders, without SQL.
type remStore struct {
	mu       sync.Mutex
	states   map[int64][]byte
	versions map[int64]int64
	entries  map[string]persist.Inbound
	// log is what the last commit did to the entries, for the transcript.
	log []string
}

func newRemStore() *remStore {
	return &remStore{states: map[int64][]byte{}, versions: map[int64]int64{}, entries: map[string]persist.Inbound{}}
}

func (m *remStore) Load(_ context.Context, chatID int64) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	data, found := m.states[chatID]
	return Session{State: slices.Clone(data), Version: m.versions[chatID], Found: found}, nil
}

func (m *remStore) Commit(_ context.Context, c Commit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.versions[c.ChatID] != c.Version {
		return ErrConflict
	}
	if c.Forget {
		for k, e := range m.entries {
			if e.ChatID == c.ChatID {
				delete(m.entries, k)
				m.log = append(m.log, "forgotten "+k)
			}
		}
	}
	for _, k := range c.Cancel {
		if e, ok := m.entries[k]; ok && e.ChatID == c.ChatID {
			delete(m.entries, k)
			m.log = append(m.log, "cancelled "+k)
		}
	}
	for _, e := range c.Schedule {
		if _, ok := m.entries[e.Key]; !ok {
			m.entries[e.Key] = e
			m.log = append(m.log, "scheduled "+e.Key+" due "+e.DueAt.In(knowledge.China).Format("2006-01-02 15:04"))
		}
	}
	m.states[c.ChatID] = c.State
	m.versions[c.ChatID]++
	return nil
}

func (m *remStore) Scheduled(_ context.Context, chatID int64, prefix string) ([]persist.Inbound, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []persist.Inbound
	for k, e := range m.entries {
		if e.ChatID == chatID && strings.HasPrefix(k, prefix) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// takeDue removes and returns the entries due at now, earliest first.
func (m *remStore) takeDue(now time.Time) []persist.Inbound {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []persist.Inbound
	for k, e := range m.entries {
		if !e.DueAt.After(now) {
			out = append(out, e)
			delete(m.entries, k)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].DueAt.Before(out[j].DueAt) })
	return out
}

func (m *remStore) takeLog() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	l := m.log
	m.log = nil
	return l
}

// patchedKB loads the built-in knowledge base with one file's text
// replaced: a rule that changed between setting a reminder and sending it.
func patchedKB(t *testing.T, file, old, new string) *knowledge.Base {
	t.Helper()
	mfs := fstest.MapFS{}
	err := fs.WalkDir(knowledge.DefaultFS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(knowledge.DefaultFS(), path)
		if path == file {
			if !strings.Contains(string(data), old) {
				t.Fatalf("%s does not contain %q", file, old)
			}
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		mfs[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := knowledge.Load(mfs, knowledge.Options{})
	if err != nil {
		t.Fatalf("patched knowledge base: %v", err)
	}
	return b
}

// Reminder transcripts (testdata/reminders): the inputs of one chat as in
// testdata/transcripts, plus
//
//	> @at 2026-12-24 08:30   the test clock, Beijing time
//	> @due                   apply every reminder due by then
//	> @kb moved | gone | default   swap the knowledge base (a rule changed)
//
// After each input, what the turn did to the scheduled entries is shown
// ("= scheduled …", "= cancelled …").
func TestReminderTranscripts(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "reminders", "*.txt"))
	if len(files) < 5 {
		t.Fatalf("only %d reminder transcripts", len(files))
	}
	kbs := map[string]*knowledge.Base{
		"default": testKB(t),
		// Shanghai's short-gap window one month longer: the deadline moves.
		"moved": patchedKB(t, "regions/shanghai.yaml", "        limit_months: 3\n        # 三(四)",
			"        limit_months: 4\n        # 三(四)"),
		// No short-gap treatment at all: the deadline no longer applies.
		"gone": patchedKB(t, "regions/shanghai.yaml", "        limit_months: 3\n        # 三(四)",
			"        limit_months: 0\n        # 三(四)"),
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runReminderScript(t, kbs, parseScript(string(data)))
			if updating() {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != string(data) {
				t.Errorf("%s differs; run go test ./dialog -run ReminderTranscripts -update and review the diff\n%s", file, got)
			}
		})
	}
}

func runReminderScript(t *testing.T, kbs map[string]*knowledge.Base, sc script) string {
	t.Helper()
	const chat = 42
	now := testNow
	st := newRemStore()
	m := New(kbs["default"])
	m.Reminders = true
	r := &Runner{Machine: m, Sessions: st, Reminders: st, Now: func() time.Time { return now }}
	ctx := context.Background()
	var b strings.Builder
	for _, h := range sc.header {
		b.WriteString(h + "\n")
	}
	var last []Reply
	update := int64(0)
	run := func(in Input) {
		update++
		in.LangHint = sc.hint
		res, err := r.Run(ctx, Turn{ChatID: chat, Entry: update, Input: in})
		if err != nil {
			t.Fatalf("turn: %v", err)
		}
		renderReminderTurn(&b, res.Replies, res.Events)
		for _, l := range st.takeLog() {
			b.WriteString("= " + strings.TrimPrefix(strings.Replace(l, ReminderKeyPrefix(chat), "", 1), "") + "\n")
		}
		// Any button shown so far can be pressed (Telegram keeps them
		// under older messages); the newest wins.
		last = append(slices.Clone(res.Replies), last...)
	}
	for i, raw := range sc.inputs {
		b.WriteString("\n> " + raw + "\n")
		switch {
		case strings.HasPrefix(raw, "@at "):
			at, err := time.ParseInLocation("2006-01-02 15:04", strings.TrimPrefix(raw, "@at "), knowledge.China)
			if err != nil {
				t.Fatalf("input %d: %v", i+1, err)
			}
			now = at
		case raw == "@due":
			due := st.takeDue(now)
			if len(due) == 0 {
				b.WriteString("(nothing due)\n")
			}
			for _, e := range due {
				b.WriteString("@ " + strings.Replace(e.Key, ReminderKeyPrefix(chat), "", 1) + "\n")
				run(Input{Due: &Due{Payload: e.Payload}})
			}
		case strings.HasPrefix(raw, "@kb "):
			kb, ok := kbs[strings.TrimPrefix(raw, "@kb ")]
			if !ok {
				t.Fatalf("input %d: no knowledge base %q", i+1, raw)
			}
			m.SetKnowledge(kb)
		case strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]"):
			label := raw[1 : len(raw)-1]
			k := slices.IndexFunc(allButtons(last), func(bt Button) bool { return bt.Label == label })
			if k < 0 {
				t.Errorf("input %d %q: no such button; buttons: %v", i+1, raw, allButtons(last))
				b.WriteString("!! no such button\n")
				continue
			}
			run(Input{Data: allButtons(last)[k].Data})
		case strings.HasPrefix(raw, "{") && strings.HasSuffix(raw, "}"):
			run(Input{Data: raw[1 : len(raw)-1]})
		default:
			run(Input{Text: raw})
		}
	}
	out := b.String()
	for _, kb := range kbs {
		out = strings.ReplaceAll(out, kb.Version.Hash, "<kb-hash>")
	}
	return out
}

func renderReminderTurn(b *strings.Builder, replies []Reply, events []Event) {
	renderTurn(b, replies, events)
	for _, r := range replies {
		if d := r.Document; d != nil {
			fmt.Fprintf(b, "= document %s (%s, %d bytes)\n", d.Name, d.Type, len(d.Data))
		}
	}
}

// TestReminderCopiesFacts: the reminder keeps the facts of the tap; a
// later change of the chat's case does not alter what it answers.
func TestReminderCopiesFacts(t *testing.T) {
	st := newRemStore()
	now := testNow
	m := testMachine(t)
	m.Reminders = true
	r := &Runner{Machine: m, Sessions: st, Reminders: st, Now: func() time.Time { return now }}
	ctx := context.Background()
	turn := func(in Input) Result {
		in.LangHint = "en"
		res, err := r.Run(ctx, Turn{ChatID: 1, Input: in})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	turn(Input{Text: "/start scheme-employee_payer-individual_gap-2_region-shanghai"})
	turn(Input{Data: "r:s:individual-window:1"})
	entries, _ := st.Scheduled(ctx, 1, ReminderKeyPrefix(1))
	if len(entries) != 1 {
		t.Fatalf("%d entries", len(entries))
	}
	rec, err := remind.Decode(entries[0].Payload)
	if err != nil || rec.Facts.Region != "shanghai" || *rec.Facts.GapMonths != 2 || rec.Date.String() != "2027-01-14" {
		t.Fatalf("stored %+v (%v)", rec, err)
	}
	// The person changes the case to Zhejiang afterwards.
	turn(Input{Text: "/start scheme-employee_payer-individual_gap-2_region-zhejiang"})
	now = time.Date(2027, 1, 14, 8, 30, 0, 0, knowledge.China)
	res := turn(Input{Due: &Due{Payload: entries[0].Payload}})
	text := res.Replies[0].PlainText()
	if !strings.Contains(text, "Shanghai") || strings.Contains(text, "Zhejiang") || !strings.Contains(text, "2027-01-14") {
		t.Errorf("the reminder did not answer the case of the tap:\n%s", text)
	}
}

// TestParseRemind: reminder button data is forgeable; only what the engine
// creates is accepted.
func TestParseRemind(t *testing.T) {
	for _, ok := range []string{"o", "o:waiting-ends", "n", "c:individual-window", "s:transfer-window:7", "s:waiting-ends:1",
		"d:individual-window.20261231.tp1hs0:0", "l:waiting-ends.20270515.tp1hs0:2", "x:individual-window.20261231.tp1hs0"} {
		if _, err := parseRemind(ok); err != nil {
			t.Errorf("parseRemind(%q): %v", ok, err)
		}
		if a, err := DecodeAction("r:" + ok); err != nil || EncodeAction(a) != "r:"+ok {
			t.Errorf("DecodeAction(r:%s) = %+v, %v", ok, a, err)
		}
	}
	for _, bad := range []string{"", "o:", "o:nope", "n:x", "c:", "s:transfer-window", "s:transfer-window:0",
		"s:transfer-window:8", "s:nope:7", "d:individual-window.20261231.tp1hs0", "d:individual-window.20261231.tp1hs0:3",
		"d:Bad.ID:0", "x:", "x:a b", "z", "oo", "l:x:9"} {
		if _, err := parseRemind(bad); err == nil {
			t.Errorf("parseRemind(%q) accepted", bad)
		}
	}
}

// FuzzParseRemind: whatever comes back as "r:" data is refused or
// re-encodes to itself, short ASCII a button can carry.
func FuzzParseRemind(f *testing.F) {
	for _, s := range []string{"r:o", "r:s:waiting-ends:3", "r:d:individual-window.20261231.tp1hs0:0", "r:x:a", "r:n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		a, err := DecodeAction(data)
		if err != nil || a.Kind != ActRemind {
			return
		}
		if len(data) > MaxButtonData || EncodeAction(a) != data {
			t.Fatalf("%q accepted as %+v", data, a)
		}
		if _, err := parseRemind(a.Value); err != nil {
			t.Fatalf("%q accepted by DecodeAction, refused by parseRemind: %v", data, err)
		}
	})
}

// TestRemindMessages: every message the reminders use exists in both
// languages (a missing one would show its key).
func TestRemindMessages(t *testing.T) {
	b := testKB(t)
	keys := []string{"r.button", "r.offer", "r.offer.stored", "r.offer.choose", "r.when.7", "r.when.1", "r.when.0", "r.and",
		"r.recommended", "r.not_now", "r.other", "r.set", "r.replaced", "r.too_late", "r.limit", "r.no_deadline", "r.not_now_ok",
		"r.due.head", "r.due.days", "r.due.tomorrow", "r.due.today", "r.due.passed", "r.due.moved", "r.due.gone",
		"r.due.todo", "r.due.confirm", "r.done", "r.later", "r.done_ok", "r.later_ok", "r.later_cap", "r.stale",
		"r.list.none", "r.list.head", "r.list.next", "r.cancel", "r.cancelled", "r.cancel_none", "r.calendar_caption"}
	src, _ := os.ReadFile("remind.go")
	for _, k := range keys {
		if !b.HasMsg(k) {
			t.Errorf("message %s missing", k)
		}
	}
	// And the list above is every r.* key remind.go names.
	for _, m := range regexpAll(`"(r\.[a-z_.0-9]+)"`, string(src)) {
		if !slices.Contains(keys, m) && !strings.HasPrefix(m, "r.when.") {
			t.Errorf("remind.go uses %s, not in the list", m)
		}
	}
}

func regexpAll(pattern, s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(pattern).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestReminderIntoUnreadableState: a reminder reaching a chat whose stored
// conversation this version cannot read is still answered (it carries its
// own case), not swallowed by the restart apology.
func TestReminderIntoUnreadableState(t *testing.T) {
	st := newRemStore()
	now := time.Date(2027, 1, 14, 8, 30, 0, 0, knowledge.China)
	r := &Runner{Machine: testMachine(t), Sessions: st, Reminders: st, Now: func() time.Time { return now }}
	gap := 2
	rec := remind.Record{ID: "individual-window.20270114.x", Lang: knowledge.En, Deadline: "individual-window",
		Date: rules.Date{Year: 2027, Month: 1, Day: 14}, When: remind.OnTheDay, Times: []time.Time{now},
		SetOn: rules.Date{Year: 2026, Month: 11, Day: 25},
		Facts: rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, GapMonths: &gap, Region: "shanghai",
			Retirement: rules.RetirementWorking}}
	data, err := rec.Encode()
	if err != nil {
		t.Fatal(err)
	}
	st.states[9], st.versions[9] = []byte(`{"v":99}`), 1
	res, err := r.Run(context.Background(), Turn{ChatID: 9, Input: Input{Due: &Due{Key: "k", Payload: data}}})
	if err != nil || len(res.Replies) != 1 || !strings.Contains(res.Replies[0].PlainText(), "Reminder") {
		t.Fatalf("%v %+v", err, res.Replies)
	}
}
