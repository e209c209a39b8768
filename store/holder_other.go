//go:build !unix

package store

import "errors"

// ErrInUse reports that a process has the SQLite file open.
var ErrInUse = errors.New("the SQLite database is in use")

// Holder cannot tell here (no F_GETLK): it reports nobody.
func Holder(path string) (int, error) { return 0, nil }
