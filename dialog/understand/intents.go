package understand

import "strings"

// Intents: what a message does besides stating facts. People greet, thank,
// ask for a person or say they don't know; a form would call all of that
// "not understood".

var (
	lGreeting = newList(
		[]string{"你好", "您好", "你们好", "在吗", "在不在", "有人吗", "哈喽", "哈啰", "嗨", "早上好", "上午好", "中午好",
			"下午好", "晚上好", "早安", "晚安"},
		[]string{"hello", "hi", "hey", "hallo", "good morning", "good afternoon", "good evening", "morning",
			"hiya", "howdy", "anyone there"})
	lThanks = newList(
		[]string{"谢谢", "多谢", "感谢", "谢了", "谢啦", "辛苦了", "麻烦了", "明白了谢谢", "好的谢谢"},
		[]string{"thanks", "thank you", "thank u", "thx", "ty", "cheers", "much appreciated", "appreciate it"})
	lHuman = newList(
		[]string{"人工", "真人", "客服", "转人工", "找个人", "活人", "工作人员"},
		[]string{"human", "real person", "a person", "an agent", "agent", "operator", "someone real",
			"live person", "customer service", "talk to someone", "speak to someone"})
	lDontKnow = newList(
		[]string{"不知道", "不确定", "不清楚", "不记得", "记不清", "记不得", "忘了", "忘记了", "说不清", "搞不清",
			"不太懂", "不懂", "没概念", "不晓得", "不了解", "不太确定", "不敢确定", "没印象",
			"唔清楚", "唔知", "唔记得", "冇印象", "不造", "不太清楚",
			// Sichuan and the north: "晓不得", "整不明白", "闹不清".
			"晓不得", "整不明白", "闹不清", "弄不清",
			// Hokkien 毋知 is written 不知 by the dialect reader.
			"不知"},
		[]string{"no idea", "not sure", "dont know", "do not know", "dunno", "idk", "unsure", "no clue",
			"cant remember", "cannot remember", "dont remember", "forgot", "forget", "not certain", "havent a clue"})
	// Words that correct an earlier answer: the new value replaces the old
	// without asking which holds.
	lCorrection = newList(
		[]string{"其实", "改成", "换成", "改为", "搞错", "说错", "讲错", "弄错", "更正", "纠正", "不对应该是", "应该是", "改一下"},
		[]string{"actually", "correction", "i meant", "i mean", "change to", "change it to", "make that", "sorry its",
			"mistake", "wrong"})
	// Drawing unemployment benefit is its own reason (the fund pays): the
	// words must not turn into "left the job" or a gap ("领失业金3个月了").
	lUnemploymentBenefit = newList(
		[]string{"失业金", "失业保险金", "失业救济", "失业补助", "失业待遇"},
		[]string{"unemployment benefit", "unemployment benefits", "unemployment insurance", "unemployment pay",
			"unemployment allowance", "unemployment money", "jobseeker*", "dole", "on unemployment"})
)

// zhSmallTalkFillers and enSmallTalkFillers are what may surround a
// greeting or thanks in a message that says nothing else.
var zhSmallTalkFillers = []string{"啊", "呀", "哈", "哦", "噢", "嗯", "呢", "啦", "了", "的", "好", "你", "您", "大家",
	"机器人", "小助手", "助手", "老师", "请问", "我", "一下", "非常", "太", "真", "很", "问", "想", "哈哈", "嘿", "喂", "好的", "对",
	"也", "都", "还", "是", "吧", "哎", "唉", "呃", "额", "这个", "具体", "实在", "真的", "确实", "完全",
	"可以", "咨询", "吗", "问个问题", "问一下", "想咨询", "有个问题", "打扰了", "打扰", "你们", "们", "上次", "帮了大忙",
	"帮大忙", "帮了我", "帮忙", "大忙"}
var enSmallTalkFillers = map[string]bool{"there": true, "so": true, "much": true, "very": true, "a": true, "lot": true,
	"you": true, "again": true, "ok": true, "okay": true, "bot": true, "all": true, "guys": true, "and": true, "please": true,
	"oh": true, "great": true, "the": true, "for": true, "help": true, "your": true, "im": true, "i": true, "am": true,
	"lol": true, "haha": true, "sorry": true, "really": true, "honestly": true, "tbh": true, "just": true, "totally": true,
	"um": true, "uh": true, "hmm": true, "well": true, "no": true, "anyone": true, "anybody": true, "someone": true,
	"can": true, "ask": true, "question": true, "quick": true}

