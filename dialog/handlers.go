package dialog

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// MaxTextLen bounds what is read of one message; nobody describes their
// case in more, and it keeps extraction and FAQ search cheap.
const MaxTextLen = 2000

// button handles a button press.
func (t *turn) button(data string) {
	if !strings.HasPrefix(data, string(ActConfirm)) {
		t.s.ConfirmGap = 0 // another button: the confirmation is moot
	}
	a, err := DecodeAction(data)
	if err != nil {
		t.badButton()
		return
	}
	switch a.Kind {
	case ActSet:
		if !t.relevant(a.Field) {
			t.badButton()
			return
		}
		if t.s.Asking != "" && a.Field != t.s.Asking && t.mergeOf(t.s.Asking).then == a.Field {
			// A follow-up's option on the question asked with it: one
			// answer to both (merge.go).
			if !t.setMerged(a.Field, a.Value) {
				t.badButton()
				return
			}
			t.advance()
			return
		}
		if _, ok := t.setValue(a.Field, a.Value); !ok {
			t.badButton()
			return
		}
		t.advance()
	case ActSkip:
		if !t.relevant(a.Field) {
			t.badButton()
			return
		}
		t.skip(a.Field)
	case ActExplain:
		t.explain(a.Value)
	case ActEdit:
		t.edit(a.Field)
	case ActCommand:
		t.runCommand(a.Value, "")
	case ActFeedback:
		yn, subject, _ := strings.Cut(a.Value, ":")
		helpful := yn == "y"
		t.event(Event{Kind: EvFeedback, Question: subject, Helpful: &helpful})
		msg := "d.thanks"
		if !helpful {
			msg = "d.sorry_not_helpful"
		}
		if helpful && t.s.Answered && t.s.Asking == "" {
			t.say(para(text(t.msg(msg))))
			return
		}
		// In the middle of the questions: carry on with them.
		t.sayThenAskOrOffer(para(text(t.msg(msg))))
	case ActConfirm:
		t.confirmed(a)
	case ActRemind:
		t.remind(a.Value)
	case ActFAQ:
		for _, f := range t.kb.FAQs() {
			if f.ID == a.Value {
				t.showFAQ(f, "")
				return
			}
		}
		t.badButton()
	}
}

// badButton refuses a button press: its data is forged, or it belongs to a
// question that no longer applies.
func (t *turn) badButton() { t.sayThenContinue(para(text(t.msg("d.bad_button")))) }

// sayThenContinue shows a reply that is an aside: the question on screen
// follows it, or, once the answer is shown, the answer's buttons go with it
// (rather than a note that nothing changed).
func (t *turn) sayThenContinue(blocks ...Block) {
	if t.s.Asking == "" && t.s.Answered {
		t.sayButtons(t.afterButtons(), blocks...)
		return
	}
	t.say(blocks...)
	t.advanceOrAsk()
}

// advanceOrAsk re-shows the question on screen, or moves on.
func (t *turn) advanceOrAsk() {
	if t.s.Asking != "" {
		t.ask(t.s.Asking)
		return
	}
	t.advance()
}

func (t *turn) explain(topic string) {
	switch topic {
	case "scheme":
		t.say(para(text(t.msg("d.explain.scheme"))))
		t.ask(rules.FieldScheme)
	case "details":
		t.details()
	case refineFee, refineCost:
		t.refine(topic)
	case "since":
		if !t.relevant(rules.FieldGap) {
			t.badButton()
			return
		}
		t.s.Asking, t.s.Mode = rules.FieldGap, modeSince
		// Back leaves the mode for the gap question with its buttons; it
		// does not undo the answer before.
		t.sayButtons([][]Button{{t.btn(t.msg("d.back"), Action{Kind: ActEdit, Field: rules.FieldGap})}},
			para(text(t.msg("d.q.since"))))
	default:
		t.advanceOrAsk()
	}
}

