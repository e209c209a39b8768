package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestAskICSExitStatus: an answer with no dated deadline is exit status 1
// (not 2: the flags were fine) with the reason in the asked language, and
// nothing on stdout — an empty calendar is not valid iCalendar.
func TestAskICSExitStatus(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"--scheme", "employee", "--retirement", "retired", "--region", "shanghai"}, 1, "", "这个答复没有具体日期的期限"},
		{[]string{"--lang", "en", "--scheme", "employee", "--retirement", "retired", "--region", "shanghai"}, 1, "", "this answer has no dated deadline"},
		{[]string{"--scheme", "employee", "--payer", "individual", "--gap-months", "2", "--region", "shanghai"}, 0, "DTSTART;VALUE=DATE:20270114\r\n", ""},
		{[]string{"--scheme", "employee"}, 2, "", "缺少 --"},
	} {
		var out, errb bytes.Buffer
		args := append([]string{"ask", "--format", "ics", "--today", "2026-11-25"}, c.args...)
		code := exitCode(run(context.Background(), args, strings.NewReader(""), &out, &errb), &errb)
		if code != c.code || !strings.Contains(out.String(), c.out) || (c.out == "" && out.Len() > 0) || !strings.Contains(errb.String(), c.err) {
			t.Errorf("%v: exit %d (want %d)\nstdout %q\nstderr %q", c.args, code, c.code, out.String(), errb.String())
		}
	}
}
