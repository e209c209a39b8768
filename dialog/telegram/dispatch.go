package telegram

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"
	"time"
)

// errClosed is returned for work offered after shutdown began.
var errClosed = errors.New("telegram bot is shutting down")

// errChatBusy is returned for a job of a chat that already has its maximum
// of jobs waiting: one flooding chat must not fill the shared queue and
// stall everybody else. The job stays in the store and is offered again.
var errChatBusy = errors.New("too many jobs waiting for this chat")

// job is one claimed row to work on: an inbox entry (id is its seq) or an
// outbox message.
type job struct {
	id, chat int64
	payload  []byte
	// key is an inbox entry's key; thread an outbox message's forum topic.
	key    string
	thread int64
	// background marks an outbox message nobody waits for: it goes after
	// every live reply, in the queues and in the limiter.
	background bool
	// msg is an outbox message already decoded: one this process rendered
	// in the turn that queued it (rendered.find). nil: decode payload.
	msg *outMsg
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
	// load counts the queued and running jobs (under mu), for a lower
	// lane that waits while this one has work (busy).
	load int

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

// errFull is returned by offer when the dispatcher has no room now.
var errFull = errors.New("no room for another job")

// submit queues j behind the earlier jobs of key. It blocks while the
// dispatcher is full, and fails once ctx is done or shutdown has begun.
func (d *dispatcher) submit(ctx context.Context, key int64, j job) error {
	return d.put(ctx, key, j, true)
}

// offer is submit without the wait: errFull when the dispatcher is full.
func (d *dispatcher) offer(ctx context.Context, key int64, j job) error {
	return d.put(ctx, key, j, false)
}

func (d *dispatcher) put(ctx context.Context, key int64, j job, wait bool) error {
	d.mu.Lock()
	full := d.queues[key] != nil && len(d.queues[key].jobs) >= d.perKey
	d.mu.Unlock()
	if full {
		return errChatBusy
	}
	if !wait {
		select {
		case d.slots <- struct{}{}:
		case <-d.closing:
			return errClosed
		default:
			return errFull
		}
	} else {
		select {
		case d.slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		case <-d.closing:
			return errClosed
		}
	}
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		<-d.slots
		return errClosed
	}
	d.pending.Add(1)
	d.load++
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
		d.load--
		d.mu.Unlock()
		<-d.slots
		d.pending.Done()
		if more {
			d.ready <- q
		}
	}
}

// busy reports whether jobs are queued or running.
func (d *dispatcher) busy() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.load > 0
}

