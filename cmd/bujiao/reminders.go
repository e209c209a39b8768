package main

import (
	"context"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/dialog/telegram"
)

// Reminders meet the store here, like the rest of storeSessions: the
// dialog lists a chat's reminders, the bot claims and drops them.
var (
	_ dialog.ReminderStore   = storeSessions{}
	_ telegram.ReminderStore = storeSessions{}
)

func (s storeSessions) Scheduled(ctx context.Context, chatID int64, prefix string) ([]persist.Inbound, error) {
	rows, err := s.db.ScheduledReminders(ctx, chatID, prefix)
	out := make([]persist.Inbound, len(rows))
	for i, r := range rows {
		out[i] = persist.Inbound{Key: r.Key, ChatID: r.ChatID, Payload: r.Payload, DueAt: r.DueAt}
	}
	return out, err
}

func (s storeSessions) ClaimReminders(ctx context.Context, owner string, lease time.Duration, now time.Time, limit int) ([]telegram.DueReminder, error) {
	rows, err := s.db.ClaimReminders(ctx, owner, lease, now, limit)
	out := make([]telegram.DueReminder, len(rows))
	for i, r := range rows {
		out[i] = telegram.DueReminder{Key: r.Key, ChatID: r.ChatID, Payload: r.Payload}
	}
	return out, err
}

func (s storeSessions) ReleaseReminder(ctx context.Context, key, owner string) error {
	return s.db.ReleaseReminder(ctx, key, owner)
}

func (s storeSessions) DropReminders(ctx context.Context, chatID int64) (int64, error) {
	return s.db.DropReminders(ctx, chatID)
}

func (s storeSessions) OutboxLen(ctx context.Context) (int64, error) { return s.db.OutboxLen(ctx) }
