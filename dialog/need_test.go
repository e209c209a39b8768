package dialog

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestNeedMatchesOutcomes probes the rules over a grid of cases: a fact the
// chat asks before the first answer (decisive) must change an outcome for
// some case, and a fact it only offers afterwards (optional) must change
// none. An outcome is the verdict, the day cover stopped, the day (or
// range) it resumes, cover for the gap and the first dated deadline; money
// is not. The grid is every answer to every required question (enum
// values, yes/no, the schema's presets, each region), and each probed fact
// takes each of its values, its presets and the thresholds the rules use.
func TestNeedMatchesOutcomes(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	bases := gridCases(kb)
	if len(bases) < 300 {
		t.Fatalf("grid has %d cases; the walk is broken", len(bases))
	}
	// Facts never asked that the answer still uses, each for a reason the
	// answer states.
	stated := map[rules.Field]string{
		// A plan: the answer assumes paying this month and says so.
		rules.FieldPayDate: "the answer assumes paying this month and says so",
		// A switch of scheme is what people say happened; asking everyone
		// would double the questions for the few it concerns.
		rules.FieldPriorScheme: "stated, never asked",
		// An ended gap is what people say; without it the gap is open.
		rules.FieldGapEnded: "stated, never asked",
		// Issue 18's cases of a few: a first enrolment and a subsidised
		// group are what people say ("一直没买过医保", "低保户"); asking
		// everyone would add a question for the few.
		rules.FieldFirstEnrolment: "stated, never asked",
		rules.FieldSubsidised:     "stated, never asked",
		// An unemployment benefit that has ended is what people say
		// ("领到十一月底结束了"); without it the benefit is still drawn.
		rules.FieldBenefitEnded: "stated, never asked",
		// An employer that paid the arrears back is what people say
		// ("11月公司把欠的都补上了"); without it they are still owed.
		rules.FieldArrearsPaid: "stated, never asked",
		// A self-payer who paid the missed months back says so ("上个月
		// 已经全部补齐了"); without it the gap is open.
		rules.FieldPaidBack: "stated, never asked",
		// A former employer that owed the last months before the person
		// left is what people say ("离职前两个月公司没给交"); asking
		// every leaver would add a question for the few (audit round 17).
		rules.FieldArrearsBeforeLeaving: "stated, never asked",
	}
	// A stated switch of scheme opens questions of its own (years enrolled
	// before it): the grid holds each switch too.
	for _, base := range bases[:len(bases):len(bases)] {
		if rules.Relevant(base, kb.Inputs(base.Region), rules.FieldPriorScheme) {
			for _, s := range rules.Schemes {
				f := base
				f.PriorScheme = s
				bases = append(bases, f)
			}
		}
	}
	changes := map[rules.Field]int{}
	probed := map[rules.Field]int{}
	for _, base := range bases {
		o, err := kb.Evaluate(base, today)
		if err != nil {
			continue
		}
		want := outcomeKey(&o)
		in := kb.Inputs(base.Region)
		for _, d := range rules.Schema {
			if d.Need == rules.NeedRequired || d.AltOf != "" || d.IsSet(&base) || !rules.Relevant(base, in, d.Field) {
				continue
			}
			for _, v := range probeValues(d, today) {
				f := base
				if err := d.Set(&f, v); err != nil {
					t.Fatalf("probe %s=%s: %v", d.Key, v, err)
				}
				g, err := kb.Evaluate(f, today)
				if err != nil {
					continue
				}
				probed[d.Field]++
				if got := outcomeKey(&g); got != want {
					changes[d.Field]++
					if d.Need == rules.NeedOptional && stated[d.Field] == "" && changes[d.Field] <= 3 {
						t.Errorf("%s=%s is optional (offered after the answer) but changes the outcome of %s:\n  without: %s\n  with:    %s",
							d.Key, v, caseString(base), want, got)
					}
				}
			}
		}
	}
	for _, d := range rules.Schema {
		if d.AltOf != "" {
			continue
		}
		switch d.Need {
		case rules.NeedDecisive:
			if probed[d.Field] == 0 {
				t.Errorf("%s is decisive but the grid never probes it", d.Key)
			} else if changes[d.Field] == 0 {
				t.Errorf("%s is decisive (asked before the answer) but changes no outcome in %d probes", d.Key, probed[d.Field])
			}
		case rules.NeedOptional:
			if why := stated[d.Field]; why != "" && changes[d.Field] == 0 {
				t.Errorf("%s is excused from the optional check (%s) but changes no outcome: drop the excuse", d.Key, why)
			}
		}
		t.Logf("%-18s need %d: %5d probes, %5d change an outcome", d.Key, d.Need, probed[d.Field], changes[d.Field])
	}
}