// edit offers the answers to change, or asks one of them again.
func (t *turn) edit(f rules.Field) {
	if f == "" {
		var bs []Button
		for _, fv := range t.factValues() {
			// A fact told in passing that no question needs (a resident's
			// sex) is not offered: its question would not be asked.
			if t.relevant(fv.field) {
				bs = append(bs, t.btn(fv.label+t.colon()+fv.value, Action{Kind: ActEdit, Field: fv.field}))
			}
		}
		if len(bs) == 0 {
			t.advance()
			return
		}
		t.sayButtons(rows(1, bs...), para(text(t.msg("d.which_change"))))
		return
	}
	if !t.relevant(f) {
		t.badButton()
		return
	}
	// Ask the question again without forgetting the old answer: if the
	// person picks the same value, nothing below it is asked again, and
	// an answer already shown is not repeated.
	t.ask(f)
}

// command handles typed commands such as "/start region-shanghai".
func (t *turn) command(line string) {
	name, args, _ := strings.Cut(line[1:], " ")
	// Groups send "/start@BotName"; the name after @ is the bot's.
	name, _, _ = strings.Cut(name, "@")
	t.runCommand(strings.ToLower(name), strings.TrimSpace(args))
}

func (t *turn) runCommand(name, args string) {
	switch name {
	case "start":
		lang, rows := t.s.Lang, t.s.Rows
		t.s = State{V: StateVersion, Lang: lang, Rows: rows}
		if _, ok := ParseCasePayload(args); ok {
			t.startShared()
			return
		}
		bad := t.applyPayload(args)
		t.say(para(text(t.msg("d.welcome"))))
		if bad {
			t.say(para(text(t.msg("d.bad_payload"))))
		}
		t.advance()
	case "restart":
		t.s = State{V: StateVersion, Lang: t.s.Lang, Rows: t.s.Rows}
		t.say(para(text(t.msg("d.restarted"))))
		t.advance()
	case "help":
		t.sayThenContinue(para(text(t.msg("d.help"))))
	case "back":
		n := len(t.s.History)
		if n == 0 {
			t.say(para(text(t.msg("d.nothing_to_undo"))))
			t.advanceOrAsk()
			return
		}
		if t.s.History[n-1].Region != t.s.Facts.Region {
			// A move names the region it led to; undoing that region
			// undoes the move.
			t.s.Moved, t.s.MovedAcross, t.s.SelfPaidMoved = false, false, false
		}
		t.s.Facts = t.s.History[n-1]
		t.s.History = slices.Clip(t.s.History[:n-1])
		t.s.Answered = false
		t.say(para(text(t.msg("d.undone"))))
		t.advance()
	case "lang":
		// Chosen: what the person types no longer switches it.
		t.s.LangSet = true
		switch l, ok := knowledge.ParseLang(args); {
		case ok:
			t.s.Lang = l
		case t.s.Lang == knowledge.Zh:
			t.s.Lang = knowledge.En
		default:
			t.s.Lang = knowledge.Zh
		}
		t.say(para(text(t.msg("d.lang_switched"))))
		if t.s.Answered {
			// Show the answer again in the new language; it is not a new one.
			t.s.Answered, t.reshow = false, true
		}
		t.advanceOrAsk()
	case "faq":
		if args == "" {
			t.s.Mode = modeFAQ
			t.sayButtons(t.offerButtons(), para(text(t.msg("d.faq_prompt"))))
			return
		}
		t.faq(args)
	case "summary":
		t.sayThenContinue(t.summaryText())
	case "details":
		t.details()
	case "reminders":
		t.listReminders()
	case "forget":
		lang := t.s.Lang
		// The store's Forget drops the chat's reminders too; cancel them
		// here as well so a store that keeps entries apart loses none.
		for _, p := range t.pending {
			t.cancel = append(t.cancel, p.Key())
		}
		// The row count stays: it holds no personal data, and a /forget
		// must not reopen the hour's allowance.
		t.s = State{V: StateVersion, Lang: lang, Rows: t.s.Rows}
		t.forget = true
		t.sayButtons(t.offerButtons(), para(text(t.msg("d.forgotten"))))
	default:
		t.say(para(text(t.msg("d.unknown_command"))), para(text(t.msg("d.help"))))
		t.advanceOrAsk()
	}
}

