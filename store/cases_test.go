package store

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestSharedCases: a case is found until it expires, the sweep removes it
// after that (and only then), and bad tokens or data are refused without
// writing anything.
func TestSharedCases(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	now := t0
	db.Now = func() time.Time { return now }
	data := []byte(`{"v":1,"facts":{"region":"shanghai"}}`)
	if err := db.PutCase(ctx, "tokenAAAAA", data, now.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := db.PutCase(ctx, "tokenBBBBB", []byte("{}"), now.Add(48*time.Hour)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		token string
		at    time.Time
		found bool
	}{
		{"fresh", "tokenAAAAA", now, true},
		{"a second before expiry", "tokenAAAAA", now.Add(24*time.Hour - time.Second), true},
		{"at expiry", "tokenAAAAA", now.Add(24 * time.Hour), false},
		{"unknown", "tokenCCCCC", now, false},
		{"empty", "", now, false},
		{"oversized", strings.Repeat("x", 65), now, false},
		{"case differs", "TOKENAAAAA", now, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found, err := db.GetCase(ctx, tt.token, tt.at)
			if err != nil || found != tt.found {
				t.Fatalf("GetCase = %q, %v, %v; want found %v", got, found, err, tt.found)
			}
			if found && !bytes.Equal(got, data) {
				t.Fatalf("GetCase = %q, want %q", got, data)
			}
		})
	}
	for _, bad := range []struct {
		token string
		data  []byte
	}{{"", data}, {strings.Repeat("x", 65), data}, {"ok", nil}, {"ok", make([]byte, maxCaseData+1)}} {
		if err := db.PutCase(ctx, bad.token, bad.data, now.Add(time.Hour)); !errors.Is(err, ErrBadCase) {
			t.Errorf("PutCase(%d-byte token, %d bytes) = %v, want ErrBadCase", len(bad.token), len(bad.data), err)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM shared_cases`); n != 2 {
		t.Fatalf("%d shared cases stored, want 2", n)
	}

	res, err := db.Sweep(ctx, now.Add(24*time.Hour), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.SharedCases != 1 {
		t.Fatalf("sweep removed %d shared cases, want the expired one", res.SharedCases)
	}
	if _, found, _ := db.GetCase(ctx, "tokenBBBBB", now.Add(24*time.Hour)); !found {
		t.Fatal("the sweep removed a case that had not expired")
	}
}
