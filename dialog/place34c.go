package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// fix34c: "hz", "gz" and "沪深" typed as a place may be places under
// different rules (understand/place34c.go); none is guessed: the region
// question offers the places first, as for "sz" (place30b.go).

// abbrPlaces34c are the division codes of the places each may be.
var abbrPlaces34c = map[string][]string{
	"hz": {"330100", "330500", "441300"}, // Hangzhou, Huzhou, Huizhou
	"gz": {"440100", "360700", "520000"}, // Guangzhou, Ganzhou, Guizhou
	"沪深": {"310000", "440300"},           // Shanghai, Shenzhen
}

// noticeAbbr34c remembers such an abbreviation while no region is known.
func (t *turn) noticeAbbr34c(msg string) {
	if t.s.Facts.Region != "" {
		return
	}
	if a := understand.AmbiguousAbbr34c(msg); a != "" {
		t.s.PlaceAbbr = a
	}
}

// askAbbr34c asks the region of someone who typed one, with its places
// first. It reports whether it asked.
func (t *turn) askAbbr34c(f rules.Field) bool {
	codes := abbrPlaces34c[t.s.PlaceAbbr]
	if f != rules.FieldRegion || len(codes) == 0 || t.s.Facts.Region != "" || !t.kb.HasMsg("d.q.region_abbr") {
		return false
	}
	var row []Button
	for _, c := range codes {
		row = append(row, t.btn(t.kb.PlaceLabel(c, t.s.Lang), Action{Kind: ActSet, Field: rules.FieldRegion, Value: c}))
	}
	out := append([][]Button{row}, t.questionButtons(rules.FieldRegion, merged{})...)
	t.sayButtons(out, para(bold(t.kb.Msgf(t.s.Lang, "d.q.region_abbr", "abbr", t.s.PlaceAbbr))), para(text(t.msg("d.qhint.region"))))
	t.event(Event{Kind: EvAsked, Question: string(f)})
	return true
}

// typedAbbr34c: the abbreviation alone typed at the region question asks
// which place, instead of a place search that cannot tell them apart.
func (t *turn) typedAbbr34c(msg string) bool {
	if t.s.Asking != rules.FieldRegion || t.s.Facts.Region != "" {
		return false
	}
	a := understand.AmbiguousAbbr34c(msg)
	if a == "" || strings.Trim(strings.ToLower(msg), " ,.!?;:，。！？；：~") != a {
		return false
	}
	t.s.PlaceAbbr = a
	t.ask(rules.FieldRegion)
	return true
}

// noticeWages34c: wages owed with no word of the insurance are told apart
// from the insurance before the questions (understand/read34c.go).
func (t *turn) noticeWages34c(msg string) {
	// Not once the insurance's arrears are known ("发不出工资" telling
	// the employer's state at the unit question).
	if t.s.Facts.Reason != "" || t.s.Asking == rules.FieldUnitStatus || t.s.Asking == rules.FieldReason {
		return
	}
	if understand.WagesOnly34c(msg) && t.kb.HasMsg("d.wages_only") {
		t.say(para(text(t.msg("d.wages_only"))))
	}
}
