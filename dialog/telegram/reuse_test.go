package telegram

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// TestFeederReplyWhileSentOneFinishes: a person answers the message just
// sent before its sender has finished (its row is removed, the feeder
// not yet told), and the turn's reply is claimed as it is written. The
// feeder must take the reply as a new row and send it. When the store gave
// the reply the sent message's id (SQLite reused the largest id after a
// delete), the feeder took it for the row still finishing, dropped it with
// that row, and the reply waited a whole lease unsent, held by this
// process (TestBotCrashAndStop/webhook/SIGKILL, about 1 run in 25 under
// load: "no reply to step 2", "outbox left 1").
func TestFeederReplyWhileSentOneFinishes(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const (
		owner = "test/1/feeder"
		lease = time.Hour
		chat  = 7
	)
	// turn stores an update of chat and commits its turn with one reply,
	// claimed for owner as it is written, as applyUpdate does.
	turn := func(key string) job {
		t.Helper()
		if err := db.Receive(ctx, []persist.Inbound{{Key: key, ChatID: chat, Payload: []byte("{}")}}, nil, 0); err != nil {
			t.Fatal(err)
		}
		in, err := db.ClaimInbox(ctx, owner, lease, 10)
		if err != nil || len(in) != 1 {
			t.Fatalf("claim inbox: %v %v", in, err)
		}
		sess, err := db.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		claim := &persist.OutboxClaim{Owner: owner, Lease: lease}
		if err := db.Commit(ctx, persist.Commit{ChatID: chat, Entry: in[0].Seq, Version: sess.Version, State: []byte(key),
			Lang: "en", Outbox: []persist.Message{{Payload: []byte("reply to " + key)}}, Claim: claim}); err != nil {
			t.Fatal(err)
		}
		if !claim.Done || len(claim.Claimed) != 1 {
			t.Fatalf("the reply to %s was not claimed as it was written: %+v", key, claim)
		}
		r := claim.Claimed[0]
		return job{id: r.ID, chat: r.ChatID, payload: r.Payload}
	}

	removed := make(chan job)
	finish := make(chan struct{})
	sent := make(chan job, 4)
	d := newDispatcher(1, 8, 8, nil)
	f := newFeeder(d, 8, lease, func(ctx context.Context, limit int) ([]job, error) {
		rows, err := db.ClaimOutbox(ctx, owner, lease, limit)
		out := make([]job, len(rows))
		for i, r := range rows {
			out[i] = job{id: r.ID, chat: r.ChatID, payload: r.Payload}
		}
		return out, err
	}, func(ctx context.Context, ids []int64) ([]int64, error) {
		return db.RenewOutbox(ctx, owner, lease, ids)
	}, nil)
	first := true
	d.run = func(stop, hard context.Context, j job) {
		// As deliver: the feeder is told after the row is removed.
		defer f.done(j.id)
		if _, ok := f.leaseLeft(j.id); !ok {
			return
		}
		if err := db.Sent(ctx, j.id, j.chat, ""); err != nil {
			t.Error(err)
		}
		sent <- j
		if first {
			first = false
			removed <- j
			<-finish // the person answers meanwhile
		}
	}
	defer d.shutdown(time.Second)

	f.adopt([]job{turn("tg:1")}, time.Now().Add(lease))
	f.submitPending(ctx)
	one := <-removed
	<-sent
	// The person saw the message and answered before the sender is done.
	two := turn("tg:2")
	f.adopt([]job{two}, time.Now().Add(lease))
	close(finish)
	waitFor(t, "the first message finished", func() bool {
		for _, id := range f.heldIDs() {
			if id == one.id {
				return false
			}
		}
		return true
	})
	if _, ok := f.leaseLeft(two.id); !ok {
		t.Fatalf("the reply (id %d, after message %d) is not held after the message before it finished: it waits its lease unsent", two.id, one.id)
	}
	f.submitPending(ctx)
	select {
	case j := <-sent:
		if string(j.payload) != "reply to tg:2" {
			t.Errorf("sent %q, want the reply to tg:2", j.payload)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reply was not sent")
	}
	if n, err := db.OutboxLen(ctx); err != nil || n != 0 {
		t.Errorf("outbox left %d (%v), want 0", n, err)
	}
}
