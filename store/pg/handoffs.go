package pg

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/store"
)

// Hand-offs to staff, as store.DB's (store/handoffs.go): which staff topic
// belongs to which person's chat. Only ids and times; no text.

// OpenHandoff records the hand-off of chatID that began at since and
// returns its row; opening the same one again returns the row there.
func (db *DB) OpenHandoff(ctx context.Context, chatID, since int64) (store.Handoff, error) {
	// NOT EXISTS first: a retried open must not draw a case number from
	// the sequence (ON CONFLICT alone would), or staff would see gaps.
	if _, err := db.pool.Exec(ctx, `INSERT INTO handoffs (chat_id, since, opened_at)
SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM handoffs WHERE chat_id = $1 AND since = $2)
ON CONFLICT (chat_id, since) DO NOTHING`, chatID, since, db.now()); err != nil {
		return store.Handoff{}, fmt.Errorf("open hand-off: %w", db.classify(err))
	}
	h, found, err := db.handoff(ctx, `WHERE chat_id = $1 AND since = $2`, chatID, since)
	if err == nil && !found {
		err = errors.New("open hand-off: row not found after insert")
	}
	return h, err
}

// SetHandoffThread records the staff topic of a hand-off.
func (db *DB) SetHandoffThread(ctx context.Context, caseNo, threadID int64) error {
	if _, err := db.pool.Exec(ctx, `UPDATE handoffs SET thread_id = $1 WHERE case_no = $2`, threadID, caseNo); err != nil {
		return fmt.Errorf("set hand-off topic: %w", db.classify(err))
	}
	return nil
}

// HandoffByThread finds the hand-off of a staff topic.
func (db *DB) HandoffByThread(ctx context.Context, threadID int64) (store.Handoff, bool, error) {
	return db.handoff(ctx, `WHERE thread_id = $1 ORDER BY case_no DESC LIMIT 1`, threadID)
}

// CurrentHandoff is the chat's newest hand-off.
func (db *DB) CurrentHandoff(ctx context.Context, chatID int64) (store.Handoff, bool, error) {
	return db.handoff(ctx, `WHERE chat_id = $1 ORDER BY since DESC LIMIT 1`, chatID)
}

// HandoffAt is the chat's hand-off that began at since.
func (db *DB) HandoffAt(ctx context.Context, chatID, since int64) (store.Handoff, bool, error) {
	return db.handoff(ctx, `WHERE chat_id = $1 AND since = $2`, chatID, since)
}

// OpeningHandoffs reports whether a hand-off opened at or after since has
// no topic recorded yet.
func (db *DB) OpeningHandoffs(ctx context.Context, since time.Time) (bool, error) {
	var ok bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM handoffs WHERE thread_id = 0 AND closed_at IS NULL AND opened_at >= $1)`,
		since.UTC()).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("read hand-offs being opened: %w", db.classify(err))
	}
	return ok, nil
}

func (db *DB) handoff(ctx context.Context, where string, args ...any) (store.Handoff, bool, error) {
	var h store.Handoff
	var closed *time.Time
	err := db.pool.QueryRow(ctx, `SELECT case_no, chat_id, since, thread_id, closed_at FROM handoffs `+where, args...).
		Scan(&h.CaseNo, &h.ChatID, &h.Since, &h.ThreadID, &closed)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Handoff{}, false, nil
	}
	if err != nil {
		return store.Handoff{}, false, fmt.Errorf("read hand-off: %w", db.classify(err))
	}
	h.Closed = closed != nil
	return h, true, nil
}

// CloseHandoff marks a hand-off closed and drops its pending check.
func (db *DB) CloseHandoff(ctx context.Context, chatID, since int64) error {
	if _, err := db.pool.Exec(ctx, `UPDATE handoffs SET closed_at = COALESCE(closed_at, $1), wake_at = 0
WHERE chat_id = $2 AND since = $3`, db.now(), chatID, since); err != nil {
		return fmt.Errorf("close hand-off: %w", db.classify(err))
	}
	return nil
}

// SetHandoffWake asks for a no-reply check of a hand-off at at.
func (db *DB) SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error {
	if _, err := db.pool.Exec(ctx, `UPDATE handoffs SET wake_at = $1, wake_seq = wake_seq + 1
WHERE chat_id = $2 AND since = $3 AND closed_at IS NULL`, at.Unix(), chatID, since); err != nil {
		return fmt.Errorf("schedule hand-off check: %w", db.classify(err))
	}
	return nil
}

// DueHandoffWakes lists up to limit checks due at now.
func (db *DB) DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]store.HandoffWake, error) {
	rows, err := db.pool.Query(ctx, `SELECT case_no, chat_id, since, wake_seq FROM handoffs
WHERE wake_at <> 0 AND wake_at <= $1 ORDER BY wake_at LIMIT $2`, now.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("read hand-off checks: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.HandoffWake, error) {
		var w store.HandoffWake
		return w, r.Scan(&w.CaseNo, &w.ChatID, &w.Since, &w.Seq)
	})
	if err != nil {
		return nil, fmt.Errorf("read hand-off checks: %w", db.classify(err))
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// ClearHandoffWake drops a check once its inbox entry is stored, unless a
// newer one was asked for meanwhile.
func (db *DB) ClearHandoffWake(ctx context.Context, caseNo, seq int64) error {
	if _, err := db.pool.Exec(ctx, `UPDATE handoffs SET wake_at = 0 WHERE case_no = $1 AND wake_seq = $2`, caseNo, seq); err != nil {
		return fmt.Errorf("clear hand-off check: %w", db.classify(err))
	}
	return nil
}

// ForgetHandoffs deletes a chat's hand-offs (/forget) and returns their
// staff topics.
func (db *DB) ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error) {
	return db.deleteHandoffs(ctx, "forget hand-offs", `DELETE FROM handoffs WHERE chat_id = $1 RETURNING thread_id`, chatID)
}

// SweepHandoffs deletes hand-offs closed, or opened, before before and
// returns their staff topics.
func (db *DB) SweepHandoffs(ctx context.Context, before time.Time) ([]int64, error) {
	return db.deleteHandoffs(ctx, "sweep hand-offs", `DELETE FROM handoffs WHERE COALESCE(closed_at, opened_at) < $1 RETURNING thread_id`, before.UTC())
}

func (db *DB) deleteHandoffs(ctx context.Context, what, q string, arg any) ([]int64, error) {
	rows, err := db.pool.Query(ctx, q, arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, db.classify(err))
	}
	threads, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, db.classify(err))
	}
	var out []int64
	for _, th := range threads {
		if th != 0 {
			out = append(out, th)
		}
	}
	return out, nil
}