// summaryText is the case so far as plain text, stamped with the knowledge
// version, for a resident to forward to a help-desk worker.
func (t *turn) summaryText() Block {
	var lines [][]Span
	lines = append(lines, []Span{bold(t.msg("d.summary_title"))})
	fvs := t.factValues()
	if t.s.Facts.Scheme == "" {
		// Before the scheme no fact counts as relevant, but what was read
		// (a place, a gap) shows at once.
		fvs = fvs[:0]
		for _, g := range t.kb.DescribeGiven(t.s.Facts, t.s.Lang) {
			fvs = append(fvs, factValue{g.Field, g.Label, g.Value})
		}
	}
	for _, fv := range fvs {
		lines = append(lines, []Span{text("- " + fv.label + t.colon() + fv.value)})
	}
	if len(lines) == 1 {
		lines = append(lines, []Span{text(t.msg("d.nothing_yet"))})
	}
	lines = append(lines, []Span{text(t.kb.Msgf(t.s.Lang, "d.summary_stamp", "version", t.kb.Version.String(),
		"today", t.today.String()))})
	return Block{Kind: Paragraph, Lines: lines}
}

// startShared starts the chat from a case shared by an inline answer: its
// facts are taken as the person's, and the chat goes on from there (the
// answer at once when nothing is missing). An unknown or expired token
// gets a plain start with a word on why.
func (t *turn) startShared() {
	t.say(para(text(t.msg("d.welcome"))))
	if t.shared == nil {
		t.say(para(text(t.msg("d.case_gone"))))
		t.advance()
		return
	}
	t.s.Facts, t.s.Moved = t.shared.Facts, t.shared.Moved
	t.s.History = nil
	t.say(para(text(t.msg("d.case_loaded"))))
	t.advance()
}

// applyPayload pre-fills facts from a /start payload such as
// "region-shanghai_lang-en_payer-individual" (deep links: at most 64
// characters of A-Za-z0-9_-). It reports whether anything was unusable.
func (t *turn) applyPayload(p string) (bad bool) {
	if p == "" {
		return false
	}
	if len(p) > 64 {
		return true
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return true
		}
	}
	// Facts are kept even when an earlier question is answered later, so
	// they can be applied one by one, in the order given.
	for _, tok := range strings.Split(p, "_") {
		k, v, ok := strings.Cut(strings.ToLower(tok), "-")
		if !ok {
			bad = true
			continue
		}
		if k == "lang" {
			if l, ok := knowledge.ParseLang(v); ok {
				t.s.Lang, t.s.LangSet = l, true
				continue
			}
			bad = true
			continue
		}
		fl := payloadField(k)
		if fl == "" || !validSetValue(fl, v) {
			bad = true
			continue
		}
		if _, ok := t.setValue(fl, v); !ok {
			bad = true
		}
	}
	t.s.History = nil
	return bad
}

// payloadAliases name the facts whose key has an underscore, which
// separates tokens in a start payload; "status" is in links already given
// out.
var payloadAliases = map[string]rules.Field{"status": rules.FieldUnitStatus, "years": rules.FieldYearsPaid,
	"broken": rules.FieldBrokenYears, "repay": rules.FieldRepayYears, "window": rules.FieldInWindow}

// payloadField is the fact a start-payload token sets: any question the
// chat can ask, by its name or alias.
func payloadField(token string) rules.Field {
	if f, ok := payloadAliases[token]; ok {
		return f
	}
	d, ok := rules.FactByField(rules.Field(token))
	if !ok || d.AltOf != "" || d.Need == rules.NeedOptional || strings.Contains(token, "_") {
		return ""
	}
	return d.Field
}

// cleanText makes a typed message safe to read, search and log: valid
// UTF-8, no surrounding space, at most MaxTextLen characters.
func cleanText(msg string) string {
	msg = strings.TrimSpace(strings.ToValidUTF8(msg, ""))
	if len(msg) > MaxTextLen && utf8.RuneCountInString(msg) > MaxTextLen {
		n := 0
		for i := range msg {
			if n == MaxTextLen {
				msg = strings.TrimSpace(msg[:i])
				break
			}
			n++
		}
	}
	return msg
}

