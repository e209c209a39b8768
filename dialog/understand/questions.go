package understand

import (
	"strings"
	"unicode/utf8"
)

// ---------------------------------------------------------------------------
// Questions

var zhStrongQ = []string{"怎么", "如何", "什么", "哪里", "哪儿", "哪些", "哪个", "多少", "为什么", "为啥", "怎样", "多久",
	"多长时间", "啥", "咋"}
var zhWeakQ = []string{"吗", "能不能", "可不可以", "是否", "能否", "有没有", "是不是", "会不会", "要不要", "需不需要",
	"几年", "几个月", "么"}
var enStrongQ = []string{"how", "what", "where", "when", "why", "which", "who", "whats", "hows"}
var enWeakQ = []string{"can i", "could i", "do i", "does", "is it", "should", "will i", "am i", "is there",
	"are there", "can my", "can you", "is my", "do you", "shall", "may i", "would", "need i", "must i"}

// clauseStart reports whether the English word at i begins a clause (perhaps
// after so/and/but/then/ok/please).
func clauseStart(s string, i int) bool {
	w, p := prevWord(s, i)
	switch w {
	case "so", "and", "but", "then", "ok", "okay", "hi", "hello", "please", "also", "thanks", "well":
		w, _ = prevWord(s, p)
	}
	return w == ""
}

// questionScore weighs question words: wh-words count 2, others 1. Requests
// for the main flow (怎么办, what should I do) do not count.
func (x *extractor) questionScore() int {
	s := x.s
	score := 0
	for _, h := range x.hits[:x.nh] {
		w, rest := s[h.pos:h.end], s[h.end:]
		switch h.list {
		case lStrongQ:
			switch {
			case (w == "怎么" || w == "咋") && strings.HasPrefix(rest, "办"):
			case w == "what" && hasPrefixAny(rest, []string{" should i do", " can i do", " do i do", " now", " to do", " shall i do"}):
			case w[0] < 0x80 && (w == "when" || !clauseStart(s, int(h.pos))):
				// "when I left my job", "I know what I paid": a statement
				// unless the question mark says otherwise.
				score++
			default:
				score += 2
			}
		case lWeakQ:
			p, _ := utf8.DecodeLastRuneInString(s[:h.pos])
			if w == "么" && strings.ContainsRune("什怎那这多要", p) || strings.HasPrefix(w, "几") && strings.ContainsRune("十好", p) {
				continue // 什么, 怎么 (counted above); 十几个月, 好几年 (a statement)
			}
			score++
		}
	}
	if strings.HasSuffix(s, "呢") {
		score++
	}
	return score
}
