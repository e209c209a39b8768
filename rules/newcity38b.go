package rules

// fix38b (audit round 29, R29-W1): a gap of up to 3 months that began in
// the region and that a job in a new city ended is, by 43号 ① (national),
// paid back under the new place's rules with the gap's benefits
// retroactive. The new city's rules are not in the sources, so a day in
// the gap is "covered only if the gap is paid back — confirm with 12393",
// never "not covered" flat and never "covered" outright; a longer gap
// (43号 ③) keeps cover for the gap unsettled.
func (o *Outcome) backPaidNewCity38b() bool {
	return o.GapMonths > 0 && o.GapMonths <= 3
}
