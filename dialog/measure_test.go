package dialog

// Measuring how well the engine understands people (issue 12, item 6).
//
// Two sets, written the way people type, not copied from the knowledge
// base's own wordings (those only measure what it already knows):
//
//   - testdata/questions.yaml: one message each, labelled with what the
//     FIRST reply should be.
//   - testdata/residents.yaml: short scripted conversations, labelled with
//     the facts a correct reading yields and the verdict.
//
// The knowledge base's own wordings (every `questions` line of every FAQ
// entry, both languages) are measured too: each must route to its own entry.
//
// The test asserts floors read from the constants below. They are the
// figures measured when the harness was written, so the test guards
// against regressions; whoever improves the understanding raises them
// (issue 12 targets: >= 90 % of the questions right as first reply and
// 100 % of the own wordings, in both languages).
//
//	go test ./dialog -run Measure -v                      # report + tables
//	go test ./dialog -run Measure -measure-out /tmp/m.txt # report to a file
//	go test ./dialog -run Measure -count=1 -v -measure-set heldout # the held-out set
//
// The held-out set (testdata/heldout/, issue 17) was written and judged by
// someone who had not seen the change it measures. Its run only reports,
// unless -measure-floors asks it to assert issue 17's targets; it sends
// /start before each resident, as a person opening the bot does.
//
// The harness only uses Machine.Step, State, Reply and Event, so it does
// not depend on how free text is understood inside the engine.

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"bujiao/knowledge"
	"bujiao/rules"

	"gopkg.in/yaml.v3"
)

// Floors, in permille (per thousand) of the set, and counts: the figures
// measured on 2026-12-01 (testdata/MEASURE.md). Raise them as the
// understanding improves; never lower them to make a change pass.
const (
	minQuestionsZhPermille = 977  // 129/132 (faq17: keywords, refines, Cantonese forms; faq2 120, main had 118 after a case told without a question went to the case flow)
	minQuestionsEnPermille = 1000 // 64/64 (faq17: keywords, stems, stop words; faq2 60/64, faq branch 59/64, understand 750 = 48/64, first 453 = 29/64)
	minOwnZhPermille       = 1000 // 349/349 (faq 312/312, understand 135/135, first 688)
	minOwnEnPermille       = 1000 // 348/348 (faq 337/337, understand 126/126, first 936)
	minResidentsAnswered   = 50   // of 51 (issue 17: short replies at their questions; was 44, first 18)
	maxResidentsMisread    = 1    // (understand 2, first 9)
	maxResidentsStuck      = 0    // (was 5)
	// measureMaxTurns is how many inputs a resident sends at most.
	measureMaxTurns = 12
)

var (
	measureOut    = flag.String("measure-out", "", "write the understanding report (questions, residents) to this file")
	measureSet    = flag.String("measure-set", "", "which set to measure: empty for testdata/*.yaml, or a folder under testdata (heldout)")
	measureFloors = flag.Bool("measure-floors", false, "with -measure-set: assert issue 17's targets on that set instead of only reporting")
)

// measureDir is the folder the sets are read from.
func measureDir() string {
	if *measureSet == "" {
		return "testdata"
	}
	return "testdata/" + *measureSet
}

// measureFutureFacts are facts a set may label before the rules have them.
// A resident labelled with one is never answered in full until the engine
// reads it, and its verdict is not checked against the rules, which cannot
// decide without it. None today: gap_ended, treatment_date (issue 17) and
// first_enrolment (issue 18) are in the rules, so residents labelled with
// them are checked like every other.
var measureFutureFacts = []string{}

// ---------------------------------------------------------------------------
// Classifying one turn

// Outcome labels of a first reply. An FAQ entry is its id; the rest:
const (
	measureMiss     = "miss"     // "I did not find an answer" / "did not understand"
	measureOther    = "other"    // nothing the harness recognises
	measureAsked    = "asked:"   // facts were taken and a question asked (asked:<field>)
	measureAnswer   = "answer:"  // the case answer was shown (answer:<verdict>)
	measureFAQ      = ""         // an FAQ entry: its id as is
	measureDirect   = "direct:"  // a computed answer (direct:<kind>)
	measureHuman    = "human"    // the human routes (12393, the counter)
	measureGreeting = "greeting" // a short human reply to a greeting
	measureThanks   = "thanks"   // a short reply to thanks
	// measureCase, as a label only: any reply that stays in the person's
	// case (a question of the case asked, or the case answer), where "what
	// do I do now" in the middle of a case must not become an FAQ entry.
	measureCase = "case"
)

