package terminal

import (
	"bufio"
	"strings"
	"testing"
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
