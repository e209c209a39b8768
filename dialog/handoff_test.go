package dialog

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

// Hand-off transcripts (testdata/handoff/*.txt) are conversations with a
// hand-off to staff, written like the engine's transcripts, with more
// inputs:
//
//	> staff: text        a staff member (of the staff group) writes in the topic
//	> staff-media: text  a staff member sends a photo with this caption
//	> staff-edit: text   a staff member edits a message of theirs to text
//	> edit: text         the person edits a message of theirs to text
//	> edit-media         the person edits a message to one without text
//	> staff-other        a staff member sends a sticker
//	> staff/note … , staff/close, staff/case, staff/answer
//	> outsider: text     someone who is not a member of the staff group
//	> photo              the person sends a photo
//	> @at 2026-11-28T10:00   the clock moves (Beijing time)
//	> @tick              the wake-up the last effects asked for arrives
//	> @stale-tick        a wake-up of an earlier hand-off arrives
//
// Header lines: "# hint: en", "# hours: Mon-Fri 09:00-18:00", "# label:
// first-name", "# no staff chat" (no hand-off configured). After each turn's
// replies, "~" lines show what it asks of the transport.

func TestHandoffTranscripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "handoff", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 8 {
		t.Fatalf("%d hand-off transcripts, want at least 8", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runHandoffScript(t, string(data))
			if updating() {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(data, []byte(got)) {
				t.Errorf("transcript changed (run with -update to accept):\n%s", lineDiff(string(data), got))
			}
		})
	}
}

func runHandoffScript(t *testing.T, data string) string {
	t.Helper()
	sc := parseScript(data)
	m := New(testKB(t))
	cfg := &HandoffConfig{}
	for _, h := range sc.header {
		switch {
		case strings.HasPrefix(h, "# hours:"):
			hours, err := ParseStaffHours(strings.TrimPrefix(h, "# hours:"))
			if err != nil {
				t.Fatal(err)
			}
			cfg.Hours = hours
		case strings.HasPrefix(h, "# label:"):
			l, err := ParseStaffLabel(strings.TrimPrefix(h, "# label:"))
			if err != nil {
				t.Fatal(err)
			}
			cfg.Label = l
		case h == "# no staff chat":
			cfg = nil
		case strings.HasPrefix(h, "# rows per hour:"):
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(h, "# rows per hour:")))
			if err != nil {
				t.Fatal(err)
			}
			m.RowsPerHour = n
		}
	}
	m.Handoff = cfg
	var b strings.Builder
	for _, h := range sc.header {
		b.WriteString(h + "\n")
	}
	now := testNow
	var (
		s    State
		last []Reply
		wake time.Time // the latest wake-up asked for
	)
	for i, raw := range sc.inputs {
		in := Input{LangHint: sc.hint}
		staff := func(kind HandoffInputKind, text string) {
			in.Handoff = &HandoffInput{Kind: kind, Text: text, Member: true, FirstName: "小王", MessageID: 7000 + i}
		}
		switch {
		case strings.HasPrefix(raw, "@at "):
			at, err := time.ParseInLocation("2006-01-02T15:04", strings.TrimPrefix(raw, "@at "), knowledge.China)
			if err != nil {
				t.Fatalf("input %d: %v", i+1, err)
			}
			now = at
			b.WriteString("\n> " + raw + "\n")
			continue
		case raw == "@tick" || raw == "@stale-tick":
			since := s.handoffSince()
			if raw == "@stale-tick" {
				since--
			} else if !wake.IsZero() {
				now = wake
			}
			in.Handoff = &HandoffInput{Kind: HandoffTick, Since: since}
		case strings.HasPrefix(raw, "staff: "):
			staff(StaffText, strings.TrimPrefix(raw, "staff: "))
		case strings.HasPrefix(raw, "staff-edit: "):
			staff(StaffText, strings.TrimPrefix(raw, "staff-edit: "))
			in.Handoff.Edited = true
		case strings.HasPrefix(raw, "edit: "):
			in.Handoff = &HandoffInput{Kind: PersonEdit, Text: strings.TrimPrefix(raw, "edit: ")}
		case raw == "edit-media":
			in.Handoff = &HandoffInput{Kind: PersonEdit}
		case strings.HasPrefix(raw, "staff-media: "):
			staff(StaffMedia, strings.TrimPrefix(raw, "staff-media: "))
		case raw == "staff-other":
			staff(StaffOther, "")
		case strings.HasPrefix(raw, "staff/note"):
			staff(StaffNote, strings.TrimSpace(strings.TrimPrefix(raw, "staff/note")))
		case raw == "staff/close":
			staff(StaffClose, "")
		case raw == "staff/case":
			staff(StaffCase, "")
		case raw == "staff/answer":
			staff(StaffAnswer, "")
		case strings.HasPrefix(raw, "outsider: "):
			in.Handoff = &HandoffInput{Kind: StaffText, Text: strings.TrimPrefix(raw, "outsider: "), MessageID: 9000 + i}
		case raw == "photo":
			in.Handoff = &HandoffInput{Kind: PersonMedia, MessageID: 8000 + i}
		case strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]"):
			label := raw[1 : len(raw)-1]
			k := slices.IndexFunc(allButtons(last), func(bt Button) bool { return bt.Label == label })
			if k < 0 {
				t.Errorf("input %d %q: no such button; buttons: %v", i+1, raw, allButtons(last))
				b.WriteString("\n> " + raw + "\n!! no such button\n")
				continue
			}
			in.Data = allButtons(last)[k].Data
		case strings.HasPrefix(raw, "{") && strings.HasSuffix(raw, "}"):
			in.Data = raw[1 : len(raw)-1]
		default:
			in.Text = raw
		}
		b.WriteString("\n> " + raw + "\n")
		o := m.Turn(s, in, now)
		s = o.State
		if o.Handoff != nil && !o.Handoff.WakeAt.IsZero() {
			wake = o.Handoff.WakeAt
		}
		renderTurn(&b, o.Replies, o.Events)
		renderEffects(&b, o.Handoff, o.Forget)
		if len(o.Replies) > 0 {
			last = o.Replies
		}
		enc, err := s.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeState(enc); err != nil {
			t.Errorf("input %d %q: state does not decode: %v\n%s", i+1, raw, err, enc)
		}
		for _, bt := range allButtons(o.Replies) {
			if err := checkButtonData(bt.Data); err != nil && !strings.HasPrefix(bt.Data, handoffData) {
				t.Errorf("input %d: button %q: %v", i+1, bt.Label, err)
			}
		}
	}
	return strings.ReplaceAll(b.String(), m.Knowledge().Version.Hash, "<kb-hash>")
}

