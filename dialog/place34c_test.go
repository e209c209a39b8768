package dialog

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestAbbrAsks34c: "hz", "gz", 沪深 may be places under different rules:
// the region is asked with their places as buttons, typed alone at the
// region question too; a button settles it.
func TestAbbrAsks34c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		ins        []string
		code, name string // a place offered, and the place its button sets
	}{
		{[]string{"hz flexible worker, missed 2 months"}, "441300", "惠州"},
		{[]string{"in gz, company owes me 3 months"}, "360700", "赣州"},
		{[]string{"gz 个体户 断了3个月"}, "440100", "广州"},
		{[]string{"沪深灵活就业断缴3个月"}, "440300", "深圳"},
		{[]string{"灵活就业 断了3个月", "hz"}, "330100", "杭州"},
	} {
		var s State
		var replies []Reply
		for _, in := range c.ins {
			s, replies, _ = m.Step(s, Input{Text: in}, testNow)
		}
		if s.Facts.Region != "" || s.Asking != rules.FieldRegion {
			t.Errorf("%v: region %q, asking %q; want the region asked", c.ins, s.Facts.Region, s.Asking)
			continue
		}
		data := ""
		for _, b := range allButtons(replies[len(replies)-1:]) {
			if strings.Contains(b.Data, c.code) {
				data = b.Data
			}
		}
		if data == "" {
			t.Errorf("%v: no button for %s", c.ins, c.code)
			continue
		}
		s2, _, _ := m.Step(s, Input{Data: data}, testNow)
		if !strings.Contains(s2.Facts.Place, c.name) {
			t.Errorf("%v: %s tapped, place %q", c.ins, c.name, s2.Facts.Place)
		}
	}
}

// TestWagesOnly34c: wages owed with no word of the insurance read no
// insurance gap nor arrears; the person is told they differ.
func TestWagesOnly34c(t *testing.T) {
	m := testMachine(t)
	for _, in := range []string{"公司欠了8月9月的工资", "老板拖欠我两个月工资", "my boss owes me two months of wages"} {
		s, replies, _ := m.Step(State{}, Input{Text: in}, testNow)
		if s.Facts.Reason != "" || s.Facts.Since != nil || s.Facts.GapMonths != nil || s.Answered {
			t.Errorf("%q: reason %q since %v gap %v answered %v: wages read as the insurance", in, s.Facts.Reason, s.Facts.Since, s.Facts.GapMonths, s.Answered)
		}
		if !strings.Contains(plain(replies), "12333") {
			t.Errorf("%q: no word that wages differ from the insurance:\n%s", in, plain(replies))
		}
	}
}

// TestWagesNoteNotAtUnit34c: "发不出工资" telling the employer's state of
// known arrears is no wages-only message.
func TestWagesNoteNotAtUnit34c(t *testing.T) {
	m := testMachine(t)
	s, _, _ := m.Step(State{}, Input{Text: "公司欠了我三个月社保"}, testNow)
	_, replies, _ := m.Step(s, Input{Text: "发不出工资"}, testNow)
	if strings.Contains(plain(replies), "12333") {
		t.Errorf("wages note after arrears known:\n%s", plain(replies))
	}
}
