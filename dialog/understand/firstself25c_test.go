package understand

import (
	"testing"

	"bujiao/rules"
)

// TestFirstSelf25c: a first self-paid enrolment is a first enrolment, not a
// gap; one who had an employer or a gap before is not (R24-M6).
func TestFirstSelf25c(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text  string
		first bool
	}{
		{"绍兴 第一次自己交医保 灵活就业 上周刚办的", true},
		{"宁波 个体户 第一次交医保 什么时候能报销", true},
		{"温州 第一次以灵活就业身份参保 12月1号登记的", true},
		{"first time paying medical insurance myself as a freelancer in hangzhou, when can i use it", true},
		{"离职以后第一次自己交医保 能马上用吗", false},
		{"公司断了以后 第一次自己交 什么时候能用", false},
		{"i used to have it through my employer, first time paying myself now", false},
	} {
		if e := Extract(c.text, dec7, nil, ""); e.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v, want %v", c.text, e.FirstEnrolment, c.first)
		}
	}
}

// TestDayUse25c: a day asked with "能用吗" or "use it"/"covered on" is the
// treatment day; a day of paying is not.
func TestDayUse25c(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"嘉兴 灵活就业 第一次交 月底能用吗", "2026-12-31"},
		{"刚登记的 12月20号能报销吗", "2026-12-20"},
		{"杭州 12月2号登记交的 1月5号可以用吗", "2027-01-05"},
		{"registered dec 3 as a freelancer. will i be covered on dec 28?", "2026-12-28"},
		{"first time paying myself, can i use it at the end of the month?", "2026-12-31"},
		{"月底缴 能用吗", ""},
	} {
		e := Extract(c.text, dec7, nil, "")
		got := ""
		if e.Treatment != nil {
			got = e.Treatment.String()
		}
		if got != c.want {
			t.Errorf("%q: treatment %q, want %q", c.text, got, c.want)
		}
	}
}
