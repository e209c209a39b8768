package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// RouteKind says how a typed message is handled.
type RouteKind string

// Routes, in the order they are tried.
const (
	RouteHuman     RouteKind = "human"     // asks for a person: the human routes
	RouteSmallTalk RouteKind = "smalltalk" // hello or thanks and nothing else
	RouteDontKnow  RouteKind = "dont-know" // "不知道", "not sure" to the question on screen
	RouteComputed  RouteKind = "computed"  // asks what the knowledge base can work out (a flexible worker's monthly cost)
	RouteFAQ       RouteKind = "faq"       // asks a question the FAQ answers
	RouteBoth      RouteKind = "both"      // says facts and asks a question the FAQ answers
	RouteFacts     RouteKind = "facts"     // says facts about the person
	RouteMiss      RouteKind = "miss"      // asks something nothing answers
	RouteUnknown   RouteKind = "unknown"   // nothing understood
)

// Route is the decision for one typed message: what it is, the facts it
// states, and the FAQ entries it matches. The chat acts on it; `bujiao kb
// faq` prints it, so maintainers can predict the chat.
type Route struct {
	Kind     RouteKind
	Analysis understand.Analysis
	// Facts are the facts the message states about the person (none for
	// a bare question).
	Facts understand.Extracted
	// FAQ holds the best matches, best first, weak ones included.
	FAQ []knowledge.FAQMatch
	// CostRegion is the region whose flexible-worker cost a computed
	// answer gives.
	CostRegion string
	// ConfirmGap is a gap named inside the question, to confirm with one tap.
	ConfirmGap *understand.Duration
}

// strongFAQScore is the FAQ score above which a message that does not ask
// in form ("…怎么办") is still answered from the FAQ: it says what an entry
// asks, nearly word for word.
const strongFAQScore = 0.6

// FAQHit reports whether the best FAQ match is good enough to show.
func (r Route) FAQHit() bool { return len(r.FAQ) > 0 && r.FAQ[0].Score >= knowledge.MinFAQScore }

// Decide routes a typed message as the chat does: asking is the question on
// screen ("" for none) and known the facts given before. It reads the
// message once.
func Decide(kb *knowledge.Base, msg string, today rules.Date, asking rules.Field, known rules.Facts) Route {
	a := understand.Analyze(msg, today, kb, asking)
	r := Route{Analysis: a, Facts: a.Extracted}
	switch {
	case a.Human && a.Stated.Empty():
		r.Kind = RouteHuman
		return r
	case a.SmallTalkOnly:
		r.Kind = RouteSmallTalk
		return r
	case a.DontKnowOnly:
		r.Kind = RouteDontKnow
		return r
	}
	if !a.Asks {
		// "单位破产了，欠的医保费怎么办？" asks for the main flow in form,
		// but an FAQ entry that matches it this well is what was asked.
		if r.FAQ = kb.SearchFAQ(msg, 3); len(r.FAQ) > 0 && r.FAQ[0].Score >= strongFAQScore {
			r.Kind = RouteFAQ
			if !a.Extracted.Empty() {
				r.Kind = RouteBoth
			}
			return r
		}
		r.Kind = RouteFacts
		if a.Extracted.Empty() {
			r.Kind = RouteUnknown
			if a.DontKnow && asking != "" {
				r.Kind = RouteDontKnow
			}
		}
		return r
	}
	// The whole message, or its question alone: whichever the FAQ knows
	// better ("我在杭州上班，公司拖欠了3个月医保，还能补交吗？" is found
	// by its last clause).
	r.FAQ = kb.SearchFAQ(msg, 3)
	if a.Question != "" {
		// The question alone loses the scheme the rest of the message
		// gives ("还能补交吗" after "公司拖欠了"); it goes along.
		q := a.Question + schemeContext(msg, a, known)
		if m := kb.SearchFAQ(q, 3); len(m) > 0 && (len(r.FAQ) == 0 || m[0].Score > r.FAQ[0].Score) {
			r.FAQ = m
		}
	}
	r.Facts = a.Stated
	if region := costRegion(a, known); region != "" && asksCost(msg, r) {
		r.Kind, r.CostRegion = RouteComputed, region
		return r
	}
	switch {
	case r.FAQHit() && r.Facts.Empty():
		r.Kind = RouteFAQ
	case r.FAQHit():
		r.Kind = RouteBoth
	case !a.IsQuestion() && !a.Extracted.Empty():
		// Question words that do not outweigh the facts, and nothing in
		// the FAQ: the words are the person's premise ("公司破产了能补吗"),
		// but a number inside the question is only confirmed.
		r.Kind, r.Facts = RouteFacts, a.Extracted
		r.Facts.Gap, r.Facts.GapTooLong = a.Stated.Gap, a.Stated.GapTooLong
		r.Facts.YearsPaid, r.Facts.RepayYears, r.Facts.Number = a.Stated.YearsPaid, a.Stated.RepayYears, a.Stated.Number
	case !r.Facts.Empty():
		r.Kind = RouteFacts
	case a.DontKnow && asking != "":
		r.Kind = RouteDontKnow
	default:
		r.Kind = RouteMiss
	}
	if a.AskedGap != nil && known.GapMonths == nil && known.Since == nil {
		r.ConfirmGap = a.AskedGap
	}
	return r
}

