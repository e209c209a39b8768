package knowledge

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Short answer limits, in runes of the visible text (the knowledge-version
// footer not counted): what fits a phone screen without scrolling far.
const (
	ShortMaxZh = 600
	ShortMaxEn = 1000
)

// ShortMax is the short answer's limit in lang.
func ShortMax(lang Lang) int {
	if lang == Zh {
		return ShortMaxZh
	}
	return ShortMaxEn
}

// ShortMessages are the message keys the short answer uses, besides the
// per-deadline "short.deadline.<id>" texts the loader requires for every
// deadline the rules can emit.
var ShortMessages = []string{
	"short.stopped", "short.resumes_on", "short.resumes_on_paid", "short.resumes_range", "short.resumes_range_by", "short.resumes_from",
	"short.starts_on", "short.starts_on_registered", "short.starts_from", "short.starts_resident_wait42a", "short.starts_unknown", "short.resumes_on_paid_back_unit",
	"short.resumes_unknown", "short.gap_cover.yes", "short.gap_cover.no", "short.gap_cover.unknown", "short.gap_cover.employer_bears",
	"short.deadline", "short.first_step", "short.late_fee_max", "short.open", "short.ask", "short.confirm",
	"short.unused", "short.unused_label", "short.premium_this_year", "short.stopped_ahead", "short.stopped_conv", "short.stopped_ahead_conv", "short.resumes_on_ended_conv", "short.base_adjusted",
	"short.resumes_late_year", "short.resumes_late_year_range", "short.then_complain", "short.employer_liable",
	"short.resumes_next_year", "short.confirm_brief", "short.resumes_range_over", "short.resumes_latest_paid_back",
}

// Short is the short answer: everything a person needs on one phone screen
// — what was understood, the verdict, when cover resumes, the nearest
// deadline, the first step, the money and what to confirm with 12393. It
// is the first answer in the chat, what `ask --brief` and the page's "copy
// short answer" give, and it is built from the same outcome and the same
// texts as the full answer, so the two cannot disagree. Its JSON keys are a
// public interface: add keys, never rename or remove them.
type Short struct {
	Case        string      `json:"case"`
	Verdict     string      `json:"verdict"`
	VerdictName string      `json:"verdict_name"`
	Lines       []ShortLine `json:"lines"`
	// The dates, as in the full answer's coverage (YYYY-MM-DD or null).
	StoppedOn       *string `json:"stopped_on"`
	ResumesOn       *string `json:"resumes_on"`
	ResumesEarliest *string `json:"resumes_earliest"`
	ResumesLatest   *string `json:"resumes_latest"`
	// StoppedOnIsEstimate as in the full answer's coverage.
	StoppedOnIsEstimate bool `json:"stopped_on_is_estimate"`
	// LatestIfPaidBy as in the full answer's coverage.
	LatestIfPaidBy *string `json:"latest_if_paid_by"`
	// GapCovered is whether costs during the gap are covered once paid;
	// null where the sources do not settle it or it does not arise.
	GapCovered *bool `json:"gap_covered"`
	// Deadline is the nearest deadline, null when there is none.
	Deadline *DeadlineAns `json:"deadline"`
	// Ask12393 is the exact question to put to 12393, empty when the
	// sources settle the case.
	Ask12393 string `json:"ask_12393"`
	// UnusedFacts are the facts given that the answer does not use.
	UnusedFacts []UnusedAns `json:"unused_facts"`
	Confirm     string      `json:"confirm"`
	Lang        Lang        `json:"lang"`
	Knowledge   Version     `json:"knowledge"`
	// Footer is the knowledge-version stamp; it is not counted in Len.
	Footer string `json:"-"`
}

// ShortLine is one labelled line of the short answer. Kind is one of
// verdict, cover, deadline, step, retirement, money, open, ask.
type ShortLine struct {
	Kind  string `json:"kind"`
	Label string `json:"label"`
	Text  string `json:"text"`
}

// ShortAnswer builds the short answer for o in lang.
func (b *Base) ShortAnswer(o *rules.Outcome, lang Lang) Short {
	v := b.values(o, lang)
	filled := func(s string, v *values) string {
		var sb strings.Builder
		fill(&sb, s, v)
		return sb.String()
	}
	msg := func(key string) string { return filled(b.Msg(lang, key), v) }
	sep := b.Msg(lang, "case_sep")
	s := Short{
		Case: b.CaseLineOf(o, lang), Verdict: string(o.Verdict), Lang: lang, Knowledge: b.Version,
		StoppedOn: datePtr(o.StoppedOn), StoppedOnIsEstimate: StopIsEstimate(o), ResumesOn: datePtr(o.ResumesOn),
		ResumesEarliest: datePtr(o.ResumesEarliest), ResumesLatest: datePtr(o.ResumesLatest),
		LatestIfPaidBy: datePtr(o.LatestIfPaidBy),
		Confirm:        b.Msg(lang, "short.confirm"),
	}
	if vi, ok := b.verdictItem(o); ok {
		s.VerdictName = filled(vi.Name.In(lang), v)
	}
	add := func(kind, labelKey string, parts ...string) {
		var kept []string
		for _, p := range parts {
			if p != "" {
				kept = append(kept, p)
			}
		}
		if len(kept) > 0 {
			s.Lines = append(s.Lines, ShortLine{Kind: kind, Label: b.Msg(lang, labelKey), Text: strings.Join(kept, sep)})
		}
	}
	add("verdict", "answer.verdict", s.VerdictName)

	// Cover: the same dates, in the same precedence, as the full answer's
	// coverage part; a date only where the outcome gives one.
	var stopped, resumes, gap string
	unknownEnd := o.Facts.EndedMonthUnknown()
	if unknownEnd && o.StoppedOn == nil {
		stopped = msg("short.stopped_unknown")
	}
	if o.StoppedOn != nil {
		// A stop day no source gives for the region is an estimate and
		// says so; the days before it are then not called covered (audit
		// round 16, R16-U1).
		conv := ""
		if b.stopEstimate34b(o) { // estimate34b.go
			conv = "_conv"
		}
		stopped = msg("short.stopped" + conv)
		if o.Today.Before(*o.StoppedOn) {
			// Still covered until the day before (issue 18 item 3),
			// where a source gives the day.
			stopped = msg("short.stopped_ahead" + conv)
		}
	}
	switch {
	case unknownEnd:
		// Paying resumed in a month not given: no date
		// (rules.evaluateEndedUnknown).
		resumes = msg("short.resumes_ended_unknown")
		if slices.Contains(o.Notes, rules.NoteArrearsPaidUndated) {
			// Employer arrears: the back-payment decides, not the
			// month paying resumed (audit round 7 R9-M2).
			resumes = msg("short.resumes_arrears_undated")
		}
	case slices.Contains(o.Notes, rules.NoteLateYearBuysLittle):
		// This year's premium, cover next year at the earliest: the
		// question, never a range that reads as next year's cover (audit
		// round 5, R5-M2).
		resumes = msg("short.resumes_late_year")
		if o.ResumesOn == nil && o.ResumesEarliest != nil && o.ResumesLatest != nil {
			resumes = msg("short.resumes_late_year_range")
		}
	case o.ResumesOn == nil && slices.Contains(o.Notes, rules.NoteResidentYearUnsourced):
		// "From the next year" with no sourced first day (Shanghai art.
		// 17): never a date (audit round 14, R14-U1).
		resumes = msg("short.resumes_next_year")
	case o.ResumesOn == nil && o.ResumesLatest != nil && slices.Contains(o.Notes, rules.NoteResidentWaitOver):
		// Paid, the wait over under every reading (R21-M3).
		resumes = msg("short.resumes_range_over")
	case o.ResumesOn != nil:
		key := "short.resumes_on"
		if o.Facts.PayDate != nil && (o.Facts.Reason == rules.ReasonArrears || slices.Contains(o.Notes, rules.NotePayDatePlan)) {
			key = "short.resumes_on_paid"
		}
		if o.Facts.GapEnded != nil {
			key = "short.resumes_on_ended"
			if b.moverEstimate34b(o) && !o.ResumesOn.Before(*o.StoppedOn) {
				key = "short.resumes_on_ended_conv" // no source dates the day either (R27-M4)
			}
		}
		if o.Facts.ArrearsPaid != nil {
			key = "short.resumes_on_arrears_paid"
		}
		if o.Facts.PaidBack != nil && o.Facts.Payer == rules.PayerUnit && o.Facts.GapEnded == nil {
			key = "short.resumes_on_paid_back_unit" // the back-payment month (fix36a, R28-M2)
		}
		if o.Path == rules.PathFirstEnrolment && key == "short.resumes_on" {
			key = "short.starts_on" // never insured: nothing resumes
			if o.Facts.PayDate != nil || o.Facts.RegMonth != nil {
				key = "short.starts_on_registered" // from the registration day told (fix32a) or its month (fix36a)
			}
		}
		resumes = msg(key)
	case o.ResumesLatest != nil && o.LatestIfPaidBy != nil:
		// The latest is the region's date only for paying this month:
		// never a safe planning date without that condition (R4-M1).
		resumes = msg("short.resumes_range_by")
	case o.ResumesLatest != nil && slices.Contains(o.Notes, rules.NoteCeilingBorrowed):
		// The only ceiling is the transfer rule's; the person did not
		// move: not a planning date (audit round 6, R7-U1).
		resumes = msg("short.resumes_range_borrowed")
	case o.ResumesLatest != nil && o.ResumesEarliest == nil && slices.Contains(o.Notes, rules.NotePaidBackResumeCap):
		// Back-paid: the region's date at the latest (R24-M8).
		resumes = msg("short.resumes_latest_paid_back")
	case o.ResumesLatest != nil:
		resumes = msg("short.resumes_range")
	case o.ResumesEarliest != nil && slices.Contains(o.Notes, rules.NoteFirstResidentWait42a):
		resumes = msg("short.starts_resident_wait42a") // 38号's wait (fix42a)
	case o.ResumesEarliest != nil && o.Path == rules.PathFirstEnrolment:
		resumes = msg("short.starts_from")
	case o.ResumesEarliest != nil:
		resumes = msg("short.resumes_from")
	case o.Path == rules.PathFirstEnrolment && o.ResumesOn == nil && o.Facts.Scheme == rules.SchemeEmployee:
		// Registered already where no source gives the start (fix36a).
		resumes = msg("short.starts_unknown")
	case o.StoppedOn != nil && !o.Today.Before(*o.StoppedOn):
		// A stop still ahead has nothing to resume from yet (audit round
		// 1, M12: "our sources do not say" read as a gap in the sources).
		resumes = msg("short.resumes_unknown")
	}
	// A first enrolment's wait (Shanghai) has no gap to cover.
	if o.StoppedOn != nil || unknownEnd || (o.ResumesOn != nil && o.WaitingMonths > 0 && o.Path != rules.PathFirstEnrolment) {
		s.GapCovered = o.Retroactive.Ptr()
		switch {
		case o.Retroactive.Yes():
			gap = msg("short.gap_cover.yes")
		case o.Retroactive.No():
			gap = msg("short.gap_cover.no")
		case o.EmployerBearsGap(): // rules/employerbears34b.go (R27-M6)
			gap = msg("short.gap_cover.employer_bears")
		default:
			gap = msg("short.gap_cover.unknown")
		}
	}
	var year string
	if slices.Contains(o.Notes, rules.NotePremiumThisYear) {
		// Which year's premium the dates are for, in the short answer
		// too (audit round 4, R4-M4).
		year = msg("short.premium_this_year")
	}
	add("cover", "answer.coverage", stopped, resumes, gap, year)
	if t := b.treatmentAns(o, lang); t != nil {
		add("treatment", "answer.treatment", t.Text)
	}

	if len(o.Deadlines) > 0 {
		d := &o.Deadlines[0]
		dv := *v
		dv.dl, dv.filled = d, [48]bool{}
		s.Deadline = &DeadlineAns{Date: datePtr(d.On), ID: d.ID, Text: filled(b.Msg(lang, "short.deadline."+d.ID), &dv),
			ResumesIfLate: datePtr(d.IfLate)}
		add("deadline", "short.deadline", s.Deadline.Text)
	}
	stepLine := -1
	if len(o.Steps) > 0 {
		if it, ok := b.items["steps"][o.Steps[0]]; ok {
			add("step", "short.first_step", FirstSentence(filled(it.Text.In(lang), v), lang))
			stepLine = len(s.Lines) - 1
		}
	}

	// Money and years: the figures the full answer shows in bold, in its
	// words.
	var fee, monthly, estimate, shortfall string
	if o.LateFee != nil {
		key := "answer.late_fee"
		if o.LateFeeIsMaximum {
			key = "short.late_fee_max"
		}
		if o.Facts.ArrearsMonthly != nil && slices.Contains(o.Notes, rules.NoteLateFeeMonthly) {
			key = "answer.late_fee_monthly"
		}
		fee = msg(key)
	}
	if o.MonthlyAmount != nil {
		monthly = msg(monthlyKey(o.MonthlyIsMinimum))
		if slices.Contains(o.Notes, rules.NoteBaseAdjusted) {
			// The base given was outside the range: say so here too.
			monthly = msg("short.base_adjusted")
		}
	}
	if o.Estimate != nil {
		estimate = msg(estimateKey(o.Path))
	}
	var localShort string
	if o.LocalShortfallMonths > 0 {
		localShort = msg("answer.local_shortfall")
	}
	if o.ShortfallMonths > 0 && (o.ShortfallMonths != o.LocalShortfallMonths || o.ShortfallIsMinimum) {
		shortfall = msg(shortfallKey(o.ShortfallIsMinimum, o.RequirementIsMaximum))
	}
	add("retirement", "answer.retirement", localShort, shortfall)
	add("money", "answer.money", fee, monthly, estimate)

	if len(o.OpenQuestions) > 0 {
		if it, ok := b.items["questions"][strings.ReplaceAll(string(o.OpenQuestions[0].Fact), "_", "-")]; ok {
			add("open", "short.open", filled(it.Text.In(lang), v))
		}
	}
	id := mainAsk(o.AskLocally)
	if o.Treatment != nil && o.Treatment.Why == rules.TreatMoverStopUnsettled && slices.Contains(o.AskLocally, rules.AskMoverStopDay) {
		// The asked day turns on the old city's stop day (R14-W2).
		id = rules.AskMoverStopDay
	}
	if id != "" {
		if it, ok := b.items["unknowns"][id]; ok {
			s.Ask12393 = QuotedQuestion(filled(it.Text.In(lang), v), lang)
			add("ask", "short.ask", s.Ask12393)
		}
	}
	s.UnusedFacts = b.unusedFacts(o, lang)
	add("unused", "short.unused_label", b.unusedShort(s.UnusedFacts, lang))
	s.Footer = b.Msgf(lang, "answer.version", "version", b.Version.Hash) + " " + b.Version.CheckedOn.String()
	if s.Len(b) > ShortMax(lang) {
		// The closing line in fewer words before any content goes.
		s.Confirm = b.Msg(lang, "short.confirm_brief")
	}
	if s.Len(b) >= ShortMax(lang) {
		// Still too long (at the limit: the message adds a blank line
		// before its footer): the monthly cost goes first; the full
		// answer and the cost button give it (fix22a: a leaver's
		// two-things answer with a treatment day ran past the limit).
		for i, l := range s.Lines {
			if l.Kind == "money" {
				s.Lines = slices.Delete(s.Lines, i, i+1)
				if i < stepLine {
					stepLine--
				}
				break
			}
		}
	}
	if stepLine >= 0 && (o.Steps[0] == rules.StepAskUnitToPay || o.Steps[0] == rules.StepFormerArrearsLeft || o.Steps[0] == rules.StepFormerArrearsJobChange) {
		b.arrearsStep(&s, stepLine, o, lang)
	}
	return s
}

// arrearsStep adds to the first step of an employer in arrears (now or
// before the person left) where to
// complain if it refuses (SIL arts. 63, 82) and the employer's liability
// where the region has one and the deadline line does not already say it
// (Zhejiang art. 28) (audit round 13 n29; issue 18 item 5), as much of it
// as the short answer's limit leaves room for.
func (b *Base) arrearsStep(s *Short, i int, o *rules.Outcome, lang Lang) {
	base := s.Lines[i].Text
	adds := []string{b.Msg(lang, "short.then_complain")}
	if slices.Contains(o.Consequences, rules.ConsEmployerBears) &&
		(len(o.Deadlines) == 0 || o.Deadlines[0].ID != rules.DeadlineEmployerOrderDays) {
		adds = append(adds, b.Msg(lang, "short.employer_liable"))
	}
	for n := len(adds); n > 0; n-- {
		s.Lines[i].Text = base + sentenceSep(lang) + strings.Join(adds[:n], sentenceSep(lang))
		if s.Len(b) <= ShortMax(lang) {
			return
		}
	}
	s.Lines[i].Text = base
}

// FirstSentence is what a step says to do: its first sentence; the
// sentences after it say why, which the full answer keeps.
func FirstSentence(s string, lang Lang) string {
	if lang == Zh {
		if i := strings.Index(s, "。"); i >= 0 && i+len("。") < len(s) {
			return s[:i+len("。")]
		}
		return s
	}
	// An abbreviation's full stop ("e.g. ", "i.e. ") ends no sentence
	// (audit round 6, n1: "… from the next month (e.g.").
	from := 0
	for {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return s
		}
		i += from
		if strings.HasSuffix(s[:i+1], "e.g.") || strings.HasSuffix(s[:i+1], "i.e.") {
			from = i + 2
			continue
		}
		return s[:i+1]
	}
}

