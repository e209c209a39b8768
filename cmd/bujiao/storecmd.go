package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"bujiao/store"
	"bujiao/store/pg"
)

const storeUsage = `Usage:
  bujiao store migrate [--db URL|FILE]   bring the database's schema up to date
  bujiao store check   [--db URL|FILE]   check that the database can be read and is not damaged,
                                         and show what waits in the inbox and outbox
  bujiao store copy --from FILE.db --to postgres://USER@HOST/DB
                                         copy a SQLite database into an empty PostgreSQL one

--db is a SQLite file or a postgres:// (postgresql://) URL; without it,
$BUJIAO_DATABASE_URL, else %s.

copy refuses while a process (the bot, serve, chat) has the file open, and
refuses a target that holds any data. It copies every table — conversations,
events, the inbox (updates not yet applied included), the outbox, the polling
offset, shared cases and hand-offs — in one transaction, and prints each table's count in
the source and the target; it commits only if they match.`

// runStore implements "bujiao store": schema and moving between stores.
// env is $BUJIAO_DATABASE_URL, read by run.
func runStore(ctx context.Context, args []string, env string, stdout, stderr io.Writer) error {
	usage := fmt.Sprintf(storeUsage, store.DefaultPath())
	if len(args) == 0 {
		return usageError("store: want a command: migrate, check or copy\n\n%s", usage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "help", "-h", "--help", "-help":
		fmt.Fprintln(stdout, usage)
		return nil
	case "migrate", "check":
	case "copy":
		return runStoreCopy(ctx, rest, stdout, usage)
	default:
		return usageError("store: unknown command %q\n\n%s", cmd, usage)
	}
	fs := flag.NewFlagSet("store "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	def := env
	if def == "" {
		def = store.DefaultPath()
	}
	target := fs.String("db", def, "")
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil
		}
		return usageError("store %s: %v\n\n%s", cmd, err, usage)
	}
	if fs.NArg() > 0 {
		return usageError("store %s: unexpected argument %q\n\n%s", cmd, fs.Arg(0), usage)
	}
	if *target == "" {
		return usageError("store %s: --db: want a file or a postgres:// URL, got nothing", cmd)
	}
	name := dbName(*target)
	db, err := openStore(ctx, *target, openOptions{ReadOnly: cmd == "check"})
	if err != nil {
		return fmt.Errorf("store %s: %s: %w", cmd, name, err)
	}
	defer db.Close()
	if cmd == "migrate" {
		fmt.Fprintf(stdout, "%s: schema up to date (version %d)\n", name, schemaVersion(*target))
		return nil
	}
	if err := db.Check(ctx); err != nil {
		return fmt.Errorf("store check: %s: %w", name, err)
	}
	b, err := db.Backlog(ctx)
	if err != nil {
		return fmt.Errorf("store check: %s: %w", name, err)
	}
	fmt.Fprintf(stdout, "%s: ok (schema version %d)\n", name, schemaVersion(*target))
	fmt.Fprintf(stdout, "inbox: %d waiting (%d claimed), %d scheduled, %d parked\noutbox: %d waiting (%d claimed)\n",
		b.InboxWaiting, b.InboxClaimed, b.InboxScheduled, b.InboxParked, b.OutboxWaiting, b.OutboxClaimed)
	return nil
}

func schemaVersion(target string) int {
	if pg.IsURL(target) {
		return pg.SchemaVersion()
	}
	return store.SchemaVersion()
}

func runStoreCopy(ctx context.Context, args []string, stdout io.Writer, usage string) error {
	fs := flag.NewFlagSet("store copy", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return nil
		}
		return usageError("store copy: %v\n\n%s", err, usage)
	}
	switch {
	case fs.NArg() > 0:
		return usageError("store copy: unexpected argument %q\n\n%s", fs.Arg(0), usage)
	case *from == "" || *to == "":
		return usageError("store copy: want --from FILE.db and --to postgres://…\n\n%s", usage)
	case pg.IsURL(*from):
		return usageError("store copy: --from: want the SQLite file, got a PostgreSQL URL")
	case !pg.IsURL(*to):
		return usageError("store copy: --to: want a postgres:// URL, got %q", *to)
	}
	dst, err := pg.Open(ctx, *to, pg.Options{})
	if err != nil {
		return fmt.Errorf("store copy: --to: %w", err)
	}
	defer dst.Close()
	counts, err := pg.CopyFromSQLite(ctx, *from, dst)
	if err != nil {
		return fmt.Errorf("store copy: %w", err)
	}
	fmt.Fprintf(stdout, "copied %s to %s\n", *from, pg.Redact(*to))
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "table\tsource\ttarget\t")
	for _, c := range counts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", c.Table, c.Source, c.Target)
	}
	tw.Flush()
	fmt.Fprintln(stdout, "verified: every table has as many rows in the target as in the source")
	return nil
}
