package store

import (
	"context"
	"fmt"
	"os"

	"bujiao/dialog/persist"
)

// releaseGone gives back the claims of owners (persist.NewOwner names) that
// ran on this host and whose process is gone: after a kill -9 the rows
// they held would otherwise wait for their leases to lapse. Owners of
// other hosts, and names it cannot read, are left to their leases.
func (db *DB) releaseGone(ctx context.Context) error {
	host, err := os.Hostname()
	if err != nil {
		return nil
	}
	var owners []string
	rows, err := db.w.QueryContext(ctx, `SELECT owner FROM inbox WHERE owner <> '' AND status = 'new'
UNION SELECT owner FROM outbox WHERE owner <> ''`)
	if err != nil {
		return fmt.Errorf("list claim owners: %w", classify(err))
	}
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			rows.Close()
			return err
		}
		owners = append(owners, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list claim owners: %w", classify(err))
	}
	for _, o := range owners {
		h, pid, ok := persist.SplitOwner(o)
		if !ok || h != hostnameSafe(host) || processAlive(pid) {
			continue
		}
		if err := db.Release(ctx, o); err != nil {
			return err
		}
	}
	return nil
}

// hostnameSafe is the host as NewOwner writes it.
func hostnameSafe(h string) string {
	out := []byte(h)
	for i, c := range out {
		if c == '/' {
			out[i] = '_'
		}
	}
	return string(out)
}
