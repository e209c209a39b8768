package understand

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"bujiao/rules"
)

func TestDbgR13(t *testing.T) {
	in := os.Getenv("DBG")
	if in == "" {
		t.Skip()
	}
	for _, m := range strings.Split(in, "|") {
		a := Analyze(m, rules.Date{Year: 2026, Month: 12, Day: 7}, nil, "")
		p := func(e Extracted) string {
			s := fmt.Sprintf("said=%v reason=%s", e.BenefitEndedSaid, e.Reason)
			if e.BenefitEnded != nil {
				s += fmt.Sprintf(" ended=%v", *e.BenefitEnded)
			}
			if e.Treatment != nil {
				s += fmt.Sprintf(" treat=%v", *e.Treatment)
			}
			if e.ArrearsPaid != nil {
				s += fmt.Sprintf(" arrearsPaid=%v", *e.ArrearsPaid)
			}
			s += fmt.Sprintf(" arrearsPaidSaid=%v", e.ArrearsPaidSaid)
			if e.Gap != nil {
				s += fmt.Sprintf(" gap=%+v", *e.Gap)
			}
			if e.Resumed != nil {
				s += fmt.Sprintf(" resumed=%v", *e.Resumed)
			}
			return s
		}
		fmt.Printf("%s\n  all: %s\n  stated: %s asks=%v q=%q\n", m, p(a.Extracted), p(a.Stated), a.Asks, a.Question)
	}
}
