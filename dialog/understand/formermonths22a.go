package understand

import (
	"strings"

	"bujiao/rules"
)

// A former employer's unpaid months placed right (fix22a; audit round 21,
// R21-W1, R21-W2): the person says when they left and which months, or
// how many, the old employer did not pay before it.
//
//   - Months named as unpaid ("辞职前8月9月两个月公司没交", "they didn't pay
//     august or september") fix the first unpaid month directly: the
//     earliest of them.
//   - A leaving month said as the end of a month ("9月底离职", "quit end of
//     september") with n months owed before it: the months end at the
//     leaving month, the first unpaid is L-n+1; when the person says the
//     leaving month itself was paid, L-n. A leaving month without "end"
//     ("9月份离职") may have been left early in the month, so the earlier
//     L-n is kept: never a later first unpaid month than the words allow.
//   - Named months that do not end at the leaving month (or the month
//     before it), or that disagree with the count told, are asked again.

func init() {
	fl21ZhLeave = append(fl21ZhLeave, "走的", "走人")
	fl21EnLeave = append(fl21EnLeave, "quit at", "quit end", "quit in", "quit on", "quit last", "resigned at", "resigned end",
		"left end of", "stopped working at", "stopped working in")
}

// dayNamed: q is a month with a day after it ("sept 5", "oct 10th"): a
// date (a treatment day), neither the leaving nor a month unpaid.
func (x *extractor) dayNamed(q qty) bool {
	if q.kind != qSince || zhAround(x.s, q) {
		return false
	}
	rest := x.s[q.end:]
	return len(rest) > 1 && rest[0] == ' ' && isDigit(rest[1]) && !hasPrefixAny(strings.TrimLeft(rest[1:], "0123456789"), []string{" month", " year", " yr"})
}

var (
	// fm22ZhOwed: a named month's months were not paid ("8月9月公司没交").
	fm22ZhOwed = []string{"没缴", "没有缴", "未缴", "冇缴", "无缴", "沒缴", "欠", "没给", "没帮", "没替", "冇俾", "冇畀", "漏缴", "断缴"}
	// fm22EnOwed: the same in English.
	fm22EnOwed = []string{"didnt pay", "did not pay", "didn't pay", "never paid", "hadnt paid", "had not paid", "hadn't paid", "not paid",
		"unpaid", "owe", "owed", "owes", "missed", "skipped", "no contributions for", "wasnt paid", "weren't paid", "werent paid"}
	// fm22ZhFrom / fm22EnFrom: a named month is where the not paying began.
	fm22ZhFrom = []string{"开始", "起", "以后", "之后", "往后"}
	fm22EnFrom = []string{"since ", "from ", "starting ", "after "}
	// fm22LeavePaid: the leaving month itself was paid.
	fm22LeavePaid = []string{"离职那个月交了", "离职那个月有交", "离职当月交了", "离职当月有交", "离职那个月缴了", "离职当月缴了", "走的那个月交了",
		"走的那个月缴了", "辞职那个月交了", "辞职那个月缴了", "辞职当月缴了", "最后一个月交了", "最后一个月缴了", "最后一个月有缴",
		"month i left was paid", "paid the month i left", "paid for the month i left", "paid my last month", "last month there was paid"}
	// fm22Resume: a named month is the one paying resumed ("11月起自己交").
	fm22Resume = []string{"自己缴", "自己交", "恢复", "又缴", "重新缴", "接上", "续上", "续缴", "开始缴", "缴上了", "灵活就业"}
)

// leaveEnd: the leaving month q was said as its end ("9月底离职",
// "10月底走的", "quit end of september", "left at the end of october").
func (x *extractor) leaveEnd(q qty) bool {
	s := x.s
	if zhAround(s, q) {
		after := strings.TrimPrefix(s[q.end:], "份")
		return hasPrefixAny(after, []string{"底", "末", "下旬", "最后"}) || hasPrefixAny(strings.TrimLeft(s[q.end:], " "), []string{"yue di", "di "})
	}
	head := strings.TrimRight(s[:q.start], " ")
	return hasSuffixAnyStr(head, []string{"end of", "the end of", "late", "end-of"})
}

// leavePaidSaid: the person says the leaving month itself was paid.
func (x *extractor) leavePaidSaid() bool { return hasAny(x.s, fm22LeavePaid) }

// owedNamed: q is a month named as unpaid by the employer ("8月9月两个月
// 公司没交", "didn't pay august or september"), not the leaving month and
// not the month paying resumed.
func (x *extractor) owedNamed(q qty) bool {
	if q.kind != qSince || x.leaveAttached(q) {
		return false
	}
	s := x.s
	if zhAround(s, q) {
		after := cutRunes(s[q.end:], 14)
		if c := strings.IndexAny(after, ",;"); c >= 0 {
			after = after[:c]
		}
		// Stop at a leaving word: the owing words after it are another
		// clause's ("8月份离职的,…没缴").
		for _, w := range fl21ZhLeave {
			if i := strings.Index(after, w); i >= 0 {
				after = after[:i]
			}
		}
		if hasAny(after, fm22Resume) && !hasAny(after, []string{"没", "未", "冇"}) {
			return false
		}
		before := lastRunes(clauseBefore(s, q.start), 5)
		return hasAny(after, fm22ZhOwed) || hasSuffixAnyStr(before, []string{"欠", "欠了", "欠我", "没缴", "没给缴", "没有缴", "未缴", "欠缴"})
	}
	c := " " + commaClause(s, q.start, q.end) + " "
	return hasAny(c, fm22EnOwed)
}

