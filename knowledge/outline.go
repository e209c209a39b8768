package knowledge

// The layout of an answer for reading: parts, lines, text and Markdown.

import (
	"slices"
	"strings"

	"bujiao/rules"
)

// Part is one part of an answer laid out for reading: a heading and
// its lines. Every surface (plain text, Markdown, chat, web) renders the
// same outline, so they never disagree about what an answer says.
type Part struct {
	Heading string
	// Numbered lists are steps and documents, whose order matters.
	Numbered bool
	// Prose sections are a paragraph rather than a list.
	Prose bool
	// Lead parts (deadlines, open questions, what to ask 12393) belong
	// right under the verdict and the dates.
	Lead bool
	// Later parts (documents, channels, basis, notes) are what a reader
	// looks up rather than reads first; surfaces may fold them.
	Later bool
	// Key names the part: coverage, deadlines, open, ask, retirement,
	// steps, money, agreement, consequences, documents, channels,
	// citations, notes.
	Key   string
	Lines []Line
}

// outlineOrder is the phone-friendly order of an answer's parts: the
// dates and deadline, what to do first and what it costs come before what
// to bring, where to go, the legal basis and the notes.
var outlineOrder = []string{"coverage", "deadlines", "open", "ask", "retirement", "steps", "money", "agreement",
	"consequences", "documents", "channels", "citations", "notes"}

// laterParts may be folded: they are looked up, not read first.
var laterParts = []string{"documents", "channels", "citations", "notes"}

// Line is a labelled or plain line of a part.
type Line struct {
	Label  string
	Text   string
	Strong bool // the figure a reader looks for first
}

// Colon is the label separator in lang.
func Colon(lang Lang) string {
	if lang == Zh {
		return "："
	}
	return ": "
}

