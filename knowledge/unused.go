package knowledge

import (
	"strings"

	"bujiao/rules"
)

// UnusedAns is a fact the person gave that the answer does not use, with
// why, so nothing given is dropped silently (issue 18).
type UnusedAns struct {
	Fact  string `json:"fact"`
	Value string `json:"value"`
	Label string `json:"label"`
	Text  string `json:"text"`
}

// unusedFacts describes the outcome's unused facts in lang: "label
// (value): not used for this answer because …".
func (b *Base) unusedFacts(o *rules.Outcome, lang Lang) []UnusedAns {
	out := make([]UnusedAns, 0, len(o.Unused))
	for _, u := range o.Unused {
		d, ok := rules.FactByField(u.Fact)
		if !ok {
			continue
		}
		it, ok := b.items["unused"][u.Why]
		if !ok {
			continue
		}
		given := rules.Facts{}
		d.Clear(&given)
		shown := u.Value
		if err := d.Set(&given, u.Value); err == nil {
			shown = b.factValue(d, &given, u.Value, lang)
		}
		label := b.Msg(lang, "d.f."+string(d.Question()))
		open, close := "（", "）："
		if lang != Zh {
			open, close = " (", "): "
		}
		out = append(out, UnusedAns{Fact: d.Key, Value: u.Value, Label: label,
			Text: label + open + shown + close + it.Text.In(lang)})
	}
	return out
}

// unusedShort is the short answer's one line: the labels of the facts not
// used; the full answer says why.
func (b *Base) unusedShort(a []UnusedAns, lang Lang) string {
	if len(a) == 0 {
		return ""
	}
	labels := make([]string, len(a))
	for i, u := range a {
		labels[i] = u.Label
	}
	return b.Msgf(lang, "short.unused", "facts", strings.Join(labels, b.Msg(lang, "list_sep")))
}
