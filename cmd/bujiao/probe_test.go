package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestDuplicateProbe is the persistence contract's first test at process
// level: two bot processes on one SQLite file, both polling the same Bot
// API, carry 60 people through their conversations. Each person's messages
// must be exactly those one process alone sends for the same steps — none
// twice, none lost. (Before the claims, two processes sent every second
// message twice.)
//
// BUJIAO_PROBE_BIN=/path/to/bujiao runs the two processes from another
// build (an older one, to measure it) and reports instead of failing.
func TestDuplicateProbe(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot as separate processes")
	}
	if _, err := exec.LookPath("bujiao"); err != nil {
		t.Skip("the bujiao command is not on PATH (TestMain sets it up)")
	}
	const people, steps = 60, 4
	other := os.Getenv("BUJIAO_PROBE_BIN")
	want := probeRun(t, 1, people, steps, "")
	got := probeRun(t, 2, people, steps, other)
	dups, lost := 0, 0
	for i := range people {
		w, g := want[i], got[i]
		for _, text := range uniq(append(slices.Clone(w), g...)) {
			cw, cg := count(w, text), count(g, text)
			if cg > cw {
				dups += cg - cw
			} else {
				lost += cw - cg
			}
		}
	}
	t.Logf("two processes, %d people × %d steps: %d messages sent twice, %d missing (one process: %d messages)",
		people, steps, dups, lost, total(want))
	if other == "" && dups+lost != 0 {
		t.Errorf("want every message once")
	}
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

func uniq(list []string) []string {
	slices.Sort(list)
	return slices.Compact(list)
}

func total(m map[int][]string) int {
	n := 0
	for _, l := range m {
		n += len(l)
	}
	return n
}

// probeRun runs procs bot processes on one fresh database against one
// fake Bot API and returns what each person received (texts of sends and
// edits, in order).
func probeRun(t *testing.T, procs, people, steps int, bin string) map[int][]string {
	t.Helper()
	api := newCrashAPI(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "bot.db")
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte(testBotToken), 0o600); err != nil {
		t.Fatal(err)
	}
	var running []*botProcess
	for range procs {
		p := startBot(t, api, dbPath, tokenFile, "")
		if bin != "" && procs > 1 {
			p.cmd.Process.Kill()
			<-p.done
			p = startBin(t, bin, api, dbPath, tokenFile)
		}
		running = append(running, p)
	}
	defer func() {
		for _, p := range running {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Kill()
				<-p.done
			}
		}
	}()
	deadline := time.Now().Add(60 * time.Second)
	var wg sync.WaitGroup
	ps := make([]*person, people)
	for i := range people {
		ps[i] = &person{chat: int64(300_000 + i), steps: steps}
		wg.Go(func() {
			if err := api.converse(ps[i], false, deadline); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// Late duplicates would arrive now.
	time.Sleep(500 * time.Millisecond)
	for _, p := range running {
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			t.Fatal("a bot did not stop")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", tail(p.stderr.String(), 30))
		}
	}
	out := map[int][]string{}
	api.mu.Lock()
	defer api.mu.Unlock()
	for i, p := range ps {
		for _, m := range api.chats[p.chat] {
			out[i] = append(out[i], m.text)
		}
	}
	return out
}

// startBin is startBot with another binary.
func startBin(t *testing.T, bin string, api *crashAPI, dbPath, tokenFile string) *botProcess {
	t.Helper()
	cmd := exec.Command(bin, "bot", "--token-file", tokenFile, "--api-url", api.srv.URL, "--db", dbPath,
		"--rate", "2000", "--chat-rate", "200", "--log-format", "json")
	p := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	return p
}
