package knowledge

import (
	"fmt"
	"strings"
	"unicode"
)

// checkFAQWordings warns about one way of asking listed under two FAQ
// entries: the search finds one of them for it, so the other entry's
// listing is misleading at best, and a maintainer reading either entry
// thinks that wording is covered.
func (l *loader) checkFAQWordings() {
	type where struct{ id, file, field string }
	seen := map[string]where{}
	for _, f := range l.faq {
		for _, lq := range []struct {
			lang string
			qs   []string
		}{{"zh", f.v.Questions.Zh}, {"en", f.v.Questions.En}} {
			for i, q := range lq.qs {
				key := questionKey(q)
				if key == "" {
					continue
				}
				field := fmt.Sprintf("%s.questions.%s[%d]", f.path, lq.lang, i)
				first, dup := seen[key]
				if !dup {
					seen[key] = where{f.v.ID, f.file, field}
					continue
				}
				if first.id == f.v.ID {
					l.warnf(f.file, field, "question %q is listed twice in this entry; %s", q, strings.TrimPrefix(l.firstCopy(first.file, first.field), "; "))
					continue
				}
				l.warnf(f.file, field, "question %q is also a question of faq %s%s; the search can give only one of them for it, so keep it under the entry that answers it",
					q, first.id, l.firstCopy(first.file, first.field))
			}
		}
	}
}

// questionKey is a question as the comparison sees it: case, spaces and
// the punctuation at its end do not count.
func questionKey(q string) string {
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	return strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}
