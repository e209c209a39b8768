package dialog

import (
	"regexp"

	"bujiao/knowledge"
)

// Stop 31: "my dad … retired last month, only 18 yrs of medical … does he
// need to pay more?" was answered with the long-gap entry ("lapsed for more
// than six months"): "pay more" beside retiring and years told asks about
// about years, not a gap: the gap and documents entries are lowered (which
// years entry fits, enough or short, the other rules tell).
func siblings31(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules31)
	firstEnrol34d(msg, matches) // route34d.go
	firstJob35b(msg, matches)   // route35b.go
	whoBears38a(msg, matches)   // route38a.go
	waitAsked39d(msg, matches)  // route39d.go
	siblings43a(msg, matches)   // route43a.go
}

var siblingRules31 = []siblingRule26b{
	{cue: func(low string) bool {
		return containsAny(low, []string{"退休", "retire", "pension"}) && yearsTold31.MatchString(low) &&
			containsAny(low, payMoreWords31)
	}, lower: []string{"lapsed for more than six months", "断了半年以上", "documents", "材料"}},
}

var (
	// yearsTold31: a number of years ("18 yrs", "交了18年", "18 years").
	yearsTold31 = regexp.MustCompile(`\d+ ?(?:yrs?|years?|年)`)
	// payMoreWords31 ask whether more must be paid.
	payMoreWords31 = []string{"pay more", "pay extra", "pay any more", "pay anymore", "keep paying", "need to pay", "have to pay",
		"still pay", "enough", "还要交", "还要缴", "还要补", "要不要补", "要补吗", "还得交", "够不够", "够吗", "够了吗"}
)
