package pg

import (
	"context"
	"path/filepath"
	"sync/atomic"
	"testing"

	"bujiao/dialog/persist"
	"bujiao/store"
	"bujiao/store/pg/pgtest"
)

// BenchmarkCommit measures turns committed per second on both stores with
// one body: each goroutine loads a chat of its own and commits a turn with
// an event and a reply, as a bot worker does. Run it with
//
//	go test ./store/pg -run '^$' -bench Commit -benchtime 3s -cpu 1,4
//
// SQLite is a WAL file with its default synchronous=NORMAL (durable
// against a crash of the process, not of the machine); PostgreSQL runs
// with fsync on, with synchronous_commit on (durable against both) and off
// (the same promise as SQLite's NORMAL).
func BenchmarkCommit(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) {
		db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		s, ok := any(db).(persist.Store)
		if !ok {
			b.Skip("the SQLite store does not implement the persistence contract")
		}
		benchCommit(b, s)
	})
	// A cluster of its own with fsync on: the shared test cluster runs
	// with fsync off.
	c := pgtest.Start(b, pgtest.Options{})
	for _, mode := range []struct{ name, param string }{
		// every commit flushed to disk before it returns (the default)
		{"postgres", ""},
		// synchronous_commit=off: like SQLite's NORMAL, a crash of the
		// machine may lose the last commits, never consistency
		{"postgres-async", "&options=-c%20synchronous_commit%3Doff"},
	} {
		b.Run(mode.name, func(b *testing.B) {
			db, err := Open(context.Background(), c.Database(b)+mode.param, Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			benchCommit(b, db)
		})
	}
}

func benchCommit(b *testing.B, s persist.Store) {
	ctx := context.Background()
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		chat := next.Add(1)
		for pb.Next() {
			cur, err := s.Load(ctx, chat)
			if err != nil {
				b.Error(err)
				return
			}
			if err := s.Commit(ctx, persist.Commit{ChatID: chat, Version: cur.Version, State: []byte("state of the turn"),
				Lang: "zh", Events: []persist.Event{{Kind: persist.EvAsked, Question: "q"}},
				Outbox: []persist.Message{{Payload: []byte(`{"text":"reply"}`)}}}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "commits/s")
}
