package web

import (
	"strconv"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// The form shows only the questions that matter for the answers so far.
// Each field has a show rule, written in a tiny language that the server
// (here) and the page's script (static/app.js) both evaluate, so the page
// without JavaScript and the page with it agree:
//
//	rule   = alt { ";" alt }          any alternative holds (empty: always)
//	alt    = clause { "&" clause }    every clause holds
//	clause = key "=" v { "," v }      the field is shown and its value is one of v ("" = blank)
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

// fieldDefs lists the form's fields in order; a rule only refers to
// earlier fields. The region-dependent rules come from b: sex where the
// region's retirement requirement differs by sex, local years where the
// region requires them.
func fieldDefs(b *knowledge.Base) []fieldDef {
	var bySex, local []string
	for _, r := range b.Regions() {
		p := r.RegionPolicy()
		if p.Retirement.BySex() {
			bySex = append(bySex, r.ID)
		}
		if p.Retirement.MinLocalYears != nil {
			local = append(local, r.ID)
		}
	}
	regionRule := func(ids []string) string {
		if len(ids) == 0 {
			return "retirement=at-age&region=!" // no region: never
		}
		return "retirement=at-age&region=" + strings.Join(ids, ",")
	}
	working := "retirement=,working"
	return []fieldDef{
		{Key: "scheme", Kind: kindRadio, Label: "d.q.scheme", Options: strs(rules.Schemes), OptionKey: "d.v.scheme."},
		{Key: "retirement", Kind: kindRadio, Show: "scheme=employee", Label: "d.q.retirement",
			Options: strs(rules.Retirements), OptionKey: "d.v.retirement."},
		{Key: "payer", Kind: kindRadio, Show: working, Label: "d.q.payer", Options: strs(rules.Payers), OptionKey: "d.v.payer."},
		{Key: "reason", Kind: kindRadio, Show: "payer=unit", Label: "d.q.reason", Options: strs(rules.Reasons), OptionKey: "d.v.reason."},
		{Key: "unit_status", Kind: kindSelect, Show: "reason=arrears", Label: "d.q.unit_status",
			Options: strs(rules.UnitStatuses), OptionKey: "d.v.unit_status."},
		{Key: "prior_scheme", Kind: kindSelect, Show: "payer=individual;reason=job-change,left-job;scheme=resident",
			Label: "prior_scheme", Options: strs(rules.Schemes), OptionKey: "d.v.scheme."},
		{Key: "continuous_years", Kind: kindText, Show: "scheme=employee&prior_scheme=resident;scheme=resident&prior_scheme=employee",
			Label: "continuous_years", Hint: true, Optional: true, InputMode: "numeric"},
		{Key: "newborn", Kind: kindRadio, Show: "scheme=resident&prior_scheme=,resident", Label: "d.q.newborn",
			Options: []string{"true", "false"}, OptionKey: "d.v.newborn."},
		{Key: "in_window", Kind: kindRadio, Show: "newborn=,false", Label: "d.q.in_window",
			Options: []string{"true", "false"}, OptionKey: "d.v.in_window."},
		{Key: "broken_years", Kind: kindText, Show: "newborn=,false", Label: "d.q.broken_years", Hint: true, InputMode: "numeric"},
		{Key: "repay_years", Kind: kindText, Show: "broken_years>0", Label: "d.q.repay_years", Hint: true, InputMode: "numeric"},
		{Key: "gap_months", Kind: kindText, Show: working + ";prior_scheme=employee&scheme=resident", Label: "d.q.gap",
			Hint: true, InputMode: "numeric"},
		{Key: "since", Kind: kindText, Show: working + ";prior_scheme=employee&scheme=resident", Label: "since",
			Pattern: "YYYY-MM", InputMode: "numeric"},
		{Key: "region", Kind: kindText, Show: "scheme=employee,resident", Label: "d.q.region", Hint: true, List: "regions"},
		{Key: "years_paid", Kind: kindText, Show: "retirement=at-age", Label: "d.q.years_paid", Hint: true, InputMode: "decimal"},
		{Key: "local_years_paid", Kind: kindText, Show: regionRule(local), Label: "local_years_paid", Hint: true, Optional: true, InputMode: "decimal"},
		{Key: "sex", Kind: kindRadio, Show: regionRule(bySex), Label: "d.q.sex", Options: strs(rules.Sexes), OptionKey: "d.v.sex."},
		{Key: "arrears", Kind: kindText, Show: "reason=arrears", Label: "arrears", Hint: true, Optional: true, InputMode: "decimal"},
		{Key: "due_date", Kind: kindDate, Show: "reason=arrears", Label: "due_date", Optional: true},
		{Key: "pay_date", Kind: kindDate, Show: "reason=arrears", Label: "pay_date", Hint: true, Optional: true},
		{Key: "base", Kind: kindText, Show: "payer=individual;reason=left-job", Label: "base", Hint: true, Optional: true,
			InputMode: "decimal"},
	}
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
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
	if id, ok := b.MatchRegion(v); ok {
		return id
	}
	return rules.NationalRegion
}
