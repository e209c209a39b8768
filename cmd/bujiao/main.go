// Command bujiao helps people in China whose medical insurance
// contributions were interrupted: a terminal chat, a one-shot answer for
// help-desk staff (ask), a Telegram bot, a local web page, and tools for
// the people who maintain the knowledge base.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitError carries an exit status and a message already written for people.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageError is a bad command line: exit status 2, as flag does.
func usageError(format string, a ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, a...)}
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "bujiao:", err)
	return 1
}

const topUsage = `bujiao — help with interrupted medical insurance contributions (医保断缴补缴助手)

Usage:
  bujiao chat   [flags]   talk it through in the terminal (the default)
  bujiao ask    [flags]   one answer from flags, for help-desk staff (bujiao ask --help)
  bujiao bot    [flags]   run the Telegram bot (needs TELEGRAM_BOT_TOKEN)
  bujiao serve  [flags]   run the help-desk web page and JSON API
  bujiao kb     COMMAND   knowledge-base tools: lint, test, faq, diff, export
  bujiao stats  [flags]   usage statistics from the database
  bujiao reminders [flags] reminders due per day, next 30 days (no chat ids)
  bujiao store  COMMAND   the database: migrate, check, copy (SQLite to PostgreSQL)
  bujiao version          print the build's and the knowledge base's version (also --version)

Run 'bujiao COMMAND --help' for a command's flags. A bad command line exits 2.`

// run is the whole program; main only supplies the process's context,
// arguments and streams, so tests call run directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return runChat(ctx, nil, stdin, stdout, stderr)
	}
	cmd, rest := args[0], args[1:]
	dbEnv := os.Getenv(databaseEnv)
	rest = withDatabaseEnv(cmd, rest, dbEnv)
	switch cmd {
	case "ask":
		return runAsk(ctx, rest, stdout, stderr)
	case "chat":
		return runChat(ctx, rest, stdin, stdout, stderr)
	case "kb":
		return runKB(ctx, rest, stdout, stderr)
	case "stats":
		return runStats(ctx, rest, stdout, stderr)
	case "reminders":
		return runReminders(ctx, rest, stdout, stderr)
	case "bot":
		return runBotEnv(ctx, rest, os.Getenv, stdout, stderr)
	case "serve":
		return runServeEnv(ctx, rest, os.Getenv, stdout, stderr)
	case "store":
		return runStore(ctx, rest, dbEnv, stdout, stderr)
	case "version", "--version", "-version":
		return runVersion(ctx, rest, stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprintln(stdout, topUsage)
		return nil
	default:
		return usageError("bujiao: unknown command %q\n\n%s", cmd, topUsage)
	}
}
