package web

import (
	"slices"
	"strconv"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// The form shows only the questions that matter for the answers so far.
// Each field has a show rule, written in a tiny language the server
// evaluates here, both for the page without JavaScript and for the page's
// script, which asks POST /api/form after each change:
//
//	rule   = alt { ";" alt }          any alternative holds (empty: always)
//	alt    = clause { "&" clause }    every clause holds
//	clause = key "=" v { "," v }      the field is shown and its value is one of v ("" = blank)
//	       | key "!=" v { "," v }     the field's value (blank if hidden) is none of v
//	       | key ">0"                 the field is shown and holds a whole number above 0
//
// A clause about a hidden field is false, so rules chain: in_window needs
// newborn shown, which needs scheme=resident. Values are compared
// normalised: lower case; booleans as true/false; a region as the ID whose
// rules answer (blank or unknown: national).

type fieldKind string

const (
	kindRadio  fieldKind = "radio"
	kindSelect fieldKind = "select"
	kindText   fieldKind = "text"
	kindDate   fieldKind = "date"
)

type fieldDef struct {
	Key   string
	Kind  fieldKind
	Fact  rules.Kind
	Show  string
	Label string // knowledge message key (chrome fallback) or chrome key
	// Options are the values of a radio or select field, and OptionKey
	// the message key prefix of their labels.
	Options   []string
	OptionKey string
	// Hint shows the valid.* description under a typed field.
	Hint      bool
	Optional  bool
	InputMode string
	List      string // datalist id
	Pattern   string // placeholder
}

// look is how the page presents a fact; everything else about a field —
// its values, when it is shown, whether it is needed — comes from the fact
// schema.
var look = map[string]fieldDef{
	"scheme":           {Kind: kindRadio, Label: "d.q.scheme"},
	"retirement":       {Kind: kindRadio, Label: "d.q.retirement"},
	"payer":            {Kind: kindRadio, Label: "d.q.payer"},
	"reason":           {Kind: kindRadio, Label: "d.q.reason"},
	"unit_status":      {Kind: kindSelect, Label: "d.q.unit_status"},
	"prior_scheme":     {Kind: kindSelect, Label: "prior_scheme", OptionKey: "d.v.scheme."},
	"gap_months":       {Kind: kindText, Label: "d.q.gap", Hint: true, InputMode: "numeric"},
	"since":            {Kind: kindText, Label: "since", Pattern: "YYYY-MM", InputMode: "numeric"},
	"newborn":          {Kind: kindRadio, Label: "d.q.newborn"},
	"in_window":        {Kind: kindRadio, Label: "d.q.in_window"},
	"broken_years":     {Kind: kindText, Label: "d.q.broken_years", Hint: true, InputMode: "numeric"},
	"repay_years":      {Kind: kindText, Label: "d.q.repay_years", Hint: true, InputMode: "numeric"},
	"region":           {Kind: kindText, Label: "d.q.region", Hint: true, List: "regions"},
	"years_paid":       {Kind: kindText, Label: "d.q.years_paid", Hint: true, InputMode: "decimal"},
	"local_years_paid": {Kind: kindText, Label: "local_years_paid", Hint: true, InputMode: "decimal"},
	"sex":              {Kind: kindRadio, Label: "d.q.sex"},
	"continuous_years": {Kind: kindText, Label: "continuous_years", Hint: true, InputMode: "numeric"},
	"arrears":          {Kind: kindText, Label: "arrears", Hint: true, InputMode: "decimal"},
	"due_date":         {Kind: kindDate, Label: "due_date"},
	"pay_date":         {Kind: kindDate, Label: "pay_date", Hint: true},
	"base":             {Kind: kindText, Label: "base", Hint: true, InputMode: "decimal"},
	// Answers the month paying resumed when it is not known.
	"paying_again": {Kind: kindSelect, Label: "paying_again"},
	// Issue 18: stated facts, never asked.
	"first_enrolment":    {Kind: kindSelect, Label: "d.f.first_enrolment"},
	"subsidised":         {Kind: kindSelect, Label: "d.f.subsidised"},
	"student":            {Kind: kindSelect, Label: "d.f.student"},
	"premium_year":       {Kind: kindText, Label: "d.f.premium_year", InputMode: "numeric"},
	"enrolled_elsewhere": {Kind: kindSelect, Label: "d.f.enrolled_elsewhere"},
}

// fieldDefs lists the form's fields in schema order. Everything but the
// look comes from the schema: a fact without an entry in look gets an
// input for its kind (yes/no as yes/no) and a label from the knowledge
// base, so a fact added to rules.Schema appears on the page by itself.
// Show rules come from the schema's conditions; a condition on the
// region's policy becomes the list of regions where it holds.
func fieldDefs(b *knowledge.Base) []fieldDef {
	inputRegions := map[rules.Input][]string{}
	for _, r := range b.Regions() {
		in := rules.InputsOf(r.RegionPolicy())
		if in.SexMatters {
			inputRegions[rules.InputSexMatters] = append(inputRegions[rules.InputSexMatters], r.ID)
		}
		if in.LocalYears {
			inputRegions[rules.InputLocalYears] = append(inputRegions[rules.InputLocalYears], r.ID)
		}
	}
	var defs []fieldDef
	for _, d := range rules.Schema {
		f, ok := look[d.Key]
		if !ok {
			f = defaultLook(d)
		}
		f.Key = d.Key
		f.Fact = d.Kind
		if f.Label == "" {
			f.Label = labelKey(b, d)
		}
		f.Optional = d.Need != rules.NeedRequired || d.AltOf != ""
		if d.Kind == rules.KindEnum || d.Kind == rules.KindBool {
			f.Options = d.Values
			if f.OptionKey == "" {
				f.OptionKey = "d.v." + string(d.Field) + "."
			}
		}
		var when rules.When
		for _, alt := range d.When {
			var conds []rules.Cond
			for _, c := range alt {
				if ids, isInput := inputRegions[c.Fact]; isInput || c.Fact == rules.InputSexMatters || c.Fact == rules.InputLocalYears {
					if len(ids) == 0 {
						ids = []string{"!"} // no region: never
					}
					c = rules.Cond{Fact: rules.FieldRegion, Values: ids}
				}
				conds = append(conds, c)
			}
			when = append(when, conds)
		}
		if d.Field == rules.FieldLeftRegion && len(when) == 0 {
			// The rules read the old city whenever the chat heard one and
			// imply nothing from it; on the page it only means something
			// once the case is a move, so it waits for that box.
			when = rules.When{{{Fact: rules.FieldCrossCity, Values: []string{"true"}}}}
		}
		f.Show = when.Rule()
		defs = append(defs, f)
	}
	return defs
}

// defaultLook is the input for a fact the page has no look for.
func defaultLook(d *rules.Fact) fieldDef {
	switch d.Kind {
	case rules.KindBool:
		return fieldDef{Kind: kindRadio}
	case rules.KindEnum:
		if len(d.Values) > 4 {
			return fieldDef{Kind: kindSelect}
		}
		return fieldDef{Kind: kindRadio}
	case rules.KindDate:
		return fieldDef{Kind: kindDate, Hint: true}
	case rules.KindPlace:
		return fieldDef{Kind: kindText, Hint: true, List: "regions"}
	case rules.KindCount:
		return fieldDef{Kind: kindText, Hint: true, InputMode: "numeric"}
	case rules.KindYears, rules.KindAmount:
		return fieldDef{Kind: kindText, Hint: true, InputMode: "decimal"}
	case rules.KindMonth:
		return fieldDef{Kind: kindText, Hint: true, Pattern: "YYYY-MM", InputMode: "numeric"}
	}
	return fieldDef{Kind: kindText, Hint: true}
}

// labelKey is the message that labels a fact: the chat's question
// (d.q.FIELD), the page's own wording, the chat's name for the fact
// (d.f.FIELD), or its valid-values text; never empty.
func labelKey(b *knowledge.Base, d *rules.Fact) string {
	for _, k := range []string{"d.q." + string(d.Field), d.Key, "d.f." + string(d.Field), "valid." + d.Key} {
		if _, ok := chrome[k]; ok || b.HasMsg(k) {
			return k
		}
	}
	return d.Key
}

// optionLabelKey is the message key of one option's label; booleans use
// the dialog's y/n keys.
func (f *fieldDef) optionLabelKey(v string) string {
	switch v {
	case "true":
		return f.OptionKey + "y"
	case "false":
		return f.OptionKey + "n"
	}
	return f.OptionKey + v
}

// visibility decides which fields are shown for the raw values and returns
// the values of the shown fields only (what the page answers from).
func visibility(b *knowledge.Base, defs []fieldDef, raw map[string]string) (shown map[string]bool, kept map[string]string) {
	shown = make(map[string]bool, len(defs))
	norm := make(map[string]string, len(defs))
	kept = map[string]string{}
	for _, f := range defs {
		if !ruleHolds(f.Show, shown, norm) {
			continue
		}
		shown[f.Key] = true
		v := strings.TrimSpace(raw[f.Key])
		norm[f.Key] = normalise(b, f.Key, v)
		if v != "" {
			kept[f.Key] = v
		}
	}
	return shown, kept
}

func ruleHolds(rule string, shown map[string]bool, norm map[string]string) bool {
	if rule == "" {
		return true
	}
	for _, alt := range strings.Split(rule, ";") {
		ok := true
		for _, clause := range strings.Split(alt, "&") {
			if !clauseHolds(clause, shown, norm) {
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

func clauseHolds(clause string, shown map[string]bool, norm map[string]string) bool {
	// key!=v: the value as given (blank if the field is hidden or comes
	// later) is none of v.
	if key, vals, ok := strings.Cut(clause, "!="); ok {
		v := ""
		if shown[key] {
			v = norm[key]
		}
		return !slices.Contains(strings.Split(vals, ","), v)
	}
	if key, ok := strings.CutSuffix(clause, ">0"); ok {
		if !shown[key] {
			return false
		}
		n, err := strconv.Atoi(norm[key])
		return err == nil && n > 0
	}
	key, vals, _ := strings.Cut(clause, "=")
	if !shown[key] {
		return false
	}
	for _, v := range strings.Split(vals, ",") {
		if norm[key] == v {
			return true
		}
	}
	return false
}

// normalise puts a value in the form the show rules compare.
func normalise(b *knowledge.Base, key, v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	switch key {
	case "newborn", "in_window":
		switch v {
		case "true", "yes", "1", "y", "是":
			return "true"
		case "false", "no", "0", "n", "否":
			return "false"
		}
	case "region":
		return regionID(b, v)
	}
	return v
}

// regionID is the ID of the region whose rules answer for v, as ParseFacts
// and Base.Policy resolve it.
func regionID(b *knowledge.Base, v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if _, ok := b.Region(v); ok {
		return v
	}
	if v == "" {
		return rules.NationalRegion
	}
	if r := b.ResolveRegion(v); r.Err == nil {
		return r.Region
	}
	if id, ok := b.MatchRegion(v); ok {
		return id
	}
	return rules.NationalRegion
}

// withImplied adds to raw the values its facts imply (rules.Imply), so the
// form shows what the answer will assume. Values that do not parse are
// left for the answer to report.
func withImplied(b *knowledge.Base, raw map[string]string) map[string]string {
	var f rules.Facts
	for k, v := range raw {
		if d, ok := rules.FactByKey(k); ok && d.Kind != rules.KindPlace {
			_ = d.Set(&f, v)
		}
	}
	var in rules.Inputs
	if r := b.ResolveRegion(raw["region"]); r.Err == nil {
		in = b.Inputs(r.Region)
	}
	g := rules.Imply(f, in)
	out := make(map[string]string, len(raw)+2)
	for k, v := range raw {
		out[k] = v
	}
	for _, d := range rules.Schema {
		if _, given := out[d.Key]; !given {
			if v := d.Get(&g); v != "" {
				out[d.Key] = v
			}
		}
	}
	return out
}
