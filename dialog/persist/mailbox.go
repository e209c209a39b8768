package persist

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Mailbox is the durable inbox and outbox a transport needs besides
// Sessions (whose Commit fills the outbox and applies inbox entries).
//
// Claims. A worker names itself with an owner (NewOwner: unique per
// process run) and claims rows for a lease. A row is claimable when it is
// unclaimed or its lease lapsed (also the claimant's own); rows the
// claimant holds under a live lease are not handed out again (it is
// working on them, and a claim must not re-read them). Rows of one chat are
// handed out in their order and never past a row of the chat that another
// owner holds under a live lease, so one chat is worked by one owner at a
// time. A claimed row is finished by Commit or Settle
// (inbox) or Sent (outbox); Renew* extends a lease, or with lease <= 0
// gives rows back; Release gives back everything an owner holds (at a
// clean stop, so a restart need not wait for the leases).
type Mailbox interface {
	Inbox
	Outbox
	// Block records that the chat blocked the bot: its messages are not
	// claimed until the chat's next turn (Commit clears the flag).
	Block(ctx context.Context, chatID int64) error
	// Offset is the saved Telegram polling offset (0 if none).
	Offset(ctx context.Context) (int64, error)
	// Release gives back every row owner holds, in both queues.
	Release(ctx context.Context, owner string) error
}

// Inbox holds entries to apply: Telegram updates, and entries of other
// sources (a staff message relayed into a person's chat, a reminder that
// fell due), each under its own unique key and ordered per chat with the
// chat's updates by arrival (Inbound.Seq).
type Inbox interface {
	// Receive stores entries to apply and parked ones (stored with their
	// reason only, and counted as error events), and, if offset > 0, the
	// polling offset, in one transaction: the offset moves past an update
	// only once it is stored. An entry whose key is already stored, or was
	// applied within AppliedTTL, is ignored, so a redelivery is harmless.
	Receive(ctx context.Context, in []Inbound, parked []Parked, offset int64) error
	// ClaimInbox claims for owner, for lease, up to limit due entries not
	// yet applied, in Seq order, following the claim rules of Mailbox.
	ClaimInbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]Inbound, error)
	// RenewInbox extends owner's lease on the entries with these seqs
	// (lease <= 0: gives them back) and returns those owner no longer
	// holds.
	RenewInbox(ctx context.Context, owner string, lease time.Duration, seqs []int64) (lost []int64, err error)
	// Settle finishes an entry without a turn: reason "" for one the bot
	// does not answer, an error code to park it (and record an error
	// event). The payload is dropped either way; msgs are queued in the
	// same transaction (an apology; ChatID 0 is chatID). Settling an entry
	// already finished does nothing.
	Settle(ctx context.Context, seq, chatID int64, reason string, msgs []Message) error
	// Scheduled lists the chat's unapplied entries whose key starts with
	// keyPrefix, in Seq order (a person's reminders).
	Scheduled(ctx context.Context, chatID int64, keyPrefix string) ([]Inbound, error)
}

// InboxClaimer is optional for a store: Receive that also claims, for
// owner and lease, the entries it stores that are due at once and may be
// claimed under the rules of Mailbox (no earlier entry of the chat held by
// anyone else), so that the owner need not read them back with a claim.
// It returns them in Seq order, and how many entries it stored unclaimed
// (to be claimed as usual).
type InboxClaimer interface {
	ReceiveClaim(ctx context.Context, in []Inbound, parked []Parked, offset int64, owner string,
		lease time.Duration) (claimed []Inbound, left int, err error)
}

