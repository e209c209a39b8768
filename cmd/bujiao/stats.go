package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"bujiao/knowledge"
	"bujiao/store"
	"bujiao/store/pg"
)

const statsDateLayout = "2006-01-02"

// statsNow is the clock stats takes "today" from; tests set it.
var statsNow = time.Now

// runStats implements "bujiao stats": usage statistics for maintainers from
// the anonymous events in the database. Dates are days in China (the
// people it serves live there, whatever the server's time zone); --to is
// inclusive. The database is opened read-only, so it is safe to run next to
// a live bot. Errors about flags name the flag and exit 2; -h prints the
// usage and exits 0.
func runStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", store.DefaultPath(), "database `file` or postgres:// URL")
	fromFlag := fs.String("from", "", "first day, YYYY-MM-DD (default: 29 days before --to)")
	toFlag := fs.String("to", "", "last day, inclusive, YYYY-MM-DD (default: today)")
	format := fs.String("format", "text", "output format: text, json, or csv (one row per figure, for a spreadsheet)")
	kbDir := fs.String("kb", "", "knowledge `dir`ectory the FAQ choices are scored with (default: the built-in one)")
	if stop, err := parseCommand(fs, "stats", "usage: bujiao stats [--db FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json|csv] [--kb DIR]\n\n"+
		"Dates are days in China (UTC+8). Each FAQ entry is listed with the questions it was chosen for,\n"+
		"searched again with the knowledge base: \"!\" marks a close call (a score within 0.05 above the\n"+
		"minimum, or a runner-up within 0.05).\n\n", args, stdout); stop {
		return err
	}
	if *format != "text" && *format != "json" && *format != "csv" {
		return usageError("stats: --format: want text, json or csv, got %q", *format)
	}

	now := statsNow().In(knowledge.China)
	to := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, knowledge.China)
	if *toFlag != "" {
		d, err := time.ParseInLocation(statsDateLayout, *toFlag, knowledge.China)
		if err != nil {
			return usageError("stats: --to: want a date YYYY-MM-DD, got %q", *toFlag)
		}
		to = d
	}
	from := to.AddDate(0, 0, -29)
	if *fromFlag != "" {
		d, err := time.ParseInLocation(statsDateLayout, *fromFlag, knowledge.China)
		if err != nil {
			return usageError("stats: --from: want a date YYYY-MM-DD, got %q", *fromFlag)
		}
		from = d
	}
	if from.After(to) {
		return usageError("stats: --from %s is after --to %s", from.Format(statsDateLayout), to.Format(statsDateLayout))
	}
	if *dbPath == "" {
		return usageError("stats: --db: want a database file, got an empty path")
	}
	// A missing file would otherwise surface as SQLite's "unable to open".
	if !pg.IsURL(*dbPath) {
		if _, err := os.Stat(*dbPath); err != nil {
			return fmt.Errorf("stats: --db: no database at %s: %w", *dbPath, err)
		}
	}
	opened, err := openStore(ctx, *dbPath, openOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("stats: %s: %w", dbName(*dbPath), err)
	}
	defer opened.Close()
	db := opened.(statsStore) // both stores are
	base, err := db.Stats(ctx, from, to.AddDate(0, 0, 1))
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	rep := statsReport{Report: base}
	choices, err := db.FAQChoices(ctx, from, to.AddDate(0, 0, 1))
	if err != nil {
		return err
	}
	if rep.Lookups, err = db.Lookups(ctx, from, to.AddDate(0, 0, 1)); err != nil {
		return err
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	rep.FAQChoices = scoreChoices(kb, choices)
	if rep.FAQChoices == nil {
		rep.FAQChoices = []faqChoices{}
	}
	if rep.Lookups == nil {
		rep.Lookups = []store.LookupCount{}
	}
	ho, err := db.HandoffStats(ctx, from, to.AddDate(0, 0, 1))
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}

	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(statsJSON{rep, ho}); err != nil {
			return fmt.Errorf("stats: write: %w", err)
		}
		return nil
	}
	if *format == "csv" {
		if err := writeStatsCSV(stdout, rep); err != nil {
			return fmt.Errorf("stats: write: %w", err)
		}
		if err := writeHandoffCSV(stdout, ho); err != nil {
			return fmt.Errorf("stats: write: %w", err)
		}
		return nil
	}
	if err := writeStatsText(stdout, rep, from, to, dbName(*dbPath)); err != nil {
		return fmt.Errorf("stats: write: %w", err)
	}
	if err := writeHandoffText(stdout, ho); err != nil {
		return fmt.Errorf("stats: write: %w", err)
	}
	return nil
}

