package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---------------------------------------------------------------------------
// Questions

var zhStrongQ = []string{"怎么", "如何", "什么", "哪里", "哪儿", "哪些", "哪个", "多少", "为什么", "为啥", "怎样", "多久",
	"多长时间", "啥", "咋", "谁", "哪"}
var zhWeakQ = []string{"吗", "能不能", "可不可以", "是否", "能否", "有没有", "是不是", "会不会", "要不要", "需不需要",
	"几年", "几个月", "么", "第几",
	// Cantonese: "仲搵得返咩" (still recoverable?).
	"咩"}
var enStrongQ = []string{"how", "what", "where", "when", "why", "which", "who", "whats", "hows"}
var enWeakQ = []string{"can i", "could i", "do i", "does", "is it", "should", "will i", "am i", "is there",
	"are there", "can my", "can you", "is my", "do you", "shall", "may i", "would", "need i", "must i",
	"can they", "can it", "can we", "can the", "can he", "can she", "do they", "does it", "will it", "will they",
	"is the", "are they", "did they", "did my", "has my", "have i", "any help", "is it ok"}

// clauseStart reports whether the English word at i begins a clause (perhaps
// after so/and/but/then/ok/please).
func clauseStart(s string, i int) bool {
	w, p := prevWord(s, i)
	switch w {
	case "so", "and", "but", "then", "ok", "okay", "hi", "hello", "please", "also", "thanks", "well":
		w, _ = prevWord(s, p)
	}
	return w == ""
}

// askingNe reports a clause ending in 呢 that asks ("那我呢", "怎么交
// 呢"); "V着…呢" and "正在…呢" tell what is going on ("领着失业金呢",
// "正在找工作呢") and ask nothing.
func askingNe(c string) bool {
	if !strings.HasSuffix(c, "呢") {
		return false
	}
	return !strings.Contains(c, "着") && !strings.Contains(c, "正在") && !goingOnNe26a(c) // ne26a.go
}

// questionScore weighs question words: wh-words count 2, others 1. Requests
// for the main flow (怎么办, what should I do) do not count.
func (x *extractor) questionScore() int {
	score := 0
	for _, h := range x.hits[:x.nh] {
		w, _ := x.hitWeight(h)
		score += w
	}
	if askingNe(x.s) {
		score++
	}
	return score + colloquialAsks(x.s)
}

// colloquialAsks counts the ways of asking in Chinese that need no question
// word: a verb repeated round 不 ("算不算", "交不交得上", "报不报") and a
// clause ending in 不 or 没 ("能补不", "交了没", "有影响没"). "能不能" and
// the like are weighed as words already; "还没" and "也不" are statements.
func colloquialAsks(s string) int {
	n := 0
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if concessive47b(rs, i) {
			continue // read47b.go: "中不中就跑了", "行不行都得交"
		}
		if rs[i] == '不' && rs[i-1] == rs[i+1] && unicode.Is(unicode.Han, rs[i-1]) && !strings.ContainsRune("能要会是有可", rs[i-1]) {
			n++
		}
		// "断没断", "交没交": a verb repeated round 没 asks too.
		// Cantonese "会唔会", "使唔使".
		if rs[i] == '唔' && rs[i-1] == rs[i+1] && unicode.Is(unicode.Han, rs[i-1]) {
			n++
		}
		if rs[i] == '没' && rs[i-1] == rs[i+1] && unicode.Is(unicode.Han, rs[i-1]) && !strings.ContainsRune("没有是", rs[i-1]) {
			n++
		}
	}
	n += alternativeAsks(string(rs)) + doubtAsks(s) + dialectAsks(s) + enIfThenAsks(s) // dialectask_h15.go, questions21a.go
	end := len(rs)
	for end > 0 && strings.ContainsRune(",，。.!！~ ", rs[end-1]) {
		end--
	}
	rs = rs[:end]
	switch {
	case len(rs) >= 3 && rs[len(rs)-1] == '不' && !strings.ContainsRune("还也都就并可我你他她要", rs[len(rs)-2]):
		n++
	case len(rs) >= 3 && rs[len(rs)-1] == '没' && (rs[len(rs)-2] == '了' || strings.ContainsRune(string(rs[:len(rs)-2]), '有')):
		n++
	case len(rs) >= 4 && strings.HasSuffix(string(rs), "了没有"):
		n++
	}
	return n
}

// alternativeAsks counts a choice put to the reader ("是马上失效还是过段时间",
// "去税务局交还是医保局交"): 还是 between two things. 还是 followed by a
// negation or a verb of continuing is "still" ("还是没交", "还是要交",
// "还是开着", "还是正常"), and
// after 但/可/就 it is a statement too.
func alternativeAsks(s string) int {
	rs := []rune(s)
	if clauseAlternative(rs) { // questions21a.go
		return 1
	}
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != '还' || rs[i+1] != '是' {
			continue
		}
		// "厂还是开起的", "还是正常上班": still open, still working (heldout9).
		if strings.ContainsRune("没不要会得很一照按但可就开正", rs[i+2]) || strings.ContainsRune("但可就也都", rs[i-1]) {
			if framedChoice(rs, i) { // "是A还是要B" (questions_h14.go)
				return 1
			}
			continue
		}
		return 1
	}
	return 0
}