// text handles a typed message: first as answers (it may carry several
// facts at once), then as a question for the FAQ, and otherwise explains
// what the current question expects.
func (t *turn) text(msg string) {
	t.typed = msg
	t.detectLang(msg)
	if t.langRequestOnly(msg) {
		return
	}
	if hz, ok := understand.Depinyin(msg); ok {
		// Pinyin without tones is Chinese: read in characters.
		msg = hz
		t.typed = hz
	}
	if s := understand.Simplified39d(msg); s != msg {
		msg, t.typed = s, s // traditional characters read as simplified (fold39d.go)
	}
	if asksInTime(msg) {
		t.s.InTime = true
	}
	t.notice23b(msg)       // resident23b.go
	t.noticeSZ30b(msg)     // place30b.go
	t.noticeAbbr34c(msg)   // place34c.go
	t.noticeWages34c(msg)  // place34c.go
	t.noteMoreDays30c(msg) // moredays30c.go
	t.noteGapFrom32a(msg)  // gapnet32a.go
	if understand.TellsAge(msg) {
		t.s.AgeSaid = true
	}
	if understand.AgeUnderSixty(msg) {
		t.s.AgeUnder = true
	}
	if understand.AgeSixtyOrMore(msg) {
		t.s.AgeOlder = true
	}
	if understand.TellsUnitGone(msg) {
		t.s.UnitGoneSaid = true
	}
	if msg == "" {
		t.say(para(text(t.msg("d.empty"))))
		t.advanceOrAsk()
		return
	}
	if t.s.Mode == modeFAQ {
		t.s.Mode = ""
		t.faq(msg)
		return
	}
	if t.s.Mode == modeSince {
		d, err := understand.ParseDuration(msg, t.today)
		switch {
		case errors.Is(err, understand.ErrGapTooLong):
			t.say(para(text(t.gapRangeMsg())))
		case err != nil:
			t.say(para(text(t.msg("d.hint.since"))))
		case t.gapFits(d):
			t.applyGap(d)
			t.s.Mode = ""
			t.advance()
			return
		default:
			t.say(para(text(t.gapRangeMsg())))
		}
		t.explain("since")
		return
	}
	if t.typedSZ30b(msg) || t.typedAbbr34c(msg) || t.typedNamedEnd30b(msg) || t.typedConfirm(msg) || t.typedTreatYear(msg) || t.moreDayFollowUp30c(msg) || t.typedAnswer(msg) || t.repayAll(msg) || t.conversational(msg) {
		return
	}
	r := Decide(t.kb, msg, t.today, t.s.Asking, t.s.Facts)
	t.keepGivenUnitStatus(&r) // implied_h16.go
	t.resumedFollowUp(&r, msg)
	t.stillDrawingFollowUp(&r, msg)
	t.benefitAheadFollowUp(&r, msg)
	t.resumedAfterBenefit(&r, msg)
	if r.Kind != RouteUnknown && r.Kind != RouteMiss && r.Kind != RouteFacts && r.Kind != RouteDontKnow {
		t.s.Misses = 0 // facts() and dontKnow() decide for themselves: "嗯嗯" may give none
	}
	switch r.Kind {
	case RouteHuman:
		t.human()
	case RouteSmallTalk:
		t.smallTalk(r.Analysis)
	case RouteDontKnow:
		t.dontKnow()
	case RouteComputed, RouteBoth:
		t.answerQuestion(r, msg)
	case RouteFAQ:
		if r.ConfirmGap != nil || r.Analysis.Stated.Region != "" {
			t.answerQuestion(r, msg)
			return
		}
		t.keepToday46e(r) // today46e.go
		t.showFAQ(r.FAQ[0].FAQ, msg, r.FAQ...)
	case RouteFacts:
		before := len(t.replies)
		t.facts(r, msg)
		t.alsoUnderAnswer30b(r, before) // route30b.go
	case RouteMiss:
		t.event(Event{Kind: EvFAQMiss, Text: msg})
		t.notUnderstood(t.msg("d.faq_miss"))
	default:
		t.unknown(r, msg)
	}
}

