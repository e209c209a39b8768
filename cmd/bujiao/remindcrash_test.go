package main

import (
	"context"
	"flag"
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
// once. The bot's clock is set (the hidden --clock-start), so both cases
// run whatever the time of day:
//   - sending hours (09:00 Beijing, due at 08:00): each reminder's message
//     sent once, nothing held;
//   - quiet hours (22:00 Beijing, due at 21:00): nothing sent, each
//     reminder held once, to 08:00 the next morning.
func TestBotReminderKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot as a separate process")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	for _, c := range []struct {
		name  string
		start time.Time
		quiet bool
	}{
		{"sending", time.Date(2027, 3, 1, 9, 0, 0, 0, knowledge.China), false},
		{"quiet", time.Date(2027, 3, 1, 22, 0, 0, 0, knowledge.China), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if remind.Quiet(c.start) != c.quiet {
				t.Fatalf("%s: quiet hours %v, the case says %v", c.start, !c.quiet, c.quiet)
			}
			reminderKill9(t, c.start)
		})
	}
}

func reminderKill9(t *testing.T, start time.Time) {
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
	today := knowledge.Today(start)
	due := start.Add(-time.Hour)
	for chat := int64(1); chat <= chats; chat++ {
		gap := 2
		rec := remind.Record{ID: remind.NewID(rules.DeadlineIndividualWindow, today.AddDays(20), start),
			Lang: knowledge.Zh, Deadline: rules.DeadlineIndividualWindow, Date: today.AddDays(20),
			Facts: rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, GapMonths: &gap,
				Region: "shanghai", Retirement: rules.RetirementWorking},
			When: remind.All, Times: []time.Time{due}, SetOn: today}
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
	quiet := remind.Quiet(start)
	// The bot's clock, as the test sees it: start when the first process
	// starts, running from there. A restart goes on from where it is.
	t0 := time.Now()
	clock := func() time.Time { return start.Add(time.Since(t0)) }
	clockFlag := func() []string { return []string{"--clock-start", clock().Format(time.RFC3339Nano)} }

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
				if !r.DueAt.After(clock()) {
					overdue++
				}
			}
		}
		return chats - overdue
	}

	proc := startBotWith(t, api, dbPath, tokenFile, "", clockFlag()...)
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
	api.mu.Lock()
	sentAtKill := 0
	for chat := int64(1); chat <= chats; chat++ {
		sentAtKill += len(api.chats[chat])
	}
	api.mu.Unlock()
	// Messages Telegram got whose outbox row the kill left: Telegram
	// cannot tell a bot it has a message already, so only these may go
	// out twice (as for replies, TestBotCrashAndStop).
	api.settle()
	_, inFlight := api.inFlight(t, dbPath, syscall.SIGKILL)
	first := proc
	proc = startBotWith(t, api, dbPath, tokenFile, "", clockFlag()...)
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
	// Held reminders go at 08:00 the morning after the quiet evening.
	morning := time.Date(2027, 3, 2, 8, 0, 0, 0, knowledge.China)
	lost, twice, sentAll, heldAll, wrong := 0, 0, 0, 0, 0
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
			if r.DueAt.After(start) {
				held++
				if !r.DueAt.Equal(morning) {
					wrong++
				}
			}
		}
		sentAll += sent
		heldAll += held
		switch n := sent + held; {
		case n == 0:
			lost++
		case n > 1:
			twice += n - 1
		}
	}
	t.Logf("%d reminders due at %s, bot clock from %s: SIGKILL after %d answered (%d messages sent, %d in flight); in all %d sent, %d held: lost %d, twice %d",
		chats, due.Format("15:04"), start.Format("2006-01-02 15:04 MST"), atKill, sentAtKill, inFlight, sentAll, heldAll, lost, twice)
	if lost != 0 || twice > inFlight {
		t.Errorf("want every reminder answered once, and sent twice only if its send was in flight at the kill (%d)\nfirst run:\n%s\nsecond run:\n%s",
			inFlight, tail(first.stderr.String(), 20), tail(proc.stderr.String(), 20))
	}
	switch {
	case quiet && sentAll != 0:
		t.Errorf("%d reminders sent in the quiet hours, want 0", sentAll)
	case quiet && wrong != 0:
		t.Errorf("%d reminders held to another time than %s", wrong, morning)
	case !quiet && heldAll != 0:
		t.Errorf("%d reminders held in the sending hours, want 0 (all sent)", heldAll)
	case !quiet && sentAtKill == 0:
		t.Errorf("nothing was sent before the kill: the kill did not fall while sending")
	}
}

// TestParseClockStart: --clock-start takes an RFC 3339 time with its zone,
// seconds optional; anything else is refused (and the bot does not start).
func TestParseClockStart(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2027-03-01T09:00+08:00", time.Date(2027, 3, 1, 9, 0, 0, 0, knowledge.China), true},
		{"2027-03-01T01:00Z", time.Date(2027, 3, 1, 9, 0, 0, 0, knowledge.China), true},
		{"2027-03-01T09:00:30+08:00", time.Date(2027, 3, 1, 9, 0, 30, 0, knowledge.China), true},
		{"2027-03-01T09:00:30.5+08:00", time.Date(2027, 3, 1, 9, 0, 30, 5e8, knowledge.China), true},
		{"2027-03-01T09:00", time.Time{}, false}, // no zone: whose 09:00?
		{"2027-03-01", time.Time{}, false},
		{"09:00+08:00", time.Time{}, false},
		{"2027-02-30T09:00+08:00", time.Time{}, false},
		{"", time.Time{}, false},
	} {
		got, err := parseClockStart(c.in)
		if (err == nil) != c.ok || c.ok && !got.Equal(c.want) {
			t.Errorf("parseClockStart(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
	flags := func(args ...string) *botFlags {
		var bf botFlags
		fs := flag.NewFlagSet("bot", flag.ContinueOnError)
		bf.register(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return &bf
	}
	if _, err := flags("--clock-start", "tomorrow").check("bot"); err == nil || !strings.Contains(err.Error(), "--clock-start") {
		t.Errorf("check with --clock-start tomorrow: %v, want a usage error naming the flag", err)
	}
	if bf := flags(); bf.clock != nil {
		t.Errorf("a clock without --clock-start")
	}
	bf := flags("--clock-start", "2027-03-01T09:00+08:00")
	if _, err := bf.check("bot"); err != nil {
		t.Fatal(err)
	}
	if now := bf.clock(); now.Before(time.Date(2027, 3, 1, 9, 0, 0, 0, knowledge.China)) || now.Sub(time.Date(2027, 3, 1, 9, 0, 0, 0, knowledge.China)) > time.Minute {
		t.Errorf("the clock reads %v right after the start at 09:00", now)
	}
}

// FuzzParseClockStart: any text is a time or an error, never a panic; a
// time read back from its RFC 3339 form is the same instant.
func FuzzParseClockStart(f *testing.F) {
	for _, s := range []string{"2027-03-01T09:00+08:00", "2027-03-01T09:00:30.5Z", "", "x", "2027-13-01T09:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseClockStart(s)
		if err != nil {
			return
		}
		again, err := parseClockStart(got.Format(time.RFC3339Nano))
		if err != nil || !again.Equal(got) {
			t.Errorf("%q read as %v, which reads back as %v, %v", s, got, again, err)
		}
	})
}