// has reports whether a job of key is queued or running.
func (d *dispatcher) has(key int64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.queues[key] != nil
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

// feeder claims the store's rows (inbox entries or outbox messages) for
// this process and offers them to a dispatcher, in claim order, each once.
// It runs when kicked (a row was added, or one finished while more wait)
// and every second (rows of other processes whose leases lapsed, a blocked
// chat that wrote again). It renews the leases of what it holds — waiting
// or running — every third of a lease, so a long queue never lapses; a row
// it lost (another owner took it after an outage) is dropped unworked.
type feeder struct {
	claim func(ctx context.Context, limit int) ([]job, error)
	renew func(ctx context.Context, ids []int64) (lost []int64, err error)
	disp  *dispatcher
	// bg, if set, runs the background rows, and giveBack returns the
	// background rows claimed beyond limit (a claim hands out replies
	// first, so a reply is claimed even when background rows fill the
	// rows held).
	bg       *dispatcher
	giveBack func(ctx context.Context, ids []int64) error
	limit    int
	lease    time.Duration
	kick     chan struct{}
	onErr    func(error)

	mu sync.Mutex
	// held are the rows claimed and not finished; pending those of them
	// not yet handed to the dispatcher, in claim order.
	held      map[int64]*heldRow
	pending   []job
	more      bool // the last claim filled its limit: more may wait
	lastRenew time.Time
	now       func() time.Time
	// fed is signalled when rows were adopted (claimed by the store as
	// they were written): they need submitting, not a claim. While a
	// claim is in flight (claiming), adopted rows wait in late and join
	// its rows in claim order.
	fed      chan struct{}
	claiming bool
	late     []lateRow
	// claimMu is held by a claim pass from its claim until its rows are
	// pending, and by exclusive: rows adopted under it cannot land
	// between a claim and the rows it returned. lose holds it too.
	claimMu sync.Mutex
	// back are rows lose gave up whose give-back the store has not
	// confirmed yet (guarded by claimMu): no claim runs until it has.
	back []int64
}

// exclusive runs fn with no claim pass under way (fn stores rows claimed
// for this process and adopts them: in their order relative to a claim's).
func (f *feeder) exclusive(fn func()) {
	f.claimMu.Lock()
	defer f.claimMu.Unlock()
	fn()
}

type lateRow struct {
	job   job
	until time.Time
}

type heldRow struct {
	until      time.Time // our lease, by our clock (taken before the claim)
	chat       int64
	submitted  bool
	lost       bool
	background bool
	// begun: a worker has started on the row (begin); lose leaves it to
	// that worker, which checks its claim before any call.
	begun bool
}

// replyReserve is how many rows a pass claims even when background rows
// fill what the feeder holds: room for the live replies waiting.
const replyReserve = 8

func newFeeder(disp *dispatcher, capacity int, lease time.Duration,
	claim func(ctx context.Context, limit int) ([]job, error),
	renew func(ctx context.Context, ids []int64) ([]int64, error), onErr func(error)) *feeder {
	return &feeder{claim: claim, renew: renew, disp: disp, limit: 2 * capacity, lease: lease,
		kick: make(chan struct{}, 1), fed: make(chan struct{}, 1), onErr: onErr, held: map[int64]*heldRow{}, now: time.Now}
}

// adopt takes rows this process already holds until the given time (the
// store claimed them for it as they were written) and hands them on in
// order, without reading the table.
func (f *feeder) adopt(rows []job, until time.Time) {
	f.mu.Lock()
	for _, r := range rows {
		switch {
		case f.held[r.id] != nil:
		case f.claiming:
			f.late = append(f.late, lateRow{r, until})
		default:
			f.held[r.id] = &heldRow{until: until, chat: r.chat, background: r.background}
			f.pending = append(f.pending, r)
		}
	}
	f.mu.Unlock()
	select {
	case f.fed <- struct{}{}:
	default:
	}
}

// wake asks for a pass soon.
func (f *feeder) wake() {
	select {
	case f.kick <- struct{}{}:
	default:
	}
}

// done marks a row as finished or abandoned: it is no longer ours to work.
// A claim follows only if rows may be waiting in the table (the last claim
// was full), rows held back are submitted again: finishing a row must not
// cost a read of the table each time.
func (f *feeder) done(id int64) {
	f.mu.Lock()
	delete(f.held, id)
	more, pending := f.more, len(f.pending) > 0
	f.mu.Unlock()
	switch {
	case more:
		f.wake()
	case pending:
		// Rows held back (their chat's queue was full) need submitting,
		// not a claim.
		select {
		case f.fed <- struct{}{}:
		default:
		}
	}
}

// leaseLeft reports how long this process still holds row id, by its own
// clock, and false if it lost it.
func (f *feeder) leaseLeft(id int64) (time.Duration, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.held[id]
	if h == nil || h.lost {
		return 0, false
	}
	return h.until.Sub(f.now()), true
}

// renewed records a lease renewed by a worker itself.
func (f *feeder) renewed(id int64, until time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if h := f.held[id]; h != nil {
		h.until = until
	}
}

// lost reports whether row id was found taken by another owner.
func (f *feeder) lostRow(id int64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.held[id]
	return h != nil && h.lost
}

// begin marks row id as started by a worker, and reports false if it is
// no longer this process's to work: taken by another owner, or given back
// by lose.
func (f *feeder) begin(id int64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.held[id]
	if h == nil {
		return true
	}
	if h.lost {
		return false
	}
	h.begun = true
	return true
}

// lose records rows found taken by another owner, and gives back every
// other row of their chats this process holds and has not begun. Kept,
// they would go out while the chat's earlier message waits in the other
// owner's hands (the chat's second message before its first); forgotten
// (dropped here, still claimed), they would wait for their leases, and
// since the store lets an owner claim past its own rows, the chat's later
// messages would be claimed and sent before them. Given back, they are
// claimed in order: by the owner of the lost row (no one else may claim
// past it), or by anyone once it is done. No claim of this process runs
// meanwhile (claimMu), nor until the store has confirmed the give-back
// (back, retried by the next pass): one could take the chat's next
// message past them. A begun row is left to its worker, which checks its
// claim before any call.
func (f *feeder) lose(ctx context.Context, lost []int64) {
	if len(lost) == 0 {
		return
	}
	f.claimMu.Lock()
	defer f.claimMu.Unlock()
	f.mu.Lock()
	chats := map[int64]bool{}
	for _, id := range lost {
		if h := f.held[id]; h != nil {
			h.lost = true
			chats[h.chat] = true
		}
	}
	for id, h := range f.held {
		if chats[h.chat] && !h.lost && !h.begun {
			h.lost = true
			f.back = append(f.back, id)
		}
	}
	f.mu.Unlock()
	f.flushBack(ctx)
}

// giveUp gives back rows this process holds and will not work (their
// jobs skip them), before any further claim, as lose does.
func (f *feeder) giveUp(ctx context.Context, ids []int64) {
	f.claimMu.Lock()
	defer f.claimMu.Unlock()
	f.mu.Lock()
	for _, id := range ids {
		if h := f.held[id]; h != nil && !h.lost {
			h.lost = true
			f.back = append(f.back, id)
		}
	}
	f.mu.Unlock()
	f.flushBack(ctx)
}

// giveBackLater gives row id back before the next claim (the store
// refused it just now).
func (f *feeder) giveBackLater(id int64) {
	f.claimMu.Lock()
	f.back = append(f.back, id)
	f.claimMu.Unlock()
	f.wake()
}

// flushBack gives back the rows lose gave up (claimMu held), and reports
// whether none is left to give back.
func (f *feeder) flushBack(ctx context.Context) bool {
	if len(f.back) == 0 {
		return true
	}
	if f.giveBack == nil {
		f.back = nil // nothing to give them back with: they lapse
		return true
	}
	slices.Sort(f.back)
	if err := f.giveBack(ctx, f.back); err != nil {
		if ctx.Err() == nil && f.onErr != nil {
			f.onErr(err)
		}
		return false
	}
	f.back = nil
	return true
}

// bgHeld counts the background rows held (claimed and not finished).
func (f *feeder) bgHeld() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, h := range f.held {
		if h.background {
			n++
		}
	}
	return n
}

