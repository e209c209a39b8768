package understand

// Paying back told with "all"/"everything" and no "back" ("paid it all in
// november", "paid everything off"): the same as "paid it all back".
func init() {
	enPaidBack = append(enPaidBack, "paid it all", "paid everything", "paid all of it", "paid them all", "paid it off",
		"paid everything off", "paid all the missed", "paid all the missing", "paid the whole")
}
