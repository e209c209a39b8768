package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// TestMigrateFromEveryVersion builds a database of each schema version main
// has had (1–4), with rows as that version wrote them, and opens it with
// this binary: nothing a person is owed is lost. Applied updates stay
// refused, unapplied ones and unsent messages stay to be worked, a
// version-2 reply that was never delivered (conversations.pending_reply)
// moves into the outbox — with a note for the log — and the column is gone.
func TestMigrateFromEveryVersion(t *testing.T) {
	const ts = "2025-01-02T00:00:00.000Z"
	rowsOf := map[int][]string{
		1: {
			`INSERT INTO conversations (chat_id, state, lang, created_at, updated_at) VALUES (1, x'0102ff', 'zh', '` + ts + `', '` + ts + `')`,
			`INSERT INTO processed_updates VALUES (1, 77, '` + ts + `')`,
			`INSERT INTO events (at, kind, chat_id) VALUES ('` + ts + `', 'started', 1)`,
			`INSERT INTO meta VALUES ('telegram_offset', '78')`,
		},
		2: {
			`INSERT INTO conversations (chat_id, state, lang, pending_reply, blocked, created_at, updated_at)
			 VALUES (1, x'0102ff', 'zh', NULL, 0, '` + ts + `', '` + ts + `'),
			        (2, x'01', 'en', '[{"blocks":[]}]', 0, '` + ts + `', '` + ts + `')`,
			`INSERT INTO processed_updates VALUES (1, 77, '` + ts + `')`,
			`INSERT INTO meta VALUES ('telegram_offset', '78')`,
		},
		3: {
			`INSERT INTO conversations (chat_id, state, lang, pending_reply, blocked, version, created_at, updated_at)
			 VALUES (1, x'0102ff', 'zh', NULL, 0, 3, '` + ts + `', '` + ts + `')`,
			`INSERT INTO processed_updates VALUES (1, 77, '` + ts + `')`,
			`INSERT INTO inbox (update_id, chat_id, payload, status, received_at) VALUES
			 (77, 1, NULL, 'done', '` + ts + `'), (79, 1, 'hello', 'new', '` + ts + `'), (80, 3, NULL, 'parked', '` + ts + `')`,
			`INSERT INTO outbox (chat_id, payload, created_at) VALUES (1, 'unsent', '` + ts + `')`,
			`INSERT INTO meta VALUES ('telegram_offset', '81')`,
		},
	}
	rowsOf[4] = append(slices.Clone(rowsOf[3]),
		`INSERT INTO shared_cases VALUES ('tok', 'case', '`+ts+`', '2999-01-01T00:00:00.000Z')`)
	for v := 1; v <= 4; v++ {
		t.Run("v"+string(rune('0'+v)), func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "bujiao.db")
			old, err := openUpTo(ctx, path, Options{}, v)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range rowsOf[v] {
				if _, err := old.w.ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			old.Close()

			db := openAt(t, path, Options{})
			if got, _ := currentVersion(ctx, db.r); got != SchemaVersion() {
				t.Fatalf("version %d, want %d", got, SchemaVersion())
			}
			sess, err := db.Load(ctx, 1)
			if err != nil || string(sess.State) != "\x01\x02\xff" || sess.Lang != "zh" {
				t.Fatalf("chat 1 after migration: %+v %v", sess, err)
			}
			if off, _ := db.Offset(ctx); off < 78 {
				t.Errorf("offset %d lost", off)
			}
			// Update 77 was applied: a redelivery is refused.
			if err := db.Receive(ctx, []Inbound{{Key: persist.UpdateKey(77), ChatID: 1, Payload: []byte("again")}}, nil, 0); err != nil {
				t.Fatal(err)
			}
			in, err := db.ClaimInbox(ctx, "me", time.Minute, 10)
			if err != nil {
				t.Fatal(err)
			}
			var keys []string
			for _, e := range in {
				keys = append(keys, e.Key+"="+string(e.Payload))
			}
			want := []string(nil)
			if v >= 3 {
				want = []string{"tg:79=hello"} // unapplied: still to apply
			}
			if !slices.Equal(keys, want) {
				t.Errorf("inbox after migration: %v, want %v", keys, want)
			}
			out, err := db.ClaimOutbox(ctx, "me", time.Minute, 10)
			if err != nil {
				t.Fatal(err)
			}
			var payloads []string
			for _, m := range out {
				payloads = append(payloads, string(m.Payload))
			}
			switch v {
			case 2:
				if !slices.Equal(payloads, []string{`[{"blocks":[]}]`}) || out[0].ChatID != 2 {
					t.Errorf("outbox after migrating v2: %v, want the pending reply of chat 2", payloads)
				}
				if notes := db.MigrationNotes(); len(notes) != 1 || !strings.Contains(notes[0], "1 undelivered") {
					t.Errorf("notes %q, want one saying a reply moved", notes)
				}
			case 3, 4:
				if !slices.Equal(payloads, []string{"unsent"}) {
					t.Errorf("outbox after migrating v%d: %v", v, payloads)
				}
			default:
				if len(payloads) != 0 {
					t.Errorf("outbox after migrating v1: %v", payloads)
				}
			}
			if v != 2 && len(db.MigrationNotes()) != 0 {
				t.Errorf("notes %q, want none", db.MigrationNotes())
			}
			if n := count(t, db, `SELECT count(*) FROM pragma_table_info('conversations') WHERE name = 'pending_reply'`); n != 0 {
				t.Errorf("pending_reply column still there")
			}
			if v >= 3 {
				if b, _ := db.Backlog(ctx); b.InboxParked != 1 {
					t.Errorf("parked update lost: %+v", b)
				}
			}
			if v == 4 {
				if _, found, _ := db.GetCase(ctx, "tok", time.Now()); !found {
					t.Errorf("shared case lost")
				}
			}
			// Reopening applies nothing twice and leaves no note.
			db.Close()
			db = openAt(t, path, Options{})
			if n := count(t, db, `SELECT count(*) FROM schema_migrations`); n != SchemaVersion() {
				t.Errorf("%d migration records, want %d", n, SchemaVersion())
			}
			if len(db.MigrationNotes()) != 0 {
				t.Errorf("reopening noted %q", db.MigrationNotes())
			}
		})
	}
}

