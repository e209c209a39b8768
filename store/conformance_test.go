package store

import (
	"context"
	"path/filepath"
	"testing"

	"bujiao/dialog/persist"
	"bujiao/store/storetest"
)

// TestConformance runs the persistence contract's suite on SQLite files.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) persist.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "bujiao.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}