// measureMatches reports whether a reply labelled got satisfies want.
func measureMatches(want, got string) bool {
	if want == measureCase {
		return strings.HasPrefix(got, measureAsked) || strings.HasPrefix(got, measureAnswer)
	}
	return got == want
}

// measureKnownEvents are the event kinds the engine emitted when the harness was
// written. An event of any other kind is taken as the engine's own label for
// a reply: kind "direct" with Question "monthly-cost" reads as
// "direct:monthly-cost", kind "human" (no Question) as "human". So a direct
// answer, a greeting, thanks or the human routes are recognised as soon as
// the engine emits an event of that name; until then they are not.
var measureKnownEvents = []EventKind{EvStarted, EvAsked, EvAnswered, EvAnswer, EvFAQHit, EvFAQMiss, EvFeedback, EvReset}

// measureClassify names what one turn's reply was, from the events the engine
// emitted: the FAQ entry shown (faq_hit), a label of the engine's own (an
// event kind the harness does not know), the case answer, an FAQ miss, or
// a question asked after taking facts.
func measureClassify(events []Event) string {
	for _, e := range events {
		if e.Kind == EvFAQHit {
			return measureFAQ + e.Question
		}
	}
	for _, e := range events {
		if !slices.Contains(measureKnownEvents, e.Kind) {
			if e.Question != "" {
				return string(e.Kind) + ":" + e.Question
			}
			return string(e.Kind)
		}
	}
	for _, e := range events {
		if e.Kind == EvAnswer {
			return measureAnswer + e.Verdict
		}
	}
	for _, e := range events {
		if e.Kind == EvFAQMiss {
			return measureMiss
		}
	}
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Kind == EvAsked {
			return measureAsked + events[i].Question
		}
	}
	return measureOther
}

func measureHint(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "zh-CN"
}

// ---------------------------------------------------------------------------
// Questions

type measureQuestion struct {
	Text string `yaml:"text"`
	Lang string `yaml:"lang"`
	Want string `yaml:"want"`
	// Also lists other first replies that are as good (a question two
	// entries answer equally well). Used sparingly.
	Also []string `yaml:"also"`
	Note string   `yaml:"note"`
}

type measureQuestionResult struct {
	q   measureQuestion
	got string
	ok  bool
}

func (q measureQuestion) accepts(got string) bool {
	return got == q.Want || slices.Contains(q.Also, got)
}

