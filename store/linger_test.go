package store

import (
	"context"
	"sync"
	"testing"
	"time"
)

// A commit linger holds the writer's transaction open for the requests
// that arrive meanwhile: the first removal waits for the others, and all
// share one commit (the batch fills, so no timer decides it).
func TestCommitLingerShares(t *testing.T) {
	defer func(m time.Duration) { maxLinger = m }(maxLinger)
	maxLinger = time.Hour
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	asked := make(chan struct{}, 1)
	db.SetCommitLinger(func() time.Duration {
		select {
		case asked <- struct{}{}:
		default:
		}
		return time.Hour
	})
	db.batches.Store(0)
	var wg sync.WaitGroup
	sent := func(id int64) {
		wg.Go(func() {
			if err := db.Sent(ctx, id, 1, ""); err != nil {
				t.Error(err)
			}
		})
	}
	sent(1)
	<-asked // the writer holds the first removal
	for id := range int64(db.maxBatch - 1) {
		sent(id + 2)
	}
	wg.Wait()
	if n := db.batches.Load(); n != 1 {
		t.Fatalf("%d transactions, want 1", n)
	}

	// Without a linger each request that finds the writer idle runs at
	// once: a lone removal is not held.
	db.SetCommitLinger(nil)
	db.batches.Store(0)
	sent(1)
	wg.Wait()
	if n := db.batches.Load(); n != 1 {
		t.Fatalf("%d transactions, want 1", n)
	}
}

// A linger of nothing (the caller sees no queue) does not hold commits.
func TestCommitLingerZero(t *testing.T) {
	defer func(m time.Duration) { maxLinger = m }(maxLinger)
	maxLinger = time.Hour
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	db.SetCommitLinger(func() time.Duration { return 0 })
	// Would wait an hour if held.
	if err := db.Sent(ctx, 1, 1, ""); err != nil {
		t.Fatal(err)
	}
}
