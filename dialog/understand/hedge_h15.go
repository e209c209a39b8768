package understand

import "strings"

// A count of years paid told with a hedge ("about twenty years I think",
// "大概交了二十年", "二十年左右", "差不多二十年吧") is no count: the years
// decide whether the minimum is met (20, 25, 30 at the thresholds) and
// "about twenty" may be nineteen or twenty-one. Like "二十来年" it is left
// unset so that it is asked (heldout15 h15-en-retire-nat-vague). Told as
// the answer to that question it is the person's figure and is read.

// zhHedgeBefore are words of a rough figure that come before it, within a
// few characters ("大概交了", "差不多", "估计有"); "前后" is not one
// ("前前后后交了二十年" is a total).
var zhHedgeBefore = []string{"大概", "大约", "大致", "约莫", "差不多", "估计", "好像", "可能", "也许", "将近", "接近", "快", "近",
	"不到", "少说", "起码", "至少", "最少", "印象中", "记不清"}

// zhHedgeAfter follow the figure's unit: "二十年左右", "二十年上下".
var zhHedgeAfter = []string{"左右", "上下", "前后", "出头", "多点", "还不到", "不到", "吧", "的样子", "的样", "好像"}

// enHedgeBefore come among the few words before the figure ("for about
// twenty", "like 20", "close to 20").
var enHedgeBefore = []string{"about", "around", "roughly", "approximately", "approx", "almost", "nearly", "maybe", "probably",
	"like", "some", "close to", "more or less", "give or take", "i think", "i guess", "i believe", "at least", "under",
	"over", "more than", "less than", "just under", "just over"}

// enHedgeAfter follow the figure ("20 years or so", "twenty years i think").
var enHedgeAfter = []string{"or so", "ish", "give or take", "more or less", "i think", "i guess", "i believe", "maybe", "probably",
	"roughly", "or more", "or less", "plus"}

// hedgedYears reports a count of years paid told roughly.
func hedgedYears(s string, q qty) bool {
	before := strings.TrimRight(s[:q.start], " ")
	after := strings.TrimLeft(s[q.end:], " ")
	if q.start > 0 && s[q.start-1] >= 0x80 || q.end < len(s) && s[q.end] >= 0x80 || strings.HasSuffix(before, "年") {
		win := clauseTail(cutRunesBack(before, 5))
		for _, w := range zhHedgeBefore {
			if strings.Contains(win, w) {
				return true
			}
		}
		for _, w := range zhHedgeAfter {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
	}
	words := strings.Fields(strings.Map(enHedgeSpace, clauseTail(before)))
	if len(words) > 3 {
		words = words[len(words)-3:]
	}
	tail := " " + strings.Join(words, " ") + " "
	for _, w := range enHedgeBefore {
		if strings.Contains(tail, " "+w+" ") {
			return true
		}
	}
	head := strings.Fields(strings.Map(enHedgeSpace, clauseHead(after)))
	if len(head) > 3 {
		head = head[:3]
	}
	lead := strings.Join(head, " ") + " "
	for _, w := range enHedgeAfter {
		if strings.HasPrefix(lead, w+" ") {
			return true
		}
	}
	return false
}

// enHedgeSpace turns punctuation into spaces for the word windows.
func enHedgeSpace(r rune) rune {
	if r == '.' || r == '!' || r == '?' || r == ';' || r == ':' || r == '-' {
		return ' '
	}
	return r
}

// clauseTail is s after its last comma; clauseHead is s up to its first.
func clauseTail(s string) string {
	if i := strings.LastIndexAny(s, ",，"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func clauseHead(s string) string {
	if i := strings.IndexAny(s, ",，"); i >= 0 {
		return s[:i]
	}
	return s
}
