package understand

// Some of the missed years named as a part of them ("pay back 2 of those
// years", "补缴其中两年", "补其中的一年"): a count of years to back-pay,
// as "pay back 2 years" and "补缴两年" are.
func init() {
	for _, p := range []string{"of those years", "of these years", "of the years", "of the missed years", "of the missing years",
		"of the unpaid years", "of those missed years", "of those unpaid years", "of those missing years"} {
		pinyinPhrasesInEnglish = append(pinyinPhrasesInEnglish, struct{ py, en string }{p, "years"})
	}
	zhFillers = append(zhFillers, "其中的", "其中")
}
