package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// fix30b: "sz" typed as a place is Shenzhen or Suzhou; neither is
// guessed: the region question offers both first, as for 阿拉
// (resident23b.go).

// Division codes of the two cities "sz" may be.
const (
	shenzhenCode = "440300"
	suzhouCode   = "320500"
)

// noticeSZ30b remembers "sz" typed as a place while no region is known.
func (t *turn) noticeSZ30b(msg string) {
	if t.s.Facts.Region == "" && understand.SaysSZ30b(msg, t.s.Asking) {
		t.s.PlaceSZ = true
	}
}

// askSZ30b asks the region of someone who typed "sz", with Shenzhen and
// Suzhou first. It reports whether it asked.
func (t *turn) askSZ30b(f rules.Field) bool {
	if f != rules.FieldRegion || !t.s.PlaceSZ || t.s.Facts.Region != "" || !t.kb.HasMsg("d.q.region_sz") {
		return false
	}
	both := []Button{
		t.btn(t.kb.PlaceLabel(shenzhenCode, t.s.Lang), Action{Kind: ActSet, Field: rules.FieldRegion, Value: shenzhenCode}),
		t.btn(t.kb.PlaceLabel(suzhouCode, t.s.Lang), Action{Kind: ActSet, Field: rules.FieldRegion, Value: suzhouCode}),
	}
	out := append([][]Button{both}, t.questionButtons(rules.FieldRegion, merged{})...)
	t.sayButtons(out, para(bold(t.msg("d.q.region_sz"))), para(text(t.msg("d.qhint.region"))))
	t.event(Event{Kind: EvAsked, Question: string(f)})
	return true
}

// typedSZ30b: "sz" alone typed at the region question asks which of the
// two, instead of a place search that cannot tell them apart.
func (t *turn) typedSZ30b(msg string) bool {
	if t.s.Asking != rules.FieldRegion || !t.s.PlaceSZ || t.s.Facts.Region != "" || understand.PlaceNicknames30b(msg, "") != strings.ToLower(msg) ||
		!understand.SaysSZ30b(msg, t.s.Asking) {
		return false
	}
	a := understand.Analyze(msg, t.today, t.kb, t.s.Asking)
	if !a.Extracted.Empty() {
		return false
	}
	t.ask(rules.FieldRegion)
	return true
}
