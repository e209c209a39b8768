package dialog

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"bujiao/rules"
)

// checkButtonData asserts what every button the engine creates satisfies:
// at most MaxButtonData bytes of printable ASCII that decodes and encodes
// back to itself.
func checkButtonData(data string) error {
	if data == "" || len(data) > MaxButtonData {
		return fmt.Errorf("data %q: length %d, want 1 to %d bytes", data, len(data), MaxButtonData)
	}
	for i := 0; i < len(data); i++ {
		if data[i] < 0x21 || data[i] > 0x7e {
			return fmt.Errorf("data %q: byte %d is not printable ASCII", data, i)
		}
	}
	a, err := DecodeAction(data)
	if err != nil {
		return errors.Join(fmt.Errorf("data %q does not decode", data), err)
	}
	if back := EncodeAction(a); back != data {
		return fmt.Errorf("data %q decodes to %+v which encodes as %q", data, a, back)
	}
	return nil
}

// engineButtons collects the data of every button the engine creates: the
// walk over every question and button, and the FAQ's buttons (each entry
// looked up by its own first question, in both languages).
func engineButtons(t *testing.T) map[string]string {
	t.Helper()
	out := maps.Clone(walkGraph(t).buttons)
	m := testMachine(t)
	for _, hint := range hints {
		s, _, _ := m.Step(State{}, Input{Text: "/start", LangHint: hint}, testNow)
		for _, f := range m.Knowledge().FAQs() {
			for _, q := range [][]string{f.Questions.Zh, f.Questions.En} {
				_, replies, _ := m.Step(s, Input{Text: "/faq " + q[0], LangHint: hint}, testNow)
				for _, b := range allButtons(replies) {
					out[b.Data] = b.Label
				}
			}
			_, replies, _ := m.Step(s, Input{Data: "q:" + f.ID, LangHint: hint}, testNow)
			for _, b := range allButtons(replies) {
				out[b.Data] = b.Label
			}
		}
	}
	return out
}

func TestEngineButtonsRoundTrip(t *testing.T) {
	buttons := engineButtons(t)
	kinds := map[string]int{}
	for _, data := range slices.Sorted(maps.Keys(buttons)) {
		if err := checkButtonData(data); err != nil {
			t.Errorf("button %q: %v", buttons[data], err)
			continue
		}
		a, _ := DecodeAction(data)
		kinds[string(a.Kind)]++
	}
	t.Logf("%d distinct buttons: %v", len(buttons), kinds)
	for _, k := range []ActionKind{ActSet, ActExplain, ActEdit, ActCommand, ActFeedback, ActFAQ} {
		if kinds[string(k)] == 0 {
			t.Errorf("no button of kind %c", k)
		}
	}
}

func TestEncodeDecodeAction(t *testing.T) {
	for _, tc := range []struct {
		a    Action
		data string
	}{
		{Action{Kind: ActSet, Field: rules.FieldScheme, Value: "employee"}, "s:scheme:employee"},
		{Action{Kind: ActSet, Field: rules.FieldUnitStatus, Value: "bankrupt"}, "s:unit_status:bankrupt"},
		{Action{Kind: ActSet, Field: rules.FieldGap, Value: "0"}, "s:gap:0"},
		{Action{Kind: ActSet, Field: rules.FieldGap, Value: "600"}, "s:gap:600"},
		{Action{Kind: ActSet, Field: rules.FieldYearsPaid, Value: "80"}, "s:years_paid:80"},
		{Action{Kind: ActSet, Field: rules.FieldNewborn, Value: "y"}, "s:newborn:y"},
		{Action{Kind: ActSet, Field: rules.FieldRegion, Value: "shanghai"}, "s:region:shanghai"},
		{Action{Kind: ActEdit}, "e:"},
		{Action{Kind: ActEdit, Field: rules.FieldRepayYears}, "e:repay_years"},
		{Action{Kind: ActCommand, Value: "restart"}, "c:restart"},
		{Action{Kind: ActExplain, Value: "since"}, "x:since"},
		{Action{Kind: ActExplain, Value: "details"}, "x:details"},
		{Action{Kind: ActFeedback, Value: "n:answer"}, "f:n:answer"},
		{Action{Kind: ActFAQ, Value: "where-to-pay"}, "q:where-to-pay"},
		{Action{Kind: ActConfirm, Field: rules.FieldGap, Value: "3"}, "k:gap:3"},
		{Action{Kind: ActConfirm}, "k:"},
	} {
		if got := EncodeAction(tc.a); got != tc.data {
			t.Errorf("EncodeAction(%+v) = %q, want %q", tc.a, got, tc.data)
		}
		got, err := DecodeAction(tc.data)
		if err != nil || got != tc.a {
			t.Errorf("DecodeAction(%q) = %+v, %v; want %+v", tc.data, got, err, tc.a)
		}
	}
}

