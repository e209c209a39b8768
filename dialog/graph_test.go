package dialog

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// The graph tests press every button the engine offers, in every state it
// can reach, and check that the person is never stuck.

var hints = []string{"zh-CN", "en-US"}

// graphStep runs one turn the way the Runner does (the state goes through
// its stored form) and checks the turn's invariants.
func graphStep(t *testing.T, m *Machine, s State, in Input, where string) (State, []Reply, []Event) {
	t.Helper()
	data, err := s.Encode()
	if err != nil {
		t.Fatalf("%s: encode: %v", where, err)
	}
	if s.V != 0 {
		if s, err = DecodeState(data); err != nil {
			t.Fatalf("%s: decode: %v", where, err)
		}
	}
	s2, replies, events := m.Step(s, in, testNow)
	checkTurn(t, where, s2, replies)
	checkTexts(t, where, replies)
	return s2, replies, events
}

// missingKey matches a message key shown instead of its text (Msg returns
// the key for a missing message).
var missingKey = regexp.MustCompile(`(^|[^A-Za-z0-9.])(d|answer)\.[a-z][a-z_]*(\.[a-z_-]+)*($|[^A-Za-z0-9])`)

// mayHaveKey is a cheap first look for missingKey: a key needs "d." or
// "answer." followed by a lower-case letter. The regexp backtracks, and
// the graph walks check some 100,000 texts (most of the dialog package's
// time under -race went here).
func mayHaveKey(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' && (strings.HasSuffix(s[:i], "d") || strings.HasSuffix(s[:i], "answer")) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func checkTexts(t *testing.T, where string, replies []Reply) {
	t.Helper()
	for _, r := range replies {
		if txt := r.PlainText(); mayHaveKey(txt) && missingKey.MatchString(txt) {
			t.Errorf("%s: a message key is shown instead of its text: %q", where, missingKey.FindString(txt))
		}
		if strings.TrimSpace(r.PlainText()) == "" {
			t.Errorf("%s: an empty reply", where)
		}
		for _, b := range allButtons([]Reply{r}) {
			if mayHaveKey(b.Label) && missingKey.MatchString(b.Label) || strings.TrimSpace(b.Label) == "" {
				t.Errorf("%s: button label %q", where, b.Label)
			}
		}
	}
}

// isAnswer reports whether replies end with an answer: the after-answer
// buttons (change, start over, helpful yes / no) on the last reply.
func isAnswer(replies []Reply) bool {
	if len(replies) == 0 {
		return false
	}
	var data []string
	for _, b := range allButtons(replies[len(replies)-1:]) {
		data = append(data, b.Data)
	}
	for _, want := range []string{"e:", "c:restart", "f:y:answer", "f:n:answer"} {
		if !slices.Contains(data, want) {
			return false
		}
	}
	return true
}

// answerButtons are the buttons that answer the question on screen.
func answerButtons(replies []Reply) []Button {
	var out []Button
	for _, b := range allButtons(replies) {
		if strings.HasPrefix(b.Data, "s:") || strings.HasPrefix(b.Data, "p:") {
			out = append(out, b)
		}
	}
	return out
}

type leaf struct {
	lang    string
	s       State
	replies []Reply
	path    []string
	verdict string
}

// TestEveryQuestionPathEndsInAnAnswer presses every answer button at every
// question, from the start, in both languages: each path must end in an
// answer, ask no question twice, and ask only questions that matter.
func TestEveryQuestionPathEndsInAnAnswer(t *testing.T) {
	leaves := questionPaths(t)
	verdicts := map[string]int{}
	for _, l := range leaves {
		verdicts[l.verdict]++
	}
	t.Logf("%d paths; verdicts %v", len(leaves), verdicts)
	for _, v := range rules.Verdicts {
		if verdicts[string(v)] == 0 {
			t.Errorf("no path reaches verdict %s", v)
		}
	}
	if len(leaves) < 400 {
		t.Errorf("only %d paths through the questions; the walk is broken", len(leaves))
	}
	// Buttons only, /start and at most five presses to the answer (issue
	// 17: at most six messages; dialog/telegram TestEveryButtonPath counts
	// them on the Bot API).
	presses := map[int]int{}
	var longest leaf
	for _, l := range leaves {
		presses[len(l.path)]++
		if len(l.path) > len(longest.path) {
			longest = l
		}
		if len(l.path) > maxPresses {
			t.Errorf("%s %s: %d presses to the answer, want at most %d", l.lang, strings.Join(l.path, " → "), len(l.path), maxPresses)
		}
	}
	t.Logf("presses to the answer: %v; longest: %s %s", presses, longest.lang, strings.Join(longest.path, " → "))
}

