package understand

import (
	"strings"

	"bujiao/rules"
)

// relationSexStated keeps the sex read from a relative named in a
// statement ("my dad in foshan retired last month, only 18 yrs") when the
// pronoun that confirms it stands in the question ("does he need to pay
// more?"): the statement alone has no pronoun, so its reading lost the sex
// and the person was asked for it. A sex word in the question itself
// ("男的要交多少年") is no fact about anyone.
func relationSexStated(a *Analysis) {
	if !a.Asks || a.Stated.Sex != "" || a.Extracted.Sex == "" ||
		a.Stated.YearsPaid == nil && a.Stated.Retirement != rules.RetirementAtAge && a.Stated.Retirement != rules.RetirementRetired {
		return
	}
	rel := relMale
	if a.Extracted.Sex == rules.SexFemale {
		rel = relFemale
	}
	q := " " + strings.ToLower(a.Question) + " "
	if hasAny(q, rel) || hasAny(q, []string{"男", "女", "male", "female", " man ", " woman ", " men ", " women "}) {
		return
	}
	a.Stated.Sex = a.Extracted.Sex
}