func loadQuestions(t *testing.T) []measureQuestion {
	t.Helper()
	data, err := os.ReadFile(measureDir() + "/questions.yaml")
	if err != nil {
		t.Fatalf("read questions: %v", err)
	}
	var doc struct {
		Questions []measureQuestion `yaml:"questions"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s/questions.yaml: %v", measureDir(), err)
	}
	return doc.Questions
}

// measureValidWant checks a label against the knowledge base, so a typo in the
// test set fails loudly instead of counting as a miss forever.
func measureValidWant(kb *knowledge.Base, want string) error {
	switch {
	case want == measureHuman || want == measureGreeting || want == measureThanks || want == measureCase:
		return nil
	case strings.HasPrefix(want, measureDirect) && len(want) > len(measureDirect):
		return nil
	case strings.HasPrefix(want, measureAnswer):
		// A question that states a whole case may be answered with the case
		// answer; only as an alternative, so name the verdict it must give.
		if slices.Contains(rules.Verdicts, rules.Verdict(strings.TrimPrefix(want, measureAnswer))) {
			return nil
		}
		return fmt.Errorf("%q: unknown verdict", want)
	}
	for _, f := range kb.FAQs() {
		if f.ID == want {
			return nil
		}
	}
	return fmt.Errorf("%q is neither an FAQ entry nor direct:<kind>, answer:<verdict>, human, greeting, thanks", want)
}

// measureSquash drops spaces and punctuation and folds case, to compare wordings.
func measureSquash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

func measureFirstReply(m *Machine, text, lang string) string {
	_, _, events := m.Step(State{}, Input{Text: text, LangHint: measureHint(lang)}, testNow)
	return measureClassify(events)
}

// ---------------------------------------------------------------------------
// Residents

type measureResident struct {
	ID   string `yaml:"id"`
	Lang string `yaml:"lang"`
	Kind string `yaml:"kind"`
	// Say is sent in order whatever the bot asks; Say[0] is the first
	// message.
	Say []string `yaml:"say"`
	// Answers are the person's replies when the bot asks a question (by
	// field). A question not scripted gets "不知道" / "not sure".
	Answers map[string]string `yaml:"answers"`
	// First, when set, is the first reply a correct reading gives (as in
	// questions.yaml).
	First string `yaml:"first"`
	// Last, when set, is what the reply to the last Say message should be
	// (after several messages not understood: the human routes).
	Last string `yaml:"last"`
	// Facts a correct reading yields, by field; "-" means the fact must
	// stay unknown (a number inside a question is not a fact).
	Facts   map[string]string `yaml:"facts"`
	Verdict string            `yaml:"verdict"`
	// AlsoVerdict lists other verdicts as good as Verdict.
	AlsoVerdict []string `yaml:"also_verdict"`
	// Hint is the client language the phone reports (default: Lang), so
	// Chinese typed on a phone set to English can be written down.
	Hint string `yaml:"hint"`
	// ReplyLang, when set, is the language the replies must be in after
	// the last input (zh, en).
	ReplyLang string `yaml:"reply_lang"`
	Note      string `yaml:"note"`
}

// verdictOK reports whether got is the labelled verdict or one as good.
func (r measureResident) verdictOK(got string) bool {
	return got == r.Verdict || (got != "" && slices.Contains(r.AlsoVerdict, got))
}

// hint is the client language of the resident's phone.
func (r measureResident) hint() string {
	if r.Hint != "" {
		return r.Hint
	}
	return measureHint(r.Lang)
}

type measureResidentResult struct {
	r       measureResident
	class   string // answered, partly, misread
	turns   int    // inputs up to and including the first case answer; 0 = none
	first   string
	last    string
	verdict string
	wrong   []string // labelled facts read wrong
	right   int
	inputs  []string
	// lang is the reply language after the last input; langWrong says it
	// is not the labelled one (not answered in full, but not a misreading).
	lang      string
	langWrong bool
}

const (
	measureAnswered = "answered"
	measurePartly   = "partly"
	measureMisread  = "misread"
	// measureStuck: nothing right at all, not even the first reply, and no
	// answer; a person who gives up.
	measureStuck = "stuck"
)

func loadResidents(t *testing.T) []measureResident {
	t.Helper()
	data, err := os.ReadFile(measureDir() + "/residents.yaml")
	if err != nil {
		t.Fatalf("read residents: %v", err)
	}
	var doc struct {
		Residents []measureResident `yaml:"residents"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s/residents.yaml: %v", measureDir(), err)
	}
	return doc.Residents
}

// measuredFact reads one fact of f as the test set writes it.
func measuredFact(f rules.Facts, field string) (string, bool) {
	d, ok := rules.FactByField(rules.Field(field))
	if !ok {
		return "", false
	}
	if d.Field == rules.FieldGap && f.Since != nil {
		if f.GapEnded != nil {
			// A gap that has ended: its length, as the rules read gap
			// beside gap_ended (the months before paying resumed).
			return itoa(f.GapEnded.Since(*f.Since)), true
		}
		// Months without cover before this month, however stated.
		return itoa(knowledge.Today(testNow).MonthOf().Since(*f.Since)), true
	}
	v := d.Get(&f)
	if d.Kind == rules.KindBool && v != "" {
		v = yn(v == "true") // labels write booleans as y/n, as the buttons do
	}
	return v, true
}