func TestDecodeActionRejectsForgedData(t *testing.T) {
	for _, data := range []string{
		// empty and truncated
		"", "s", ":", "s:", "s:scheme", "s:scheme:", "f:", "f:y", "f:y:", "q:", "c:", "x:",
		// wrong prefix
		"S:scheme:employee", "ss:scheme:employee", " s:scheme:employee", "z:zzz", "?:x", "s;scheme;employee",
		"scheme:employee", "e", "0:0",
		// unknown field, command, topic
		"s:colour:red", "e:colour", "e:Scheme", "c:rm", "c:RESTART", "c:forget", "x:nothing", "x:scheme:extra", "x:Details", "x:details:full",
		// bad values
		"s:scheme:martian", "s:scheme:employee:x", "s:scheme:Employee", "s:payer:boss",
		"s:gap:-1", "s:gap:601", "s:gap:1e3", "s:gap:0x10", "s:gap:1.5", "s:gap:9999", "s:gap:",
		"s:years_paid:81", "s:years_paid:14.5", "s:broken_years:100", "s:repay_years:x",
		"s:newborn:maybe", "s:newborn:Y", "s:in_window:yes", "s:sex:other",
		"s:region:Shanghai", "s:region:shang_hai", "s:region:" + strings.Repeat("a", 33),
		"f:m:answer", "f:y:Answer", "f:y:answer:x", "f:yes:answer", "f:y:" + strings.Repeat("a", 49),
		"q:Where-To-Pay", "q:where_to_pay", "q:where:to", "q:" + strings.Repeat("a", 49),
		// confirmations: a gap in months only
		"k:gap", "k:gap:", "k:gap:601", "k:gap:-1", "k:region:shanghai", "k:scheme:employee", "k:gap:3:x", "k:y",
		// too long, even if well-formed
		"q:" + strings.Repeat("a", MaxButtonData-1), "s:region:" + strings.Repeat("a", MaxButtonData),
		// not ASCII, control characters, spaces
		"s:region:上海", "s:scheme:employee\u00a0", "s:scheme:employee\n", "s:scheme:employee\x00",
		"c:rm -rf", "c:restart ", "q:where-to-pay\t", "\xff\xfe", "s:gap:８",
	} {
		if a, err := DecodeAction(data); !errors.Is(err, ErrBadAction) {
			t.Errorf("DecodeAction(%q) = %+v, %v; want ErrBadAction", data, a, err)
		}
	}
}

