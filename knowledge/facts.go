package knowledge

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// China is the time zone "today" is taken in: the rules count calendar days
// and months as the insured person's bureau does.
var China = time.FixedZone("CST", 8*60*60)

// Today returns the current civil date in China.
func Today(now time.Time) rules.Date { return rules.DateOf(now.In(China)) }

// FactError is one bad fact value, named by its key (snake case; the ask
// flag is the same with dashes).
type FactError struct {
	Key   string
	Value string
	// Valid describes what is accepted, e.g. "employee | resident".
	Valid string
}

func (e *FactError) Error() string {
	return fmt.Sprintf("%s: invalid value %q; valid: %s", e.Key, e.Value, e.Valid)
}

// FactValid describes the accepted values of each fact key.
var FactValid = map[string]string{
	"scheme":           "employee | resident",
	"prior_scheme":     "employee | resident",
	"payer":            "unit | individual",
	"reason":           "arrears | job-change | left-job | unemployment-benefit",
	"unit_status":      "normal | hardship | merged | divided | bankrupt | auctioned | closed | absconded",
	"cross_city":       "true | false",
	"arrears_monthly":  "an amount in yuan owed for each month, e.g. 1200",
	"gap_months":       "a whole number of months, 0 to 600",
	"since":            "YYYY-MM, not after the current month",
	"region":           "a region ID (national, shanghai, zhejiang, guangdong) or a city name",
	"retirement":       "working | at-age | retired",
	"years_paid":       "years, e.g. 14 or 14.5",
	"local_years_paid": "years, e.g. 8 or 8.5",
	"sex":              "male | female",
	"broken_years":     "a whole number of years, 0 to 80",
	"repay_years":      "a whole number of years, 0 to 80",
	"continuous_years": "a whole number of years, 0 to 80",
	"in_window":        "true | false",
	"newborn":          "true | false",
	"arrears":          "an amount in yuan, e.g. 12000 or 12000.50",
	"due_date":         "YYYY-MM-DD, 1990 to 2100",
	"pay_date":         "YYYY-MM-DD, not before the first unpaid month",
	"base":             "an amount in yuan, e.g. 8000",
	"today":            "YYYY-MM-DD",
	"lang":             "zh | en",
}

// ParseDay parses a date a case can be about (YYYY-MM-DD, 1990 to 2100).
// Dates outside that span are typing mistakes, and would make the late-fee
// and month arithmetic produce nonsense.
func ParseDay(s string) (rules.Date, error) {
	d, err := rules.ParseDate(width.Fold.String(s))
	if err != nil {
		return rules.Date{}, err
	}
	if d.Year < 1990 || d.Year > 2100 {
		return rules.Date{}, fmt.Errorf("date %q: want a year from 1990 to 2100", s)
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
	t := strings.TrimSpace(width.Fold.String(s))
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
	t := strings.TrimSpace(width.Fold.String(s))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "年"), "years"))
	if !yearsRE.MatchString(t) {
		return decimal.Decimal{}, fmt.Errorf("years %q: want a number like 15 or 15.5", s)
	}
	d := decimal.RequireFromString(t)
	if d.GreaterThan(decimal.NewFromInt(rules.MaxYears)) {
		return decimal.Decimal{}, fmt.Errorf("years %q: at most %d", s, rules.MaxYears)
	}
	return d, nil
}

func parseCount(s string, max int) (int, bool) {
	t := strings.TrimSpace(width.Fold.String(s))
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 || n > max || len(t) > 4 {
		return 0, false
	}
	return n, true
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1", "y", "是":
		return true, true
	case "false", "no", "0", "n", "否":
		return false, true
	}
	return false, false
}

