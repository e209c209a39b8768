package understand

import "regexp"

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
