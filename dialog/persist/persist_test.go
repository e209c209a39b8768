package persist

import (
	"strconv"
	"strings"
	"testing"
)

func TestUpdateKey(t *testing.T) {
	cases := []struct {
		key  string
		id   int64
		isTG bool
	}{
		{UpdateKey(1), 1, true},
		{UpdateKey(9007199254740993), 9007199254740993, true},
		{"tg:0", 0, false},
		{"tg:-5", -5, false},
		{"tg:", 0, false},
		{"tg:12x", 0, false},
		{"tg:+1", 0, false},
		{"tg:01", 0, false},
		{"rem:12:1", 0, false},
		{"staff:9", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		id, ok := UpdateOf(c.key)
		if ok != c.isTG || ok && id != c.id {
			t.Errorf("UpdateOf(%q) = %d, %v; want %d, %v", c.key, id, ok, c.id, c.isTG)
		}
	}
}

func TestOwner(t *testing.T) {
	o := NewOwner()
	host, pid, ok := SplitOwner(o)
	if !ok || host == "" || pid <= 0 {
		t.Fatalf("SplitOwner(%q) = %q, %d, %v", o, host, pid, ok)
	}
	if NewOwner() == o {
		t.Errorf("two owners of one process are equal: %q", o)
	}
	for _, bad := range []string{"", "a/b", "h/0/x", "h/-1/x", "h/x/y", "a/1/b/c", "probe-1"} {
		if _, _, ok := SplitOwner(bad); ok {
			t.Errorf("SplitOwner(%q) accepted", bad)
		}
	}
}

func TestKnownKind(t *testing.T) {
	for _, k := range EventKinds {
		if !KnownKind(k) {
			t.Errorf("%q not known", k)
		}
	}
	if KnownKind("forget") || KnownKind("") {
		t.Errorf("unknown kinds accepted")
	}
}

// FuzzUpdateOf: any key either is a Telegram update key that UpdateKey
// makes again byte for byte, or is not one.
func FuzzUpdateOf(f *testing.F) {
	for _, s := range []string{"tg:1", "tg:0", "tg:+1", "tg:01", "rem:1", "tg:99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		id, ok := UpdateOf(key)
		if !ok {
			return
		}
		if id <= 0 {
			t.Fatalf("UpdateOf(%q) = %d: not positive", key, id)
		}
		if got := UpdateKey(id); got != key {
			t.Fatalf("UpdateKey(UpdateOf(%q)) = %q", key, got)
		}
	})
}

// FuzzSplitOwner: an accepted owner has a positive pid and three parts.
func FuzzSplitOwner(f *testing.F) {
	for _, s := range []string{"h/1/x", "a/b", "h/0/x", "h/" + strconv.Itoa(1<<30) + "/z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, pid, ok := SplitOwner(s)
		if ok && (pid <= 0 || strings.Count(s, "/") != 2) {
			t.Fatalf("SplitOwner(%q) accepted pid %d", s, pid)
		}
	})
}
