package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"bujiao/dialog/persist"
)

// The report's types are the contract's, so every store answers stats
// alike.
type (
	Report        = persist.Report
	QueryGroup    = persist.QueryGroup
	FAQFeedback   = persist.FAQFeedback
	QuestionStats = persist.QuestionStats
	VerdictCount  = persist.VerdictCount
	TextCount     = persist.TextCount
)

const topUnmatched = 20

// fallbackRegion is the region id dialog records when a place has no rules
// of its own and the national baseline answered (rules.NationalRegion;
// store imports nothing of ours).
const fallbackRegion = "national"

// answerSubject is the feedback subject of a final answer; any other
// subject is the id of the FAQ entry rated.
const answerSubject = "answer"

// maxGroupedQueries bounds the distinct unmatched queries that are grouped:
// grouping compares each with every group, and the rarest add nothing a
// maintainer would act on.
const maxGroupedQueries = 2000

// Stats computes the Report for events with from <= At < to.
func (db *DB) Stats(ctx context.Context, from, to time.Time) (Report, error) {
	rep := Report{From: from.UTC(), To: to.UTC()}
	lo, hi := formatTime(from), formatTime(to)
	if err := db.statsScalars(ctx, lo, hi, &rep); err != nil {
		return Report{}, fmt.Errorf("stats: %w", err)
	}
	if err := db.reminderStats(ctx, lo, hi, &rep); err != nil {
		return Report{}, fmt.Errorf("stats: %w", err)
	}
	if err := db.statsFunnel(ctx, lo, hi, &rep); err != nil {
		return Report{}, fmt.Errorf("stats: funnel: %w", err)
	}
	var err error
	rep.Verdicts, err = queryList(ctx, db.r, `SELECT region, verdict, count(*) FROM events
WHERE at >= ? AND at < ? AND kind = ? GROUP BY region, verdict ORDER BY region, verdict`,
		func(rows *sql.Rows) (VerdictCount, error) {
			var v VerdictCount
			return v, rows.Scan(&v.Region, &v.Verdict, &v.Count)
		}, lo, hi, EventAnswer)
	if err != nil {
		return Report{}, fmt.Errorf("stats: verdicts: %w", err)
	}
	scanText := func(rows *sql.Rows) (TextCount, error) {
		var t TextCount
		return t, rows.Scan(&t.Text, &t.Count)
	}
	rep.TopUnmatched, err = queryList(ctx, db.r, `SELECT trim(text) AS q, count(*) AS n FROM events
WHERE at >= ? AND at < ? AND kind = ? GROUP BY q ORDER BY n DESC, q LIMIT ?`,
		scanText, lo, hi, EventFAQMiss, topUnmatched)
	if err != nil {
		return Report{}, fmt.Errorf("stats: unmatched: %w", err)
	}
	rep.Errors, err = queryList(ctx, db.r, `SELECT text, count(*) AS n FROM events
WHERE at >= ? AND at < ? AND kind = ? GROUP BY text ORDER BY n DESC, text`,
		scanText, lo, hi, EventError)
	if err != nil {
		return Report{}, fmt.Errorf("stats: errors: %w", err)
	}
	// The place a person named travels in the answer event's text (see
	// EventAnswer); events written before it did have an empty text and
	// are counted under "".
	rep.FallbackPlaces, err = queryList(ctx, db.r, `SELECT trim(text) AS place, count(*) AS n FROM events
WHERE at >= ? AND at < ? AND kind = ? AND region = ? GROUP BY place ORDER BY n DESC, place`,
		scanText, lo, hi, EventAnswer, fallbackRegion)
	if err != nil {
		return Report{}, fmt.Errorf("stats: fallback places: %w", err)
	}
	misses, err := queryList(ctx, db.r, `SELECT trim(text) AS q, count(*) AS n FROM events
WHERE at >= ? AND at < ? AND kind = ? AND trim(text) <> '' GROUP BY q ORDER BY n DESC, q LIMIT ?`,
		scanText, lo, hi, EventFAQMiss, maxGroupedQueries)
	if err != nil {
		return Report{}, fmt.Errorf("stats: unmatched groups: %w", err)
	}
	rep.UnmatchedGroups = groupSimilar(misses, topUnmatched)
	rep.FAQFeedback, err = queryList(ctx, db.r, `SELECT question, coalesce(sum(helpful = 1), 0) AS yes, coalesce(sum(helpful = 0), 0) AS no
FROM events WHERE at >= ? AND at < ? AND kind = ? AND helpful IS NOT NULL AND question NOT IN ('', ?)
GROUP BY question ORDER BY yes + no DESC, question`,
		func(rows *sql.Rows) (FAQFeedback, error) {
			var f FAQFeedback
			err := rows.Scan(&f.FAQ, &f.HelpfulYes, &f.HelpfulNo)
			if n := f.HelpfulYes + f.HelpfulNo; n > 0 {
				f.HelpfulRatio = float64(f.HelpfulYes) / float64(n)
			}
			return f, err
		}, lo, hi, EventFeedback, answerSubject)
	if err != nil {
		return Report{}, fmt.Errorf("stats: FAQ feedback: %w", err)
	}
	return rep, nil
}

