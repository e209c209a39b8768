package dialog

import "strings"

// coverWords ask whether the fund pays, and nothing else: "能报吗",
// "can I claim it". Told after a case ("我老公在苏州上班公司三个月没交医保了
// 下礼拜要做个小手术 能报吗"), what they ask is the case answer's cover line
// for that day; an FAQ entry found by the case's words ("单位一直没给我上医
// 保") answers something else.
var coverWords = []string{"能报吗", "能报销吗", "能不能报", "能不能报销", "可以报吗", "可以报销吗", "报得了吗", "报不报", "给报吗",
	"给不给报", "能不能用", "能用吗", "还能用吗", "还能报吗", "还能报销吗", "报唔报", "报唔报得", "报得唔得", "用得唔得", "得唔得报",
	"covered", "is it covered", "will it be covered", "will they cover it", "will insurance cover it", "will hospital cover it",
	"can i claim", "can i claim it", "can i get reimbursed", "reimbursed", "will it pay", "will they pay"}

// coverFiller are words around a bare cover question ("那到时候还能报销吗").
var coverFiller = []string{"那么", "那", "到时候", "到时", "我", "现在", "这样", "这种情况", "还", "呢", "啊", "呀", "嘛", "吧", "不",
	"so", "then", "now", "still", "please", "pls", "?", "？", "!", "！", ".", "。", ",", "，", "~", " "}

// bareCover reports whether a question part asks only whether it is
// covered: it names no topic of its own.
func bareCover(q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return false
	}
	for _, w := range coverWords {
		w = strings.ReplaceAll(w, " ", "")
		rest := strings.ReplaceAll(q, " ", "")
		if !strings.Contains(rest, w) {
			continue
		}
		rest = strings.Replace(rest, w, "", 1)
		for _, f := range coverFiller {
			rest = strings.ReplaceAll(rest, strings.ReplaceAll(f, " ", ""), "")
		}
		if rest == "" {
			return true
		}
	}
	return false
}

// helpWords ask for help without a question word the analysis counts
// ("…怎么办", "what should I do").
var helpWords = []string{"怎么办", "咋办", "咋整", "咋个整", "咋个办", "怎么个整", "咋个弄", "怎么整", "怎么弄", "咋弄", "怎么搞", "what should i do", "what can i do",
	"what do i do", "what i do", "what to do", "what now", "help"}

// helpFiller are words around a bare request for help ("那我现在该怎么办呢").
var helpFiller = []string{"那么", "那", "我们", "我", "现在", "应该", "该", "要", "到底", "呢", "啊", "呀", "嘛", "哦", "吧", "啦",
	"so", "now", "then", "please", "pls", "?", "？", "!", "！", ".", "。", ",", "，", "~", " "}

// bareHelp reports whether a question part asks for help and nothing else
// ("咋整", "怎么办呢", "what do i do now"): it names no topic of its own.
func bareHelp(q string) bool {
	rest := strings.ToLower(strings.TrimSpace(q))
	if rest == "" {
		return false
	}
	for _, w := range helpFiller {
		rest = strings.ReplaceAll(rest, w, "")
	}
	for _, w := range helpWords {
		if rest == strings.ReplaceAll(w, " ", "") {
			return true
		}
	}
	return false
}

func asksForHelp(msg string) bool {
	// "怎么办理" asks how a thing is done, not for help.
	lower := strings.ReplaceAll(strings.ToLower(msg), "办理", "")
	for _, w := range helpWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
