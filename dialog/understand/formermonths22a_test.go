package understand

import (
	"testing"

	"bujiao/rules"
)

// fix22a (R21-W1, R21-W2, R21-M1): a former employer's unpaid months and
// the leaving month place the first unpaid month; sibling wordings, not
// the audit's. "" gap: asked (the pieces do not fit).
func TestFormerMonthsPlaced(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in    string
		owed  int
		gap   string
		ended bool
	}{
		// A count owed before an end-of-month leaving: the months end at it.
		{"温州 我11月底离职的 离职前老公司还欠我两个月医保没交", 2, "2026-10", false},
		{"上家单位在我辞职之前有两个月没交医保 我10月底辞职的", 2, "2026-09", false},
		{"i left at the end of october and my old company owed me 2 months of insurance before i left", 2, "2026-09", false},
		{"上个月从公司离职了 离职前公司欠了三个月医保", 3, "2026-09", false},
		// The leaving month said to be paid: the months end before it.
		{"10月底离职的 离职那个月交了 离职前公司欠了两个月医保", 2, "2026-08", false},
		// Months named as unpaid: the earliest is the first.
		{"嘉兴 我10月底辞职的 辞职前9月10月两个月公司没交医保", 2, "2026-09", false},
		{"我8月底离职 离职前公司7月和8月的医保都没缴", 2, "2026-07", false},
		{"hangzhou, i quit at the end of october, found out they never paid september or october", 2, "2026-09", false},
		{"left my job end of august, the old company didn't pay july and august", 2, "2026-07", false},
		{"辞咗工 9月底走嘅 之前公司8月9月冇交医保", 2, "2026-08", false},
		{"wenzhou, resigned at the end of october, my old company didn't pay september and october, is my oct 3 bill covered?", 2, "2026-09", false},
		// Named months that do not end at the leaving month: asked.
		{"我9月底辞职的 辞职前公司5月6月没交医保", 2, "", false},
		// Paying again as a flexible worker now: the month is asked.
		{"宁波 原来的公司在我走之前有两个月没交医保 我10月底离职的 现在自己交灵活就业", 2, "2026-09", true},
	}
	for _, c := range cases {
		a := Analyze(c.in, today, nil, "")
		e := a.Stated
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: arrears_before_leaving = %v, want %d (%s)", c.in, e.ArrearsBeforeLeaving, c.owed, e)
			continue
		}
		if e.Reason != rules.ReasonLeftJob {
			t.Errorf("%q: reason = %q, want left-job (%s)", c.in, e.Reason, e)
		}
		got := ""
		if e.Gap != nil {
			if e.Gap.Since == nil {
				got = "months"
			} else {
				got = e.Gap.Since.String()
			}
		}
		if got != c.gap {
			t.Errorf("%q: gap = %q, want %q (%s)", c.in, got, c.gap, e)
		}
		if c.gap == "" && !e.GapConflict {
			t.Errorf("%q: pieces that do not fit must be asked again (%s)", c.in, e)
		}
		if e.GapEnded != c.ended {
			t.Errorf("%q: gap ended = %v, want %v", c.in, e.GapEnded, c.ended)
		}
	}
}

// TestPastMonthEndLeaving: "9月底辞职的" is a leaving already past, not
// one still to come ("月底辞职"); "12月底辞职" in December is to come.
func TestPastMonthEndLeaving(t *testing.T) {
	cur := rules.Month{Year: 2026, Month: 12}
	for in, want := range map[string]bool{
		"我9月底辞职的":  false,
		"我九月底离职了":  false,
		"我12月底辞职":  true,
		"准备月底辞职":   true,
		"我打算下个月离职": true,
	} {
		s, _ := normalize(in)
		if got := futureLeaveZh(s, cur); got != want {
			t.Errorf("%q: future = %v, want %v", in, got, want)
		}
	}
}
