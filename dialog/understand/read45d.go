package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix45d: a plan told as a plan ("打算明年回湖南老家", "下个月准备去苏州上班",
// "going back to my hometown in hunan next year", "I'm moving to Hangzhou
// next month for a new job") is not a move that happened.
//
//   - The plan's place is never the region: the region, the move, the gap
//     and its end are read from the message as it would be without the
//     plan's clause (planMove45d); a resumed month is never invented from a
//     job still ahead.
//   - A time word of the plan ("明年", "next year") sets no gap month: a
//     month off told in the past ("8月辞职了") or in another clause than
//     the plan's word is no gap planned ahead (pastOff45d, read34b.go).

var (
	// zhPlan45d: a word that puts what follows ahead.
	zhPlan45d = regexp.MustCompile(`打算|准备|计划|想要|想|要|过完年|过了年|年后|下个?月|明年|下半年|将来|到时候|过段时间|过几个月|过阵子`)
	// zhPlanMove45d: a move or a job at a place after the plan's word.
	zhPlanMove45d = regexp.MustCompile(`(?:就|再|还|也|先|会)?(?:搬|迁|回|调|去|到|转)`)
	// enPlan45d: words that put a move ahead; enProgressive45d: a present
	// form that is a plan only with a time ahead in its clause.
	enPlan45d = regexp.MustCompile(`\b(?:will|ill|i'll|gonna|planning to|plan to|planning on|plan on|about to|intend to|want to|hoping to|hope to|thinking of|thinking about|going to)\b`)
	// enMoveWord45d: a move or a job between the plan's word and the place.
	enMoveWord45d    = regexp.MustCompile(`\b(?:move|moving|go|going|goin|back|relocate|relocating|start|starting|job|work|working|head|heading|return|returning|transfer|transferring|settle|home|hometown)\b`)
	enProgressive45d = regexp.MustCompile(`\b(?:moving|going|heading|relocating|returning|starting|transferring)\b`)
	enAhead45d       = regexp.MustCompile(`\b(?:next (?:month|year|week)|soon|in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)|after (?:the )?(?:new year|spring festival|chinese new year)|early next|later this)\b`)
	// enPlanEnd45d: where an English plan's clause ends without a mark.
	enPlanEnd45d = regexp.MustCompile(`[,.;!?]|\b(?:but|and i|since|because|when|i|the company|our)\b`)
	// zhPast45d: the plan's clause told done ("去了", "已经").
	zhPast45d = regexp.MustCompile(`已经|(?:去|回|到|来|搬|调)了|过去了`)
	// zhQuestionTail45d keeps a question in the plan's clause.
	zhQuestionTail45d = regexp.MustCompile(`(?:能|可以|会|要|需要|怎么|吗|呢|么)`)
)

// planSpan45d is a plan's clause in s: [at, end), its place at [pat, pend).
type planSpan45d struct{ at, end, pat, pend int }

// planSpans45d finds the clauses that plan a move or a job at a place.
func planSpans45d(s string, regions RegionMatcher) []planSpan45d {
	var out []planSpan45d
	for _, m := range zhPlan45d.FindAllStringIndex(s, -1) {
		if strings.HasPrefix(s[m[0]:], "想问") || strings.HasPrefix(s[m[0]:], "要不要") || strings.HasPrefix(s[m[0]:], "要个人") || m[0] >= 3 && strings.HasSuffix(s[:m[0]], "不") || strings.HasPrefix(s[m[0]:], "要交") ||
			strings.HasPrefix(s[m[0]:], "要补") || strings.HasPrefix(s[m[0]:], "要缴") {
			continue
		}
		_, end := clauseBounds45d(s, m[1])
		c := s[m[1]:end]
		if zhPast45d.MatchString(c) {
			continue
		}
		mv := zhPlanMove45d.FindStringIndex(c)
		if mv == nil || len([]rune(c[:mv[0]])) > 8 {
			continue
		}
		p0 := m[1] + mv[1]
		pat, pend, ok := placeIn45d(s, p0, min(end, p0+18), regions)
		if !ok {
			continue
		}
		e := end
		if q := zhQuestionTail45d.FindStringIndex(s[pend:end]); q != nil {
			e = pend + q[0]
		}
		out = append(out, planSpan45d{m[0], e, pat, pend})
	}
	for _, m := range enProgressive45d.FindAllStringIndex(s, -1) {
		end := enClauseEnd45d(s, m[1])
		if !enAhead45d.MatchString(s[m[0]:min(len(s), end+30)]) || hasAny(s[max(0, m[0]-12):m[0]], []string{"was ", "were ", "had ", "been "}) {
			continue
		}
		if pat, pend, ok := placeIn45d(s, m[1], end, regions); ok && enMoveWord45d.MatchString(s[m[0]:pat]) {
			out = append(out, planSpan45d{m[0], min(end, pend+30), pat, pend})
		}
	}
	for _, m := range enPlan45d.FindAllStringIndex(s, -1) {
		end := enClauseEnd45d(s, m[1])
		if pat, pend, ok := placeIn45d(s, m[1], end, regions); ok && enMoveWord45d.MatchString(s[m[1]:pat]) {
			out = append(out, planSpan45d{m[0], min(end, pend+30), pat, pend})
		}
	}
	return out
}

// enClauseEnd45d is where the English clause from i ends.
func enClauseEnd45d(s string, i int) int {
	if l := enPlanEnd45d.FindStringIndex(s[i:]); l != nil {
		return i + l[0]
	}
	return len(s)
}

// clauseBounds45d: the clause around i, spaces and marks its ends.
func clauseBounds45d(s string, i int) (start, end int) {
	start = strings.LastIndexAny(s[:i], ",，。.;；!！?？ ") + 1
	end = len(s)
	if k := strings.IndexAny(s[i:], ",，。.;；!！?？ "); k >= 0 {
		end = i + k
	}
	return start, end
}

// placeIn45d is the first place named in s[lo:hi].
func placeIn45d(s string, lo, hi int, regions RegionMatcher) (int, int, bool) {
	if lo >= hi {
		return 0, 0, false
	}
	w := s[lo:hi]
	if _, ok := regions.MatchRegion(w); !ok {
		return 0, 0, false
	}
	// The shortest prefix that names a place, then its start.
	for k := lo + 1; k <= hi; k++ {
		if _, ok := regions.MatchRegion(s[lo:k]); ok {
			for j := k - 1; j >= lo; j-- {
				if _, ok := regions.MatchRegion(s[j:k]); ok {
					return j, k, true
				}
			}
		}
	}
	return 0, 0, false
}

// planMove45d reads the message again without its plans' clauses when a
// plan's place was taken as the region or the move: the region, the move
// and the gap are those of the message without the plan.
func planMove45d(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	if regions == nil || today.IsZero() {
		return
	}
	spans := planSpans45d(s, regions)
	if len(spans) == 0 {
		return
	}
	b := []byte(s)
	hit := false
	for _, p := range spans {
		id, _ := regions.MatchRegion(s[p.pat:p.pend])
		if id == a.Region || id == a.Stated.Region || a.Moved || a.MovedAll || a.Stated.Resumed != nil || a.Stated.Reason == rules.ReasonJobChange {
			hit = true
		}
		for i := p.at; i < p.end; i++ {
			b[i] = ' '
		}
	}
	if !hit {
		return
	}
	rest := strings.Join(strings.Fields(string(b)), " ")
	if rest == "" {
		return
	}
	o := Analyze(rest, today, regions, "")
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll, a.SelfPaidMoved = o.Moved, o.MovedAcross, o.MovedAll, o.MovedAcrossAll, o.SelfPaidMoved
	for _, pair := range [][2]*Extracted{{&a.Extracted, &o.Extracted}, {&a.Stated, &o.Stated}} {
		e, n := pair[0], pair[1]
		e.Region = n.Region
		e.Reason, e.Payer, e.UnitStatus, e.UnitImplied = n.Reason, n.Payer, n.UnitStatus, n.UnitImplied
		e.Gap, e.Resumed, e.GapEnded, e.GapConflict, e.GapTooLong = n.Gap, n.Resumed, n.GapEnded, n.GapConflict, n.GapTooLong
		e.StillWorking, e.SameCity = n.StillWorking, n.SameCity
		e.ArrearsBeforeLeaving, e.SinceLeaving = n.ArrearsBeforeLeaving, n.SinceLeaving
	}
	a.Region = a.Extracted.Region
}

// pastOff45d: the months off read by read34b at s[lo:hi] are no plan
// ahead: told done ("8月辞职了"), or with no word of a plan in their
// clause or right before it; nextYear says the plan's "明年" belongs to
// them.
func pastOff45d(s string, lo, hi int) (past, nextYear bool) {
	start, _ := clauseBounds45d(s, lo)
	if strings.HasPrefix(s[hi:], "了") || strings.HasPrefix(s[hi:], " 了") {
		return true, false
	}
	before := s[max(0, start-30):lo]
	if k := strings.LastIndexAny(before, ",，。.;；!！?？"); k >= 0 {
		before = before[k+1:]
	}
	own := before + s[lo:hi]
	if !hasAny(own, zhFuture34b) && !hasAny(own, enFuture34b) && !hasAny(own, []string{"will ", "going to", "plan"}) {
		return true, false
	}
	return false, hasAny(own, []string{"明年", "next year", "年后", "过完年"})
}
