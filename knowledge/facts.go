package knowledge

import (
	"fmt"
	"strings"
	"time"

	"bujiao/rules"
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
	// Suggestions are the closest keys or places, for "did you mean".
	Suggestions []string
	// Candidates are the places a shared name could mean ("普陀": 上海普陀区,
	// 舟山普陀区); the person must say which.
	Candidates []string
	// Excludes names the key given with this one that answers the same
	// question (gap_months for since).
	Excludes string
}

func (e *FactError) Error() string {
	return fmt.Sprintf("%s: invalid value %q; valid: %s", e.Key, e.Value, e.Valid)
}

// FactKeys are the fact names scenarios, the JSON API and the form use: the
// ask flags in snake case, in question order.
var FactKeys = rules.Keys()

// ParseDay parses a date a case can be about; see rules.ParseDay.
func ParseDay(s string) (rules.Date, error) { return rules.ParseDay(s) }

// ParseFacts builds Facts from key/value pairs (the ask flags in snake case,
// the JSON API's keys, a scenario's facts), through the fact schema. Keys it
// does not know are errors; so is every bad value, each reported once.
// Places are resolved by ResolveRegion when b is not nil.
func ParseFacts(kv map[string]string, b *Base) (rules.Facts, []*FactError) {
	var f rules.Facts
	var errs []*FactError
	for _, k := range sortedKeys(kv) {
		v := kv[k]
		d, ok := rules.FactByKey(k)
		if !ok {
			errs = append(errs, &FactError{Key: k, Value: v, Valid: "one of: " + strings.Join(FactKeys, ", "),
				Suggestions: closest(k, FactKeys, 2)})
			continue
		}
		if d.Kind == rules.KindPlace && b != nil {
			r := b.ResolveRegion(v)
			if r.Err != nil {
				errs = append(errs, &FactError{Key: k, Value: v, Valid: d.Describe(),
					Suggestions: r.Err.Suggestions, Candidates: r.Err.Candidates})
				continue
			}
			if d.Field == rules.FieldLeftRegion {
				f.LeftRegion = r.Region // the old city: its region only
				continue
			}
			f.Region, f.Place = r.Region, r.Place
			continue
		}
		if err := d.Set(&f, v); err != nil {
			errs = append(errs, &FactError{Key: k, Value: v, Valid: d.Describe()})
		}
	}
	// Two keys that answer one question (gap_months and since, arrears and
	// arrears_monthly) would have to agree; one is asked for instead.
	for _, d := range rules.Schema {
		if d.AltOf == "" || d.Get(&f) == "" {
			continue
		}
		if q, _ := rules.FactByField(d.AltOf); q.Get(&f) != "" {
			errs = append(errs, &FactError{Key: d.Key, Value: d.Get(&f), Valid: "give " + q.Key + " or " + d.Key + ", not both",
				Excludes: q.Key})
		}
	}
	return f, errs
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
