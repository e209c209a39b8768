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
