package understand

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"bujiao/rules"
)

func TestZZScratch(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, l := range strings.Split(in, "\n") {
		a := Analyze(l, today, nil, "")
		fmt.Printf("%s\n  X: %s\n  S: %s asks=%v\n", l, a.Extracted, a.Stated, a.Asks)
	}
}

func TestZZItems(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, l := range strings.Split(in, "\n") {
		n := normalizeText(writeInEnglishPinyin(l))
		var x extractor
		x.init(n.s, today, "")
		sc := scanner{s: x.s, cur: x.cur}
		sc.run()
		fmt.Printf("%s\n", n.s)
		for i := 0; i < sc.n; i++ {
			q := sc.items[i]
			fmt.Printf("   kind=%d [%s] y=%d m=%d since=%v role=%v\n", q.kind, x.s[q.start:q.end], q.years, q.months, q.since, x.role(q))
		}
	}
}