// StopIsEstimate is whether the outcome's stop day is this product's
// convention, not a day a source gives for the region (rules.
// NoteStopConvention): every surface says it is an estimate (R16-U1).
func StopIsEstimate(o *rules.Outcome) bool {
	return o.StoppedOn != nil && slices.Contains(o.Notes, rules.NoteStopConvention)
}

// sideAsks are questions for 12393 about a side point: the short answer
// shows the question that settles the verdict instead, when there is one.
var sideAsks = []string{"personal-account", "pay-before-stop", "stop-day"}

// mainAsk is the question for 12393 the short answer shows.
func mainAsk(ids []string) string {
	for _, id := range ids {
		if !slices.Contains(sideAsks, id) {
			return id
		}
	}
	// Only side points: whether paying before a stop still ahead avoids
	// it matters more than the account balance (issue 18 item 3).
	for _, id := range []string{"stop-day", "pay-before-stop", "personal-account"} {
		if slices.Contains(ids, id) {
			return id
		}
	}
	if len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// QuotedQuestion is the question inside an ask-12393 text — “…” in
// Chinese, '…' in English — with its quotes; the whole text when it quotes
// nothing.
func QuotedQuestion(s string, lang Lang) string {
	open, close := "“", "”"
	if lang != Zh {
		open, close = "'", "'"
	}
	i := strings.Index(s, open)
	if i < 0 {
		return s
	}
	rest := s[i+len(open):]
	j := -1
	if lang == Zh {
		j = strings.Index(rest, close)
	} else {
		// An English question ends with ? or . before its closing quote;
		// apostrophes inside it do not.
		for k := 0; k+1 < len(rest); k++ {
			if (rest[k] == '?' || rest[k] == '.') && rest[k+1] == '\'' {
				j = k + 1
				break
			}
		}
	}
	if j < 0 {
		return s
	}
	return open + rest[:j] + close
}

// Text renders the short answer as plain text, with the footer.
func (s *Short) Text(b *Base) string {
	return s.render(b, false, true)
}

// Markdown renders the short answer as Markdown, with the footer.
func (s *Short) Markdown(b *Base) string {
	return s.render(b, true, true)
}

// Len is the visible length in runes: the text without its footer, as
// the limits count it.
func (s *Short) Len(b *Base) int {
	// Counted as render(b, false, false) writes it, without building it:
	// the answer is measured several times while it is cut to size.
	n := utf8.RuneCountInString(s.Case) + 2
	colon := utf8.RuneCountInString(Colon(s.Lang))
	for _, l := range s.Lines {
		n += utf8.RuneCountInString(l.Label) + colon + utf8.RuneCountInString(l.Text) + 1
	}
	return n + 1 + utf8.RuneCountInString(s.Confirm) + 1
}

func (s *Short) render(b *Base, md, footer bool) string {
	colon := Colon(s.Lang)
	var sb strings.Builder
	sb.Grow(2048)
	if md {
		sb.WriteString("**")
	}
	sb.WriteString(s.Case)
	if md {
		sb.WriteString("**")
	}
	sb.WriteString("\n\n")
	for _, l := range s.Lines {
		if md {
			sb.WriteString("- **")
			sb.WriteString(l.Label)
			sb.WriteString(strings.TrimRight(colon, " "))
			sb.WriteString("**")
			if s.Lang != Zh {
				sb.WriteString(" ")
			}
		} else {
			sb.WriteString(l.Label)
			sb.WriteString(colon)
		}
		sb.WriteString(l.Text)
		sb.WriteString("\n")
	}
	sb.WriteString("\n")
	sb.WriteString(s.Confirm)
	sb.WriteString("\n")
	if footer {
		sb.WriteString("\n")
		sb.WriteString(s.Footer)
		sb.WriteString("\n")
	}
	return sb.String()
}

// RenderShort writes the short answer for o in lang and format.
func (b *Base) RenderShort(o *rules.Outcome, lang Lang, format Format) (string, error) {
	s := b.ShortAnswer(o, lang)
	switch format {
	case FormatJSON:
		data, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return "", err
		}
		return string(data) + "\n", nil
	case FormatMarkdown:
		return s.Markdown(b), nil
	}
	return s.Text(b), nil
}

// estimateKey labels the estimate: what the unit owes, where the unit is
// the one to pay, so nobody reads the employer's debt as their own bill.
func estimateKey(p rules.Path) string {
	if p == rules.PathUnitArrears || p == rules.PathEmployerGone {
		return "answer.estimate_unit"
	}
	return "answer.estimate"
}

// shortfallKey words the retirement shortfall: a figure may be a floor (the
// local years may add more), a ceiling (a transitional requirement), both,
// or exact.
func shortfallKey(isMinimum, requirementIsMaximum bool) string {
	switch {
	case isMinimum && requirementIsMaximum:
		return "answer.shortfall_min_ceiling"
	case isMinimum:
		return "answer.shortfall_min"
	case requirementIsMaximum:
		return "answer.shortfall_max"
	}
	return "answer.shortfall"
}

// monthlyKey words the monthly amount: what the base given costs, or the
// least a month costs where no base was given.
func monthlyKey(isMinimum bool) string {
	if isMinimum {
		return "answer.monthly_min"
	}
	return "answer.monthly"
}

// sentenceSep joins two sentences: nothing after "。", a space in English.
func sentenceSep(lang Lang) string {
	if lang == Zh {
		return ""
	}
	return " "
}
