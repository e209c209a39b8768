package telegram

import (
	"context"
	"log/slog"
	"slices"
	"sync"
)

// offsets tracks which polled updates are done, and saves the polling
// offset: the lowest update id not yet handled. Updates of different chats
// finish out of order, so the offset only moves past an update once every
// update before it is done too; restarting from it never skips one (the
// ones already handled are recognised by the store and ignored).
//
// Saving is write-behind: one goroutine writes the newest offset, so a
// burst of updates costs one write, not one per update.
type offsets struct {
	st  Store
	log *slog.Logger

	mu       sync.Mutex
	inflight []int64 // ascending
	maxSeen  int64
	ceiling  int64 // > 0: never move past this id (an update was dropped)
	want     int64 // newest offset to save
	kick     chan struct{}
}

func newOffsets(st Store, log *slog.Logger, saved int64) *offsets {
	return &offsets{st: st, log: log, maxSeen: saved - 1, want: saved, kick: make(chan struct{}, 1)}
}

// received records an update handed to the dispatcher.
func (o *offsets) received(id int64) {
	o.mu.Lock()
	i, _ := slices.BinarySearch(o.inflight, id)
	o.inflight = slices.Insert(o.inflight, i, id)
	o.maxSeen = max(o.maxSeen, id)
	o.mu.Unlock()
}

// handled records an update as done.
func (o *offsets) handled(id int64) { o.finish(id, false) }

// dropped records an update that will not be handled: the offset stops
// before it, so that it is fetched again after a restart if Telegram still
// has it.
func (o *offsets) dropped(id int64) { o.finish(id, true) }

func (o *offsets) finish(id int64, drop bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if i, ok := slices.BinarySearch(o.inflight, id); ok {
		o.inflight = slices.Delete(o.inflight, i, i+1)
	}
	if drop && (o.ceiling == 0 || id < o.ceiling) {
		o.ceiling = id
	}
	next := o.maxSeen + 1
	if len(o.inflight) > 0 {
		next = o.inflight[0]
	}
	if o.ceiling > 0 {
		next = min(next, o.ceiling)
	}
	if next > o.want {
		o.want = next
		select {
		case o.kick <- struct{}{}:
		default:
		}
	}
}

// save writes the offset whenever it moves, until ctx is done; then it
// writes the final value once more with flushCtx.
func (o *offsets) save(ctx, flushCtx context.Context) {
	var saved int64
	o.mu.Lock()
	saved = o.want
	o.mu.Unlock()
	write := func(ctx context.Context) {
		o.mu.Lock()
		want := o.want
		o.mu.Unlock()
		if want <= saved {
			return
		}
		if err := o.st.SetOffset(ctx, want); err != nil {
			o.log.Warn("save polling offset", logKeyErr, err)
			return
		}
		saved = want
	}
	for {
		select {
		case <-o.kick:
			write(ctx)
		case <-ctx.Done():
			write(flushCtx)
			return
		}
	}
}
