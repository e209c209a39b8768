package understand

import "strings"

// Audit round 14 R14-W1, the characters' sibling of the pinyin reading:
// "宁波失业金已经没有了" (the benefit is gone) was read as a benefit still
// drawn. 没有了 ends the benefit only when it follows the benefit's word
// (a few adverbs between), so "工作没有了，在领失业金" stays drawing.
var benefitGoneAfter = []string{"没有了", "没有啦", "都没有了", "早就没有了", "早没有了", "已经没有了", "已经没了", "都没了", "领完了", "完了",
	// Cantonese: 冇咗 (gone), 攞完 (drawn to the end), 停咗 (stopped).
	"冇咗", "冇晒", "冇得领", "冇啦", "攞完", "领完咗", "停咗"}

// benefitGoneZh reports a benefit word followed by a word that it is gone.
func benefitGoneZh(s string) bool {
	for _, w := range []string{"失业保险金", "失业金", "失业补助", "失业待遇"} {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			after := strings.TrimLeft(s[from+k+len(w):], " ")
			for _, adv := range []string{"已经", "早就", "早", "都", "也", "现在", "目前", "就"} {
				after = strings.TrimPrefix(after, adv)
			}
			if hasPrefixAny(after, benefitGoneAfter) {
				return true
			}
			from += k + len(w)
		}
	}
	return false
}

// Audit round 14 R14-M1: "my unemployment benefit ran out, not sure when,
// but i started paying myself in october" read October as the benefit's
// last month. A month after the person's own paying ("started paying
// (myself) in", "paying as a freelancer since", "paying on my own since",
// "will pay again from") is the month paying resumed or resumes, never the
// benefit's end. "paid" alone is not one of these words: "benefit paid
// until october" is the benefit's end.
var enOwnPaying = map[string]bool{"paying": true, "started": true, "restarted": true,
	"resumed": true, "resume": true, "restart": true, "contributing": true, "contribute": true, "enrolled": true,
	"enrol": true, "enroll": true, "registered": true, "freelancer": true, "freelance": true, "myself": true,
	"own": true, "self": true, "again": true}

// enBenefitWordStop are the words of the benefit: scanning back from the
// month stops at them (the month then belongs to the benefit).
var enBenefitWordStop = map[string]bool{"benefit": true, "benefits": true, "allowance": true, "unemployment": true,
	"dole": true, "money": true, "pay": true, "pays": true, "check": true, "cheque": true, "payments": true}

// enMonthIsPaying reports whether the month word at s[i] follows, within
// the same clause and a few words, a word of the person's own paying.
func enMonthIsPaying(s string, i int) bool {
	if q, _ := prevWord(s, i); q == "since" || q == "from" {
		// "since september i pay it myself" (audit round 15 R15-M1):
		// the paying words after the month.
		rest := s[i:]
		rest = rest[:min(len(rest), 40)]
		if hasAny(rest, []string{" i pay", " i've paid", " ive paid", " i have paid", " i'm paying", " im paying", " i am paying",
			" paying myself", " pay myself", " pay it myself", " i paid", " i started paying", " ive been paying", " i've been paying"}) {
			return true
		}
	}
	p := i
	for n := 0; n < 6; n++ {
		q, k := prevWord(s, p)
		if q == "" || enBenefitWordStop[q] {
			return false
		}
		if enOwnPaying[q] {
			return true
		}
		p = k
	}
	return false
}
