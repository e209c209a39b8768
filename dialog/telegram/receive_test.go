package telegram

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"bujiao/dialog/persist"
)

// queued is how many requests wait in r's queue.
func (r *receiver) queued() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.queue)
}

// The requests that arrive while a store runs are stored together in the
// next one, in arrival order, each exactly once, and each request is
// answered with its own store's result.
func TestReceiverBatchesInOrder(t *testing.T) {
	var mu sync.Mutex
	var stores [][]string
	release := make(chan struct{})
	fail := errors.New("disk full")
	r := newReceiver(func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
		mu.Lock()
		first := len(stores) == 0
		var keys []string
		for _, e := range in {
			keys = append(keys, e.Key)
		}
		stores = append(stores, keys)
		mu.Unlock()
		if first {
			<-release
			return nil
		}
		return fail
	})
	const n = 6
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			errs[i] = r.receive(context.Background(), []persist.Inbound{{Key: fmt.Sprint("u", i), ChatID: 1}}, nil)
		})
		if i == 0 {
			waitFor(t, "the first store", func() bool { mu.Lock(); defer mu.Unlock(); return len(stores) == 1 })
		} else {
			waitFor(t, "the queue", func() bool { return r.queued() == i })
		}
	}
	close(release)
	wg.Wait()
	want := [][]string{{"u0"}, {"u1", "u2", "u3", "u4", "u5"}}
	if !slices.EqualFunc(stores, want, slices.Equal[[]string]) {
		t.Fatalf("stores %v, want %v", stores, want)
	}
	if errs[0] != nil {
		t.Errorf("first request: %v, want its store's nil", errs[0])
	}
	for i := 1; i < n; i++ {
		if !errors.Is(errs[i], fail) {
			t.Errorf("request %d: %v, want its store's %v", i, errs[i], fail)
		}
	}
	// The next request finds no store under way and stores at once.
	if err := r.receive(context.Background(), []persist.Inbound{{Key: "u6"}}, nil); !errors.Is(err, fail) {
		t.Fatalf("lone request: %v", err)
	}
}

// A request whose context ended while it was queued is not stored; after
// close, neither are those queued nor new ones.
func TestReceiverCancelledAndClosed(t *testing.T) {
	var mu sync.Mutex
	var stored []string
	release := make(chan struct{})
	r := newReceiver(func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
		mu.Lock()
		for _, e := range in {
			stored = append(stored, e.Key)
		}
		mu.Unlock()
		<-release
		return nil
	})
	first := make(chan error, 1)
	go func() { first <- r.receive(context.Background(), []persist.Inbound{{Key: "a"}}, nil) }()
	waitFor(t, "the first store", func() bool { mu.Lock(); defer mu.Unlock(); return len(stored) == 1 })
	ctx, cancel := context.WithCancel(context.Background())
	gone := make(chan error, 1)
	go func() { gone <- r.receive(ctx, []persist.Inbound{{Key: "b"}}, nil) }()
	waitFor(t, "b queued", func() bool { return r.queued() == 1 })
	later := make(chan error, 1)
	go func() { later <- r.receive(context.Background(), []persist.Inbound{{Key: "c"}}, nil) }()
	waitFor(t, "c queued", func() bool { return r.queued() == 2 })
	cancel()
	close(release)
	if err := <-first; err != nil {
		t.Fatalf("first: %v", err)
	}
	if err := <-gone; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled request: %v", err)
	}
	if err := <-later; err != nil {
		t.Fatalf("c: %v", err)
	}
	mu.Lock()
	got := slices.Clone(stored)
	mu.Unlock()
	if !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("stored %v, want [a c]", got)
	}

	// After close: a queued request whose store has not begun is refused,
	// and so is a new one.
	hold := make(chan struct{})
	r2 := newReceiver(func(ctx context.Context, in []persist.Inbound, parked []persist.Parked) error {
		mu.Lock()
		for _, e := range in {
			stored = append(stored, e.Key)
		}
		mu.Unlock()
		<-hold
		return nil
	})
	go func() { first <- r2.receive(context.Background(), []persist.Inbound{{Key: "d"}}, nil) }()
	waitFor(t, "d's store", func() bool { mu.Lock(); defer mu.Unlock(); return len(stored) == 3 })
	go func() { later <- r2.receive(context.Background(), []persist.Inbound{{Key: "e"}}, nil) }()
	waitFor(t, "e queued", func() bool { return r2.queued() == 1 })
	r2.close()
	close(hold)
	if err := <-first; err != nil {
		t.Fatalf("d, stored before close: %v", err)
	}
	if err := <-later; !errors.Is(err, errClosed) {
		t.Fatalf("e, queued at close: %v, want errClosed", err)
	}
	if err := r2.receive(context.Background(), []persist.Inbound{{Key: "f"}}, nil); !errors.Is(err, errClosed) {
		t.Fatalf("after close: %v, want errClosed", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(stored, []string{"a", "c", "d"}) {
		t.Fatalf("stored %v, want [a c d]", stored)
	}
}