func writeStatsText(w io.Writer, sr statsReport, from, to time.Time, dbPath string) error {
	r := sr.Report
	var b strings.Builder
	fmt.Fprintf(&b, "bujiao stats %s to %s (%s)\n", from.Format(statsDateLayout), to.Format(statsDateLayout), dbPath)

	statsSection(&b, "Conversations")
	statsTable(&b, nil, [][]string{
		{"started", strconv.Itoa(r.ConversationsStarted), ""},
		{"finished", strconv.Itoa(r.ConversationsFinished), statsPercent(r.ConversationsFinished, r.ConversationsStarted, "of started")},
	})

	statsSection(&b, "Drop-off by question")
	rows := make([][]string, 0, len(r.Questions))
	for _, q := range r.Questions {
		rows = append(rows, []string{q.Question, strconv.Itoa(q.Asked), strconv.Itoa(q.Answered), strconv.Itoa(q.Abandoned)})
	}
	statsTable(&b, []string{"QUESTION", "ASKED", "ANSWERED", "ABANDONED"}, rows)

	statsSection(&b, "Verdicts by region")
	rows = rows[:0]
	for _, v := range r.Verdicts {
		rows = append(rows, []string{v.Region, v.Verdict, strconv.Itoa(v.Count)})
	}
	statsTable(&b, []string{"REGION", "VERDICT", "COUNT"}, rows)

	statsSection(&b, "FAQ")
	statsTable(&b, nil, [][]string{
		{"matched", strconv.Itoa(r.FAQHits), ""},
		{"unmatched", strconv.Itoa(r.FAQMisses), statsPercent(r.FAQMisses, r.FAQHits+r.FAQMisses, "of queries")},
	})

	statsSection(&b, "Top unmatched questions")
	rows = rows[:0]
	for _, t := range r.TopUnmatched {
		rows = append(rows, []string{strconv.Itoa(t.Count), t.Text})
	}
	statsTable(&b, []string{"COUNT", "QUESTION"}, rows)

	statsSection(&b, "Unmatched questions, similar wordings grouped")
	rows = rows[:0]
	for _, g := range r.UnmatchedGroups {
		rows = append(rows, []string{strconv.Itoa(g.Count), strconv.Itoa(len(g.Queries)), g.Example})
	}
	statsTable(&b, []string{"COUNT", "WORDINGS", "EXAMPLE"}, rows)

	statsSection(&b, "Places answered with the national baseline (no region file)")
	rows = rows[:0]
	for _, p := range r.FallbackPlaces {
		place := p.Text
		if place == "" {
			place = "(place not recorded)"
		}
		rows = append(rows, []string{strconv.Itoa(p.Count), place})
	}
	statsTable(&b, []string{"COUNT", "PLACE"}, rows)

	statsSection(&b, "Feedback")
	statsTable(&b, nil, [][]string{
		{"helpful", strconv.Itoa(r.HelpfulYes), ""},
		{"not helpful", strconv.Itoa(r.HelpfulNo), ""},
		{"helpful ratio", statsRatio(r), ""},
	})

	statsSection(&b, "Feedback by FAQ entry")
	rows = rows[:0]
	for _, f := range r.FAQFeedback {
		rows = append(rows, []string{f.FAQ, strconv.Itoa(f.HelpfulYes), strconv.Itoa(f.HelpfulNo),
			fmt.Sprintf("%.1f%%", 100*f.HelpfulRatio)})
	}
	statsTable(&b, []string{"FAQ", "HELPFUL", "NOT", "RATIO"}, rows)

	statsSection(&b, "Reminders")
	rows = rows[:0]
	for _, k := range store.ReminderEvents {
		rows = append(rows, []string{k, strconv.Itoa(r.Reminders[k])})
	}
	statsTable(&b, nil, rows)

	statsSection(&b, "Errors")
	rows = rows[:0]
	for _, e := range r.Errors {
		rows = append(rows, []string{strconv.Itoa(e.Count), e.Text})
	}
	statsTable(&b, []string{"COUNT", "CODE"}, rows)

	writeChoicesText(&b, sr.FAQChoices, sr.Lookups)

	_, err := io.WriteString(w, b.String())
	return err
}

