package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// fix45a family 1: a month corrected halfway in one message; the LAST
// month told wins (the gap begins the month after it). Sibling wordings
// written for this test (zh/en, words between, no punctuation, typos).
func TestMonthCorrected45a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(y int, mo time.Month) *rules.Month { return &rules.Month{Year: y, Month: mo} }
	for _, c := range []struct {
		in    string
		since *rules.Month
	}{
		{"my shanghai employer paid until end of march, no wait, end of april. nothing since", m(2026, 5)},
		{"company paid thru may — sorry, june, then it stopped paying", m(2026, 7)},
		{"they paid up to the end of feb no wait the end of march and nothing after", m(2026, 4)},
		{"boss paid till august oops i mean the end of september, unpaid since", m(2026, 10)},
		{"my emplyer paid until end of june, no wait, end of july, nothing paid since", m(2026, 8)},
		{"paid until june or was it july... july yes, nothing after that", m(2026, 8)},
		{"the firm paid through april, no, may. then nothing", m(2026, 6)},
		{"单位交到6月底 不对 是7月底 之后就没交了", m(2026, 8)},
		{"公司给我交到五月 sorry 六月 后来断了", m(2026, 7)},
		{"交到3月还是4月来着 对 4月 之后没交", m(2026, 5)},
		{"社保交到八月份还是九月份来着，嗯，九月，后面就断了", m(2026, 10)},
		{"单位缴到4月底，说错了，5月底，后面没缴", m(2026, 6)},
		{"公司交到6月 记错了 交到7月 之后一直没交", m(2026, 8)},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since {
			t.Errorf("%q: %s; want gap since %v", c.in, e, *c.since)
		}
	}
}

// A month added, not corrected, is left as told.
func TestMonthNotCorrected45a(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"paid until june, no, july too", "paid until june, no, july too"},
		{"paid until june no payment in july", "paid until june no payment in july"},
		{"paid until may, sorry, june and july were unpaid", "paid until may, sorry, june and july were unpaid"},
		{"交到6月 7月也交了", "交到6月 7月也交了"},
		{"6月还是7月开始断的我不记得", "6月还是7月开始断的我不记得"},
	} {
		if got, _ := fixMonths45a(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// fix45a family 2: "no gap at all" restated with a month named as paid is a
// gap of 0, never a gap beginning in the month named.
func TestNoGapRestated45a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"nope, august got paid as well, there was no gap",
		"sorry i was wrong, september was also paid, no gap at all",
		"actually there's no gap, may was paid too",
		"there was never a gap june has been paid",
		"no gap whatsoever, march was paid too",
		"sept was paid as well, there's no gap",
		"10月也交了 根本没断",
		"没有断过，8月份公司交了的",
		"其实5月也缴了 压根没断过",
		"我查了 6月也交了的 从来没断过",
		"一个月都没断过 九月单位也交了",
	} {
		a := Analyze(in, today, nil, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 0 {
				t.Errorf("%q: %s; want a gap of 0", in, e)
			}
		}
		if _, ok := NoGapRestated45a(a, in, today); !ok {
			t.Errorf("%q: not read as no gap restated with a month paid", in)
		}
	}
	// Asked, or an unpaid time told too: not a restated no-gap.
	for _, in := range []string{
		"7月也交了 有没有断",
		"no gap in may, but june and july were unpaid",
		"8月交了 9月到11月断了三个月",
	} {
		a := Analyze(in, today, nil, "")
		if g := a.Extracted.Gap; g != nil && g.Since == nil && g.Months == 0 {
			t.Errorf("%q: %s; want no gap of 0", in, a.Extracted)
		}
	}
}
