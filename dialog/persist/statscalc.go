package persist

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

// The parts of a statistics report that are computed in Go rather than in
// SQL, shared by every store so that they count alike: grouping unmatched
// queries, the drop-off funnel and the hand-off summary. A store reads the
// rows (in the order each function documents) and hands them over.

// Bounds and names of the report.
const (
	// TopUnmatched bounds Report.TopUnmatched and Report.UnmatchedGroups.
	TopUnmatched = 20
	// MaxGroupedQueries bounds the distinct unmatched queries that are
	// grouped: grouping compares each with every group, and the rarest add
	// nothing a maintainer would act on.
	MaxGroupedQueries = 2000
	// FallbackRegion is the region id dialog records when a place has no
	// rules of its own and the national baseline answered
	// (rules.NationalRegion; persist imports nothing of ours).
	FallbackRegion = "national"
	// AnswerSubject is the feedback subject of a final answer; any other
	// subject is the id of the FAQ entry rated.
	AnswerSubject = "answer"
)

// GroupSimilar puts queries (most frequent first) into groups of similar
// wording: each query joins the first group whose example it resembles, or
// starts a new one. It returns the largest groups, at most limit.
func GroupSimilar(queries []TextCount, limit int) []QueryGroup {
	type group struct {
		QueryGroup
		terms map[string]bool
	}
	var groups []*group
	for _, q := range queries {
		terms := queryTerms(q.Text)
		var into *group
		for _, g := range groups {
			if similar(terms, g.terms) {
				into = g
				break
			}
		}
		if into == nil {
			into = &group{QueryGroup: QueryGroup{Example: q.Text}, terms: terms}
			groups = append(groups, into)
		}
		into.Count += q.Count
		into.Queries = append(into.Queries, q)
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].Count > groups[j].Count })
	out := []QueryGroup{}
	for _, g := range groups {
		if len(out) == limit {
			break
		}
		out = append(out, g.QueryGroup)
	}
	return out
}

// queryTerms are what two queries are compared by: character pairs of
// Chinese (and single characters of a one-character run), lower-case words
// of other scripts with a plural s dropped. Punctuation and spaces are
// ignored, so "怎么补缴？" and "怎么 补缴" are the same query.
func queryTerms(s string) map[string]bool {
	terms := map[string]bool{}
	var han, word []rune
	flushHan := func() {
		switch {
		case len(han) == 1:
			terms[string(han)] = true
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				terms[string(han[i:i+2])] = true
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			w := strings.ToLower(string(word))
			if len(w) > 3 {
				w = strings.TrimSuffix(w, "s")
			}
			terms[w] = true
		}
		word = word[:0]
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		case unicode.IsSpace(r):
			// Chinese is written without spaces; one typed by the way
			// does not separate words.
			flushWord()
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
	return terms
}

// similar: the Dice coefficient of the two term sets is at least two
// thirds, which puts rewordings of one question together ("医保卡丢了怎么办",
// "医保卡丢了怎么补办") and keeps apart questions that share only the
// question words ("医保断缴了怎么办").
func similar(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	common := 0
	for t := range a {
		if b[t] {
			common++
		}
	}
	return 3*common >= len(a)+len(b)
}

// Funnel builds Report.Questions from each chat's asked, answered and
// answer events, handed over ordered by chat and then in insertion order.
// Distinct-chat counting and "last question without a following answer"
// are awkward in SQL and cheap here.
type Funnel struct {
	qs                map[string]*QuestionStats
	cur               int64
	started           bool
	asked, answered   map[string]bool
	lastAsked         string
	lastAskedResolved bool
}

// Add takes the next event (kind EvAsked, EvAnswered or EvAnswer).
func (f *Funnel) Add(chat int64, kind EventKind, question string) {
	if !f.started || chat != f.cur {
		f.flush()
		f.cur, f.started = chat, true
		f.asked, f.answered = map[string]bool{}, map[string]bool{}
		f.lastAsked, f.lastAskedResolved = "", false
	}
	switch kind {
	case EvAsked:
		f.asked[question] = true
		f.lastAsked, f.lastAskedResolved = question, false
	case EvAnswered:
		f.answered[question] = true
		if question == f.lastAsked {
			f.lastAskedResolved = true
		}
	case EvAnswer:
		f.lastAskedResolved = true
	}
}

func (f *Funnel) get(q string) *QuestionStats {
	if f.qs == nil {
		f.qs = map[string]*QuestionStats{}
	}
	s := f.qs[q]
	if s == nil {
		s = &QuestionStats{Question: q}
		f.qs[q] = s
	}
	return s
}

func (f *Funnel) flush() {
	if !f.started {
		return
	}
	for q := range f.asked {
		f.get(q).Asked++
	}
	for q := range f.answered {
		f.get(q).Answered++
	}
	if f.lastAsked != "" && !f.lastAskedResolved {
		f.get(f.lastAsked).Abandoned++
	}
}

// Questions ends the funnel and returns its lines, most asked first.
func (f *Funnel) Questions() []QuestionStats {
	f.flush()
	f.started = false
	out := make([]QuestionStats, 0, len(f.qs))
	for _, s := range f.qs {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Asked != b.Asked {
			return a.Asked > b.Asked
		}
		return a.Question < b.Question
	})
	return out
}

