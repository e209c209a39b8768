package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The fact schema: one row per fact, the only place a fact is described.
// Every surface derives from it — the ask flags, the JSON and form keys,
// ParseFacts, the chat's buttons, validation of button data, what a change
// clears, which questions are asked, and the page's show rules — so adding
// a fact is one row here, the rule that uses it, and its texts.
//
// The rows are in question order, and a row's When refers only to earlier
// rows. That makes relevance one forward pass and lets the page's script
// evaluate the same graph (see When.Rule).

// Kind is how a fact's value is written.
type Kind uint8

// Kinds of facts.
const (
	KindEnum   Kind = iota + 1 // one of Values
	KindBool                   // true or false
	KindCount                  // a whole number from 0 to Max
	KindYears                  // years from 0 to Max, up to two decimals
	KindAmount                 // yuan, up to two decimals, at most MaxAmount
	KindMonth                  // YYYY-MM
	KindDate                   // YYYY-MM-DD, 1990 to 2100
	KindPlace                  // a region ID or a place name; the knowledge base resolves it
)

var kindNames = map[Kind]string{KindEnum: "enum", KindBool: "bool", KindCount: "count", KindYears: "years",
	KindAmount: "amount", KindMonth: "month", KindDate: "date", KindPlace: "place"}

func (k Kind) String() string { return kindNames[k] }

// Need says what a missing fact does to an answer.
type Need uint8

// Needs.
const (
	// NeedRequired: nothing can be decided without it. The chat asks it;
	// ask and the API report it missing.
	NeedRequired Need = iota + 1
	// NeedDecisive: the outcome depends on it, but an answer can be given
	// both ways. The chat asks it and lets people skip; ask and the API
	// answer with an open question.
	NeedDecisive
	// NeedOptional refines an answer (a payment date, a base); it is
	// offered as a flag and a form field and never asked.
	NeedOptional
)

// Input names a fact about the region's policy that decides whether a
// question matters; conditions read inputs like facts.
type Input = Field

// Policy inputs the question graph reads.
const (
	// InputSexMatters: the region's retirement requirement differs by sex.
	InputSexMatters Input = "region_sex_matters"
	// InputLocalYears: the region requires years paid locally at retirement.
	InputLocalYears Input = "region_local_years"
)

// Inputs are the values of the policy inputs for one region.
type Inputs struct {
	SexMatters bool
	LocalYears bool
}

// InputsOf reads the policy inputs from a region's policy.
func InputsOf(p Policy) Inputs {
	return Inputs{SexMatters: p.Retirement.BySex(),
		LocalYears: p.Retirement.MinLocalYears != nil || p.Retirement.LocalYearsRequired}
}

func (in Inputs) value(i Input) string {
	var b bool
	switch i {
	case InputSexMatters:
		b = in.SexMatters
	case InputLocalYears:
		b = in.LocalYears
	}
	return strconv.FormatBool(b)
}

// Cond is one clause of a condition: the fact (or input) is relevant and
// holds one of Values ("" means not given), or, with Positive, holds a
// whole number above zero. Not turns "one of" into "none of". Raw compares
// the value as given, whether or not the fact matters, and may name any
// row: it breaks the one cycle of the graph (a person drawing unemployment
// benefit is asked neither who pays nor how long the gap is, yet the
// reason is otherwise asked only of people whose employer paid).
type Cond struct {
	Fact     Field
	Values   []string
	Positive bool
	Not      bool
	Raw      bool
}

// When is a condition: any alternative holds when all its clauses hold. An
// empty When always holds.
type When [][]Cond

// Fact describes one fact.
type Fact struct {
	// Field names the question: button data, stored conversations and
	// events use it.
	Field Field
	// Key is the JSON, form and scenario key; the ask flag is Key with
	// dashes.
	Key  string
	Kind Kind
	// Values are an enum's values in the order they are offered.
	Values []string
	// Max bounds counts and years.
	Max  int
	Need Need
	// When says when the fact matters. Conditions name earlier rows only.
	When When
	// AltOf names the question this key answers in place of its own row
	// (a first unpaid month answers the gap).
	AltOf Field
	// Presets are the numbers offered as buttons for counts and years.
	Presets []int
	// DecisiveWhen narrows a decisive fact: where it does not hold, the
	// fact is only optional (used when given, never asked). A move to
	// another city decides a job change, and is used for anyone else in
	// the employee scheme who says they moved.
	DecisiveWhen When

	get   func(*Facts) string
	set   func(*Facts, string)
	clear func(*Facts)
}