// Outbox holds messages to send, written by Commit and Settle.
type Outbox interface {
	// ClaimOutbox claims for owner, for lease, up to limit messages, replies
	// before background messages and each in ID order, leaving out chats
	// that blocked the bot, following the claim rules of Mailbox.
	ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]Outbound, error)
	// RenewOutbox extends owner's lease on the messages with these ids
	// (lease <= 0: gives them back) and returns those owner no longer
	// holds. A sender renews before a send that might outlast its lease,
	// and never sends a message it lost.
	RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) (lost []int64, err error)
	// Sent removes a message: delivered, or refused for good (reason !=
	// "" records an error event with that code). It succeeds whoever holds
	// the message now: a message that went out must not stay to be sent
	// again. Removing a message already gone does nothing.
	Sent(ctx context.Context, id, chatID int64, reason string) error
}

// Inbound is one inbox entry.
type Inbound struct {
	// Seq is assigned by the store when the entry is stored; it orders a
	// chat's entries and names the entry in Commit.Entry, Settle and
	// RenewInbox. Ignored by Receive.
	Seq int64
	// Key is unique among the entries: UpdateKey(update_id) for a
	// Telegram update, a key of its own for other sources ("rem:…").
	Key    string
	ChatID int64
	// Payload is the entry as its source stored it (only what the turn
	// needs); nil once applied.
	Payload []byte
	// DueAt, if set, is when the entry may first be claimed (a reminder).
	// Zero: at once.
	DueAt time.Time
	// TakenOver, on a claimed entry, reports that another owner's lapsed
	// lease was taken over (for the metrics).
	TakenOver bool
}

// Parked is an entry that cannot be applied (it does not decode): kept
// with its error code only, and counted as an error event.
type Parked struct {
	Key    string
	ChatID int64
	// Reason is a short code, never the person's text.
	Reason string
}

// Message is an outgoing message as a turn queues it.
type Message struct {
	// ChatID is where it goes: 0 means the chat of the turn; another chat
	// (a staff group) is allowed.
	ChatID int64
	// ThreadID is the forum topic (message_thread_id), 0 for none.
	ThreadID int64
	// Payload is the transport's rendering; opaque to the store.
	Payload []byte
	// Background marks a message nobody is waiting for (a reminder, a
	// relay summary): it is claimed after every waiting reply, also one of
	// its own chat that was queued later.
	Background bool
}

// Outbound is a queued message as the outbox hands it out.
type Outbound struct {
	ID         int64
	ChatID     int64
	ThreadID   int64
	Payload    []byte
	Background bool
	// TakenOver reports that another owner's lapsed lease was taken over.
	TakenOver bool
}

// Default leases. An inbox lease only has to cover the queue and a turn;
// an outbox lease has to cover a send (SendTimeout) with a margin, and
// senders renew before a send that could outlast it.
const (
	DefaultInboxLease  = 30 * time.Second
	DefaultOutboxLease = 60 * time.Second
)

// updateKeyPrefix marks the key of a Telegram update.
const updateKeyPrefix = "tg:"

// UpdateKey is the inbox key of a Telegram update.
func UpdateKey(updateID int64) string {
	return updateKeyPrefix + strconv.FormatInt(updateID, 10)
}

// UpdateOf returns the Telegram update id of an inbox key made by
// UpdateKey, and false for keys of other sources.
func UpdateOf(key string) (int64, bool) {
	s, ok := strings.CutPrefix(key, updateKeyPrefix)
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(s, 10, 64)
	// Only the form UpdateKey writes: "tg:+1" or "tg:01" is not a key.
	if err != nil || id <= 0 || strconv.FormatInt(id, 10) != s {
		return 0, false
	}
	return id, true
}

// NewOwner returns an owner name unique to this process run:
// host/pid/random. Stores may read host and pid to free the claims of a
// process that is gone (SplitOwner).
func NewOwner() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown"
	}
	host = strings.ReplaceAll(host, "/", "_")
	var b [6]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// SplitOwner reads an owner made by NewOwner.
func SplitOwner(owner string) (host string, pid int, ok bool) {
	parts := strings.Split(owner, "/")
	if len(parts) != 3 {
		return "", 0, false
	}
	pid, err := strconv.Atoi(parts[1])
	return parts[0], pid, err == nil && pid > 0
}
