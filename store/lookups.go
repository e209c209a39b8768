package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// Lookups and FAQ choices: what maintainers read to see wrong matches, not
// only misses. Kept apart from events.go and stats.go so that the kind and
// its queries are one small file.

// EventLookup: an answer looked up outside a conversation — the help-desk
// page, the JSON API, a rendered answer link. Question is the surface
// ("page", "api", "text"), Verdict and Region the answer's, Text the fact
// keys given, sorted and comma-separated: never their values, never free
// text.
const EventLookup = persist.EvLookup

// LookupCount is how many lookups one surface made for one region and
// verdict.
type LookupCount struct {
	Surface string `json:"surface"`
	Region  string `json:"region"`
	Verdict string `json:"verdict"`
	Count   int    `json:"count"`
}

// FAQChoice is one wording an FAQ entry was chosen for, and how often.
type FAQChoice struct {
	FAQ   string `json:"faq"`
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Lookups counts the lookups in [from, to) by surface, region and verdict,
// and inline answers (surface "inline", by kind).
func (db *DB) Lookups(ctx context.Context, from, to time.Time) ([]LookupCount, error) {
	lo, hi := formatTime(from), formatTime(to)
	out, err := queryList(ctx, db.r, `SELECT surface, region, verdict, n FROM (
  SELECT question AS surface, region, verdict, count(*) AS n FROM events
    WHERE at >= ? AND at < ? AND kind = ? GROUP BY question, region, verdict
  UNION ALL
  SELECT 'inline', '', question, count(*) FROM events
    WHERE at >= ? AND at < ? AND kind = ? GROUP BY question)
ORDER BY surface, region, verdict`,
		func(rows *sql.Rows) (LookupCount, error) {
			var l LookupCount
			return l, rows.Scan(&l.Surface, &l.Region, &l.Verdict, &l.Count)
		}, lo, hi, EventLookup, lo, hi, EventInline)
	if err != nil {
		return nil, fmt.Errorf("stats: lookups: %w", err)
	}
	return out, nil
}

// maxFAQChoices bounds the wordings listed, most frequent first.
const maxFAQChoices = 2000

// FAQChoices lists, per FAQ entry, the wordings it was chosen for in
// [from, to), most frequent first within each entry.
func (db *DB) FAQChoices(ctx context.Context, from, to time.Time) ([]FAQChoice, error) {
	out, err := queryList(ctx, db.r, `SELECT question, trim(text) AS q, count(*) AS n FROM events
WHERE at >= ? AND at < ? AND kind = ? GROUP BY question, q ORDER BY question, n DESC, q LIMIT ?`,
		func(rows *sql.Rows) (FAQChoice, error) {
			var c FAQChoice
			return c, rows.Scan(&c.FAQ, &c.Text, &c.Count)
		}, formatTime(from), formatTime(to), EventFAQHit, maxFAQChoices)
	if err != nil {
		return nil, fmt.Errorf("stats: faq choices: %w", err)
	}
	return out, nil
}
