package dialog

import (
	"regexp"
	"strings"

	"golang.org/x/text/width"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Short replies about the conversation itself: "现在怎么办" in the middle
// of a case is about that case (the next step of its answer), "上面说过了"
// says a question was answered before, and an age at the retirement
// question is no retirement status.

var (
	nextStepWords = []string{"现在怎么办", "那现在怎么办", "接下来怎么办", "接下来呢", "下一步呢", "下一步怎么做", "下一步", "我该怎么做",
		"我该怎么办", "该怎么办", "那怎么办", "怎么办", "然后呢", "那我要怎么做", "我要怎么做", "要怎么做", "what do i do now", "what should i do",
		"what do i do", "what now", "now what", "next step", "next steps", "what next", "what should i do now",
		// Everyday and northern wordings: "那我下一步该干嘛", "咋整".
		"下一步该干嘛", "下一步干嘛", "下一步该干啥", "下一步干啥", "该干嘛", "该干啥", "要干嘛", "咋办", "该咋办", "咋整", "那咋整",
		"下一步咋办", "what should i do next", "what do i do next", "whats next"}
	saidWords = []string{"上面说过了", "前面说过了", "上面说了", "前面说了", "说过了", "已经说了", "已经说过了", "不是说了吗", "我说过了",
		"i already said", "i said that", "already told you", "i told you", "said that already", "see above"}
	// particles that may go with them: "现在怎么办啊", "what now?"
	talkParticles = []string{"啊", "呀", "呢", "吗", "嘛", "了", "哦", "那", "我", "?", "？", "!", "！", ".", "。", ",", "，", " ", "please", "then", "so"}
	ageRE         = regexp.MustCompile(`^(?:我|本人)?(?:今年|现在|快|都)?(?:已经)?\s*(\d{2})\s*(?:岁|周岁)?(?:了)?(?:吧)?$|^(?:i'?m|i am|age)\s*(\d{2})(?:\s*(?:years old|yrs old|y/o))?$`)
)

// noRepayWords say nothing will be back-paid.
var noRepayWords = []string{"不补", "不补了", "不想补", "不打算补", "不用补", "不补缴", "不补缴了", "不交了", "不想补了",
	"no", "none", "no back pay", "dont want to", "i wont"}

// noGapWords say nothing is unpaid.
var noGapWords = []string{"没断过", "没断", "没有断", "没断缴", "没有断缴", "一直在交", "一直在缴", "一直交着", "一直缴着", "没停过",
	"never lapsed", "no gap", "not lapsed", "never stopped", "havent missed", "no months missed", "never missed"}

// noGap reports a reply at the gap question that says there is none; a
// number in it ("没断过3个月") is left to the reader.
func noGap(msg string) bool {
	s := strings.ToLower(width.Fold.String(msg))
	if len([]rune(s)) > 30 || strings.ContainsAny(s, "0123456789二三四五六七八九十两半") || strings.Contains(s, "一个") {
		return false
	}
	for _, w := range noGapWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hedgedYes reports a yes said with care at the end of a reply: "现在是12月
// 应该是吧", "I think so".
func hedgedYes(msg string) bool {
	low := strings.ToLower(strings.Trim(msg, " .!?"))
	for _, w := range []string{"i think so", "probably yes", "i believe so", "yes i think"} {
		if strings.HasSuffix(low, w) && !strings.Contains(low, "not") {
			return true
		}
	}
	s := bareTalk(msg)
	for _, w := range []string{"应该是吧", "应该是", "大概是吧", "应该在吧", "应该在", "是吧"} {
		if strings.HasSuffix(s, w) {
			return !strings.Contains(s, "不是") && !strings.Contains(s, "not")
		}
	}
	return false
}

// onlyWords reports whether msg, lower-cased and without the particles,
// is one of words.
func onlyWords(msg string, words []string) bool {
	if len([]rune(msg)) > 30 {
		return false
	}
	s := bareTalk(msg)
	for _, w := range words {
		if s != "" && s == bareTalk(w) {
			return true
		}
	}
	return false
}

// bareTalk is a short reply folded, lower-cased and without particles.
func bareTalk(s string) string {
	s = strings.ToLower(strings.TrimSpace(width.Fold.String(s)))
	for _, p := range talkParticles {
		s = strings.ReplaceAll(s, p, "")
	}
	return s
}

// bareAge folds a reply for ageRE.
func bareAge(s string) string { return strings.ToLower(strings.TrimSpace(width.Fold.String(s))) }

// conversational handles the short replies above. It reports whether it
// replied.
func (t *turn) conversational(msg string) bool {
	switch {
	case asksNextStep(msg) && (t.s.Answered || t.s.Facts.Scheme != ""):
		t.nextStep()
		return true
	case onlyWords(msg, saidWords) && t.s.Asking != "":
		t.say(para(text(t.msg("d.said_before"))))
		t.ask(t.s.Asking)
		return true
	case t.s.Asking == rules.FieldInWindow && hedgedYes(msg):
		// "现在是12月 应该是吧": a yes said with care (the month is today's,
		// no gap).
		return t.answerAsked("y")
	case t.s.Asking == rules.FieldGap && noGap(msg):
		// "没断过，只是问问": nothing unpaid.
		return t.answerAsked("0")
	case t.s.Asking == rules.FieldRepayYears && onlyWords(msg, noRepayWords):
		// "不补了": nothing to back-pay.
		return t.answerAsked("0")
	case t.s.Asking == rules.FieldRetirement && ageRE.MatchString(bareAge(msg)):
		t.say(para(text(t.msg("d.age_not_status"))))
		t.ask(t.s.Asking)
		return true
	}
	return false
}

// answerAsked answers the question on screen with v and moves on.
func (t *turn) answerAsked(v string) bool {
	got, ok := t.setValue(t.s.Asking, v)
	if !ok {
		return false
	}
	if got {
		t.sayGot([]rules.Field{t.s.Asking})
	}
	t.advance()
	return true
}

// nextStep answers "what do I do now" with the first steps of the
// person's own answer, or, before the answer, says the question on screen
// comes first.
func (t *turn) nextStep() {
	if !t.s.Answered || t.s.Asking != "" {
		t.say(para(text(t.msg("d.next_after_question"))))
		t.advanceOrAsk()
		return
	}
	o, err := t.kb.Evaluate(t.s.Facts, t.today)
	if err != nil {
		t.s.Answered = false
		t.advance()
		return
	}
	a := t.kb.BuildAnswer(&o, t.s.Lang)
	var items [][]Span
	for _, s := range a.Steps[:min(3, len(a.Steps))] {
		items = append(items, []Span{text(knowledge.FirstSentence(s.Text, t.s.Lang))})
	}
	blocks := []Block{para(bold(t.msg("d.next_steps")))}
	if len(items) > 0 {
		blocks = append(blocks, list(Numbered, items...))
	}
	blocks = append(blocks, para(text(t.msg("d.next_steps_more"))))
	// The steps are the case answer's own: counted as an answer shown.
	t.event(Event{Kind: EvAnswer, Verdict: string(o.Verdict), Region: o.Region})
	t.sayButtons(t.afterButtons(), blocks...)
}
