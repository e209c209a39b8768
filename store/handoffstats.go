package store

import (
	"context"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// HandoffStats is the contract's hand-off summary.
type HandoffStats = persist.HandoffStats

// HandoffStats computes HandoffStats for events with from <= At < to.
func (db *DB) HandoffStats(ctx context.Context, from, to time.Time) (HandoffStats, error) {
	var s HandoffStats
	rows, err := db.r.QueryContext(ctx, `SELECT kind, chat_id, question, helpful, at FROM events
WHERE at >= ? AND at < ? AND (kind = ? OR kind = ? AND question = 'handoff') ORDER BY at, id`,
		formatTime(from), formatTime(to), EventHandoff, EventFeedback)
	if err != nil {
		return s, fmt.Errorf("hand-off stats: %w", classify(err))
	}
	defer rows.Close()
	var c persist.HandoffCounter
	for rows.Next() {
		var (
			kind, q, at string
			chat        int64
			helpful     *int64
		)
		if err := rows.Scan(&kind, &chat, &q, &helpful, &at); err != nil {
			return s, fmt.Errorf("hand-off stats: %w", err)
		}
		t, _ := time.Parse(timeLayout, at)
		var h *bool
		if helpful != nil {
			v := *helpful != 0
			h = &v
		}
		c.Add(persist.EventKind(kind), chat, q, h, t)
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("hand-off stats: %w", classify(err))
	}
	return c.Stats(), nil
}
