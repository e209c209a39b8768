package main

import (
	"context"
	"errors"
	"fmt"

	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
	"bujiao/dialog/telegram"
	"bujiao/store"
)

// storeSessions adapts store.DB to dialog.Sessions and telegram.Mailbox:
// store imports nothing of ours, so they meet here.
type storeSessions struct{ db *store.DB }

var (
	_ dialog.Sessions  = storeSessions{}
	_ telegram.Mailbox = storeSessions{}
	// Shared cases of inline answers need no adapter: the signatures meet.
	_ dialog.CaseStore = (*store.DB)(nil)
)

func (s storeSessions) Load(ctx context.Context, chatID int64) (dialog.Session, error) {
	c, err := s.db.LoadSession(ctx, chatID)
	if err != nil {
		return dialog.Session{}, err
	}
	return dialog.Session{State: c.State, Version: c.Version, Found: c.Found}, nil
}

func (s storeSessions) Commit(ctx context.Context, c dialog.Commit) error {
	sc := store.Commit{ChatID: c.ChatID, UpdateID: c.UpdateID, Version: c.Version,
		State: c.State, Lang: c.Lang, Events: storeEvents(c.Events), Outbox: c.Outbox, Forget: c.Forget,
		Applied: c.Applied, Cancel: c.Cancel}
	for _, e := range c.Schedule {
		sc.Schedule = append(sc.Schedule, store.Scheduled{Key: e.Key, ChatID: c.ChatID, DueAt: e.DueAt, Payload: e.Payload})
	}
	err := s.db.Commit(ctx, sc)
	switch {
	case errors.Is(err, store.ErrConflict):
		return fmt.Errorf("%w: %w", dialog.ErrConflict, err)
	case errors.Is(err, store.ErrDuplicate):
		return fmt.Errorf("%w: %w", dialog.ErrDuplicate, err)
	}
	return err
}

func storeEvents(evs []dialog.Event) []store.Event {
	out := make([]store.Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, store.Event{Kind: string(e.Kind), Question: e.Question, Verdict: e.Verdict,
			Region: e.Region, Text: e.Text, Helpful: e.Helpful})
	}
	return out
}

func (s storeSessions) Receive(ctx context.Context, in []telegram.Inbound, parked []telegram.Parked, offset int64) error {
	sin := make([]store.Inbound, len(in))
	for i, u := range in {
		sin[i] = store.Inbound(u)
	}
	sp := make([]store.Parked, len(parked))
	for i, p := range parked {
		sp[i] = store.Parked(p)
	}
	return s.db.Receive(ctx, sin, sp, offset)
}

func (s storeSessions) Inbox(ctx context.Context, limit int) ([]telegram.Inbound, error) {
	rows, err := s.db.Inbox(ctx, limit)
	out := make([]telegram.Inbound, len(rows))
	for i, r := range rows {
		out[i] = telegram.Inbound(r)
	}
	return out, err
}

func (s storeSessions) Settle(ctx context.Context, updateID, chatID int64, reason string, msgs [][]byte) error {
	return s.db.Settle(ctx, updateID, chatID, reason, msgs)
}

func (s storeSessions) Outbox(ctx context.Context, limit int) ([]telegram.Outbound, error) {
	rows, err := s.db.Outbox(ctx, limit)
	out := make([]telegram.Outbound, len(rows))
	for i, r := range rows {
		out[i] = telegram.Outbound(r)
	}
	return out, err
}

func (s storeSessions) Sent(ctx context.Context, id, chatID int64, reason string) error {
	return s.db.Sent(ctx, id, chatID, reason)
}

func (s storeSessions) Block(ctx context.Context, chatID int64) error { return s.db.Block(ctx, chatID) }

func (s storeSessions) Offset(ctx context.Context) (int64, error) { return s.db.Offset(ctx) }

// countTurn feeds the page's metrics (answers by verdict and region, FAQ
// hits and misses, turns) from the events of a turn, so every surface that
// runs conversations counts the same way.
func countTurn(m *web.Metrics) func([]dialog.Event) {
	return func(events []dialog.Event) {
		m.DialogTurns.Inc()
		for _, e := range events {
			switch e.Kind {
			case dialog.EvAnswer:
				m.Answers.WithLabelValues(e.Verdict, e.Region).Inc()
			case dialog.EvFAQHit, dialog.EvDirect:
				m.FAQHit()
			case dialog.EvFAQMiss:
				m.FAQMiss()
			}
		}
	}
}
