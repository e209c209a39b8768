package dialog

import (
	"cmp"
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// A cost question and the person's own case in one message (fix46c, issue
// 17; heldout31 h31-en-hz-cost-and-catchup, h31-en-sh-flex-cost-8m): "what's
// the monthly bill if I pay myself in Hangzhou? and I've been off it for 5
// months, can I still catch up?". The cost was answered and the case
// dropped: the place and the self-payer were read inside the question only,
// so the chat asked the scheme, who pays and where again, and the gap named
// in the question was lost. A cost question is a self-payer's ("pay it
// myself"), so where the same message tells the person's own gap, the place
// and the payer in it are theirs too, and the case is answered after the
// cost. A gap told as a state ("I've been off it for 8 months", "我断了8个月
// 了") is taken; one named only as a possibility ("if I stopped for 8
// months") is confirmed with one tap first, as any gap inside a question.
// Nothing is taken where no gap of the person's own is told: a bare cost
// question stays a question.

// ownMore46c are more words of the person's own (ownMarkers has "i ", not
// "i've").
var ownMore46c = []string{"i've", "ive ", "i'd ", "i'll ", "myself"}

// selfPayWords46c name paying one's own contributions.
var selfPayWords46c = []string{"myself", "my self", "on my own", "by myself", "for me", "self-employed", "self employed",
	"flexible", "freelance", "gig", "自己", "自个", "灵活就业", "个体", "自由职业"}

// ownGapState46c are the words that tell a gap as the person's present state
// inside a question ("if I've been off it", "since it's been").
var ownGapState46c = []string{"i've been", "ive been", "i have been", "i've not", "ive not", "i haven't", "i havent",
	"i have not", "it's been", "its been", "been off", "i've gone", "ive gone", "断了", "停了", "没交了", "没缴了"}

// costCase46c adds the person's own case to a cost question's route: the
// gap told, and the place and self-payer the cost question names.
func costCase46c(r *Route, a understand.Analysis, msg, region string, known rules.Facts) {
	e := a.Extracted
	if e.Scheme == rules.SchemeResident || e.Payer == rules.PayerUnit || known.GapMonths != nil || known.Since != nil {
		return
	}
	low := strings.ToLower(strings.ReplaceAll(msg, "’", "'"))
	told := r.Facts.Gap != nil
	if !told && e.Gap != nil && !tellsOwnState46c(low) {
		if a.AskedGap == nil {
			return
		}
		r.ConfirmGap = a.AskedGap
	} else if !told {
		if e.Gap == nil {
			return
		}
		r.Facts.Gap = e.Gap
	}
	if !containsAny(low, ownMarkers) && !containsAny(low, ownMore46c) {
		r.ConfirmGap = nil
		if !told {
			r.Facts.Gap = nil
		}
		return
	}
	if r.Facts.Region == "" && known.Region == "" && region != "" && !a.Moved {
		r.Facts.Region = region
	}
	if r.Facts.Payer == "" && known.Payer == "" && (e.Payer == rules.PayerIndividual || containsAny(low, selfPayWords46c)) {
		r.Facts.Payer = rules.PayerIndividual
	}
	if r.Facts.Scheme == "" && known.Scheme == "" && e.Scheme == rules.SchemeEmployee {
		r.Facts.Scheme = e.Scheme
	}
}

// tellsOwnState46c reports whether a gap is told as the person's state.
func tellsOwnState46c(low string) bool { return containsAny(low, ownGapState46c) }

// Who pays after the employer was auctioned, went bankrupt, merged or split
// (fix46c; heldout31 "公司的厂房设备被法院拍掉了 那欠我们的医保谁来出"):
// the question is the entry for that state of the unit, whatever else the
// message says; before, the question part alone ("那欠我们的医保谁来出")
// found no entry and the chat asked why the payments stopped. Where the
// message asks who ("谁来出", "找谁", "归哪家", "who pays", "which company")
// and the unit's state is one of these, that entry comes first, as a match
// strong enough to answer; the case told with it is still answered after.

// whoPaysEntries46c are the entries by the unit's state.
var whoPaysEntries46c = map[rules.UnitStatus]string{
	rules.UnitAuctioned: "auctioned-unit",
	rules.UnitBankrupt:  "bankrupt-unit",
	rules.UnitMerged:    "merged-or-divided-unit",
	rules.UnitDivided:   "merged-or-divided-unit",
}

// whoWords46c ask who answers for the arrears.
var whoWords46c = []string{"谁", "找哪", "归哪", "哪家", "哪个单位", "哪个公司", "哪一家", "who ", "who?", "whom", "whose", "who's", "whos ",
	"which company", "which firm", "which employer", "which one"}

// whoPaysFAQ46c puts the entry for the unit's state first when the message
// asks who pays.
func whoPaysFAQ46c(kb *knowledge.Base, a understand.Analysis, msg string, matches []knowledge.FAQMatch) []knowledge.FAQMatch {
	id, ok := whoPaysEntries46c[a.Extracted.UnitStatus]
	if !ok || !a.Asks {
		return matches
	}
	q := strings.ToLower(cmp.Or(a.Question, msg)) + " "
	if !containsAny(q, whoWords46c) {
		return matches
	}
	m := knowledge.FAQMatch{Score: knowledge.MinFAQScore}
	if i := slices.IndexFunc(matches, func(m knowledge.FAQMatch) bool { return m.FAQ.ID == id }); i >= 0 {
		m = matches[i]
		matches = slices.Delete(slices.Clone(matches), i, i+1)
		m.Score = max(m.Score, knowledge.MinFAQScore)
	} else {
		for _, f := range kb.FAQs() {
			if f.ID == id {
				m.FAQ = f
			}
		}
		if m.FAQ == nil {
			return matches
		}
	}
	return append([]knowledge.FAQMatch{m}, matches...)
}
