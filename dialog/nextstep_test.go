package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
)

// TestOnlyWords: the short replies about the conversation, with the
// particles people add, and nothing longer or different.
func TestOnlyWords(t *testing.T) {
	cases := []struct {
		msg  string
		next bool
		said bool
	}{
		{"现在怎么办", true, false}, {"那现在怎么办啊？", true, false}, {"What do I do now?", true, false},
		{"what now", true, false}, {"怎么办", true, false}, {"断缴了怎么办", false, false},
		{"上面说过了", false, true}, {"我前面说过了啊", false, true}, {"I already said", false, true},
		{"上海灵活就业断缴3个月", false, false}, {"", false, false}, {"了了了", false, false},
		{"那我下一步该干嘛", true, false}, {"这咋整啊", false, false}, {"那咋整", true, false}, {"what should I do next?", true, false},
		{"断了三个月咋办", false, false},
	}
	for _, c := range cases {
		if got := onlyWords(c.msg, nextStepWords); got != c.next {
			t.Errorf("%q next step = %v, want %v", c.msg, got, c.next)
		}
		if got := onlyWords(c.msg, saidWords); got != c.said {
			t.Errorf("%q said before = %v, want %v", c.msg, got, c.said)
		}
	}
	for _, age := range []string{"今年58", "我58岁了", "58", "i'm 58", "快60了"} {
		if !ageRE.MatchString(bareAge(age)) {
			t.Errorf("%q not read as an age", age)
		}
	}
	for _, notAge := range []string{"在职", "还有两年退休", "58年", "5"} {
		if ageRE.MatchString(bareAge(notAge)) {
			t.Errorf("%q read as an age", notAge)
		}
	}
}

// FuzzOnlyWords: never panics; an empty reply is nothing.
func FuzzOnlyWords(f *testing.F) {
	for _, s := range []string{"现在怎么办", "上面说过了", "what now?", "今年58", "？？"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bareTalk(s) == "" && (onlyWords(s, nextStepWords) || onlyWords(s, saidWords)) {
			t.Fatalf("%q: an empty reply read as words", s)
		}
		_ = ageRE.MatchString(bareAge(s))
	})
}

// TestHedgedYesAndNoRepay: the replies read at the window and repay
// questions before the free-text reader.
func TestHedgedYesAndNoRepay(t *testing.T) {
	for msg, want := range map[string]bool{"现在是12月 应该是吧": true, "应该是": true, "I think so": true,
		"应该不是吧": false, "不是": false, "12月": false, "": false} {
		if got := hedgedYes(msg); got != want {
			t.Errorf("hedgedYes(%q) = %v, want %v", msg, got, want)
		}
	}
	for msg, want := range map[string]bool{"不补": true, "不补了": true, "不想补了啊": true, "补1年": false, "none": true} {
		if got := onlyWords(msg, noRepayWords); got != want {
			t.Errorf("no repay %q = %v, want %v", msg, got, want)
		}
	}
}

// TestNoGap: "没断过，只是问问" at the gap question is no gap.
func TestNoGap(t *testing.T) {
	for msg, want := range map[string]bool{"没断过，只是问问": true, "一直在交": true, "never lapsed, just asking": true,
		"断了3个月": false, "没断3个月": false, "断了": false, "": false} {
		if got := noGap(msg); got != want {
			t.Errorf("noGap(%q) = %v, want %v", msg, got, want)
		}
	}
}

// TestTellsOwnCase: a run-on that asks is the person's case only when it
// speaks of them and names a place with who pays or why.
func TestTellsOwnCase(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	cases := map[string]bool{
		"我老公在深圳上班公司三个月没给交医保了他月底要做手术怎么办能报销吗":                     true,
		"how much do i pay a month as a freelancer in shanghai": true,
		"广州医保要交30年吗":  false,
		"深圳公司欠缴医保怎么办": false,
		"我断缴了能补吗":     false,
	}
	for msg, want := range cases {
		a := understand.Analyze(msg, today, kb, "")
		if got := tellsOwnCase(msg, a.Extracted); got != want {
			t.Errorf("tellsOwnCase(%q) = %v, want %v", msg, got, want)
		}
	}
}
