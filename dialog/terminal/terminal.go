// Package terminal shows a conversation in a terminal or a pipe: replies as
// plain text, buttons numbered, chosen by number or by typing.
package terminal

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bujiao/dialog"
	"bujiao/rules"
)

// ChatID is the one conversation a terminal holds: running `bujiao chat`
// again with the same database resumes it.
const ChatID int64 = 1

// Options configure a terminal session.
type Options struct {
	// Interactive shows a prompt; without it input lines are echoed, so a
	// piped session reads as a transcript.
	Interactive bool
	// LangHint picks the language of a new conversation.
	LangHint string
}

// Run talks to the person until the input ends, they type "quit", or ctx is
// cancelled.
func Run(ctx context.Context, r *dialog.Runner, in io.Reader, out io.Writer, opt Options) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 64*1024)
	sc.Split(linesUpTo(maxLine))
	replies, _, err := r.Handle(ctx, ChatID, 0, dialog.Input{Resume: true, LangHint: opt.LangHint})
	if err != nil {
		return err
	}
	buttons := show(out, replies)
	lines := make(chan string)
	scanErr := make(chan error, 1)
	go func() {
		defer close(lines)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		scanErr <- sc.Err()
	}()
	for {
		if opt.Interactive {
			fmt.Fprint(out, "\n> ")
		}
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			select {
			case err := <-scanErr:
				return err
			default:
				return nil
			}
		}
		if !opt.Interactive {
			fmt.Fprintf(out, "\n> %s\n", line)
		}
		trimmed := strings.TrimSpace(line)
		switch strings.ToLower(trimmed) {
		case "quit", "exit", "/quit", "/exit", "退出":
			return nil
		}
		input := dialog.Input{Text: line, LangHint: opt.LangHint}
		if i, ok := pick(trimmed, buttons); ok {
			input = dialog.Input{Data: buttons.buttons[i].Data}
		}
		replies, err := handle(ctx, r, input, opt.LangHint)
		if err != nil {
			return err
		}
		if len(replies) > 0 {
			buttons = show(out, replies)
		}
	}
}

// keyed is the buttons of the last turn and how they are chosen.
type keyed struct {
	buttons []dialog.Button
	letters bool
}

// pick finds the button a typed key chooses.
func pick(s string, k keyed) (int, bool) {
	if k.letters {
		s = strings.ToLower(s)
		if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' && int(s[0]-'a') < len(k.buttons) {
			return int(s[0] - 'a'), true
		}
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > len(k.buttons) {
		return 0, false
	}
	return n - 1, true
}

// show prints replies and keys their buttons across the whole turn. Buttons
// are numbered, except when the question itself takes a number (months,
// years): then they are lettered, so typing "8" still means eight months.
func show(out io.Writer, replies []dialog.Reply) keyed {
	var k keyed
	for _, r := range replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if a, err := dialog.DecodeAction(b.Data); err == nil && (a.Kind == dialog.ActSet && numeric(a.Value) ||
					a.Kind == dialog.ActSkip && takesNumber(a.Field)) {
					k.letters = true
				}
			}
		}
	}
	for _, r := range replies {
		fmt.Fprintln(out)
		fmt.Fprintln(out, r.PlainText())
		for _, row := range r.Buttons {
			var cells []string
			for _, b := range row {
				k.buttons = append(k.buttons, b)
				key := strconv.Itoa(len(k.buttons))
				if k.letters && len(k.buttons) <= 26 {
					key = string(rune('a' + len(k.buttons) - 1))
				}
				cells = append(cells, fmt.Sprintf("[%s] %s", key, b.Label))
			}
			fmt.Fprintln(out, "  "+strings.Join(cells, "   "))
		}
	}
	return k
}

// takesNumber reports whether a question is answered by typing an amount,
// a date or years: there a typed "2" is the answer, never button 2.
func takesNumber(f rules.Field) bool {
	d, ok := rules.FactByField(f)
	if !ok {
		return false
	}
	switch d.Kind {
	case rules.KindAmount, rules.KindDate, rules.KindMonth, rules.KindCount, rules.KindYears:
		return true
	}
	return false
}

func numeric(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// maxLine bounds one typed line; the engine reads far less of it anyway.
const maxLine = 16 * 1024

// linesUpTo splits input into lines, cutting a line longer than max and
// dropping the rest of it, so a huge paste is answered instead of ending
// the session with "token too long".
func linesUpTo(max int) bufio.SplitFunc {
	skipping := false
	return func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, '\n')
		switch {
		case skipping && i < 0:
			return len(data), nil, nil
		case skipping:
			skipping = false
			return i + 1, nil, nil
		case i >= 0 && i <= max:
			return i + 1, bytes.TrimSuffix(data[:i], []byte("\r")), nil
		case len(data) >= max:
			// Keep the first max bytes; drop the rest of the line.
			if i >= 0 {
				return i + 1, data[:max], nil
			}
			skipping = true
			return len(data), data[:max], nil
		case atEOF && len(data) > 0:
			return len(data), data, nil
		}
		return 0, nil, nil
	}
}
