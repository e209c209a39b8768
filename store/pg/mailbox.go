package pg

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
)

const offsetKey = "telegram_offset"

// Advisory lock keys of the claim transactions. A claim first takes its
// queue's transaction-level lock, so two instances never claim at once:
// without it, both could see a chat's first row unclaimed, one take it and
// the other (skipping the locked row) take the second — one chat worked by
// two owners. Claims are a few small statements per poll, so serialising
// them costs little; turns and sends do not take these locks.
const (
	inboxClaimLock  int64 = 0x62756a69616f01
	outboxClaimLock int64 = 0x62756a69616f02
)

// Receive stores entries to apply and parked ones, and, if offset > 0,
// the polling offset, in one transaction. An entry whose key is stored
// already (applied ones are kept persist.AppliedTTL) is ignored.
func (db *DB) Receive(ctx context.Context, in []persist.Inbound, parked []persist.Parked, offset int64) error {
	if db.readOnly {
		return fmt.Errorf("receive updates: %w", persist.ErrReadOnly)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		now := db.now()
		if err := insertEntries(ctx, tx, now, in, parked); err != nil {
			return err
		}
		if offset > 0 {
			return setOffset(ctx, tx, offset)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("receive updates: %w", db.classify(err))
	}
	return nil
}

func insertEntries(ctx context.Context, tx pgx.Tx, now time.Time, in []persist.Inbound, parked []persist.Parked) error {
	const insert = `INSERT INTO inbox (key, chat_id, payload, status, error, received_at, due_at, finished_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING`
	for _, u := range in {
		var due *time.Time
		if !u.DueAt.IsZero() {
			d := u.DueAt.UTC()
			due = &d
		}
		if _, err := tx.Exec(ctx, insert, u.Key, u.ChatID, nonNil(u.Payload), "new", "", now, due, nil); err != nil {
			return fmt.Errorf("store entry: %w", err)
		}
	}
	for _, p := range parked {
		tag, err := tx.Exec(ctx, insert, p.Key, p.ChatID, nil, "parked", p.Reason, now, nil, now)
		if err != nil {
			return fmt.Errorf("park entry: %w", err)
		}
		if tag.RowsAffected() == 1 {
			if err := errorEvent(ctx, tx, now, p.ChatID, p.Reason); err != nil {
				return err
			}
		}
	}
	return nil
}

func setOffset(ctx context.Context, tx pgx.Tx, offset int64) error {
	_, err := tx.Exec(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`, offsetKey, strconv.FormatInt(offset, 10))
	return err
}

// ClaimInbox claims for owner, for lease, up to limit due entries not yet
// applied: unclaimed ones and lapsed ones (what owner holds under a live
// lease is not handed out again), never past an earlier entry of the same
// chat that another owner holds. Entries due at once (updates) come before
// scheduled ones (reminders), each in seq order, as on SQLite: a morning
// burst of due reminders never keeps a person's message waiting for a
// claim (issue 23).
func (db *DB) ClaimInbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Inbound, error) {
	return db.claimInbox(ctx, owner, lease, limit, -1)
}

// ClaimInboxCapped is ClaimInbox taking at most scheduled of the entries
// scheduled for a time (reminders): a bot claims only what its reminder
// lane holds, instead of a burst it would hold or give back.
func (db *DB) ClaimInboxCapped(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]persist.Inbound, error) {
	return db.claimInbox(ctx, owner, lease, limit, max(scheduled, 0))
}

func (db *DB) claimInbox(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]persist.Inbound, error) {
	if err := db.giveBackLost(ctx); err != nil {
		return nil, fmt.Errorf("claim inbox: %w", err)
	}
	now := db.now()
	until, id := now.Add(lease), db.nextClaim()
	var out []persist.Inbound
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, inboxClaimLock); err != nil {
			return err
		}
		// SKIP LOCKED passes over entries a turn is committing right now;
		// a later entry of that chat is still held back by the NOT EXISTS,
		// as the committing entry is under its owner's lease.
		rows, err := tx.Query(ctx, `WITH cand AS (
    SELECT i.seq, i.owner AS was FROM inbox i
    WHERE i.status = 'new' AND (i.due_at IS NULL OR i.due_at <= $1)
      AND (i.owner IS NULL OR i.lease_until <= $1)
      AND NOT EXISTS (SELECT 1 FROM inbox j WHERE j.chat_id = i.chat_id AND j.status = 'new' AND j.seq < i.seq
                      AND j.owner IS NOT NULL AND j.owner <> $2 AND j.lease_until > $1)
      AND (i.due_at IS NULL OR $6::int < 0 OR i.seq IN (
          SELECT k.seq FROM inbox k WHERE k.status = 'new' AND k.due_at IS NOT NULL AND k.due_at <= $1
            AND (k.owner IS NULL OR k.lease_until <= $1)
          ORDER BY k.seq LIMIT greatest($6::int, 0)))
    ORDER BY i.due_at IS NOT NULL, i.seq LIMIT $3
    FOR UPDATE OF i SKIP LOCKED)
UPDATE inbox SET owner = $2, lease_until = $4, claim_id = $5 FROM cand WHERE inbox.seq = cand.seq
  -- Nor past an update SKIP LOCKED passed over for another statement
  -- than a turn's commit (a lost claim given back, a renewal): an earlier
  -- update of the chat neither claimed now nor already this owner's holds
  -- it back.
  AND NOT EXISTS (SELECT 1 FROM inbox j WHERE j.chat_id = inbox.chat_id AND j.status = 'new' AND j.seq < inbox.seq
                  AND j.seq NOT IN (SELECT seq FROM cand) AND j.owner IS DISTINCT FROM $2
                  AND j.due_at IS NULL AND inbox.due_at IS NULL)
RETURNING inbox.seq, inbox.key, inbox.chat_id, inbox.payload, inbox.due_at, coalesce(cand.was <> $2, false)`,
			now, owner, limit, until, id, scheduled)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (persist.Inbound, error) {
			var u persist.Inbound
			var due *time.Time
			err := r.Scan(&u.Seq, &u.Key, &u.ChatID, &u.Payload, &due, &u.TakenOver)
			if due != nil {
				u.DueAt = due.UTC()
			}
			return u, err
		})
		return err
	})
	if err != nil {
		db.claimLost("inbox", owner, id)
		return nil, fmt.Errorf("claim inbox: %w", db.classify(err))
	}
	sortInbound(out)
	return out, nil
}

// sortInbound puts what UPDATE … RETURNING gave back (in no set order)
// in the claim's order: updates, then scheduled entries, each by seq.
func sortInbound(s []persist.Inbound) {
	before := func(a, b persist.Inbound) bool {
		if as, bs := !a.DueAt.IsZero(), !b.DueAt.IsZero(); as != bs {
			return bs
		}
		return a.Seq < b.Seq
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && before(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// RenewInbox extends owner's lease on the entries with these seqs (lease
// <= 0 gives them back) and returns those owner no longer holds.
func (db *DB) RenewInbox(ctx context.Context, owner string, lease time.Duration, seqs []int64) ([]int64, error) {
	held, err := db.renew(ctx, `inbox`, `seq`, `AND status = 'new'`, owner, lease, seqs)
	if err != nil {
		return nil, fmt.Errorf("renew inbox lease: %w", err)
	}
	return lost(seqs, held), nil
}

// RenewOutbox extends owner's lease on the messages with these ids (lease
// <= 0 gives them back) and returns those owner no longer holds.
func (db *DB) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	held, err := db.renew(ctx, `outbox`, `id`, ``, owner, lease, ids)
	if err != nil {
		return nil, fmt.Errorf("renew outbox lease: %w", err)
	}
	return lost(ids, held), nil
}

func (db *DB) renew(ctx context.Context, table, col, cond, owner string, lease time.Duration, ids []int64) (map[int64]bool, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	now := db.now()
	var q string
	var args []any
	// A lease that lapsed counts as lost even if nobody took the row yet:
	// the owner cannot know whether someone did and let it go again.
	if lease > 0 {
		q = `UPDATE ` + table + ` SET lease_until = $3 WHERE ` + col + ` = ANY($1) AND owner = $2 AND lease_until > $4 ` + cond + ` RETURNING ` + col
		args = []any{ids, owner, now.Add(lease), now}
	} else {
		q = `UPDATE ` + table + ` SET owner = NULL, lease_until = NULL WHERE ` + col + ` = ANY($1) AND owner = $2 AND lease_until > $3 ` + cond + ` RETURNING ` + col
		args = []any{ids, owner, now}
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, db.classify(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, db.classify(err)
	}
	held := make(map[int64]bool, len(got))
	for _, id := range got {
		held[id] = true
	}
	return held, nil
}

func lost(ids []int64, held map[int64]bool) []int64 {
	var out []int64
	for _, id := range ids {
		if !held[id] {
			out = append(out, id)
		}
	}
	return out
}

// Settle finishes an entry without a turn: reason "" marks it done,
// anything else parks it with that code and records an error event. msgs
// are queued in the same transaction. An entry already finished is left
// as it is.
func (db *DB) Settle(ctx context.Context, seq, chatID int64, reason string, msgs []persist.Message) error {
	status := "done"
	if reason != "" {
		status = "parked"
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		now := db.now()
		tag, err := tx.Exec(ctx, `UPDATE inbox SET status = $1, error = $2, payload = NULL, finished_at = $4,
    owner = NULL, lease_until = NULL WHERE seq = $3 AND status = 'new'`, status, reason, seq, now)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return nil
		}
		if reason != "" {
			if err := errorEvent(ctx, tx, now, chatID, reason); err != nil {
				return err
			}
		}
		return insertMessages(ctx, tx, chatID, now, msgs)
	})
	if err != nil {
		return fmt.Errorf("settle entry: %w", db.classify(err))
	}
	return nil
}

// Scheduled lists the chat's unapplied entries whose key starts with
// keyPrefix, in seq order.
func (db *DB) Scheduled(ctx context.Context, chatID int64, keyPrefix string) ([]persist.Inbound, error) {
	rows, err := db.pool.Query(ctx, `SELECT seq, key, chat_id, payload, due_at FROM inbox
WHERE chat_id = $1 AND status = 'new' AND starts_with(key, $2) ORDER BY seq`, chatID, keyPrefix)
	if err != nil {
		return nil, fmt.Errorf("list scheduled entries: %w", db.classify(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (persist.Inbound, error) {
		var u persist.Inbound
		var due *time.Time
		err := r.Scan(&u.Seq, &u.Key, &u.ChatID, &u.Payload, &due)
		if due != nil {
			u.DueAt = due.UTC()
		}
		return u, err
	})
	if err != nil {
		return nil, fmt.Errorf("list scheduled entries: %w", db.classify(err))
	}
	return out, nil
}

// ClaimOutbox claims for owner, for lease, up to limit messages, replies
// before background messages and each in id order, leaving out chats that
// blocked the bot, never past an earlier message to the same chat that
// another owner holds. For RestartGrace after the server came back (see
// serverUp), another owner's claims count as held even if their leases
// lapsed while the server was down.
func (db *DB) ClaimOutbox(ctx context.Context, owner string, lease time.Duration, limit int) ([]persist.Outbound, error) {
	if err := db.giveBackLost(ctx); err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	now := db.now()
	until, id := now.Add(lease), db.nextClaim()
	var (
		out     []persist.Outbound
		started time.Time // the server's start
		up      time.Time // and when it first served a claim
	)
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT pg_advisory_xact_lock($1), pg_postmaster_start_time()`,
			outboxClaimLock).Scan(nil, &started); err != nil {
			return err
		}
		var err error
		if up, err = db.serverUp(ctx, tx, started); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `WITH cand AS (
    SELECT o.id, o.owner AS was FROM outbox o
    WHERE (o.owner IS NULL OR NOT (o.lease_until > $1 OR o.owner <> $2 AND $1 < $7::timestamptz + $6 * interval '1 millisecond'))
      AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.chat_id = o.chat_id AND c.blocked)
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.id < o.id
                      AND p.owner IS NOT NULL AND p.owner <> $2
                      AND (p.lease_until > $1 OR $1 < $7::timestamptz + $6 * interval '1 millisecond'))
    ORDER BY o.background, o.id LIMIT $3
    FOR UPDATE OF o SKIP LOCKED)
UPDATE outbox SET owner = $2, lease_until = $4, claim_id = $5 FROM cand WHERE outbox.id = cand.id
  -- SKIP LOCKED passed over a row another statement held (a lost claim
  -- given back, a renewal, a removal): a later message of its chat must
  -- not go without it, or it goes out first. An earlier one of the same
  -- class (or a reply) that is neither claimed now nor already this
  -- owner's holds the chat back.
  AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = outbox.chat_id AND p.id < outbox.id
                  AND p.id NOT IN (SELECT id FROM cand) AND p.owner IS DISTINCT FROM $2
                  AND (NOT p.background OR outbox.background))
RETURNING outbox.id, outbox.chat_id, outbox.thread_id, outbox.payload, outbox.background, coalesce(cand.was <> $2, false)`,
			now, owner, limit, until, id, RestartGrace.Milliseconds(), up)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (persist.Outbound, error) {
			var m persist.Outbound
			err := r.Scan(&m.ID, &m.ChatID, &m.ThreadID, &m.Payload, &m.Background, &m.TakenOver)
			return m, err
		})
		return err
	})
	if err != nil {
		db.claimLost("outbox", owner, id)
		return nil, fmt.Errorf("claim outbox: %w", db.classify(err))
	}
	db.upMu.Lock()
	db.upStarted, db.upAt = started, up
	db.upMu.Unlock()
	// Replies first, then background messages, each in id order.
	before := func(a, b persist.Outbound) bool {
		if a.Background != b.Background {
			return !a.Background
		}
		return a.ID < b.ID
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && before(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, nil
}

// Sent removes a message, whoever holds it now: delivered, or refused for
// good (reason != "" records an error event with that code).
func (db *DB) Sent(ctx context.Context, id, chatID int64, reason string) error {
	if reason == "" {
		// The common case, one statement in its own transaction: one round
		// trip, not three (begin, delete, commit), on a connection of its
		// own (markConns). Until it commits, a crash sends the message
		// again; the shorter, the fewer.
		pool := db.marks
		if pool == nil {
			pool = db.pool
		}
		if _, err := pool.Exec(ctx, `DELETE FROM outbox WHERE id = $1`, id); err != nil {
			return fmt.Errorf("remove sent message: %w", db.classify(err))
		}
		return nil
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM outbox WHERE id = $1`, id)
		if err != nil {
			return err
		}
		if reason != "" && tag.RowsAffected() == 1 {
			return errorEvent(ctx, tx, db.now(), chatID, reason)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remove sent message: %w", db.classify(err))
	}
	return nil
}

// Block records that chatID blocked the bot: its messages are not claimed
// until the person writes again.
func (db *DB) Block(ctx context.Context, chatID int64) error {
	now := db.now()
	if _, err := db.pool.Exec(ctx, `INSERT INTO conversations (chat_id, state, lang, blocked, created_at, updated_at)
VALUES ($1, NULL, '', true, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET blocked = true`, chatID, now); err != nil {
		return fmt.Errorf("mark blocked: %w", db.classify(err))
	}
	return nil
}

// Release gives back every row owner holds, in both queues.
func (db *DB) Release(ctx context.Context, owner string) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE inbox SET owner = NULL, lease_until = NULL WHERE owner = $1`, owner); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE outbox SET owner = NULL, lease_until = NULL WHERE owner = $1`, owner)
		return err
	})
	if err != nil {
		return fmt.Errorf("release claims: %w", db.classify(err))
	}
	return nil
}

// Offset returns the saved Telegram polling offset, or 0.
func (db *DB) Offset(ctx context.Context) (int64, error) {
	var s string
	err := db.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, offsetKey).Scan(&s)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read offset: %w", db.classify(err))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("read offset: bad stored value %q: %w", s, err)
	}
	return n, nil
}

// Backlog counts what waits, for gauges and readiness.
func (db *DB) Backlog(ctx context.Context) (persist.Backlog, error) {
	var b persist.Backlog
	now := db.now()
	err := db.pool.QueryRow(ctx, `SELECT
    count(*) FILTER (WHERE status = 'new' AND (due_at IS NULL OR due_at <= $1)),
    count(*) FILTER (WHERE status = 'new' AND (due_at IS NULL OR due_at <= $1) AND owner IS NOT NULL AND lease_until > $1),
    count(*) FILTER (WHERE status = 'new' AND due_at > $1),
    count(*) FILTER (WHERE status = 'parked')
FROM inbox`, now).Scan(&b.InboxWaiting, &b.InboxClaimed, &b.InboxScheduled, &b.InboxParked)
	if err != nil {
		return persist.Backlog{}, fmt.Errorf("count backlog: %w", db.classify(err))
	}
	err = db.pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE owner IS NOT NULL AND lease_until > $1) FROM outbox`, now).
		Scan(&b.OutboxWaiting, &b.OutboxClaimed)
	if err != nil {
		return persist.Backlog{}, fmt.Errorf("count backlog: %w", db.classify(err))
	}
	return b, nil
}

// Check reads one row of every table, which is enough to notice a server
// that is gone, a schema that is missing, or (as PostgreSQL reports
// XX001/XX002) a damaged page on the way.
func (db *DB) Check(ctx context.Context) error {
	for _, t := range Tables {
		if _, err := db.pool.Exec(ctx, `SELECT 1 FROM `+t+` LIMIT 1`); err != nil {
			return fmt.Errorf("check store: table %s: %w", t, db.classify(err))
		}
	}
	return nil
}

// Tables are the tables of the store, in the order store copy fills them.
var Tables = []string{"conversations", "events", "meta", "inbox", "outbox", "shared_cases", "handoffs"}

// Bounds of a shared case (the contract's).
const (
	maxCaseToken = persist.MaxCaseToken
	maxCaseData  = persist.MaxCaseData
)

// PutCase stores a shared case under token until expires.
func (db *DB) PutCase(ctx context.Context, token string, data []byte, expires time.Time) error {
	if db.readOnly {
		return fmt.Errorf("store shared case: %w", persist.ErrReadOnly)
	}
	if token == "" || len(token) > maxCaseToken || len(data) == 0 || len(data) > maxCaseData {
		return persist.ErrBadCase
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO shared_cases (token, data, created_at, expires_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (token) DO UPDATE SET data = excluded.data, created_at = excluded.created_at, expires_at = excluded.expires_at`,
		token, data, db.now(), expires.UTC())
	if err != nil {
		return fmt.Errorf("store shared case: %w", db.classify(err))
	}
	return nil
}

// GetCase returns the case stored under token, if it has not expired at
// now.
func (db *DB) GetCase(ctx context.Context, token string, now time.Time) (data []byte, found bool, err error) {
	if token == "" || len(token) > maxCaseToken {
		return nil, false, nil
	}
	err = db.pool.QueryRow(ctx, `SELECT data FROM shared_cases WHERE token = $1 AND expires_at > $2`, token, now.UTC()).Scan(&data)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("read shared case: %w", db.classify(err))
	}
	return data, true, nil
}

// Claims whose answer was lost. When the connection breaks while a claim
// commits, the claim may have been taken without the claimant learning
// which rows it holds; and as rows one holds are not handed out again, a
// chat's later rows would then go first, and the lost ones wait out their
// lease — out of order. So each claim marks its rows with an id of its
// own, a failed claim is remembered, and the next claim first gives back
// whatever that failed claim took (if it took anything).

type lostClaim struct {
	table, owner string
	id           int64
}

// nextClaim returns a claim id unique among this handle's claims; the
// random start keeps handles (processes) apart, with the owner besides.
func (db *DB) nextClaim() int64 {
	db.claimMu.Lock()
	defer db.claimMu.Unlock()
	if db.claimID == 0 {
		var b [8]byte
		rand.Read(b[:])
		db.claimID = int64(binary.BigEndian.Uint64(b[:]) >> 2)
	}
	db.claimID++
	return db.claimID
}

func (db *DB) claimLost(table, owner string, id int64) {
	db.claimMu.Lock()
	db.lost = append(db.lost, lostClaim{table, owner, id})
	db.claimMu.Unlock()
}

// giveBackLost gives back the rows of failed claims. While it cannot (the
// server is still gone), claims fail too.
func (db *DB) giveBackLost(ctx context.Context) error {
	db.claimMu.Lock()
	defer db.claimMu.Unlock()
	for len(db.lost) > 0 {
		l := db.lost[0]
		if _, err := db.pool.Exec(ctx, `UPDATE `+l.table+` SET owner = NULL, lease_until = NULL, claim_id = NULL
WHERE owner = $1 AND claim_id = $2`, l.owner, l.id); err != nil {
			return fmt.Errorf("give back a claim whose answer was lost: %w", db.classify(err))
		}
		db.lost = db.lost[1:]
	}
	return nil
}

// serverUpLease is the row of the leases table that keeps the start of
// the server this database was last served by (owner, in microseconds
// since 1970) and when that server first served a claim of the outbox
// (until). No instance takes it as a lease; it is not in Tables (a
// database a bot ran on is still empty to "store copy").
const serverUpLease = "store.server_up"

// serverUp returns when the server that started at started first served
// a claim of the outbox (tx holds the claims' lock): the start of the
// restart grace. pg_postmaster_start_time() is before crash recovery,
// which after an immediate stop took 1.7–5.9 s on a loaded 2-core
// machine: a grace counted from it could be over before anyone could
// reconnect, and a message its owner had sent, whose removal met the
// outage, was taken over and sent again. A database no earlier server
// served (new, or from before this row) counts from the server's start.
func (db *DB) serverUp(ctx context.Context, tx pgx.Tx, started time.Time) (time.Time, error) {
	db.upMu.Lock()
	if db.upStarted.Equal(started) {
		defer db.upMu.Unlock()
		return db.upAt, nil
	}
	db.upMu.Unlock()
	start := strconv.FormatInt(started.UnixMicro(), 10)
	var at time.Time
	err := tx.QueryRow(ctx, `INSERT INTO leases (name, owner, until) VALUES ($1, $2, $3)
ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = clock_timestamp()
  WHERE leases.owner <> excluded.owner
RETURNING until`, serverUpLease, start, started).Scan(&at)
	if errors.Is(err, pgx.ErrNoRows) { // this server's row was there
		err = tx.QueryRow(ctx, `SELECT until FROM leases WHERE name = $1 AND owner = $2`, serverUpLease, start).Scan(&at)
	}
	if err != nil {
		return time.Time{}, err
	}
	return at.UTC(), nil
}
