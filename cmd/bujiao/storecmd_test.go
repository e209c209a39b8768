package main

import (
	"bytes"
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
)

// withPassword adds a password to a test server's URL: the test cluster
// trusts loopback connections, so the password is never checked, but it
// is there for the output to leak.
func withPassword(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "s3cret-pw")
	return u.String()
}

func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := run(ctx, args, strings.NewReader(""), &out, &errb)
	s := out.String() + errb.String()
	if err != nil {
		s += err.Error()
	}
	if strings.Contains(s, "s3cret-pw") {
		t.Errorf("bujiao %s printed the password:\n%s", strings.Join(args, " "), s)
	}
	return s, err
}

// TestStoreCopyCommand: a SQLite deployment with a conversation, an
// unapplied update, an unsent reply and the polling offset is copied; the
// counts are printed and verified, the copy is usable by store check, and
// a second copy into the same database is refused.
func TestStoreCopyCommand(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, "bujiao.db")
	src, err := openStore(ctx, file, openOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := src.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(1), ChatID: 7, Payload: []byte("a")},
		{Key: persist.UpdateKey(2), ChatID: 7, Payload: []byte("b")}}, nil, 3); err != nil {
		t.Fatal(err)
	}
	in, err := src.ClaimInbox(ctx, "t", time.Minute, 1)
	if err != nil || len(in) != 1 {
		t.Fatalf("claim: %v %v", in, err)
	}
	if err := src.Commit(ctx, persist.Commit{ChatID: 7, Entry: in[0].Seq, State: []byte("s"),
		Events: []persist.Event{{Kind: persist.EvStarted}}, Outbox: []persist.Message{{Payload: []byte("reply")}}}); err != nil {
		t.Fatal(err)
	}
	src.Close()

	to := withPassword(t, pgtest.Database(t))
	out, err := runCmd(t, "store", "copy", "--from", file, "--to", to)
	if err != nil {
		t.Fatalf("store copy: %v\n%s", err, out)
	}
	for _, want := range []string{"conversations  1  1", "events  1  1", "inbox  2  2", "outbox  1  1", "meta", "verified"} {
		if !strings.Contains(collapse(out), want) {
			t.Errorf("store copy output lacks %q:\n%s", want, out)
		}
	}
	out, err = runCmd(t, "store", "check", "--db", to)
	if err != nil || !strings.Contains(out, "inbox: 1 waiting") || !strings.Contains(out, "outbox: 1 waiting") {
		t.Errorf("store check after the copy: %v\n%s", err, out)
	}
	out, err = runCmd(t, "store", "copy", "--from", file, "--to", to)
	if err == nil || !strings.Contains(out, "not empty") {
		t.Errorf("a second copy into the same database: %v\n%s", err, out)
	}
}

// collapse turns runs of spaces into two, so tabwriter's padding does not
// matter to the checks.
func collapse(s string) string {
	for strings.Contains(s, "   ") {
		s = strings.ReplaceAll(s, "   ", "  ")
	}
	return s
}

// TestStoreMigrateAndCheck: on both kinds of database, migrate brings the
// schema up and check reads it.
func TestStoreMigrateAndCheck(t *testing.T) {
	for name, db := range map[string]string{
		"sqlite":   filepath.Join(t.TempDir(), "x.db"),
		"postgres": withPassword(t, pgtest.Database(t)),
	} {
		t.Run(name, func(t *testing.T) {
			if out, err := runCmd(t, "store", "migrate", "--db", db); err != nil || !strings.Contains(out, "schema up to date") {
				t.Fatalf("migrate: %v\n%s", err, out)
			}
			if out, err := runCmd(t, "store", "check", "--db", db); err != nil || !strings.Contains(out, ": ok") {
				t.Fatalf("check: %v\n%s", err, out)
			}
		})
	}
}

// TestDatabaseSelection: --db wins over BUJIAO_DATABASE_URL; the variable
// is used without --db; a server that cannot be reached stops the command
// with its host and without the password.
func TestDatabaseSelection(t *testing.T) {
	file := filepath.Join(t.TempDir(), "x.db")
	gone := "postgres://bujiao:s3cret-pw@127.0.0.1:1/bujiao?sslmode=disable&connect_timeout=2"
	t.Setenv(databaseEnv, gone)
	if out, err := runCmd(t, "store", "migrate", "--db", file); err != nil {
		t.Fatalf("--db FILE with %s set: %v\n%s", databaseEnv, err, out)
	}
	out, err := runCmd(t, "store", "check")
	if err == nil || !strings.Contains(out, "127.0.0.1:1") || !strings.Contains(out, "unreachable") && !strings.Contains(out, "Is PostgreSQL running") {
		t.Fatalf("store check with %s naming a server that is not there: %v\n%s", databaseEnv, err, out)
	}
	for _, tc := range []struct {
		cmd  string
		args []string
		want []string
	}{
		{"chat", nil, []string{"--db=" + gone}},
		{"chat", []string{"--db", "f"}, []string{"--db=" + gone, "--db", "f"}}, // the later --db wins
		{"kb", []string{"lint"}, []string{"lint"}},
	} {
		got := withDatabaseEnv(tc.cmd, tc.args, gone)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("withDatabaseEnv(%s, %v) = %v, want %v", tc.cmd, tc.args, got, tc.want)
		}
	}
}

// TestChatAndStatsOnPostgres: a terminal chat kept in PostgreSQL resumes
// on a second run, and stats reads its events from the same database.
func TestChatAndStatsOnPostgres(t *testing.T) {
	db := withPassword(t, pgtest.Database(t))
	var out, errb bytes.Buffer
	ctx := context.Background()
	if err := run(ctx, []string{"chat", "--today", "2026-11-25", "--db", db}, strings.NewReader("1\n"), &out, &errb); err != nil {
		t.Fatalf("chat: %v\n%s", err, errb.String())
	}
	out.Reset()
	if err := run(ctx, []string{"chat", "--today", "2026-11-25", "--db", db}, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("chat again: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "欢迎回来") {
		t.Errorf("the second chat on PostgreSQL did not resume:\n%s", out.String())
	}
	s, err := runCmd(t, "stats", "--db", db, "--format", "json")
	if err != nil || !strings.Contains(s, `"conversations_started": 1`) {
		t.Errorf("stats on PostgreSQL: %v\n%s", err, s)
	}
}

// TestBotUnreachableDatabase: the bot stops at start with the reason and
// the host, and without the password.
func TestBotUnreachableDatabase(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "123456:test-token")
	out, err := runCmd(t, "bot", "--db", "postgres://bujiao:s3cret-pw@127.0.0.1:1/bujiao?connect_timeout=2")
	if err == nil || !strings.Contains(out, "127.0.0.1:1") || !strings.Contains(out, "connect") {
		t.Fatalf("bot on an unreachable database: %v\n%s", err, out)
	}
}
