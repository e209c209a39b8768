package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestBareCover: a question part that only asks whether it is covered
// names no topic; one that names something else is a question of its own.
func TestBareCover(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"能报吗", true},
		{"那到时候还能报销吗？", true},
		{"能不能报", true},
		{"报唔报得", true},
		{"will hospital cover it", true},
		{"is it covered?", true},
		{"can i claim", true},
		{"能报多少", false},
		{"异地能报吗", false},
		{"住院押金能报吗", false},
		{"how much is covered", false},
		{"", false},
	} {
		if got := bareCover(c.q); got != c.want {
			t.Errorf("bareCover(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestCaseThenBareCover: a case told, then only "能报吗", gets the case
// answer (its cover line is what is asked), not an FAQ entry the case's
// words happen to match.
func TestCaseThenBareCover(t *testing.T) {
	kb := testKB(t)
	for _, msg := range []string{
		"我老公在苏州上班公司三个月没交医保了 下礼拜要做个小手术 能报吗",
		"我在无锡上班 公司欠了两个月医保了 月底要住院 还能报销吗",
		"my company in suzhou hasn't paid my insurance for 3 months, surgery next week, will it be covered?",
	} {
		r := Decide(kb, msg, rules.Date{Year: 2026, Month: 12, Day: 7}, "", rules.Facts{})
		if r.Kind != RouteFacts {
			t.Errorf("%q: route %s, want facts", msg, r.Kind)
		}
	}
}
