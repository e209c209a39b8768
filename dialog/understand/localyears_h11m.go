package understand

// At "how many of those years were paid here?", a sentence that tells the
// years paid with a place or with no word of a total ("在深圳交了9年",
// "深圳这边交了九年", "只有9年是在深圳交的", "paid 9 years here") answers the
// question: the local years, never a new total that replaces the one told
// (heldout11: "我一共交了27年" then "在深圳交了9年" is 27 in all, 9 here).
// A total said again ("一共交了27年") stays the total.

// localYearsAnswer reports whether q, read as years paid (r), answers the
// local-years question.
func localYearsAnswer(s string, q qty, r role) bool {
	if r != roleYearsPaid {
		return false
	}
	return !totalBefore(s[:q.start]) && !totalBefore(cutRunes(s[q.end:], 6))
}