// Bracket wraps s in brackets of the language's width: full-width after
// Chinese text, a space and ASCII brackets after English.
func Bracket(lang Lang, s string) string {
	if lang == Zh {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// Outline lays out an answer as sections, after its verdict and region.
func (b *Base) Outline(a *Answer) []Part {
	lang := a.Lang
	msg := func(key string) string { return b.Msg(lang, key) }
	fill := func(key string) string {
		m := b.Msg(lang, key)
		if strings.IndexByte(m, '{') < 0 {
			return m
		}
		var sb strings.Builder
		sb.Grow(len(m) + 32)
		fill(&sb, m, a.vals)
		return sb.String()
	}
	yesNo := func(x *bool) string {
		switch {
		case x == nil:
			return msg("answer.depends")
		case *x:
			return msg("answer.yes")
		}
		return msg("answer.no")
	}
	out := make([]Part, 0, 14)
	add := func(s Part) {
		if len(s.Lines) > 0 {
			out = append(out, s)
		}
	}
	defer func() {
		slices.SortStableFunc(out, func(x, y Part) int {
			return slices.Index(outlineOrder, x.Key) - slices.Index(outlineOrder, y.Key)
		})
		for i := range out {
			out[i].Later = slices.Contains(laterParts, out[i].Key)
		}
	}()

	dl := Part{Key: "deadlines", Heading: msg("answer.deadlines"), Lead: true, Lines: make([]Line, 0, len(a.Deadlines))}
	for _, d := range a.Deadlines {
		label := msg("answer.no_date")
		if d.Date != nil {
			label = *d.Date
		}
		dl.Lines = append(dl.Lines, Line{Label: label, Text: d.Text, Strong: d.Date != nil})
	}
	add(dl)
	oq := Part{Key: "open", Heading: msg("answer.open"), Lead: true, Lines: make([]Line, 0, len(a.OpenQuestions))}
	for _, q := range a.OpenQuestions {
		// The question is its own label: every surface joins labels with a
		// colon, which a question mark makes redundant.
		sep := " "
		if lang == Zh {
			sep = ""
		}
		oq.Lines = append(oq.Lines, Line{Text: q.Question + sep + q.Why})
	}
	add(oq)
	ask := Part{Key: "ask", Heading: msg("answer.ask_locally"), Lead: true, Lines: make([]Line, 0, len(a.AskLocally))}
	for _, q := range a.AskLocally {
		ask.Lines = append(ask.Lines, Line{Text: q.Text})
	}
	add(ask)

	c := a.Coverage
	cov := Part{Key: "coverage", Heading: msg("answer.coverage"), Lines: make([]Line, 0, 6)}
	if c.FirstUnpaid != nil && c.GapMonths > 0 {
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.gap")})
	}
	unknownEnd := a.Facts.EndedMonthUnknown()
	switch {
	case c.StoppedOn != nil:
		label := msg("answer.stopped_on")
		if c.StoppedOnIsEstimate {
			// No source gives the region's day (R16-U1).
			label = msg("answer.stopped_on_estimate")
		}
		cov.Lines = append(cov.Lines, Line{Label: label, Text: *c.StoppedOn, Strong: true})
	case unknownEnd:
		cov.Lines = append(cov.Lines, Line{Label: msg("answer.stopped_on"), Text: msg("answer.stopped_unknown")})
	}
	switch {
	case unknownEnd:
		// Paying resumed in a month not given: no date (rules.evaluateEndedUnknown).
		key := "answer.resumes_ended_unknown"
		if slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NoteArrearsPaidUndated }) {
			key = "answer.resumes_arrears_undated" // audit round 7 R9-M2
		}
		cov.Lines = append(cov.Lines, Line{Text: fill(key), Strong: true})
	case c.ResumesOn == nil && slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NoteResidentYearUnsourced }):
		// "From the next year", no sourced first day (audit round 14, R14-U1).
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_next_year"), Strong: true})
	case c.ResumesOn == nil && c.ResumesLatest != nil && slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NoteResidentWaitOver }):
		// Paid, the wait over under every reading (audit round 21, R21-M3).
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_range_over"), Strong: true})
	case c.ResumesOn != nil:
		label := msg("answer.resumes_on")
		if a.Facts.PayDate != nil && (a.Facts.Reason == rules.ReasonArrears ||
			slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NotePayDatePlan })) {
			label = msg("answer.resumes_on_paid")
		}
		if a.Facts.GapEnded != nil {
			label = msg("answer.resumes_on_ended")
		}
		if a.Facts.ArrearsPaid != nil {
			label = msg("answer.resumes_on_arrears_paid")
		}
		if a.Path == string(rules.PathFirstEnrolment) && a.Facts.PayDate == nil {
			label = msg("answer.starts_on") // never insured: nothing resumes
		}
		cov.Lines = append(cov.Lines, Line{Label: label, Text: *c.ResumesOn, Strong: true})
	case c.ResumesLatest != nil && c.LatestIfPaidBy != nil:
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_range_by"), Strong: true})
	case c.ResumesLatest != nil && slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NoteCeilingBorrowed }):
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_range_borrowed"), Strong: true})
	case c.ResumesLatest != nil && c.ResumesEarliest == nil && slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NotePaidBackResumeCap }):
		// Back-paid: the region's date at the latest (audit round 24, R24-M8).
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_latest_paid_back"), Strong: true})
	case c.ResumesLatest != nil:
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_range"), Strong: true})
	case c.ResumesEarliest != nil && slices.ContainsFunc(a.Notes, func(n NamedText) bool { return n.ID == rules.NoteFirstResidentWait42a }):
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.starts_resident_wait42a"), Strong: true}) // fix42a
	case c.ResumesEarliest != nil && a.Path == string(rules.PathFirstEnrolment):
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.starts_from"), Strong: true})
	case c.ResumesEarliest != nil:
		cov.Lines = append(cov.Lines, Line{Text: fill("answer.resumes_from"), Strong: true})
	}
	if c.WaitingMonths > 0 && c.ResumesOn != nil {
		key := "answer.waiting"
		if c.WaitingIsMaximum {
			key = "answer.waiting_max"
		}
		cov.Lines = append(cov.Lines, Line{Text: fill(key)})
	}
	// A first enrolment's wait (Shanghai) has no gap to cover.
	if c.StoppedOn != nil || unknownEnd || (c.ResumesOn != nil && c.WaitingMonths > 0 && a.Path != string(rules.PathFirstEnrolment)) {
		cov.Lines = append(cov.Lines, Line{Label: msg("answer.retroactive"), Text: yesNo(c.Retroactive)})
	}
	if a.Facts.Scheme == rules.SchemeEmployee && c.StoppedOn != nil {
		cov.Lines = append(cov.Lines, Line{Label: msg("answer.personal_account"), Text: yesNo(c.PersonalAccountUsable)})
	}
	if a.Treatment != nil {
		cov.Lines = append(cov.Lines, Line{Label: msg("answer.treatment"), Text: a.Treatment.Text, Strong: true})
	}
	add(cov)

	if r := a.Retirement; r != nil {
		sec := Part{Key: "retirement", Heading: msg("answer.retirement")}
		switch {
		case r.RequiredYears == nil:
			sec.Lines = append(sec.Lines, Line{Label: msg("answer.required_years"), Text: msg("answer.unknown")})
		case r.RequirementIsMaximum:
			sec.Lines = append(sec.Lines, Line{Text: fill("answer.required_years_max")})
		default:
			sec.Lines = append(sec.Lines, Line{Label: msg("answer.required_years"), Text: *r.RequiredYears, Strong: true})
		}
		if r.LocalShortfallMonths > 0 {
			sec.Lines = append(sec.Lines, Line{Text: fill("answer.local_shortfall"), Strong: true})
		}
		if r.ShortfallMonths > 0 && (r.ShortfallMonths != r.LocalShortfallMonths || r.ShortfallIsMinimum) {
			sec.Lines = append(sec.Lines, Line{Text: fill(shortfallKey(r.ShortfallIsMinimum, r.RequirementIsMaximum)), Strong: true})
		}
		add(sec)
	}

	bp := a.BackPayment
	money := Part{Key: "money", Heading: msg("answer.money"), Lines: make([]Line, 0, 4)}
	if bp.LateFeeAmount != nil {
		key := "answer.late_fee"
		if bp.LateFeeIsMaximum {
			key = "answer.late_fee_max"
		}
		if a.Facts.ArrearsMonthly != nil {
			// Each month from its own due date: the first month's days
			// alone do not explain the sum (audit round 6, n2).
			key = "answer.late_fee_monthly"
		}
		money.Lines = append(money.Lines, Line{Text: fill(key), Strong: true})
	}
	if bp.MonthlyAmount != nil {
		money.Lines = append(money.Lines, Line{Text: fill(monthlyKey(a.BackPayment.MonthlyIsMinimum))})
	}
	if bp.Estimate != nil {
		money.Lines = append(money.Lines, Line{Text: fill(estimateKey(rules.Path(a.Path))), Strong: true})
	}
	if bp.FineMin != nil {
		money.Lines = append(money.Lines, Line{Text: fill("answer.fine")})
	}
	if !bp.LateFee && a.Facts.Payer == rules.PayerIndividual && a.Facts.Retirement == rules.RetirementWorking {
		money.Lines = append(money.Lines, Line{Text: msg("answer.no_late_fee")})
	}
	add(money)

	named := func(key string, items []NamedText, numbered, names bool) {
		sec := Part{Key: strings.TrimPrefix(key, "answer."), Heading: msg(key), Numbered: numbered, Lines: make([]Line, 0, len(items))}
		for _, it := range items {
			l := Line{Text: it.Text}
			if names {
				l.Label = it.Name
			}
			sec.Lines = append(sec.Lines, l)
		}
		add(sec)
	}
	named("answer.documents", a.Documents, true, true)
	ch := Part{Key: "channels", Heading: msg("answer.channels"), Lines: make([]Line, 0, len(a.Channels))}
	for _, kind := range []string{"online", "in-person", "phone"} {
		for _, c := range a.Channels {
			if c.Kind == kind {
				ch.Lines = append(ch.Lines, Line{Label: msg("answer.channel."+kind) + " · " + c.Name, Text: c.Text})
			}
		}
	}
	add(ch)
	named("answer.steps", a.Steps, true, false)
	if a.Agreement != nil {
		add(Part{Key: "agreement", Heading: msg("answer.agreement"), Prose: true, Lines: []Line{{Text: a.Agreement.Text}}})
	}
	named("answer.consequences", a.Consequences, false, false)
	named("answer.notes", a.Notes, false, false)
	unused := Part{Key: "unused", Heading: msg("answer.unused"), Lines: make([]Line, 0, len(a.UnusedFacts))}
	for _, u := range a.UnusedFacts {
		unused.Lines = append(unused.Lines, Line{Text: u.Text})
	}
	add(unused)
	cites := Part{Key: "citations", Heading: msg("answer.citations"), Lines: make([]Line, 0, len(a.Citations))}
	for _, c := range a.Citations {
		cites.Lines = append(cites.Lines, Line{Label: c.Label, Text: c.Summary})
	}
	add(cites)
	return out
}

