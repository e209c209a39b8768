package understand

import (
	"strings"
	"unicode/utf8"
)

// Audit round 14 n35: "first time getting medical insurance, freelancer in
// ningbo, registering this week" was not read as a first enrolment and got
// "Your gap is 11 months, right?". More wordings of a first enrolment, in
// English, characters, pinyin (written in characters by pinyin_r14.go's
// words) and dialect, join lFirstEnrolment.
func init() {
	for _, w := range []string{"first time getting medical insurance", "first time getting health insurance",
		"first time getting insurance", "first time getting insured", "first time registering", "first time registering for",
		"getting insured for the first time", "registering for the first time", "getting medical insurance for the first time",
		"never had any medical insurance", "never had any insurance", "never been enrolled", "never had cover",
		"first time ever paying", "first time taking out"} {
		addListWord(lFirstEnrolment, w)
	}
	for _, w := range []string{"第一次办医保", "第一次上医保", "第一次办理医保", "头一回参保", "头一回买医保", "第一回买医保",
		"第一次买社保", "第一次缴社保", "从来冇买过医保", "从来冇参过保", "未买过医保", "第一次参加居民医保", "第一次参加职工医保"} {
		addListWord(lFirstEnrolment, w)
	}
	for py, hz := range map[string]string{"diyici": "第一次", "touyihui": "头一回", "maiyibao": "买医保", "canbao": "参保",
		"banyibao": "办医保", "congmeimaiguo": "从没买过", "congmeijiaoguo": "从没缴过"} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}

// addListWord adds one word or phrase to a word list after newList made it.
func addListWord(l wordList, w string) {
	r, _ := utf8.DecodeRuneInString(w)
	if r >= utf8.RuneSelf {
		zhDict[r] = append(zhDict[r], dictEntry{w, l})
		return
	}
	first, _, _ := strings.Cut(w, " ")
	enDict[first] = append(enDict[first], dictEntry{w, l})
}
