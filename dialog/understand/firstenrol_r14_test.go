package understand

import (
	"testing"

	"bujiao/rules"
)

// TestFirstEnrolmentR14 (audit round 14 n35): more wordings of a first
// enrolment, in English, characters, pinyin and dialect; a treatment's
// month beside it ("surgery in january") is no gap's first month.
func TestFirstEnrolmentR14(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, text := range []string{
		"first time getting medical insurance, freelancer in ningbo, registering this week, surgery in january?",
		"getting insured for the first time as a freelancer in hangzhou, hospital next march?",
		"宁波 灵活就业 第一次办医保 这周去登记 1月份手术能报吗",
		"ningbo linghuo jiuye di yi ci mai yibao, 1 yue shou shu neng bao ma",
		"广州 从来冇买过医保 第一次买 1月住院得唔得",
	} {
		s := text
		if hz, ok := Depinyin(s); ok {
			s = hz
		}
		e := Extract(s, dec7, nil, "")
		if !e.FirstEnrolment {
			t.Errorf("%q (%q): not read as a first enrolment", text, s)
		}
		if e.Gap != nil {
			t.Errorf("%q: gap %+v read from a treatment's month", text, *e.Gap)
		}
	}
	// A gap's own month after a treatment word elsewhere is still a gap.
	e := Extract("hangzhou freelancer, stopped paying in august, surgery in january?", dec7, nil, "")
	if e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != "2026-08" {
		t.Errorf("gap since august lost: %+v", e.Gap)
	}
}
