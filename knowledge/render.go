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
	"required_years", "shortfall_months", "region", "today", "due_date", "arrears", "deadline_days", "version",
	"date", "if_late", "resumes_earliest", "resumes_latest", "window_closed", "stop_day", "restart_day",
	"years_paid", "local_years_paid", "min_local_years", "arrears_monthly", "stop_eve", "premium_year",
	"local_shortfall_months", "city", "base_from", "resumes_first", "benefit_ended", "latest_paid_by",
	"arrears_paid", "gap_ended", "paid_back", "pay_month", "arrears_before_leaving"}

// RequiredMessages are the message keys the answer renderer uses.
var RequiredMessages = []string{
	"case.benefit_until",
	"answer.title", "answer.region_assumed", "answer.repay_assumed", "answer.verdict", "answer.region", "answer.region_sources", "answer.coverage",
	"answer.gap", "answer.stopped_on", "answer.stopped_on_estimate", "answer.resumes_on", "answer.resumes_on_paid", "answer.starts_on", "answer.starts_from", "answer.starts_resident_wait42a", "answer.waiting", "answer.waiting_max",
	"answer.retroactive", "answer.personal_account", "answer.money", "answer.late_fee", "answer.no_late_fee",
	"answer.estimate", "answer.estimate_unit", "answer.monthly", "answer.fine", "answer.retirement", "answer.required_years",
	"answer.required_years_max", "answer.shortfall", "answer.documents", "answer.channels",
	"answer.channel.online", "answer.channel.in-person", "answer.channel.phone", "answer.steps",
	"answer.agreement", "answer.consequences", "answer.notes", "answer.citations", "answer.version",
	"answer.yes", "answer.no", "answer.unknown", "answer.yuan",
	"answer.depends", "answer.deadlines", "answer.no_date", "answer.open", "answer.ask_locally",
	"answer.resumes_range", "answer.resumes_range_by", "answer.resumes_from", "answer.shortfall_min", "answer.shortfall_max", "answer.shortfall_min_ceiling",
	"answer.late_fee_max", "answer.unused", "answer.monthly_min", "answer.local_shortfall",
	"answer.expired", "answer.not_yet_in_force", "answer.retirement_city", "answer.resumes_next_year",
	"answer.resumes_range_over", "answer.resumes_latest_paid_back",
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
	Verdict     string `json:"verdict"`
	VerdictName string `json:"verdict_name"`
	VerdictText string `json:"verdict_text"`
	Path        string `json:"path"`
	// Deadlines come first in every surface: what to do by when.
	Deadlines     []DeadlineAns     `json:"deadlines"`
	OpenQuestions []OpenQuestionAns `json:"open_questions"`
	// AskLocally are the exact questions to put to 12393 where the sources
	// do not settle a point for the region.
	AskLocally   []NamedText    `json:"ask_locally"`
	BackPayment  BackPayment    `json:"back_payment"`
	Coverage     Coverage       `json:"coverage"`
	Retirement   *RetirementAns `json:"retirement,omitempty"`
	Documents    []NamedText    `json:"documents"`
	Channels     []NamedText    `json:"channels"`
	Steps        []NamedText    `json:"steps"`
	Agreement    *NamedText     `json:"agreement"`
	Consequences []NamedText    `json:"consequences"`
	Notes        []NamedText    `json:"notes"`
	// UnusedFacts are facts given that this answer does not use, with why.
	UnusedFacts []UnusedAns   `json:"unused_facts"`
	Citations   []CitationAns `json:"citations"`
	// Treatment is present when a planned treatment day was given.
	Treatment *TreatmentAns `json:"treatment,omitempty"`
	Region    RegionAns     `json:"region"`
	Facts     rules.Facts   `json:"facts"`
	Today     rules.Date    `json:"today"`
	Lang      Lang          `json:"lang"`
	Knowledge Version       `json:"knowledge"`

	// vals fills the placeholders of labels in Outline from the same
	// outcome the answer was built from.
	vals *values
}

// DeadlineAns is one deadline; Date is null when it runs from a date the
// person has not given or the city sets.
type DeadlineAns struct {
	Date *string `json:"date"`
	ID   string  `json:"id"`
	Text string  `json:"text"`
	// ResumesIfLate is when cover would resume if paid just after Date.
	ResumesIfLate *string `json:"resumes_if_late"`
}

