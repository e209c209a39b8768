package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/remind"
	"bujiao/knowledge"
	"bujiao/rules"
	"bujiao/store"
)

// TestBotReminderKill9: 300 reminders are due when the real binary starts;
// it is killed (SIGKILL) while it is answering and sending them, restarted
// on the same database, and every reminder must have been answered exactly
// once: a message sent, or — if the clock is in Beijing's quiet hours,
// when reminders are held, not sent — one held firing for 08:00. Nothing
// lost, nothing twice, whatever the time of day the test runs.
func TestBotReminderKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot as a separate process")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	const chats = 300
	api := newCrashAPI(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "bot.db")
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	today := knowledge.Today(now)
	for chat := int64(1); chat <= chats; chat++ {
		gap := 2
		rec := remind.Record{ID: remind.NewID(rules.DeadlineIndividualWindow, today.AddDays(20), now),
			Lang: knowledge.Zh, Deadline: rules.DeadlineIndividualWindow, Date: today.AddDays(20),
			Facts: rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, GapMonths: &gap,
				Region: "shanghai", Retirement: rules.RetirementWorking},
			When: remind.All, Times: []time.Time{now.Add(-time.Hour)}, SetOn: today}
		data, err := rec.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx, store.Commit{ChatID: chat, State: []byte(`{}`), Schedule: []store.Inbound{
			{Key: dialog.ReminderKeyPrefix(chat) + rec.Key(), ChatID: chat, DueAt: rec.Times[0], Payload: data}}}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	quiet := remind.Quiet(time.Now())

	// done counts the reminders answered: sent, or held for the morning.
	done := func() int {
		db, err := store.OpenWith(ctx, dbPath, store.Options{ReadOnly: true})
		if err != nil {
			return 0
		}
		defer db.Close()
		// A row still due has not been answered; a held one is due later.
		overdue := 0
		for chat := int64(1); chat <= chats; chat++ {
			rows, _ := db.Scheduled(ctx, chat, "rem:")
			for _, r := range rows {
				if !r.DueAt.After(time.Now()) {
					overdue++
				}
			}
		}
		return chats - overdue
	}

	proc := startBot(t, api, dbPath, tokenFile, "")
	defer func() {
		if proc.cmd.ProcessState == nil {
			proc.cmd.Process.Kill()
			<-proc.done
		}
	}()
	// A firing claimed at the kill waits for its lease (10 s) to lapse.
	deadline := time.Now().Add(90 * time.Second)
	for done() < chats*4/10 {
		select {
		case err := <-proc.done:
			t.Fatalf("the bot exited early: %v\n%s", err, proc.stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no progress:\n%s", tail(proc.stderr.String(), 30))
		}
	}
	if err := proc.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-proc.done
	atKill := done()
	first := proc
	proc = startBot(t, api, dbPath, tokenFile, "")
	for done() < chats {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d answered after the restart:\n%s", done(), chats, tail(proc.stderr.String(), 30))
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Let the last sends leave, then stop cleanly.
	for {
		db, err := store.OpenWith(ctx, dbPath, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		n, _ := db.OutboxLen(ctx)
		db.Close()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages left in the outbox", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	proc.cmd.Process.Signal(syscall.SIGTERM)
	<-proc.done

	db, err = store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lost, twice := 0, 0
	for chat := int64(1); chat <= chats; chat++ {
		api.mu.Lock()
		sent := 0
		for _, m := range api.chats[chat] {
			if strings.Contains(m.text, "⏰") {
				sent++
			}
		}
		api.mu.Unlock()
		rows, err := db.Scheduled(ctx, chat, "rem:")
		if err != nil {
			t.Fatal(err)
		}
		held := 0
		for _, r := range rows {
			if r.DueAt.After(now) {
				held++
			}
		}
		switch n := sent + held; {
		case n == 0:
			lost++
		case n > 1:
			twice += n - 1
		}
	}
	t.Logf("%d reminders due, SIGKILL after %d answered (quiet hours: %v): lost %d, answered twice %d",
		chats, atKill, quiet, lost, twice)
	if lost+twice != 0 {
		t.Errorf("want every reminder answered exactly once\nfirst run:\n%s\nsecond run:\n%s",
			tail(first.stderr.String(), 20), tail(proc.stderr.String(), 20))
	}
}
