package storetest

import (
	"testing"

	"bujiao/dialog/persist"
)

// TestLocalCluster: the in-memory Cluster (one process, SQLite) keeps the
// same rules as a shared store's.
func TestLocalCluster(t *testing.T) {
	RunCluster(t, func(t *testing.T) persist.Cluster { return &persist.LocalCluster{} })
}