// intents fills the intent fields of a.
func (x *extractor) intents(a *Analysis) {
	for _, h := range x.hits[:x.nh] {
		switch h.list {
		case lGreeting:
			a.Greeting = true
		case lThanks:
			a.Thanks = true
		case lHuman:
			a.Human = a.Human || !x.wagesNotHuman(h) // intents_h14.go
		case lDontKnow:
			a.DontKnow = true
		case lCorrection:
			a.Correction = true
		}
	}
	a.Human = a.Human || machineRefused43b(x.s) // human43b.go
	if a.Greeting || a.Thanks {
		a.SmallTalkOnly = x.onlyLists(lGreeting, lThanks)
	}
	if a.DontKnow {
		a.DontKnowOnly = x.onlyLists(lDontKnow)
	}
	x.dunno30a(a) // read30a.go
	if !a.Correction && (notButIs(x.s) || saysWrong(x.s) || correctionOpener(x.s)) {
		a.Correction = true
	}
}

// saysWrong reports "不对" / Cantonese "唔啱" taking back what was said
// ("不对不对 是我自己交的 灵活就业"); "对不对" asks and corrects nothing.
func saysWrong(s string) bool {
	for _, w := range []string{"不对", "唔啱", "no wait", "thats wrong", "that's wrong"} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(w)
			if w == "不对" && (strings.HasSuffix(s[:i], "对") || strings.HasPrefix(s[k:], "吧") || strings.HasPrefix(s[k:], "吗")) {
				continue
			}
			return true
		}
	}
	return false
}

// notButIs reports a value taken back and the right one given, in any
// fact: "不是退休 是到年龄了还没办", "不是五个月 是三个月", Cantonese
// "唔系…系…". "是不是…" asks and "不是说…吗" reminds; neither corrects.
func notButIs(s string) bool {
	for _, not := range []string{"不是", "唔系"} {
		i := strings.Index(s, not)
		if i < 0 || strings.HasSuffix(s[:i], "是") || strings.HasPrefix(s[i+len(not):], "说") {
			continue
		}
		rest := s[i+len(not):]
		is := "是"
		if not == "唔系" {
			is = "系"
		}
		// The right value comes after something was denied: at least one
		// character, then 是 (or 而是) that does not ask ("是不是").
		for j := 0; j < len(rest); {
			k := strings.Index(rest[j:], is)
			if k < 0 {
				break
			}
			k += j
			if k > 0 && !strings.HasPrefix(rest[k:], is+"不"+is) && !strings.HasPrefix(rest[k:], is+"否") {
				return true
			}
			j = k + len(is)
		}
	}
	return false
}

// onlyLists reports whether the message is made of hits of the given lists
// and small-talk fillers, nothing else.
func (x *extractor) onlyLists(lists ...wordList) bool {
	s := x.s
	covered := make([]bool, len(s))
	for _, h := range x.hits[:x.nh] {
		for _, l := range lists {
			if h.list == l {
				for i := h.pos; i < h.end; i++ {
					covered[i] = true
				}
			}
		}
	}
	var rest strings.Builder
	for i := 0; i < len(s); i++ {
		if covered[i] {
			rest.WriteByte(',')
		} else {
			rest.WriteByte(s[i])
		}
	}
	for _, part := range strings.FieldsFunc(rest.String(), func(r rune) bool { return r == ',' }) {
		if part[0] < 0x80 {
			for _, w := range strings.Fields(part) {
				if !enSmallTalkFillers[w] {
					return false
				}
			}
			continue
		}
		if !madeOfTokens(part, zhSmallTalkFillers) {
			return false
		}
	}
	return true
}

// madeOfTokens reports whether s is a sequence of tokens (and spaces).
func madeOfTokens(s string, tokens []string) bool {
	for s = strings.TrimLeft(s, " "); s != ""; s = strings.TrimLeft(s, " ") {
		best := 0
		for _, t := range tokens {
			if len(t) > best && strings.HasPrefix(s, t) {
				best = len(t)
			}
		}
		if best == 0 {
			return false
		}
		s = s[best:]
	}
	return true
}
