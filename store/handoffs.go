package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// Hand-offs to staff (migration 0006): which staff topic belongs to which
// person's chat. Only ids and times; no text.

// A hand-off's row and a due no-reply check are the contract's.
type (
	Handoff     = persist.Handoff
	HandoffWake = persist.HandoffWake
)

// OpenHandoff records the hand-off of chatID that began at since (Unix
// seconds) and returns its row; opening the same one again returns the
// row already there, so a retried open never makes a second case.
func (db *DB) OpenHandoff(ctx context.Context, chatID, since int64) (Handoff, error) {
	// Looked for first: a conflicting insert would still use up a case
	// number (AUTOINCREMENT, 0008), and staff would see gaps.
	if _, err := db.w.ExecContext(ctx, `INSERT INTO handoffs (chat_id, since, opened_at)
SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM handoffs WHERE chat_id = ? AND since = ?)
ON CONFLICT (chat_id, since) DO NOTHING`, chatID, since, formatTime(db.now()), chatID, since); err != nil {
		return Handoff{}, fmt.Errorf("open hand-off: %w", classify(err))
	}
	h, found, err := db.handoff(ctx, db.w, `WHERE chat_id = ? AND since = ?`, chatID, since)
	if err == nil && !found {
		err = errors.New("open hand-off: row not found after insert")
	}
	return h, err
}

// SetHandoffThread records the staff topic of a hand-off.
func (db *DB) SetHandoffThread(ctx context.Context, caseNo, threadID int64) error {
	if _, err := db.w.ExecContext(ctx, `UPDATE handoffs SET thread_id = ? WHERE case_no = ?`, threadID, caseNo); err != nil {
		return fmt.Errorf("set hand-off topic: %w", classify(err))
	}
	return nil
}

// HandoffByThread finds the hand-off of a staff topic.
func (db *DB) HandoffByThread(ctx context.Context, threadID int64) (Handoff, bool, error) {
	return db.handoff(ctx, db.r, `WHERE thread_id = ? ORDER BY case_no DESC LIMIT 1`, threadID)
}

// CurrentHandoff is the chat's newest hand-off.
func (db *DB) CurrentHandoff(ctx context.Context, chatID int64) (Handoff, bool, error) {
	return db.handoff(ctx, db.r, `WHERE chat_id = ? ORDER BY since DESC LIMIT 1`, chatID)
}

// OpeningHandoffs reports whether a hand-off opened at or after since has
// no topic recorded yet (its topic is being created).
func (db *DB) OpeningHandoffs(ctx context.Context, since time.Time) (bool, error) {
	var n int
	err := db.r.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM handoffs WHERE thread_id = 0 AND closed_at IS NULL AND opened_at >= ?)`,
		formatTime(since)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("read hand-offs being opened: %w", classify(err))
	}
	return n == 1, nil
}

// HandoffAt is the chat's hand-off that began at since.
func (db *DB) HandoffAt(ctx context.Context, chatID, since int64) (Handoff, bool, error) {
	return db.handoff(ctx, db.r, `WHERE chat_id = ? AND since = ?`, chatID, since)
}

func (db *DB) handoff(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, where string, args ...any) (Handoff, bool, error) {
	var h Handoff
	var closed sql.NullString
	err := q.QueryRowContext(ctx, `SELECT case_no, chat_id, since, thread_id, closed_at FROM handoffs `+where, args...).
		Scan(&h.CaseNo, &h.ChatID, &h.Since, &h.ThreadID, &closed)
	if errors.Is(err, sql.ErrNoRows) {
		return Handoff{}, false, nil
	}
	if err != nil {
		return Handoff{}, false, fmt.Errorf("read hand-off: %w", classify(err))
	}
	h.Closed = closed.Valid
	return h, true, nil
}

// CloseHandoff marks a hand-off closed and drops its pending check.
func (db *DB) CloseHandoff(ctx context.Context, chatID, since int64) error {
	if _, err := db.w.ExecContext(ctx, `UPDATE handoffs SET closed_at = COALESCE(closed_at, ?), wake_at = 0
WHERE chat_id = ? AND since = ?`, formatTime(db.now()), chatID, since); err != nil {
		return fmt.Errorf("close hand-off: %w", classify(err))
	}
	return nil
}

// SetHandoffWake asks for a no-reply check of a hand-off at at.
func (db *DB) SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error {
	if _, err := db.w.ExecContext(ctx, `UPDATE handoffs SET wake_at = ?, wake_seq = wake_seq + 1
WHERE chat_id = ? AND since = ? AND closed_at IS NULL`, at.Unix(), chatID, since); err != nil {
		return fmt.Errorf("schedule hand-off check: %w", classify(err))
	}
	return nil
}

// DueHandoffWakes lists up to limit checks due at now.
func (db *DB) DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]HandoffWake, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT case_no, chat_id, since, wake_seq FROM handoffs
WHERE wake_at <> 0 AND wake_at <= ? ORDER BY wake_at LIMIT ?`, now.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("read hand-off checks: %w", classify(err))
	}
	defer rows.Close()
	var out []HandoffWake
	for rows.Next() {
		var w HandoffWake
		if err := rows.Scan(&w.CaseNo, &w.ChatID, &w.Since, &w.Seq); err != nil {
			return nil, fmt.Errorf("read hand-off checks: %w", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// ClearHandoffWake drops a check once its inbox entry is stored, unless a
// newer one was asked for meanwhile.
func (db *DB) ClearHandoffWake(ctx context.Context, caseNo, seq int64) error {
	if _, err := db.w.ExecContext(ctx, `UPDATE handoffs SET wake_at = 0 WHERE case_no = ? AND wake_seq = ?`, caseNo, seq); err != nil {
		return fmt.Errorf("clear hand-off check: %w", classify(err))
	}
	return nil
}

// ForgetHandoffs deletes a chat's hand-offs (/forget) and returns their
// staff topics, for the transport to delete.
func (db *DB) ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error) {
	rows, err := db.w.QueryContext(ctx, `DELETE FROM handoffs WHERE chat_id = ? RETURNING thread_id`, chatID)
	if err != nil {
		return nil, fmt.Errorf("forget hand-offs: %w", classify(err))
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var th int64
		if err := rows.Scan(&th); err != nil {
			return nil, fmt.Errorf("forget hand-offs: %w", err)
		}
		if th != 0 {
			out = append(out, th)
		}
	}
	return out, rows.Err()
}

// SweepHandoffs deletes hand-offs closed, or opened, before before (the
// retention of conversations) and returns their staff topics.
func (db *DB) SweepHandoffs(ctx context.Context, before time.Time) ([]int64, error) {
	rows, err := db.w.QueryContext(ctx, `DELETE FROM handoffs WHERE COALESCE(closed_at, opened_at) < ? RETURNING thread_id`,
		formatTime(before))
	if err != nil {
		return nil, fmt.Errorf("sweep hand-offs: %w", classify(err))
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var th int64
		if err := rows.Scan(&th); err != nil {
			return nil, fmt.Errorf("sweep hand-offs: %w", err)
		}
		if th != 0 {
			out = append(out, th)
		}
	}
	return out, rows.Err()
}
