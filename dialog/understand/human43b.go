package understand

import (
	"regexp"
	"strings"
)

// fix43b: a person who refuses to talk to the machine asks for a person,
// in whatever words: "我不想跟机器说", "不要机器人回复", "别让机器人跟我聊",
// "懒得和AI说", "i dont want to talk to a bot", "no more robots", "stop
// the bot". The structure: a word of refusing, then (a few words between
// at most) the machine.
var (
	zhMachineRefused43b = regexp.MustCompile(`(?:不想|不要|不愿意?|别让|别用|别再|别跟|别和|懒得|不跟|不和|受够了?|烦死了?)[^,，。.!！?？;；]{0,8}?(?:机器人?|人工智能|ai|自动回复|智能客服)`)
	enMachineRefused43b = regexp.MustCompile(`\b(?:dont|don't|do not|not|no more|stop|hate|tired of|sick of|done with|enough of)\s+(?:(?:want|wanna|like|to|talk|talking|speak|speaking|chat|chatting|deal|dealing|with|a|an|the|this|your|any|more|of|stupid|another|a|just)\s+){0,5}(?:bots?|robots?|machines?|chatbots?|ai)\b`)
)

// machineRefused43b reports a refusal of the machine in s (lower-cased).
func machineRefused43b(s string) bool {
	return zhMachineRefused43b.MatchString(s) || enMachineRefused43b.MatchString(s)
}

// topicHowTo43b (fix43b): "辞职了医保咋整", "断了三个月 这医保咋弄", "公司
// 倒了社保那块咋搞": what is told, then the insurance as the topic, then the
// dialect "what do I do" — asking for the main flow, as 怎么办 does, so the
// facts before it are the person's own. before is the clause before the
// 咋整 word; a question word in it still asks.
func topicHowTo43b(before string) bool {
	for _, f := range []string{"这块", "那块", "这一块", "那一块", "的事儿", "的事", "这事"} {
		before = strings.TrimSuffix(before, f)
	}
	topic := false
	for _, w := range []string{"医疗保险", "合作医疗", "新农合", "医保", "保险", "社保"} {
		if r, ok := strings.CutSuffix(before, w); ok && !topic {
			before, topic = r, true
		}
	}
	before = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(before, "这"), "那"), " ")
	// Only an event told done ("辞职了", "厂子黄了"), not the time asked
	// about ("中间这一个月医保咋整" asks about that month).
	return topic && strings.HasSuffix(before, "了") &&
		!hasAny(before, []string{"怎么", "咋", "什么", "啥", "谁", "哪", "多少", "几", "如何", "能不能", "要不要", "是不是", "吗"})
}
