package understand

import (
	"regexp"

	"bujiao/rules"
)

// fix43b: the hometown's insurance by its everyday names ("没交老家的医保",
// "老家医保断了", "老家那边交的医保") is the resident scheme, as the village
// names of read28a.go are: the employee scheme follows the employer, not
// the home. Only where nothing else names the scheme, the payer or a
// reason ("老家的职工医保", "老家的医保是职工医保", "公司没给交老家的医保"
// are read as told).
var zhHomeInsurance43b = regexp.MustCompile(`老家(?:的|里的|那边的?|那儿的|那的)?(?:交的|缴的|买的|上的)?(?:医保|医疗保险|合作医疗|新农合)`)

// homeInsurance43b reads the hometown's insurance as the resident scheme.
func (x *extractor) homeInsurance43b(e *Extracted) {
	if e.Scheme != "" || e.Payer != "" || e.Reason != "" || e.PriorScheme != "" {
		return
	}
	if m := zhHomeInsurance43b.FindStringIndex(x.s); m != nil && !hasAny(x.s, []string{"职工", "单位", "公司", "灵活就业", "个体"}) {
		e.Scheme = rules.SchemeResident
	}
}
