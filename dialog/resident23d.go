package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// Round 23d readings (issue 17), kept apart to ease merging:
//
//   - "what now" asked with the words that put it first or now ("那我现在
//     第一步该干嘛", "ok so what do I do right now?", "where do I start"):
//     the next step of the person's own case, as "现在怎么办" is.
//   - "can I talk to a real person or call someone?": a person asked for,
//     not the hotline entry. The hand-off (or the human routes, which give
//     the same hotline numbers) answers it.

// firstNowWords23d only put "what to do" first or now.
var firstNowWords23d = []string{"第一步", "头一步", "首先", "最先", "马上", "立刻", "立马", "现在", "眼下", "目前", "先",
	"right now", "right away", "straight away", "immediately", "at this point", "first of all", "first", "today", "now"}

// startWords23d ask where to begin, the next step in other words.
var startWords23d = []string{"从哪开始", "从哪里开始", "从哪儿开始", "从哪下手", "从哪里下手", "从何下手", "从哪入手", "从哪里入手",
	"where do i start", "where do i begin", "where should i start", "where should i begin", "whats the first step",
	"what is the first step", "whats my first step", "what is my first step", "what are the first steps", "what do i do first",
	"what should i do first", "what do i need to do first"}

// asksNextStep23d reports "what now" said with first/now words around it.
func asksNextStep23d(msg string) bool {
	if len([]rune(msg)) > 40 {
		return false
	}
	s := strings.ToLower(strings.TrimSpace(msg))
	s = strings.NewReplacer("’", "", "'", "", "‘", "").Replace(s)
	for changed := true; changed; {
		changed = false
		for _, f := range leadFillers {
			if t, ok := strings.CutPrefix(s, f); ok && t != "" {
				s, changed = strings.TrimSpace(t), true
			}
		}
	}
	if onlyWords(s, startWords23d) {
		return true
	}
	t := " " + s + " "
	for _, w := range firstNowWords23d {
		if w[0] < 0x80 {
			t = strings.ReplaceAll(t, " "+w+" ", " ")
			t = strings.ReplaceAll(t, " "+w+"?", " ?")
		} else {
			t = strings.ReplaceAll(t, w, "")
		}
	}
	t = strings.TrimSpace(t)
	if t == "" || t == s {
		return false
	}
	return asksNextStep(t) || onlyWords(t, startWords23d)
}

// personWords23d ask for a person in so many words.
var personWords23d = []string{"真人", "转人工", "人工客服", "找人工", "人工服务", "活人", "real person", "a human", "live person",
	"talk to someone", "speak to someone", "talk to a person", "speak to a person", "talk to a human", "speak to a human",
	"speak with someone", "talk with someone", "an agent"}

// numberWords23d ask for the number itself ("what number do I call to
// talk to someone", "打哪个电话能问到真人"): the hotlines entry answers.
var numberWords23d = []string{"what number", "which number", "phone number", "the number", "what is the number", "whats the number",
	"哪个电话", "什么电话", "电话多少", "电话是多少", "号码", "电话号", "几号电话", "打哪个"}

// personOverHotline23d reports a person asked for where the best entry
// is only the hotlines one: the human routes give those numbers too.
func personOverHotline23d(kb *knowledge.Base, msg string, a understand.Analysis, known rules.Facts) bool {
	low := strings.ToLower(msg)
	if !containsAny(low, personWords23d) || (containsAny(low, numberWords23d) || whoToCall46d(low)) && !fedUp26a(low) && !personAskedAlone41(low) { // human26a.go
		return false
	}
	m := searchFAQ(kb, msg, a, known)
	return len(m) > 0 && m[0].FAQ.ID == "hotlines"
}

// personAskedAlone41 reports a person asked for in a clause of its own,
// apart from a clause that asks the number ("Is there a human I can talk
// to? phone number?", "有人工客服吗 电话多少"): two questions, and the
// human route answers both (it gives the numbers too). A number asked in
// the person's own clause ("what number do I call to talk to someone")
// still gets the hotlines entry.
func personAskedAlone41(low string) bool {
	// A space parts Chinese clauses, not English words.
	seps := "?？!！。.,，;；\n"
	if !strings.ContainsAny(low, "abcdefghijklmnopqrstuvwxyz") {
		seps += " "
	}
	for _, c := range strings.FieldsFunc(low, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if containsAny(c, personWords23d) && !containsAny(c, numberWords23d) && !whoToCall46d(c) { // route46d.go
			return true
		}
	}
	return false
}