// detectLang sets the chat's language from the first typed message that
// tells one (characters, traditional characters and pinyin are Chinese),
// unless the person chose one with /lang. Until then /start and buttons
// use the client's language, which many mainland phones report as en.
func (t *turn) detectLang(msg string) {
	if l, ok := askedLang(msg); ok {
		t.s.Lang, t.s.LangSet, t.s.Typed = l, true, true
		return
	}
	if t.s.LangSet || t.s.Typed || t.s.Mode == modeSince {
		return
	}
	lang, ok := understand.LangOf(msg)
	if !ok {
		return
	}
	t.s.Typed = true
	if l, ok := knowledge.ParseLang(lang); ok {
		t.s.Lang = l
	}
}

// facts takes the facts a message states and moves on.
func (t *turn) facts(r Route, msg string) {
	before, asking := factsKey(t.s.Facts), t.s.Asking
	two := t.twoPlaces31a(&r, msg) // twoplaces31a.go
	changed, c := t.applyStated(r.Facts, r.Analysis)
	c = cmp.Or(c, two)
	changed = append(changed, t.moneyInText(msg)...)
	handled, repeat := t.repeatsOnly(before, asking, len(changed) > 0 && c == nil && r.ConfirmGap == nil)
	if handled {
		return
	}
	if !repeat && (len(changed) > 0 || c != nil || r.ConfirmGap != nil) {
		t.s.Misses = 0
	}
	got := len(t.replies)
	t.sayGot(changed)
	if c != nil {
		t.askConflict(*c)
		return
	}
	if r.ConfirmGap != nil {
		t.roughGap = r.RoughGap
		t.confirmGap(*r.ConfirmGap)
		return
	}
	if t.askTreatYear() {
		return
	}
	if len(changed) == 0 {
		t.unknown(r, msg)
		return
	}
	t.advance()
	if t.s.Answered && len(t.replies) > got+1 {
		// The answer opens with the case line; saying "got it" too would
		// repeat it.
		t.replies = append(t.replies[:got], t.replies[got+1:]...)
	}
}

// unknown handles a message that gave nothing usable: the FAQ when no
// question is on screen, else what the question expects.
func (t *turn) unknown(r Route, msg string) {
	if t.s.Asking == "" && msg != "" {
		matches := r.FAQ
		if matches == nil {
			matches = t.kb.SearchFAQ(msg, 3)
		}
		if len(matches) > 0 && matches[0].Score >= knowledge.MinFAQScore {
			t.s.Misses = 0
			t.showFAQ(matches[0].FAQ, msg, matches...)
			return
		}
		t.event(Event{Kind: EvFAQMiss, Text: msg})
		t.notUnderstood(t.msg("d.faq_miss"))
		return
	}
	if t.s.Asking == "" {
		t.notUnderstood(t.msg("d.faq_miss"))
		return
	}
	if t.s.Asking == rules.FieldRegion && t.placeAnswer(msg) {
		return
	}
	if r.Analysis.DontKnow {
		// Nothing new but "not sure" ("can't remember, paying again for a
		// while now" at the month paying resumed): the person cannot
		// answer; the question is not asked again as if misread.
		t.dontKnow()
		return
	}
	ex := r.Analysis.Extracted
	if t.s.Asking == rules.FieldGap && (ex.GapTooLong || ex.Gap != nil && !t.gapFits(*ex.Gap)) {
		t.say(para(text(t.gapRangeMsg())))
		t.ask(t.s.Asking)
		return
	}
	// The message fits none of the facts: say what the question expects.
	sp := " "
	if t.s.Lang == knowledge.Zh {
		sp = ""
	}
	hint := "d.hint."
	if t.mergeOf(t.s.Asking).then != "" {
		hint = "d.hint2."
	}
	t.notUnderstood(t.msg("d.not_understood") + sp + t.msg(hint+string(t.s.Asking)))
}