// ParseFacts builds Facts from key/value pairs (the ask flags in snake case,
// the JSON API's keys, a scenario's facts). Keys it does not know are
// errors; so is every bad value, each reported once. Region names are
// resolved through b's aliases when b is not nil; an unknown region is kept
// as given and answered with the national baseline.
func ParseFacts(kv map[string]string, b *Base) (rules.Facts, []*FactError) {
	var f rules.Facts
	var errs []*FactError
	bad := func(k, v string) { errs = append(errs, &FactError{Key: k, Value: v, Valid: FactValid[k]}) }
	enum := func(k, v string, valid []string) string {
		v = strings.ToLower(strings.TrimSpace(v))
		for _, x := range valid {
			if v == x {
				return v
			}
		}
		bad(k, v)
		return ""
	}
	for _, k := range sortedKeys(kv) {
		v := kv[k]
		switch k {
		case "scheme":
			f.Scheme = rules.Scheme(enum(k, v, strs(rules.Schemes)))
		case "prior_scheme":
			f.PriorScheme = rules.Scheme(enum(k, v, strs(rules.Schemes)))
		case "payer":
			f.Payer = rules.Payer(enum(k, v, strs(rules.Payers)))
		case "reason":
			f.Reason = rules.Reason(enum(k, v, strs(rules.Reasons)))
		case "unit_status":
			f.UnitStatus = rules.UnitStatus(enum(k, v, strs(rules.UnitStatuses)))
		case "retirement":
			f.Retirement = rules.Retirement(enum(k, v, strs(rules.Retirements)))
		case "sex":
			f.Sex = rules.Sex(enum(k, v, strs(rules.Sexes)))
		case "gap_months":
			if n, ok := parseCount(v, rules.MaxGapMonths); ok {
				f.GapMonths = &n
			} else {
				bad(k, v)
			}
		case "since":
			if m, err := rules.ParseMonth(width.Fold.String(v)); err == nil {
				f.Since = &m
			} else {
				bad(k, v)
			}
		case "broken_years", "repay_years", "continuous_years":
			n, ok := parseCount(v, rules.MaxYears)
			if !ok {
				bad(k, v)
				continue
			}
			switch k {
			case "broken_years":
				f.BrokenYears = &n
			case "repay_years":
				f.RepayYears = &n
			default:
				f.ContinuousYears = &n
			}
		case "in_window", "newborn", "cross_city":
			x, ok := parseBool(v)
			if !ok {
				bad(k, v)
				continue
			}
			switch k {
			case "in_window":
				f.InWindow = &x
			case "newborn":
				f.Newborn = &x
			default:
				f.CrossCity = &x
			}
		case "years_paid", "local_years_paid":
			d, err := ParseYears(v)
			if err != nil {
				bad(k, v)
				continue
			}
			if k == "years_paid" {
				f.YearsPaid = &d
			} else {
				f.LocalYearsPaid = &d
			}
		case "arrears", "base", "arrears_monthly":
			d, err := ParseAmount(v)
			if err != nil {
				bad(k, v)
				continue
			}
			switch k {
			case "arrears":
				f.Arrears = &d
			case "arrears_monthly":
				f.ArrearsMonthly = &d
			default:
				f.Base = &d
			}
		case "due_date", "pay_date":
			d, err := ParseDay(v)
			if err != nil {
				bad(k, v)
				continue
			}
			if k == "due_date" {
				f.DueDate = &d
			} else {
				f.PayDate = &d
			}
		case "region":
			v = strings.TrimSpace(v)
			if b != nil {
				if _, ok := b.regions[strings.ToLower(v)]; ok {
					f.Region = strings.ToLower(v)
				} else if id, ok := b.MatchRegion(v); ok {
					f.Region = id
				} else {
					f.Region = strings.ToLower(v)
				}
			} else {
				f.Region = strings.ToLower(v)
			}
		default:
			errs = append(errs, &FactError{Key: k, Value: v, Valid: "one of: " + strings.Join(FactKeys, ", ")})
		}
	}
	if f.GapMonths != nil && f.Since != nil {
		errs = append(errs, &FactError{Key: "since", Value: f.Since.String(), Valid: "give gap_months or since, not both"})
	}
	return f, errs
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
