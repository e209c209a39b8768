package understand

import "strings"

// ---------------------------------------------------------------------------
// Questions put as "是A还是B" (heldout14)

// framedChoice reports that the 还是 at rs[i] closes a choice opened by
// 是 in its own clause: "是在浙里办上交还是要跑税务大厅", "补缴是一次交清还是
// 可以按月交", "是现在交还是等年底". The frame asks even when what follows
// 还是 could read "still" ("还是要", "还是可以"): a lone "还是要交" has no
// 是 before it. 但是/可是/就是/还是/不是/要是 open no choice.
func framedChoice(rs []rune, i int) bool {
	for j := i - 2; j >= 0; j-- {
		r := rs[j]
		if strings.ContainsRune(" ，,。.；;！!？?\n", r) {
			return false
		}
		if r != '是' {
			continue
		}
		if j > 0 && strings.ContainsRune("但可就还不要也都只若倒于总硬算真", rs[j-1]) {
			continue
		}
		if j+1 < len(rs) && rs[j+1] == '不' { // 是不是
			continue
		}
		return true
	}
	return false
}
