package dialog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Storage keeps conversations between turns. It is what dialog needs of a
// store, nothing more; the store package satisfies it through a thin shim
// in the wiring, since store imports nothing of ours.
type Storage interface {
	// Apply runs fn on the chat's stored state inside one transaction and
	// saves what fn returns. A positive updateID is applied at most once:
	// a repeat returns applied=false without calling fn.
	Apply(ctx context.Context, chatID, updateID int64, fn func(state []byte, found bool) (Saved, error)) (applied bool, err error)
	// Forget deletes everything stored for a chat.
	Forget(ctx context.Context, chatID int64) error
}

// Saved is what one turn stores: the new state, the chat's language, the
// replies not yet delivered (so a failed send can be repeated), and the
// events to count.
type Saved struct {
	State   []byte
	Lang    string
	Pending []byte
	Events  []Event
}

// Runner runs turns for transports: load, step, save in one transaction, so
// a reply is only ever shown for a state that was committed.
type Runner struct {
	Machine *Machine
	Storage Storage
	// Now defaults to time.Now.
	Now func() time.Time
}

// Handle applies one input to a chat. Replies are returned only after the
// new state is committed; a duplicate update returns applied=false and no
// replies.
func (r *Runner) Handle(ctx context.Context, chatID, updateID int64, in Input) (replies []Reply, applied bool, err error) {
	now := time.Now()
	if r.Now != nil {
		now = r.Now()
	}
	var forget bool
	applied, err = r.Storage.Apply(ctx, chatID, updateID, func(data []byte, found bool) (Saved, error) {
		var (
			s      State
			events []Event
		)
		if found {
			var derr error
			s, derr = DecodeState(data)
			if derr != nil {
				// A state this version cannot read restarts the chat with an
				// apology rather than failing every message from now on.
				s, replies, events = r.Machine.Recover(in.LangHint, now)
				return r.saved(s, replies, events)
			}
		}
		s, replies, events = r.Machine.Step(s, in, now)
		for _, e := range events {
			if e.Kind == EvForget {
				forget = true
			}
		}
		return r.saved(s, replies, events)
	})
	if err != nil {
		return nil, false, fmt.Errorf("chat %d: %w", chatID, err)
	}
	if forget {
		if err := r.Storage.Forget(ctx, chatID); err != nil {
			return nil, applied, fmt.Errorf("forget chat %d: %w", chatID, err)
		}
	}
	return replies, applied, nil
}

func (r *Runner) saved(s State, replies []Reply, events []Event) (Saved, error) {
	data, err := s.Encode()
	if err != nil {
		return Saved{}, err
	}
	pending, err := EncodeReplies(replies)
	if err != nil {
		return Saved{}, err
	}
	return Saved{State: data, Lang: string(s.Lang), Pending: pending, Events: events}, nil
}

// EncodeReplies serialises replies for the pending-reply store.
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
		return nil, errors.Join(errors.New("decode pending replies"), err)
	}
	return rs, nil
}
