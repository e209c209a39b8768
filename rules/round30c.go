package rules

// Audit round 24, R24-M4 and R24-M8: two dates the regions' own texts give.
//
// R24-M4: a job change inside one city is not a transfer (43号 ① is written
// for moves between pooling areas), so the city's own rule governs the
// unpaid months. Where that rule pays nothing for the time benefits were
// stopped, even after a back-payment (Shanghai 沪医保规〔2025〕7号 三(三),
// 上海条例 art. 15: "停止待遇期间所发生的医疗费用，基本医疗保险基金不予
// 支付"; unit_arrears.gap_cover none), a day between the stop and the
// return of cover is not covered.
//
// R24-M8: a self-payer in a region whose rule dates cover after a break
// (Zhejiang art. 29 ¶2: "恢复正常缴费的，自缴费月起的第三个自然月开始享受")
// who paid the missed months back has resumed by that month at the latest,
// so that date is the latest day cover returns. ¶3 lets a city's more
// favourable back-payment rule prevail, so it may come earlier and the gap
// may be covered: the day is "at the latest", never "on".

// IDs for the two notes.
const (
	// NoteSameAreaNoGapCover: a job change in one city whose region pays
	// nothing for the stopped time even after back-payment.
	NoteSameAreaNoGapCover = "same-area-no-gap-cover"
	// NotePaidBackResumeCap: the back-paid months' resumption dated by the
	// region's rule at the latest, with the city's more favourable rule.
	NotePaidBackResumeCap = "paid-back-resume-cap"
)

// sameAreaNoGapCover marks the stopped time of a same-city job change as
// uncovered where the region's rule for unpaid employee months says so.
func (o *Outcome) sameAreaNoGapCover(f Facts, p Policy) {
	if f.CrossCity == nil || *f.CrossCity || p.UnitArrears.GapCover != GapCoverNone {
		return
	}
	o.Retroactive = TriNo
	o.citeAll(p.UnitArrears.Basis)
	o.note(NoteSameAreaNoGapCover)
	o.sameAreaResume32b(f, p) // round32b.go
}

// paidBackResumeCap keeps, as the latest day, the date the region's rule
// gives for cover after a break (resume: the case's ResumesOn before the
// back-payment took it out), where that rule is the one that dates a
// self-payer's return (Individual.NoCoverInGap: Zhejiang art. 29 ¶2).
func (o *Outcome) paidBackResumeCap(p Policy, resume *Date) {
	if resume == nil || !p.Individual.NoCoverInGap || o.Facts.Payer != PayerIndividual {
		return
	}
	r := *resume
	o.ResumesLatest = &r
	o.citeAll(p.Individual.Basis)
	// The cap's note says what the back-payment note would leave open.
	o.Notes = slicesWithout(o.Notes, NotePaidBack)
	o.note(NotePaidBackResumeCap)
}