// applyExtracted applies every fact found in a message, in question order
// so that a fact's dependents are cleared before they are set. It returns
// the fields that changed (or were confirmed).
func (t *turn) applyExtracted(ex understand.Extracted) []rules.Field {
	var got []rules.Field
	apply := func(fl rules.Field, v string) {
		if v == "" {
			return
		}
		if _, ok := t.setValue(fl, v); ok {
			got = append(got, fl)
		}
	}
	f := &t.s.Facts
	// Facts that exist in one scheme only imply it; without that, the
	// scheme question would come first and answering it would clear them.
	scheme := ex.Scheme
	if scheme == "" && f.Scheme == "" {
		switch {
		case ex.Payer != "" || ex.Reason != "" || ex.UnitStatus != "" || ex.Retirement != "" || ex.YearsPaid != nil:
			scheme = rules.SchemeEmployee
		case ex.Newborn != nil || ex.InWindow != nil || ex.RepayYears != nil:
			scheme = rules.SchemeResident
		}
	}
	apply(rules.FieldScheme, string(scheme))
	retirement := ex.Retirement
	// Someone whose employer pays, or who pays as a flexible worker, is
	// still working; asking would only slow them down (they can change it).
	if retirement == "" && f.Scheme == rules.SchemeEmployee && f.Retirement == "" && (ex.Payer != "" || ex.Reason != "") {
		retirement = rules.RetirementWorking
	}
	apply(rules.FieldRetirement, string(retirement))
	payer := ex.Payer
	if payer == "" && (ex.Reason != "" && ex.Reason != rules.ReasonUnemployment || ex.UnitStatus != "") {
		payer = rules.PayerUnit
	}
	apply(rules.FieldPayer, string(payer))
	reason := ex.Reason
	if reason == "" && ex.UnitStatus != "" {
		reason = rules.ReasonArrears
	}
	apply(rules.FieldReason, string(reason))
	apply(rules.FieldUnitStatus, string(ex.UnitStatus))
	t.applyFormerArrears(ex, apply) // formerarrears_r17a.go
	if ex.UnitStatus != "" && f.UnitStatus == ex.UnitStatus {
		t.s.UnitImplied = ex.UnitImplied
	}
	if ex.Newborn != nil {
		apply(rules.FieldNewborn, yn(*ex.Newborn))
	} else if t.s.Asking == rules.FieldNewborn && (ex.Yes || ex.No) {
		apply(rules.FieldNewborn, yn(ex.Yes))
	}
	if ex.InWindow != nil {
		apply(rules.FieldInWindow, yn(*ex.InWindow))
	} else if t.s.Asking == rules.FieldInWindow && (ex.Yes || ex.No) {
		apply(rules.FieldInWindow, yn(ex.Yes))
	}
	if t.s.Asking == rules.FieldCrossCity && (ex.Yes || ex.No) {
		apply(rules.FieldCrossCity, yn(ex.Yes))
	} else if ex.SameCity && f.CrossCity == nil && (ex.Reason == rules.ReasonJobChange || f.Reason == rules.ReasonJobChange) && !t.s.MovedAcross {
		// "都是在天津本地", "same city": a job change that crossed no
		// pooling area.
		apply(rules.FieldCrossCity, "n")
	}
	// Someone describing years without cover or years to back-pay is not
	// enrolling a newborn; asking would only risk clearing those answers.
	// Nor is a student.
	if f.Scheme == rules.SchemeResident && f.Newborn == nil && (ex.Gap != nil || ex.RepayYears != nil || ex.Student) {
		apply(rules.FieldNewborn, "n")
	}
	// A switch of scheme (43号 ②): the scheme left, and how long the
	// person was enrolled without a break before it.
	apply(rules.FieldPriorScheme, string(ex.PriorScheme))
	if ex.ContinuousYears != nil {
		apply(rules.FieldContinuousYears, itoa(*ex.ContinuousYears))
	}
	asking := t.s.Asking
	// A duration means months unpaid for the employee scheme, whole years
	// without cover for the resident scheme; for someone leaving the
	// employee scheme for the resident one it is the months since.
	switching := f.Scheme == rules.SchemeResident && f.PriorScheme == rules.SchemeEmployee
	switch {
	case ex.Gap != nil && f.Scheme == rules.SchemeResident && !switching && asking != rules.FieldRepayYears:
		apply(rules.FieldBrokenYears, itoa(gapYears(*ex.Gap, t.today)))
	case ex.Gap != nil && asking == rules.FieldRepayYears:
		apply(rules.FieldRepayYears, itoa(gapYears(*ex.Gap, t.today)))
	case ex.Gap != nil && asking != rules.FieldYearsPaid && asking != rules.FieldBrokenYears:
		if _, ok := t.applyGap(*ex.Gap); ok {
			got = append(got, rules.FieldGap)
		}
	case ex.Number != nil && ex.Number.IsInteger():
		switch asking {
		case rules.FieldGap, rules.FieldBrokenYears, rules.FieldRepayYears:
			apply(asking, ex.Number.String())
		case rules.FieldNewborn:
			// "2" to "a newborn? if not, how many years without
			// cover?" (asked together, merge.go): the years.
			if t.mergeOf(asking).then == rules.FieldBrokenYears {
				apply(rules.FieldBrokenYears, ex.Number.String())
			}
		}
	case ex.No && !ex.Yes && (asking == rules.FieldBrokenYears || asking == rules.FieldRepayYears):
		// "How many years…? (0 if none)" — "none", "no".
		apply(asking, "0")
	}
	if ex.RepayYears != nil {
		apply(rules.FieldRepayYears, itoa(*ex.RepayYears))
	}
	apply(rules.FieldRegion, ex.Region)
	if ex.LocalYearsPaid != nil {
		apply(rules.FieldLocalYearsPaid, ex.LocalYearsPaid.String())
	}
	switch {
	case ex.YearsPaid != nil:
		apply(rules.FieldYearsPaid, ex.YearsPaid.String())
	case asking == rules.FieldYearsPaid && ex.Number != nil:
		apply(rules.FieldYearsPaid, ex.Number.String())
	case asking == rules.FieldYearsPaid && ex.Gap != nil && ex.Gap.Since == nil:
		apply(rules.FieldYearsPaid, itoa(ex.Gap.Months/12))
	}
	if ex.AllLocal && ex.LocalYearsPaid == nil && f.YearsPaid != nil && f.LocalYearsPaid == nil {
		// "都在上海" at "how many of them here?": all the years paid.
		apply(rules.FieldLocalYearsPaid, f.YearsPaid.String())
	}
	apply(rules.FieldSex, string(ex.Sex))
	if ex.Treatment != nil {
		apply(rules.FieldTreatmentDate, ex.Treatment.String())
		if ex.TreatmentUntil != nil {
			apply(rules.FieldTreatmentUntil, ex.TreatmentUntil.String())
		}
	}
	if ex.FirstEnrolment {
		// Never insured: a first enrolment, not "nothing to back-pay".
		apply(rules.FieldFirstEnrolment, "y")
	}
	apply(rules.FieldSubsidised, string(ex.Subsidised))
	if ex.Student {
		apply(rules.FieldStudent, "y")
	}
	if ex.ArrearsPaid != nil {
		apply(rules.FieldArrearsPaid, ex.ArrearsPaid.String())
	} else if ex.ArrearsPaidSaid && f.ArrearsPaid == nil && !slices.Contains(t.s.Refine, rules.FieldArrearsPaid) &&
		len(t.s.Refine) < maxRefine {
		// "公司把欠的都补上了" with no month: the month decides when cover
		// returns (audit round 6, R7-M5), so it is asked before the answer.
		t.s.Refine = append(t.s.Refine, rules.FieldArrearsPaid)
		t.s.Answered = false
	}
	if ex.PaidBack != nil {
		// A self-payer paid the missed months back (audit round 7
		// re-check R7-M5‴): no resumption, the local office decides.
		apply(rules.FieldPaidBack, ex.PaidBack.String())
	} else if ex.PaidBackSaid && f.PaidBack == nil && f.Payer == rules.PayerIndividual && !slices.Contains(t.s.Refine, rules.FieldPaidBack) &&
		len(t.s.Refine) < maxRefine {
		t.s.Refine = append(t.s.Refine, rules.FieldPaidBack)
		t.s.Answered = false
	}
	if ex.BenefitEnded != nil {
		apply(rules.FieldBenefitEnded, ex.BenefitEnded.String())
	} else if ex.BenefitEndedSaid && f.BenefitEnded == nil && !slices.Contains(t.s.Refine, rules.FieldBenefitEnded) &&
		len(t.s.Refine) < maxRefine {
		// "失业金领完了" with no month: which month it ended decides
		// whether this month is a prompt continuation or a break (audit
		// round 3 R3-M1), so it is asked before the answer.
		t.s.Refine = append(t.s.Refine, rules.FieldBenefitEnded)
		t.s.Answered = false
	}
	if ex.Resumed != nil && (f.GapMonths != nil || f.Since != nil || f.BenefitEnded != nil ||
		ex.Reason == rules.ReasonJobChange && f.Reason == rules.ReasonJobChange ||
		f.Scheme == rules.SchemeResident && f.PriorScheme == "") {
		// A resident's is the month they paid (audit round 21, R21-M3).
		// A job change whose new employer pays since a month named
		// ("new one started paying in november") keeps that month while
		// the gap is asked (audit round 21, R21-M1).
		// The month paying resumed, told with the gap ("三月份开始又交上了")
		// or after an ended benefit ("失业金8月领完 10月起自己交了", audit
		// round 7 re-check R9-W1′): the gap is over, and nothing is left to
		// ask about it.
		apply(rules.FieldGapEnded, ex.Resumed.String())
	}
	if ex.PayPlanned != nil && f.PayDate == nil && ex.Resumed == nil && f.GapEnded == nil {
		// A restart planned for a later month ("明年1月份再开始交"):
		// the day of payment, not the gap's end (audit round 14 R14-M2).
		apply(rules.FieldPayDate, ex.PayPlanned.String())
	}
	if ex.RegMonth != nil && f.PayDate == nil && f.RegMonth == nil {
		apply(rules.FieldRegMonth, ex.RegMonth.String()) // a first registration's month (read36a.go)
	} else if f.PayDate != nil && f.RegMonth == nil && f.FirstEnrolment != nil && *f.FirstEnrolment && f.Scheme == rules.SchemeEmployee &&
		!t.today.Before(*f.PayDate) {
		// A first registration made on a day told is made in that day's
		// month too, the month people name it by; the rules date from the
		// day (regmonth36a.go).
		apply(rules.FieldRegMonth, f.PayDate.MonthOf().String())
	}
	t.namedOwed30b() // owed30b.go
	if ex.GapEnded && f.GapEnded == nil && !slices.Contains(t.s.Refine, rules.FieldGapEnded) && len(t.s.Refine) < maxRefine {
		// The gap is over: the month paying resumed changes the dates, so
		// it is asked before the answer (refine.go).
		t.s.Refine = append(t.s.Refine, rules.FieldGapEnded)
		t.s.Answered = false
	}
	return got
}