// maxPresses bounds the button presses from /start to the first answer.
const maxPresses = 5

var (
	pathsOnce   sync.Once
	pathsLeaves []leaf
)

func questionPaths(t *testing.T) []leaf {
	t.Helper()
	pathsOnce.Do(func() {
		m := testMachine(t)
		for _, hint := range hints {
			s, replies, _ := graphStep(t, m, State{}, Input{Text: "/start", LangHint: hint}, hint+" /start")
			walkQuestions(t, m, hint, s, replies, nil, &pathsLeaves)
		}
	})
	if len(pathsLeaves) == 0 {
		t.Fatal("no paths")
	}
	return pathsLeaves
}

func walkQuestions(t *testing.T, m *Machine, hint string, s State, replies []Reply, path []string, out *[]leaf) {
	where := hint + " " + strings.Join(path, " → ")
	bs := answerButtons(replies)
	if len(bs) == 0 {
		if !isAnswer(replies) || !s.Answered {
			t.Errorf("%s: the questions end without an answer", where)
			return
		}
		*out = append(*out, leaf{lang: hint, s: s, replies: replies, path: path})
		return
	}
	if len(path) > len(rules.Fields) {
		t.Errorf("%s: more questions than there are facts", where)
		return
	}
	asked := s.Asking
	if asked == "" {
		t.Errorf("%s: answer buttons but no question on screen", where)
		return
	}
	for _, f := range path {
		if strings.HasPrefix(f, string(asked)+"=") {
			t.Errorf("%s: %s asked twice", where, asked)
			return
		}
	}
	var in rules.Inputs
	if s.Facts.Region != "" {
		p, _ := m.Knowledge().Policy(s.Facts.Region)
		in = rules.InputsOf(p)
	}
	// The chat asks what a decision needs; then, once that is known, what
	// it depends on for these facts (some value changes an outcome; issue
	// 17, item 1), less what the person skipped and what the rules derive
	// from the date (the enrolment window where the calendar is sourced).
	need := rules.Missing(s.Facts, in, rules.NeedRequired)
	if len(need) == 0 {
		kb := m.Knowledge()
		need = rules.Missing(s.Facts, in, rules.NeedDecisive)
		need = slices.DeleteFunc(need, func(f rules.Field) bool {
			p, fallback := kb.Policy(s.Facts.Region)
			return slices.Contains(s.Skipped, f) || f == rules.FieldInWindow && !fallback && p.Resident.OnTimeByYearEnd ||
				!changesOutcome(kb, rules.Imply(s.Facts, in), f, knowledge.Today(testNow))
		})
	}
	if len(need) == 0 || need[0] != asked {
		t.Errorf("%s: asking %s but the rules need %v", where, asked, need)
	}
	for _, b := range bs {
		a, err := DecodeAction(b.Data)
		// A question asked with its follow-up (merge.go) offers the
		// follow-up's options too.
		if err != nil || a.Field != asked && a.Field != merges[asked] {
			t.Errorf("%s: button %q (%s) does not answer %s", where, b.Label, b.Data, asked)
			continue
		}
		if asked == rules.FieldLocalYearsPaid && s.Facts.YearsPaid != nil {
			// More local years than years in all is refused and asked
			// again (issue 18); TestImpossibleLocalYearsAskedAgain.
			if v, err := decimal.NewFromString(a.Value); err == nil && v.GreaterThan(*s.Facts.YearsPaid) {
				continue
			}
		}
		s2, r2, ev := graphStep(t, m, s, Input{Data: b.Data, LangHint: hint}, where+" → "+b.Data)
		p2 := append(slices.Clip(path), string(a.Field)+"="+a.Value)
		if s2.Answered {
			var verdict string
			for _, e := range ev {
				if e.Kind == EvAnswer {
					verdict = e.Verdict
				}
			}
			if verdict == "" {
				t.Errorf("%s → %s: answered without an answer event", where, b.Data)
			}
			if !isAnswer(r2) {
				t.Errorf("%s → %s: answered but the after-answer buttons are missing", where, b.Data)
			}
			// One message: the short answer, opening with the case line
			// (what was understood), with the details button.
			if last := r2[len(r2)-1]; !strings.HasPrefix(last.PlainText(), m.Knowledge().Msg(s2.Lang, "answer.case")) || !isAnswerReply(last) {
				t.Errorf("%s → %s: the answer does not open with the case line or lacks the details button", where, b.Data)
			}
			*out = append(*out, leaf{lang: hint, s: s2, replies: r2, path: p2, verdict: verdict})
			continue
		}
		walkQuestions(t, m, hint, s2, r2, p2, out)
	}
}

