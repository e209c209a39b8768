package knowledge

import (
	"encoding/json"
	"strings"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// Placeholders are the {names} a text may use; each is filled from the
// outcome being rendered.
var Placeholders = []string{"gap_months", "first_unpaid", "stopped_on", "resumes_on", "waiting_months",
	"late_fee", "late_fee_days", "estimate", "estimate_months", "monthly", "fine_min", "fine_max",
	"required_years", "shortfall_months", "region", "today", "due_date", "arrears", "deadline_days", "version"}

// RequiredMessages are the message keys the answer renderer uses.
var RequiredMessages = []string{
	"answer.title", "answer.verdict", "answer.region", "answer.region_sources", "answer.coverage",
	"answer.gap", "answer.stopped_on", "answer.resumes_on", "answer.waiting", "answer.waiting_max",
	"answer.retroactive", "answer.personal_account", "answer.money", "answer.late_fee", "answer.no_late_fee",
	"answer.estimate", "answer.monthly", "answer.fine", "answer.retirement", "answer.required_years",
	"answer.required_years_max", "answer.shortfall", "answer.documents", "answer.channels",
	"answer.channel.online", "answer.channel.in-person", "answer.channel.phone", "answer.steps",
	"answer.agreement", "answer.consequences", "answer.notes", "answer.citations", "answer.version",
	"answer.yes", "answer.no", "answer.unknown", "answer.yuan", "answer.months",
}

// Format is an answer format.
type Format string

// Formats.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatJSON     Format = "json"
)

// Answer is the JSON form of an answer. Its keys are a public interface for
// integrations: add keys, never rename or remove them.
type Answer struct {
	Verdict      string         `json:"verdict"`
	VerdictName  string         `json:"verdict_name"`
	VerdictText  string         `json:"verdict_text"`
	Path         string         `json:"path"`
	BackPayment  BackPayment    `json:"back_payment"`
	Coverage     Coverage       `json:"coverage"`
	Retirement   *RetirementAns `json:"retirement,omitempty"`
	Documents    []NamedText    `json:"documents"`
	Channels     []NamedText    `json:"channels"`
	Steps        []NamedText    `json:"steps"`
	Agreement    *NamedText     `json:"agreement"`
	Consequences []NamedText    `json:"consequences"`
	Notes        []NamedText    `json:"notes"`
	Citations    []CitationAns  `json:"citations"`
	Region       RegionAns      `json:"region"`
	Facts        rules.Facts    `json:"facts"`
	Today        rules.Date     `json:"today"`
	Lang         Lang           `json:"lang"`
	Knowledge    Version        `json:"knowledge"`
}

// BackPayment is the money part of an answer; amounts are decimal strings.
type BackPayment struct {
	Allowed        bool    `json:"allowed"`
	LateFee        bool    `json:"late_fee"`
	LateFeeAmount  *string `json:"late_fee_amount"`
	LateFeeDays    int     `json:"late_fee_days"`
	Estimate       *string `json:"estimate"`
	EstimateMonths int     `json:"estimate_months"`
	MonthlyAmount  *string `json:"monthly_amount"`
	FineMin        *string `json:"fine_min"`
	FineMax        *string `json:"fine_max"`
}

// Coverage is the benefits part of an answer; dates are YYYY-MM-DD.
type Coverage struct {
	GapMonths             int     `json:"gap_months"`
	FirstUnpaid           *string `json:"first_unpaid"`
	StoppedOn             *string `json:"stopped_on"`
	ResumesOn             *string `json:"resumes_on"`
	WaitingMonths         int     `json:"waiting_months"`
	WaitingIsMaximum      bool    `json:"waiting_is_maximum"`
	Retroactive           bool    `json:"retroactive"`
	PersonalAccountUsable bool    `json:"personal_account_usable"`
}

// RetirementAns is present for people at retirement age.
type RetirementAns struct {
	RequiredYears        *string `json:"required_years"`
	RequirementIsMaximum bool    `json:"requirement_is_maximum"`
	ShortfallMonths      int     `json:"shortfall_months"`
}

// NamedText is a document, channel, step, agreement, consequence or note.
type NamedText struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Kind string `json:"kind,omitempty"`
	Text string `json:"text"`
}

// CitationAns is one legal basis.
type CitationAns struct {
	Law     string `json:"law"`
	Article *int   `json:"article"`
	Section string `json:"section,omitempty"`
	Title   string `json:"title"`
	Label   string `json:"label"`
	Summary string `json:"summary"`
}

// RegionAns says whose rules answered.
type RegionAns struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Source    string     `json:"source"`
	CheckedOn rules.Date `json:"checked_on"`
	Fallback  bool       `json:"fallback"`
}