func yn(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// gapYears converts a stated duration to whole years without cover.
func gapYears(d understand.Duration, today rules.Date) int {
	months := d.Months
	if d.Since != nil {
		months = today.MonthOf().Since(*d.Since)
	}
	return months / 12
}

// gapFits reports whether a stated gap can be used: a first unpaid month
// not after this month, at most rules.MaxGapMonths long.
func (t *turn) gapFits(d understand.Duration) bool {
	n := d.Months
	if d.Since != nil {
		// A month the schema refuses (before 1990) would be stored, and
		// the next turn could not read the conversation back.
		if sd, _ := rules.FactByField(rules.FieldSince); !sd.Valid(d.Since.String()) {
			return false
		}
		n = t.today.MonthOf().Since(*d.Since)
	}
	return n >= 0 && n <= rules.MaxGapMonths
}

func (t *turn) gapRangeMsg() string {
	return t.kb.Msgf(t.s.Lang, "d.gap_range", "max", itoa(rules.MaxGapMonths), "years", itoa(rules.MaxGapMonths/12))
}

// applyGap sets the gap from a duration, as setValue does: it reports
// whether anything changed, and whether the gap could be taken at all (a
// first unpaid month after this month, or too long ago, cannot).
func (t *turn) applyGap(d understand.Duration) (changed, ok bool) {
	f := &t.s.Facts
	if !t.gapFits(d) {
		return false, false
	}
	if d.Since != nil {
		if f.Since != nil && *f.Since == *d.Since {
			return false, true
		}
		t.s.remember()
		m := *d.Since
		f.Since, f.GapMonths = &m, nil
		t.s.Answered = false
		t.event(Event{Kind: EvAnswered, Question: string(rules.FieldGap)})
		return true, true
	}
	return t.setValue(rules.FieldGap, itoa(d.Months))
}