// Flag is the fact's ask flag name, without dashes in front.
func (d *Fact) Flag() string { return strings.ReplaceAll(d.Key, "_", "-") }

// Question is the field a conversation asks to get this fact.
func (d *Fact) Question() Field {
	if d.AltOf != "" {
		return d.AltOf
	}
	return d.Field
}

// Get returns the fact's value in canonical form, "" when not given.
func (d *Fact) Get(f *Facts) string { return d.get(f) }

// Clear forgets the fact.
func (d *Fact) Clear(f *Facts) { d.clear(f) }

// Set parses raw (as Parse) and stores it.
func (d *Fact) Set(f *Facts, raw string) error {
	v, err := d.Parse(raw)
	if err != nil {
		return err
	}
	d.set(f, v)
	return nil
}

// IsSet reports whether the fact's question is answered (by this key or
// by the key that stands in for it).
func (d *Fact) IsSet(f *Facts) bool {
	if d.get(f) != "" {
		return true
	}
	for _, alt := range Schema {
		if alt.AltOf == d.Field && alt.get(f) != "" {
			return true
		}
	}
	return false
}

// ValueError says why a value cannot be used for a fact.
type ValueError struct {
	Key    string
	Value  string
	Reason string
}

func (e *ValueError) Error() string { return fmt.Sprintf("%s %q: %s", e.Key, e.Value, e.Reason) }

// Parse checks a value as people and scripts write it (full-width digits,
// "12,000元", "yes", "是") and returns it in canonical form.
func (d *Fact) Parse(raw string) (string, error) {
	s := strings.TrimSpace(foldWidth(raw))
	bad := func(format string, a ...any) (string, error) {
		return "", &ValueError{Key: d.Key, Value: raw, Reason: fmt.Sprintf(format, a...)}
	}
	switch d.Kind {
	case KindEnum:
		v := strings.ToLower(s)
		if slices.Contains(d.Values, v) {
			return v, nil
		}
		return bad("want one of %s", strings.Join(d.Values, ", "))
	case KindBool:
		switch strings.ToLower(s) {
		case "true", "yes", "y", "1", "是":
			return "true", nil
		case "false", "no", "n", "0", "否":
			return "false", nil
		}
		return bad("want true or false")
	case KindCount:
		n, err := strconv.Atoi(s)
		if err != nil || len(s) > 4 || n < 0 || n > d.Max {
			return bad("want a whole number from 0 to %d", d.Max)
		}
		return strconv.Itoa(n), nil
	case KindYears:
		y, err := ParseYears(s)
		if err != nil || y.GreaterThan(decimal.NewFromInt(int64(d.Max))) {
			return bad("want years from 0 to %d, e.g. 15 or 15.5", d.Max)
		}
		return y.String(), nil
	case KindAmount:
		a, err := ParseAmount(s)
		if err != nil || a.GreaterThan(MaxAmount) {
			return bad("want yuan from 0 to %s, e.g. 12000 or 12000.50", MaxAmount)
		}
		return a.String(), nil
	case KindMonth:
		m, err := ParseMonth(s)
		if err != nil || m.Year < MinYear || m.Year > MaxYear {
			return bad("want a month YYYY-MM from %d to %d", MinYear, MaxYear)
		}
		return m.String(), nil
	case KindDate:
		t, err := ParseDay(s)
		if err != nil {
			return bad("want a date YYYY-MM-DD from %d to %d", MinYear, MaxYear)
		}
		return t.String(), nil
	case KindPlace:
		v := strings.ToLower(s)
		if v == "" || len(v) > 64 {
			return bad("want a region or a place name")
		}
		return v, nil
	}
	return bad("unknown kind")
}

// Valid reports whether v is a canonical value of the fact.
func (d *Fact) Valid(v string) bool {
	c, err := d.Parse(v)
	return err == nil && c == v
}

// Describe says what a fact accepts, for people reading an error or the
// help of a tool that has no translated text for it.
func (d *Fact) Describe() string {
	switch d.Kind {
	case KindEnum:
		return strings.Join(d.Values, " | ")
	case KindBool:
		return "true | false"
	case KindCount:
		return fmt.Sprintf("a whole number, 0 to %d", d.Max)
	case KindYears:
		return fmt.Sprintf("years, e.g. 15 or 15.5, 0 to %d", d.Max)
	case KindAmount:
		return "an amount in yuan, e.g. 12000 or 12000.50"
	case KindMonth:
		return "YYYY-MM, not after the current month"
	case KindDate:
		return fmt.Sprintf("YYYY-MM-DD, %d to %d", MinYear, MaxYear)
	case KindPlace:
		return "a region ID (national, shanghai, zhejiang, guangdong) or a place name"
	}
	return ""
}

