package main

import (
	"context"

	"bujiao/dialog"
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
