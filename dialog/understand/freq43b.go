package understand

import (
	"regexp"
	"strings"
)

// fix43b: a count of time that is how often the person pays, never how
// long the cover was broken: "就是一年交一次那种", "居民医保一年一交",
// "一个月缴一次", "按年交的 一年扣一回", "the one you pay once a year",
// "I pay twice a year". The structure: the period, then (a word between at
// most) a verb of paying and "one time" — or "one time" before the period
// in English.
var (
	// zhFreqAfter43b: what follows the period in a frequency.
	zhFreqAfter43b = regexp.MustCompile(`^\s*(?:就|只|才|都|得|要|需要|是)?\s*(?:交|缴|扣|付|续|收|买)?(?:费|钱)?\s*(?:一|1|两|2)\s*(?:次|回|交|缴|扣)`)
	// enFreqBefore43b: what goes before the period ("once a year",
	// "one time per year", "twice a yr").
	enFreqBefore43b = regexp.MustCompile(`(?:\bonce|\btwice|\bone time|\b1 time|\bone payment|\bone charge)\s*(?:a|per|each|every|in a)?\s*$`)
)

// frequency43b reports that the count q is how often a payment falls due.
func frequency43b(s string, q qty) bool {
	if q.kind == qSince || q.start < 0 || q.end > len(s) {
		return false
	}
	if zhFreqAfter43b.MatchString(s[q.end:]) {
		return true
	}
	before := strings.TrimRight(s[:q.start], " ")
	// "每年" / "每一年": the quantity itself named after "every".
	if strings.HasSuffix(before, "每") {
		return true
	}
	return enFreqBefore43b.MatchString(before + " ")
}

// unitNotFor43b (fix43b): a denial in any dialect right before "for me"
// ("勿帮我交" Wu, "唔帮我供" Cantonese, "莫给我交" southwestern, "不帮我交"):
// the unit did not pay, so the months after are unpaid.
var unitNotFor43b = regexp.MustCompile(`(?:没|不|勿|覅|冇|唔|莫|未|没得|没有)(?:有)?(?:再|咋|怎么)?(?:帮|给|替|同)(?:我|俺|阿拉|我们|咱|伲|侬|偶|额)?\s*$`)
