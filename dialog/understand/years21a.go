package understand

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"bujiao/rules"
)

// Years paid told as a figure after the words ("my total medical insurance
// years is 24", "contribution years: 18"), heldout17 h17-en-retire-self-zj.
var en21YearsIs = []string{" years is ", " years are ", " years was ", " years: ", " years = ", " years total is ", " years in total is "}

// en21YearsOf name what the years are of, before "years".
var en21YearsOf = []string{"insurance", "contribution", "medical", "paid", "paying", "yibao", "total"}

// yearsIs reads years paid told as "… years is N".
func (x *extractor) yearsIs(e *Extracted) {
	if e.YearsPaid != nil {
		return
	}
	s := x.s
	for _, w := range en21YearsIs {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		head := commaClause(s, i, i)
		if !hasAny(head, en21YearsOf) {
			continue
		}
		rest := s[i+len(w):]
		n := 0
		for n < len(rest) && (isDigit(rest[n]) || rest[n] == '.' && n > 0 && n+1 < len(rest) && isDigit(rest[n+1])) {
			n++
		}
		if n == 0 || n < len(rest) && isLetter(rest[n]) {
			continue
		}
		d, err := decimal.NewFromString(rest[:n])
		if err != nil || d.Sign() <= 0 || d.GreaterThan(decimal.NewFromInt(rules.MaxYears)) {
			continue
		}
		e.YearsPaid = &d
		return
	}
}

// yearsElsewhere: a count of years told of another place after the years
// paid ("医保一共交了二十二年 深圳交了十五年 前面七年在江西老家"): the years
// paid there, never a gap (heldout17 h17-long-dad-retire-sz).
func yearsElsewhere(s string, q qty) bool {
	if !q.hasYears || q.hasMonths || q.start == 0 || s[q.start-1] < 0x80 {
		return false
	}
	before := strings.TrimRight(clauseBefore(s, q.start), " ")
	if _, ok := hasSuffixAny(before, []string{"前面", "前边", "之前", "以前", "其余", "其他", "剩下", "另外", "其中", "头", "前"}); !ok {
		return false
	}
	after := strings.TrimLeft(s[q.end:], " ")
	for _, f := range []string{"都", "是", "也"} {
		after = strings.TrimPrefix(after, f)
	}
	return hasPrefixAny(after, []string{"在", "喺", "于"})
}

// placeYears keeps a smaller years figure told of a place after the total
// ("医保一共交了二十二年 深圳交了十五年", "在深圳交了十五年"): between them,
// only the place and a verb of paying.
func (x *extractor) placeYears(d decimal.Decimal, between string) {
	if x.localCand != nil {
		return
	}
	b := strings.Trim(between, " ,")
	if i := strings.LastIndexByte(b, ','); i >= 0 {
		b = strings.TrimLeft(b[i+1:], " ")
	}
	for _, p := range []string{"其中", "另外", "在", "是在"} {
		b = strings.TrimPrefix(b, p)
	}
	for _, v := range []string{"本地缴了", "缴了", "缴的", "缴", "参保了", "参保"} {
		if place, ok := strings.CutSuffix(b, v); ok {
			if n := utf8.RuneCountInString(place); n >= 2 && n <= 5 {
				x.localAt, x.localCand = place, &d
			}
			return
		}
	}
}

// placeLocal: that figure is the local years when its place is the region.
func (x *extractor) placeLocal(e *Extracted, regions RegionMatcher) {
	if x.localCand == nil || e.LocalYearsPaid != nil || e.YearsPaid == nil || e.Region == "" || regions == nil {
		return
	}
	if id, ok := regions.MatchRegion(x.localAt); ok && id == e.Region {
		d := *x.localCand
		e.LocalYearsPaid = &d
	}
}
