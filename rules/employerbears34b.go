package rules

import "slices"

// Audit round 27, R27-M6 (fix34b): an employer in arrears that paid the
// missed months back in one sum (Zhejiang art. 28: "宁波 公司从8月开始欠缴 税务催了
// 也没交 11月才一次性补齐"). Cover returns from the 2nd natural month counting
// the payment month (¶4: 12-01). A day between the stop and that return is
// the fund's only if the employer paid within the deadline the tax office
// set (¶3); paid after it, the benefits due from the 2nd natural month of
// the arrears are borne by the employer (¶4). Neither is "not settled":
// the day says who pays under each.

// TreatEmployerBears: a day while an employer's arrears stopped cover,
// the arrears since paid back in full: the fund pays if the employer paid
// within the deadline, the employer if it paid after it.
const TreatEmployerBears = "employer-bears"

// employerBears34b reports a day in the stopped time of an employer's
// arrears paid back, where the region's own rule suspends cover and puts
// it on the employer after the deadline (Zhejiang art. 28 ¶¶3–4).
func (o *Outcome) employerBears34b(d Date) bool {
	return o.EmployerBearsGap() && !d.Before(*o.StoppedOn) && d.Before(*o.ResumesOn)
}

// EmployerBearsGap reports the outcome of an employer's arrears paid back
// under a rule that puts the stopped time on the employer after the
// deadline (Zhejiang art. 28 ¶4): the stopped time's costs are the fund's
// or the employer's, never simply unsettled.
func (o *Outcome) EmployerBearsGap() bool {
	return o.Path == PathUnitArrears && o.Facts.ArrearsPaid != nil && slices.Contains(o.Consequences, ConsEmployerBears) &&
		slices.Contains(o.Notes, NoteGapCoverDeadline) && o.StoppedOn != nil && o.ResumesOn != nil
}
