package telegram

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"time"

	"bujiao/dialog/persist"
)

// receiver stores the updates of concurrent webhook requests together:
// Telegram posts an update per request, on up to 40 connections, and each
// Receive of its own would cost a transaction (its commit is most of the
// cost of storing an update). The request that finds no store under way
// stores, itself, what is queued by then in one; the requests that arrive
// meanwhile queue, and when that store is done the first of them stores
// the queue in the next. Every request is answered only after the
// transaction that holds its update, with its result. (A goroutine of its
// own would cost two switches a store for nothing: one to wake it, one to
// answer the request that woke it.)
type receiver struct {
	store func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error

	mu     sync.Mutex
	queue  []*recvReq // in arrival order; taken by the next store
	busy   bool       // a store is under way, or a request was told to lead
	closed bool
}

type recvReq struct {
	ctx    context.Context
	in     []persist.Inbound
	parked []persist.Parked
	done   chan error // buffered; errLead: store the queue
}

// errLead tells a queued request that it stores the queue next.
var errLead = errors.New("lead the next store")

// maxRecvBatch bounds the updates one transaction stores.
const maxRecvBatch = 64

// recvTimeout bounds one shared Receive: it does not depend on any one
// request's context (one caller giving up must not fail the others).
const recvTimeout = 30 * time.Second

func newReceiver(store func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error) *receiver {
	return &receiver{store: store}
}

// receive stores in and parked, sharing a transaction with the requests
// that arrive meanwhile. It fails with errClosed after close. A request
// queued is answered once its store is done; one whose ctx ended before
// its store began is answered with ctx's error and not stored.
func (r *receiver) receive(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
	q := &recvReq{ctx: ctx, in: in, parked: parked, done: make(chan error, 1)}
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return errClosed
	}
	r.queue = append(r.queue, q)
	lead := !r.busy
	r.busy = true
	r.mu.Unlock()
	if !lead {
		if err := <-q.done; err != errLead {
			return err
		}
	}
	// Let the requests that arrived with this one queue up.
	runtime.Gosched()
	for {
		r.mu.Lock()
		var batch []*recvReq
		n := 0
		for len(r.queue) > 0 && n < maxRecvBatch {
			b := r.queue[0]
			r.queue[0] = nil
			r.queue = r.queue[1:]
			if r.closed {
				b.done <- errClosed
				continue
			}
			if err := b.ctx.Err(); err != nil {
				b.done <- err
				continue
			}
			batch = append(batch, b)
			n += len(b.in) + len(b.parked)
		}
		r.mu.Unlock()
		if len(batch) > 0 {
			r.storeBatch(batch)
		}
		r.mu.Lock()
		if len(r.queue) == 0 {
			r.busy = false
			r.mu.Unlock()
			break
		}
		if q.answered() {
			// Ours is stored: the first request queued stores the rest.
			next := r.queue[0]
			r.mu.Unlock()
			next.done <- errLead
			break
		}
		r.mu.Unlock()
	}
	return <-q.done
}

// answered reports whether q's answer is waiting (it never waits).
func (q *recvReq) answered() bool { return len(q.done) > 0 }

func (r *receiver) storeBatch(batch []*recvReq) {
	var in []persist.Inbound
	var parked []persist.Parked
	for _, q := range batch {
		in = append(in, q.in...)
		parked = append(parked, q.parked...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), recvTimeout)
	err := r.store(ctx, in, parked)
	cancel()
	for _, q := range batch {
		q.done <- err
	}
}

// close refuses the requests that come after it, and those queued whose
// store has not begun.
func (r *receiver) close() {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
}
