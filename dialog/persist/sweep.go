package persist

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"
)

// The retention sweep, as every store runs it. What goes when is the
// contract (Maintenance.Sweep); so is that a sweep never holds a write lock
// for long, since live turns queue behind it. A store supplies only its SQL
// (a SweepBatcher); Sweeper lists the candidates of each kind and deletes
// them a range of keys at a time, each range its own short transaction,
// with a pause between ranges so that turns get in.

// SweepKind is one kind of row the sweep deletes. Kinds are swept in this
// order.
type SweepKind int

const (
	// SweepConversations: conversations idle longer than the conversation
	// TTL.
	SweepConversations SweepKind = iota
	// SweepEvents: events older than the event TTL.
	SweepEvents
	// SweepFinished: finished (applied, skipped, parked) inbox entries,
	// which keep only their key and outcome, after AppliedTTL.
	SweepFinished
	// SweepUnapplied: unapplied inbox entries hold what the person wrote
	// and go with the conversations (a reminder counts from when it is
	// due).
	SweepUnapplied
	// SweepOutbox: unsent messages, with the conversations.
	SweepOutbox
	// SweepSharedCases: shared cases past their own expiry.
	SweepSharedCases
	// SweepKinds is the number of kinds.
	SweepKinds
)

var sweepKindNames = [SweepKinds]string{"conversations", "events", "finished inbox entries",
	"unapplied inbox entries", "outbox", "shared cases"}

func (k SweepKind) String() string {
	if k < 0 || k >= SweepKinds {
		return fmt.Sprintf("SweepKind(%d)", int(k))
	}
	return sweepKindNames[k]
}

// SweepCutoff is the time before which rows of kind k go, for a sweep at
// now (shared cases: expiring at or before it). Zero or negative TTLs
// select the defaults.
func SweepCutoff(k SweepKind, now time.Time, idleConversations, eventAge time.Duration) time.Time {
	if idleConversations <= 0 {
		idleConversations = DefaultConversationTTL
	}
	if eventAge <= 0 {
		eventAge = DefaultEventTTL
	}
	switch k {
	case SweepEvents:
		return now.Add(-eventAge)
	case SweepFinished:
		return now.Add(-AppliedTTL)
	case SweepSharedCases:
		return now
	default:
		return now.Add(-idleConversations)
	}
}

// count is the field of r that counts rows of kind k.
func (r *SweepResult) count(k SweepKind) *int64 {
	return [SweepKinds]*int64{&r.Conversations, &r.Events, &r.ProcessedUpdates, &r.Inbox, &r.Outbox, &r.SharedCases}[k]
}

// Total is the number of rows deleted.
func (r SweepResult) Total() int64 {
	return r.Conversations + r.Events + r.ProcessedUpdates + r.Inbox + r.Outbox + r.SharedCases
}

// SweepBatcher is a store's SQL for the sweep.
type SweepBatcher interface {
	// SweepKeys lists the keys of the rows of kind k past cutoff, in
	// ascending order, without taking the write lock (the scan is the
	// slow part).
	SweepKeys(ctx context.Context, k SweepKind, cutoff time.Time) ([]any, error)
	// SweepRange deletes, in one transaction of its own, the rows of kind
	// k with keys from first to last that are still past cutoff (a
	// conversation that came back to life since it was listed stays), and
	// reports how long it held the write lock.
	SweepRange(ctx context.Context, k SweepKind, first, last any, cutoff time.Time) (deleted int64, held time.Duration, err error)
}

// Batches: a range's size adapts to what deleting costs on this store and
// disk, aiming at SweepLockTarget a range; it starts small, so the first
// range on a slow disk is short too.
const (
	SweepLockTarget = 2 * time.Millisecond
	sweepMinBatch   = 8
	sweepMaxBatch   = 128
	sweepFirstBatch = 32
	// sweepYieldMax bounds the pause after a range: as long as the range
	// took, so the sweep holds the lock at most about half the time and a
	// turn queued behind a range goes before the next one.
	sweepYieldMax = 2 * time.Millisecond
)

