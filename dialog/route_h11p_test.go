package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// Sibling wordings of the heldout11 routing (route_h11p.go, knowledge's
// trailing-condition weight, the colloquial folds), none of them a
// sentence of any set.

var todayH11p = rules.Date{Year: 2026, Month: 11, Day: 25}

// TestExpenseCostsH11p: medical bills to be claimed are no question about
// what the insurance costs; the premium still is.
func TestExpenseCostsH11p(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct {
		msg  string
		cost bool
	}{
		{"when can a freelancer in hangzhou claim hospital costs after paying again?", false},
		{"how soon are my medical costs covered as a new self-employed payer in shanghai?", false},
		{"as a flexible worker in shenzhen, how long until treatment costs are reimbursed?", false},
		{"i'm self-employed in ningbo, how long before my doctor costs are covered", false},
		{"how much does medical insurance cost a month for a freelancer in shanghai?", true},
		{"flexible worker in hangzhou, what is the monthly cost of medical insurance?", true},
	} {
		r := Decide(kb, c.msg, todayH11p, "", rules.Facts{})
		if got := r.Kind == RouteComputed; got != c.cost {
			t.Errorf("%q: computed %v (kind %s), want %v", c.msg, got, r.Kind, c.cost)
		}
	}
}

// TestFAQRoutingH11p: the asked part decides over a trailing condition;
// the colloquial folds find their entries.
func TestFAQRoutingH11p(t *testing.T) {
	kb := testKB(t)
	for _, c := range []struct{ msg, want string }{
		{"how do i find out if all my months of insurance were paid", "check-record"},
		{"where do i check if my employer paid every month", "check-record"},
		{"what steps follow if my employer still owes contributions for months?", "unit-arrears-procedure"},
		{"单位欠的医保钱太多 可以分几期补吗", "unit-cannot-pay-at-once"},
		{"公司没钱 欠的社保能不能分好几个月慢慢交", "unit-cannot-pay-at-once"},
		{"以前在老家交的医保 换到这边上班了 能转过来吗", "transfer-between-cities"},
		{"之前把医保销户了 现在还能再交上吗", "re-enrol-after-cancellation"},
	} {
		m := searchFAQ(kb, c.msg, analyzeH11p(kb, c.msg), rules.Facts{})
		if len(m) == 0 || m[0].FAQ.ID != c.want {
			got := "none"
			if len(m) > 0 {
				got = m[0].FAQ.ID
			}
			t.Errorf("%q: best %s, want %s", c.msg, got, c.want)
		}
	}
}

func analyzeH11p(kb *knowledge.Base, msg string) understand.Analysis {
	return understand.Analyze(msg, todayH11p, kb, "")
}
