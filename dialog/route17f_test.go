package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestNearTieRefining: with two national entries nearly tied, the region's
// own entry refining the runner-up is put first for someone in its region;
// a runner-up far behind, or another region, leaves the best match first.
func TestNearTieRefining(t *testing.T) {
	kb := testKB(t)
	gap := &knowledge.FAQ{ID: "gap-costs-covered"}
	back := &knowledge.FAQ{ID: "can-employee-insurance-be-back-paid"}
	for _, f := range kb.FAQs() {
		switch f.ID {
		case gap.ID:
			gap = f
		case back.ID:
			back = f
		}
	}
	near := []knowledge.FAQMatch{{FAQ: back, Score: 0.60, Rank: 0.60}, {FAQ: gap, Score: 0.58, Rank: 0.58}}
	far := []knowledge.FAQMatch{{FAQ: back, Score: 0.60, Rank: 0.60}, {FAQ: gap, Score: 0.40, Rank: 0.40}}
	for _, c := range []struct {
		name    string
		matches []knowledge.FAQMatch
		region  string
		want    string
	}{
		{"near tie, shanghai", near, "shanghai", "shanghai-employer-gap"},
		{"near tie, guangdong", near, "guangdong", back.ID},
		{"far behind, shanghai", far, "shanghai", back.ID},
		{"no region", near, "", back.ID},
	} {
		got := refineForRegion(kb, append([]knowledge.FAQMatch(nil), c.matches...), c.region)
		if got[0].FAQ.ID != c.want {
			t.Errorf("%s: first %s, want %s", c.name, got[0].FAQ.ID, c.want)
		}
	}
}

// TestDontKnowThenAside: "不知道" and a few words at a question is the
// not-sure answer; a longer question after it is a question.
func TestDontKnowThenAside(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"不知道 看要多少钱", true}, {"不清楚，看情况", true}, {"not sure, depends on the price", true}, {"idk", true},
		{"不知道，我想问一下居民医保在手机上怎么交", false}, {"not sure but can you tell me where to pay the missed months online", false},
		{"看要多少钱 不知道", false},
	} {
		if got := dontKnowThenAside(c.in); got != c.want {
			t.Errorf("dontKnowThenAside(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestOurCaseRunOn: an English run-on told with "our"/"us" and asking in
// the same breath is the person's case: its facts are taken, and the entry
// it names is shown as well.
func TestOurCaseRunOn(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	r := Decide(kb, "ok so our company in wenzhou merged into a bigger group and since the merger they havent paid our medical insurance its been two months who is responsible now", today, "", rules.Facts{})
	if r.Facts.Region != "zhejiang" || r.Facts.Payer != rules.PayerUnit || r.Facts.UnitStatus != rules.UnitMerged {
		t.Errorf("facts %+v: want zhejiang, unit, merged taken", r.Facts)
	}
	r = Decide(kb, "who is responsible when a company in wenzhou merges and hasn't paid the medical insurance", today, "", rules.Facts{})
	if r.Facts.Payer != "" {
		t.Errorf("a general question: facts %+v taken", r.Facts)
	}
}
