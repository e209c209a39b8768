package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"bujiao/dialog/persist"
	"bujiao/knowledge"
	"bujiao/store"
	"bujiao/store/pg"
)

// runReminders implements "bujiao reminders": how many reminder firings
// fall due on each of the next 30 days (Beijing time), for operators
// planning around a morning burst. No chat ids, nothing about anyone. The
// database is opened read-only, safe next to a live bot.
func runReminders(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reminders", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", store.DefaultPath(), "database `file` or postgres:// URL")
	days := fs.Int("days", 30, "how many days ahead, 1 to 366")
	format := fs.String("format", "text", "output format: text or json")
	today := fs.String("today", "", "first day, YYYY-MM-DD (default: today in China)")
	if stop, err := parseCommand(fs, "reminders", "usage: bujiao reminders [--db FILE|URL] [--days N] [--today YYYY-MM-DD] [--format text|json]\n\n"+
		"Reminder firings due on each day (Beijing time; they are sent 08:00-09:00), counts only: no chat ids.\n\n", args, stdout); stop {
		return err
	}
	if *days < 1 || *days > 366 {
		return usageError("reminders: --days: want 1 to 366, got %d", *days)
	}
	if *format != "text" && *format != "json" {
		return usageError("reminders: --format: want text or json, got %q", *format)
	}
	from := time.Now()
	if *today != "" {
		d, err := time.ParseInLocation("2006-01-02", *today, knowledge.China)
		if err != nil {
			return usageError("reminders: --today: want a date YYYY-MM-DD, got %q", *today)
		}
		from = d
	}
	if *dbPath == "" {
		return usageError("reminders: --db: want a database file or a postgres:// URL, got an empty one")
	}
	// A missing file would otherwise surface as SQLite's "unable to open".
	if !pg.IsURL(*dbPath) {
		if _, err := os.Stat(*dbPath); err != nil {
			return fmt.Errorf("reminders: --db: no database at %s: %w", *dbPath, err)
		}
	}
	opened, err := openStore(ctx, *dbPath, openOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("reminders: %s: %w", dbName(*dbPath), err)
	}
	defer opened.Close()
	db, ok := opened.(persist.Reminders)
	if !ok {
		return fmt.Errorf("reminders: %s cannot count reminders", dbName(*dbPath))
	}
	counts, err := db.RemindersDue(ctx, from, *days, knowledge.China)
	if err != nil {
		return fmt.Errorf("reminders: %w", err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Days []persist.DayCount `json:"days"`
		}{counts})
	}
	var b strings.Builder
	total := 0
	fmt.Fprintf(&b, "reminders due per day (Beijing time, sent 08:00-09:00), %s:\n", dbName(*dbPath))
	for _, c := range counts {
		total += c.Count
		fmt.Fprintf(&b, "%s  %d\n", c.Day, c.Count)
	}
	fmt.Fprintf(&b, "total  %d\n", total)
	_, err = io.WriteString(stdout, b.String())
	return err
}
