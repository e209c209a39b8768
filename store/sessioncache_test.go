package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestSessionCache: a turn loads what this process last committed without
// reading it back, and a turn computed from it commits only if the row
// still holds that state, language and version: whatever another process
// did to the row in between (a change that kept the version, a delete and
// a new row of the same version) makes the commit a conflict, and the
// next Load reads the row.
func TestSessionCache(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t, Options{})
	other := openAt(t, path, Options{}) // another process on the file
	const chat = 42
	update := int64(0)
	commit := func(s Session, state string) error {
		update++
		return db.Commit(ctx, Commit{ChatID: chat, Entry: entryOf(db, chat, update), Version: s.Version, State: []byte(state), Lang: "en"})
	}
	load := func() Session {
		t.Helper()
		s, err := db.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if err := commit(load(), "one"); err != nil {
		t.Fatal(err)
	}
	if _, ok := db.sessions.get(chat); !ok {
		t.Fatal("the committed conversation is not cached")
	}
	if s := load(); string(s.State) != "one" || s.Lang != "en" || s.Version != 1 || !s.Found {
		t.Fatalf("loaded %+v, want state one, version 1", s)
	}

	for _, c := range []struct {
		name, sql string
		conflict  bool
	}{
		{"state changed, same version", `UPDATE conversations SET state = x'6f74686572' WHERE chat_id = 42`, true},
		{"language changed, same version", `UPDATE conversations SET lang = 'zh-hans' WHERE chat_id = 42`, true},
		{"deleted and written again at the same version", `DELETE FROM conversations WHERE chat_id = 42;
INSERT INTO conversations (chat_id, state, lang, blocked, version, created_at, updated_at)
VALUES (42, x'6e6577', 'en', 0, %d, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`, true},
		{"deleted", `DELETE FROM conversations WHERE chat_id = 42`, true},
		{"blocked", `UPDATE conversations SET blocked = 1 WHERE chat_id = 42`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := load() // from the cache
			sql := c.sql
			if strings.Contains(sql, "%d") {
				sql = fmt.Sprintf(sql, s.Version)
			}
			if _, err := other.w.ExecContext(ctx, sql); err != nil {
				t.Fatal(err)
			}
			err := commit(s, "from the cache")
			if c.conflict != errors.Is(err, ErrConflict) {
				t.Fatalf("commit after the row changed: %v, want a conflict: %v", err, c.conflict)
			}
			var fresh Session
			if err := other.r.QueryRowContext(ctx, `SELECT state, lang, version FROM conversations WHERE chat_id = 42`).
				Scan(&fresh.State, &fresh.Lang, &fresh.Version); err != nil && c.name != "deleted" {
				t.Fatal(err)
			}
			fresh.Found = len(fresh.State) > 0
			if got := load(); string(got.State) != string(fresh.State) || got.Lang != fresh.Lang || got.Version != fresh.Version {
				t.Fatalf("loaded %+v after the commit, the row holds %+v", got, fresh)
			}
			// The chat goes on from the row.
			if err := commit(load(), "again"); err != nil {
				t.Fatal(err)
			}
		})
	}
}