func (f *feeder) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for claim := true; ; {
		if claim {
			f.pass(ctx)
		} else {
			f.submitPending(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-f.kick:
			claim = true
		case <-t.C:
			claim = true
		case <-f.fed:
			claim = false
		}
	}
}

func (f *feeder) pass(ctx context.Context) {
	f.renewHeld(ctx)
	if !f.submitPending(ctx) {
		return
	}
	f.mu.Lock()
	room := f.limit - len(f.held)
	bgHeld := 0
	if f.bg != nil {
		for _, h := range f.held {
			if h.background {
				bgHeld++
			}
		}
		if bgHeld > 0 && room < replyReserve {
			room = replyReserve
		}
	}
	f.mu.Unlock()
	if room <= 0 {
		return
	}
	f.claimMu.Lock()
	if !f.flushBack(ctx) {
		f.claimMu.Unlock()
		return
	}
	start := f.now()
	f.mu.Lock()
	f.claiming = true
	f.mu.Unlock()
	rows, err := f.claim(ctx, room)
	f.mu.Lock()
	f.claiming = false
	late := f.late
	f.late = nil
	f.mu.Unlock()
	if err != nil {
		if ctx.Err() == nil && f.onErr != nil {
			f.onErr(err)
		}
		rows = nil
		if len(late) == 0 {
			f.claimMu.Unlock()
			return
		}
	}
	until, claimed := start.Add(f.lease), len(rows)
	lateUntil := map[int64]time.Time{}
	if len(late) > 0 {
		// Rows adopted while the claim ran may be older or newer than the
		// claimed ones: claim order (replies first, then by id) keeps
		// each chat's order.
		for _, l := range late {
			lateUntil[l.job.id] = l.until
			rows = append(rows, l.job)
		}
		slices.SortStableFunc(rows, func(a, b job) int {
			if a.background != b.background {
				if a.background {
					return 1
				}
				return -1
			}
			return cmp.Compare(a.id, b.id)
		})
	}
	var back []int64
	f.mu.Lock()
	f.more = claimed == room
	for _, r := range rows {
		until := until
		if u, ok := lateUntil[r.id]; ok {
			until = u
		}
		if h := f.held[r.id]; h != nil {
			// Our own lease had lapsed and we took the row again: it is
			// already waiting or running here.
			h.until, h.lost = until, false
			continue
		}
		if r.background && f.bg != nil {
			if len(f.held) >= f.limit && f.giveBack != nil {
				back = append(back, r.id)
				continue
			}
			bgHeld++
		}
		f.held[r.id] = &heldRow{until: until, chat: r.chat, background: r.background}
		f.pending = append(f.pending, r)
	}
	f.mu.Unlock()
	f.claimMu.Unlock()
	if len(back) > 0 {
		if err := f.giveBack(ctx, back); err != nil && ctx.Err() == nil && f.onErr != nil {
			f.onErr(err)
		}
	}
	f.submitPending(ctx)
}