// VersionLine is the knowledge stamp that ends every answer.
func (b *Base) VersionLine(a *Answer) string {
	return b.Msgf(a.Lang, "answer.version", "version", a.Knowledge.Hash) + " " + a.Knowledge.CheckedOn.String()
}

// renderText writes plain text (pastes cleanly anywhere) or Markdown
// (headings and lists) from the outline. It opens with the case, so
// whoever receives a pasted answer can check what it assumed, then the
// verdict and the parts in the outline's order; the rules applied and
// their sources go with the legal basis.
func (b *Base) renderText(a *Answer, lang Lang, md bool) string {
	var sb strings.Builder
	sb.Grow(12 << 10)
	colon := Colon(lang)
	if md {
		sb.WriteString("**")
	}
	sb.WriteString(b.caseLine(a.Facts, lang, a.Region.Assumed))
	if md {
		sb.WriteString("**")
	}
	sb.WriteString("\n\n")
	if md {
		sb.WriteString("## ")
	}
	sb.WriteString(b.Msg(lang, "answer.verdict"))
	sb.WriteString(colon)
	sb.WriteString(a.VerdictName)
	sb.WriteString("\n")
	if md {
		sb.WriteString("\n")
	}
	sb.WriteString(a.VerdictText)
	sb.WriteString("\n")
	region := false
	writeRegion := func() {
		if region {
			return
		}
		region = true
		sb.WriteString("\n")
		sb.WriteString(b.Msg(lang, "answer.region"))
		sb.WriteString(colon)
		sb.WriteString(a.Region.Name)
		sb.WriteString("\n")
		sb.WriteString(b.Msg(lang, "answer.region_sources"))
		sb.WriteString(colon)
		sb.WriteString(a.Region.Source)
		sb.WriteString(Bracket(lang, a.Region.CheckedOn.String()))
		sb.WriteString("\n")
	}
	for _, sec := range b.Outline(a) {
		if sec.Key == "citations" || sec.Key == "notes" {
			writeRegion()
		}
		writePart(&sb, sec, lang, md)
	}
	writeRegion()
	sb.WriteString("\n")
	sb.WriteString(b.VersionLine(a))
	sb.WriteString("\n")
	return sb.String()
}

// writePart writes one outline part as plain text or Markdown.
func writePart(sb *strings.Builder, sec Part, lang Lang, md bool) {
	colon := Colon(lang)
	sb.WriteString("\n")
	if md {
		sb.WriteString("## ")
		sb.WriteString(sec.Heading)
	} else {
		sb.WriteString(sec.Heading)
		sb.WriteString(strings.TrimRight(colon, " "))
	}
	sb.WriteString("\n")
	for i, l := range sec.Lines {
		switch {
		case sec.Prose:
		case sec.Numbered:
			sb.WriteString(itoa(i + 1))
			sb.WriteString(". ")
		default:
			sb.WriteString("- ")
		}
		if l.Label != "" {
			if md {
				sb.WriteString("**")
				sb.WriteString(l.Label)
				sb.WriteString("**")
			} else {
				sb.WriteString(l.Label)
			}
			if l.Text != "" {
				sb.WriteString(colon)
			}
		}
		sb.WriteString(l.Text)
		sb.WriteString("\n")
	}
}
