package rules

// Audit round 28, R28-M3 (fix36a): a first enrolment's registration told as
// a month only ("the company registered me for insurance in october",
// "公司11月份给我参的保", "10月份开始给我交的"). The month-based starts need
// no day: Shanghai's employee cover from the 15th of the month after
// payment starts (the 医保局 Q&A S7, "次月15日"), Zhejiang's 2nd natural
// month counting the registration month (arts. 28 ¶2, 29 ¶1). So the
// month is stored as it was told, never as a day.
//
// Where the sources give no start (Guangdong), a registration already made
// has no floor either: "not before today" would deny the days since it
// as if a rule said so. The start is then left to 12393, with no date.

// FieldRegMonth is a first enrolment's registration month told without a day.
const FieldRegMonth Field = "reg_month"

// registeredIn36a is the registration's month (the day's, when told) and
// whether the registration is already made (not one planned).
func (f Facts) registeredIn36a(today Date) (Month, bool) {
	if f.PayDate != nil {
		return f.PayDate.MonthOf(), !today.Before(*f.PayDate)
	}
	return *f.RegMonth, f.RegMonth.Since(today.MonthOf()) <= 0
}

// unsourcedStart36a dates the earliest start where no source gives one:
// not before the registration still to be made (its month, or today);
// none where the registration is made already (the sources do not say
// from when it covers).
func (o *Outcome) unsourcedStart36a(done bool, month Month, today Date) {
	if done {
		return
	}
	e := month.FirstDay()
	if e.Before(today) {
		e = today
	}
	o.ResumesEarliest = &e
}

// regMonth36a is the month of a registration told, by its day or alone.
func (f Facts) regMonth36a() *Month {
	if f.PayDate != nil {
		m := f.PayDate.MonthOf()
		return &m
	}
	return f.RegMonth
}
