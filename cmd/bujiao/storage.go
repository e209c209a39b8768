package main

import (
	"context"

	"bujiao/dialog"
	"bujiao/dialog/web"
	"bujiao/store"
)

// storeSessions adapts store.DB to dialog.Storage: store imports nothing of
// ours, so the two meet here.
type storeSessions struct{ db *store.DB }

var _ dialog.Storage = storeSessions{}

func (s storeSessions) Apply(ctx context.Context, chatID, updateID int64, fn func(state []byte, found bool) (dialog.Saved, error)) (bool, error) {
	return s.db.Apply(ctx, chatID, updateID, func(c store.Conversation, found bool) (store.Turn, error) {
		saved, err := fn(c.State, found)
		if err != nil {
			return store.Turn{}, err
		}
		return store.Turn{State: saved.State, Lang: saved.Lang, Pending: saved.Pending, Events: storeEvents(saved.Events)}, nil
	})
}

func (s storeSessions) Forget(ctx context.Context, chatID int64) error {
	return s.db.Forget(ctx, chatID)
}

func storeEvents(evs []dialog.Event) []store.Event {
	out := make([]store.Event, 0, len(evs))
	for _, e := range evs {
		if e.Kind == dialog.EvForget {
			continue
		}
		out = append(out, store.Event{Kind: string(e.Kind), Question: e.Question, Verdict: e.Verdict,
			Region: e.Region, Text: e.Text, Helpful: e.Helpful})
	}
	return out
}

// meteredStorage counts what turns did (turns, answers by verdict and
// region, FAQ hits and misses) as they are saved, so every surface that
// runs conversations feeds the same metrics.
type meteredStorage struct {
	dialog.Storage
	m *web.Metrics
}

func (s meteredStorage) Apply(ctx context.Context, chatID, updateID int64, fn func(state []byte, found bool) (dialog.Saved, error)) (bool, error) {
	var events []dialog.Event
	applied, err := s.Storage.Apply(ctx, chatID, updateID, func(state []byte, found bool) (dialog.Saved, error) {
		saved, err := fn(state, found)
		events = saved.Events
		return saved, err
	})
	if err != nil || !applied {
		return applied, err
	}
	s.m.DialogTurns.Inc()
	for _, e := range events {
		switch e.Kind {
		case dialog.EvAnswer:
			s.m.Answers.WithLabelValues(e.Verdict, e.Region).Inc()
		case dialog.EvFAQHit, dialog.EvDirect:
			s.m.FAQHit()
		case dialog.EvFAQMiss:
			s.m.FAQMiss()
		}
	}
	return applied, nil
}
