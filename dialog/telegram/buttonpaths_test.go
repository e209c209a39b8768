package telegram

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// maxButtonPathCalls bounds the message-class calls from /start to the
// first case answer on any path of button presses (issue 17: buttons only,
// at most 6, none higher): /start and at most five questions.
const maxButtonPathCalls = 6

// TestEveryButtonPath walks the paths of button presses from /start to the
// first case answer on the fake Bot API, each path in a chat of its own:
// every update costs exactly one message-class call, and every path reaches
// the answer within maxButtonPathCalls of them. Each answer button (and the
// pass on a question the answer can do without) is pressed at every
// question, once for each sequence of questions before it; a question met
// again after the same questions (the region after each of eight gaps) is
// continued by its first button. BUJIAO_ALL_PATHS=1 walks every path
// instead (839, about 20 s); the dialog package's
// TestEveryQuestionPathEndsInAnAnswer checks all of them without a
// transport. The buttons that only explain ("not sure which scheme",
// "answer by the first unpaid month"), go back or start over lead to no
// answer of their own and are not walked.
func TestEveryButtonPath(t *testing.T) {
	all := os.Getenv("BUJIAO_ALL_PATHS") == "1"
	h := newHarness(t)
	h.configure = unlimited
	h.start()
	messages := h.api.messagesTo
	// answers are the buttons of the newest keyboard that answer the
	// question on it.
	answers := func(c apiCall) []string {
		var out []string
		for _, d := range c.buttons() {
			if strings.HasPrefix(d, "s:") || strings.HasPrefix(d, "p:") {
				out = append(out, d)
			}
		}
		return out
	}
	var (
		paths   int
		longest []string
		byLen   = map[int]int{}
		pending = [][]string{nil} // paths begun, each continued by its first buttons
		chat    = int64(73_000)
		// branched are the questions whose every button was pressed,
		// keyed by the questions before them and their buttons.
		branched = map[string]bool{}
	)
	for len(pending) > 0 {
		path := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		chat++
		u := h.user(chat, "zh-hans")
		where := func() string { return "/start → " + strings.Join(path, " → ") }
		step := func(what string, do func() []apiCall) []apiCall {
			before := messages(chat)
			got := do()
			if n := messages(chat) - before; n != 1 {
				t.Errorf("%s: %s cost %d message-class calls, want 1", where(), what, n)
			}
			return got
		}
		got := step("/start", func() []apiCall { return u.say("/start") })
		for i, d := range path {
			got = step(d, func() []apiCall { return u.press(d) })
			if isAnswer(got) && i < len(path)-1 {
				t.Fatalf("%s: answered before the path's end", where())
			}
		}
		for !isAnswer(got) {
			opts := answers(u.lastKeyboard())
			if len(opts) == 0 {
				t.Fatalf("%s: neither an answer nor a question:\n%s", where(), joined(got))
			}
			if len(path)+1 >= maxButtonPathCalls+3 {
				t.Fatalf("%s: no answer after %d presses:\n%s", where(), len(path), joined(got))
			}
			key := strings.Join(opts, " ")
			for _, d := range path {
				f, _, _ := strings.Cut(d[2:], ":")
				key = f + " " + key
			}
			if all || !branched[key] {
				branched[key] = true
				for _, o := range slices.Backward(opts[1:]) {
					pending = append(pending, append(slices.Clip(path), o))
				}
			}
			path = append(path, opts[0])
			got = step(opts[0], func() []apiCall { return u.press(opts[0]) })
		}
		calls := messages(chat)
		paths++
		byLen[calls]++
		if calls > maxButtonPathCalls {
			t.Errorf("%s: %d message-class calls to the first case answer, want at most %d", where(), calls, maxButtonPathCalls)
		}
		if calls != len(path)+1 {
			t.Errorf("%s: %d message-class calls for %d updates", where(), calls, len(path)+1)
		}
		if len(path) > len(longest) {
			longest = slices.Clone(path)
		}
	}
	t.Logf("%d button paths from /start to the first case answer; message-class calls: %v", paths, byLen)
	t.Logf("longest: %d calls: /start → %s", len(longest)+1, strings.Join(longest, " → "))
	if paths < 50 {
		t.Errorf("only %d paths; the walk is broken", paths)
	}
}
