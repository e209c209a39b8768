package telegram

import (
	"context"
	"runtime"
	"sync"
	"time"

	"bujiao/dialog/persist"
)

// receiver stores the updates of concurrent webhook requests together:
// Telegram posts an update per request, on up to 40 connections, and each
// Receive of its own would cost a transaction (its commit is most of the
// cost of storing an update). One goroutine takes what is queued while
// the previous Receive ran and stores it in one; every request is answered
// only after the transaction that holds its update, with its result.
type receiver struct {
	store func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error
	reqs  chan *recvReq // unbuffered: a request taken is a request answered
	quit  chan struct{}
	once  sync.Once
	stop  sync.Once
}

type recvReq struct {
	in     []persist.Inbound
	parked []persist.Parked
	done   chan error // buffered
}

// maxRecvBatch bounds the updates one transaction stores.
const maxRecvBatch = 64

// recvTimeout bounds one shared Receive: it does not depend on any one
// request's context (one caller giving up must not fail the others).
const recvTimeout = 30 * time.Second

func newReceiver(store func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error) *receiver {
	return &receiver{store: store, reqs: make(chan *recvReq), quit: make(chan struct{})}
}

// receive stores in and parked, sharing a transaction with the requests
// that arrive meanwhile. It fails with errClosed after close.
func (r *receiver) receive(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
	r.once.Do(func() { go r.run() })
	q := &recvReq{in: in, parked: parked, done: make(chan error, 1)}
	select {
	case r.reqs <- q:
	case <-r.quit:
		return errClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-q.done
}

func (r *receiver) close() { r.stop.Do(func() { close(r.quit) }) }

func (r *receiver) run() {
	for {
		var batch []*recvReq
		select {
		case q := <-r.reqs:
			batch = append(batch, q)
		case <-r.quit:
			return
		}
		// Let the requests that arrived with this one queue up.
		runtime.Gosched()
		n := len(batch[0].in) + len(batch[0].parked)
	fill:
		for n < maxRecvBatch {
			select {
			case q := <-r.reqs:
				batch = append(batch, q)
				n += len(q.in) + len(q.parked)
			default:
				break fill
			}
		}
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
}