func (r measureResident) validate(kb *knowledge.Base) error {
	if r.ID == "" || len(r.Say) == 0 {
		return fmt.Errorf("resident %q: needs an id and at least one message", r.ID)
	}
	if r.Lang != "zh" && r.Lang != "en" {
		return fmt.Errorf("resident %s: lang %q, want zh or en", r.ID, r.Lang)
	}
	if r.First != "" {
		if err := measureValidWant(kb, r.First); err != nil {
			return fmt.Errorf("resident %s: first: %w", r.ID, err)
		}
	}
	for _, v := range append([]string{r.Verdict}, r.AlsoVerdict...) {
		if v != "" && !slices.Contains(rules.Verdicts, rules.Verdict(v)) {
			return fmt.Errorf("resident %s: unknown verdict %q", r.ID, v)
		}
	}
	if r.ReplyLang != "" && r.ReplyLang != "zh" && r.ReplyLang != "en" {
		return fmt.Errorf("resident %s: reply_lang %q, want zh or en", r.ID, r.ReplyLang)
	}
	for fl := range r.Facts {
		if _, ok := measuredFact(rules.Facts{}, fl); !ok && !slices.Contains(measureFutureFacts, fl) {
			return fmt.Errorf("resident %s: unknown fact %q", r.ID, fl)
		}
	}
	for fl := range r.Answers {
		if !slices.Contains(rules.Fields, rules.Field(fl)) {
			return fmt.Errorf("resident %s: answer to unknown question %q", r.ID, fl)
		}
	}
	if r.Last != "" {
		if err := measureValidWant(kb, r.Last); err != nil {
			return fmt.Errorf("resident %s: last: %w", r.ID, err)
		}
	}
	if r.First == "" && r.Verdict == "" && r.Last == "" {
		return fmt.Errorf("resident %s: label a first reply, a last reply or a verdict", r.ID)
	}
	// Where the labels are a whole case, the rules must give the labelled
	// verdict: otherwise the label, not the engine, is wrong.
	if f, ok := r.labelledFacts(); ok {
		var in rules.Inputs
		if f.Region != "" {
			p, _ := kb.Policy(f.Region)
			in = rules.InputsOf(p)
		}
		f = rules.Imply(f, in)
		if len(rules.Needed(f, in)) == 0 {
			o, err := kb.Evaluate(f, knowledge.Today(testNow))
			if err != nil {
				return fmt.Errorf("resident %s: labelled facts cannot be decided: %w", r.ID, err)
			}
			if !r.verdictOK(string(o.Verdict)) {
				return fmt.Errorf("resident %s: the rules give %q for the labelled facts, labelled %q (also %v)", r.ID, o.Verdict, r.Verdict, r.AlsoVerdict)
			}
		}
	}
	return nil
}

// labelledFacts builds the facts the labels describe ("-" stays unknown),
// through the fact schema.
func (r measureResident) labelledFacts() (rules.Facts, bool) {
	var f rules.Facts
	for fl, v := range r.Facts {
		if v == "-" {
			continue
		}
		if slices.Contains(measureFutureFacts, fl) {
			// The rules cannot decide this case yet.
			return f, false
		}
		v, _, _ = strings.Cut(v, "|")
		d, ok := rules.FactByField(rules.Field(fl))
		if !ok || d.Set(&f, v) != nil {
			return f, false
		}
	}
	return f, true
}

// checkFacts compares the labelled facts with f: how many are right, and
// which are wrong (a value other than the label, or a value where the label
// says unknown). A labelled fact still unknown is neither.
// measureBoolLabel reads a boolean label written as true/false or yes/no
// (which the fact schema accepts, so the set loads) as the y/n the
// measurement compares (heldout25 wrote them so).
func measureBoolLabel(field, want string) string {
	d, ok := rules.FactByField(rules.Field(field))
	if !ok || d.Kind != rules.KindBool {
		return want
	}
	parts := strings.Split(want, "|")
	for i, p := range parts {
		switch strings.ToLower(p) {
		case "true", "yes":
			parts[i] = "y"
		case "false", "no":
			parts[i] = "n"
		}
	}
	return strings.Join(parts, "|")
}

func (r measureResident) checkFacts(f rules.Facts) (right int, wrong []string) {
	keys := make([]string, 0, len(r.Facts))
	for k := range r.Facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, fl := range keys {
		want := measureBoolLabel(fl, r.Facts[fl])
		got, _ := measuredFact(f, fl)
		switch {
		case want == "-" && got != "":
			wrong = append(wrong, fl+"="+got+" (should be unknown)")
		case want == "-":
			right++
		case got == want, got != "" && strings.Contains(want, "|") && slices.Contains(strings.Split(want, "|"), got):
			right++
		case got != "":
			wrong = append(wrong, fl+"="+got+" (want "+want+")")
		}
	}
	return right, wrong
}

