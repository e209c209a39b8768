package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
)

// A request for a language, read as a small grammar rather than a list of
// sentences (heldout10 h10-en-then-zh: "可以说中文吗 英文看不太懂"):
//
//   - a verb of speaking or writing, or of changing, right before a
//     language ("说中文", "讲普通话", "用中文回", "换成英文", "改英语");
//   - a language, then a request ("中文吧", "中文可以吗", "中文好吗");
//   - a language not understood: the other one is wanted ("英文看不懂",
//     "看不太懂英文", "i cant read chinese");
//   - in English: a verb, an optional "in", then the language ("speak
//     chinese", "reply in mandarin", "switch to english"), or "chinese
//     please".

// langNames are the names of each language in either language's words.
var langNames = []struct {
	lang  string
	names []string
}{
	{"zh", []string{"中文", "汉语", "漢語", "普通话", "普通話", "国语", "國語", "华语", "華語", "中国话", "中國話", "汉字", "漢字", "chinese", "mandarin", "putonghua", "zhongwen"}},
	{"en", []string{"英文", "英语", "英語", "english"}},
}

// zhLangVerbs come right before a language asked for ("可以说中文吗").
var zhLangVerbs = []string{"说", "講", "讲", "用", "换成", "換成", "改成", "换", "換", "改", "转成", "轉成", "回复", "回覆", "回答", "写", "寫", "翻译成", "翻成"}

// zhLangAfter come right after a language asked for ("中文吧", "中文可以吗").
var zhLangAfter = []string{"吧", "可以吗", "可以嗎", "好吗", "好嗎", "行吗", "行嗎", "回复", "回答", "回覆", "说", "讲", "講", "谢谢", "謝謝", "please", "pls", " please", " pls"}

// notUnderstood after (or before) a language: the other one is wanted.
var zhNotUnderstood = []string{"看不懂", "看不太懂", "不太懂", "不懂", "看唔明", "睇唔明", "睇唔懂", "不会", "不會", "不好", "不太会", "不太行"}

// enLangVerbs come before a language asked for, with an optional "in" or "to".
var enLangVerbs = []string{"speak", "talk", "answer", "reply", "respond", "write", "switch", "change", "use", "say", "type", "explain"}

// enNotUnderstood before a language: it is not the one wanted.
var enNotUnderstood = []string{"dont understand", "do not understand", "cant read", "cannot read", "can not read", "dont read",
	"do not read", "dont speak", "do not speak", "cant understand", "cannot understand", "dont know", "no understand"}

// askedLangGrammar reads a language request by the grammar above.
func askedLangGrammar(msg string) (knowledge.Lang, bool) {
	low := strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("'", "", "’", "", ",", " ", "，", " ", "?", " ", "？", " ", "!", " ", "！", " ", ".", " ", "。", " ").Replace(msg)), " "))
	want := ""
	for _, ln := range langNames {
		other := "en"
		if ln.lang == "en" {
			other = "zh"
		}
		for _, n := range ln.names {
			for from := 0; ; {
				i := strings.Index(low[from:], n)
				if i < 0 {
					break
				}
				i += from
				from = i + len(n)
				if n[0] < 0x80 && (i > 0 && isWordByte(low[i-1]) || from < len(low) && isWordByte(low[from])) {
					continue // "englishman" is no request
				}
				before, after := strings.TrimRight(low[:i], " "), strings.TrimLeft(low[from:], " ")
				got := ""
				switch {
				case hasSuffixOf(before, zhNotUnderstood) || hasPrefixOf(after, zhNotUnderstood) || hasSuffixOf(before, enNotUnderstood):
					got = other
				case hasSuffixOf(strings.TrimSuffix(strings.TrimSuffix(before, "一下"), "点"), zhLangVerbs),
					hasPrefixOf(after, zhLangAfter) && n[0] >= 0x80,
					enVerbBefore(before),
					// "english please", not "I'm Chinese, please help".
					n[0] < 0x80 && before == "" && (strings.HasPrefix(after, "please") || strings.HasPrefix(after, "pls")):
					got = ln.lang
				}
				if got == "" {
					continue
				}
				if want != "" && want != got {
					return "", false // both asked for: not settled
				}
				want = got
			}
		}
	}
	if want == "" {
		return "", false
	}
	return knowledge.ParseLang(want)
}

// enVerbBefore: "speak", "reply in", "switch to", "can you use" right before.
func enVerbBefore(before string) bool {
	w := strings.Fields(before)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if (last == "in" || last == "to" || last == "into") && len(w) >= 2 {
		last = w[len(w)-2]
	}
	for _, v := range enLangVerbs {
		if last == v || last == v+"s" || last == v+"ing" || last == v+"ed" {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func hasSuffixOf(s string, list []string) bool {
	for _, w := range list {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixOf(s string, list []string) bool {
	for _, w := range list {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// langRequestOnly handles a message that only asks for a language while a
// question is open ("可以说中文吗 英文看不太懂"): the question is shown
// again in that language, not taken as "not sure". It reports whether it
// did.
func (t *turn) langRequestOnly(msg string) bool {
	if t.s.Asking == "" || len([]rune(msg)) > 30 {
		return false
	}
	if _, ok := askedLang(msg); !ok {
		return false
	}
	if understand.Extract(msg, t.today, t.kb, t.s.Asking).String() != "" {
		return false
	}
	t.ask(t.s.Asking)
	return true
}
