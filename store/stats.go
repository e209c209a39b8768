package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"time"
)

// Report summarises events in [From, To) for maintainers.
type Report struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`

	// ConversationsStarted counts distinct chats with a "started" event;
	// ConversationsFinished distinct chats with a final answer.
	ConversationsStarted  int `json:"conversations_started"`
	ConversationsFinished int `json:"conversations_finished"`

	// Questions is the drop-off funnel, most asked first.
	Questions []QuestionStats `json:"questions"`
	// Verdicts counts final answers by region and verdict.
	Verdicts []VerdictCount `json:"verdicts_by_region"`

	FAQHits   int `json:"faq_hits"`
	FAQMisses int `json:"faq_misses"`
	// TopUnmatched are the most frequent (redacted) queries no FAQ matched,
	// at most 20.
	TopUnmatched []TextCount `json:"top_unmatched"`

	HelpfulYes int `json:"helpful_yes"`
	HelpfulNo  int `json:"helpful_no"`
	// HelpfulRatio is yes/(yes+no), 0 when there was no feedback.
	HelpfulRatio float64 `json:"helpful_ratio"`

	// Errors counts "error" events by code.
	Errors []TextCount `json:"errors"`
}

// QuestionStats is one question's line in the drop-off funnel. Each count is
// of distinct chats.
type QuestionStats struct {
	Question string `json:"question"`
	Asked    int    `json:"asked"`
	Answered int    `json:"answered"`
	// Abandoned counts chats whose last asked question was this one, with
	// neither an answer to it nor a final answer afterwards.
	Abandoned int `json:"abandoned"`
}

// VerdictCount is the number of final answers with one region and verdict.
type VerdictCount struct {
	Region  string `json:"region"`
	Verdict string `json:"verdict"`
	Count   int    `json:"count"`
}

// TextCount is a text (a query or an error code) and how often it occurred.
type TextCount struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

const topUnmatched = 20

// Stats computes the Report for events with from <= At < to.
func (db *DB) Stats(ctx context.Context, from, to time.Time) (Report, error) {
	rep := Report{From: from.UTC(), To: to.UTC()}
	lo, hi := formatTime(from), formatTime(to)
	if err := db.statsScalars(ctx, lo, hi, &rep); err != nil {
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
	return rep, nil
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
		var kind, q string
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
