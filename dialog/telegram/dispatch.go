package telegram

import (
	"context"
	"errors"
	"sync"
	"time"
)

// errClosed is returned for work offered after shutdown began.
var errClosed = errors.New("telegram bot is shutting down")

// errChatBusy is returned for a job of a chat that already has its maximum
// of jobs waiting: one flooding chat must not fill the shared queue and
// stall everybody else. The job stays in the store and is offered again.
var errChatBusy = errors.New("too many jobs waiting for this chat")

// job is one stored row to work on: an inbox update or an outbox message.
type job struct {
	id, chat int64
	payload  []byte
}

// dispatcher runs jobs with a fixed number of workers: jobs with the same
// key (a chat) run one at a time in the order they were submitted, jobs of
// different keys run in parallel. Each key with work has a FIFO queue; a
// queue is on the ready list at most once, and a worker takes a queue,
// runs its first job and puts it back at the end of the ready list if more
// are waiting — so one busy chat cannot starve the others.
//
// The number of queued and running jobs is bounded; submit blocks when the
// bound is reached. Jobs are rows of the store, so nothing is lost when
// shutdown drops the queued ones: they are taken again after a restart.
type dispatcher struct {
	run func(stop, hard context.Context, j job)
	// stop is cancelled when shutdown begins: jobs stop waiting (for a
	// limiter, a retry) at once. hard is cancelled when the grace period
	// ends: calls still in flight are abandoned.
	stop, hard           context.Context
	cancelStop, cancelHd context.CancelFunc

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

func newDispatcher(workers, capacity, perKey int, run func(stop, hard context.Context, j job)) *dispatcher {
	stop, cancelStop := context.WithCancel(context.Background())
	hard, cancelHard := context.WithCancel(context.Background())
	d := &dispatcher{
		run:        run,
		stop:       stop,
		hard:       hard,
		cancelStop: cancelStop,
		cancelHd:   cancelHard,
		slots:      make(chan struct{}, capacity),
		perKey:     max(perKey, 1),
		ready:      make(chan *chatQueue, capacity),
		queues:     map[int64]*chatQueue{},
		closing:    make(chan struct{}),
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
		closed := d.closed
		d.mu.Unlock()

		// After shutdown began, queued jobs are not started: they are
		// still in the store and resume after a restart.
		if !closed {
			d.run(d.stop, d.hard, j)
		}

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

// shutdown refuses new jobs, drops the queued ones, lets the running ones
// finish for up to grace, then cancels what is left and waits for the
// workers to exit. It reports whether everything finished in time.
func (d *dispatcher) shutdown(grace time.Duration) bool {
	d.shutOnce.Do(func() { d.inTime = d.halt(grace) })
	return d.inTime
}

func (d *dispatcher) halt(grace time.Duration) bool {
	d.mu.Lock()
	if !d.closed {
		d.closed = true
		close(d.closing)
	}
	d.mu.Unlock()
	d.cancelStop()

	done := make(chan struct{})
	go func() {
		d.pending.Wait()
		close(done)
	}()
	inTime := true
	t := time.NewTimer(grace)
	select {
	case <-done:
	case <-t.C:
		inTime = false
		d.cancelHd()
		<-done
	}
	t.Stop()
	d.cancelHd()
	// No job is queued any more and none can be added, so nothing else
	// sends on ready.
	close(d.ready)
	d.workers.Wait()
	return inTime
}

// feeder offers the store's pending rows (inbox updates or outbox messages)
// to a dispatcher, oldest first, each once while it is being worked on. It
// runs when kicked (a row was added or finished) and every second (rows
// left by a failure or a blocked chat that wrote again).
type feeder struct {
	fetch func(ctx context.Context, limit int) ([]job, error)
	disp  *dispatcher
	limit int
	kick  chan struct{}
	onErr func(error)

	mu sync.Mutex
	// inflight rows were submitted and are not finished. finished maps a
	// row finished since the current fetch began to that fetch's number:
	// a fetch that started before the row was finished may still list it.
	inflight map[int64]bool
	finished map[int64]uint64
	seq      uint64
}

func newFeeder(disp *dispatcher, capacity int, fetch func(ctx context.Context, limit int) ([]job, error), onErr func(error)) *feeder {
	return &feeder{fetch: fetch, disp: disp, limit: 2 * capacity, kick: make(chan struct{}, 1), onErr: onErr,
		inflight: map[int64]bool{}, finished: map[int64]uint64{}}
}

// wake asks for a pass soon.
func (f *feeder) wake() {
	select {
	case f.kick <- struct{}{}:
	default:
	}
}

// done marks a row as no longer being worked on (finished or abandoned).
func (f *feeder) done(id int64) {
	f.mu.Lock()
	delete(f.inflight, id)
	f.finished[id] = f.seq
	f.mu.Unlock()
	f.wake()
}

func (f *feeder) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		f.pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-f.kick:
		case <-t.C:
		}
	}
}

func (f *feeder) pass(ctx context.Context) {
	f.mu.Lock()
	f.seq++
	mine := f.seq
	for id, s := range f.finished {
		if s < mine-1 {
			delete(f.finished, id)
		}
	}
	f.mu.Unlock()
	rows, err := f.fetch(ctx, f.limit)
	if err != nil {
		if ctx.Err() == nil && f.onErr != nil {
			f.onErr(err)
		}
		return
	}
	skipped := map[int64]bool{}
	for _, r := range rows {
		f.mu.Lock()
		stale := f.inflight[r.id]
		if s, ok := f.finished[r.id]; ok && s >= mine {
			stale = true
		}
		if !stale && !skipped[r.chat] {
			f.inflight[r.id] = true
		}
		f.mu.Unlock()
		if stale || skipped[r.chat] {
			// Keep the chat's order: nothing of it after a row held back.
			if !stale {
				skipped[r.chat] = true
			}
			continue
		}
		if err := f.disp.submit(ctx, r.chat, r); err != nil {
			f.mu.Lock()
			delete(f.inflight, r.id)
			f.mu.Unlock()
			if !errors.Is(err, errChatBusy) {
				return
			}
			skipped[r.chat] = true
		}
	}
}