// Years dates may fall in: earlier or later dates are typing mistakes, and
// would make the month arithmetic produce nonsense.
const (
	MinYear = 1990
	MaxYear = 2100
)

func enumRow[T ~string](field Field, values []T, need Need, when When, ptr func(*Facts) *T) *Fact {
	return &Fact{Field: field, Key: string(field), Kind: KindEnum, Values: strs(values), Need: need, When: when,
		get:   func(f *Facts) string { return string(*ptr(f)) },
		set:   func(f *Facts, v string) { *ptr(f) = T(v) },
		clear: func(f *Facts) { *ptr(f) = "" }}
}

func boolRow(field Field, need Need, when When, ptr func(*Facts) **bool) *Fact {
	return &Fact{Field: field, Key: string(field), Kind: KindBool, Values: []string{"true", "false"}, Need: need, When: when,
		get: func(f *Facts) string {
			if p := *ptr(f); p != nil {
				return strconv.FormatBool(*p)
			}
			return ""
		},
		set:   func(f *Facts, v string) { b := v == "true"; *ptr(f) = &b },
		clear: func(f *Facts) { *ptr(f) = nil }}
}

func countRow(field Field, key string, max int, presets []int, need Need, when When, ptr func(*Facts) **int) *Fact {
	return &Fact{Field: field, Key: key, Kind: KindCount, Max: max, Presets: presets, Need: need, When: when,
		get: func(f *Facts) string {
			if p := *ptr(f); p != nil {
				return strconv.Itoa(*p)
			}
			return ""
		},
		set:   func(f *Facts, v string) { n, _ := strconv.Atoi(v); *ptr(f) = &n },
		clear: func(f *Facts) { *ptr(f) = nil }}
}

func decimalRow(field Field, kind Kind, max int, presets []int, need Need, when When, ptr func(*Facts) **decimal.Decimal) *Fact {
	return &Fact{Field: field, Key: string(field), Kind: kind, Max: max, Presets: presets, Need: need, When: when,
		get: func(f *Facts) string {
			if p := *ptr(f); p != nil {
				return p.String()
			}
			return ""
		},
		set:   func(f *Facts, v string) { d := decimal.RequireFromString(v); *ptr(f) = &d },
		clear: func(f *Facts) { *ptr(f) = nil }}
}

func dateRow(field Field, need Need, when When, ptr func(*Facts) **Date) *Fact {
	return &Fact{Field: field, Key: string(field), Kind: KindDate, Need: need, When: when,
		get: func(f *Facts) string {
			if p := *ptr(f); p != nil {
				return p.String()
			}
			return ""
		},
		set:   func(f *Facts, v string) { d, _ := ParseDate(v); *ptr(f) = &d },
		clear: func(f *Facts) { *ptr(f) = nil }}
}