// enFlowAfterWhat follow "what" in a request for the main flow.
var enFlowAfterWhat = []string{" should i do", " can i do", " do i do", " now", " to do", " shall i do"}

// hitWeight is the question weight of one hit; flow is set for a request
// for the main flow ("怎么办", "what should I do"), which asks nothing the
// FAQ answers.
func (x *extractor) hitWeight(h hit) (weight int, flow bool) {
	s := x.s
	w, rest := s[h.pos:h.end], s[h.end:]
	switch h.list {
	case lStrongQ:
		switch {
		case (w == "怎么" || w == "咋") && strings.HasPrefix(rest, "办") && !strings.HasPrefix(rest, "办理"):
			return 0, true
		case w == "what" && hasPrefixAny(rest, enFlowAfterWhat):
			return 0, true
		case w[0] < 0x80 && declarativeWh(s, int(h.pos)):
			// "that's where my insurance is" (correctopen_h10m.go).
			return 0, false
		case w[0] < 0x80 && unsureBefore(s, int(h.pos)):
			return 0, false // "not sure when": a fact not known, no question (R13-W1″)
		case w == "when" && !clauseStart(s, int(h.pos)) && whenConjunction(rest):
			// "says he'll pay when business picks up": a time clause.
			return 0, false
		case w[0] < 0x80 && (w == "when" || !clauseStart(s, int(h.pos))):
			// "when I left my job", "I know what I paid": a statement
			// unless the question mark says otherwise.
			return 1, false
		default:
			return 2, false
		}
	case lWeakQ:
		if pw, at := prevWord(s, int(h.pos)); pw == "what" && hasPrefixAny(s[at+len("what"):], enFlowAfterWhat) {
			// "what do I do", "what should I do": the request for the main
			// flow weighed above, not a second question.
			return 0, false
		}
		p, _ := utf8.DecodeLastRuneInString(s[:h.pos])
		if w == "么" && strings.ContainsRune("什怎那这多要", p) || strings.HasPrefix(w, "几") && strings.ContainsRune("十好那这", p) {
			return 0, false // 什么, 怎么 (counted above); 十几个月, 好几年, 那几个月 (a statement)
		}
		return 1, false
	}
	return 0, false
}

// clause is a stretch of the normalised message between breaks.
type clause struct {
	start, end int
	asks       bool
}

// clauses splits the message at ',' and at the clause marks of n, and marks
// the clauses that ask something: question words, or a question mark that
// is not a request for the main flow ("上海断缴8个月，怎么办？").
func (x *extractor) clauses(n *normalized) (out [maxMarks * 2]clause, count int) {
	s := x.s
	ends := make([]int, 0, 8)
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			ends = append(ends, i)
		}
	}
	for _, e := range n.softEnds[:n.nSoft] {
		ends = append(ends, int(e))
	}
	slices.Sort(ends)
	// A voice run-on has no marks at all ("…从今年八月就一直没交了那现在再
	// 交的话什么时候能用"): its question starts at a word that opens one.
	for i, st := 0, 0; i <= len(ends); i++ {
		end := len(s)
		if i < len(ends) {
			end = ends[i]
		}
		split := x.runOnSplits(st, end)
		ends = append(ends, split...)
		if len(split) > 0 || st > 0 {
			ends = append(ends, x.tailTagSplit(st, end)...) // tailtag_h10m.go
		}
		st = end + 1
	}
	slices.Sort(ends)
	start := 0
	add := func(end int) {
		if end <= start || count == len(out) {
			start = end + 1
			return
		}
		c := clause{start: start, end: end}
		weight, flow := 0, false
		for _, h := range x.hits[:x.nh] {
			if int(h.pos) >= start && int(h.end) <= end {
				w, f := x.hitWeight(h)
				weight += w
				flow = flow || f
			}
		}
		if askingNe(s[start:end]) {
			weight++
		}
		weight += colloquialAsks(s[start:end])
		if howToDoClause(s[start:end]) {
			weight, flow = 0, true // dialectask_h15.go
		}
		qmark := slices.Contains(n.qEnds[:n.nQ], int32(end))
		c.asks = weight > 0 || qmark && !flow
		out[count] = c
		count++
		start = end + 1
	}
	for _, e := range ends {
		add(e)
		if s[min(e, len(s)-1)] != ',' {
			start = e // a soft end has no ',' to skip
		}
	}
	add(len(s))
	return out, count
}

