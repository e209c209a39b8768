package understand

import "strings"

// The boss named, then later in the same run-on the person gone with 人 as
// the subject, or the boss's phone dead ("老板欠了一屁股债人跑了电话也打不通",
// heldout11; "老板把钱卷走了人也联系不上", "老板前几天还在 现在人不见了
// 手机也关机了"): absconded, as "老板跑了" is. The 人 refers back to the
// boss; with no boss word before it ("我们工人跑了好几个") nothing is read.

var (
	zhPersonGone = []string{"人跑了", "人跑路", "人溜了", "人逃了", "人不见了", "人没影", "人找不到", "人联系不上", "人也联系不上", "人也找不到",
		"人也不见了", "人也跑了", "人失联", "人也失联",
		// heldout12: "老板前段时间突然就联系不上了", Sichuan "老板跑球了".
		"联系不上了", "就联系不上", "失联了", "跑球了", "跑求了", "跑球", "跑路了", "人去楼空", "办公室也没人了", "办公室都没人了"}
	zhPhoneDead = []string{"电话打不通", "电话也打不通", "电话都打不通", "手机关机", "手机也关机", "电话关机", "电话也关机", "电话停机",
		"微信拉黑", "把我们拉黑", "把我拉黑", "不接电话", "电话也不接", "电话都不接"}
)

// bossGoneLater reports a boss word followed within twenty characters by
// the person or their phone gone.
func bossGoneLater(s string) bool {
	for _, b := range zhBossWords {
		for k := 0; ; {
			j := strings.Index(s[k:], b)
			if j < 0 {
				break
			}
			k += j + len(b)
			after := cutRunes(s[k:], 20)
			for _, w := range append(append([]string{}, zhPersonGone...), zhPhoneDead...) {
				i := strings.Index(after, w)
				if i < 0 {
					continue
				}
				if hasAny(cutRunesBack(after[:i], 3), []string{"没", "不", "会", "怕", "万一", "要是", "如果"}) || strings.HasPrefix(after[i+len(w):], "吗") {
					continue
				}
				return true
			}
		}
	}
	return false
}