// FuzzDecodeAction: no input panics; whatever is accepted is short ASCII
// and encodes back to exactly the data sent.
func FuzzDecodeAction(f *testing.F) {
	for _, s := range []string{"s:scheme:employee", "s:gap:24", "s:years_paid:15", "s:region:national", "e:",
		"e:gap", "c:back", "x:since", "f:y:answer", "q:where-to-pay", "s:gap:-1", "s:region:上海", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		a, err := DecodeAction(data)
		if err != nil {
			if !errors.Is(err, ErrBadAction) {
				t.Fatalf("DecodeAction(%q): error %v is not ErrBadAction", data, err)
			}
			if a != (Action{}) {
				t.Fatalf("DecodeAction(%q): error with a non-zero action %+v", data, a)
			}
			return
		}
		if len(data) > MaxButtonData || !utf8.ValidString(data) {
			t.Fatalf("DecodeAction(%q) accepted %d bytes", data, len(data))
		}
		for i := 0; i < len(data); i++ {
			if data[i] <= ' ' || data[i] > '~' {
				t.Fatalf("DecodeAction(%q) accepted byte %#x", data, data[i])
			}
		}
		if back := EncodeAction(a); back != data {
			t.Fatalf("DecodeAction(%q) = %+v, which encodes as %q", data, a, back)
		}
	})
}

// fuzzStates are the states FuzzStep starts from: a new chat, one at each
// kind of question, in a mode, after the answer.
func fuzzStates(tb testing.TB) []State {
	m := testMachine(tb)
	var out []State
	for _, script := range [][]string{
		nil,
		{"/start"},
		{"/start lang-en", "s:scheme:employee"},
		{"/start payer-individual", "x:since"},
		{"/start payer-unit", "s:reason:arrears"},
		{"/start scheme-resident", "s:newborn:n", "s:in_window:y", "s:broken_years:3"},
		{"/start retirement-at-age_region-guangdong", "s:years_paid:10"},
		{"/start region-shanghai_payer-individual_gap-8"},
		{"/start", "/faq"},
	} {
		var s State
		for _, in := range script {
			input := Input{Text: in}
			if !strings.HasPrefix(in, "/") {
				input = Input{Data: in}
			}
			s, _, _ = m.Step(s, input, testNow)
		}
		out = append(out, s)
	}
	return out
}

// FuzzStep: random text or button data into any kind of state never
// panics, always gets a reply with a way on, and leaves a state that
// stores and loads cleanly.
func FuzzStep(f *testing.F) {
	for _, seed := range []struct {
		state      uint8
		text, data string
	}{
		{0, "/start region-shanghai_lang-en", ""},
		{1, "上海灵活就业断缴8个月", ""},
		{2, "my company went bankrupt and stopped paying in March", ""},
		{3, "去年3月", ""},
		{4, "", "s:unit_status:bankrupt"},
		{5, "补一年", ""},
		{6, "", "s:sex:female"},
		{7, "", "e:"},
		{8, "医保断了在哪里交钱？", ""},
		{7, "/back", ""},
		{1, "", "s:region:atlantis"},
		{2, "/summary", ""},
		{3, "\xff\xfe/start", ""},
	} {
		f.Add(seed.state, seed.text, seed.data)
	}
	m := testMachine(f)
	states := fuzzStates(f)
	f.Fuzz(func(t *testing.T, which uint8, text, data string) {
		s := states[int(which)%len(states)]
		s2, replies, _ := m.Step(s, Input{Text: text, Data: data}, testNow)
		if len(replies) == 0 {
			t.Fatalf("no reply to text %q data %q", text, data)
		}
		if !wayForward(s2, replies) {
			t.Fatalf("dead end after text %q data %q: %+v", text, data, s2)
		}
		for _, b := range allButtons(replies) {
			if err := checkButtonData(b.Data); err != nil {
				t.Fatalf("button %q: %v", b.Label, err)
			}
		}
		enc, err := s2.Encode()
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		back, err := DecodeState(enc)
		if err != nil {
			t.Fatalf("decode %s: %v", enc, err)
		}
		if again, _ := back.Encode(); string(again) != string(enc) {
			t.Fatalf("state changes through storage:\n%s\n%s", enc, again)
		}
		if len(s2.History) > historyLimit {
			t.Fatalf("history of %d", len(s2.History))
		}
	})
}