// measureRun drives one scripted person through the engine: the Say
// messages in order, then the scripted answer to each question asked
// ("不知道" / "not sure" when none is scripted). Where the bot asks nothing
// and offers to start the questions, the person taps that button, as a
// person would. It stops at the first case answer once Say is used up, or
// after measureMaxTurns inputs.
func measureRun(m *Machine, r measureResident) measureResidentResult {
	return measureRunFrom(m, r, false)
}

// measureRunFrom is measureRun; with start, the person first sends /start
// (not counted as an input), as someone opening the bot does.
func measureRunFrom(m *Machine, r measureResident, start bool) measureResidentResult {
	res := measureResidentResult{r: r}
	dontKnow := "不知道"
	if r.Lang == "en" {
		dontKnow = "not sure"
	}
	var (
		s        State
		replies  []Reply
		events   []Event
		answered *rules.Facts
		// final: the facts of an answer to the last scripted message.
		final        *rules.Facts
		finalVerdict string
	)
	if start {
		s, replies, _ = m.Step(s, Input{Text: "/start", LangHint: r.hint()}, testNow)
	}
	next := 0
	for turn := 1; turn <= measureMaxTurns; turn++ {
		var in Input
		fromSay := next < len(r.Say)
		switch {
		case fromSay:
			in = Input{Text: r.Say[next], LangHint: r.hint()}
			next++
		case s.Asking != "":
			reply, ok := r.Answers[string(s.Asking)]
			if !ok {
				reply = dontKnow
			}
			in = Input{Text: reply}
		default:
			data := measureStartButton(replies)
			if data == "" {
				turn = measureMaxTurns + 1
				continue
			}
			in = Input{Data: data}
		}
		if in.Data != "" {
			res.inputs = append(res.inputs, "[tap]")
		} else {
			res.inputs = append(res.inputs, in.Text)
		}
		s, replies, events = m.Step(s, in, testNow)
		if turn == 1 {
			res.first = measureClassify(events)
		}
		if fromSay && next == len(r.Say) {
			res.last = measureClassify(events)
		}
		for _, e := range events {
			if e.Kind == EvAnswer && answered == nil {
				f := s.Facts
				answered = &f
				res.turns = turn
				res.verdict = e.Verdict
			}
			if e.Kind == EvAnswer && fromSay && next == len(r.Say) && len(r.Say) > 1 {
				// The answer to the person's last scripted message: after a
				// correction ("不是澳门，是珠海") it is the one that counts,
				// as the person would read it; the inputs are still counted
				// to the first answer.
				f := s.Facts
				final, finalVerdict = &f, e.Verdict
			}
		}
		if answered != nil && next >= len(r.Say) {
			break
		}
	}
	facts := s.Facts
	if answered != nil {
		facts = *answered
	}
	if final != nil {
		facts, res.verdict = *final, finalVerdict
	}
	res.right, res.wrong = r.checkFacts(facts)
	res.lang = string(s.Lang)
	res.langWrong = r.ReplyLang != "" && res.lang != r.ReplyLang
	firstOK := (r.First == "" || measureMatches(r.First, res.first)) && (r.Last == "" || measureMatches(r.Last, res.last))
	offTopic := r.First != "" && !measureMatches(r.First, res.first) && res.first != measureMiss && !strings.HasPrefix(res.first, measureAsked)
	verdictOK := r.Verdict == "" || r.verdictOK(res.verdict)
	switch {
	case len(res.wrong) > 0 && answered != nil,
		answered != nil && r.Verdict != "" && !verdictOK,
		answered != nil && r.Verdict == "" && r.First != "" && !firstOK,
		offTopic:
		// A wrong fact used in an answer, a confident wrong verdict, an
		// answer to a case the person did not ask about, or a first reply
		// about something else.
		res.class = measureMisread
	case firstOK && verdictOK && len(res.wrong) == 0 && (r.Verdict == "" || answered != nil) && res.right == len(r.Facts) && !res.langWrong:
		res.class = measureAnswered
	case res.right == len(r.Facts) && len(r.Facts) > 0 && measureAllUnknown(r.Facts),
		res.right == 0 && (r.First == "" || !measureMatches(r.First, res.first)) && (r.Last == "" || !measureMatches(r.Last, res.last)):
		res.class = measureStuck
	default:
		res.class = measurePartly
	}
	return res
}

