package understand

import (
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// Sifting the quantities a message names before any becomes the gap. A
// number of months or a month of the year is the gap only when the person
// tells it as one; people name many other times around it:
//
//   - the time to retirement or an age ("还有两年退休", "retiring in a
//     year", "58岁"): never a gap;
//   - a value they take back ("不是5个月 是3个月", "not 5 months, 3"): the
//     denied one is dropped, the one meant stays;
//   - a rough count followed by an exact one ("断了一年多了 十四个月吧"):
//     the exact one;
//   - the month paying resumed ("三月份开始又交上了", "paying normally
//     since January", "新公司八月份已经给交上了"): the end of the gap
//     (Extracted.Resumed), not its start;
//   - a date in a pasted bureau notice ("2026年09月暂停享受待遇"): the day
//     benefits stopped, which the person did not give as their gap;
//   - the month of a move or a new job ("上个月从广州换到深圳"): the gap
//     only when nothing else is.
//
// A confident wrong gap is worse than asking: whatever is dropped here is
// asked again.

// zhRetireAfter follow a time to retirement ("两年后退休", "两年就退休").
var zhRetireAfter = []string{"退休", "就退休", "后退休", "以后退休", "之后退休", "才退休", "就要退休", "到退休", "就到退休", "多退休",
	"左右退休", "就能退休", "可以退休", "就可以退休", "后就退休", "岁"}

// zhRetireBefore come before a time to retirement ("离退休还有两年").
var zhRetireBefore = []string{"离退休还有", "离退休还差", "距离退休还有", "距退休还有", "退休还有", "离退休只有", "离退休", "距离退休"}

// enRetireBefore are the words right before a time to retirement or an age
// ("retiring in a year", "retire in 2 years", "aged 58").
var enRetireBefore = map[string]bool{"retire": true, "retiring": true, "retirement": true, "retires": true, "aged": true, "age": true}

// enRetireAfter follow one ("two years to retirement", "58 years old").
var enRetireAfter = []string{" to retirement", " until retirement", " till retirement", " before retirement", " from retirement",
	" until i retire", " till i retire", " before i retire", " left until", " left before", " until retiring", " old", " of age",
	" to go until", " to go before", " away from retirement", " from retiring", " before retiring", " away from retiring",
	" to retiring", " from my retirement", " from my pension", " from pension", " before my pension", " until my pension",
	" until i can retire", " left to retire", " to retire"}

// zhResumedWords, in the clause right after a month, tell it as the month
// paying resumed ("三月份开始又交上了").
var zhResumedWords = []string{"又缴", "又开始缴", "恢复", "正常缴", "缴上了", "缴上", "给缴上", "续上", "接上", "重新缴", "又续", "补上",
	"按时缴", "开始缴了", "每月都缴", "每个月都缴",
	// "去年3月起一直在交": still paying since that month, as "一直正常交"
	// already reads (only in progress: "一直缴到5月" ends a record).
	"一直在缴", "一直有缴", "一直缴着", "一直都在缴", "一直都有缴",
	// "又接着交了", Cantonese "又有供返" (供: paying by instalments):
	// audit R6-M1.
	"接着缴", "又接着", "供返", "又有供",
	// "新公司十一月才开始交": only then did paying start again.
	"才开始缴", "才缴上", "才给缴", "才开始给缴",
	// "上个月已经补齐了": one's own missed months paid back then
	// (audit round 6 re-check R7-M5′).
	"补齐了", "补足了", "补完了", "补清了", "已经补齐"}

// enResumedWords, in the clause before a month named with since/from/in,
// tell it as the month paying resumed ("paying normally since January").
var enResumedWords = []string{"paying normally", "paid normally", "paid every month", "paying every month", "been paying",
	"paying again", "paid again", "resumed", "back to paying", "paying regularly", "paid regularly", "paying on time",
	"started paying", "paid since", "paying since", "paid on time", "paid up since", "restarted", "started again",
	"kept paying", "kept on paying", "been paying ever"}

// enGapWords between a resume word and the month mean the month is still a
// gap's ("paid every month until I stopped in May").
var enGapWords = []string{"stop", "missed", "lapse", "gap", "unpaid", "didnt", "not paid", "havent", "until", "till"}

// zhNoticeWords: a pasted bureau notice names the day benefits stop, not a
// gap the person gave ("您的医保已于2026年09月暂停享受待遇").
var zhNoticeWords = []string{"暂停享受", "停止享受", "暂停待遇", "待遇暂停", "终止享受", "暂停医保待遇", "暂停您的"}

// zhMoveWords right after a month name a move or a new job, not a gap
// ("上个月从广州换到深圳").
var zhMoveWords = []string{"从", "换到", "调到", "刚入职", "才入职", "刚换", "刚到", "刚来", "刚调", "搬到", "搬去", "调去", "来到", "入职", "换了工作", "换工作", "跳槽", "到了新", "去了新",
	"搬家", "转到", "换了个工作", "换了份工作", "换了一份工作", "换了新工作"}

// leftFromIn: "<month>从<the place or job>离职了" names the month a job
// was left, with no move to another place ("从广州辞职到深圳" is one).
func leftFromIn(after string) bool {
	a := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " "), "份"), " ")
	if !strings.HasPrefix(a, "从") {
		return false
	}
	a = cutRunes(a, 14)
	if k := strings.IndexByte(a, ','); k >= 0 {
		a = a[:k]
	}
	j := firstIndexAny(a, zhLeaveWords)
	return j >= 0 && !hasAny(a[:j], []string{"换", "调", "搬", "到", "跳槽"}) && !hasAny(a[j:], []string{"到", "去", "来"})
}

