package telegram

import (
	"context"
	"errors"
	"sync"
	"time"
)

// errClosed is returned for an update offered after shutdown began.
var errClosed = errors.New("telegram bot is shutting down")

// errChatBusy is returned for an update of a chat that already has its
// maximum of updates waiting: one flooding chat must not fill the shared
// queue and stall everybody else.
var errChatBusy = errors.New("too many updates waiting for this chat")

// dispatcher runs jobs with a fixed number of workers: jobs with the same
// key (a chat) run one at a time in the order they were submitted, jobs of
// different keys run in parallel. Each key with work has a FIFO queue; a
// queue is on the ready list at most once, and a worker takes a queue,
// runs its first job and puts it back at the end of the ready list if more
// are waiting — so one busy chat cannot starve the others, and a chat
// waiting for its rate limit holds one worker, not a whole hash bucket.
//
// The number of queued and running jobs is bounded; submit blocks when the
// bound is reached, which in polling mode stops the library from fetching
// more updates. A single key may hold at most perKey of them; beyond that
// submit fails at once with errChatBusy rather than blocking other keys.
type dispatcher struct {
	run func(ctx context.Context, j job)
	// ctx is the workers' context: independent of the caller's, so that
	// in-flight work finishes after a shutdown signal, and cancelled only
	// when the drain time is up.
	ctx    context.Context
	cancel context.CancelFunc

	slots  chan struct{} // one per queued or running job
	perKey int
	ready  chan *chatQueue // capacity = cap(slots), so sends never block

	mu      sync.Mutex
	queues  map[int64]*chatQueue // keys with queued or running jobs
	closed  bool
	closing chan struct{}

	pending sync.WaitGroup // queued and running jobs
	workers sync.WaitGroup

	shutOnce sync.Once
	inTime   bool
}

type chatQueue struct {
	key  int64
	jobs []job // guarded by dispatcher.mu; jobs[0] is next or running
}

func newDispatcher(workers, capacity, perKey int, run func(ctx context.Context, j job)) *dispatcher {
	ctx, cancel := context.WithCancel(context.Background())
	d := &dispatcher{
		run:     run,
		ctx:     ctx,
		cancel:  cancel,
		slots:   make(chan struct{}, capacity),
		perKey:  max(perKey, 1),
		ready:   make(chan *chatQueue, capacity),
		queues:  map[int64]*chatQueue{},
		closing: make(chan struct{}),
	}
	d.workers.Add(workers)
	for range workers {
		go d.work()
	}
	return d
}

// submit queues j behind the earlier jobs of key. It blocks while the
// dispatcher is full, and fails once ctx is done or shutdown has begun.
func (d *dispatcher) submit(ctx context.Context, key int64, j job) error {
	d.mu.Lock()
	full := d.queues[key] != nil && len(d.queues[key].jobs) >= d.perKey
	d.mu.Unlock()
	if full {
		return errChatBusy
	}
	select {
	case d.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	case <-d.closing:
		return errClosed
	}
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		<-d.slots
		return errClosed
	}
	d.pending.Add(1)
	q := d.queues[key]
	if q != nil {
		q.jobs = append(q.jobs, j)
		d.mu.Unlock()
		return nil
	}
	q = &chatQueue{key: key, jobs: []job{j}}
	d.queues[key] = q
	d.mu.Unlock()
	d.ready <- q
	return nil
}

func (d *dispatcher) work() {
	defer d.workers.Done()
	for q := range d.ready {
		d.mu.Lock()
		j := q.jobs[0]
		d.mu.Unlock()

		d.run(d.ctx, j)

		d.mu.Lock()
		q.jobs[0] = job{}
		q.jobs = q.jobs[1:]
		more := len(q.jobs) > 0
		if !more {
			delete(d.queues, q.key)
		}
		d.mu.Unlock()
		<-d.slots
		d.pending.Done()
		if more {
			d.ready <- q
		}
	}
}

// shutdown refuses new jobs, lets the queued and running ones finish for
// up to drain, then cancels the rest (they see a cancelled context) and
// waits for the workers to exit. It reports whether everything finished
// in time.
func (d *dispatcher) shutdown(drain time.Duration) bool {
	d.shutOnce.Do(func() { d.inTime = d.stop(drain) })
	return d.inTime
}

func (d *dispatcher) stop(drain time.Duration) bool {
	d.mu.Lock()
	if !d.closed {
		d.closed = true
		close(d.closing)
	}
	d.mu.Unlock()

	done := make(chan struct{})
	go func() {
		d.pending.Wait()
		close(done)
	}()
	inTime := true
	t := time.NewTimer(drain)
	select {
	case <-done:
	case <-t.C:
		inTime = false
		d.cancel()
		<-done
	}
	t.Stop()
	d.cancel()
	// No job is queued any more and none can be added, so nothing else
	// sends on ready.
	close(d.ready)
	d.workers.Wait()
	return inTime
}