func caseString(f rules.Facts) string {
	var out string
	for _, d := range rules.Schema {
		if v := d.Get(&f); v != "" {
			out += d.Key + "=" + v + " "
		}
	}
	return out
}

// gridCases walks the required questions from nothing, taking every
// answer each offers, until none is missing.
func gridCases(kb *knowledge.Base) []rules.Facts {
	var out []rules.Facts
	var walk func(f rules.Facts, depth int)
	walk = func(f rules.Facts, depth int) {
		need := rules.Needed(f, kb.Inputs(f.Region))
		if len(need) == 0 || depth > 12 {
			out = append(out, f)
			return
		}
		d, _ := rules.FactByField(need[0])
		for _, v := range gridValues(kb, d) {
			g := f
			if err := d.Set(&g, v); err != nil {
				panic(fmt.Sprintf("grid %s=%s: %v", d.Key, v, err))
			}
			walk(g, depth+1)
		}
	}
	walk(rules.Facts{}, 0)
	return out
}

func gridValues(kb *knowledge.Base, d *rules.Fact) []string {
	switch d.Kind {
	case rules.KindEnum, rules.KindBool:
		return d.Values
	case rules.KindPlace:
		var out []string
		for _, r := range kb.Regions() {
			out = append(out, r.ID)
		}
		return out
	}
	var out []string
	for _, n := range d.Presets {
		out = append(out, strconv.Itoa(n))
	}
	return out
}

// TestDecisiveAskedOnlyWhenItMatters: a question the answer can do without
// is asked before the answer only when some value of it changes an outcome
// for the facts given (issue 17, item 1), and only once the facts a
// decision needs are known.
func TestDecisiveAskedOnlyWhenItMatters(t *testing.T) {
	m := testMachine(t)
	kb := testKB(t)
	today := knowledge.Today(testNow)
	jobChange := func(gap int) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, GapMonths: &gap}
	}
	for _, c := range []struct {
		gap  int
		asks bool
	}{
		// No gap: whether the new job is in another city changes nothing.
		{0, false},
		// Two months: the transfer rule (43号) decides the dates.
		{2, true},
	} {
		f := jobChange(c.gap)
		f.Region = rules.NationalRegion
		if got := changesOutcome(kb, f, rules.FieldCrossCity, today); got != c.asks {
			t.Errorf("gap %d: cross_city changes an outcome = %v, want %v", c.gap, got, c.asks)
		}
		s := State{Facts: jobChange(c.gap), Asking: rules.FieldRegion}
		s, _, events := m.Step(s, Input{Data: EncodeAction(Action{Kind: ActSet, Field: rules.FieldRegion, Value: rules.NationalRegion})}, testNow)
		asked := slices.ContainsFunc(events, func(e Event) bool { return e.Kind == EvAsked && e.Question == string(rules.FieldCrossCity) })
		answered := slices.ContainsFunc(events, func(e Event) bool { return e.Kind == EvAnswer })
		if asked != c.asks || answered == c.asks {
			t.Errorf("gap %d: asked cross_city %v, answered %v; want asked %v (asking %q)", c.gap, asked, answered, c.asks, s.Asking)
		}
	}
	// Before the years without cover are known, the enrolment window is
	// not asked: what it changes cannot be known yet.
	s := State{Facts: rules.Facts{Scheme: rules.SchemeResident, Region: rules.NationalRegion}, Asking: rules.FieldNewborn}
	s, _, _ = m.Step(s, Input{Data: EncodeAction(Action{Kind: ActSet, Field: rules.FieldNewborn, Value: "n"})}, testNow)
	if s.Asking != rules.FieldBrokenYears {
		t.Errorf("after the newborn question, asking %q; want broken_years before the enrolment window", s.Asking)
	}
}
