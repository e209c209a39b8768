package dialog

import (
	"sort"
	"strings"
	"testing"
)

func TestZZWalk(t *testing.T) {
	m := testMachine(t)
	counts := map[int]int{}
	seqs := map[string]int{}
	var longest []string
	var walk func(s State, path []string, replies []Reply)
	n := 0
	walk = func(s State, path []string, replies []Reply) {
		last := replies[len(replies)-1]
		answer := false
		var opts []string
		for _, row := range last.Buttons {
			for _, b := range row {
				if b.Data == "f:y:answer" {
					answer = true
				}
				if strings.HasPrefix(b.Data, "s:") || strings.HasPrefix(b.Data, "p:") {
					opts = append(opts, b.Data)
				}
			}
		}
		if answer || len(path) > 12 {
			n++
			counts[len(path)+1]++
			var qs []string
			for _, x := range path {
				qs = append(qs, strings.Join(strings.Split(x, ":")[:2], ":"))
			}
			seqs[strings.Join(qs, " ")]++
			if len(path) > len(longest) {
				longest = path
			}
			if !answer {
				t.Errorf("no answer: %v", path)
			}
			return
		}
		if len(opts) == 0 {
			t.Errorf("stuck: %v: %s", path, last.PlainText())
			return
		}
		for _, o := range opts {
			s2, r2, _ := m.Step(s, Input{Data: o}, testNow)
			walk(s2, append(append([]string(nil), path...), o), r2)
		}
	}
	s, r, _ := m.Step(State{}, Input{Text: "/start", LangHint: "zh"}, testNow)
	walk(s, nil, r)
	var ks []int
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		t.Logf("%d updates: %d paths", k, counts[k])
	}
	var ss []string
	for k, v := range seqs {
		ss = append(ss, k+"  x"+itoa(v))
	}
	sort.Strings(ss)
	for _, k := range ss {
		t.Logf("%d %s", strings.Count(k, " ")-1+2, k)
	}
	t.Logf("paths %d, longest %v", n, longest)
}
