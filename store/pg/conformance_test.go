package pg

import (
	"context"
	"testing"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
	"bujiao/store/storetest"
)

// TestConformance runs the contract's suite against PostgreSQL, each test
// on a fresh database.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) persist.Store {
		db, err := Open(context.Background(), pgtest.Database(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}
