package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// Bounds of a shared case: tokens are short random strings, and a case is
// a few hundred bytes of facts.
const (
	maxCaseToken = persist.MaxCaseToken
	maxCaseData  = persist.MaxCaseData
)

// ErrBadCase is returned for a token or case that cannot be stored.
var ErrBadCase = persist.ErrBadCase

// PutCase stores a shared case under token until expires. Tokens are
// random; storing one that exists already replaces it.
func (db *DB) PutCase(ctx context.Context, token string, data []byte, expires time.Time) error {
	if db.readOnly {
		return fmt.Errorf("store shared case: %w", ErrReadOnly)
	}
	if token == "" || len(token) > maxCaseToken || len(data) == 0 || len(data) > maxCaseData {
		return ErrBadCase
	}
	_, err := db.w.ExecContext(ctx, `INSERT INTO shared_cases (token, data, created_at, expires_at) VALUES (?, ?, ?, ?)
ON CONFLICT (token) DO UPDATE SET data = excluded.data, created_at = excluded.created_at, expires_at = excluded.expires_at`,
		token, data, formatTime(db.now()), formatTime(expires))
	if err != nil {
		return fmt.Errorf("store shared case: %w", classify(err))
	}
	return nil
}

// GetCase returns the case stored under token; found is false when there
// is none or it expired at or before now (the sweep may not have run yet).
func (db *DB) GetCase(ctx context.Context, token string, now time.Time) (data []byte, found bool, err error) {
	if token == "" || len(token) > maxCaseToken {
		return nil, false, nil
	}
	err = db.r.QueryRowContext(ctx, `SELECT data FROM shared_cases WHERE token = ? AND expires_at > ?`,
		token, formatTime(now)).Scan(&data)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("read shared case: %w", classify(err))
	}
	return data, true, nil
}