// measureStartButton finds the button that starts the guided questions.
func measureStartButton(replies []Reply) string {
	for _, b := range allButtons(replies) {
		if a, err := DecodeAction(b.Data); err == nil && a.Kind == ActCommand && a.Value == "start" {
			return b.Data
		}
		if a, err := DecodeAction(b.Data); err == nil && a.Kind == ActEdit && a.Field != "" {
			return b.Data
		}
	}
	return ""
}

// ---------------------------------------------------------------------------
// The report

type measureReport struct {
	questions []measureQuestionResult
	own       []measureQuestionResult
	residents []measureResidentResult
}

type measureTally struct{ right, total int }

func (t measureTally) permille() int {
	if t.total == 0 {
		return 0
	}
	return t.right * 1000 / t.total
}

func (t measureTally) String() string {
	return fmt.Sprintf("%d/%d = %d.%d %%", t.right, t.total, t.permille()/10, t.permille()%10)
}

func measureCount(rs []measureQuestionResult, lang string) measureTally {
	var t measureTally
	for _, r := range rs {
		if r.q.Lang == lang {
			t.total++
			if r.ok {
				t.right++
			}
		}
	}
	return t
}

// measureAllUnknown reports whether every label says "must stay unknown":
// staying unknown then is no sign of understanding.
func measureAllUnknown(facts map[string]string) bool {
	for _, v := range facts {
		if v != "-" {
			return false
		}
	}
	return true
}

func (rep measureReport) residentCounts() (answered, partly, misread, stuck, none int, median, max int) {
	var turns []int
	for _, r := range rep.residents {
		switch r.class {
		case measureAnswered:
			answered++
		case measurePartly:
			partly++
		case measureMisread:
			misread++
		case measureStuck:
			stuck++
		}
		if r.turns == 0 {
			if r.r.Verdict != "" {
				none++
			}
			continue
		}
		turns = append(turns, r.turns)
	}
	sort.Ints(turns)
	if len(turns) > 0 {
		median = turns[len(turns)/2]
		if len(turns)%2 == 0 {
			median = (turns[len(turns)/2-1] + turns[len(turns)/2]) / 2
		}
		max = turns[len(turns)-1]
	}
	return
}

func (rep measureReport) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "questions, right first reply: zh %v, en %v\n", measureCount(rep.questions, "zh"), measureCount(rep.questions, "en"))
	fmt.Fprintf(&b, "own wordings, own entry:     zh %v, en %v\n", measureCount(rep.own, "zh"), measureCount(rep.own, "en"))
	for _, lang := range []string{"zh", "en"} {
		fmt.Fprintf(&b, "questions wrong (%s): %s\n", lang, measureWrongKinds(rep.questions, lang))
	}
	a, p, mr, st, none, med, mx := rep.residentCounts()
	fmt.Fprintf(&b, "residents (%d): answered %d, partly %d, misread %d, stuck %d; no case answer within %d inputs: %d of those expecting one\n",
		len(rep.residents), a, p, mr, st, measureMaxTurns, none)
	fmt.Fprintf(&b, "turns to the first case answer: median %d, max %d\n", med, mx)
	byKind := map[string]map[string]int{}
	var kinds []string
	for _, r := range rep.residents {
		if byKind[r.r.Kind] == nil {
			byKind[r.r.Kind] = map[string]int{}
			kinds = append(kinds, r.r.Kind)
		}
		byKind[r.r.Kind][r.class]++
	}
	for _, k := range kinds {
		c := byKind[k]
		fmt.Fprintf(&b, "  %-17s answered %d, partly %d, misread %d, stuck %d\n", k, c[measureAnswered], c[measurePartly], c[measureMisread], c[measureStuck])
	}
	return b.String()
}

// measureWrongKinds says how the wrong first replies went wrong: not
// understood, taken as facts (a question asked or a case answer), or
// another entry.
func measureWrongKinds(rs []measureQuestionResult, lang string) string {
	var miss, facts, answer, other int
	for _, r := range rs {
		switch {
		case r.ok || r.q.Lang != lang:
		case r.got == measureMiss:
			miss++
		case strings.HasPrefix(r.got, measureAsked):
			facts++
		case strings.HasPrefix(r.got, measureAnswer):
			answer++
		default:
			other++
		}
	}
	return fmt.Sprintf("not understood %d, taken as facts %d, case answer instead %d, another reply %d", miss, facts, answer, other)
}