// owedFrom: a named month is where the not paying began ("8月开始公司就
// 没交了", "they stopped paying from august").
func (x *extractor) owedFrom(q qty) bool {
	s := x.s
	if zhAround(s, q) {
		return hasPrefixAny(strings.TrimPrefix(s[q.end:], "份"), fm22ZhFrom) || hasSuffixAnyStr(s[:q.start], []string{"从", "自"})
	}
	return hasSuffixAnyStr(strings.TrimRight(s[:q.start], " ")+" ", fm22EnFrom)
}

// resumeNamed: q is the month paying resumed, said with the person's own
// paying ("11月起自己交灵活就业", "11月开始恢复缴费").
func (x *extractor) resumeNamed(q qty) bool {
	if x.newJobMonth31b(q) { // read31b.go
		return true
	}
	if q.kind != qSince || !zhAround(x.s, q) {
		return false
	}
	after := cutRunes(strings.TrimPrefix(x.s[q.end:], "份"), 8)
	return hasPrefixAny(after, []string{"起", "开始", "又", "重新", "恢复"}) && hasAny(after, fm22Resume) &&
		!hasAny(resumeHead37a(after), []string{"没", "未", "冇", "断"}) // read37a.go
}

// namedOwedGap: with months named as unpaid, the first unpaid month and
// the months owed; ok false when the pieces do not fit (asked again).
func (fl formerLeaving) namedOwedGap(cur rules.Month) (first rules.Month, n int, ok bool) {
	first, last := fl.owedMonths[0], fl.owedMonths[0]
	for _, m := range fl.owedMonths[1:] {
		if m.Since(first) < 0 {
			first = m
		}
		if m.Since(last) > 0 {
			last = m
		}
	}
	if cur.Since(first) < 0 {
		return first, 0, false
	}
	span := last.Since(first) + 1
	switch {
	case len(fl.owedMonths) > 1:
		n = span
		if fl.owed > 0 && fl.owed != span {
			return first, 0, false
		}
	case fl.owed > 0:
		n = fl.owed
	case fl.owedFrom && fl.leaveMonth != nil:
		n = fl.leaveMonth.Since(first) + 1
	default:
		n = 1
	}
	if n <= 0 {
		return first, 0, false
	}
	if fl.leaveMonth != nil {
		// The months owed end at the leaving month, or the month before
		// it when that was paid or the leaving came early in the month.
		end := first.Add(n - 1)
		if d := fl.leaveMonth.Since(end); d < 0 || d > 1 {
			return first, 0, false
		}
	}
	return first, n, true
}

// zhFormerNotPaid: a former employer, or the time before leaving, is told
// with a plain "没交" in the same clause ("上家公司在我走之前有三个月没交医保"):
// the employer's not paying, though no word of owing is said.
func zhFormerNotPaid(s string) bool {
	for _, w := range r17aZhFormerEmployer {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			k += j + len(w)
			after := cutRunes(s[k:], 14)
			if c := strings.IndexAny(after, ",;"); c >= 0 {
				after = after[:c]
			}
			if i := strings.Index(after, "后"); i >= 0 {
				after = after[:i]
			}
			if hasAny(after, []string{"没缴", "没有缴", "未缴", "冇缴", "沒缴", "无缴"}) {
				return true
			}
		}
	}
	return false
}

// selfPaysNow: the person says they pay their own cover again now, as a
// flexible worker or themselves ("现在自己交灵活就业", "now i pay it myself"):
// the gap is over, the month asked unless named.
func selfPaysNow(s string) bool {
	return hasAny(s, []string{"现在自己缴", "现在自己在缴", "现在以灵活就业", "现在按灵活就业", "现在灵活就业自己缴", "现在是灵活就业自己缴",
		"现在改成自己缴", "现在我自己缴", "现在都是自己缴", "目前自己缴", "已经自己缴上了", "已经自己接上了"}) ||
		hasAny(" "+s, []string{" now i pay it myself", " now i pay myself", " i pay it myself now", " now paying it myself", " now paying myself",
			" paying it myself now", " paying myself now", " now i pay as a flexible", " now paying as a flexible", " now pay as a flexible"})
}

// selfResumed: the person pays their own cover again, now or from a named
// month ("现在自己交灵活就业", "11月起自己交"): a former employer's months
// owed are still its arrears.
func (x *extractor) selfResumed() bool {
	if selfPaysNow(x.s) {
		return true
	}
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	for i := 0; i < sc.n; i++ {
		if x.resumeNamed(sc.items[i]) {
			return true
		}
	}
	return false
}

// futureLeaveZh: a leaving still to come, in Chinese; "9月底辞职的" names
// a month already past (fix22a), not "月底辞职" (this month's end).
func futureLeaveZh(s string, cur rules.Month) bool {
	for _, w := range zhFutureLeave21d {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(w)
			if !strings.HasPrefix(w, "月底") {
				return true
			}
			if m, ok := leaveMonthBefore(s, at); !ok || m >= int(cur.Month) {
				return true
			}
		}
	}
	return false
}

// leaveMonthBefore reads the month number (digits or Chinese) right
// before "月" at s[i].
func leaveMonthBefore(s string, i int) (int, bool) {
	if m, ok := digitsBefore(s, i); ok {
		return m, m >= 1 && m <= 12
	}
	for k := 0; k < i; k++ {
		if m, end, ok := monthNumberAt(s, k); ok && end == i+len("月") {
			return m, true
		}
	}
	return 0, false
}