// OpenQuestionAns is a fact the answer depends on that was not given.
type OpenQuestionAns struct {
	Fact     string `json:"fact"`
	Question string `json:"question"`
	Why      string `json:"why"`
}

// BackPayment is the money part of an answer; amounts are decimal strings.
// Allowed is null where the sources do not settle it for the region.
type BackPayment struct {
	Allowed          *bool   `json:"allowed"`
	LateFee          bool    `json:"late_fee"`
	LateFeeAmount    *string `json:"late_fee_amount"`
	LateFeeIsMaximum bool    `json:"late_fee_is_maximum"`
	LateFeeDays      int     `json:"late_fee_days"`
	Estimate         *string `json:"estimate"`
	EstimateMonths   int     `json:"estimate_months"`
	MonthlyAmount    *string `json:"monthly_amount"`
	// MonthlyIsMinimum: no base given; the amount is the least a month
	// costs, on the region's lowest base.
	MonthlyIsMinimum bool    `json:"monthly_is_minimum"`
	FineMin          *string `json:"fine_min"`
	FineMax          *string `json:"fine_max"`
}

// Coverage is the benefits part of an answer; dates are YYYY-MM-DD. A null
// resumes_on means the date depends on something unsettled: resumes_earliest
// and resumes_latest bound it (latest null when nothing does). Retroactive
// and personal_account_usable are null where the sources do not settle them.
type Coverage struct {
	GapMonths   int     `json:"gap_months"`
	FirstUnpaid *string `json:"first_unpaid"`
	StoppedOn   *string `json:"stopped_on"`
	// StoppedOnIsEstimate: stopped_on is this product's convention (the
	// 1st of the month after the first unpaid one), not a day a source
	// gives for the region; ask 12393 for the real one (R16-U1).
	StoppedOnIsEstimate bool    `json:"stopped_on_is_estimate"`
	ResumesOn           *string `json:"resumes_on"`
	ResumesEarliest     *string `json:"resumes_earliest"`
	ResumesLatest       *string `json:"resumes_latest"`
	// LatestIfPaidBy: resumes_latest is the region's date only for paying
	// (or being registered by the employer) by this day; null where it
	// does not depend on it (audit round 4, R4-M1).
	LatestIfPaidBy        *string `json:"latest_if_paid_by"`
	WaitingMonths         int     `json:"waiting_months"`
	WaitingIsMaximum      bool    `json:"waiting_is_maximum"`
	Retroactive           *bool   `json:"retroactive"`
	PersonalAccountUsable *bool   `json:"personal_account_usable"`
}

// TreatmentAns says whether the planned treatment day is covered: covered
// is null where it is not settled (or depends on paying as the answer says).
type TreatmentAns struct {
	Date    string `json:"date"`
	Covered *bool  `json:"covered"`
	Why     string `json:"why"`
	Text    string `json:"text"`
	// PayBy: for why "if-paid-by", the last day to pay (or be registered)
	// for the day to be covered under the region's rule.
	PayBy *string `json:"pay_by,omitempty"`
	// Until: the span's last day, when a span was named ("下周"); Date
	// is its first.
	Until *string `json:"until,omitempty"`
	// Split: for why "span-split", the first day judged as Later; First
	// judges the days before it.
	Split *string       `json:"split,omitempty"`
	First *TreatmentAns `json:"first,omitempty"`
	Later *TreatmentAns `json:"later,omitempty"`
}

// treatmentAns words the outcome's judgement of a treatment day.
func (b *Base) treatmentAns(o *rules.Outcome, lang Lang) *TreatmentAns {
	t := o.Treatment
	if t == nil {
		return nil
	}
	return b.treatmentPart(o, t, t.On, t.Until, lang)
}

