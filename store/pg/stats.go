package pg

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
)

// Statistics in SQL, query for query as the SQLite store's (store/stats.go,
// store/handoffstats.go, store/reminders.go). What SQL does badly — the
// drop-off funnel, grouping similar queries, the hand-off median — is the
// contract's shared Go code (persist.Funnel, persist.GroupSimilar,
// persist.HandoffCounter), fed with the same rows in the same order. Text
// is ordered COLLATE "C" (by bytes), as SQLite's BINARY collation orders
// it, so ties come out alike whatever the database's locale.
// TestStatsMatchSQLite (cmd/bujiao) compares the two.

// Stats computes the Report for events with from <= At < to.
func (db *DB) Stats(ctx context.Context, from, to time.Time) (persist.Report, error) {
	lo, hi := from.UTC(), to.UTC()
	rep := persist.Report{From: lo, To: hi}
	fail := func(what string, err error) (persist.Report, error) {
		return persist.Report{}, fmt.Errorf("stats: %s: %w", what, db.classify(err))
	}
	err := db.pool.QueryRow(ctx, `SELECT
    count(DISTINCT chat_id) FILTER (WHERE kind = $3),
    count(DISTINCT chat_id) FILTER (WHERE kind = $4),
    count(*) FILTER (WHERE kind = $5),
    count(*) FILTER (WHERE kind = $6),
    count(*) FILTER (WHERE kind = $7 AND helpful),
    count(*) FILTER (WHERE kind = $7 AND NOT helpful)
FROM events WHERE at >= $1 AND at < $2`, lo, hi,
		string(persist.EvStarted), string(persist.EvAnswer), string(persist.EvFAQHit), string(persist.EvFAQMiss),
		string(persist.EvFeedback),
	).Scan(&rep.ConversationsStarted, &rep.ConversationsFinished, &rep.FAQHits, &rep.FAQMisses,
		&rep.HelpfulYes, &rep.HelpfulNo)
	if err != nil {
		return fail("counts", err)
	}
	if n := rep.HelpfulYes + rep.HelpfulNo; n > 0 {
		rep.HelpfulRatio = float64(rep.HelpfulYes) / float64(n)
	}
	if rep.Reminders, err = db.reminderStats(ctx, lo, hi); err != nil {
		return fail("reminders", err)
	}
	if rep.Questions, err = db.funnel(ctx, lo, hi); err != nil {
		return fail("funnel", err)
	}
	rep.Verdicts, err = list(ctx, db, `SELECT region, verdict, count(*) FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 GROUP BY region, verdict ORDER BY region COLLATE "C", verdict COLLATE "C"`,
		func(r pgx.CollectableRow) (persist.VerdictCount, error) {
			var v persist.VerdictCount
			return v, r.Scan(&v.Region, &v.Verdict, &v.Count)
		}, lo, hi, string(persist.EvAnswer))
	if err != nil {
		return fail("verdicts", err)
	}
	scanText := func(r pgx.CollectableRow) (persist.TextCount, error) {
		var t persist.TextCount
		return t, r.Scan(&t.Text, &t.Count)
	}
	rep.TopUnmatched, err = list(ctx, db, `SELECT trim(text) AS q, count(*) AS n FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 GROUP BY q ORDER BY n DESC, trim(text) COLLATE "C" LIMIT $4`,
		scanText, lo, hi, string(persist.EvFAQMiss), persist.TopUnmatched)
	if err != nil {
		return fail("unmatched", err)
	}
	rep.Errors, err = list(ctx, db, `SELECT text, count(*) AS n FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 GROUP BY text ORDER BY n DESC, text COLLATE "C"`,
		scanText, lo, hi, string(persist.EvError))
	if err != nil {
		return fail("errors", err)
	}
	// The place a person named travels in the answer event's text; events
	// written before it did have an empty text and are counted under "".
	rep.FallbackPlaces, err = list(ctx, db, `SELECT trim(text) AS place, count(*) AS n FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 AND region = $4 GROUP BY place ORDER BY n DESC, trim(text) COLLATE "C"`,
		scanText, lo, hi, string(persist.EvAnswer), persist.FallbackRegion)
	if err != nil {
		return fail("fallback places", err)
	}
	misses, err := list(ctx, db, `SELECT trim(text) AS q, count(*) AS n FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 AND trim(text) <> '' GROUP BY q ORDER BY n DESC, trim(text) COLLATE "C" LIMIT $4`,
		scanText, lo, hi, string(persist.EvFAQMiss), persist.MaxGroupedQueries)
	if err != nil {
		return fail("unmatched groups", err)
	}
	rep.UnmatchedGroups = persist.GroupSimilar(misses, persist.TopUnmatched)
	// helpful IS NOT NULL, so count(*) is yes + no.
	rep.FAQFeedback, err = list(ctx, db, `SELECT question, count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
FROM events WHERE at >= $1 AND at < $2 AND kind = $3 AND helpful IS NOT NULL AND question NOT IN ('', $4)
GROUP BY question ORDER BY count(*) DESC, question COLLATE "C"`,
		func(r pgx.CollectableRow) (persist.FAQFeedback, error) {
			var f persist.FAQFeedback
			err := r.Scan(&f.FAQ, &f.HelpfulYes, &f.HelpfulNo)
			if n := f.HelpfulYes + f.HelpfulNo; n > 0 {
				f.HelpfulRatio = float64(f.HelpfulYes) / float64(n)
			}
			return f, err
		}, lo, hi, string(persist.EvFeedback), persist.AnswerSubject)
	if err != nil {
		return fail("FAQ feedback", err)
	}
	return rep, nil
}