// values holds an outcome's placeholder values, formatted once per render.
type values struct {
	o      *rules.Outcome
	region string
	lang   Lang
	ver    string
	cache  [32]string
	filled [32]bool
}

func (v *values) get(name string) (string, bool) {
	idx := -1
	for i, p := range Placeholders {
		if p == name {
			idx = i
			break
		}
	}
	if idx < 0 {
		return "", false
	}
	if v.filled[idx] {
		return v.cache[idx], true
	}
	o := v.o
	s := ""
	switch name {
	case "gap_months":
		s = itoa(o.GapMonths)
	case "first_unpaid":
		if o.FirstUnpaid != nil {
			s = o.FirstUnpaid.String()
		}
	case "stopped_on":
		s = dateStr(o.StoppedOn)
	case "resumes_on":
		s = dateStr(o.ResumesOn)
	case "waiting_months":
		s = itoa(o.WaitingMonths)
	case "late_fee":
		s = decStr(o.LateFee)
	case "late_fee_days":
		s = itoa(o.LateFeeDays)
	case "estimate":
		s = decStr(o.Estimate)
	case "estimate_months":
		s = itoa(o.EstimateMonths)
	case "monthly":
		s = decStr(o.MonthlyAmount)
	case "fine_min":
		s = decStr(o.FineMin)
	case "fine_max":
		s = decStr(o.FineMax)
	case "required_years":
		s = decStr(o.RequiredYears)
	case "shortfall_months":
		s = itoa(o.ShortfallMonths)
	case "region":
		s = v.region
	case "today":
		s = o.Today.String()
	case "due_date":
		s = dateStr(o.Facts.DueDate)
	case "arrears":
		s = decStr(o.Facts.Arrears)
	case "deadline_days":
		s = "60"
	case "version":
		s = v.ver
	}
	if s == "" {
		s = "—"
	}
	v.cache[idx], v.filled[idx] = s, true
	return s, true
}

