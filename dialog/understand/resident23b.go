package understand

import (
	"slices"
	"strings"
	"time"

	"bujiao/rules"
)

// Readings of fix23b (issue 17): an employer in arrears told in Hokkien
// (Minnan) and Wu, with the boss still there.

// dialectFix23b: Hokkien 头家 is the boss (老板; 头家走/头家跑 fled), 厂仔 a
// factory (厂子), 犹/犹原 still (还): "厂犹原有开" the factory is still
// open, "厂仔犹咧做" it still works. Wu 勒海/勒浪 is being there ("老板还
// 勒海" the boss is still there, "人还勒浪上班" still at work), 开仔 open
// (开着: "厂也开仔" the factory is open too). Each is replaced by a
// Mandarin word of the same length in bytes, so every reader takes it as
// Mandarin; 頭 and 猶 are folded before (normalize.go) or listed.
var dialectFix23b = strings.NewReplacer(
	"头家走", "头家走", "头家跑", "头家跑", "头家", "老板", "厂仔", "厂子",
	"犹原有开", "还开着的", "犹原咧开", "还开着的", "犹原在开", "还开着的", "猶原有开", "还开着的",
	"犹有开", "还开着", "犹咧开", "还开着", "犹在开", "还开着", "猶有开", "还开着",
	"犹原咧做", "还在干的", "犹原在做", "还在干的", "犹咧做", "还在干", "犹在做", "还在干", "猶咧做", "还在干",
	"犹原咧上班", "还在上班的", "犹咧上班", "还在上班", "犹原", "还是", "猶原", "还是",
	"勒海上班", "在上班的", "勒浪上班", "在上班的", "勒嗨上班", "在上班的",
	"还勒海", "还在的", "还勒浪", "还在的", "还勒嗨", "还在的",
	"也开仔", "还开着", "还开仔", "还开着", "开仔", "开着",
)

func fixDialect23b(s string) string {
	return dialectFix23b.Replace(s)
}

// en23bFlexi: flexible employment shortened as people type it ("flexi emp",
// "flexi worker"): paid by the person, in the employee scheme.
var en23bFlexi = []string{"flexi emp", "flexi empl", "flexi employment", "flexi employed", "flexi employee", "flexi worker",
	"flexi workers", "flexi work", "flexi job", "flexi jobs", "flexi staff"}

// enEmployerWho and enNotPaying: an employer, then, a few words on, that
// it does not pay, in the English of someone who leaves out the auxiliary
// and puts the place in between: "my company Shenzhen not give money
// insurance 4 month", "boss in Dongguan no pay yibao". leftjob_h15.go reads
// the two side by side.
var (
	enEmployerWho = []string{"company", "employer", "boss", "factory", "firm", "unit", "office", "shop", "restaurant"}
	enNotPaying   = []string{"not pay", "no pay", "not give", "no give", "not paying", "no paying", "never pay", "not giving",
		"no giving", "stop pay", "stop paying", "not pay for"}
	// enOwnWords between them make the one who does not pay someone else
	// ("company said i not pay", "boss and me no pay").
	enOwnWords = []string{"i", "we", "me", "my", "you", "he", "she", "they", "said", "say", "says", "told", "tell", "tells", "ask",
		"asks", "asked", "and", "but", "if", "or", "could", "can", "cant", "think", "thinks", "want", "wants", "let"}
)

// employerNotPayingAhead reports such an employer, at most three words
// before the verb and within one clause.
func employerNotPayingAhead(s string) bool {
	if s == "" || s[0] >= 0x80 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
		return false
	}
	clauses := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?，。；！？", r) })
	for _, c := range clauses {
		ws := strings.Fields(c)
		for i, w := range ws {
			if !slices.Contains(enEmployerWho, w) {
				continue
			}
			for j := i + 2; j <= i+4 && j < len(ws); j++ {
				between := ws[i+1 : j]
				if slices.ContainsFunc(between, func(b string) bool { return slices.Contains(enOwnWords, b) }) {
					break
				}
				rest := strings.Join(ws[j:], " ")
				if slices.ContainsFunc(enNotPaying, func(v string) bool {
					after, ok := strings.CutPrefix(rest, v)
					return ok && (after == "" || after[0] < 'a' || after[0] > 'z')
				}) {
					return true
				}
			}
		}
	}
	return false
}

// zhMonthsOwedLabel: a pasted notice gives the months owed as a field,
// "欠费月数：4", "欠缴月数: 3个月", "未缴费月数 2".
var zhMonthsOwedLabel = []string{"欠费月数", "欠缴月数", "欠费月份数", "欠缴月份数", "欠费期数", "欠缴期数", "未缴费月数", "未缴月数",
	"断缴月数", "中断月数", "缴费中断月数", "累计欠费月数", "累计欠缴月数"}

// labelledMonthsOwed reads the count after such a field name (the
// separators are commas once normalised), whole months only.
func labelledMonthsOwed(s string) (int, bool) {
	for _, w := range zhMonthsOwedLabel {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(s[i+len(w):], ",: 为是")
		for _, p := range []string{"为", "是"} {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, p), ",: ")
		}
		n, ok := parseNumAt(rest, 0)
		if !ok || n.frac || n.pair || n.v <= 0 || n.v%1000 != 0 || n.v/1000 > rules.MaxGapMonths {
			continue
		}
		after := rest[n.end:]
		if strings.HasPrefix(after, "年") || n.end < len(rest) && isDigit(rest[n.end]) {
			continue
		}
		return int(n.v / 1000), true
	}
	return 0, false
}