func (s State) handoffSince() int64 {
	if s.Handoff == nil {
		return 0
	}
	return s.Handoff.Since
}

func renderEffects(b *strings.Builder, fx *HandoffEffects, forget bool) {
	if forget {
		b.WriteString("~ forget the chat\n")
	}
	if fx == nil {
		return
	}
	post := func(p StaffPost) {
		who := "bot"
		if p.Person {
			who = "person"
		}
		b.WriteString("~ staff topic (" + who + "): " + strings.ReplaceAll(p.Text, "\n", "\n~   ") + "\n")
	}
	if o := fx.Open; o != nil {
		b.WriteString("~ open topic \"#N " + o.Title + "\"\n")
		for _, p := range o.Posts {
			post(p)
		}
	}
	for _, p := range fx.Staff {
		post(p)
	}
	for _, id := range fx.CopyToStaff {
		b.WriteString("~ copy the person's message " + itoa(id) + " to the topic\n")
	}
	for _, c := range fx.CopyToPerson {
		b.WriteString("~ copy staff message " + itoa(c.MessageID) + " to the person, caption \"" + c.Caption + "\"\n")
	}
	if fx.Close {
		b.WriteString("~ close the topic\n")
	}
	if fx.Delete {
		b.WriteString("~ delete the topic; a content-free line in General\n")
	}
	if !fx.WakeAt.IsZero() {
		b.WriteString("~ wake at " + fx.WakeAt.In(knowledge.China).Format("2006-01-02 15:04") + "\n")
	}
}

