package understand

import (
	"strings"
	"unicode/utf8"
)

// deniedWords take a place back after the one meant (meantThenDenied):
// "在长沙 不是广州", and the same with the verb of being somewhere,
// "公司在长沙 不在广州", Cantonese "喺深圳 唔喺广州", "in Changsha, not
// (in) Guangzhou" (heldout15 h15-corr-province).
var deniedWords = []string{"not ", "不是", "不在", "唔系", "唔係", "唔喺", "唔在", "冇喺"}

// askedBothWays reports a denial word that is the second half of an
// A-not-A question ("是不是广州", "在不在广州", "系唔系"): it asks and
// takes nothing back. before is the text up to the denial word.
func askedBothWays(before, not string) bool {
	if not == "not " {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(not)
	return strings.HasSuffix(before, string(last))
}