// trimMonthPart drops "份" and a part of the month ("底", "初", "中旬")
// after a month: "十月底倒闭了" is dated by the month as "十月倒闭了".
func trimMonthPart(after string) string {
	a := strings.TrimPrefix(after, "份")
	for _, p := range []string{"上旬", "中旬", "下旬", "月底", "月初", "底", "初", "末", "中"} {
		if t, ok := strings.CutPrefix(a, p); ok {
			return t
		}
	}
	return a
}

// roughCount reports a count told roughly: "一个多月", "两年多".
func roughCount(s string, q qty) bool {
	return strings.Contains(s[q.start:q.end], "多") || strings.HasPrefix(s[q.end:], "多")
}

// roughAgrees reports whether the rough count sc.items[i] agrees with
// every weak month: from the month to the month paying resumed (or to this
// month) is the count or one more.
func (x *extractor) roughAgrees(sc *scanner, i int, weak []bool, e *Extracted) bool {
	q := sc.items[i]
	n, ok := q.totalMonths()
	if !ok || q.hasYears || !roughCount(x.s, q) {
		return false
	}
	any := false
	for j := 0; j < sc.n; j++ {
		if !weak[j] || sc.items[j].kind != qSince {
			continue
		}
		m := sc.items[j].since
		span := x.cur.Since(m)
		if r := e.Resumed; r != nil && r.Since(m) > 0 && x.cur.Since(*r) >= 0 {
			span = r.Since(m)
		}
		if span < n || span > n+1 {
			return false
		}
		any = true
	}
	return any
}

// bornIn reports a month told as a birth: "出生" a few characters after it
// in its clause, or "born" just before or after it.
func bornIn(before, after string) bool {
	a := cutRunes(strings.TrimLeft(after, " "), 8)
	if hasAny(a, []string{"出生", "出世", "降生", "生的", "生了宝宝", "生了孩子"}) {
		return true
	}
	b := before[max(0, len(before)-16):]
	a = after[:min(len(after), 16)]
	return strings.Contains(" "+b, " born") || strings.HasPrefix(strings.TrimLeft(a, " "), "born")
}

// zhJobMoveWords a few characters after a month ("九月份在广州换了个工作")
// name a new job in that month, not a gap starting then.
var zhJobMoveWords = []string{"换了个工作", "换了份工作", "换了工作", "换工作", "跳槽", "入职", "换了单位", "换单位", "换了公司", "换公司"}