// schemeContext names the person's scheme, in the message's language, to
// search the FAQ with; "" when it is not known.
func schemeContext(msg string, a understand.Analysis, known rules.Facts) string {
	scheme := known.Scheme
	e := a.Extracted
	switch {
	case e.Scheme != "":
		scheme = e.Scheme
	case e.Payer != "" || e.Reason != "" || e.UnitStatus != "" || e.Retirement != "":
		scheme = rules.SchemeEmployee // facts of the employee scheme only
	case e.Newborn != nil || e.InWindow != nil:
		scheme = rules.SchemeResident
	}
	zh := strings.IndexFunc(msg, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) >= 0
	switch {
	case scheme == rules.SchemeEmployee && zh:
		return ",职工医保"
	case scheme == rules.SchemeEmployee:
		return ", employee insurance"
	case scheme == rules.SchemeResident && zh:
		return ",居民医保"
	case scheme == rules.SchemeResident:
		return ", resident insurance"
	}
	return ""
}

// zhCostWords and enCostWords ask what paying costs.
var zhCostWords = []string{"多少钱", "缴多少", "交多少", "费用多少", "多少费用", "要多少", "几百", "多少元", "多少块"}
var enCostWords = []string{"how much", "cost", "costs", "price", "fee is", "what rate", "monthly payment"}

// asksCost reports whether the message asks what a flexible worker pays:
// cost words, or the FAQ entry on it, without an employer paying.
func asksCost(msg string, r Route) bool {
	if r.Analysis.Payer == rules.PayerUnit {
		return false
	}
	if r.FAQHit() && r.FAQ[0].FAQ.ID == "how-much-to-pay" {
		return true
	}
	lower := strings.ToLower(msg)
	lower = strings.ReplaceAll(lower, "交", "缴")
	for _, w := range zhCostWords {
		if strings.Contains(lower, strings.ReplaceAll(w, "交", "缴")) {
			return r.Analysis.Payer == rules.PayerIndividual || r.Analysis.Scheme == rules.SchemeEmployee
		}
	}
	for _, w := range enCostWords {
		if strings.Contains(lower, w) {
			return r.Analysis.Payer == rules.PayerIndividual || r.Analysis.Scheme == rules.SchemeEmployee
		}
	}
	return false
}

// costRegion is the region a cost question is about: the one the message
// names, else the one given before.
func costRegion(a understand.Analysis, known rules.Facts) string {
	if a.Region != "" {
		return a.Region
	}
	return known.Region
}

// costBlocks answers what a flexible worker pays a month in region: from
// the region's base range and rate where the knowledge base has them,
// otherwise that the figure is unknown there.
func (t *turn) costBlocks(region string) []Block {
	p, _ := t.kb.Policy(region)
	name := t.msg("d.cost.your_city")
	if r, ok := t.kb.Region(region); ok && region != rules.NationalRegion {
		name = r.Name.In(t.s.Lang)
	}
	ip := p.Individual
	if region == rules.NationalRegion || ip.ContributionRate == nil || ip.BaseMin == nil || ip.BaseMax == nil {
		return []Block{para(text(t.kb.Msgf(t.s.Lang, "d.cost.unknown", "region", name)))}
	}
	low := ip.BaseMin.Mul(*ip.ContributionRate).Round(2)
	high := ip.BaseMax.Mul(*ip.ContributionRate).Round(2)
	rate := ip.ContributionRate.Mul(decimal.NewFromInt(100)).String() + "%"
	return []Block{para(text(t.kb.Msgf(t.s.Lang, "d.cost.known", "region", name,
		"low", low.StringFixed(2), "high", high.StringFixed(2),
		"base_min", ip.BaseMin.String(), "base_max", ip.BaseMax.String(), "rate", rate)))}
}
