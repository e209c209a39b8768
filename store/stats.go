package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

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

// Bounds and names shared with every store (see persist).
const (
	topUnmatched      = persist.TopUnmatched
	fallbackRegion    = persist.FallbackRegion
	answerSubject     = persist.AnswerSubject
	maxGroupedQueries = persist.MaxGroupedQueries
)

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
	rep.UnmatchedGroups = persist.GroupSimilar(misses, topUnmatched)
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

	var f persist.Funnel
	for rows.Next() {
		var chat int64
		var kind persist.EventKind
		var q string
		if err := rows.Scan(&chat, &kind, &q); err != nil {
			return err
		}
		f.Add(chat, kind, q)
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	rep.Questions = f.Questions()
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