func (rep measureReport) tables() string {
	var b strings.Builder
	b.WriteString("\n== questions (ok lang want got text)\n")
	for _, r := range rep.questions {
		fmt.Fprintf(&b, "%s %s %-36s %-36s %s\n", measureMark(r.ok), r.q.Lang, r.q.Want, r.got, measureOneLine(r.q.Text))
	}
	b.WriteString("\n== own wordings that missed their entry (lang want got text)\n")
	for _, r := range rep.own {
		if !r.ok {
			fmt.Fprintf(&b, "%s %-36s %-36s %s\n", r.q.Lang, r.q.Want, r.got, measureOneLine(r.q.Text))
		}
	}
	b.WriteString("\n== residents (class turns id: first; verdict want/got; wrong facts; inputs)\n")
	for _, r := range rep.residents {
		fmt.Fprintf(&b, "%-8s %2d %s [%s]: first %s (want %s); last %s (want %s); verdict %s (want %s); right %d/%d; wrong %s\n      %s\n",
			r.class, r.turns, r.r.ID, r.r.Kind, r.first, measureDash(r.r.First), measureDash(r.last), measureDash(r.r.Last), measureDash(r.verdict), measureDash(r.r.Verdict),
			r.right, len(r.r.Facts), measureDash(strings.Join(r.wrong, ", "))+measureLangNote(r), strings.Join(r.inputs, " ⏎ "))
	}
	return b.String()
}

// measureLangNote names a reply language other than the labelled one.
func measureLangNote(r measureResidentResult) string {
	if !r.langWrong {
		return ""
	}
	return "; replies in " + measureDash(r.lang) + " (want " + r.r.ReplyLang + ")"
}

func measureMark(ok bool) string {
	if ok {
		return "✓"
	}
	return "✗"
}

func measureDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func measureOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func measure(t *testing.T) measureReport {
	t.Helper()
	kb := testKB(t)
	m := testMachine(t)
	var rep measureReport

	own := map[string]string{}
	for _, f := range kb.FAQs() {
		for _, q := range f.Questions.Zh {
			own[measureSquash(q)] = f.ID
			got := measureFirstReply(m, q, "zh")
			rep.own = append(rep.own, measureQuestionResult{q: measureQuestion{Text: q, Lang: "zh", Want: f.ID}, got: got, ok: got == f.ID})
		}
		for _, q := range f.Questions.En {
			own[measureSquash(q)] = f.ID
			got := measureFirstReply(m, q, "en")
			rep.own = append(rep.own, measureQuestionResult{q: measureQuestion{Text: q, Lang: "en", Want: f.ID}, got: got, ok: got == f.ID})
		}
	}

	for i, q := range loadQuestions(t) {
		if q.Text == "" || (q.Lang != "zh" && q.Lang != "en") {
			t.Fatalf("questions.yaml #%d: needs text and lang zh or en", i+1)
		}
		for _, w := range append([]string{q.Want}, q.Also...) {
			if err := measureValidWant(kb, w); err != nil {
				t.Fatalf("questions.yaml #%d %q: %v", i+1, q.Text, err)
			}
		}
		if id, ok := own[measureSquash(q.Text)]; ok {
			t.Fatalf("questions.yaml #%d %q is the knowledge base's own wording of %s: write it as a person would", i+1, q.Text, id)
		}
		got := measureFirstReply(m, q.Text, q.Lang)
		rep.questions = append(rep.questions, measureQuestionResult{q: q, got: got, ok: q.accepts(got)})
	}

	// Every label is checked before anyone is run, so a label the rules
	// contradict is found before the engine's replies are seen.
	seen := map[string]bool{}
	residents := loadResidents(t)
	for _, r := range residents {
		if err := r.validate(kb); err != nil {
			t.Fatalf("residents.yaml: %v", err)
		}
		if seen[r.ID] {
			t.Fatalf("residents.yaml: resident %s twice", r.ID)
		}
		seen[r.ID] = true
	}
	for _, r := range residents {
		rep.residents = append(rep.residents, measureRunFrom(m, r, *measureSet != ""))
	}
	return rep
}