// sift drops the quantities that are not the gap, and reads the month
// paying resumed into e.Resumed.
func (x *extractor) sift(sc *scanner, e *Extracted) {
	s := x.s
	drop := make([]bool, sc.n)
	weak := make([]bool, sc.n)
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		before, after := clauseBefore(s, q.start), s[q.end:]
		if k := strings.IndexByte(after, ','); k >= 0 {
			after = after[:k]
		}
		if q.kind == qSince {
			if m, ok := listedMonthBefore(s, q); ok {
				// "8、9月没交": the months from the first listed.
				sc.items[i].since = m
				q = sc.items[i]
			}
			if leftAtMonthEnd(s[q.end:]) || isLetter(s[q.start]) && enLeftAtMonthEnd25b(s, q.start) {
				// "七月底辞职了 医保就没交了": July was paid with the
				// job; the first unpaid month is the next.
				sc.items[i].since = q.since.Add(1)
				q = sc.items[i]
			}
			switch {
			case isLetter(s[q.start]) && (enDayAfterMonth(s[q.end:]) || enDayBeforeMonth(s, q.start)) &&
				!hasAny(" "+before, []string{" since", " from", " starting", " until"}):
				// "surgery scheduled on December 10": a day, not a gap.
				drop[i] = true
			case noticeClause(before, after) && !x.noticeArrears(sc, i, before, after):
				drop[i] = true
			case payingIn(after) || paidBackBefore(before):
				// "这个月补交 能马上用吗", "下个月去补缴": the month the
				// person pays, never the first unpaid one.
				drop[i] = true
			case bornIn(before, after):
				// "孩子上个月在杭州出生", "baby was born last month": a
				// birth month, no gap's start.
				drop[i] = true
			case !gapBefore(s[:q.start]) && (resumedAfter(after, true) || resumedBefore(before, true)) &&
				!resumedAfter(after, false) && !resumedBefore(before, false):
				// "从2020年3月开始正常交 最近断了两个月": when paying began,
				// neither the gap's start nor its end.
				drop[i] = true
			case resumedAfter(after, gapBefore(s[:q.start])) || resumedBefore(before, gapBefore(s[:q.start])):
				drop[i] = true
				if e.Resumed == nil {
					m := q.since
					e.Resumed = &m
				}
			case x.expecting != rules.FieldGap && unitEndMonth(s, q.start, q.end):
				// "boss ran away last month": when the employer ended,
				// not the first unpaid month (eventmonth_r17b.go).
				drop[i] = true
			case leftFromIn(after):
				// "六月份从杭州那家公司离职了": the month the job was
				// left, the first without it.
			case hasPrefixAny(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " "), "份"), " "), zhMoveWords),
				hasAny(cutRunes(after, 10), zhJobMoveWords),
				eventBefore(before), hasPrefixAny(strings.TrimLeft(trimMonthPart(after), " "), zhEventWords):
				// "went bankrupt in September, they owe 3 months": the
				// month of an event; the count is the gap. With another
				// question on screen ("closed down last month" at the
				// unit's status) it is no gap at all.
				weak[i] = true
				drop[i] = x.expecting != "" && x.expecting != rules.FieldGap
			}
			continue
		}
		switch {
		case toRetirement(s, q, before):
			drop[i] = true
			x.toRetire = true
		case denied(before):
			drop[i] = true
		case roughThenExact(sc, i, s):
			drop[i] = true
		}
	}
	// A month of a move counts only when no other time was told, or
	// when the other is a rough count it agrees with ("九月份换了个工作
	// 新公司十一月才开始交 中间断了一个多月": September on, the longer
	// reading, is kept, never a cover the shorter one would claim).
	other := false
	for i := 0; i < sc.n; i++ {
		if !drop[i] && !weak[i] && sc.items[i].kind != qSince && (sc.items[i].hasMonths || sc.items[i].hasYears) {
			if x.roughAgrees(sc, i, weak, e) {
				// The month is the gap's start, whatever question is on
				// screen: the count says a gap was told.
				drop[i] = true
				for j := range weak {
					drop[j] = drop[j] && !weak[j]
				}
				continue
			}
			other = true
		}
	}
	n := 0
	for i := 0; i < sc.n; i++ {
		if drop[i] || weak[i] && other {
			continue
		}
		sc.items[n] = sc.items[i]
		n++
	}
	sc.n = n
}

// clauseBefore is the text of s's clause before i.
func clauseBefore(s string, i int) string {
	b := s[:i]
	if k := strings.LastIndexByte(b, ','); k >= 0 {
		b = b[k+1:]
	}
	return b
}

