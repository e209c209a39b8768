package terminal

import (
	"bufio"
	"io"
	"strings"
	"testing"

	"bujiao/dialog"
)

func TestLinesUpTo(t *testing.T) {
	long := strings.Repeat("x", 50)
	in := "a\r\nbb\n" + long + "\nafter\n" + long + long + "\nend"
	sc := bufio.NewScanner(strings.NewReader(in))
	sc.Buffer(make([]byte, 16), 64)
	sc.Split(linesUpTo(10))
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{"a", "bb", "xxxxxxxxxx", "after", "xxxxxxxxxx", "end"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// TestTypedNumberIsAnAnswer: at an amount or date question (its only
// buttons skip and navigate) a typed "2" is the amount 2, not button 2
// ("back"); where the options are choices, digits still pick them.
func TestTypedNumberIsAnAnswer(t *testing.T) {
	cases := []struct {
		name    string
		buttons [][]dialog.Button
		key     string
		pick    bool
		index   int
	}{
		{"amount question", [][]dialog.Button{{{Label: "skip", Data: "p:arrears"}}, {{Label: "back", Data: "c:back"}, {Label: "restart", Data: "c:restart"}}}, "2", false, 0},
		{"date question", [][]dialog.Button{{{Label: "skip", Data: "p:due_date"}}, {{Label: "back", Data: "c:back"}}}, "1", false, 0},
		{"amount question, letter", [][]dialog.Button{{{Label: "skip", Data: "p:arrears"}}, {{Label: "back", Data: "c:back"}}}, "b", true, 1},
		{"choice question", [][]dialog.Button{{{Label: "employee", Data: "s:scheme:employee"}, {Label: "resident", Data: "s:scheme:resident"}}}, "2", true, 1},
		{"unit status skip", [][]dialog.Button{{{Label: "normal", Data: "s:unit_status:normal"}}, {{Label: "skip", Data: "p:unit_status"}}}, "2", true, 1},
	}
	for _, c := range cases {
		k := show(io.Discard, []dialog.Reply{{Buttons: c.buttons}})
		i, ok := pick(c.key, k)
		if ok != c.pick || (ok && i != c.index) {
			t.Errorf("%s: %q picks (%d, %v), want (%d, %v)", c.name, c.key, i, ok, c.index, c.pick)
		}
	}
}
