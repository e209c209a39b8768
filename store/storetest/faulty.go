package storetest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"bujiao/dialog/persist"
)

// Faulty wraps a store and fails every call while it is down, without
// reaching the store: a disk that stopped, a database that went away. It
// lets transports be tested through an outage of any length without
// waiting for it (a test takes it down, moves its clocks, brings it up).
type Faulty struct {
	persist.Store
	mu   sync.Mutex
	down error
	// Refused counts calls refused while down.
	refused int
}

// NewFaulty wraps s, up.
func NewFaulty(s persist.Store) *Faulty { return &Faulty{Store: s} }

// Down makes every call fail with an error wrapping persist.ErrUnavailable
// and err (nil: a generic outage).
func (f *Faulty) Down(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		err = fmt.Errorf("injected outage")
	}
	f.down = err
}

// Up ends the outage.
func (f *Faulty) Up() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.down = nil
}

// Refused reports how many calls failed during outages.
func (f *Faulty) Refused() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.refused
}

func (f *Faulty) fail() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down == nil {
		return nil
	}
	f.refused++
	return fmt.Errorf("%w: %w", persist.ErrUnavailable, f.down)
}

func (f *Faulty) Load(ctx context.Context, chatID int64) (persist.Session, error) {
	if err := f.fail(); err != nil {
		return persist.Session{}, err
	}
	return f.Store.Load(ctx, chatID)
}

func (f *Faulty) Commit(ctx context.Context, c persist.Commit) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Commit(ctx, c)
}

func (f *Faulty) Receive(ctx context.Context, in []persist.Inbound, parked []persist.Parked, offset int64) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Receive(ctx, in, parked, offset)
}

func (f *Faulty) ClaimInbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Inbound, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.ClaimInbox(ctx, owner, lease, limit)
}

func (f *Faulty) RenewInbox(ctx context.Context, owner string, lease time.Duration, seqs []int64) ([]int64, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.RenewInbox(ctx, owner, lease, seqs)
}

func (f *Faulty) Settle(ctx context.Context, seq, chatID int64, reason string, msgs []persist.Message) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Settle(ctx, seq, chatID, reason, msgs)
}

func (f *Faulty) Scheduled(ctx context.Context, chatID int64, prefix string) ([]persist.Inbound, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.Scheduled(ctx, chatID, prefix)
}

func (f *Faulty) ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Outbound, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.ClaimOutbox(ctx, owner, lease, limit)
}

func (f *Faulty) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Store.RenewOutbox(ctx, owner, lease, ids)
}

func (f *Faulty) Sent(ctx context.Context, id, chatID int64, reason string) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Sent(ctx, id, chatID, reason)
}

func (f *Faulty) Block(ctx context.Context, chatID int64) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Block(ctx, chatID)
}

func (f *Faulty) Offset(ctx context.Context) (int64, error) {
	if err := f.fail(); err != nil {
		return 0, err
	}
	return f.Store.Offset(ctx)
}

func (f *Faulty) Release(ctx context.Context, owner string) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Release(ctx, owner)
}

func (f *Faulty) Backlog(ctx context.Context) (persist.Backlog, error) {
	if err := f.fail(); err != nil {
		return persist.Backlog{}, err
	}
	return f.Store.Backlog(ctx)
}

func (f *Faulty) Check(ctx context.Context) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Check(ctx)
}