// TestHandoffTexts: every message the hand-off uses exists in both
// languages, and the staff lines never carry placeholders unfilled.
func TestHandoffTexts(t *testing.T) {
	kb := testKB(t)
	for _, k := range handoffKeys {
		if !kb.HasMsg(k) {
			t.Errorf("message %q is missing", k)
			continue
		}
		for _, l := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			if strings.TrimSpace(kb.Msg(l, k)) == "" {
				t.Errorf("message %q is empty in %s", k, l)
			}
		}
	}
	if n := len(strings.Split(kb.Msg(knowledge.Zh, "ho.days"), ",")); n != 7 {
		t.Errorf("ho.days has %d names, want 7", n)
	}
}

// TestHandoffStateDecode: a stored hand-off in an unknown state is refused,
// never half read.
func TestHandoffStateDecode(t *testing.T) {
	for _, tc := range []struct {
		state string
		ok    bool
	}{
		{`{"v":1,"facts":{},"handoff":{"s":"waiting","since":1700000000,"w":1700000000}}`, true},
		{`{"v":1,"facts":{},"handoff":{"s":"open"}}`, false},
		{`{"v":1,"facts":{},"handoff":{"s":"waiting","since":-5}}`, false},
		{`{"v":1,"facts":{},"handoff":{"s":"offered","a":"` + strings.Repeat("字", maxAskedRunes+1) + `"}}`, false},
	} {
		_, err := DecodeState([]byte(tc.state))
		if (err == nil) != tc.ok {
			t.Errorf("%.60s…: err = %v, want ok=%v", tc.state, err, tc.ok)
		}
	}
}

// TestHandoffButtonData: only the hand-off's own values are read; anything
// else with its prefix is not.
func TestHandoffButtonData(t *testing.T) {
	for _, tc := range []struct {
		data string
		ok   bool
	}{
		{"h:offer", true}, {"h:ok", true}, {"h:no", true}, {"h:end", true}, {"h:y", true}, {"h:n", true},
		{"h:", false}, {"h:OK", false}, {"h:ok ", false}, {"h:x", false}, {"c:restart", false}, {"", false},
	} {
		if _, ok := parseHandoffData(tc.data); ok != tc.ok {
			t.Errorf("parseHandoffData(%q) ok = %v, want %v", tc.data, ok, tc.ok)
		}
	}
}

// FuzzHandoffTurn: whatever a person, a staff member or a forged button
// sends during a hand-off, the turn never panics, the state round-trips,
// and a sender who is not a member of the staff group reaches nobody.
func FuzzHandoffTurn(f *testing.F) {
	f.Add(uint8(0), "你好", "", true, int64(0))
	f.Add(uint8(1), "", "h:ok", true, int64(0))
	f.Add(uint8(2), "/end", "h:zz", false, int64(1))
	f.Add(uint8(9), "staff", "c:restart", false, int64(-5))
	kinds := []HandoffInputKind{StaffText, StaffMedia, StaffOther, StaffNote, StaffClose, StaffCase, StaffAnswer,
		PersonMedia, PersonOther, HandoffTick, "bogus"}
	m := New(testKB(f))
	m.Handoff = &HandoffConfig{}
	start := m.Turn(State{}, Input{Text: "上海灵活就业断缴8个月", LangHint: "zh"}, testNow).State
	offered := m.Turn(start, Input{Data: "h:offer"}, testNow).State
	open := m.Turn(offered, Input{Data: "h:ok"}, testNow).State
	f.Fuzz(func(t *testing.T, kind uint8, text, data string, member bool, since int64) {
		for _, s := range []State{start, offered, open} {
			in := Input{Text: text, Data: data}
			if int(kind) < len(kinds) {
				in = Input{Handoff: &HandoffInput{Kind: kinds[kind], Text: text, Member: member, Since: since}}
			}
			o := m.Turn(s, in, testNow)
			enc, err := o.State.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := DecodeState(enc); err != nil {
				t.Fatalf("state does not decode: %v\n%s", err, enc)
			}
			if hi := in.Handoff; hi != nil && !hi.Member && hi.Kind != HandoffTick && hi.Kind != PersonMedia &&
				hi.Kind != PersonOther && len(o.Replies) > 0 {
				t.Fatalf("a non-member reached the person: %v", o.Replies)
			}
		}
	})
}
