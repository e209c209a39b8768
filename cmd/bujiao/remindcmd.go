package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"bujiao/knowledge"
	"bujiao/store"
)

// runReminders implements "bujiao reminders": how many reminder firings
// fall due on each of the next 30 days (Beijing time), for operators
// planning around a morning burst. No chat ids, nothing about anyone. The
// database is opened read-only, safe next to a live bot.
func runReminders(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reminders", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", store.DefaultPath(), "database `file`")
	days := fs.Int("days", 30, "how many days ahead, 1 to 366")
	format := fs.String("format", "text", "output format: text or json")
	today := fs.String("today", "", "first day, YYYY-MM-DD (default: today in China)")
	usage := func() string {
		var b strings.Builder
		fs.SetOutput(&b)
		fmt.Fprintf(&b, "usage: bujiao reminders [--db FILE] [--days N] [--today YYYY-MM-DD] [--format text|json]\n\n"+
			"Reminder firings due on each day (Beijing time; they are sent 08:00-09:00), counts only: no chat ids.\n\n")
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		return strings.TrimRight(b.String(), "\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage())
			return nil
		}
		return usageError("reminders: %v\n\n%s", err, usage())
	}
	if fs.NArg() > 0 {
		return usageError("reminders: unexpected argument %q\n\n%s", fs.Arg(0), usage())
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
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("reminders: --db: no database at %s: %w", *dbPath, err)
	}
	db, err := store.OpenWith(ctx, *dbPath, store.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("reminders: %w", err)
	}
	defer db.Close()
	counts, err := db.RemindersDue(ctx, from, *days, knowledge.China)
	if err != nil {
		return fmt.Errorf("reminders: %w", err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Days []store.DayCount `json:"days"`
		}{counts})
	}
	var b strings.Builder
	total := 0
	fmt.Fprintf(&b, "reminders due per day (Beijing time, sent 08:00-09:00), %s:\n", *dbPath)
	for _, c := range counts {
		total += c.Count
		fmt.Fprintf(&b, "%s  %d\n", c.Day, c.Count)
	}
	fmt.Fprintf(&b, "total  %d\n", total)
	_, err = io.WriteString(stdout, b.String())
	return err
}