// round23b: the readings of fix23b that need the facts read so far.
func (x *extractor) round23b(e *Extracted) {
	x.monthOwedNamed(e)
	if e.Gap != nil && e.Gap.Since != nil && e.ArrearsPaid != nil && *e.Gap.Since == *e.ArrearsPaid && !e.GapEnded {
		// "settled the arrears in november": the month named is the
		// payment's, not the first unpaid one; the gap is asked.
		e.Gap = nil
	}
	if e.Gap == nil && !e.GapConflict && !e.GapTooLong {
		if m, ok := labelledMonthsOwed(x.s); ok {
			e.Gap = &Duration{Months: m}
			x.gapNamed = true
		}
	}
	if e.Reason == "" && e.UnitStatus == "" && (e.Payer == "" || e.Payer == rules.PayerUnit) && employerNotPayingAhead(x.s) {
		e.Reason, e.Payer = rules.ReasonArrears, rules.PayerUnit
	}
}

// sincePromised: this month named as when the employer will pay back
// ("老板说这个月底补", "公司说本月内补齐", "this month end they pay it back"
// is read elsewhere) is a promise, not the first unpaid month: the gap
// told as a count ("公司欠了两个月医保") stands.
func (x *extractor) sincePromised(q qty) bool {
	if q.since != x.cur {
		return false
	}
	rest := x.s[q.end:]
	for _, f := range []string{"份", "底", "内", "中旬", "中", "初"} {
		rest = strings.TrimPrefix(rest, f)
	}
	for _, f := range []string{"之前", "以前", "前"} {
		rest = strings.TrimPrefix(rest, f)
	}
	for changed := true; changed; {
		changed = false
		for _, f := range []string{"就", "会", "能", "再", "一定", "肯定", "统一", "全部", "都", "给", "帮", "我们", "我"} {
			if r, ok := strings.CutPrefix(rest, f); ok {
				rest, changed = r, true
			}
		}
	}
	return hasPrefixAny(rest, []string{"补", "缴上", "缴齐", "缴清", "还上", "还清"})
}

// An employer that "settled all of it", "cleared everything it owed": the
// missed months paid back (audit round 23, R23-M1), as "paid it all back".
func init() {
	enPaidBack = append(enPaidBack, "settled all of it", "settled it all", "settled everything", "settled them all", "settled all the",
		"settled what they owed", "settled what it owed", "settled all they owed", "settled all it owed", "cleared all of it",
		"cleared it all", "cleared everything", "cleared what they owed", "cleared what it owed", "cleared all the")
}

// SaysAla reports Wu 阿拉 ("we", "our") in a message: said in Shanghai and
// in Ningbo alike, so it narrows the place to those two without choosing
// (fix23b). Place names holding 阿拉 (阿拉伯, 阿拉善, 阿拉尔, 阿拉山口) are not it.
func SaysAla(msg string) bool {
	for from := 0; ; {
		i := strings.Index(msg[from:], "阿拉")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("阿拉")
		if !hasPrefixAny(msg[from:], []string{"伯", "善", "尔", "山口", "斯加", "丁"}) {
			return true
		}
	}
}

// enPaidInDeadline, zhPaidInDeadline: an employer's back-payment said to
// be within the tax office's deadline ("paid it all back … within the tax
// office deadline", "在税务局规定的期限内补齐了").
var (
	enPaidInDeadline = []string{"within the tax office deadline", "within the tax deadline", "within the deadline", "before the deadline",
		"before the tax office deadline", "before the tax deadline", "by the deadline", "by the tax office deadline", "in time for the deadline"}
	zhPaidInDeadline = []string{"期限内", "限期内", "规定期限内", "截止日前", "截止日期前", "期限之前", "期限前", "限期之内", "期限之内"}
)

// PaidWithinDeadline reports an employer's arrears said to be paid back
// within the tax office's deadline, in the message read as a whole.
func PaidWithinDeadline(msg string, today rules.Date) bool {
	s, _ := normalize(msg)
	if !hasAny(s, enPaidInDeadline) && !hasAny(s, zhPaidInDeadline) {
		return false
	}
	a := Analyze(msg, today, nil, "")
	return a.ArrearsPaid != nil || a.ArrearsPaidSaid
}

// monthOwedNamed: "欠了10月的医保", "没交十月的社保" name the month owed
// (October's contributions), not a count of ten months. With the month the
// gap ended known (paid back, paying again) the month named is the first
// unpaid one; otherwise how many months are unpaid is asked.
func (x *extractor) monthOwedNamed(e *Extracted) {
	if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months < 1 || e.Gap.Months > 12 {
		return
	}
	s := x.s
	for from := 0; ; {
		i := strings.Index(s[from:], "月的")
		if i < 0 {
			return
		}
		i += from
		from = i + len("月的")
		if !hasPrefixAny(s[from:], []string{"医保", "社保", "保险", "钱", "费", "缴费", "医疗"}) {
			continue
		}
		for k := 1; k <= 3 && i-k*3 >= 0; k++ {
			start := i - k*3
			if k == 1 && i >= 2 && isDigit(s[i-1]) {
				start = i - 1
				if i >= 2 && isDigit(s[i-2]) {
					start = i - 2
				}
			}
			n, ok := parseNumAt(s, start)
			if !ok || n.end != i || n.frac || n.v/1000 != int64(e.Gap.Months) || strings.HasPrefix(s[start:], "两") {
				// 两月 is two months: no month is called 两.
				continue
			}
			m := rules.Month{Year: x.cur.Year, Month: time.Month(e.Gap.Months)}
			if m.Since(x.cur) > 0 {
				m = m.Add(-12)
			}
			if end := e.ArrearsPaid; end != nil && end.Since(m) > 0 || e.Resumed != nil && e.Resumed.Since(m) > 0 {
				e.Gap = &Duration{Since: &m}
			} else {
				e.Gap = nil
			}
			return
		}
	}
}
