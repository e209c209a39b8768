package dialog

import (
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// fix23b (issue 17): Wu 阿拉 narrows the place to Shanghai or Ningbo, and
// an employer's back-payment said to be within the tax office's deadline.

// ningboCode is Ningbo's GB/T 2260 code: a button for it sets Zhejiang
// with the city named.
const ningboCode = "330200"

// notice23b remembers what a message says that the facts do not hold.
func (t *turn) notice23b(msg string) {
	if t.s.Facts.Region == "" && understand.SaysAla(msg) {
		t.s.Ala = true
	}
	if understand.PaidWithinDeadline(msg, t.today) {
		t.s.PaidInDeadline = true
	} else if understand.PaidAfterDeadline(msg, t.today) {
		t.s.PaidLate = true // fix38a
	}
}

// askAla asks the region of someone who said 阿拉: Shanghai and Ningbo
// both say it, so both are offered first, never one guessed and never the
// national rules unasked. It reports whether it asked.
func (t *turn) askAla(f rules.Field) bool {
	if f != rules.FieldRegion || !t.s.Ala || t.s.Facts.Region != "" || !t.kb.HasMsg("d.q.region_ala") {
		return false
	}
	// Shanghai has a button of its own among the regions'.
	ningbo := t.btn(t.kb.PlaceLabel(ningboCode, t.s.Lang), Action{Kind: ActSet, Field: rules.FieldRegion, Value: ningboCode})
	out := append(rows(1, ningbo), t.questionButtons(rules.FieldRegion, merged{})...)
	t.sayButtons(out, para(bold(t.msg("d.q.region_ala"))), para(text(t.msg("d.qhint.region"))))
	t.event(Event{Kind: EvAsked, Question: string(f)})
	return true
}

// paidInDeadlineNote: an employer said to have paid back within the tax
// office's deadline, where the region's rules make the fund pay the costs
// of the pause for a back-payment in time (Zhejiang art. 28 ¶3): the
// answer says so, and that the dates above count a late one; whether it
// was in time is the tax office's to say, so it is asked, never assumed.
func (t *turn) paidInDeadlineNote(o *rules.Outcome) []Block {
	if t.s.PaidLate && !t.s.PaidInDeadline {
		return t.paidLateNote38a(o)
	}
	if !t.s.PaidInDeadline || o.Path != rules.PathUnitArrears || t.s.Facts.ArrearsPaid == nil ||
		!slices.Contains(o.Notes, rules.NoteGapCoverDeadline) || !t.kb.HasMsg("d.paid_in_deadline_note") {
		return nil
	}
	return []Block{para(text(t.msg("d.paid_in_deadline_note")))}
}

// paidLateNote38a: an employer said to have paid back only after the tax
// office's deadline, where the region's rules then put the costs of the
// pause on the employer (Zhejiang art. 28 ¶4, fix38a): the answer says
// so, the pause's days being the employer's to pay, not the fund's.
func (t *turn) paidLateNote38a(o *rules.Outcome) []Block {
	if !o.EmployerBearsGap() || !t.kb.HasMsg("d.paid_late_note") {
		return nil
	}
	r := strings.NewReplacer("{from}", o.StoppedOn.String(), "{to}", o.ResumesOn.AddDays(-1).String())
	return []Block{para(text(r.Replace(t.msg("d.paid_late_note"))))}
}