func noticeClause(before, after string) bool {
	if hasAny(after, zhNoticeWords) {
		return true
	}
	if strings.Contains(strings.ReplaceAll(before, "您好", ""), "您") {
		// "您2026年10月的职工医保费未足额缴纳": the bureau speaking.
		return true
	}
	// "您的职工医保于2026年10月起暂停": the bureau's words (您, 于) with a stop.
	b := strings.TrimRight(before, " ")
	return hasAny(after, []string{"暂停", "停止享受", "终止", "停保"}) && (strings.HasSuffix(b, "于") || strings.Contains(b, "您"))
}

// resumedAfter: the clause after a month tells it as the month paying
// resumed, with no word of a gap before the resume word ("三月份开始又交上了",
// but not "三月开始没缴 后来续上了" — that one stops at the gap word).
func resumedAfter(after string, gapTold bool) bool {
	after = strings.TrimLeft(after, " ")
	for _, w := range zhResumedWords {
		if !gapTold && !hasAny(w, zhAgainMarks) {
			// "从2020年3月开始正常缴 最近断了两个月": paying since then is
			// the start of the record, not the end of a gap told later.
			continue
		}
		if i := strings.Index(after, w); i >= 0 && i <= 30 {
			head := after[:i]
			// "从8月断到10月 11月又开始交了": another month in between is
			// the one paying resumed.
			if hasAny(head, []string{"断", "停", "没", "未", "欠", "不", "月"}) {
				return false
			}
			return true
		}
	}
	return false
}

// resumedBefore: "I've been paying normally since January".
func resumedBefore(before string, gapTold bool) bool {
	b := strings.TrimRight(before, " ")
	var marker bool
	for _, m := range []string{" since", " from", " in", " starting", " starting in", " from the start of", " again in", " back in"} {
		if strings.HasSuffix(" "+b, m) {
			marker = true
			break
		}
	}
	if !marker {
		// "started again Oct 2026", "resumed November": an again word
		// right before the month (audit round 6 re-check R7-M5′).
		for _, w := range enResumedWords {
			if hasAny(w, enAgainMarks) && strings.HasSuffix(b, w) && (len(b) == len(w) || !isAlnum(b[len(b)-len(w)-1])) {
				marker = true
				break
			}
		}
	}
	if !marker {
		return false
	}
	for _, w := range enResumedWords {
		if !gapTold && !hasAny(w, enAgainMarks) {
			continue
		}
		if i := strings.LastIndex(b, w); i >= 0 {
			if i > 0 && isAlnum(b[i-1]) {
				return false // "unpaid since July"
			}
			head := b[max(0, i-16):i]
			if hasAny(b[i+len(w):], enGapWords) || hasAny(head, []string{"stop", "not", "didnt", "havent", "hasnt", "hadnt",
				"no longer", "never", "quit", "missed"}) {
				return false
			}
			return true
		}
	}
	return false
}

// toRetirement: the quantity is a time to retirement or an age.
func toRetirement(s string, q qty, before string) bool {
	after := s[q.end:]
	if paidThenReached(before, after) {
		return false // "交了14年 到退休年龄了" (readings_h16a.go)
	}
	if paidBefore37b(before) {
		return false // "交了医保22年 退休后还要交吗" (read37b.go)
	}
	if _, gap := hasSuffixAny(strings.TrimSuffix(strings.TrimRight(before, " "), "了"), zhGapVerbs); gap {
		// "断了两年 退休了": a gap told as one, then retirement.
		return false
	}
	if w, _ := prevWord(s, q.start); enGapRole[w] {
		return false
	}
	if hasPrefixAny(strings.TrimLeft(after, " "), zhRetireAfter) || hasPrefixAny(after, enRetireAfter) {
		return true
	}
	if _, ok := hasSuffixAny(strings.TrimRight(before, " "), zhRetireBefore); ok {
		return true
	}
	w, p := prevWord(s, q.start)
	for k := 0; k < 3 && (w == "in" || w == "a" || w == "about" || w == "another" || w == "only" || w == "just"); k++ {
		w, p = prevWord(s, p)
	}
	return enRetireBefore[w]
}