// runOnOpeners open the question of a voice run-on told without a mark
// ("…断了四个月我现在医保还能用吗", "…没缴了那现在再缴的话什么时候能用").
// The longer of two that start alike comes first.
var runOnOpeners = []string{"然后", "听说", "听人说", "听别人说", "那现在", "那我", "我现在", "俺现在", "现在", "你说", "请问", "想问", "问下", "要等", "不知道",
	"还能不能", "能不能", "可不可以", "还能", "能自己", "可以自己", "还可以", "能否", "是不是", "会不会", "有没有", "要多久", "多久", "什么时候", "啥时候", "怎么", "咋"}

// runOnStory are words of a person telling their own case: a run-on that
// holds one before its question tells facts, which a bare question ("断缴
// 3个月能补吗") does not.
var runOnStory = []string{"我", "俺", "咱", "公司", "单位", "厂", "老板", "孩子", "娃",
	// The person's own leaving, told with its time ("广州离职两个月了医保断了能自己续吗").
	"离职两", "离职三", "离职一", "离职四", "离职五", "离职半", "离职快", "辞职两", "辞职三", "辞职一", "辞职四", "辞职五", "辞职半"}

// runOnIf suppose a case rather than tell one.
var runOnIf = []string{"如果", "假如", "假设", "要是", "万一", "比如", "假若"}

// runOnMinRunes is how long a stretch without marks must be, and how long
// the part before an opener, for the run-on to be split there.
const runOnMinRunes, runOnMinPart = 12, 6

// runOnSplits finds where the question of a run-on in s[start:end] opens:
// only in a long Chinese stretch that asks, in a message that tells the
// person's own case before the opener. Each split is a clause end without a mark.
func (x *extractor) runOnSplits(start, end int) []int {
	s := x.s
	if start >= end || end > len(s) || utf8.RuneCountInString(s[start:end]) < runOnMinRunes {
		return nil
	}
	asks := colloquialAsks(s[start:end]) > 0
	for _, h := range x.hits[:x.nh] {
		if int(h.pos) >= start && int(h.end) <= end {
			if w, _ := x.hitWeight(h); w > 0 {
				asks = true
			}
		}
	}
	if !asks {
		return nil
	}
	if s[start] < 0x80 && s[end-1] < 0x80 {
		return x.enRunOnSplit(start, end)
	}
	var out []int
	last := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0x80 {
			i += size
			continue
		}
		opener := ""
		for _, w := range runOnOpeners {
			if strings.HasPrefix(s[i:end], w) {
				opener = w
				break
			}
		}
		if opener == "" {
			opener = naOpener(s, i, end) // readings_h11p.go
		}
		if opener == "" {
			i += size
			continue
		}
		before := s[last:i]
		if hasAny(s[start:i], runOnIf) {
			// "我想知道如果断缴三个月会怎么样": a case supposed, not told.
			return out
		}
		if utf8.RuneCountInString(before) >= runOnMinPart && utf8.RuneCountInString(s[i+len(opener):end]) >= 2 &&
			hasAny(s[:i], runOnStory) && !hasSuffixAnyStr(before, []string{"到", "至", "直到", "我", "俺"}) {
			out = append(out, i)
			last = i
		}
		i += len(opener)
	}
	return out
}

// enRunOnOpeners open the question of an English run-on told without a
// mark ("…stopped paying 5 months ago can i still get it back").
var enRunOnOpeners = []string{"can i", "could i", "do i", "does it", "is my", "is it", "is there", "will i", "will it", "should i",
	"am i", "can my", "can they", "can it", "how long", "how much", "how do", "how can", "what should", "what can", "what do",
	"what happens", "where do", "where can", "who pays", "who should"}

// enRunOnStory are words of a person telling their own case.
var enRunOnStory = []string{" my ", " i ", " im ", " we ", " our ", " me ", "company", "employer", "boss", "factory"}

// enRunOnMinWords is how many words must come before the opener.
const enRunOnMinWords = 6

// enRunOnSplit finds where the question of an English run-on opens: the
// first opener after at least enRunOnMinWords words that tell the
// person's case; a case supposed ("if I stop paying…") is not split.
func (x *extractor) enRunOnSplit(start, end int) []int {
	s := x.s
	seg := s[start:end]
	if hasAny(" "+seg+" ", []string{" if ", " suppose ", " say i ", " what if "}) {
		return nil
	}
	for i := start + 1; i < end; i++ {
		if s[i-1] != ' ' || !isLetter(s[i]) {
			continue
		}
		opener := false
		for _, w := range enRunOnOpeners {
			if strings.HasPrefix(s[i:end], w) && (i+len(w) == end || !isAlnum(s[i+len(w)])) {
				opener = true
				break
			}
		}
		if !opener {
			continue
		}
		before := " " + s[start:i]
		if len(strings.Fields(before)) >= enRunOnMinWords && hasAny(before, enRunOnStory) && end-i > 4 {
			return []int{i}
		}
		return nil
	}
	return nil
}
