// Package persist is bujiao's persistence contract: the one place where the
// types and interfaces a store offers to the dialog and its transports are
// declared. It imports only the standard library, so every store (store/
// for SQLite, any store under store/) can implement it directly, and the
// dialog and its adapters can use it without knowing which store runs.
//
// The contract, in one paragraph. A conversation is loaded (Load) and a
// turn committed (Commit) with a compare-and-swap on its version: the new
// state, the inbox entry it applies, its events and its outgoing messages,
// all or nothing. Inbox entries (Telegram updates, staff messages,
// scheduled reminders) and outbox messages are rows that a worker CLAIMS
// with an owner and a lease: while the lease holds nobody else gets the
// row; when it lapses (the owner died, or lost the store) another owner
// may take it. Entries of one chat are claimed and applied in their order;
// messages of one chat are claimed and sent in theirs. An entry is applied
// at most once (its key is unique, and a Commit of an entry already applied
// fails with ErrDuplicate); a message is sent by the owner holding its
// lease, and removed with Sent.
//
// Any store passes store/storetest.Run; a store that does not cannot be
// used by the bot.
package persist

import (
	"context"
	"errors"
	"time"
)

// Errors of the contract. Stores wrap them (test with errors.Is) and add
// what the operator can do.
var (
	// ErrConflict: the conversation changed since it was loaded (another
	// turn, a sweep or a forget committed in between). Nothing was written:
	// load again and recompute the turn.
	ErrConflict = errors.New("conversation changed since it was loaded")
	// ErrDuplicate: the inbox entry was already applied. Nothing was
	// written.
	ErrDuplicate = errors.New("update already applied")
	// ErrLeaseLost: the owner no longer holds the row (its lease lapsed and
	// another owner took it, or it was finished). Do not act on it.
	ErrLeaseLost = errors.New("lease lost: another owner holds the row, or it is finished")
	// ErrUnavailable: the store cannot be reached or cannot write (disk
	// full, I/O error, connection refused, statement timeout). Nothing was
	// written; retry later.
	ErrUnavailable = errors.New("store unavailable")
	// ErrDamaged: the store's data is damaged (a failed integrity check).
	// Stop confirming anything to Telegram; the operator must repair or
	// restore the database.
	ErrDamaged = errors.New("store is damaged")
)

// Store is everything a store offers: what the bot, the chat, the page and
// the maintainer tools use. *store.DB is one.
type Store interface {
	Sessions
	Mailbox
	CaseStore
	Maintenance
	Close() error
}

// Maintenance is what runs around conversations: anonymous events, the
// retention sweep, /forget from outside a turn, statistics, backlog gauges
// and the health check.
type Maintenance interface {
	// Record stores events that happen outside a turn (an inline result
	// picked), in one transaction. Event.Text is redacted by the store.
	Record(ctx context.Context, events ...Event) error
	// Forget deletes everything stored about chatID — conversation,
	// events, inbox entries, unsent messages — so that none of it stays in
	// the store's files where the store can prevent it.
	Forget(ctx context.Context, chatID int64) error
	// Sweep deletes, relative to now, conversations idle longer than
	// idleConversations, events older than eventAge, finished inbox entries
	// older than AppliedTTL, unsent messages and unapplied entries as old
	// as the conversations, and expired shared cases. Zero durations
	// select DefaultConversationTTL and DefaultEventTTL. It must not hold
	// a write lock for long at a time, lose a write made while it runs, or
	// leave anything half done when ctx ends (both stores run Sweeper).
	Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (SweepResult, error)
	// Stats computes the Report for events with from <= At < to.
	Stats(ctx context.Context, from, to time.Time) (Report, error)
	// Backlog counts what waits, for gauges and readiness.
	Backlog(ctx context.Context) (Backlog, error)
	// Check verifies the store can be read and is not damaged (an error
	// wrapping ErrDamaged), cheaply enough to run at start and after a
	// read error.
	Check(ctx context.Context) error
}

// Retention defaults.
const (
	// DefaultConversationTTL: conversations idle longer than this are
	// deleted.
	DefaultConversationTTL = 30 * 24 * time.Hour
	// DefaultEventTTL: events older than this are deleted.
	DefaultEventTTL = 180 * 24 * time.Hour
	// AppliedTTL: how long a finished inbox entry (its key) is kept to
	// refuse a redelivery. Telegram re-delivers an unconfirmed update for
	// at most 24 hours, so 72 hours leaves a wide margin.
	AppliedTTL = 72 * time.Hour
)

// SweepResult counts what Sweep deleted.
type SweepResult struct {
	Conversations int64
	Events        int64
	// ProcessedUpdates counts finished inbox entries (ids only) dropped
	// after AppliedTTL; Inbox unapplied entries dropped with the
	// conversations.
	ProcessedUpdates int64
	Inbox            int64
	Outbox           int64
	SharedCases      int64
}

// Backlog is what a store holds that is not finished.
type Backlog struct {
	// InboxWaiting counts entries not yet applied that are due; InboxClaimed
	// those of them held under a live lease; InboxScheduled entries whose
	// time has not come (reminders); InboxParked entries that could not be
	// applied.
	InboxWaiting, InboxClaimed, InboxScheduled, InboxParked int64
	// OutboxWaiting counts messages not yet sent (blocked chats included),
	// OutboxClaimed those held under a live lease.
	OutboxWaiting, OutboxClaimed int64
}

// CaseStore keeps shared cases (the deep link under an inline answer)
// under random tokens until they expire.
type CaseStore interface {
	// PutCase stores data under token until expires. Storing a token that
	// exists replaces it.
	PutCase(ctx context.Context, token string, data []byte, expires time.Time) error
	// GetCase returns the data stored under token, found false when there
	// is none or it expired at or before now.
	GetCase(ctx context.Context, token string, now time.Time) (data []byte, found bool, err error)
}
