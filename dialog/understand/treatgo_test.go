package understand

import (
	"testing"

	"bujiao/rules"
)

// TestTreatmentToldAsGoing: a hospital visit told as going there is the
// treatment day ("下周三去医院能报吗" recorded no day, so the answer judged
// none).
func TestTreatmentToldAsGoing(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text string
		want rules.Date
	}{
		{"深圳 公司老板跑路了 两个月没交医保 下周三去医院能报吗", rules.Date{Year: 2026, Month: 12, Day: 16}},
		{"断了3个月 杭州 12月28号要上医院 能报不", rules.Date{Year: 2026, Month: 12, Day: 28}},
		{"广州 公司欠两个月医保 下礼拜五去看医生", rules.Date{Year: 2026, Month: 12, Day: 18}},
		{"上海断缴4个月 明年1月5号看门诊", rules.Date{Year: 2027, Month: 1, Day: 5}},
	}
	for _, c := range cases {
		e := Analyze(c.text, today, fakeRegions{}, "").Extracted
		if e.Treatment == nil || *e.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.text, e.Treatment, c.want)
		}
	}
}

// TestPastVisitYearAsked: a visit told in the past tense, read as next
// year's, is asked about ("had a scan on july 20, will insurance pay?"
// was judged for 2027-07-20; audit round 22, R22-M4).
func TestPastVisitYearAsked(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	next := rules.Date{Year: 2027, Month: 7, Day: 20}
	for _, text := range []string{
		"quit my shanghai job on 31 july, found out the company skipped june and july. had a scan on july 20, will insurance pay?",
		"i was in hospital on july 20, will the insurance cover it? hangzhou, gap 5 months",
		"had a scan on july 20. will they pay for it",
	} {
		// fix35a (R28-W3): told as past in its own clause, the day is the
		// past one, no question.
		e := Analyze(text, today, nil, "").Extracted
		if e.Treatment == nil || *e.Treatment != (rules.Date{Year: 2026, Month: 7, Day: 20}) {
			t.Errorf("%q: %v, want 2026-07-20", text, e.Treatment)
		}
		if alt, ok := TreatYearUnclear(text, today, next); ok {
			t.Errorf("%q: %v asked, want no question", text, alt)
		}
	}
	// A visit to come keeps its year.
	if _, ok := TreatYearUnclear("surgery booked for july 20, will insurance pay?", today, next); ok {
		t.Errorf("a booked visit: the year asked")
	}
}

// TestResumedNotSince: the month paying started again after a counted gap
// is the resumption, and the gap the months before it (R22-W1).
func TestResumedNotSince(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text          string
		since, resume rules.Month
	}{
		{"温州 我断了两个月 现在自己交灵活就业 10月开始交的 下周看病能报吗", rules.Month{Year: 2026, Month: 8}, rules.Month{Year: 2026, Month: 10}},
		{"杭州 灵活就业 断了3个月 9月开始又交了", rules.Month{Year: 2026, Month: 6}, rules.Month{Year: 2026, Month: 9}},
		{"宁波 自己交的医保停了4个月 11月份开始重新交的", rules.Month{Year: 2026, Month: 7}, rules.Month{Year: 2026, Month: 11}},
	}
	for _, c := range cases {
		e := Analyze(c.text, today, fakeRegions{}, "").Extracted
		// The gap is its first month, or its months counted before the
		// resumption (the chat places them, handlers.go).
		placed := e.Gap != nil && (e.Gap.Since != nil && *e.Gap.Since == c.since || e.Gap.Since == nil && e.Gap.Months == c.resume.Since(c.since))
		if !placed || e.Resumed == nil || *e.Resumed != c.resume {
			t.Errorf("%q: gap %+v resumed %v, want since %v resumed %v", c.text, e.Gap, e.Resumed, c.since, c.resume)
		}
	}
}

// TestAmbiguousLeaverGapAsked: a leaver's owed months that cannot be placed
// leave the gap to be asked, never the leaving month as its first month
// (a later first month would call a suspended day covered).
func TestAmbiguousLeaverGapAsked(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, text := range []string{
		"so i left my job in shanghai at the end of october and then found out they never paid september and october, is my dentist visit on october 20 covered",
		"i left my job in shanghai at the end of october and found out they never paid september and october for medical",
	} {
		e := Analyze(text, today, fakeRegions{}, "").Extracted
		if e.Gap != nil && e.ArrearsBeforeLeaving == nil && (e.Gap.Since == nil || e.Gap.Since.Since(rules.Month{Year: 2026, Month: 9}) > 0) {
			t.Errorf("%q: gap %+v, want it asked or from 2026-09 (%s)", text, e.Gap, e)
		}
	}
}