// Sweeper runs a store's sweep in short batches. The zero value with
// Batcher set is ready to use.
type Sweeper struct {
	Batcher SweepBatcher
	// AfterRange, if set, sees every range deleted: how long it held the
	// lock and how many keys it covered (SQLite checkpoints its WAL every
	// few ranges; benchmarks collect the lock times).
	AfterRange func(held time.Duration, keys int)
	// LoneNext, if set, is asked before each range whether the store's
	// next write pays, inside its lock, a cost that does not grow with the
	// range (SQLite: the first write to an emptied or wholly checkpointed
	// WAL rewrites and syncs its header). Such a range covers one key, and
	// its lock time does not resize the ranges after it.
	LoneNext func() bool
	longest  atomic.Int64 // ns
}

// Sweep deletes what the retention rules say is due at now, kind by kind
// and range by range. When ctx ends it stops between ranges: a range once
// begun is finished (it is short), so that its count is exact — a
// statement cancelled as it commits may or may not have committed — and
// every range is one transaction. The next sweep lists again and deletes
// the rest. The result counts what was deleted, also with an error.
func (s *Sweeper) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (SweepResult, error) {
	var res SweepResult
	for k := range SweepKinds {
		n, err := s.sweepKind(ctx, k, SweepCutoff(k, now, idleConversations, eventAge))
		*res.count(k) += n
		if err != nil {
			return res, fmt.Errorf("sweep: %s: %w", k, err)
		}
	}
	return res, nil
}

func (s *Sweeper) sweepKind(ctx context.Context, k SweepKind, cutoff time.Time) (int64, error) {
	keys, err := s.Batcher.SweepKeys(ctx, k, cutoff)
	if err != nil {
		return 0, err
	}
	var total int64
	batch := sweepFirstBatch
	for len(keys) > 0 {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		n := min(batch, len(keys))
		lone := s.LoneNext != nil && s.LoneNext()
		if lone {
			n = 1
		}
		deleted, held, err := s.Batcher.SweepRange(context.WithoutCancel(ctx), k, keys[0], keys[n-1], cutoff)
		if err != nil {
			return total, err
		}
		total += deleted
		keys = keys[n:]
		s.note(held)
		if s.AfterRange != nil {
			s.AfterRange(held, n)
		}
		switch {
		case lone:
		case held > SweepLockTarget && batch > sweepMinBatch:
			batch /= 2
		case held < SweepLockTarget/4 && batch < sweepMaxBatch:
			batch *= 2
		}
		if len(keys) > 0 {
			select {
			case <-ctx.Done():
				return total, ctx.Err()
			case <-time.After(min(held, sweepYieldMax)):
			}
		}
	}
	return total, nil
}

// note keeps the longest lock a range held.
func (s *Sweeper) note(d time.Duration) {
	for {
		cur := s.longest.Load()
		if int64(d) <= cur || s.longest.CompareAndSwap(cur, int64(d)) {
			return
		}
	}
}

// LongestLock is the longest time one range held the write lock since the
// Sweeper was made (a benchmark and log figure).
func (s *Sweeper) LongestLock() time.Duration { return time.Duration(s.longest.Load()) }

// Run calls sweep (a store's Sweep, which calls s.Sweep) once at start and
// then every interval (default an hour) until ctx is done. Failures are
// logged and retried at the next tick; only counts are ever logged.
func (s *Sweeper) Run(ctx context.Context, interval time.Duration, log *slog.Logger, sweep func(context.Context) (SweepResult, error)) {
	if interval <= 0 {
		interval = time.Hour
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		res, err := sweep(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("store sweep failed", "err", err)
		case err == nil:
			level := slog.LevelDebug
			if res.Total() > 0 {
				level = slog.LevelInfo
			}
			log.Log(ctx, level, "store sweep",
				"conversations", res.Conversations,
				"events", res.Events,
				"processed_updates", res.ProcessedUpdates,
				"inbox", res.Inbox,
				"outbox", res.Outbox,
				"shared_cases", res.SharedCases,
				"longest_lock", s.LongestLock().String())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
