package persist

import (
	"context"
	"time"
)

// Sessions loads conversations and commits turns. Turns are computed
// outside the store's writer: exactly-once holds by the inbox entry's state
// and a compare-and-swap on the conversation's version, so it also holds
// with several processes on one store.
type Sessions interface {
	// Load returns the chat's stored conversation; Found is false for a
	// new chat (and for a row that only marks the chat blocked).
	Load(ctx context.Context, chatID int64) (Session, error)
	// Commit writes a turn. It fails with an error wrapping ErrConflict if
	// the conversation's version is no longer c.Version, or ErrDuplicate
	// if c.Entry was already applied; nothing is written then.
	Commit(ctx context.Context, c Commit) error
}

// Session is a stored conversation. State is the dialog's opaque encoding.
type Session struct {
	State   []byte
	Lang    string
	Version int64
	Found   bool
}

// Commit is everything one turn writes, in one transaction.
type Commit struct {
	ChatID int64
	// Entry, if > 0, is the Inbound.Seq of the inbox entry this turn
	// applies: it is marked applied (its payload dropped) in the same
	// transaction, and a second Commit of it fails with ErrDuplicate.
	Entry int64
	// Version is the Session.Version the turn was computed from.
	Version int64
	State   []byte
	Lang    string
	Events  []Event
	// Outbox holds the messages to send, in order (a Message with ChatID
	// 0 goes to ChatID). nil when the transport shows the replies itself
	// (terminal).
	Outbox []Message
	// Schedule queues inbox entries in the same transaction: a reminder
	// due later (Inbound.DueAt), a message for another chat's
	// conversation. An entry whose key exists already is ignored.
	Schedule []Inbound
	// Cancel drops the unapplied inbox entries with these keys, of this
	// chat only (a reminder the person cancelled).
	Cancel []string
	// Forget deletes everything stored about the chat in the same
	// transaction — its conversation, events, unsent messages, scheduled
	// entries and inbox entries before this one — and then writes this
	// turn (its new state and reply), so the reply saying so commits with
	// the deletion.
	Forget bool
	// Claim, if set, asks the store to claim the messages the turn queues
	// for Claim.Owner in the same transaction, so that the owner need not
	// read them back with a claim. A store may do it for some, all or none
	// of them (the SQLite store claims the replies to ChatID when no
	// earlier message of the chat is held by anyone else), and reports it
	// in Claim after the commit. Optional: a store that ignores it leaves
	// Claim.Done false, and the owner claims the messages as usual.
	Claim *OutboxClaim
}

// OutboxClaim is Commit.Claim: who claims a turn's messages at once, and,
// filled in by the store when the commit succeeds, what it claimed.
type OutboxClaim struct {
	Owner string
	Lease time.Duration
	// Done reports that the store handled the request; Claimed are the
	// messages it claimed, in order, and Left how many it queued without
	// claiming them (to be claimed as usual).
	Done    bool
	Claimed []Outbound
	Left    int
}
