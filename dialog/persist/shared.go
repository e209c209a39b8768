package persist

import (
	"context"
	"errors"
	"time"
)

// What every store shares beyond the interfaces: errors, bounds and the
// row types of the maintainer tools (hand-offs, lookups, reminders). They
// live here so that a store under store/ needs no package of ours but this
// one, and two stores cannot drift apart in what they return.

var (
	// ErrReadOnly reports a write attempted on a store opened read-only.
	ErrReadOnly = errors.New("database is read-only")
	// ErrSchemaTooNew reports a database written by a newer bujiao.
	ErrSchemaTooNew = errors.New("database schema is newer than this bujiao")
	// ErrBadCase is returned for a shared-case token or data that cannot be
	// stored (see MaxCaseToken, MaxCaseData).
	ErrBadCase = errors.New("shared case: token must be 1-64 bytes and data at most 16 KiB")
)

// Bounds of a shared case: tokens are short random strings, and a case is
// a few hundred bytes of facts.
const (
	MaxCaseToken = 64
	MaxCaseData  = 16 << 10
)

// DefaultRowsPerChatHour bounds the rows one chat adds in an hour to a
// table kept for a long time (events, kept 180 days): a person asking a
// few dozen questions stays far below it, a script posting as fast as
// Telegram lets it cannot fill the disk.
const DefaultRowsPerChatHour = 100

// MaxEventText bounds the stored text of one event, in bytes; longer
// free-text queries are cut (their start is what is grouped).
const MaxEventText = 500

// Handoff is one hand-off's row: which staff topic (ThreadID) belongs to
// which person's chat since when. Only ids and times; no text.
type Handoff struct {
	CaseNo   int64
	ChatID   int64
	Since    int64
	ThreadID int64
	Closed   bool
}

// HandoffWake is a due no-reply check: Seq makes its inbox key unique.
type HandoffWake struct {
	CaseNo, ChatID, Since, Seq int64
}

// LookupCount is how many lookups one surface made for one region and
// verdict.
type LookupCount struct {
	Surface string `json:"surface"`
	Region  string `json:"region"`
	Verdict string `json:"verdict"`
	Count   int    `json:"count"`
}

// FAQChoice is one wording an FAQ entry was chosen for, and how often.
type FAQChoice struct {
	FAQ   string `json:"faq"`
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// MaxFAQChoices bounds the wordings FAQChoices lists, most frequent first.
const MaxFAQChoices = 2000

// ReminderKeyPrefix starts the inbox key of every reminder entry
// ("rem:<chat>:…", see dialog.ReminderKeyPrefix).
const ReminderKeyPrefix = "rem:"

// ReminderEvents are what the stats report for reminders (the Question of
// EvReminder events), always listed, zero or not.
var ReminderEvents = []string{"offered", "set", "sent", "done", "later", "cancelled", "dropped", "held"}

// DayCount is how many reminder firings fall due on one day.
type DayCount struct {
	Day   string `json:"day"`
	Count int    `json:"count"`
}

// DueDays buckets the due times of reminder firings into the days days
// starting on from's day in loc (Beijing for bujiao), every day listed.
// Firings already overdue count on the first day; those after the last
// day are left out. Both stores call it, so they count alike.
func DueDays(from time.Time, days int, loc *time.Location, due []time.Time) []DayCount {
	f := from.In(loc)
	start := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, loc)
	out := make([]DayCount, days)
	for i := range out {
		out[i].Day = start.AddDate(0, 0, i).Format("2006-01-02")
	}
	for _, t := range due {
		i := 0
		if t.After(start) {
			// Calendar days in loc, not 24-hour steps from start.
			d := t.In(loc)
			i = int(time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc).Sub(start).Hours() / 24)
		}
		if i >= 0 && i < days {
			out[i].Count++
		}
	}
	return out
}

// Reminders is what a store offers for reminders besides the mailbox
// (reminders are scheduled inbox entries keyed ReminderKeyPrefix…): the
// bot drops a blocked chat's, and "bujiao reminders" counts them per day.
// Both stores implement it and store/storetest checks it.
type Reminders interface {
	// DropReminders deletes chatID's unapplied reminder entries, records
	// one EvReminder event "dropped" per entry in the same transaction,
	// and returns how many.
	DropReminders(ctx context.Context, chatID int64) (int64, error)
	// RemindersDue counts the unapplied reminder entries due on each of
	// days days from from's day in loc (see DueDays).
	RemindersDue(ctx context.Context, from time.Time, days int, loc *time.Location) ([]DayCount, error)
}
