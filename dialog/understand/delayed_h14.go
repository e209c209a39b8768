package understand

import (
	"strings"
	"unicode/utf8"
)

// ---------------------------------------------------------------------------
// 拖 (held back) as an employer's arrears (heldout14)

// delayedObjects are what an employer holds back when it 拖s: "拖咗我哋医保",
// "拖了我们三个月社保", "拖着医保费不缴", "医保拖了半年没缴".
var delayedObjects = []string{"医保", "社保", "保险", "保费", "五险", "不缴", "没缴", "不给缴", "没给缴", "没有缴"}

// delayedFill may stand between 拖 and what is held back: aspect, whom,
// how long.
const delayedFill = "了着住我们大家员工工人的一二两三四五六七八九十半几个月年0123456789"

// delayedPay reports 拖 as the verb of holding back payment: 拖 followed,
// across aspect, whom and how long only, by insurance or by not paying.
// 拖拉, 拖鞋, 拖地, 拖车 and the like are no payment.
func delayedPay(s string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], "拖")
		if k < 0 {
			return false
		}
		i := from + k + len("拖")
		from = i
		j, n := i, 0
		for j < len(s) && n < 8 {
			if hasPrefixAny(s[j:], delayedObjects) {
				return true
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(delayedFill, r) {
				break
			}
			j += size
			n++
		}
		if j < len(s) && hasPrefixAny(s[j:], delayedObjects) {
			return true
		}
	}
}
