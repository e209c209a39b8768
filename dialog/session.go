package dialog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"bujiao/dialog/persist"
)

// The interface between the dialog and a store is the persistence
// contract's (bujiao/dialog/persist): load a conversation, and commit a
// turn — new state, events, the applied inbox entry and the messages to
// send — in one transaction. *store.DB satisfies it directly.
//
// Turns are computed outside the store's writer: exactly-once holds by the
// inbox entry's state and a compare-and-swap on the conversation's version,
// so it also holds with several processes on one database.
type (
	Sessions = persist.Sessions
	Session  = persist.Session
	Commit   = persist.Commit
)

// Errors a Sessions implementation returns from Commit.
var (
	ErrConflict  = persist.ErrConflict
	ErrDuplicate = persist.ErrDuplicate
)

// maxConflicts bounds how often a turn is recomputed after losing a
// compare-and-swap. Conflicts need another writer on the same chat (a
// second process, /forget from the page, the sweep), so a few are plenty.
const maxConflicts = 8

// Runner runs turns for transports: load, step, commit. A reply is only
// ever shown or queued for a state that was committed.
type Runner struct {
	Machine  *Machine
	Sessions Sessions
	// Now defaults to time.Now.
	Now func() time.Time
	// Cases, if set, resolves "/start c-<token>" links of inline answers.
	Cases CaseStore
	// Reminders, if set, lists a chat's reminders for the turns that need
	// them (/reminders, reminder buttons, /forget). *store.DB is one.
	Reminders ReminderStore
}

// ReminderStore lists a chat's scheduled entries whose key starts with
// keyPrefix (persist.Inbox's Scheduled).
type ReminderStore interface {
	Scheduled(ctx context.Context, chatID int64, keyPrefix string) ([]persist.Inbound, error)
}

// Turn is one input to apply.
type Turn struct {
	ChatID int64
	// Entry is the inbox entry (persist.Inbound.Seq) the turn applies, 0
	// for none (the terminal): it is applied once.
	Entry int64
	Input Input
	// Outgoing, if set, turns the replies into the transport's messages,
	// which are committed to the outbox with the state. Without it the
	// replies are only returned.
	Outgoing func(State, []Reply) ([]persist.Message, error)
	// Effects, if set, turns what the turn asks of the transport beyond
	// its replies (a hand-off's topic and relays, a forget) into more
	// outbox messages, committed after the replies' (handoff.go).
	Effects func(Outcome) ([]persist.Message, error)
	// Claim, if set, is passed to the store with the commit (persist.
	// Commit.Claim): the transport claims the turn's messages as they are
	// queued.
	Claim *persist.OutboxClaim
}

// Result is what a turn did.
type Result struct {
	Replies []Reply
	// Applied is false for an update that was already applied.
	Applied bool
	Events  []Event
	Forgot  bool
}

// Run applies one turn: it loads the chat, steps the machine and commits,
// recomputing the step if another writer got there first. A duplicate
// update returns Applied=false and no replies.
func (r *Runner) Run(ctx context.Context, t Turn) (Result, error) {
	now := time.Now()
	if r.Now != nil {
		now = r.Now()
	}
	if tok, ok := startCaseToken(t.Input.Text); ok && t.Input.Data == "" && r.Cases != nil {
		data, found, err := r.Cases.GetCase(ctx, tok, now)
		if err != nil {
			return Result{}, fmt.Errorf("chat %d: shared case: %w", t.ChatID, err)
		}
		if found {
			// A case that does not decode is as good as expired.
			if c, err := DecodeSharedCase(data); err == nil {
				t.Input.Case = &c
			}
		}
	}
	prefix := ReminderKeyPrefix(t.ChatID)
	for range maxConflicts {
		if r.Reminders != nil && NeedsReminders(t.Input) {
			// Inside the loop: a conflict may mean a reminder moved on.
			entries, err := r.Reminders.Scheduled(ctx, t.ChatID, prefix)
			if err != nil {
				return Result{}, fmt.Errorf("chat %d: reminders: %w", t.ChatID, err)
			}
			t.Input.Reminders = DecodePending(entries)
		}
		sess, err := r.Sessions.Load(ctx, t.ChatID)
		if err != nil {
			return Result{}, fmt.Errorf("chat %d: %w", t.ChatID, err)
		}
		var out Outcome
		if sess.Found {
			s, derr := DecodeState(sess.State)
			switch {
			case derr != nil && t.Input.Due != nil:
				// A reminder needs nothing of the old state: it carries its
				// own case. It must not be swallowed by the apology.
				out = r.Machine.Turn(State{}, t.Input, now)
			case derr != nil:
				// A state this version cannot read restarts the chat with an
				// apology rather than failing every message from now on.
				out = r.Machine.Recover(t.Input.LangHint, now)
			default:
				out = r.Machine.Turn(s, t.Input, now)
			}
		} else {
			out = r.Machine.Turn(State{}, t.Input, now)
		}
		c := Commit{ChatID: t.ChatID, Entry: t.Entry, Version: sess.Version,
			Lang: string(out.State.Lang), Events: out.Events, Forget: out.Forget, Claim: t.Claim}
		for _, e := range out.Schedule {
			e.Key, e.ChatID = prefix+e.Key, t.ChatID
			c.Schedule = append(c.Schedule, e)
		}
		for _, k := range out.Cancel {
			c.Cancel = append(c.Cancel, prefix+k)
		}
		if c.State, err = out.State.Encode(); err != nil {
			return Result{}, fmt.Errorf("chat %d: %w", t.ChatID, err)
		}
		if t.Outgoing != nil {
			if c.Outbox, err = t.Outgoing(out.State, out.Replies); err != nil {
				return Result{}, fmt.Errorf("chat %d: %w", t.ChatID, err)
			}
		}
		if t.Effects != nil {
			more, err := t.Effects(out)
			if err != nil {
				return Result{}, fmt.Errorf("chat %d: %w", t.ChatID, err)
			}
			c.Outbox = append(c.Outbox, more...)
		}
		err = r.Sessions.Commit(ctx, c)
		switch {
		case err == nil:
			return Result{Replies: out.Replies, Applied: true, Events: out.Events, Forgot: out.Forget}, nil
		case errors.Is(err, ErrDuplicate):
			return Result{}, nil
		case errors.Is(err, ErrConflict):
			continue
		default:
			return Result{}, fmt.Errorf("chat %d: %w", t.ChatID, err)
		}
	}
	return Result{}, fmt.Errorf("chat %d: %w %d times in a row", t.ChatID, ErrConflict, maxConflicts)
}

// Handle applies one input and returns its replies (for transports that
// show them directly, like the terminal).
func (r *Runner) Handle(ctx context.Context, chatID, entry int64, in Input) (replies []Reply, applied bool, err error) {
	res, err := r.Run(ctx, Turn{ChatID: chatID, Entry: entry, Input: in})
	return res.Replies, res.Applied, err
}

// EncodeReplies serialises replies (for transports that store them).
func EncodeReplies(rs []Reply) ([]byte, error) {
	if len(rs) == 0 {
		return nil, nil
	}
	return json.Marshal(rs)
}

// DecodeReplies reads replies stored by EncodeReplies.
func DecodeReplies(data []byte) ([]Reply, error) {
	if len(data) == 0 {
		return nil, nil
	}
	var rs []Reply
	if err := json.Unmarshal(data, &rs); err != nil {
		return nil, errors.Join(errors.New("decode replies"), err)
	}
	return rs, nil
}
