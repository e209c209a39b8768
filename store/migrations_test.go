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
