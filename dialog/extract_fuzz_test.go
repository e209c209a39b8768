package dialog

import (
	"testing"

	"bujiao/rules"
)

var fuzzFields = append([]rules.Field{""}, rules.Fields...)

// checkDuration holds for every Duration this package returns.
func checkDuration(t *testing.T, what string, d Duration) {
	t.Helper()
	cur := testToday.MonthOf()
	if d.Since != nil {
		if n := cur.Since(*d.Since); n < 0 {
			t.Fatalf("%s: since %s is after today's month %s", what, d.Since, cur)
		}
		return
	}
	if d.Months < 0 || d.Months > 1200 {
		t.Fatalf("%s: months %d out of 0..1200", what, d.Months)
	}
}

func FuzzExtract(f *testing.F) {
	for i, c := range extractCases {
		f.Add(c.text, uint8(i))
	}
	for _, c := range durationCases {
		f.Add(c.text, uint8(0))
	}
	for _, c := range questionCases {
		f.Add(c.text, uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, fi uint8) {
		expecting := fuzzFields[int(fi)%len(fuzzFields)]
		e := Extract(text, testToday, fakeRegions{}, expecting)
		if e.Gap != nil {
			checkDuration(t, "Extract", *e.Gap)
		}
		if e.RepayYears != nil && (*e.RepayYears < 0 || *e.RepayYears > maxYears) {
			t.Fatalf("repay years %d", *e.RepayYears)
		}
		if e.YearsPaid != nil && (e.YearsPaid.IsNegative() || e.YearsPaid.IntPart() > maxYears) {
			t.Fatalf("years paid %s", e.YearsPaid)
		}
		if again := Extract(text, testToday, fakeRegions{}, expecting); render(again) != render(e) {
			t.Fatalf("not deterministic: %s then %s", render(e), render(again))
		}
		if e.Empty() != (render(e) == "") {
			t.Fatalf("Empty() = %v for %s", e.Empty(), render(e))
		}
		_ = LooksLikeQuestion(text)
	})
}

func FuzzParseDuration(f *testing.F) {
	for _, c := range durationCases {
		f.Add(c.text)
	}
	for _, c := range extractCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := ParseDuration(text, testToday)
		if !ok {
			if d != (Duration{}) {
				t.Fatalf("not ok but %+v", d)
			}
			return
		}
		checkDuration(t, "ParseDuration", d)
		d2, ok2 := ParseDuration(text, testToday)
		if ok2 != ok || (d.Since == nil) != (d2.Since == nil) || d.Months != d2.Months ||
			d.Since != nil && *d.Since != *d2.Since {
			t.Fatalf("not deterministic: %+v then %+v", d, d2)
		}
	})
}
