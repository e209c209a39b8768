// Command instance is one bot instance for store/pg's multi-instance test
// (instances_test.go), reduced to what the store decides: it receives
// updates (by webhook, or by polling while it holds the poller lease),
// applies them through the inbox's claims and the commit's
// compare-and-swap, and sends the replies through the outbox's claims and
// the shared budget, to the test's fake Bot API. The test starts three,
// kills one with SIGKILL, and checks that nothing is lost, applied twice,
// sent twice or out of order, and that the sends keep to the budget.
//
// It lives under testdata so that "go build ./..." leaves it out; the
// test builds it once, without -race.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg"
)

// Update is the test's update: a chat and a step of its conversation.
type Update struct {
	ID   int64 `json:"update_id"`
	Chat int64 `json:"chat"`
}

type instance struct {
	db     *pg.DB
	owner  string
	api    string
	rate   float64
	lease  time.Duration
	secret string
	client *http.Client

	claimMu  sync.Mutex // an outbox claim and what it holds; a give-back
	mu       sync.Mutex
	inflight map[int64]bool // inbox seqs being applied
	sending  map[int64]bool // outbox ids being sent or held for a send
	// held: per chat, messages claimed while the chat was busy, for its
	// next batch.
	held map[int64][]persist.Outbound
	// busyChats: chats with a batch at a sender (claimOutbox's map).
	busyChats map[int64]bool
}