// submitPending hands the waiting rows to the dispatcher in order, keeping
// each chat's order (nothing of a chat after one of its rows held back).
// It reports false when the dispatcher is closed or ctx is done.
func (f *feeder) submitPending(ctx context.Context) bool {
	f.mu.Lock()
	pending := f.pending
	f.pending = nil
	f.mu.Unlock()
	var keep []job
	skipped := map[int64]bool{}
	ok := true
	for i, r := range pending {
		f.mu.Lock()
		h := f.held[r.id]
		f.mu.Unlock()
		if h == nil || h.lost {
			f.mu.Lock()
			delete(f.held, r.id)
			f.mu.Unlock()
			continue
		}
		if skipped[r.chat] {
			keep = append(keep, r)
			continue
		}
		var err error
		if r.background && f.bg != nil {
			// Background rows never hold up the pass: with their pool
			// full they wait here, and the replies behind them go on.
			// Nor do they overtake a live job of their chat.
			if f.disp.has(r.chat) {
				err = errChatBusy
			} else {
				err = f.bg.offer(ctx, r.chat, r)
			}
		} else {
			err = f.disp.submit(ctx, r.chat, r)
		}
		switch {
		case err == nil:
			f.mu.Lock()
			h.submitted = true
			f.mu.Unlock()
		case errors.Is(err, errChatBusy), errors.Is(err, errFull):
			skipped[r.chat] = true
			keep = append(keep, r)
		default:
			keep = append(keep, pending[i:]...)
			ok = false
		}
		if !ok {
			break
		}
	}
	f.mu.Lock()
	f.pending = append(keep, f.pending...)
	f.mu.Unlock()
	return ok
}

// renewHeld extends the leases of every row held, once a third of a lease
// has passed since the last renewal.
func (f *feeder) renewHeld(ctx context.Context) {
	f.mu.Lock()
	if f.now().Sub(f.lastRenew) < f.lease/3 || len(f.held) == 0 {
		if len(f.held) == 0 {
			f.lastRenew = f.now()
		}
		f.mu.Unlock()
		return
	}
	ids := make([]int64, 0, len(f.held))
	for id, h := range f.held {
		if !h.lost {
			ids = append(ids, id)
		}
	}
	f.mu.Unlock()
	start := f.now()
	lost, err := f.renew(ctx, ids)
	if err != nil {
		if ctx.Err() == nil && f.onErr != nil {
			f.onErr(err)
		}
		return
	}
	gone := make(map[int64]bool, len(lost))
	for _, id := range lost {
		gone[id] = true
	}
	f.mu.Lock()
	f.lastRenew = start
	for _, id := range ids {
		h := f.held[id]
		if h == nil || gone[id] {
			continue
		}
		h.until = start.Add(f.lease)
	}
	f.mu.Unlock()
	f.lose(ctx, lost)
}

// heldIDs lists the rows held (for Release at a stop, and tests).
func (f *feeder) heldIDs() []int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids := make([]int64, 0, len(f.held))
	for id := range f.held {
		ids = append(ids, id)
	}
	return ids
}