// HandoffStats summarises hand-offs to staff in [From, To), from events.
type HandoffStats struct {
	// Offered counts offers shown, Opened hand-offs the person agreed to,
	// Closed those ended (/close or /end), NoReply no-reply notices.
	Offered int `json:"offered"`
	Opened  int `json:"opened"`
	Closed  int `json:"closed"`
	NoReply int `json:"no_reply"`
	// Replied counts hand-offs with a staff reply; MedianFirstReply is the
	// median time from consent to it, in seconds (0 with none).
	Replied                 int     `json:"replied"`
	MedianFirstReplySeconds float64 `json:"median_first_reply_seconds"`
	HelpfulYes              int     `json:"helpful_yes"`
	HelpfulNo               int     `json:"helpful_no"`
	// HelpfulRatio is yes/(yes+no), 0 without feedback.
	HelpfulRatio float64 `json:"helpful_ratio"`
}

// HandoffCounter builds HandoffStats from EvHandoff events and EvFeedback
// events whose Question is "handoff", handed over ordered by time, then
// insertion.
type HandoffCounter struct {
	s      HandoffStats
	opened map[int64]time.Time
	waits  []float64
}

// Add takes the next event; helpful is nil for none.
func (c *HandoffCounter) Add(kind EventKind, chat int64, question string, helpful *bool, at time.Time) {
	if kind == EvFeedback {
		if helpful != nil && *helpful {
			c.s.HelpfulYes++
		} else if helpful != nil {
			c.s.HelpfulNo++
		}
		return
	}
	if c.opened == nil {
		c.opened = map[int64]time.Time{}
	}
	switch question {
	case "offered":
		c.s.Offered++
	case "opened":
		c.s.Opened++
		c.opened[chat] = at
	case "closed":
		c.s.Closed++
	case "no_reply":
		c.s.NoReply++
	case "first_reply":
		c.s.Replied++
		if o, ok := c.opened[chat]; ok {
			c.waits = append(c.waits, at.Sub(o).Seconds())
			delete(c.opened, chat)
		}
	}
}

// Stats returns the summary of what was added.
func (c *HandoffCounter) Stats() HandoffStats {
	s := c.s
	if n := len(c.waits); n > 0 {
		w := slices.Clone(c.waits)
		slices.Sort(w)
		s.MedianFirstReplySeconds = w[n/2]
		if n%2 == 0 {
			s.MedianFirstReplySeconds = (w[n/2-1] + w[n/2]) / 2
		}
	}
	if n := s.HelpfulYes + s.HelpfulNo; n > 0 {
		s.HelpfulRatio = float64(s.HelpfulYes) / float64(n)
	}
	return s
}
