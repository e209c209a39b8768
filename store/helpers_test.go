package store

import (
	"context"
	"fmt"
	"testing"
)

// entryOf returns the inbox seq of Telegram update of chat, storing the
// update first if it is not stored: the store's tests name turns by update
// as the transport does.
//
// Keys are per chat here (the old tests reuse update ids across chats, as
// (chat, update) once keyed the records); update 0 is a turn without an
// entry (the terminal).
func entryOf(db *DB, chat, update int64) int64 {
	if update <= 0 {
		return 0
	}
	ctx := context.Background()
	key := fmt.Sprintf("t:%d:%d", chat, update)
	if !db.readOnly {
		db.Receive(ctx, []Inbound{{Key: key, ChatID: chat, Payload: []byte("u")}}, nil, 0)
	}
	var seq int64
	db.r.QueryRowContext(ctx, `SELECT seq FROM inbox WHERE key = ?`, key).Scan(&seq)
	if seq == 0 {
		return 1 << 40 // no such entry: a commit of it is a duplicate
	}
	return seq
}

// msgs makes a turn's outbox from payloads.
func msgs(payloads ...[]byte) []Message {
	out := make([]Message, len(payloads))
	for i, p := range payloads {
		out[i] = Message{Payload: p}
	}
	return out
}

// listOutbox reads every queued message, in order, without claiming.
func listOutbox(t testing.TB, db *DB) []Outbound {
	t.Helper()
	rows, err := db.r.QueryContext(context.Background(), `SELECT o.id, o.chat_id, o.thread_id, o.payload FROM outbox o
WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.chat_id = o.chat_id AND c.blocked) ORDER BY o.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []Outbound
	for rows.Next() {
		var m Outbound
		if err := rows.Scan(&m.ID, &m.ChatID, &m.ThreadID, &m.Payload); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// listInbox reads the entries waiting, in order, without claiming.
func listInbox(t testing.TB, db *DB) []Inbound {
	t.Helper()
	rows, err := db.r.QueryContext(context.Background(), `SELECT seq, key, chat_id, payload FROM inbox WHERE status = 'new' ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []Inbound
	for rows.Next() {
		var e Inbound
		if err := rows.Scan(&e.Seq, &e.Key, &e.ChatID, &e.Payload); err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// seqOf is the inbox seq of the entry with key.
func seqOf(t testing.TB, db *DB, key string) int64 {
	t.Helper()
	var seq int64
	if err := db.r.QueryRowContext(context.Background(), `SELECT seq FROM inbox WHERE key = ?`, key).Scan(&seq); err != nil {
		t.Fatalf("entry %s: %v", key, err)
	}
	return seq
}
