package dialog

import (
	"strings"
	"testing"
)

// A person asked for in a clause of its own, beside a clause asking the
// number, is two questions: the human route answers both.
func TestPersonAskedAlone41(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"Is there a human I can talk to? phone number?", true},
		{"is there a real person? what number do i call", true},
		{"i want to talk to a real person, whats the phone number", true},
		{"有人工客服吗 电话多少", true},
		{"有没有真人？号码是多少", true},
		{"转人工。电话号码给我一下", true},
		{"what number do I call to talk to someone", false},
		{"which number do i ring to speak to a person", false},
		{"打哪个电话能问到真人", false},
		{"真人客服电话多少", false},
	} {
		if got := personAskedAlone41(strings.ToLower(c.msg)); got != c.want {
			t.Errorf("personAskedAlone41(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}