func main() {
	dbURL := flag.String("db", "", "PostgreSQL URL")
	api := flag.String("api", "", "fake Bot API URL")
	listen := flag.String("listen", "", "webhook address (127.0.0.1:0); empty: poll while holding the poller lease")
	poll := flag.Bool("poll", false, "take part in the poller election")
	rate := flag.Float64("rate", 30, "shared sends per second")
	lease := flag.Duration("lease", 2*time.Second, "claim and leader lease")
	secretFile := flag.String("webhook-secret-file", "", "file holding the webhook secret")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	db, err := pg.Open(ctx, *dbURL, pg.Options{StatementTimeout: 2 * time.Second, ConnectTimeout: 2 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	in := &instance{db: db, owner: persist.NewOwner(), api: *api, rate: *rate, lease: *lease,
		client:   &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}},
		inflight: map[int64]bool{}, sending: map[int64]bool{}, held: map[int64][]persist.Outbound{}, busyChats: map[int64]bool{}}
	if *secretFile != "" {
		b, err := os.ReadFile(*secretFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		in.secret = string(bytes.TrimSpace(b))
	}
	if *listen != "" {
		ln, err := net.Listen("tcp", *listen)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		go http.Serve(ln, http.HandlerFunc(in.webhook))
		fmt.Printf("listening %s\n", ln.Addr())
	} else {
		fmt.Println("listening -")
	}
	if *poll {
		go in.pollLoop(ctx)
	}
	inbox := make([]chan persist.Inbound, 4)
	outbox := make([]chan []persist.Outbound, 8)
	for i := range inbox {
		inbox[i] = make(chan persist.Inbound, 64)
		go in.applyWorker(ctx, inbox[i])
	}
	for i := range outbox {
		outbox[i] = make(chan []persist.Outbound, 64)
		go in.sendWorker(ctx, outbox[i])
	}
	go in.renewLoop(ctx)
	go in.claimOutbox(ctx, outbox)
	in.claimInbox(ctx, inbox)
	// A clean stop gives everything back at once.
	rctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	db.Release(rctx, in.owner)
	db.Unlease(rctx, persist.LeasePoller, in.owner)
}

// webhook stores an update and only then answers 200: an update that is
// not stored is answered 503, and Telegram (here: the test) sends it again.
func (in *instance) webhook(w http.ResponseWriter, r *http.Request) {
	if in.secret != "" && r.Header.Get("X-Telegram-Bot-Api-Secret-Token") != in.secret {
		http.Error(w, "wrong secret", http.StatusUnauthorized)
		return
	}
	var u Update
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		http.Error(w, "bad update", http.StatusBadRequest)
		return
	}
	if err := in.db.Receive(r.Context(), []persist.Inbound{entry(u)}, nil, 0); err != nil {
		http.Error(w, "not stored", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func entry(u Update) persist.Inbound {
	return persist.Inbound{Key: persist.UpdateKey(u.ID), ChatID: u.Chat, Payload: []byte(strconv.FormatInt(u.ID, 10))}
}

// pollLoop polls getUpdates while this instance holds the poller lease,
// storing each batch with the offset past it in one transaction.
func (in *instance) pollLoop(ctx context.Context) {
	var fence int64
	for ctx.Err() == nil {
		l, err := in.db.Lease(ctx, persist.LeasePoller, in.owner, in.lease)
		if err != nil || !l.Held {
			sleep(ctx, in.lease/4)
			continue
		}
		if l.Fence != fence {
			fence = l.Fence
			fmt.Fprintf(os.Stderr, "poller lease taken, fence %d\n", fence)
		}
		offset, err := in.db.Offset(ctx)
		if err != nil {
			sleep(ctx, 100*time.Millisecond)
			continue
		}
		var ups []Update
		if err := in.call(ctx, "getUpdates", map[string]any{"offset": offset}, &ups); err != nil {
			sleep(ctx, 100*time.Millisecond)
			continue
		}
		if len(ups) == 0 {
			continue
		}
		next := offset
		batch := make([]persist.Inbound, len(ups))
		for i, u := range ups {
			batch[i] = entry(u)
			next = max(next, u.ID+1)
		}
		for in.db.Receive(ctx, batch, nil, next) != nil && ctx.Err() == nil {
			sleep(ctx, 100*time.Millisecond)
		}
	}
}

func (in *instance) claimInbox(ctx context.Context, workers []chan persist.Inbound) {
	for ctx.Err() == nil {
		rows, err := in.db.ClaimInbox(ctx, in.owner, in.lease, 64)
		if err != nil {
			sleep(ctx, 100*time.Millisecond)
			continue
		}
		n := 0
		for _, r := range rows {
			in.mu.Lock()
			busy := in.inflight[r.Seq]
			in.inflight[r.Seq] = true
			in.mu.Unlock()
			if !busy {
				n++
				workers[uint64(r.ChatID)%uint64(len(workers))] <- r
			}
		}
		if n == 0 {
			sleep(ctx, 20*time.Millisecond)
		}
	}
}

// applyWorker applies a chat's entries in order: the conversation's state
// is the list of updates applied, and each turn queues two replies.
func (in *instance) applyWorker(ctx context.Context, jobs chan persist.Inbound) {
	for {
		var r persist.Inbound
		select {
		case <-ctx.Done():
			return
		case r = <-jobs:
		}
		for ctx.Err() == nil {
			err := in.apply(ctx, r)
			if err == nil || errors.Is(err, persist.ErrDuplicate) {
				break
			}
			sleep(ctx, 50*time.Millisecond) // a conflict, or the store is away: load again
		}
		in.mu.Lock()
		delete(in.inflight, r.Seq)
		in.mu.Unlock()
	}
}

func (in *instance) apply(ctx context.Context, r persist.Inbound) error {
	s, err := in.db.Load(ctx, r.ChatID)
	if err != nil {
		return err
	}
	id := string(r.Payload)
	state := append(append([]byte{}, s.State...), []byte(id+";")...)
	return in.db.Commit(ctx, persist.Commit{ChatID: r.ChatID, Entry: r.Seq, Version: s.Version, State: state,
		Outbox: []persist.Message{{Payload: []byte(id + "/1")}, {Payload: []byte(id + "/2")}}})
}

// claimOutbox hands each chat's claimed messages, in order, to one
// sender at a time. A chat whose earlier messages are still being sent
// keeps what this round claimed of it (held, renewed) for its next batch:
// passing it over would leave it claimed by this instance but forgotten,
// and as the store never holds a chat's later message back behind an
// earlier one its claimant holds, a later claim would hand out and send
// the chat's next message first (CI: replies 495/2 then 495/1, a turn
// split by the claim's limit across a PostgreSQL restart; so also a
// message a claim takes again while a sender has it, lapsed). A sender that
// loses one message gives up the rest of its batch and the chat's held
// messages, and gives them back (see giveUp). So a message is never sent
// while an earlier one of its chat waits.
func (in *instance) claimOutbox(ctx context.Context, workers []chan []persist.Outbound) {
	busy := in.busyChats
	for ctx.Err() == nil {
		in.claimMu.Lock()
		msgs, err := in.db.ClaimOutbox(ctx, in.owner, in.lease, 64)
		if err != nil {
			in.claimMu.Unlock()
			sleep(ctx, 100*time.Millisecond)
			continue
		}
		var order []int64
		in.mu.Lock()
		for _, m := range msgs {
			if m.TakenOver {
				fmt.Fprintf(os.Stderr, "took over message %d of chat %d\n", m.ID, m.ChatID)
			}
			if in.sending[m.ID] {
				continue
			}
			in.sending[m.ID] = true
			in.held[m.ChatID] = append(in.held[m.ChatID], m)
		}
		in.claimMu.Unlock()
		for chat, ms := range in.held {
			if busy[chat] {
				continue
			}
			sort.Slice(ms, func(i, j int) bool { return ms[i].ID < ms[j].ID })
			busy[chat] = true
			order = append(order, chat)
		}
		batches := make([][]persist.Outbound, len(order))
		for i, chat := range order {
			batches[i] = in.held[chat]
			delete(in.held, chat)
		}
		in.mu.Unlock()
		for i, chat := range order {
			workers[uint64(chat)%uint64(len(workers))] <- batches[i]
		}
		if len(order) == 0 {
			sleep(ctx, 20*time.Millisecond)
		}
	}
}

// sendWorker sends a chat's batch in order, each message in a slot of the
// shared budget, and removes each once the API accepted it.
func (in *instance) sendWorker(ctx context.Context, jobs chan []persist.Outbound) {
	for {
		var batch []persist.Outbound
		select {
		case <-ctx.Done():
			return
		case batch = <-jobs:
		}
		gaveUp := -1
		for i, m := range batch {
			for gaveUp < 0 && ctx.Err() == nil {
				sent, err := in.send(ctx, m)
				if err == nil {
					if !sent {
						gaveUp = i
					}
					break
				}
				fmt.Fprintf(os.Stderr, "send %d: %v\n", m.ID, err)
				sleep(ctx, 50*time.Millisecond)
			}
		}
		chat := batch[0].ChatID
		in.mu.Lock()
		for _, m := range batch {
			delete(in.sending, m.ID)
		}
		if gaveUp < 0 {
			delete(in.busyChats, chat)
		}
		in.mu.Unlock()
		if gaveUp >= 0 {
			// The lost message too: a claim may have taken it again
			// (lapsed, it is a candidate of its owner) while this sender
			// still had it, and passed it over as being sent.
			in.giveUp(ctx, chat, batch[gaveUp:])
		}
	}
}

// giveUp gives back what this instance still holds of a chat after losing
// one of its messages: that one and the rest of the batch, and the chat's
// held messages. Kept, they would stay its own under live leases, and the
// store lets an owner claim past its own messages: a later claim would
// send the chat's next message before these. No claim runs meanwhile
// (claimMu), or one could take a later message before the give-back. It
// retries until the store answers; what lapsed meanwhile is not given
// back, and needs not be: a claim takes lapsed messages in order.
func (in *instance) giveUp(ctx context.Context, chat int64, rest []persist.Outbound) {
	in.claimMu.Lock()
	defer in.claimMu.Unlock()
	in.mu.Lock()
	rest = append(append([]persist.Outbound(nil), rest...), in.held[chat]...)
	delete(in.held, chat)
	in.mu.Unlock()
	var ids []int64
	for _, m := range rest {
		ids = append(ids, m.ID)
	}
	for len(ids) > 0 && ctx.Err() == nil {
		if _, err := in.db.RenewOutbox(ctx, in.owner, 0, ids); err == nil {
			break
		}
		sleep(ctx, 50*time.Millisecond)
	}
	in.mu.Lock()
	for _, m := range rest {
		delete(in.sending, m.ID)
	}
	delete(in.busyChats, chat)
	in.mu.Unlock()
}

// maxLate bounds the new slots one send books for coming late.
const maxLate = 5

// send sends m unless this instance lost it (sent false).
func (in *instance) send(ctx context.Context, m persist.Outbound) (sent bool, err error) {
	// Never send a message this instance no longer holds.
	if lost, err := in.db.RenewOutbox(ctx, in.owner, in.lease, []int64{m.ID}); err != nil {
		return false, err
	} else if len(lost) > 0 {
		return false, nil
	}
	for late := 0; ; late++ {
		if err := persist.WaitSlot(ctx, in.db, 30*time.Second, persist.Buckets(m.ChatID, false, in.rate, 1, 3)...); err != nil {
			return false, err
		}
		slot := time.Now()
		// The wait may have outlasted the lease (the store was away): check
		// again, at the cost of the slot.
		if lost, err := in.db.RenewOutbox(ctx, in.owner, in.lease, []int64{m.ID}); err != nil {
			return false, err
		} else if len(lost) > 0 {
			return false, nil
		}
		// As the bot does (dialog/telegram sendOne): a check that made the
		// send late for its slot books another, or late sends land next to
		// on-time ones of every instance and a second holds more than the
		// budget (seen on a loaded CI machine: 35 in one second at 30).
		if time.Since(slot) <= persist.LateSlot || late >= maxLate {
			break
		}
	}
	if err := in.call(ctx, "sendMessage", map[string]any{"chat_id": m.ChatID, "text": string(m.Payload)}, nil); err != nil {
		return false, err
	}
	// Sent must not be lost to a stop: the message went out.
	for try := 1; ; try++ {
		err := in.db.Sent(context.WithoutCancel(ctx), m.ID, m.ChatID, "")
		if err == nil {
			return true, nil
		}
		fmt.Fprintf(os.Stderr, "record sent %d (try %d): %v\n", m.ID, try, err)
		time.Sleep(100 * time.Millisecond)
	}
}

// renewLoop keeps the leases of what is being worked on, a third of a
// lease at a time.
func (in *instance) renewLoop(ctx context.Context) {
	for sleep(ctx, in.lease/3) == nil {
		in.mu.Lock()
		var seqs, ids []int64
		for s := range in.inflight {
			seqs = append(seqs, s)
		}
		for id := range in.sending {
			ids = append(ids, id)
		}
		in.mu.Unlock()
		in.db.RenewInbox(ctx, in.owner, in.lease, seqs)
		in.db.RenewOutbox(ctx, in.owner, in.lease, ids)
	}
}

func (in *instance) call(ctx context.Context, method string, params map[string]any, out any) error {
	body, _ := json.Marshal(params)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, in.api+"/"+method, bytes.NewReader(body))
	if err != nil {
		return err
	}
	// When the call left, for the test's count of sends in one second: a
	// loaded machine delays the fake server's reading of it, which is no
	// send of this process's (the arrival count is logged beside it).
	req.Header.Set("X-Sent-At", strconv.FormatInt(time.Now().UnixNano(), 10))
	resp, err := in.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", method, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
