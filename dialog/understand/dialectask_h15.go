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
		if strings.Contains(before, "了") || strings.Contains(before, "没") || strings.HasPrefix(after, "没") || strings.HasPrefix(after, "不") {
			continue
		}
		ahead := false
		for _, w := range []string{"要", "得", "需", "还", "会"} {
			if strings.Contains(before, w) {
				ahead = true
			}
		}
		if !ahead {
			continue
		}
		r, _ := utf8.DecodeRuneInString(after)
		if after == "" || strings.ContainsRune("才噻嘛哦哟啊呀喃", r) {
			return 1
		}
	}
}

// howToDoEnds reports "怎么/咋" + 搞, 弄 or 整 ending its clause, perhaps
// with a particle ("何解搞咯" → "怎么搞咯", "咋弄呢", "这可咋整啊"): the
// request for the main flow that 怎么办 is, not a question of its own.
// "怎么弄回来", "咋整的" go on and ask.
func howToDoEnds(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("搞弄整", r) {
		return false
	}
	tail := rest[size:]
	if i := strings.IndexAny(tail, ",，。?？!！ "); i >= 0 {
		tail = tail[:i]
	}
	for _, p := range []string{"咯", "呢", "啊", "嘛", "哦", "呀", "啦", "哟", "哇", "喃", "了"} {
		tail = strings.TrimPrefix(tail, p)
	}
	return tail == ""
}