// writeStatsCSV writes the report as one table a spreadsheet can pivot:
// section, name, detail, count, ratio. Every list of the report is there,
// each unmatched wording with its group's example as the detail.
func writeStatsCSV(w io.Writer, sr statsReport) error {
	r := sr.Report
	cw := csv.NewWriter(w)
	rec := func(section, name, detail string, count int, ratio string) {
		// A cell starting with = + - @ is a formula to a spreadsheet; the
		// texts are what people typed, so they are kept as text.
		for _, p := range []*string{&name, &detail} {
			if *p != "" && strings.ContainsRune("=+-@", rune((*p)[0])) {
				*p = "'" + *p
			}
		}
		cw.Write([]string{section, name, detail, strconv.Itoa(count), ratio})
	}
	ratio := func(x float64, n int) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatFloat(x, 'f', 3, 64)
	}
	cw.Write([]string{"section", "name", "detail", "count", "ratio"})
	rec("conversations", "started", "", r.ConversationsStarted, "")
	rec("conversations", "finished", "", r.ConversationsFinished, "")
	for _, q := range r.Questions {
		rec("question", q.Question, "asked", q.Asked, "")
		rec("question", q.Question, "answered", q.Answered, "")
		rec("question", q.Question, "abandoned", q.Abandoned, "")
	}
	for _, v := range r.Verdicts {
		rec("verdict", v.Region, v.Verdict, v.Count, "")
	}
	rec("faq", "matched", "", r.FAQHits, "")
	rec("faq", "unmatched", "", r.FAQMisses, "")
	for _, g := range r.UnmatchedGroups {
		for _, q := range g.Queries {
			rec("unmatched", q.Text, g.Example, q.Count, "")
		}
	}
	for _, p := range r.FallbackPlaces {
		rec("fallback_place", p.Text, "", p.Count, "")
	}
	rec("feedback", "answers and FAQ", "helpful", r.HelpfulYes, ratio(r.HelpfulRatio, r.HelpfulYes+r.HelpfulNo))
	rec("feedback", "answers and FAQ", "not helpful", r.HelpfulNo, "")
	for _, f := range r.FAQFeedback {
		rec("faq_feedback", f.FAQ, "helpful", f.HelpfulYes, ratio(f.HelpfulRatio, f.HelpfulYes+f.HelpfulNo))
		rec("faq_feedback", f.FAQ, "not helpful", f.HelpfulNo, "")
	}
	for _, k := range store.ReminderEvents {
		rec("reminders", k, "", r.Reminders[k], "")
	}
	for _, e := range r.Errors {
		rec("error", e.Text, "", e.Count, "")
	}
	for _, g := range sr.FAQChoices {
		for _, c := range g.Queries {
			close := ""
			if c.Close {
				close = "close: " + c.Reason
			}
			rec("faq_choice", g.FAQ, c.Text, c.Count, strconv.FormatFloat(c.Score, 'f', 3, 64))
			if close != "" {
				rec("faq_close", g.FAQ, c.Text+" — "+close, c.Count, "")
			}
		}
	}
	for _, l := range sr.Lookups {
		rec("lookup", l.Surface, l.Region+" "+l.Verdict, l.Count, "")
	}
	cw.Flush()
	return cw.Error()
}

func statsSection(b *strings.Builder, title string) { fmt.Fprintf(b, "\n%s\n", title) }

func statsPercent(n, of int, what string) string {
	if of == 0 {
		return ""
	}
	return fmt.Sprintf("(%.1f%% %s)", 100*float64(n)/float64(of), what)
}

func statsRatio(r store.Report) string {
	if r.HelpfulYes+r.HelpfulNo == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*r.HelpfulRatio)
}

// statsTable prints rows indented, columns padded by display width (Chinese
// characters take two cells, which text/tabwriter does not know), numbers
// right-aligned.
func statsTable(b *strings.Builder, header []string, rows [][]string) {
	if len(rows) == 0 {
		b.WriteString("  (none)\n")
		return
	}
	all := rows
	if header != nil {
		all = append([][]string{header}, rows...)
	}
	widths := map[int]int{}
	numeric := map[int]bool{}
	for c := range all[0] {
		numeric[c] = true
	}
	for _, row := range all {
		for c, cell := range row {
			widths[c] = max(widths[c], statsDisplayWidth(cell))
		}
	}
	for _, row := range rows {
		for c, cell := range row {
			if _, err := strconv.Atoi(cell); err != nil && cell != "" {
				numeric[c] = false
			}
		}
	}
	for _, row := range all {
		line := "  "
		for c, cell := range row {
			pad := strings.Repeat(" ", widths[c]-statsDisplayWidth(cell))
			if numeric[c] {
				line += pad + cell
			} else {
				line += cell + pad
			}
			if c < len(row)-1 {
				line += "  "
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// statsDisplayWidth counts East Asian wide and full-width characters as two
// terminal cells.
func statsDisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
			r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
			r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
			w += 2
		default:
			w++
		}
	}
	return w
}
