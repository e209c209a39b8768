package understand

import (
	"testing"

	"bujiao/rules"
)

// TestBenefitEndNotTreatmentDay (audit round 13 R13-W1″): a benefit said
// to be over, whose month is not known, is never given the month of the
// treatment day ("not sure when. hospital 15 dec") — that read it as
// running and called the day covered (SIL art. 48). The end month is asked
// instead; a month told as the end is still read.
func TestBenefitEndNotTreatmentDay(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	feb10 := rules.Date{Year: 2027, Month: 2, Day: 10}
	cases := []struct {
		text  string
		today rules.Date
		want  string // "" none, "?" ended without a month, else YYYY-MM
		treat string // the treatment day, "" none
	}{
		// The audit's inputs (U8, W1, W3, W4/U10e, W5).
		{"shanghai unemployment benefit stopped a few months back not sure when. hospital 15 dec ok?", dec7, "?", "2026-12-15"},
		{"shanghai unemployment benefit stopped a few months back not sure when. hospital dec 15 ok?", dec7, "?", "2026-12-15"},
		{"hangzhou unemployment benefit stopped a few months back not sure when. doctor 10 dec ok?", dec7, "?", "2026-12-10"},
		{"jiaxing - unemployment benefit ended, dont remember when, then i paid nothing. doctor dec 9 and dec 30, are both covered?", dec7, "?", "2026-12-09"},
		{"jiaxing - unemployment benefit ended, dont remember when. doctor dec 9 and dec 30, are both covered?", dec7, "?", "2026-12-09"},
		// Other date forms and a treatment's month.
		{"shanghai unemployment benefit stopped a while ago, hospital on the 15th of december ok?", dec7, "?", "2026-12-15"},
		{"unemployment benefit ended some time ago. surgery december 15th?", dec7, "?", "2026-12-15"},
		{"unemployment benefit finished a few months back, hospital in december?", dec7, "?", ""},
		{"my unemployment money stopped. clinic december?", dec7, "?", ""},
		{"unemployment benefit ran out months ago, no idea which month, op next march?", dec7, "?", ""},
		// Another month: "mar 3" was read as last March's end.
		{"unemployment benefit ended, dont remember when, doctor mar 3?", feb10, "?", "2027-03-03"},
		// Chinese.
		{"上海 失业金几个月前停了 不记得啥时候 12月15号住院能报吗", dec7, "?", "2026-12-15"},
		{"嘉兴 失业金停了 不记得啥时候 12月9号和12月30号看病都能报吗", dec7, "?", "2026-12-09"},
		{"杭州 失业金停了好几个月了 不清楚几月停的 十二月十号看病能报吗", dec7, "?", "2026-12-10"},
		{"失业金早没了 12月份住院能报吗", dec7, "?", ""},
		// A month told as the end is still read.
		{"hangzhou, unemployment benefit ended in august, doctor dec 10 and dec 28?", dec7, "2026-08", "2026-12-10"},
		{"shanghai, no more unemployment money since september, hospital dec 15 covered?", dec7, "2026-09", "2026-12-15"},
		{"unemployment benefit stopped in december, hospital jan 10?", dec7, "2026-12", "2027-01-10"},
		{"失业金8月停了 12月28号住院能报吗", dec7, "2026-08", "2026-12-28"},
		{"失业金领到11月30号 12月20号住院能报吗", dec7, "2026-11", ""},
		// n28: "benefits ran out in august" is the benefit's last month, as
		// "失业金8月停了" is.
		{"ningbo, benefits ran out in august, been paying on my own since november, hospital dec 28?", dec7, "2026-08", "2026-12-28"},
		{"my benefits were used up in september, doctor dec 20", dec7, "2026-09", "2026-12-20"},
	}
	for _, c := range cases {
		e := Extract(c.text, c.today, nil, "")
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
		if c.treat != "" && (e.Treatment == nil || e.Treatment.String() != c.treat) {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.treat)
		}
	}
}

// TestNotSureWhenAsksNothing: "not sure when" tells a fact not known; the
// clause is no question, so its facts are read (R13-W1″, U8 became an FAQ
// reply once the wrong month was gone).
func TestNotSureWhenAsksNothing(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	a := Analyze("shanghai unemployment benefit stopped a few months back not sure when. hospital 15 dec ok?", dec7, nil, "")
	if !a.Stated.BenefitEndedSaid || a.Stated.BenefitEnded != nil {
		t.Errorf("stated: ended said %v month %v, want said, no month", a.Stated.BenefitEndedSaid, a.Stated.BenefitEnded)
	}
	if !a.Asks {
		t.Errorf("the treatment question is still a question")
	}
}