func monthRow(field Field, need Need, when When, ptr func(*Facts) **Month) *Fact {
	return &Fact{Field: field, Key: string(field), Kind: KindMonth, Need: need, When: when,
		get: func(f *Facts) string {
			if p := *ptr(f); p != nil {
				return p.String()
			}
			return ""
		},
		set:   func(f *Facts, v string) { m, _ := ParseMonth(v); *ptr(f) = &m },
		clear: func(f *Facts) { *ptr(f) = nil }}
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// is builds a one-clause alternative list: fact holds one of values.
func is(fact Field, values ...string) []Cond { return []Cond{{Fact: fact, Values: values}} }

// notRaw is a clause on a value as given: the fact does not hold it.
func notRaw(fact Field, values ...string) []Cond {
	return []Cond{{Fact: fact, Values: values, Not: true, Raw: true}}
}

// and joins clauses into one alternative.
func and(alts ...[]Cond) []Cond { return slices.Concat(alts...) }

// Conditions shared by several rows.
var (
	whenEmployee = When{is(FieldScheme, string(SchemeEmployee))}
	// Who pays does not matter while the unemployment fund pays.
	whenWorking = When{and(is(FieldRetirement, string(RetirementWorking)), notRaw(FieldReason, string(ReasonUnemployment)))}
	whenAtAge   = When{is(FieldRetirement, string(RetirementAtAge))}
	whenArrears = When{is(FieldReason, string(ReasonArrears))}
	// A gap matters to working employees and to people leaving the
	// employee scheme for the resident one (a transfer, 43号).
	// A first enrolment has no gap.
	whenGap = When{and(is(FieldRetirement, string(RetirementWorking)), notRaw(FieldReason, string(ReasonUnemployment)), notFirst),
		and(is(FieldScheme, string(SchemeResident)), is(FieldPriorScheme, string(SchemeEmployee)), notFirst)}
	// Paying again also follows an ended unemployment benefit (audit
	// round 7 R9-W1).
	whenGapOrAfterBenefit = append(slices.Clone(whenGap),
		[]Cond{{Fact: FieldReason, Values: []string{string(ReasonUnemployment)}, Raw: true}, {Fact: FieldBenefitEnded, Values: []string{""}, Not: true, Raw: true}})
	whenNotNewborn = When{is(FieldNewborn, "false")}
	// whenFirstEmployee: a working employee's first enrolment.
	whenFirstEmployee = and(is(FieldScheme, string(SchemeEmployee)), is(FieldRetirement, string(RetirementWorking)),
		[]Cond{{Fact: FieldFirstEnrolment, Values: []string{"true"}, Raw: true}})
	whenResident = When{is(FieldScheme, string(SchemeResident))}
)

// notFirst: the person has been enrolled before (or did not say otherwise).
var notFirst = notRaw(FieldFirstEnrolment, "true")

// Schema lists every fact in question order.
var Schema = []*Fact{
	enumRow(FieldScheme, Schemes, NeedRequired, nil, func(f *Facts) *Scheme { return &f.Scheme }),
	// Stated, never asked: "I have never been insured".
	boolRow(FieldFirstEnrolment, NeedOptional, nil, func(f *Facts) **bool { return &f.FirstEnrolment }),
	enumRow(FieldRetirement, Retirements, NeedRequired, whenEmployee, func(f *Facts) *Retirement { return &f.Retirement }),
	enumRow(FieldPayer, Payers, NeedRequired, whenWorking, func(f *Facts) *Payer { return &f.Payer }),
	enumRow(FieldReason, Reasons, NeedRequired, When{and(is(FieldPayer, string(PayerUnit)), notFirst),
		and(is(FieldRetirement, string(RetirementWorking)), []Cond{{Fact: FieldReason, Values: []string{string(ReasonUnemployment)}, Raw: true}})},
		func(f *Facts) *Reason { return &f.Reason }),
	// Without it the unit is taken to operate; asked so a gone employer is
	// recognised.
	enumRow(FieldUnitStatus, UnitStatuses, NeedDecisive, whenArrears, func(f *Facts) *UnitStatus { return &f.UnitStatus }),
	// The transfer rule (43号 ①) applies to every employee-scheme member
	// who moves: asked of job changers, used for anyone who says so.
	func() *Fact {
		d := boolRow(FieldCrossCity, NeedDecisive, When{is(FieldReason, string(ReasonJobChange), string(ReasonLeftJob)),
			and(is(FieldPayer, string(PayerIndividual)), notFirst)}, func(f *Facts) **bool { return &f.CrossCity })
		d.DecisiveWhen = When{is(FieldReason, string(ReasonJobChange))}
		return d
	}(),
	// The region is the city the gap began in (fix36b): stated with a
	// move, never asked.
	boolRow(FieldGapBeganHere, NeedOptional, When{is(FieldCrossCity, "true")}, func(f *Facts) **bool { return &f.GapBeganHere }),
	// The region paying stopped in, beside the new one (fix45a): stated
	// with a move, never asked, and implies nothing (no When: a place
	// named before the move says nothing of whether the job change crossed
	// cities, which the person may leave open).
	{Field: FieldLeftRegion, Key: "left_region", Kind: KindPlace, Need: NeedOptional,
		get: func(f *Facts) string { return f.LeftRegion }, set: func(f *Facts, v string) { f.LeftRegion = v },
		clear: func(f *Facts) { f.LeftRegion = "" }},
	// Switching scheme is a refinement people state, never a question.
	enumRow(FieldPriorScheme, Schemes, NeedOptional, When{is(FieldPayer, string(PayerIndividual)),
		is(FieldReason, string(ReasonJobChange), string(ReasonLeftJob)), is(FieldScheme, string(SchemeResident))},
		func(f *Facts) *Scheme { return &f.PriorScheme }),
	countRow(FieldGap, "gap_months", MaxGapMonths, []int{1, 2, 3, 4, 6, 8, 12, 24}, NeedRequired, whenGap,
		func(f *Facts) **int { return &f.GapMonths }),
	{Field: FieldSince, Key: "since", Kind: KindMonth, Need: NeedRequired, When: whenGap, AltOf: FieldGap,
		get: func(f *Facts) string {
			if f.Since != nil {
				return f.Since.String()
			}
			return ""
		},
		set:   func(f *Facts, v string) { m, _ := ParseMonth(v); f.Since = &m },
		clear: func(f *Facts) { f.Since = nil }},
	boolRow(FieldNewborn, NeedRequired, When{and(is(FieldScheme, string(SchemeResident)), is(FieldPriorScheme, "", string(SchemeResident)), notFirst)},
		func(f *Facts) **bool { return &f.Newborn }),
	// Never required (issue 18): derived from the date where the region's
	// calendar is in the sources, otherwise answered both ways.
	boolRow(FieldInWindow, NeedDecisive, whenNotNewborn, func(f *Facts) **bool { return &f.InWindow }),
	countRow(FieldBrokenYears, string(FieldBrokenYears), MaxYears, []int{0, 1, 2, 3, 4, 5, 6}, NeedRequired, whenNotNewborn,
		func(f *Facts) **int { return &f.BrokenYears }),
	countRow(FieldRepayYears, string(FieldRepayYears), MaxYears, []int{0, 1, 2, 3, 4, 5, 6}, NeedRequired,
		When{{{Fact: FieldBrokenYears, Positive: true}}}, func(f *Facts) **int { return &f.RepayYears }),
	{Field: FieldRegion, Key: "region", Kind: KindPlace, Need: NeedRequired,
		// Asked once it is clear which rules apply to the person.
		When:  When{is(FieldRetirement, strs(Retirements)...), is(FieldScheme, string(SchemeResident))},
		get:   func(f *Facts) string { return f.Region },
		set:   func(f *Facts, v string) { f.Region = v },
		clear: func(f *Facts) { f.Region, f.Place = "", "" }},
	decimalRow(FieldYearsPaid, KindYears, MaxYears, []int{10, 15, 20, 25, 30}, NeedRequired, whenAtAge,
		func(f *Facts) **decimal.Decimal { return &f.YearsPaid }),
	decimalRow(FieldLocalYearsPaid, KindYears, MaxYears, []int{5, 10, 15}, NeedDecisive,
		When{and(is(FieldRetirement, string(RetirementAtAge)), is(InputLocalYears, "true"))},
		func(f *Facts) **decimal.Decimal { return &f.LocalYearsPaid }),
	enumRow(FieldSex, Sexes, NeedRequired, When{and(is(FieldRetirement, string(RetirementAtAge)), is(InputSexMatters, "true"))},
		func(f *Facts) *Sex { return &f.Sex }),
	countRow(FieldContinuousYears, string(FieldContinuousYears), MaxYears, []int{0, 1, 2, 3, 5}, NeedDecisive,
		When{and(is(FieldScheme, string(SchemeEmployee)), is(FieldPriorScheme, string(SchemeResident))),
			and(is(FieldScheme, string(SchemeResident)), is(FieldPriorScheme, string(SchemeEmployee)))},
		func(f *Facts) **int { return &f.ContinuousYears }),
	// The money facts change only the money (the late fee, the fine), never
	// an outcome: the chat offers them after the answer, never before it
	// (TestNeedMatchesOutcomes in dialog probes this over a grid).
	decimalRow(FieldArrears, KindAmount, 0, nil, NeedOptional, whenArrears, func(f *Facts) **decimal.Decimal { return &f.Arrears }),
	// The amount owed for each month answers the arrears question too, and
	// better: the late fee then runs from each month's due date.
	func() *Fact {
		d := decimalRow(FieldArrearsMonthly, KindAmount, 0, nil, NeedOptional, whenArrears,
			func(f *Facts) **decimal.Decimal { return &f.ArrearsMonthly })
		d.AltOf = FieldArrears
		return d
	}(),
	dateRow(FieldDueDate, NeedOptional, whenArrears, func(f *Facts) **Date { return &f.DueDate }),
	// A first enrolment's registration day dates its start (enrol.go).
	dateRow(FieldPayDate, NeedOptional, append(slices.Clone(whenGap), whenFirstEmployee), func(f *Facts) **Date { return &f.PayDate }),
	monthRow(FieldRegMonth, NeedOptional, When{whenFirstEmployee}, func(f *Facts) **Month { return &f.RegMonth }),
	decimalRow(FieldBase, KindAmount, 0, nil, NeedOptional, When{is(FieldPayer, string(PayerIndividual)), is(FieldReason, string(ReasonLeftJob))},
		func(f *Facts) **decimal.Decimal { return &f.Base }),
	// Stated, never asked before the answer (ended.go): they change dates
	// only for people who say so.
	// A resident's: the month they paid (residentpaid_r21.go).
	monthRow(FieldGapEnded, NeedOptional, append(slices.Clone(whenGapOrAfterBenefit), whenResidentPaid), func(f *Facts) **Month { return &f.GapEnded }),
	// Paying again, the month not known: answers the same question as
	// gap_ended, never both (ended.go).
	func() *Fact {
		d := boolRow(FieldPayingAgain, NeedOptional, whenGapOrAfterBenefit, func(f *Facts) **bool { return &f.PayingAgain })
		d.AltOf = FieldGapEnded
		return d
	}(),
	// Stated, never asked: the employer paid the missed months back in
	// full (audit round 6, R7-M2).
	monthRow(FieldArrearsPaid, NeedOptional, When{and(is(FieldReason, string(ReasonArrears)), is(FieldPayer, string(PayerUnit)))},
		func(f *Facts) **Month { return &f.ArrearsPaid }),
	// Stated, never asked: the former employer did not pay the last months
	// before the person left or changed job (audit round 17, R17-W1).
	countRow(FieldArrearsBeforeLeaving, string(FieldArrearsBeforeLeaving), MaxGapMonths, nil, NeedOptional,
		When{and(is(FieldPayer, string(PayerUnit)), is(FieldReason, string(ReasonLeftJob), string(ReasonJobChange)))},
		func(f *Facts) **int { return &f.ArrearsBeforeLeaving }),
	// Stated, never asked: a self-payer paid the missed months back
	// (audit round 7 re-check R7-M5‴).
	monthRow(FieldPaidBack, NeedOptional, whenPaidBack, func(f *Facts) **Month { return &f.PaidBack }),
	// Stated, never asked: the unemployment benefit has ended (audit
	// round 3 R3-M1).
	monthRow(FieldBenefitEnded, NeedOptional, When{[]Cond{{Fact: FieldReason, Values: []string{string(ReasonUnemployment)}, Raw: true}}},
		func(f *Facts) **Month { return &f.BenefitEnded }),
	dateRow(FieldTreatmentDate, NeedOptional, When{is(FieldScheme, strs(Schemes)...)}, func(f *Facts) **Date { return &f.TreatmentDate }),
	// Stated, never asked: the end of a span named for the treatment.
	dateRow(FieldTreatmentUntil, NeedOptional, When{is(FieldScheme, strs(Schemes)...)}, func(f *Facts) **Date { return &f.TreatmentUntil }),
	// Issue 18: cases that could not be asked before. All are stated,
	// never asked.
	enumRow(FieldSubsidised, Subsidies, NeedOptional, whenResident, func(f *Facts) *Subsidy { return &f.Subsidised }),
	boolRow(FieldStudent, NeedOptional, whenResident, func(f *Facts) **bool { return &f.Student }),
	countRow(FieldPremiumYear, string(FieldPremiumYear), MaxYear, nil, NeedOptional, whenResident,
		func(f *Facts) **int { return &f.PremiumYear }),
	boolRow(FieldEnrolledElsewhere, NeedOptional, nil, func(f *Facts) **bool { return &f.EnrolledElsewhere }),
}

var (
	byKey   = map[string]*Fact{}
	byField = map[Field]*Fact{}
	// position of each row, for relevance passes.
	rowOf = map[Field]int{}
)

func init() {
	for i, d := range Schema {
		byKey[d.Key] = d
		byField[d.Field] = d
		rowOf[d.Field] = i
	}
	for i, d := range Schema {
		for _, alt := range d.When {
			for _, c := range alt {
				if c.Fact == InputSexMatters || c.Fact == InputLocalYears {
					continue
				}
				if j, ok := rowOf[c.Fact]; !ok || (j >= i && !c.Raw) {
					panic(fmt.Sprintf("rules: schema row %s depends on %s, which is not an earlier row", d.Field, c.Fact))
				}
			}
		}
	}
	Fields = Fields[:0]
	for _, d := range Schema {
		Fields = append(Fields, d.Field)
		if d.Need == NeedDecisive && d.AltOf == "" {
			DecisiveFields = append(DecisiveFields, d.Field)
		}
	}
}

// DecisiveFields lists every fact Decisive can return.
var DecisiveFields []Field

// FactByKey returns the row with a JSON/flag key (snake case).
func FactByKey(key string) (*Fact, bool) { d, ok := byKey[key]; return d, ok }

// FactByField returns the row of a field.
func FactByField(f Field) (*Fact, bool) { d, ok := byField[f]; return d, ok }

// Keys lists every fact key in schema order.
func Keys() []string {
	out := make([]string, len(Schema))
	for i, d := range Schema {
		out[i] = d.Key
	}
	return out
}

// Relevance says, row by row in schema order, whether each fact matters
// for the facts given so far.
func Relevance(f *Facts, in Inputs) []bool {
	return relevance(f, in, make([]bool, len(Schema)))
}

func (w When) holds(f *Facts, in Inputs, rel []bool) bool {
	if len(w) == 0 {
		return true
	}
	for _, alt := range w {
		ok := true
		for _, c := range alt {
			if !c.holds(f, in, rel) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func (c Cond) holds(f *Facts, in Inputs, rel []bool) bool {
	var v string
	if c.Fact == InputSexMatters || c.Fact == InputLocalYears {
		v = in.value(c.Fact)
	} else {
		i := rowOf[c.Fact]
		if !c.Raw && !rel[i] {
			return false
		}
		v = Schema[i].get(f)
	}
	if c.Positive {
		n, err := strconv.Atoi(v)
		return err == nil && n > 0
	}
	return slices.Contains(c.Values, v) != c.Not
}

// Relevant reports whether the fact matters for the facts given so far.
func Relevant(f Facts, in Inputs, field Field) bool {
	i, ok := rowOf[field]
	if !ok {
		return false
	}
	p := borrow(&f)
	defer giveBack(p)
	var buf [relRows]bool
	return relevance(p, in, buf[:])[i]
}

// Missing lists the questions that matter and are not answered, in
// question order, whose Need is one of needs.
func Missing(f Facts, in Inputs, needs ...Need) []Field {
	p := borrow(&f)
	defer giveBack(p)
	var buf [relRows]bool
	return missing(p, relevance(p, in, buf[:]), needs...)
}

func missing(f *Facts, rel []bool, needs ...Need) []Field {
	var out []Field
	for i, d := range Schema {
		need := d.Need
		if need == NeedDecisive && d.DecisiveWhen != nil && !d.DecisiveWhen.holds(f, Inputs{}, rel) {
			need = NeedOptional
		}
		if d.Field == FieldReason && noGapTold(f) {
			// "没断过，只是问问": with no gap there is no reason it broke
			// to ask (issue 17); the answer is the no-gap one.
			continue
		}
		if rel[i] && d.AltOf == "" && slices.Contains(needs, need) && !d.IsSet(f) {
			out = append(out, d.Field)
		}
	}
	return out
}

// noGapTold reports a gap told as none: no months unpaid, no first unpaid
// month, nothing ended or owed.
func noGapTold(f *Facts) bool {
	return f.GapMonths != nil && *f.GapMonths == 0 && f.Since == nil && f.GapEnded == nil && f.PayingAgain == nil &&
		f.Arrears == nil && f.ArrearsMonthly == nil && f.Reason == ""
}

// Needed returns the facts without which Evaluate cannot decide, in the
// order a conversation should ask them. Facts that do not matter for the
// answers given so far are never listed (a retiree is not asked about gaps,
// a resident is not asked who pays).
func Needed(f Facts, in Inputs) []Field { return Missing(f, in, NeedRequired) }

// Prune forgets the facts that do not matter for the others: what is left
// is what a decision may use. Conversations keep everything people said
// and decide on the pruned copy, so an answer changed back restores the
// facts given before.
func Prune(f Facts, in Inputs) Facts {
	p := borrow(&f)
	defer giveBack(p)
	var buf [relRows]bool
	prune(p, relevance(p, in, buf[:]))
	return *p
}

func prune(f *Facts, rel []bool) {
	for i, d := range Schema {
		if !rel[i] {
			d.clear(f)
		}
	}
}

// Dependents lists the facts whose relevance depends on field, directly or
// through other facts, in schema order.
func Dependents(field Field) []Field {
	deps := map[Field]bool{field: true}
	var out []Field
	for _, d := range Schema {
		for _, alt := range d.When {
			for _, c := range alt {
				on := c.Fact
				if on == InputSexMatters || on == InputLocalYears {
					// Inputs come from the region's policy.
					on = FieldRegion
				}
				if deps[on] && !deps[d.Field] {
					deps[d.Field] = true
					out = append(out, d.Field)
				}
			}
		}
	}
	return out
}

// Rule writes the condition in the page's show-rule language:
//
//	rule   = alt { ";" alt }          any alternative holds (empty: always)
//	alt    = clause { "&" clause }    every clause holds
//	clause = key "=" v { "," v }      the field is shown and its value is one of v ("" = blank)
//	       | key ">0"                 the field is shown and holds a whole number above 0
//
// Facts are named by key; policy inputs by their names, which the page
// evaluates from the region chosen.
func (w When) Rule() string {
	var alts []string
	for _, alt := range w {
		var cs []string
		for _, c := range alt {
			key := string(c.Fact)
			if d, ok := byField[c.Fact]; ok {
				key = d.Key
			}
			switch {
			case c.Positive:
				cs = append(cs, key+">0")
			case c.Not:
				cs = append(cs, key+"!="+strings.Join(c.Values, ","))
			default:
				cs = append(cs, key+"="+strings.Join(c.Values, ","))
			}
		}
		alts = append(alts, strings.Join(cs, "&"))
	}
	return strings.Join(alts, ";")
}

// Imply fills the facts that others given imply: a payer is only asked of
// working employees, so giving one says the person works; a count of
// broken years says the person is not a newborn. A fact is implied only
// when exactly one alternative of the giving fact's condition can still
// hold and that alternative names a single value. Nothing given is
// overwritten, so a contradiction is left for the rules to see. A fact
// that is never asked (a scheme switch) is only ever stated, never implied.
// Facts that each look settled alone can imply things that conflict (years
// paid say a retired employee, a gap then says a resident who switched):
// then nothing is implied and the questions settle it.
func Imply(f Facts, in Inputs) Facts {
	given, out := borrow(&f), borrow(&f)
	defer giveBack(given)
	defer giveBack(out)
	implyAll(out, in)
	for _, d := range Schema {
		if d.get(out) == "" || len(d.When) == 0 {
			continue
		}
		if (d.get(given) == "" || viable(d, given, in)) && !viable(d, out, in) {
			return f
		}
	}
	return *out
}

// viable reports whether some alternative of the fact's condition can
// still hold.
func viable(d *Fact, f *Facts, in Inputs) bool {
	for _, alt := range d.When {
		if !contradicted(alt, f, in) {
			return true
		}
	}
	return false
}

func implyAll(f *Facts, in Inputs) {
	for changed := true; changed; {
		changed = false
		for i := len(Schema) - 1; i >= 0; i-- {
			d := Schema[i]
			if d.get(f) == "" || len(d.When) == 0 {
				continue
			}
			var viable []Cond
			n := 0
			for _, alt := range d.When {
				if contradicted(alt, f, in) {
					continue
				}
				n++
				viable = alt
			}
			if n != 1 {
				continue
			}
			for _, c := range viable {
				t, ok := byField[c.Fact]
				if !ok || t.Need == NeedOptional || c.Positive || c.Not || c.Raw || len(c.Values) != 1 || c.Values[0] == "" || t.get(f) != "" {
					continue
				}
				t.set(f, c.Values[0])
				changed = true
			}
		}
	}
}

// contradicted reports whether the given facts rule the alternative out:
// a clause's fact holds another value, or is not given and can no longer
// matter because its own condition is ruled out.
func contradicted(alt []Cond, f *Facts, in Inputs) bool { return contradictedAt(alt, f, in, 0) }

func contradictedAt(alt []Cond, f *Facts, in Inputs, depth int) bool {
	for _, c := range alt {
		var v string
		t, isFact := byField[c.Fact]
		if isFact {
			v = t.get(f)
		} else {
			v = in.value(c.Fact)
		}
		switch {
		case v == "" && c.Raw:
			// A value as given is never implied.
			if !c.Not && !slices.Contains(c.Values, "") {
				return true
			}
		case v == "" && isFact:
			if c.Not || slices.Contains(c.Values, "") || depth > 8 || len(t.When) == 0 {
				continue
			}
			ruledOut := true
			for _, talt := range t.When {
				if !contradictedAt(talt, f, in, depth+1) {
					ruledOut = false
					break
				}
			}
			if ruledOut {
				return true
			}
		case c.Positive:
			if n, err := strconv.Atoi(v); err != nil || n <= 0 {
				return true
			}
		case slices.Contains(c.Values, v) == c.Not:
			return true
		}
	}
	return false
}

// ClearQuestion forgets the answer to a question, by whichever key it was
// given (a gap as months or as a first unpaid month).
func ClearQuestion(f *Facts, q Field) {
	for _, d := range Schema {
		if d.Field == q || d.AltOf == q {
			d.clear(f)
		}
	}
}
