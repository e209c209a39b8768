package understand

import "strings"

// A parent who left work to look after a child, told in English ("left
// work to care for my kid", heldout11; "quit to look after my baby",
// "stayed home with my son"), asks for themselves, as "辞职回家带娃" does
// (onlyCaring): the child is why they stopped, not whose cover is asked.
// A child named outside the caring phrase ("... can I enrol my son too")
// still makes it a case for the child.

var (
	enCareVerbs = []string{"care for", "caring for", "cared for", "take care of", "taking care of", "took care of", "look after",
		"looking after", "looked after", "stay home with", "staying home with", "stayed home with", "stay at home with",
		"stayed at home with", "raise", "raising", "be with", "home with", "care of"}
	enCareWhom = []string{"my kid", "my kids", "my child", "my children", "my baby", "my son", "my daughter", "our kid", "our kids",
		"our child", "our children", "our baby", "our son", "our daughter", "the kid", "the kids", "the baby", "the children",
		"a newborn", "my newborn", "our newborn", "my toddler", "our toddler"}
	enChildLeft = []string{"my child", "my son", "my daughter", "my kid", "my baby", "children", "our child", "our son", "our daughter",
		"our kid", "our baby", "my newborn", "my toddler"}
)

// enOnlyCaring reports that every child named in s is inside a caring
// phrase.
func enOnlyCaring(s string) bool {
	t, found := s, false
	for _, v := range enCareVerbs {
		for _, w := range enCareWhom {
			p := v + " " + w
			if strings.Contains(t, p) {
				t = strings.ReplaceAll(t, p, ",")
				found = true
			}
		}
	}
	return found && !hasAny(t, enChildLeft)
}