func dateStr(d *rules.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func decStr(d *decimal.Decimal) string {
	if d == nil {
		return ""
	}
	return d.StringFixed(2)
}

func decPtr(d *decimal.Decimal) *string {
	if d == nil {
		return nil
	}
	s := d.StringFixed(2)
	return &s
}

func datePtr(d *rules.Date) *string {
	if d == nil {
		return nil
	}
	s := d.String()
	return &s
}

// fill writes s to b with its {placeholders} replaced.
func fill(b *strings.Builder, s string, v *values) {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		if val, ok := v.get(s[i+1 : i+j]); ok {
			b.WriteString(val)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// Fill returns s with its placeholders replaced from o.
func (b *Base) Fill(s string, o *rules.Outcome, lang Lang) string {
	var sb strings.Builder
	fill(&sb, s, b.values(o, lang))
	return sb.String()
}

func (b *Base) values(o *rules.Outcome, lang Lang) *values {
	v := &values{o: o, lang: lang, ver: b.Version.Hash}
	if r, ok := b.regions[o.Region]; ok {
		v.region = r.Name.In(lang)
	}
	return v
}

// placeholdersIn lists the {names} in s.
func placeholdersIn(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// BuildAnswer turns an outcome into the structured answer in lang.
func (b *Base) BuildAnswer(o *rules.Outcome, lang Lang) Answer {
	v := b.values(o, lang)
	text := func(s string) string {
		var sb strings.Builder
		fill(&sb, s, v)
		return sb.String()
	}
	a := Answer{
		Verdict: string(o.Verdict), Path: string(o.Path), Facts: o.Facts, Today: o.Today, Lang: lang,
		Knowledge: b.Version,
		BackPayment: BackPayment{
			Allowed: o.BackPayAllowed, LateFee: o.LateFeeApplies, LateFeeAmount: decPtr(o.LateFee),
			LateFeeDays: o.LateFeeDays, Estimate: decPtr(o.Estimate), EstimateMonths: o.EstimateMonths,
			MonthlyAmount: decPtr(o.MonthlyAmount), FineMin: decPtr(o.FineMin), FineMax: decPtr(o.FineMax),
		},
		Coverage: Coverage{
			GapMonths: o.GapMonths, StoppedOn: datePtr(o.StoppedOn), ResumesOn: datePtr(o.ResumesOn),
			WaitingMonths: o.WaitingMonths, WaitingIsMaximum: o.WaitingIsMaximum, Retroactive: o.Retroactive,
			PersonalAccountUsable: o.PersonalAccountUsable,
		},
		Documents: []NamedText{}, Channels: []NamedText{}, Steps: []NamedText{},
		Consequences: []NamedText{}, Notes: []NamedText{}, Citations: []CitationAns{},
	}
	if o.FirstUnpaid != nil {
		s := o.FirstUnpaid.String()
		a.Coverage.FirstUnpaid = &s
	}
	if vi, ok := b.items["verdicts"][string(o.Verdict)]; ok {
		a.VerdictName, a.VerdictText = text(vi.Name.In(lang)), text(vi.Text.In(lang))
	}
	if o.Path == rules.PathRetirementMet || o.Path == rules.PathRetirementShort || o.Path == rules.PathRetirementUnknown {
		a.Retirement = &RetirementAns{RequiredYears: decPtr(o.RequiredYears), RequirementIsMaximum: o.RequirementIsMaximum,
			ShortfallMonths: o.ShortfallMonths}
	}
	named := func(kind string, ids []string) []NamedText {
		out := make([]NamedText, 0, len(ids))
		for _, id := range ids {
			it, ok := b.items[kind][id]
			if !ok {
				continue
			}
			out = append(out, NamedText{ID: id, Name: text(it.Name.In(lang)), Kind: it.Kind, Text: text(it.Text.In(lang))})
		}
		return out
	}
	a.Documents = named("documents", o.Documents)
	a.Channels = named("channels", o.Channels)
	a.Steps = named("steps", o.Steps)
	a.Consequences = named("consequences", o.Consequences)
	a.Notes = named("notes", o.Notes)
	if o.Agreement != "" {
		if ag := named("agreements", []string{o.Agreement}); len(ag) == 1 {
			a.Agreement = &ag[0]
		}
	}
	for _, c := range o.Citations {
		law, where := b.CitationTitle(c, lang)
		ca := CitationAns{Law: c.Law, Section: c.Section, Label: strings.TrimSpace(law + " " + where),
			Summary: b.CitationSummary(c, lang)}
		if lw, ok := b.laws[c.Law]; ok {
			ca.Title = lw.Title.In(lang)
		}
		if c.Article != 0 {
			n := c.Article
			ca.Article = &n
		}
		a.Citations = append(a.Citations, ca)
	}
	if r, ok := b.regions[o.Region]; ok {
		srcs := make([]string, 0, len(r.Sources))
		for _, s := range r.Sources {
			if lw, ok := b.laws[s]; ok {
				srcs = append(srcs, lw.Short.In(lang))
			}
		}
		sep := "; "
		if lang == Zh {
			sep = "；"
		}
		a.Region = RegionAns{ID: r.ID, Name: r.Name.In(lang), Source: strings.Join(srcs, sep), CheckedOn: r.CheckedOn,
			Fallback: o.RegionFallback}
	}
	return a
}

// Render writes the answer for o in lang and format.
func (b *Base) Render(o *rules.Outcome, lang Lang, format Format) (string, error) {
	a := b.BuildAnswer(o, lang)
	switch format {
	case FormatJSON:
		data, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return "", err
		}
		return string(data) + "\n", nil
	case FormatMarkdown:
		return b.renderText(&a, o, lang, true), nil
	default:
		return b.renderText(&a, o, lang, false), nil
	}
}

// renderText writes plain text (pastes cleanly anywhere) or Markdown
// (headings and lists) from the same structure, so the two never disagree.
func (b *Base) renderText(a *Answer, o *rules.Outcome, lang Lang, md bool) string {
	var sb strings.Builder
	sb.Grow(4096)
	v := b.values(o, lang)
	msg := func(key string) string { return b.Msg(lang, key) }
	colon := ": "
	if lang == Zh {
		colon = "："
	}
	heading := func(s string) {
		if sb.Len() > 0 {
			sb.WriteString("\n")
		}
		if md {
			sb.WriteString("## ")
			sb.WriteString(s)
		} else {
			sb.WriteString(s)
			sb.WriteString(colon[:len(colon)])
		}
		sb.WriteString("\n")
	}
	bullet := func(num int) {
		if num > 0 {
			sb.WriteString(itoa(num))
			sb.WriteString(". ")
		} else {
			sb.WriteString("- ")
		}
	}
	line := func(num int, label, value string) {
		bullet(num)
		if label != "" {
			if md {
				sb.WriteString("**")
				sb.WriteString(label)
				sb.WriteString("**")
			} else {
				sb.WriteString(label)
			}
			if value != "" {
				sb.WriteString(colon)
			}
		}
		sb.WriteString(value)
		sb.WriteString("\n")
	}
	yesNo := func(x bool) string {
		if x {
			return msg("answer.yes")
		}
		return msg("answer.no")
	}
	filled := func(key string) string {
		var t strings.Builder
		fill(&t, msg(key), v)
		return t.String()
	}

	// Title and verdict.
	if md {
		sb.WriteString("# ")
	}
	sb.WriteString(msg("answer.title"))
	sb.WriteString("\n\n")
	if md {
		sb.WriteString("**")
	}
	sb.WriteString(msg("answer.verdict"))
	sb.WriteString(colon)
	sb.WriteString(a.VerdictName)
	if md {
		sb.WriteString("**")
	}
	sb.WriteString("\n")
	sb.WriteString(a.VerdictText)
	sb.WriteString("\n")

	// Region and its sources.
	sb.WriteString("\n")
	sb.WriteString(msg("answer.region"))
	sb.WriteString(colon)
	sb.WriteString(a.Region.Name)
	sb.WriteString("\n")
	sb.WriteString(msg("answer.region_sources"))
	sb.WriteString(colon)
	sb.WriteString(a.Region.Source)
	sb.WriteString(" (")
	sb.WriteString(a.Region.CheckedOn.String())
	sb.WriteString(")\n")

	// Coverage.
	working := o.FirstUnpaid != nil || o.ResumesOn != nil
	if working {
		heading(msg("answer.coverage"))
		if o.FirstUnpaid != nil {
			line(0, filled("answer.gap"), "")
		}
		if o.StoppedOn != nil {
			line(0, msg("answer.stopped_on"), o.StoppedOn.String())
		}
		if o.ResumesOn != nil {
			line(0, msg("answer.resumes_on"), o.ResumesOn.String())
		}
		if o.WaitingMonths > 0 {
			key := "answer.waiting"
			if o.WaitingIsMaximum {
				key = "answer.waiting_max"
			}
			line(0, filled(key), "")
		}
		if o.Path != rules.PathResidentNewborn && o.Path != rules.PathResidentRenewal {
			line(0, msg("answer.retroactive"), yesNo(o.Retroactive))
		}
		if o.Facts.Scheme == rules.SchemeEmployee {
			line(0, msg("answer.personal_account"), yesNo(o.PersonalAccountUsable))
		}
	}
	// Retirement.
	if a.Retirement != nil {
		heading(msg("answer.retirement"))
		switch {
		case o.RequiredYears == nil:
			line(0, msg("answer.required_years"), msg("answer.unknown"))
		case o.RequirementIsMaximum:
			line(0, filled("answer.required_years_max"), "")
		default:
			line(0, msg("answer.required_years"), o.RequiredYears.String())
		}
		if o.ShortfallMonths > 0 {
			line(0, filled("answer.shortfall"), "")
		}
	}
	// Money.
	if o.LateFeeApplies || o.Estimate != nil || o.MonthlyAmount != nil || o.FineMin != nil {
		heading(msg("answer.money"))
		if o.LateFee != nil {
			line(0, filled("answer.late_fee"), "")
		}
		if o.MonthlyAmount != nil {
			line(0, filled("answer.monthly"), "")
		}
		if o.Estimate != nil {
			line(0, filled("answer.estimate"), "")
		}
		if o.FineMin != nil {
			line(0, filled("answer.fine"), "")
		}
	} else if o.Facts.Scheme == rules.SchemeEmployee && o.Facts.Payer == rules.PayerIndividual {
		heading(msg("answer.money"))
		line(0, msg("answer.no_late_fee"), "")
	}
	list := func(key string, items []NamedText, numbered, names bool) {
		if len(items) == 0 {
			return
		}
		heading(msg(key))
		for i, it := range items {
			n := 0
			if numbered {
				n = i + 1
			}
			if names && it.Name != "" {
				line(n, it.Name, it.Text)
			} else {
				line(n, "", it.Text)
			}
		}
	}
	list("answer.documents", a.Documents, true, true)
	if len(a.Channels) > 0 {
		heading(msg("answer.channels"))
		for _, kind := range []string{"online", "in-person", "phone"} {
			for _, c := range a.Channels {
				if c.Kind != kind {
					continue
				}
				line(0, msg("answer.channel."+kind)+" · "+c.Name, c.Text)
			}
		}
	}
	list("answer.steps", a.Steps, true, false)
	if a.Agreement != nil {
		heading(msg("answer.agreement"))
		line(0, "", a.Agreement.Text)
	}
	list("answer.consequences", a.Consequences, false, false)
	list("answer.notes", a.Notes, false, false)
	if len(a.Citations) > 0 {
		heading(msg("answer.citations"))
		for _, c := range a.Citations {
			line(0, c.Label, c.Summary)
		}
	}
	sb.WriteString("\n")
	fill(&sb, msg("answer.version"), v)
	sb.WriteString(" ")
	sb.WriteString(b.Version.CheckedOn.String())
	sb.WriteString("\n")
	return sb.String()
}
