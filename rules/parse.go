package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// Parsers for the values people and scripts type. They fold full-width
// forms first: Chinese input methods produce "１２０００" as readily as
// "12000".

// Plain ASCII is left as it is without a copy: it is what scripts and
// stored facts hold, and folding it would change nothing.
func foldWidth(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return width.Fold.String(s)
		}
	}
	return s
}

// ParseDay parses a date a case can be about (YYYY-MM-DD, 1990 to 2100).
// Dates outside that span are typing mistakes, and would make the late-fee
// and month arithmetic produce nonsense.
func ParseDay(s string) (Date, error) {
	d, err := ParseDate(foldWidth(strings.TrimSpace(s)))
	if err != nil {
		return Date{}, err
	}
	if d.Year < MinYear || d.Year > MaxYear {
		return Date{}, fmt.Errorf("date %q: want a year from %d to %d", s, MinYear, MaxYear)
	}
	return d, nil
}

var amountRE = regexp.MustCompile(`^[0-9]{1,12}(\.[0-9]{1,2})?$`)
var yearsRE = regexp.MustCompile(`^[0-9]{1,2}(\.[0-9]{1,2})?$`)

// ParseAmount parses a yuan amount as people write it: "12000", "12,000.50",
// "１２０００元", "8000 yuan". Exponents and more than two decimals are
// refused: money is never written that way, and a huge exponent would make
// the decimal library allocate without bound.
func ParseAmount(s string) (decimal.Decimal, error) {
	t := strings.TrimSpace(foldWidth(s))
	for _, suf := range []string{"元", "yuan", "rmb", "RMB", "CNY", "¥"} {
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, suf), suf))
	}
	t = strings.ReplaceAll(t, ",", "")
	if !amountRE.MatchString(t) {
		return decimal.Decimal{}, fmt.Errorf("amount %q: want yuan like 12000 or 12000.50", s)
	}
	return decimal.RequireFromString(t), nil
}

// ParseYears parses a number of years with up to two decimals.
func ParseYears(s string) (decimal.Decimal, error) {
	t := strings.TrimSpace(foldWidth(s))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "年"), "years"))
	if !yearsRE.MatchString(t) {
		return decimal.Decimal{}, fmt.Errorf("years %q: want a number like 15 or 15.5", s)
	}
	d := decimal.RequireFromString(t)
	if d.GreaterThan(decimal.NewFromInt(MaxYears)) {
		return decimal.Decimal{}, fmt.Errorf("years %q: at most %d", s, MaxYears)
	}
	return d, nil
}
