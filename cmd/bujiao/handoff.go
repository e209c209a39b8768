package main

import (
	"context"
	"flag"
	"log/slog"

	"strconv"
	"strings"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/telegram"
	"bujiao/store"
)

// staffFlags are the hand-off flags of `bujiao bot`: a Telegram supergroup
// with topics where help-desk staff take over from the bot.
type staffFlags struct {
	chat, hours, label string
	timeout            time.Duration
	perMinute          float64
	// chatID is the checked --staff-chat (staffConfig).
	chatID int64
}

const staffUsage = `  --staff-chat ID      hand people who ask for a person to staff in this
                       supergroup with topics (the bot must be an admin
                       allowed to manage topics); without it the bot gives
                       the hotlines
  --staff-hours SPANS  when staff answer, Beijing time, e.g. "Mon-Fri 09:00-18:00"
                       (default always)
  --staff-reply-timeout D  tell the person and give the hotline when no staff
                       member replied within D (default 10m)
  --staff-label first-name|staff  how staff replies are marked (default staff)
  --staff-rate N       the same as --group-rate, which the staff group shares
                       with every group (kept for older command lines)`

func (s *staffFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.chat, "staff-chat", "", "")
	fs.StringVar(&s.hours, "staff-hours", "always", "")
	fs.StringVar(&s.label, "staff-label", "staff", "")
	fs.DurationVar(&s.timeout, "staff-reply-timeout", dialog.DefaultReplyTimeout, "")
	fs.Float64Var(&s.perMinute, "staff-rate", 0, "")
}

// staffConfig checks the hand-off flags; nil without --staff-chat.
func (b *botFlags) staffConfig(cmd string) (*dialog.HandoffConfig, error) {
	id, cfg, err := b.staff.config(cmd)
	b.staff.chatID = id
	return cfg, err
}

// config checks the flags and returns what the bot and the engine need;
// chat 0 means no hand-off.
func (s *staffFlags) config(cmd string) (int64, *dialog.HandoffConfig, error) {
	hours, err := dialog.ParseStaffHours(s.hours)
	if err != nil {
		return 0, nil, usageError("%s: --staff-hours: %v", cmd, err)
	}
	label, err := dialog.ParseStaffLabel(s.label)
	if err != nil {
		return 0, nil, usageError("%s: --staff-label: %v", cmd, err)
	}
	if s.timeout < time.Minute || s.timeout > 24*time.Hour {
		return 0, nil, usageError("%s: --staff-reply-timeout: want 1m to 24h, got %s", cmd, s.timeout)
	}
	if s.perMinute < 0 {
		return 0, nil, usageError("%s: --staff-rate: want a positive number of messages a minute, got %g", cmd, s.perMinute)
	}
	if strings.TrimSpace(s.chat) == "" {
		return 0, nil, nil
	}
	id, err := strconv.ParseInt(strings.TrimSpace(s.chat), 10, 64)
	if err != nil || id >= 0 {
		return 0, nil, usageError("%s: --staff-chat: want the group's id, a negative number such as -1001234567890 (see README), got %q", cmd, s.chat)
	}
	return id, &dialog.HandoffConfig{Hours: hours, ReplyTimeout: s.timeout, Label: label}, nil
}

// handoffStore adapts store.DB's hand-off table to the transport's.
type handoffStore struct{ db handoffDB }

func row(h store.Handoff) telegram.HandoffRow {
	return telegram.HandoffRow{CaseNo: h.CaseNo, ChatID: h.ChatID, Since: h.Since, ThreadID: h.ThreadID, Closed: h.Closed}
}

func (s handoffStore) OpenHandoff(ctx context.Context, chatID, since int64) (telegram.HandoffRow, error) {
	h, err := s.db.OpenHandoff(ctx, chatID, since)
	return row(h), err
}

func (s handoffStore) SetHandoffThread(ctx context.Context, caseNo, threadID int64) error {
	return s.db.SetHandoffThread(ctx, caseNo, threadID)
}

func (s handoffStore) HandoffByThread(ctx context.Context, threadID int64) (telegram.HandoffRow, bool, error) {
	h, ok, err := s.db.HandoffByThread(ctx, threadID)
	return row(h), ok, err
}

func (s handoffStore) CurrentHandoff(ctx context.Context, chatID int64) (telegram.HandoffRow, bool, error) {
	h, ok, err := s.db.CurrentHandoff(ctx, chatID)
	return row(h), ok, err
}

func (s handoffStore) HandoffAt(ctx context.Context, chatID, since int64) (telegram.HandoffRow, bool, error) {
	h, ok, err := s.db.HandoffAt(ctx, chatID, since)
	return row(h), ok, err
}

func (s handoffStore) OpeningHandoffs(ctx context.Context, since time.Time) (bool, error) {
	return s.db.OpeningHandoffs(ctx, since)
}

func (s handoffStore) CloseHandoff(ctx context.Context, chatID, since int64) error {
	return s.db.CloseHandoff(ctx, chatID, since)
}

func (s handoffStore) SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error {
	return s.db.SetHandoffWake(ctx, chatID, since, at)
}

func (s handoffStore) DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]telegram.HandoffWake, error) {
	ws, err := s.db.DueHandoffWakes(ctx, now, limit)
	out := make([]telegram.HandoffWake, len(ws))
	for i, w := range ws {
		out[i] = telegram.HandoffWake(w)
	}
	return out, err
}

func (s handoffStore) ClearHandoffWake(ctx context.Context, caseNo, seq int64) error {
	return s.db.ClearHandoffWake(ctx, caseNo, seq)
}

func (s handoffStore) ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error) {
	return s.db.ForgetHandoffs(ctx, chatID)
}

// withStaff configures the bot for hand-offs to staffChat.
func withStaff(staffChat int64, db handoffDB) func(*telegram.Config) {
	return func(c *telegram.Config) {
		if staffChat == 0 {
			return
		}
		c.StaffChat, c.Handoffs = staffChat, handoffStore{db}
	}
}

// sweepHandoffs deletes, every period, hand-off rows (chat and topic ids)
// older than the conversations' retention, and with topics (a bot with a
// staff group) their staff topics, until ctx ends. A crash between the two
// leaves topics to delete by hand; the rows hold no text.
func sweepHandoffs(ctx context.Context, db handoffDB, period time.Duration, log *slog.Logger, topics func(context.Context, []int64)) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		threads, err := db.SweepHandoffs(ctx, time.Now().Add(-store.DefaultConversationTTL))
		if err != nil && ctx.Err() == nil {
			log.Warn("sweep hand-offs", "err", err)
		}
		if err == nil && topics != nil {
			topics(ctx, threads)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
