package understand

import (
	"testing"

	"bujiao/rules"
)

// TestBenefitEnded: an unemployment benefit said to have ended is read
// with its last month (audit round 3 R3-M1); one still drawn, or none at
// all, is not.
func TestBenefitEnded(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 6}
	cases := []struct {
		text  string
		today rules.Date
		want  string // "" none, "?" ended without a month, else YYYY-MM
	}{
		{"我领失业金领到十一月底结束了 在浙江 医保接下来怎么办 十二月要自己交吗", dec, "2026-11"},
		{"失业金领到11月就结束了", dec, "2026-11"},
		{"11月份失业金就结束了，12月怎么交", dec, "2026-11"},
		{"失业保险金十月份领完了", dec, "2026-10"},
		{"失业金六月就停了 后来医保一直没交", dec, "2026-06"},
		{"失业金早就没了 医保怎么办", dec, "?"},
		// A year told relative to this one.
		{"杭州 去年12月失业金就领完了 一直没交", dec, "2025-12"},
		{"前年11月失业金领完了", dec, "2024-11"},
		{"今年8月失业金领完了", dec, "2026-08"},
		// Audit round 11 R13-W1: "over" / "done" with a month was read as
		// still drawing, and every day called covered.
		{"zhoushan, unemployment benefit over in august, no payments since. hospital dec 21 covered?", dec, "2026-08"},
		{"shanghai, unemployment benefit over since september, hospital dec 21 covered?", dec, "2026-09"},
		{"hangzhou, unemployment benefit done in august, hospital dec 21 covered?", dec, "2026-08"},
		{"my unemployment pay was all done by october", dec, "2026-10"},
		// A past month beside the benefit with no word that it is still
		// drawn: ended, month asked, never "drawing now".
		{"zhoushan, unemployment benefit in august, no payments since. hospital dec 21 covered?", dec, "?"},
		// Still drawing: not ended.
		{"hangzhou, still getting unemployment benefit, hospital dec 21 covered?", dec, ""},
		{"I get unemployment benefit since september, covered now?", dec, ""},
		{"I'm on unemployment benefit for over 3 months now", dec, ""},
		{"失业金上个月领完了", dec, "2026-11"},
		{"失业金领完了 医保怎么办", dec, "?"},
		{"my unemployment benefit ran out in November, what now", dec, "2026-11"},
		{"unemployment benefit ended last month", dec, "2026-11"},
		{"my unemployment benefit has ended", dec, "?"},
		// A month after the current one, said as past: last year's.
		{"失业金领到十二月底结束了", rules.Date{Year: 2026, Month: 11, Day: 25}, "2025-12"},
		// Still drawing, about to end, or no benefit at all.
		{"我在领失业金", dec, ""},
		{"失业金还没领完", dec, ""},
		{"失业金快结束了", dec, ""},
		{"失业金领到明年三月", dec, ""},
		{"公司倒闭结束了 我没领失业金", dec, ""},
		{"still drawing unemployment benefit until March", dec, ""},
		{"my job ended in November", dec, ""},
		{"断缴三个月了", dec, ""},
		// Audit round 7 R8-W1′: "unemployment pay" and its siblings.
		{"I was on unemployment pay in Ningbo through October and have paid nothing since. Hospital on Dec 20 - covered?", dec, "2026-10"},
		{"Ningbo, I was on unemployment pay until October, nothing paid since. Hospital on Dec 20 covered?", dec, "2026-10"},
		{"Ningbo, my unemployment pay stopped in October. Hospital on Dec 20 covered?", dec, "2026-10"},
		{"hangzhou, my unemployment allowance ran out in september. is dec 20 covered?", dec, "2026-09"},
		{"Ningbo, unemployment money ended October, hospital Dec 20?", dec, "2026-10"},
		{"got jobless benefit up to august, then nothing", dec, "2026-08"},
		{"I'm on unemployment pay until March next year", dec, ""},
		{"I'm on unemployment pay, hospital Dec 20 covered?", dec, ""},
	}
	for _, c := range cases {
		e := Extract(c.text, c.today, fakeRegions{}, "")
		got := ""
		switch {
		case e.BenefitEnded != nil:
			got = e.BenefitEnded.String()
		case e.BenefitEndedSaid:
			got = "?"
		}
		if got != c.want {
			t.Errorf("%q: benefit ended %q, want %q", c.text, got, c.want)
		}
		if c.want != "" && e.Reason != rules.ReasonUnemployment {
			t.Errorf("%q: reason %q, want the unemployment benefit", c.text, e.Reason)
		}
	}
}
