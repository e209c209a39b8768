package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseCommand parses a subcommand's flags as every such command does:
// --help prints the usage (intro, then the flags) to stdout and asks the
// caller to stop with no error; a bad flag or a stray argument is a usage
// error (exit 2) followed by the usage.
func parseCommand(fs *flag.FlagSet, name, intro string, args []string, stdout io.Writer) (stop bool, err error) {
	usage := func() string {
		var b strings.Builder
		fs.SetOutput(&b)
		b.WriteString(intro)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		return strings.TrimRight(b.String(), "\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage())
			return true, nil
		}
		return true, usageError("%s: %v\n\n%s", name, err, usage())
	}
	if fs.NArg() > 0 {
		return true, usageError("%s: unexpected argument %q\n\n%s", name, fs.Arg(0), usage())
	}
	return false, nil
}
