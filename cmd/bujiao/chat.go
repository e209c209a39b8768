package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/terminal"
	"bujiao/knowledge"
	"bujiao/store"
)

const chatUsage = `bujiao chat — talk through a case in the terminal

Usage: bujiao chat [--lang zh|en] [--today YYYY-MM-DD] [--db FILE] [--kb DIR]

Buttons are shown numbered (or lettered when the question takes a number):
type the key, or just write your answer. Commands such as /back, /lang,
/summary and /help work as in the Telegram bot. Type quit to leave.

  --lang   starting language (default zh)
  --today  the date to answer for (default: today in China)
  --db     keep the conversation in this SQLite file (or postgres:// URL); running again resumes
           it (default: in memory, forgotten on exit)
  --kb     use another knowledge directory`

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "zh", "")
	today := fs.String("today", "", "")
	dbPath := fs.String("db", "", "")
	kbDir := fs.String("kb", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, chatUsage)
			return nil
		}
		return usageError("chat: %v\n\n%s", err, chatUsage)
	}
	l, ok := knowledge.ParseLang(*lang)
	if !ok {
		return usageError("chat: --lang: want zh or en, got %q", *lang)
	}
	now := time.Now
	if *today != "" {
		d, err := knowledge.ParseDay(*today)
		if err != nil {
			return usageError("chat: --today: %v", err)
		}
		// Noon in China keeps the fixed date whatever the host's zone.
		fixed := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, knowledge.China)
		now = func() time.Time { return fixed }
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	path := *dbPath
	if path == "" {
		path = ":memory:"
	}
	db, err := openStore(ctx, path, openOptions{})
	if err != nil {
		return fmt.Errorf("open conversation database %s: %w", dbName(path), err)
	}
	defer db.Close()
	if *dbPath != "" {
		// The terminal has no long-running sweeper; retention is applied
		// each time a stored conversation is opened.
		if _, err := db.Sweep(ctx, time.Now(), store.DefaultConversationTTL, store.DefaultEventTTL); err != nil {
			return fmt.Errorf("apply retention to %s: %w", dbName(path), err)
		}
	}
	m := dialog.New(kb)
	m.DefaultLang = l
	r := &dialog.Runner{Machine: m, Sessions: db, Now: now, Cases: db, Reminders: db}
	return terminal.Run(ctx, r, stdin, stdout, terminal.Options{Interactive: isTerminal(stdin), LangHint: string(l)})
}

// isTerminal reports whether r is an interactive terminal rather than a
// pipe or file, without a terminal library.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