// treatmentPart words one judgement over the days from..until (until nil:
// the one day).
func (b *Base) treatmentPart(o *rules.Outcome, t *rules.Treatment, from rules.Date, until *rules.Date, lang Lang) *TreatmentAns {
	a := &TreatmentAns{Date: from.String(), Covered: t.Covered.Ptr(), Why: t.Why, PayBy: datePtr(t.By), Until: datePtr(until)}
	days := from.String()
	if until != nil && from.Before(*until) {
		days = b.Msgf(lang, "treatment.days", "from", from.String(), "until", until.String())
	} else if from == o.Today {
		days = b.Msgf(lang, "treatment.today", "date", days) // fix46e: "today (2026-12-08)"
	}
	if t.Why == rules.TreatSpanSplit && t.Split != nil && t.First != nil && t.Later != nil {
		before := t.Split.AddDays(-1)
		a.Split = datePtr(t.Split)
		a.First = b.treatmentPart(o, t.First, from, &before, lang)
		a.Later = b.treatmentPart(o, t.Later, *t.Split, until, lang)
		// The parts in short: the dates they hinge on are on the
		// benefits line above.
		a.First.Text, a.Later.Text = b.spanPartText(o, t.First, a.First, false, lang), b.spanPartText(o, t.Later, a.Later, true, lang)
		a.Text = b.Msgf(lang, "treatment.span-split", "date", from.String(), "until", dateStr(until),
			"first", a.First.Text, "later", a.Later.Text)
		return a
	}
	key := "treatment." + t.Why
	if t.Why == rules.TreatAfterResume && o.Path == rules.PathFirstEnrolment {
		key = "treatment.after-start" // never insured: nothing resumes
	}
	key = firstStartKey34d(o, key) // firstkey34d.go
	if t.Why == rules.TreatTransferBackPay && o.Region == "guangdong" {
		key = "treatment.transfer-back-pay-gd" // 粤医保规〔2022〕6号 art. 12 named too
	}
	a.Text = b.Msgf(lang, key, "date", days, "stopped", dateStr(firstDate(o.StoppedOn, o.MoveStop45a())), "by", dateStr(t.By),
		"resumes", dateStr(firstDate(o.ResumesOn, o.ResumesLatest, o.ResumesEarliest)),
		"earliest", dateStr(firstDate(o.ResumesOn, o.ResumesEarliest)))
	return a
}

// spanPartText words one part of a split span briefly ("From D" for the
// last); a part split again keeps its own wording.
func (b *Base) spanPartText(o *rules.Outcome, t *rules.Treatment, a *TreatmentAns, last bool, lang Lang) string {
	if t.Why == rules.TreatSpanSplit {
		return a.Text
	}
	days := a.Date
	switch {
	case last:
		days = b.Msgf(lang, "treatment.from", "from", a.Date)
	case a.Until != nil && *a.Until != a.Date:
		days = b.Msgf(lang, "treatment.days", "from", a.Date, "until", *a.Until)
	}
	return b.Msgf(lang, firstStartKey34d(o, "treatment.part."+t.Why), "date", days, "by", dateStr(t.By))
}

func firstDate(ds ...*rules.Date) *rules.Date {
	for _, d := range ds {
		if d != nil {
			return d
		}
	}
	return nil
}

// RetirementAns is present for people at retirement age.
type RetirementAns struct {
	RequiredYears        *string `json:"required_years"`
	RequirementIsMaximum bool    `json:"requirement_is_maximum"`
	ShortfallMonths      int     `json:"shortfall_months"`
	// ShortfallIsMinimum: local years not given, the shortfall may be more.
	ShortfallIsMinimum bool `json:"shortfall_is_minimum"`
	// LocalShortfallMonths: missing years to be paid in the retirement city.
	LocalShortfallMonths int `json:"local_shortfall_months"`
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
	// Assumed: no region was given; the national rules answered.
	Assumed bool `json:"assumed"`
}

