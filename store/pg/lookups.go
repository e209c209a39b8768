package pg

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// Lookups counts the lookups in [from, to) by surface, region and verdict,
// and inline answers (surface "inline", by kind), as store.DB.Lookups.
func (db *DB) Lookups(ctx context.Context, from, to time.Time) ([]store.LookupCount, error) {
	rows, err := db.pool.Query(ctx, `SELECT surface, region, verdict, n FROM (
  SELECT question AS surface, region, verdict, count(*) AS n FROM events
    WHERE at >= $1 AND at < $2 AND kind = $3 GROUP BY question, region, verdict
  UNION ALL
  SELECT 'inline', '', question, count(*) FROM events
    WHERE at >= $1 AND at < $2 AND kind = $4 GROUP BY question) AS l
ORDER BY surface COLLATE "C", region COLLATE "C", verdict COLLATE "C"`,
		from.UTC(), to.UTC(), string(persist.EvLookup), string(persist.EvInline))
	if err != nil {
		return nil, fmt.Errorf("stats: lookups: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.LookupCount, error) {
		var l store.LookupCount
		return l, r.Scan(&l.Surface, &l.Region, &l.Verdict, &l.Count)
	})
	if err != nil {
		return nil, fmt.Errorf("stats: lookups: %w", db.classify(err))
	}
	return out, nil
}

// maxFAQChoices bounds the wordings listed, as in package store.
const maxFAQChoices = 2000

// FAQChoices lists, per FAQ entry, the wordings it was chosen for in
// [from, to), most frequent first within each entry, as
// store.DB.FAQChoices.
func (db *DB) FAQChoices(ctx context.Context, from, to time.Time) ([]store.FAQChoice, error) {
	rows, err := db.pool.Query(ctx, `SELECT question, trim(text) AS q, count(*) AS n FROM events
WHERE at >= $1 AND at < $2 AND kind = $3 GROUP BY question, q
ORDER BY question COLLATE "C", n DESC, trim(text) COLLATE "C" LIMIT $4`,
		from.UTC(), to.UTC(), string(persist.EvFAQHit), maxFAQChoices)
	if err != nil {
		return nil, fmt.Errorf("stats: faq choices: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FAQChoice, error) {
		var c store.FAQChoice
		return c, r.Scan(&c.FAQ, &c.Text, &c.Count)
	})
	if err != nil {
		return nil, fmt.Errorf("stats: faq choices: %w", db.classify(err))
	}
	return out, nil
}