// denied: the quantity is the value taken back ("不是5个月", "not 5
// months"); "是不是5个月" asks and denies nothing.
func denied(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, v := range []string{"", "断了", "断缴", "断缴了", "欠了", "停了", "没缴"} {
		t, ok := strings.CutSuffix(b, v)
		if !ok {
			continue
		}
		t = strings.TrimRight(t, " ")
		if strings.HasSuffix(t, "不是") && !strings.HasSuffix(t, "是不是") {
			return true
		}
	}
	w, _ := prevWord(before, len(before))
	return w == "not"
}

// roughThenExact: a rough count ("一年多") with an exact count of months
// inside its range later on ("十四个月吧").
func roughThenExact(sc *scanner, i int, s string) bool {
	q := sc.items[i]
	if q.kind == qSince || !strings.Contains(s[q.start:q.end], "多") && !strings.HasPrefix(s[q.end:], "多") {
		return false
	}
	lo, ok := q.totalMonths()
	if !ok {
		return false
	}
	hi := lo + 12
	if !q.hasYears || q.hasMonths {
		hi = lo + 1
	}
	for j := i + 1; j < sc.n; j++ {
		r := sc.items[j]
		if r.kind == qSince || r.hasYears {
			continue
		}
		if m, ok := r.totalMonths(); ok && m > lo && m < hi {
			return true
		}
	}
	return false
}

// zhLeaveWords name leaving a job.
var zhLeaveWords = []string{"辞职", "离职", "辞工", "被辞", "不干了", "下岗", "被裁", "裁员", "辞掉",
	// "前面那家是九月底走的": left the job at the month's end.
	"走的", "走了", "走人", "离开"}

// leftAtMonthEnd: the words after a month say the person left their job at
// its end ("底从绍兴的厂里辞职了", "月底离职").
func leftAtMonthEnd(after string) bool {
	a := strings.TrimPrefix(strings.TrimLeft(after, " "), "份")
	if !strings.HasPrefix(a, "底") && !strings.HasPrefix(a, "末") {
		return false
	}
	a = cutRunes(a, 16)
	if k := strings.IndexByte(a, ','); k >= 0 {
		a = a[:k]
	}
	return hasAny(a, zhLeaveWords)
}

// settleResumed keeps the month paying resumed only after the first
// unpaid month and not after this month; with it the gap has ended.
func (x *extractor) settleResumed(e *Extracted) {
	r := e.Resumed
	if r == nil {
		return
	}
	if x.cur.Since(*r) < 0 || e.Gap != nil && e.Gap.Since != nil && r.Since(*e.Gap.Since) <= 0 {
		e.Resumed = nil
		return
	}
	e.GapEnded = true
}

// Events dated by a month that is not the gap's start unless nothing
// else is told: a bankruptcy, a closure, a move.
var (
	zhEventWords = []string{"倒闭", "破产", "关门", "注销", "搬家", "搬到", "跑路"}
	enEventWords = []string{"bankrupt", "closed", "shut down", "went under", "went bust", "moved", "relocated", "liquidat"}
)

// eventBefore: "bankrupt in September", "moved here in May".
func eventBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	b = strings.TrimSuffix(strings.TrimSuffix(b, " in"), " since")
	tail := b[max(0, len(b)-24):]
	return hasAny(tail, enEventWords) && !hasAny(tail, enGapMarks)
}

// enGapRole are words right before a count that make it a gap ("missed 2
// years, retired now").
var enGapRole = map[string]bool{"missed": true, "lapsed": true, "unpaid": true, "stopped": true, "gap": true, "owes": true, "owe": true, "owing": true}

// Resume words that say "again" by themselves; the others ("正常缴",
// "been paying since") end a gap only when one was told before.
var (
	zhAgainMarks = []string{"又", "恢复", "续", "接上", "重新", "补上", "才"}
	enAgainMarks = []string{"again", "resumed", "restarted", "back to"}
	zhGapMarks   = []string{"断", "停", "没缴", "没有缴", "未缴", "欠", "漏缴", "没给缴", "没帮缴", "不给缴", "没给我缴", "没帮我缴", "冇缴"}
	enGapMarks   = []string{"gap", "missed", "lapse", "unpaid", "break", "stopped", "didnt pay", "skipped", "owe"}
)

// gapBefore reports a word of a gap in s (the text before a month).
func gapBefore(s string) bool {
	return hasAny(s, zhGapMarks) || hasAny(s, enGapMarks)
}