// values holds an outcome's placeholder values, formatted once per render.
type values struct {
	o      *rules.Outcome
	p      rules.Policy
	region string
	place  string
	// city stands for the retirement city when none was named.
	city string
	lang Lang
	ver  string
	// dl is the deadline a deadline text is filled for.
	dl     *rules.Deadline
	cache  [48]string
	filled [48]bool
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
	case "resumes_first":
		// The resume date, or the earliest of a range: for texts that say
		// "not before" (audit round 2: a wait counted from the payment day).
		s = dateStr(o.ResumesOn)
		if o.ResumesOn == nil {
			s = dateStr(o.ResumesEarliest)
		}
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
		if o.RequiredYears != nil {
			s = o.RequiredYears.String()
		}
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
		if n := v.p.UnitArrears.OrderDeadlineDays; n > 0 {
			s = itoa(n)
		}
	case "version":
		s = v.ver
	case "date":
		if v.dl != nil {
			s = dateStr(v.dl.On)
		}
	case "if_late":
		if v.dl != nil {
			s = dateStr(v.dl.IfLate)
		}
	case "resumes_earliest":
		s = dateStr(o.ResumesEarliest)
	case "resumes_latest":
		s = dateStr(o.ResumesLatest)
	case "latest_paid_by":
		s = dateStr(o.LatestIfPaidBy)
	case "window_closed":
		s = dateStr(o.WindowClosedOn)
	case "stop_day":
		s = itoa(v.p.BenefitDays.Stop())
	case "restart_day":
		// The resident scheme's dates fall on the 1st (rules.resident);
		// the region's restart day is for the employee scheme.
		s = itoa(v.p.BenefitDays.Restart())
		if o.Facts.Scheme == rules.SchemeResident {
			s = "1"
		}
	case "years_paid":
		s = decPlain(o.Facts.YearsPaid)
	case "local_years_paid":
		s = decPlain(o.Facts.LocalYearsPaid)
	case "min_local_years":
		s = decPlain(v.p.Retirement.MinLocalYears)
	case "arrears_monthly":
		s = decStr(o.Facts.ArrearsMonthly)
	case "stop_eve":
		if o.StoppedOn != nil {
			s = o.StoppedOn.AddDays(-1).String()
		}
	case "base_from":
		s = dateStr(v.p.Individual.BaseFrom)
	case "city":
		// The city the person named (深圳); a province is not where the
		// local years are paid (Guangdong art. 8: the retirement city),
		// so without a city the answer says "the city where you retire".
		s = v.city
		if o.Facts.Place != "" && v.place != "" && !strings.Contains(v.place, v.region) {
			s = v.place
		}
	case "local_shortfall_months":
		s = itoa(o.LocalShortfallMonths)
	case "benefit_ended":
		if o.Facts.BenefitEnded != nil {
			s = o.Facts.BenefitEnded.String()
		}
	case "arrears_before_leaving":
		if o.Facts.ArrearsBeforeLeaving != nil {
			s = itoa(*o.Facts.ArrearsBeforeLeaving)
		}
	case "arrears_paid":
		if o.Facts.ArrearsPaid != nil {
			s = o.Facts.ArrearsPaid.String()
		}
	case "pay_month":
		if o.Facts.PayDate != nil {
			s = o.Facts.PayDate.MonthOf().String()
		}
	case "paid_back":
		if o.Facts.PaidBack != nil {
			s = o.Facts.PaidBack.String()
		}
	case "gap_ended":
		if o.Facts.GapEnded != nil {
			s = o.Facts.GapEnded.String()
		}
	case "premium_year":
		if o.Facts.PremiumYear != nil {
			s = itoa(*o.Facts.PremiumYear)
		}
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

func decPlain(d *decimal.Decimal) string {
	if d == nil {
		return ""
	}
	return d.String()
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
	if v == nil {
		b.WriteString(s)
		return
	}
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
		name, forms, plural := strings.Cut(s[i+1:i+j], "|")
		if val, ok := v.get(name); ok {
			b.WriteString(val)
			if plural {
				// {n|month|months}: the number and the word in the right
				// number, for languages that inflect.
				one, many, _ := strings.Cut(forms, "|")
				b.WriteString(" ")
				if val == "1" {
					b.WriteString(one)
				} else {
					b.WriteString(many)
				}
			}
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
	v := &values{o: o, lang: lang, ver: b.Version.Hash, city: b.Msg(lang, "answer.retirement_city")}
	if r, ok := b.regions[o.Region]; ok {
		v.region = r.Name.In(lang)
	}
	if o.Facts.Place != "" {
		v.place = b.PlaceDisplay(o.Facts.Place, lang)
	}
	v.p, _ = b.Policy(o.Region)
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
		name, _, _ := strings.Cut(s[i+1:i+j], "|")
		out = append(out, name)
		s = s[i+j+1:]
	}
}

// BuildAnswer turns an outcome into the structured answer in lang.
func (b *Base) BuildAnswer(o *rules.Outcome, lang Lang) Answer {
	v := b.values(o, lang)
	text := func(s string) string {
		if strings.IndexByte(s, '{') < 0 {
			return s
		}
		var sb strings.Builder
		fill(&sb, s, v)
		return sb.String()
	}
	a := Answer{
		Verdict: string(o.Verdict), Path: string(o.Path), Facts: o.Facts, Today: o.Today, Lang: lang,
		Knowledge: b.Version, vals: v,
		BackPayment: BackPayment{
			Allowed: o.BackPayAllowed.Ptr(), LateFee: o.LateFeeApplies, LateFeeAmount: decPtr(o.LateFee),
			LateFeeIsMaximum: o.LateFeeIsMaximum,
			LateFeeDays:      o.LateFeeDays, Estimate: decPtr(o.Estimate), EstimateMonths: o.EstimateMonths,
			MonthlyAmount: decPtr(o.MonthlyAmount), MonthlyIsMinimum: o.MonthlyIsMinimum,
			FineMin: decPtr(o.FineMin), FineMax: decPtr(o.FineMax),
		},
		Coverage: Coverage{
			GapMonths: o.GapMonths, StoppedOn: datePtr(o.StoppedOn), StoppedOnIsEstimate: StopIsEstimate(o), ResumesOn: datePtr(o.ResumesOn),
			ResumesEarliest: datePtr(o.ResumesEarliest), ResumesLatest: datePtr(o.ResumesLatest),
			LatestIfPaidBy: datePtr(o.LatestIfPaidBy),
			WaitingMonths:  o.WaitingMonths, WaitingIsMaximum: o.WaitingIsMaximum, Retroactive: o.Retroactive.Ptr(),
			PersonalAccountUsable: o.PersonalAccountUsable.Ptr(),
		},
		Documents: []NamedText{}, Channels: []NamedText{}, Steps: []NamedText{}, UnusedFacts: b.unusedFacts(o, lang),
		Deadlines: make([]DeadlineAns, 0, len(o.Deadlines)), OpenQuestions: make([]OpenQuestionAns, 0, len(o.OpenQuestions)),
	}
	for i := range o.Deadlines {
		d := &o.Deadlines[i]
		it, ok := b.items["deadlines"][d.ID]
		if !ok {
			continue
		}
		dv := *v
		dv.dl, dv.filled = d, [48]bool{}
		var sb strings.Builder
		fill(&sb, it.Text.In(lang), &dv)
		a.Deadlines = append(a.Deadlines, DeadlineAns{Date: datePtr(d.On), ID: d.ID, Text: sb.String(), ResumesIfLate: datePtr(d.IfLate)})
	}
	for _, q := range o.OpenQuestions {
		oq := OpenQuestionAns{Fact: string(q.Fact)}
		if it, ok := b.items["questions"][strings.ReplaceAll(string(q.Fact), "_", "-")]; ok {
			oq.Question = text(it.Text.In(lang))
		}
		if it, ok := b.items["open"][q.Why]; ok {
			oq.Why = text(it.Text.In(lang))
		}
		a.OpenQuestions = append(a.OpenQuestions, oq)
	}
	if o.FirstUnpaid != nil {
		s := o.FirstUnpaid.String()
		a.Coverage.FirstUnpaid = &s
	}
	a.Treatment = b.treatmentAns(o, lang)
	if vi, ok := b.verdictItem(o); ok {
		a.VerdictName, a.VerdictText = text(vi.Name.In(lang)), text(vi.Text.In(lang))
	}
	if o.Path == rules.PathRetirementMet || o.Path == rules.PathRetirementShort || o.Path == rules.PathRetirementUnknown {
		a.Retirement = &RetirementAns{RequirementIsMaximum: o.RequirementIsMaximum, ShortfallMonths: o.ShortfallMonths,
			LocalShortfallMonths: o.LocalShortfallMonths,
			ShortfallIsMinimum:   o.ShortfallIsMinimum}
		if o.RequiredYears != nil {
			y := o.RequiredYears.String()
			a.Retirement.RequiredYears = &y
		}
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
	a.Citations = make([]CitationAns, 0, len(o.Citations))
	a.Documents = named("documents", o.Documents)
	a.Channels = named("channels", o.Channels)
	a.Steps = named("steps", o.Steps)
	a.Consequences = named("consequences", o.Consequences)
	a.Notes = append(named("notes", o.Notes), b.validityNotes(o, lang)...)
	a.AskLocally = named("unknowns", o.AskLocally)
	if o.Agreement != "" {
		if ag := named("agreements", []string{o.Agreement}); len(ag) == 1 {
			a.Agreement = &ag[0]
		}
	}
	for _, c := range o.Citations {
		ca := CitationAns{Law: c.Law, Section: c.Section, Label: b.citeLabel(c, lang), Summary: b.CitationSummary(c, lang)}
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
			Fallback: o.RegionFallback, Assumed: o.RegionAssumed}
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
		return b.renderText(&a, lang, true), nil
	default:
		return b.renderText(&a, lang, false), nil
	}
}
