package understand

import "regexp"

// Audit round 22, R22-M1: a leaver whose former employer owes, told in
// wordings the lists did not hold: "原来那家厂在我走前欠了4个月", "used to
// work at a company … they owe me 3 months … from before i left in august",
// "quit my shanghai job on 31 july, found out the company skipped june and
// july". The former employer's months owed are read as such (formerArrears),
// never as a current employer's arrears.
func init() {
	r17aZhFormerEmployer = append(r17aZhFormerEmployer, "原来那家", "原来那个", "以前那家", "之前那家", "以前那个厂", "之前那个厂", "我走前", "走前",
		"原来的厂", "原来厂", "以前的厂", "之前的厂", "老厂", "原来上班", "以前上班的")
	r17aEnFormerEmployer = append(r17aEnFormerEmployer, "used to work", "i used to work", "worked at", "worked for", "from before i left")
	r17aEnOwed = append(r17aEnOwed, "owe me", "owe us", "skipped")
}

// enQuitJob: "quit my shanghai job", "left my hangzhou job", "resigned from
// my old job": the person has left a job named with its place.
var enQuitJob = regexp.MustCompile(`\b(?:quit|left|resigned from) (?:my|the|that|our) (?:[a-z]+ ){0,2}job\b`)

// enLeaveDay: the head of a clause ends with a leaving and its day ("quit my
// shanghai job on 31", "left on the 30th of"), a month after it the leaving
// month.
var enLeaveDay = regexp.MustCompile(`\b(?:quit|left|resigned)\b[a-z ]{0,30}? (?:on|at the end of|end of|in)(?: the)? ?(?:\d{1,2}(?:st|nd|rd|th)?(?: of)?)?$`)
