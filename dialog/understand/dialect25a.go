package understand

import (
	"strings"
	"unicode/utf8"
)

// Hokkien (Minnan) leaving and not paying, as typed in traditional or
// simplified characters (fix25a; heldout21): 辭頭路 is quitting a job
// (辞职了), 無頭路 having none (没工作), 攏無納 "all not paid" (都没缴), 佇
// "at" (在), 欲按怎 "what to do" (怎么办), 矣 after a month or year count
// "already" (了): "我佇泉州辭頭路三個月矣，醫保攏無納，欲按怎" is "我在泉州辞职
// 了三个月了，医保都没缴，怎么办". Each is replaced by a Mandarin word of the
// same length in bytes, as dialect_h15.go does. 食頭路 (having a job) is
// dialect_h15.go's.
var dialectFix25a = strings.NewReplacer(
	"辭頭路", "辞职了", "辞头路", "辞职了", "無頭路", "没工作", "无头路", "没工作",
	"攏無納", "都没缴", "拢无纳", "都没缴", "攏無繳", "都没缴", "拢无缴", "都没缴", "無納", "没缴", "无纳", "没缴",
	"欲按怎", "怎么办", "按怎", "怎么", "佇", "在", "月矣", "月了", "年矣", "年了")

// fixDialect25a applies dialectFix25a.
func fixDialect25a(s string) string {
	if !utf8.ValidString(s) || !strings.ContainsAny(s, "頭头納纳按佇矣") {
		return s
	}
	return dialectFix25a.Replace(s)
}