// TestMigrateInboxIndexes builds a database of each version with 0005's
// inbox (5–8) holding entries waiting, claimed, scheduled, applied and
// parked, and opens it with this binary: 0009's one index by chat
// (chat_id, status) replaces inbox_open and inbox_chat, and every lookup
// that used them finds the same rows through it.
func TestMigrateInboxIndexes(t *testing.T) {
	const ts = "2025-01-02T00:00:00.000Z"
	for v := 5; v <= 8; v++ {
		t.Run("v"+string(rune('0'+v)), func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "bujiao.db")
			old, err := openUpTo(ctx, path, Options{}, v)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{
				`INSERT INTO inbox (key, chat_id, payload, status, received_at) VALUES
				 ('tg:1', 1, NULL, 'done', '` + ts + `'), ('tg:2', 1, 'two', 'new', '` + ts + `'),
				 ('tg:3', 2, NULL, 'parked', '` + ts + `'), ('tg:4', 1, 'four', 'new', '` + ts + `'),
				 ('tg:5', 3, 'five', 'new', '` + ts + `')`,
				`INSERT INTO inbox (key, chat_id, payload, status, received_at, due_at) VALUES
				 ('rem:1', 1, 'later', 'new', '` + ts + `', '2999-01-01T00:00:00.000Z')`,
				// Chat 3's entry is held by a live process: nothing of chat
				// 3 may be claimed past it.
				`UPDATE inbox SET owner = 'other', lease_until = '2999-01-01T00:00:00.000Z' WHERE key = 'tg:5'`,
				`INSERT INTO inbox (key, chat_id, payload, status, received_at) VALUES ('tg:6', 3, 'six', 'new', '` + ts + `')`,
			} {
				if _, err := old.w.ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			old.Close()

			db := openAt(t, path, Options{})
			if n := count(t, db, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'inbox_open'`); n != 0 {
				t.Errorf("inbox_open still there")
			}
			if n := count(t, db, `SELECT count(*) FROM pragma_index_info('inbox_chat')`); n != 2 {
				t.Errorf("inbox_chat has %d columns, want 2 (chat_id, status)", n)
			}
			if u, _, err := db.Applied(ctx, 1); err != nil || u != 1 {
				t.Errorf("chat 1: %d applied, %v; want 1", u, err)
			}
			in, err := db.ClaimInbox(ctx, "me", time.Minute, 10)
			if err != nil {
				t.Fatal(err)
			}
			var keys []string
			for _, e := range in {
				keys = append(keys, e.Key)
			}
			// Chat 1's two waiting updates in order; chat 3's tg:6 waits
			// behind tg:5, which another process holds; the reminder is
			// not due.
			if want := []string{"tg:2", "tg:4"}; !slices.Equal(keys, want) {
				t.Errorf("claimed %v, want %v", keys, want)
			}
			sched, err := db.Scheduled(ctx, 1, "rem:")
			if err != nil || len(sched) != 1 || sched[0].Key != "rem:1" {
				t.Errorf("scheduled for chat 1: %+v %v", sched, err)
			}
			if err := db.Forget(ctx, 1); err != nil {
				t.Fatal(err)
			}
			if n := count(t, db, `SELECT count(*) FROM inbox WHERE chat_id = 1`); n != 0 {
				t.Errorf("%d inbox rows of chat 1 after Forget", n)
			}
			if n := count(t, db, `SELECT count(*) FROM inbox`); n != 3 {
				t.Errorf("%d inbox rows left, want chat 2's and chat 3's 3", n)
			}
		})
	}
}
