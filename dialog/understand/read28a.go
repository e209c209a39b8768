package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Readings of round fix28a (heldout24's residents), each for a family of
// wordings:
//
//   - a job left and, after it, a company joined ("上海的工作辞了回广州 去
//     了黄埔一家公司", "辞职后进了一家新厂"): a job change, not a job left;
//   - the whole gap told with 加起来/合计/累计/前后 ("加起来断了四个月",
//     whose 了 the fill trimming drops), and in English "total gap 3
//     months": the person's own count;
//   - the rural resident scheme by where it is paid ("我们乡下的医保",
//     "村里交的医保", "农村的医保"): the resident scheme;
//   - a factory by its trade or its head ("一个电子厂", "五金厂",
//     "厂长说等订单款回来就补"): the employer, as 厂里 and 老板 are;
//   - the employer waiting for its customers' money before it pays ("等订
//     单款回来就补", "货款到了再交"): arrears in hardship, as read27b.go's
//     "等资金" is;
//   - a gap told in months beside the month a new employer started paying
//     ("换工作断了一个月 新公司5月开始交的"): the months before that month,
//     not months up to now.

func init() {
	fl21EnTotal = append(fl21EnTotal, "total gap", "total gap of", "gap total", "gap in total", "overall gap", "whole gap")
	for _, w := range []string{"乡下的医保", "乡下医保", "乡里的医保", "村里的医保", "村里交的医保", "村里的合作医疗", "农村的医保",
		"农村交的医保", "乡下交的医保", "老家农村的医保"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lResident})
	}
	for _, w := range []string{"厂长", "电子厂", "五金厂", "服装厂", "制衣厂", "鞋厂", "家具厂", "玩具厂", "塑料厂", "纺织厂", "印刷厂",
		"食品厂", "机械厂", "化工厂", "包装厂", "模具厂", "灯饰厂", "陶瓷厂"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lUnit})
	}
}

// zhJoined28a: a company joined ("去了黄埔一家公司", "进了一个厂",
// "到了一家新单位上班").
var zhJoined28a = regexp.MustCompile(`(?:去了|进了|到了|入职了|跳到了?|换到了?)[^,，。;；\s]{0,6}?(?:一家|一个|家|个)(?:新的?)?(?:公司|单位|厂|工厂|企业|店)`)

// zhLeft28a: the leaving told before the joining.
var zhLeft28a = regexp.MustCompile(`辞了|辞职|离职|辞工|不干了|不做了`)

// round28a runs fix28a's late readings (called from round25a).
func (x *extractor) round28a(e *Extracted) {
	x.joinedAfterLeaving28a(e)
	x.gapBeforeResumed28a(e)
	if e.Reason == rules.ReasonArrears && (e.UnitStatus == "" || e.UnitImplied && e.UnitStatus == rules.UnitNormal) && !TellsUnitGone(x.s) &&
		hasAny(x.s, zh28Waiting) {
		e.UnitStatus, e.UnitImplied = rules.UnitHardship, false
	}
}

// zh28Waiting: the employer waiting for its customers' money.
var zh28Waiting = []string{"等订单款", "订单款回来", "订单款到", "等货款", "货款回来", "货款到了", "货款到位", "等客户付款", "客户付款了再",
	"客户回款", "等工程款", "工程款下来", "工程款到"}

// joinedAfterLeaving28a reads a job left, then a company joined, as a job
// change; a company joined before the leaving, or no new job told, stays a
// job left.
func (x *extractor) joinedAfterLeaving28a(e *Extracted) {
	if e.Reason != rules.ReasonLeftJob {
		return
	}
	s := x.s
	l := zhLeft28a.FindStringIndex(s)
	if l == nil {
		return
	}
	rest := s[l[1]:]
	if !zhJoined28a.MatchString(rest) || hasAny(rest, r17aZhNoNewJob) || hasAny(rest, []string{"面试", "应聘", "没去", "没进", "还没"}) {
		return
	}
	e.Reason = rules.ReasonJobChange
}

// totalSaid28a: a count told as the whole gap with 加起来, 合计, 累计 or
// 前后, its 了 trimmed ("加起来断了四个月" reads "…加起来断").
func totalSaid28a(before string) bool {
	for _, w := range []string{"加起来", "加起来一共", "加起来总共", "合计", "累计", "前前后后", "前后一共", "前后总共"} {
		for _, v := range []string{"断", "断缴", "断保", "停", "停缴", "没缴", "没交"} {
			if strings.HasSuffix(before, w+v) || strings.HasSuffix(before, w+v+"了") {
				return true
			}
		}
	}
	return false
}

// zhGapCount28a: a gap told in months ("断了一个月", "停缴了两个月").
var zhGapCount28a = regexp.MustCompile(`(?:断|停)(?:缴|保|交)?了?([^\s,，。;；]{1,4}?个?月)`)

// gapBeforeResumed28a reads a gap in months, told with the month a new
// employer's paying began and so in conflict with now, as the months
// before that month; only one count, in whole months, is read.
func (x *extractor) gapBeforeResumed28a(e *Extracted) {
	if !e.GapConflict || e.Gap != nil || e.Resumed == nil || x.cur.Since(*e.Resumed) < 0 {
		return
	}
	if e.Reason != rules.ReasonJobChange && !hasAny(x.s, zhNewUnit) || e.ArrearsBeforeLeaving != nil {
		return
	}
	ms := zhGapCount28a.FindAllStringSubmatch(x.s, -1)
	if len(ms) != 1 {
		return
	}
	d, err := ParseDuration(ms[0][1], x.today)
	if err != nil || d.Since != nil || d.Months <= 0 || d.Months > 24 {
		return
	}
	since := e.Resumed.Add(-d.Months)
	e.Gap, e.GapConflict = &Duration{Since: &since}, false
}
