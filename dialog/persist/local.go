package persist

import (
	"context"
	"sync"
	"time"
)

// LocalCluster is a Cluster in memory, for a store that serves one
// process (SQLite): leases, settings and the budget are that process's
// own, with the same rules as a shared store's, so the bot runs one way
// whatever the store. The zero value is ready to use.
type LocalCluster struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	mu       sync.Mutex
	leases   map[string]LeaseState
	settings map[string]string
	tat      map[string]time.Time
}

var _ Cluster = (*LocalCluster)(nil)

func (c *LocalCluster) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Lease takes or renews the named lease, as Cluster.Lease.
func (c *LocalCluster) Lease(_ context.Context, name, owner string, ttl time.Duration) (LeaseState, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.leases == nil {
		c.leases = map[string]LeaseState{}
	}
	now := c.now()
	l, ok := c.leases[name]
	switch {
	case !ok:
		l = LeaseState{Holder: owner, Fence: 1}
	case l.Holder == owner:
	case !l.Until.After(now):
		l.Holder, l.Fence = owner, l.Fence+1
	default:
		l.Held = false
		return l, nil
	}
	l.Until, l.Held = now.Add(ttl), true
	c.leases[name] = l
	return l, nil
}

// Unlease gives the lease up if owner holds it.
func (c *LocalCluster) Unlease(_ context.Context, name, owner string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if l, ok := c.leases[name]; ok && l.Holder == owner && l.Until.After(c.now()) {
		l.Until = c.now()
		c.leases[name] = l
	}
	return nil
}

// SettingOnce stores value under name unless one is stored, and returns
// the stored one.
func (c *LocalCluster) SettingOnce(_ context.Context, name, value string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.settings == nil {
		c.settings = map[string]string{}
	}
	if v, ok := c.settings[name]; ok {
		return v, nil
	}
	c.settings[name] = value
	return value, nil
}

// Reserve books the first slot every bucket allows (GCRA, as the shared
// store's bujiao_reserve).
func (c *LocalCluster) Reserve(_ context.Context, maxWait time.Duration, buckets ...Bucket) (time.Duration, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tat == nil {
		c.tat = map[string]time.Time{}
	}
	now := c.now()
	slot := now
	for _, b := range buckets {
		if t, ok := c.tat[b.Key]; ok {
			if s := t.Add(-b.Interval * time.Duration(max(b.Burst, 1)-1)); s.After(slot) {
				slot = s
			}
		}
	}
	wait := slot.Sub(now)
	if wait > maxWait {
		return wait, &BudgetError{Wait: wait}
	}
	for _, b := range buckets {
		t := c.tat[b.Key]
		if slot.After(t) {
			t = slot
		}
		c.tat[b.Key] = t.Add(b.Interval)
	}
	// Forget buckets idle long enough to allow a full burst anyway.
	if len(c.tat) > 4096 {
		for k, t := range c.tat {
			if now.Sub(t) > 10*time.Minute {
				delete(c.tat, k)
			}
		}
	}
	return wait, nil
}