// funnel hands each chat's asked/answered/answer events, by chat and then
// in insertion order, to the contract's funnel.
func (db *DB) funnel(ctx context.Context, lo, hi time.Time) ([]persist.QuestionStats, error) {
	rows, err := db.pool.Query(ctx, `SELECT chat_id, kind, question FROM events
WHERE at >= $1 AND at < $2 AND kind IN ($3, $4, $5) ORDER BY chat_id, id`,
		lo, hi, string(persist.EvAsked), string(persist.EvAnswered), string(persist.EvAnswer))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var f persist.Funnel
	for rows.Next() {
		var chat int64
		var kind, q string
		if err := rows.Scan(&chat, &kind, &q); err != nil {
			return nil, err
		}
		f.Add(chat, persist.EventKind(kind), q)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return f.Questions(), nil
}

// reminderStats counts "reminder" events by what happened to the
// reminder, every persist.ReminderEvents listed.
func (db *DB) reminderStats(ctx context.Context, lo, hi time.Time) (map[string]int, error) {
	rows, err := db.pool.Query(ctx, `SELECT question, count(*) FROM events
WHERE kind = $1 AND at >= $2 AND at < $3 GROUP BY question`, string(persist.EvReminder), lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for _, k := range persist.ReminderEvents {
		out[k] = 0
	}
	for rows.Next() {
		var q string
		var n int
		if err := rows.Scan(&q, &n); err != nil {
			return nil, err
		}
		out[q] = n
	}
	return out, rows.Err()
}

// HandoffStats computes the hand-off summary for events with
// from <= At < to, from the same rows in the same order as SQLite's.
func (db *DB) HandoffStats(ctx context.Context, from, to time.Time) (persist.HandoffStats, error) {
	rows, err := db.pool.Query(ctx, `SELECT kind, chat_id, question, helpful, at FROM events
WHERE at >= $1 AND at < $2 AND (kind = $3 OR kind = $4 AND question = 'handoff') ORDER BY at, id`,
		from.UTC(), to.UTC(), string(persist.EvHandoff), string(persist.EvFeedback))
	if err != nil {
		return persist.HandoffStats{}, fmt.Errorf("hand-off stats: %w", db.classify(err))
	}
	defer rows.Close()
	var c persist.HandoffCounter
	for rows.Next() {
		var (
			kind, q string
			chat    int64
			helpful *bool
			at      time.Time
		)
		if err := rows.Scan(&kind, &chat, &q, &helpful, &at); err != nil {
			return persist.HandoffStats{}, fmt.Errorf("hand-off stats: %w", err)
		}
		c.Add(persist.EventKind(kind), chat, q, helpful, at)
	}
	if err := rows.Err(); err != nil {
		return persist.HandoffStats{}, fmt.Errorf("hand-off stats: %w", db.classify(err))
	}
	return c.Stats(), nil
}

// list runs a query and collects its rows; never nil, as SQLite's.
func list[T any](ctx context.Context, db *DB, query string, scan pgx.RowToFunc[T], args ...any) ([]T, error) {
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, scan)
	if err != nil {
		return nil, err
	}
	if out == nil {
		out = []T{}
	}
	return out, nil
}
