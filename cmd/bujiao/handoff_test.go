package main

import (
	"strings"
	"testing"
)

// TestStaffFlags: the hand-off flags are checked before anything starts,
// with a message naming the flag.
func TestStaffFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // "" for ok
	}{
		{nil, ""},
		{[]string{"--staff-chat", "-1001234567890", "--staff-hours", "Mon-Fri 09:00-18:00", "--staff-label", "first-name"}, ""},
		{[]string{"--staff-chat", "12345"}, "--staff-chat"},
		{[]string{"--staff-chat", "group"}, "--staff-chat"},
		{[]string{"--staff-hours", "9 to 5"}, "--staff-hours"},
		{[]string{"--staff-label", "nickname"}, "--staff-label"},
		{[]string{"--staff-reply-timeout", "10s"}, "--staff-reply-timeout"},
		{[]string{"--staff-rate", "-1"}, "--staff-rate"},
		{[]string{"--staff-rate", "30", "--group-rate", "10"}, "--staff-rate"},
	} {
		var out, errOut strings.Builder
		env := func(string) string { return "" }
		err := runBotEnv(t.Context(), tc.args, env, &out, &errOut)
		// Valid flags get as far as the missing token.
		if tc.want == "" {
			if err == nil || !strings.Contains(err.Error(), "token") {
				t.Errorf("%v: want the missing-token error, got %v", tc.args, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one naming %s", tc.args, err, tc.want)
		}
	}
	var out, errOut strings.Builder
	if err := runServe(t.Context(), []string{"--staff-chat", "-100123"}, &out, &errOut); err == nil ||
		!strings.Contains(err.Error(), "--bot") {
		t.Errorf("serve --staff-chat without --bot: %v", err)
	}
}