// dependsOn is every question whose relevance may change when f changes.
func dependsOn(f rules.Field) map[rules.Field]bool {
	out := map[rules.Field]bool{}
	for _, d := range rules.Dependents(f) {
		out[d] = true
	}
	return out
}

// TestChangeAnswerAsksOnlyDependents changes one answer after the answer,
// to every other value, and checks that only the questions depending on it
// are asked again and every other answer is kept.
func TestChangeAnswerAsksOnlyDependents(t *testing.T) {
	m := testMachine(t)
	// One answered case of each shape: language, the questions asked, the
	// verdict and the region (all 1,000-odd take long under -race).
	var leaves []leaf
	shapes := map[string]bool{}
	for _, l := range questionPaths(t) {
		shape := l.lang + " " + l.verdict + " " + l.s.Facts.Region
		for _, p := range l.path {
			f, _, _ := strings.Cut(p, "=")
			shape += " " + f
		}
		if !shapes[shape] {
			shapes[shape] = true
			leaves = append(leaves, l)
		}
	}
	if testing.Short() {
		leaves = leaves[:len(leaves)/4]
	}
	changes := 0
	for _, l := range leaves {
		where := l.lang + " " + strings.Join(l.path, " → ")
		s, replies, _ := graphStep(t, m, l.s, Input{Data: "e:", LangHint: l.lang}, where+" → e:")
		edits := allButtons(replies)
		if len(edits) == 0 {
			t.Errorf("%s: nothing offered to change", where)
			continue
		}
		for _, eb := range edits {
			a, err := DecodeAction(eb.Data)
			if err != nil || a.Kind != ActEdit || a.Field == "" {
				t.Errorf("%s: change button %q has data %q", where, eb.Label, eb.Data)
				continue
			}
			s1, r1, _ := graphStep(t, m, s, Input{Data: eb.Data, LangHint: l.lang}, where+" → "+eb.Data)
			if s1.Asking != a.Field {
				t.Errorf("%s → %s: asks %q", where, eb.Data, s1.Asking)
				continue
			}
			deps := dependsOn(a.Field)
			sameSeen := 0
			for _, b := range answerButtons(r1) {
				w := where + " → " + eb.Data + " → " + b.Data
				s2, r2, _ := graphStep(t, m, s1, Input{Data: b.Data, LangHint: l.lang}, w)
				if jsonString(s2.Facts) == jsonString(l.s.Facts) {
					// The same value again: nothing is asked, the answer
					// stands and is not repeated.
					sameSeen++
					if !s2.Answered || !isAnswer(r2) || slices.ContainsFunc(r2, isAnswerReply) {
						t.Errorf("%s: the same value again does not just confirm the answer", w)
					}
					continue
				}
				changes++
				var asked []rules.Field
				for n := 0; !s2.Answered; n++ {
					asked = append(asked, s2.Asking)
					if n > len(rules.Fields) {
						t.Errorf("%s: no answer after the change", w)
						break
					}
					// An impossible value is asked again (issue 18). A
					// question the answer can do without, not answered
					// before, is asked once a change makes it change an
					// outcome (issue 17: after a move out of Zhejiang, the
					// enrolment window the calendar no longer settles).
					d, _ := rules.FactByField(s2.Asking)
					newlyDecisive := d != nil && d.Need == rules.NeedDecisive && !d.IsSet(&l.s.Facts)
					if !deps[s2.Asking] && !newlyDecisive && !(s2.Asking == a.Field && a.Field == rules.FieldLocalYearsPaid) {
						t.Errorf("%s: asks %s, which does not depend on %s", w, s2.Asking, a.Field)
						break
					}
					next := answerButtons(r2)
					if len(next) == 0 {
						t.Errorf("%s: question %s without answer buttons", w, s2.Asking)
						break
					}
					w += " → " + next[0].Data
					s2, r2, _ = graphStep(t, m, s2, Input{Data: next[0].Data, LangHint: l.lang}, w)
				}
				if !s2.Answered {
					continue
				}
				if !isAnswer(r2) {
					t.Errorf("%s: no answer after the change", w)
				}
				// Every answer that does not depend on the changed one is
				// kept; a question newly asked (above) is newly answered.
				for _, f := range rules.Fields {
					if f == a.Field || deps[f] || slices.Contains(asked, f) {
						continue
					}
					if got, was := factString(s2.Facts, f), factString(l.s.Facts, f); got != was {
						t.Errorf("%s: %s changed from %q to %q", w, f, was, got)
					}
				}
			}
			if sameSeen != 1 {
				t.Errorf("%s → %s: %d buttons keep the current answer, want 1", where, eb.Data, sameSeen)
			}
		}
	}
	t.Logf("%d answered cases, %d changes of one answer checked", len(leaves), changes)
}

