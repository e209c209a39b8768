package understand

import "strings"

// "Don't know" typed the way people type it (fix30a, issue 17): internet
// spellings (布吉岛, 不造), Cantonese 母鸡 / 唔知道 / 冇知, pinyin ("bu
// zhidao", "bu qing chu") and English with a tag ("idk bro", "not really
// sure"). Before, some were read as nothing and the question was asked
// again as not understood; others were "don't know" with a leftover word
// that kept them from being only that.

// dunnoWords30a are the extra spellings; dunnoAll30a also strips the
// common ones, to see whether anything else was said.
var (
	dunnoWords30a = []string{"布吉岛", "布吉道", "母鸡", "唔知道", "冇知", "唔知喔", "不知道诶", "不知到", "不造啊",
		"bu zhidao", "bu zhi dao", "buzhidao", "bu qing chu", "bu qingchu", "buqingchu", "bu xiao de", "buxiaode",
		"说不上来", "说不准", "讲不清", "鬼知道", "天知道", "谁知道呢", "冇知", "who knows", "not really sure", "not too sure", "no idea", "idk", "i dunno", "dunno", "not sure", "i don't know", "i dont know"}
	dunnoAll30a = []string{"不知道", "不清楚", "不晓得", "不确定", "不太清楚", "不造", "唔知", "不知", "不记得", "记不清"}
	// filler30a: particles and tags that say nothing more.
	filler30a = []string{"bro", "man", "guys", "dude", "mate", "sorry", "tbh", "lol", "honestly", "really", "i", "me", "either", "too", "ah", "oh", "eh",
		"wo", "ye", "a", "这个", "那个", "实在", "啊", "呀", "耶", "诶", "欸", "嘞", "捏", "哦", "喔", "呢", "啦", "吧", "嘛", "了", "我", "也", "真", "的", "哈", "唉", "哎", "额", "呃", "咧"}
)

// dunno30a marks a message that is only "don't know", in any of these
// spellings and with particles or a tag, as only that.
func (x *extractor) dunno30a(a *Analysis) {
	s := strings.ToLower(x.s)
	extra := hasAny(s, dunnoWords30a)
	if !extra && !a.DontKnow {
		return
	}
	rest := " " + s + " "
	for _, w := range append(append([]string{}, dunnoWords30a...), dunnoAll30a...) {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	rest = strings.Map(func(r rune) rune {
		if strings.ContainsRune(",.!?;:~…，。！？；：、 '\"", r) {
			return ' '
		}
		return r
	}, rest)
	only := true
	for _, f := range strings.Fields(rest) {
		for _, p := range filler30a {
			if p[0] < 0x80 {
				continue // Latin tags are whole words below ("a" is not in "man")
			}
			f = strings.ReplaceAll(f, p, "")
		}
		if f == "" || isFiller30a(f) {
			continue
		}
		only = false
		break
	}
	// Only a message that says nothing else: a long one with "not really
	// sure" in it keeps its facts read as they were. A fact read from a
	// message of nothing but these words came from a tag ("idk man" is no
	// man, "no idea" no "no"), and is dropped.
	if only {
		a.Extracted, a.Stated = Extracted{}, Extracted{}
		a.DontKnow, a.DontKnowOnly = true, true
	}
}

func isFiller30a(w string) bool {
	for _, p := range filler30a {
		if w == p {
			return true
		}
	}
	return false
}