// groupSimilar puts queries (most frequent first) into groups of similar
// wording: each query joins the first group whose example it resembles, or
// starts a new one. It returns the largest groups, at most limit.
func groupSimilar(queries []TextCount, limit int) []QueryGroup {
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

func (db *DB) statsScalars(ctx context.Context, lo, hi string, rep *Report) error {
	err := db.r.QueryRowContext(ctx, `SELECT
    count(DISTINCT CASE WHEN kind = ? THEN chat_id END),
    count(DISTINCT CASE WHEN kind = ? THEN chat_id END),
    coalesce(sum(kind = ?), 0),
    coalesce(sum(kind = ?), 0),
    coalesce(sum(kind = ? AND helpful = 1), 0),
    coalesce(sum(kind = ? AND helpful = 0), 0)
FROM events WHERE at >= ? AND at < ?`,
		EventStarted, EventAnswer, EventFAQHit, EventFAQMiss, EventFeedback, EventFeedback, lo, hi,
	).Scan(&rep.ConversationsStarted, &rep.ConversationsFinished, &rep.FAQHits, &rep.FAQMisses,
		&rep.HelpfulYes, &rep.HelpfulNo)
	if err != nil {
		return classify(err)
	}
	if n := rep.HelpfulYes + rep.HelpfulNo; n > 0 {
		rep.HelpfulRatio = float64(rep.HelpfulYes) / float64(n)
	}
	return nil
}

// statsFunnel walks each chat's asked/answered/answer events in insertion
// order. Distinct-chat counting and "last question without a following
// answer" are awkward in SQL and cheap here.
func (db *DB) statsFunnel(ctx context.Context, lo, hi string, rep *Report) error {
	rows, err := db.r.QueryContext(ctx, `SELECT chat_id, kind, question FROM events
WHERE at >= ? AND at < ? AND kind IN (?, ?, ?) ORDER BY chat_id, id`,
		lo, hi, EventAsked, EventAnswered, EventAnswer)
	if err != nil {
		return classify(err)
	}
	defer rows.Close()

	qs := map[string]*QuestionStats{}
	get := func(q string) *QuestionStats {
		s := qs[q]
		if s == nil {
			s = &QuestionStats{Question: q}
			qs[q] = s
		}
		return s
	}
	var (
		cur               int64
		started           bool
		asked, answered   map[string]bool
		lastAsked         string
		lastAskedResolved bool
	)
	flush := func() {
		if !started {
			return
		}
		for q := range asked {
			get(q).Asked++
		}
		for q := range answered {
			get(q).Answered++
		}
		if lastAsked != "" && !lastAskedResolved {
			get(lastAsked).Abandoned++
		}
	}
	for rows.Next() {
		var chat int64
		var kind persist.EventKind
		var q string
		if err := rows.Scan(&chat, &kind, &q); err != nil {
			return err
		}
		if !started || chat != cur {
			flush()
			cur, started = chat, true
			asked, answered = map[string]bool{}, map[string]bool{}
			lastAsked, lastAskedResolved = "", false
		}
		switch kind {
		case EventAsked:
			asked[q] = true
			lastAsked, lastAskedResolved = q, false
		case EventAnswered:
			answered[q] = true
			if q == lastAsked {
				lastAskedResolved = true
			}
		case EventAnswer:
			lastAskedResolved = true
		}
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	flush()

	rep.Questions = make([]QuestionStats, 0, len(qs))
	for _, s := range qs {
		rep.Questions = append(rep.Questions, *s)
	}
	sort.Slice(rep.Questions, func(i, j int) bool {
		a, b := rep.Questions[i], rep.Questions[j]
		if a.Asked != b.Asked {
			return a.Asked > b.Asked
		}
		return a.Question < b.Question
	})
	return nil
}

func queryList[T any](ctx context.Context, db *sql.DB, query string, scan func(*sql.Rows) (T, error), args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	list := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, v)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	return list, nil
}
