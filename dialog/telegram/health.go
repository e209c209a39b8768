package telegram

import (
	"context"
	"errors"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// Store health. A store that cannot be reached or cannot write makes work
// wait (nothing is parked, nothing confirmed to Telegram that was not
// stored); a store found damaged stops the bot from confirming anything:
// polling fetches nothing, the webhook answers 503 (Telegram keeps the
// updates for a day), inbox entries keep what the person wrote, and
// readiness fails until an operator repaired the database and restarted.

// checkEvery bounds how often a store error leads to a health check.
const checkEvery = 30 * time.Second

// storeTrouble logs a store error and, at most every checkEvery, checks the
// store for damage in the background.
func (b *Bot) storeTrouble(what string, err error) {
	if err == nil {
		return
	}
	if errors.Is(err, persist.ErrDamaged) {
		b.setDamaged(err)
		return
	}
	now := time.Now()
	last := b.lastCheck.Load()
	if last != 0 && now.Sub(time.Unix(0, last)) < checkEvery {
		b.log.Debug(what, logKeyErr, b.scrub(err))
		return
	}
	if !b.lastCheck.CompareAndSwap(last, now.UnixNano()) {
		return
	}
	b.log.Warn(what, logKeyErr, b.scrub(err))
	b.goSide(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		b.CheckStore(ctx)
	})
}

// CheckStore runs the store's health check; damage found is kept (see
// Damaged). Init runs it before anything is fetched.
func (b *Bot) CheckStore(ctx context.Context) error {
	err := b.mb.Check(ctx)
	if errors.Is(err, persist.ErrDamaged) {
		b.setDamaged(err)
	}
	return err
}

func (b *Bot) setDamaged(err error) {
	if b.damaged.CompareAndSwap(nil, &err) {
		b.log.Error("the database is damaged: updates are no longer confirmed to Telegram (it keeps them for 24 hours), "+
			"/readyz fails, and what is stored stays as it is. Stop the bot, copy the database file aside, restore the "+
			"newest backup or recover it (sqlite3 FILE .recover > dump.sql), then start the bot again",
			logKeyErr, err)
		b.met.setDamaged()
	}
}

// Damaged reports the damage found in the store, or nil.
func (b *Bot) Damaged() error {
	if p := b.damaged.Load(); p != nil {
		return *p
	}
	return nil
}

// Ready reports whether the bot can take updates: started, not stopping,
// and its store not found damaged. /readyz serves it.
func (b *Bot) Ready() error {
	if err := b.Damaged(); err != nil {
		return err
	}
	if b.stopping.Load() {
		return errors.New("shutting down")
	}
	if !b.started.Load() {
		return errors.New("not started")
	}
	return nil
}

// Backlog reads the store's backlog for the gauges.
func (b *Bot) Backlog(ctx context.Context) (persist.Backlog, error) {
	bl, err := b.mb.Backlog(ctx)
	if err != nil {
		return bl, fmt.Errorf("backlog: %w", err)
	}
	return bl, nil
}