// listedMonthBefore reads a month listed right before a month name with a
// list mark ("8、9月", "8,9月", "8和9月"): the earlier month, same year.
func listedMonthBefore(s string, q qty) (rules.Month, bool) {
	b := s[:q.start]
	if q.start < len(s) && isLetter(s[q.start]) {
		// "March and April", "march, april": the first month named.
		t := strings.TrimRight(b, " ")
		for _, sep := range []string{" and", ",", "&"} {
			if u, ok := strings.CutSuffix(t, sep); ok {
				w, _ := prevWord(u, len(u))
				if n, ok := enMonths[w]; ok && w != "may" && n < int(q.since.Month) {
					return rules.Month{Year: q.since.Year, Month: time.Month(n)}, true
				}
				break
			}
		}
		return rules.Month{}, false
	}
	for _, sep := range []string{",", "和", "跟", "/"} {
		t, ok := strings.CutSuffix(b, sep)
		if !ok {
			continue
		}
		n, ok := digitsBefore(t, len(t))
		if !ok || n < 1 || n >= int(q.since.Month) {
			return rules.Month{}, false
		}
		if k := len(t) - len(strconv.Itoa(n)); k > 0 && (isDigit(t[k-1]) || t[k-1] == '.' || t[k-1] == '-') {
			return rules.Month{}, false
		}
		return rules.Month{Year: q.since.Year, Month: time.Month(n)}, true
	}
	return rules.Month{}, false
}

// zhNoticeArrears, in a pasted notice after the month, say the person's
// contributions are owed from then ("自2026年06月起处于欠费状态",
// "2026年08月至2026年10月社会保险费未足额申报缴纳").
var zhNoticeArrears = []string{"欠费", "欠缴", "未足额", "未缴", "未按时缴", "缴费中断", "中断缴费", "断缴"}

// noticeArrears keeps the first unpaid month a pasted notice states: "自
// <month>起…欠费", or a range "<month>至<month>…未足额缴纳" that runs to
// last month (an earlier end leaves open whether the months since were
// paid, so the gap is asked). The day benefits stop ("暂停享受待遇") and a
// single month "未足额缴纳" stay no gap.
func (x *extractor) noticeArrears(sc *scanner, i int, before, after string) bool {
	q := sc.items[i]
	if hasAny(after, zhNoticeWords) || !hasAny(after, zhNoticeArrears) {
		return false
	}
	b := strings.TrimRight(before, " ")
	if _, from := hasSuffixAny(b, []string{"自", "从", "自从"}); from && hasPrefixAny(strings.TrimLeft(after, " "), []string{"起", "开始"}) || noticeFrom37a(after) { // read37a.go
		return true
	}
	rest := strings.TrimLeft(after, " ")
	mark, ok := "", false
	for _, m := range []string{"至", "到"} {
		if strings.HasPrefix(rest, m) {
			mark, ok = m, true
		}
	}
	if !ok || i+1 >= sc.n || sc.items[i+1].kind != qSince {
		return false
	}
	end := sc.items[i+1]
	if strings.TrimSpace(x.s[q.end:end.start]) != mark || end.since.Since(q.since) < 0 || x.cur.Since(end.since) != 1 {
		return false
	}
	// The end month, told in the same notice, is dropped as the
	// bureau's when its turn comes.
	return true
}

// payingIn reports a month told as when the person pays what is missing
// ("这个月补交", "下个月去补缴", "月底前补上" is the employer's and read
// elsewhere): the month of a payment, not of a gap.
func payingIn(after string) bool {
	t := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " "), "份"), " ")
	for changed := true; changed; {
		changed = false
		for _, f := range []string{"就", "去", "再", "想", "打算", "准备", "要", "会", "刚", "才", "把钱", "给他", "给她", "给",
			// "这个月把欠的都补交了" (audit round 7 re-check n3).
			"已经", "把欠的", "把欠费", "把断的", "把中断的", "把之前的", "都", "全部", "全"} {
			if u, ok := strings.CutPrefix(t, f); ok {
				t, changed = u, true
			}
		}
	}
	return hasPrefixAny(t, []string{"补交", "补缴", "补费", "补钱"})
}