// isAnswerReply reports whether a reply is an answer (it has the details
// button), as opposed to the note that nothing changed.
func isAnswerReply(r Reply) bool {
	return slices.ContainsFunc(allButtons([]Reply{r}), func(b Button) bool { return b.Data == "x:details" })
}

func factString(f rules.Facts, fl rules.Field) string {
	var m map[string]any
	b, _ := json.Marshal(f)
	_ = json.Unmarshal(b, &m)
	switch fl {
	case rules.FieldGap:
		return jsonString(m["gap_months"]) + "/" + jsonString(m["since"])
	}
	return jsonString(m[string(fl)])
}

func jsonString(v any) string {
	if v == nil {
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// graphKey identifies a state for the walk. The undo history is reduced to
// whether there is one: it only decides where /back leads, and keeping it
// whole would make every path a state of its own.
func graphKey(s State) string {
	c := s
	c.History = nil
	b, _ := json.Marshal(c)
	if len(s.History) > 0 {
		return string(b) + "+history"
	}
	return string(b)
}

type graphNode struct {
	s       State
	replies []Reply
	depth   int
	path    string
	hint    string
}

// graphResult is what the walk over every button found.
type graphResult struct {
	states  int
	turns   int
	cut     int // states not explored for the depth bound
	nodes   []graphNode
	buttons map[string]string // data → a label
	asking  map[rules.Field]graphNode
	// offered are the follow-ups asked with the question on screen
	// (merge.go).
	offered map[rules.Field]bool
}

var (
	graphOnce sync.Once
	graphRes  graphResult
)

// walkGraph presses every button in every reachable state (breadth first,
// depth-bounded) and checks each turn.
func walkGraph(t *testing.T) graphResult {
	t.Helper()
	graphOnce.Do(func() {
		m := testMachine(t)
		const maxDepth = 16
		res := graphResult{buttons: map[string]string{}, asking: map[rules.Field]graphNode{}, offered: map[rules.Field]bool{}}
		seen := map[string]bool{}
		var queue []graphNode
		for _, hint := range hints {
			s, replies, _ := graphStep(t, m, State{}, Input{Text: "/start", LangHint: hint}, hint+" /start")
			queue = append(queue, graphNode{s, replies, 0, hint + " /start", hint})
		}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			key := graphKey(n.s)
			if seen[key] {
				continue
			}
			seen[key] = true
			res.states++
			res.nodes = append(res.nodes, n)
			if n.s.Asking != "" && n.s.Mode == "" {
				if _, ok := res.asking[n.s.Asking]; !ok {
					res.asking[n.s.Asking] = n
				}
			}
			firstValue := true
			for _, b := range allButtons(n.replies) {
				res.buttons[b.Data] = b.Label
				if then := merges[n.s.Asking]; then != "" && n.s.Mode == "" && strings.HasPrefix(b.Data, "s:"+string(then)+":") {
					res.offered[then] = true
				}
				// A question the answer can give both ways is walked by its
				// first value and its skip button only: every value leads to
				// the same questions after it, and walking them all (unit
				// status × arrears × due date × …) multiplied the states
				// eightfold. Scenarios cover what each value decides.
				if d, _ := rules.FactByField(n.s.Asking); d != nil && d.Need == rules.NeedDecisive && strings.HasPrefix(b.Data, "s:") {
					if !firstValue {
						continue
					}
					firstValue = false
				}
				where := n.path + " → " + b.Data
				s2, r2, _ := graphStep(t, m, n.s, Input{Data: b.Data, LangHint: n.hint}, where)
				res.turns++
				if !s2.Answered && !slices.ContainsFunc(allButtons(r2), func(b Button) bool { return b.Data != "c:restart" }) {
					t.Errorf("%s: the only way on is to start over", where)
				}
				if !seen[graphKey(s2)] {
					if n.depth+1 < maxDepth {
						queue = append(queue, graphNode{s2, r2, n.depth + 1, where, n.hint})
					} else {
						res.cut++
					}
				}
			}
		}
		graphRes = res
	})
	return graphRes
}

func TestGraphNoDeadEnds(t *testing.T) {
	res := walkGraph(t)
	t.Logf("%d states, %d turns, %d distinct buttons, %d states beyond the depth bound", res.states, res.turns, len(res.buttons), res.cut)
	if res.states < 500 {
		t.Errorf("only %d states reached; the walk is broken", res.states)
	}
	// Every question a rule path can require is asked somewhere, except
	// those that follow only from a fact people state and are never asked
	// (continuous years follow a scheme switch; transcripts cover them).
	for _, d := range rules.Schema {
		if d.Need == rules.NeedOptional || d.AltOf != "" || onlyAfterStated(d) {
			continue
		}
		if _, ok := res.asking[d.Field]; !ok && !res.offered[d.Field] {
			t.Errorf("question %s never asked", d.Field)
		}
	}
	// Every kind of button the engine makes was pressed.
	kinds := map[byte]bool{}
	for d := range res.buttons {
		kinds[d[0]] = true
	}
	for _, k := range []byte{'s', 'x', 'e', 'c', 'f'} {
		if !kinds[k] {
			t.Errorf("no button of kind %c met", k)
		}
	}
}

// From every state the walk reached, answering the questions (always the
// first button) leads to an answer.
func TestGraphEveryStateLeadsToAnAnswer(t *testing.T) {
	m := testMachine(t)
	res := walkGraph(t)
	for _, n := range res.nodes {
		s, replies := n.s, n.replies
		w := n.path
		for i := 0; !s.Answered; i++ {
			bs := answerButtons(replies)
			if len(bs) == 0 && i == 0 {
				// A reply that is not a question (the list of answers to
				// change, an FAQ): its buttons lead back to one.
				for _, b := range allButtons(replies) {
					if a, err := DecodeAction(b.Data); err == nil && (a.Kind == ActEdit && a.Field != "" || a.Kind == ActCommand) {
						bs = []Button{b}
						break
					}
				}
			}
			if i > len(rules.Fields)+1 || len(bs) == 0 {
				t.Errorf("%s (asking %q): no answer reached", w, s.Asking)
				break
			}
			w += " → " + bs[0].Data
			s, replies, _ = graphStep(t, m, s, Input{Data: bs[0].Data, LangHint: n.hint}, w)
		}
	}
}

// TestInvalidTypedAnswers types answers the question on screen cannot
// take: the reply explains what is expected, in the chat's language, and
// the same question follows, with no fact changed.
func TestInvalidTypedAnswers(t *testing.T) {
	m := testMachine(t)
	kb := m.Knowledge()
	res := walkGraph(t)
	nonsense := []string{"xyzzy", "阿巴阿巴", "🙂", "???", "hmm..."}
	for _, f := range slices.Sorted(maps.Keys(res.asking)) {
		n := res.asking[f]
		for _, lang := range []knowledge.Lang{knowledge.Zh, knowledge.En} {
			s := n.s
			// Chosen with /lang: the nonsense typed must not switch it
			// (language detection has its own test).
			s.Lang, s.LangSet = lang, true
			for _, typed := range nonsense {
				where := string(f) + " " + string(lang) + " typed " + typed
				s2, replies, events := graphStep(t, m, s, Input{Text: typed}, where)
				if len(replies) < 2 {
					t.Errorf("%s: %d replies, want an explanation and the question", where, len(replies))
					continue
				}
				if s2.Asking != f {
					t.Errorf("%s: now asking %q", where, s2.Asking)
				}
				if graphKey(State{Facts: s2.Facts}) != graphKey(State{Facts: s.Facts}) {
					t.Errorf("%s: facts changed to %+v", where, s2.Facts)
				}
				first := replies[0].PlainText()
				hint := kb.Msg(lang, "d.hint."+string(f))
				miss := kb.Msg(lang, "d.faq_miss")
				question := kb.Msg(lang, "d.q."+string(f))
				if _, ok := merges[f]; ok && strings.Contains(replies[len(replies)-1].PlainText(), kb.Msg(lang, "d.q2."+string(f))) {
					// Asked with its follow-up (merge.go).
					hint, question = kb.Msg(lang, "d.hint2."+string(f)), kb.Msg(lang, "d.q2."+string(f))
				}
				if !strings.Contains(first, hint) && !strings.Contains(first, miss) {
					t.Errorf("%s: the first reply neither explains the question nor says no FAQ matched: %q", where, first)
				}
				if strings.Contains(first, miss) && !slices.ContainsFunc(events, func(e Event) bool { return e.Kind == EvFAQMiss }) {
					t.Errorf("%s: an FAQ miss without an faq_miss event", where)
				}
				last := replies[len(replies)-1]
				if !strings.Contains(last.PlainText(), question) || len(answerButtons([]Reply{last})) == 0 {
					t.Errorf("%s: the question is not asked again: %q", where, last.PlainText())
				}
				if lang == knowledge.Zh && strings.Contains(first, "。 ") {
					t.Errorf("%s: a Latin space between Chinese sentences: %q", where, first)
				}
			}
			// A forged value for this question's field (any amount is a
			// valid amount, so only nonsense is forged there).
			forged := []string{"s:" + string(f) + ":999", "s:" + string(f) + ":bogus"}
			if d, _ := rules.FactByField(f); d.Kind == rules.KindAmount || d.Kind == rules.KindDate {
				forged = forged[1:]
			}
			for _, data := range forged {
				where := string(f) + " " + string(lang) + " button " + data
				s2, replies, _ := graphStep(t, m, s, Input{Data: data}, where)
				if s2.Asking != f || graphKey(State{Facts: s2.Facts}) != graphKey(State{Facts: s.Facts}) {
					t.Errorf("%s: accepted (asking %q, facts %+v)", where, s2.Asking, s2.Facts)
				}
				if !strings.Contains(replies[0].PlainText(), kb.Msg(lang, "d.bad_button")) {
					t.Errorf("%s: no explanation: %q", where, replies[0].PlainText())
				}
			}
		}
	}
}

// onlyAfterStated reports whether every way a fact can matter runs through
// a fact the chat never asks (one people only state).
func onlyAfterStated(d *rules.Fact) bool {
	if len(d.When) == 0 {
		return false
	}
	for _, alt := range d.When {
		stated := false
		for _, c := range alt {
			if f, ok := rules.FactByField(c.Fact); ok && f.Need == rules.NeedOptional && !slices.Contains(c.Values, "") {
				stated = true
			}
		}
		if !stated {
			return false
		}
	}
	return true
}

// TestImpossibleLocalYearsAskedAgain: more years paid locally than in all
// is refused, and the local years are asked again (issue 18 item 8).
func TestImpossibleLocalYearsAskedAgain(t *testing.T) {
	m := testMachine(t)
	s, _, _ := graphStep(t, m, State{}, Input{Text: "/start", LangHint: "zh-CN"}, "/start")
	for _, data := range []string{"s:scheme:employee", "s:retirement:at-age", "s:region:shanghai", "s:years_paid:10", "s:local_years_paid:15"} {
		s, _, _ = graphStep(t, m, s, Input{Data: data, LangHint: "zh-CN"}, data)
	}
	if s.Answered || s.Asking != rules.FieldLocalYearsPaid || s.Facts.LocalYearsPaid != nil {
		t.Errorf("after local years 15 of 10: answered=%v asking=%q local=%v, want local_years_paid asked again",
			s.Answered, s.Asking, s.Facts.LocalYearsPaid)
	}
}
