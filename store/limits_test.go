package store

import (
	"context"
	"testing"
	"time"
)

// TestEventsPerChatHour: one chat adds at most RowsPerChatHour events an
// hour, whatever it sends; other chats and the next hour are not affected,
// and the turns themselves still commit.
func TestEventsPerChatHour(t *testing.T) {
	db, _ := openTemp(t, Options{RowsPerChatHour: 5})
	now := t0
	db.Now = func() time.Time { return now }
	ctx := context.Background()
	version := map[int64]int64{}
	turn := func(chat int64) {
		t.Helper()
		err := db.Commit(ctx, Commit{ChatID: chat, Version: version[chat], State: []byte("s"),
			Events: []Event{{Kind: EventFAQMiss, Text: "a"}, {Kind: EventFAQMiss, Text: "b"}}})
		if err != nil {
			t.Fatal(err)
		}
		version[chat]++
	}
	count := func(chat int64) int {
		t.Helper()
		var n int
		if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE chat_id = ?`, chat).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for range 50 {
		turn(1)
	}
	turn(2)
	if n := count(1); n != 5 {
		t.Errorf("chat 1 stored %d events in an hour, want 5", n)
	}
	if n := count(2); n != 2 {
		t.Errorf("chat 2 stored %d events, want 2", n)
	}
	if version[1] != 50 {
		t.Errorf("turns committed: %d", version[1])
	}
	now = now.Add(time.Hour)
	turn(1)
	if n := count(1); n != 7 {
		t.Errorf("an hour later chat 1 has %d events, want 7", n)
	}
}
