package store

import (
	"context"
	"fmt"
	"slices"
	"time"
)

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
	opened := map[int64]time.Time{}
	var waits []float64
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
		if kind == string(EventFeedback) {
			if helpful != nil && *helpful != 0 {
				s.HelpfulYes++
			} else if helpful != nil {
				s.HelpfulNo++
			}
			continue
		}
		switch q {
		case "offered":
			s.Offered++
		case "opened":
			s.Opened++
			opened[chat] = t
		case "closed":
			s.Closed++
		case "no_reply":
			s.NoReply++
		case "first_reply":
			s.Replied++
			if o, ok := opened[chat]; ok {
				waits = append(waits, t.Sub(o).Seconds())
				delete(opened, chat)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("hand-off stats: %w", classify(err))
	}
	if n := len(waits); n > 0 {
		slices.Sort(waits)
		s.MedianFirstReplySeconds = waits[n/2]
		if n%2 == 0 {
			s.MedianFirstReplySeconds = (waits[n/2-1] + waits[n/2]) / 2
		}
	}
	if n := s.HelpfulYes + s.HelpfulNo; n > 0 {
		s.HelpfulRatio = float64(s.HelpfulYes) / float64(n)
	}
	return s, nil
}
