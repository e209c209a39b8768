package understand

import (
	"strings"
	"unicode/utf8"
)

// Southwestern Mandarin (Sichuan, Chongqing, Guizhou, Yunnan) asks "how
// long" with 好久 where others write 多久: "要等好久才能报销噻", "交了要好久
// 才能用嘛", "得等好久哦". A 好久 still ahead of the person (要, 得, 需要 or
// 还 before it, nothing done yet: no 了 in between) and followed by 才 or
// the clause's end asks how long; "等了好久", "好久没交了" tell a long time
// (heldout15 long-gap-waiting).
func dialectAsks(c string) int {
	for from := 0; ; {
		i := strings.Index(c[from:], "好久")
		if i < 0 {
			return 0
		}
		i += from
		from = i + len("好久")
		before := lastRunes(c[:i], 4)
		after := strings.TrimLeft(c[from:], " ")
		if strings.HasPrefix(after, "没") || strings.HasPrefix(after, "不") {
			continue
		}
		at := -1
		for _, w := range []string{"要", "得", "需", "还", "会"} {
			at = max(at, strings.LastIndex(before, w))
		}
		if at < 0 || strings.ContainsAny(before[at:], "了没") {
			continue // "等了好久", nothing ahead
		}
		r, _ := utf8.DecodeRuneInString(after)
		if after == "" || strings.ContainsRune("才噻嘛哦哟啊呀喃", r) {
			return 1
		}
	}
}

// howToDoClause reports a clause that is only "怎么/咋" + 搞, 弄 or 整,
// perhaps after a filler and before a particle ("何解搞咯" → "怎么搞咯", "这
// 可咋整啊", "那我现在咋弄呢"): the request for the case answer that 怎么办
// is, not a question of its own. With a topic of its own before it
// ("手续怎么弄", "中间这一个月医保咋整") or after it ("怎么弄回来") it asks.
func howToDoClause(c string) bool {
	for _, p := range []string{"咯", "呢", "啊", "嘛", "哦", "呀", "啦", "哟", "哇", "喃", "了", "?", "？", "!", "！", " ", "。"} {
		c = strings.TrimSuffix(c, p)
	}
	core := ""
	for _, w := range []string{"怎么搞", "怎么弄", "怎么整", "咋搞", "咋弄", "咋整", "咋个搞", "咋个整", "咋个弄"} {
		if strings.HasSuffix(c, w) {
			core = w
		}
	}
	if core == "" {
		return false
	}
	before := strings.TrimSuffix(c, core)
	for changed := true; changed && before != ""; {
		changed = false
		for _, f := range []string{"这玩意儿", "这玩意", "这事儿", "这事", "这个", "现在", "接下来", "我们", "俺们", "那", "这", "该", "我", "俺", "可", "要", "又", "到底", "究竟"} {
			if r, ok := strings.CutSuffix(before, f); ok {
				before, changed = r, true
			}
		}
	}
	return before == "" || topicHowTo43b(before) // human43b.go
}
