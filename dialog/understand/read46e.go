package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// fix46e: "am I covered now?" is a treatment day: today (issue 17,
// 2026-12-08; audit round 33 F1).
//
// Family: a question whether the insurance works now — today, right now,
// this week, these days — ("am i covered right now", "现在看病能报吗",
// "医保卡还能用吗", "而家睇病得唔得", "这几天去医院能报销吗"), with no other
// day named, asks about the treatment day today: the answer then carries its
// day line (covered / not covered / not settled by the same rules as any
// day). "现在怎么办" / "what do I do now" asks for the next step, not about a
// day; "现在补交能报吗" asks about paying now; a day named ("12月20号",
// "10月8号住院了", "next week") keeps that day; a personal account asked
// about is not the pooled cover.
//
// "this week" / "这周" is today to Sunday; "这几天" / "these days" today and
// the six days after; "这两天" today and the two after: a span, so a stop
// inside it is told, never a single covered day.

var (
	// zhNow46e: a word of now in Chinese, Cantonese and typed dialect.
	zhNow46e = `(现在|目前|眼下|当下|现下|此刻|这会儿|这会|今天|今日|而家|宜家|而今|这马|这几天|这两天|近几天|这周|本周|这礼拜|这个礼拜|这星期|这个星期)`
	// zhStrong46e: a question of cover told by itself ("能报吗", "能用吗",
	// "有没有保障").
	zhStrong46e = `(?:能报|可以报|可报|报得了|报不了|给报|给不给报|能不能报|可不可以报|报不报|报销|能用|可以用|能不能用|可不可以用|用得了|用不了|还能用|能刷|可以刷|刷得了|刷不了|管用|有效|生效|有保障|有没有保障|保不保|算不算参保|有没有医保|还有医保|有医保吗|在保|断了没|停了没|用唔用得|报唔报得|啱唔啱用)`
	// zhWeak46e: a can-I that is a question of cover only beside a
	// treatment word ("看病行不行", "睇病得唔得").
	zhWeak46e = `(?:行不行|行吗|中不中|中吗|得唔得|得不得|可以吗|可以不|能吗|能不能|有没有影响|有影响吗|受不受影响|要紧吗|会不会自费|要自费吗|全自费|自己掏钱)`
	// zhTreat46e: a treatment word ("看病", "去医院", "睇病", "拿药").
	zhTreat46e = `(?:看病|看医生|看个病|睇病|睇医生|睇医|就医|就诊|住院|去医院|上医院|到医院|进医院|看门诊|门诊|看急诊|急诊|拿药|开药|买药|配药|刷卡|刷医保|用医保|用卡|医保卡|社保卡|做手术|手术|检查)`

	zhNowStrong46e = regexp.MustCompile(zhNow46e + `[^,.;!?]{0,14}?` + zhStrong46e)
	zhStrongNow46e = regexp.MustCompile(zhStrong46e + `[^,.;!?]{0,4}?(?:吗|么|不|没)?[^,.;!?]{0,2}?` + zhNow46e)
	zhNowWeak46e   = regexp.MustCompile(zhNow46e + `[^,.;!?]{0,10}?` + zhTreat46e + `[^,.;!?]{0,8}?` + zhWeak46e)
	zhTreatNow46e  = regexp.MustCompile(zhTreat46e + `[^,.;!?]{0,4}?` + zhNow46e + `[^,.;!?]{0,8}?(?:` + zhStrong46e + `|` + zhWeak46e + `)`)
	// zhStill46e: "医保卡还能用吗", "我的医保还有效吗": still working, said
	// of the card or the insurance, is now.
	zhStill46e = regexp.MustCompile(`(?:医保|社保|卡)[^,.;!?]{0,6}?还(?:能|可以|有没有|是不是)?(?:用|有效|生效|管用|刷|在保|能刷|保障)`)

	// zhPayNow46e: paying now, then a question of cover ("现在补交能报吗",
	// "现在交上能用吗"): a question of paying, not of today.
	zhPayNow46e = regexp.MustCompile(zhNow46e + `[^,.;!?]{0,6}?(?:补交|补缴|补上|补齐|补|交上|缴上|交了|缴了|交|缴|续上|续交|续)`)
	// zhNextStep46e: "现在怎么办", "现在该咋整".
	zhNextStep46e = regexp.MustCompile(zhNow46e + `[^,.;!?]{0,4}?(?:怎么办|咋办|咋整|怎么弄|咋弄|怎么搞|咋搞|怎么处理|该怎么|该咋|点算|点搞|点办|怎么做)`)
)

var (
	enNow46e = `(?:right now|rite now|rn|now|nowadays|today|tody|todays|currently|curently|at the moment|atm|at present|presently|this week|these days|this few days|the next few days|next few days|the next couple of days|next couple of days|these couple of days|as of today|as of now|still)`
	// enCover46e: a question of cover ("am i covered", "can i use my
	// insurance", "is my card still working", "will it be reimbursed").
	enCover46e    = `(?:cover(?:ed|d)?|coverd|coverage|insured|use (?:my |the |our )?(?:medical |health |social )?(?:insurance|insurence|insurace|card|yibao|medicare)|(?:card|insurance|insurence|policy|yibao)(?: is| still)* (?:work|working|valid|active|usable|good)|(?:card|insurance|insurence|yibao) still work|reimburs\w*|claim (?:it|anything|my|the)|get (?:it )?reimbursed|pay for (?:it|my))`
	enNowCover46e = regexp.MustCompile(`\b` + enNow46e + `\b[^,.;!?]{0,40}?\b` + enCover46e)
	enCoverNow46e = regexp.MustCompile(`\b` + enCover46e + `\b[^,.;!?]{0,30}?\b` + enNow46e + `\b`)
	// enStill46e: "is my card still working", "is the insurance still
	// valid": still, said of the card or the insurance, is now.
	enStill46e = regexp.MustCompile(`(?:\b(?:card|insurance|insurence|yibao|policy|coverage|cover)\b|医保|社保)[^,.;!?]{0,12}?\bstill (?:work|works|working|valid|active|good|usable|ok|on)\b`)
	// enAsk46e: a question's auxiliary before the cover word ("am i",
	// "can i", "will it", "is my"): a statement ("i'm currently not
	// insured") is no question of today.
	enAsk46e = regexp.MustCompile(`\b(?:am|is|are|can|could|will|would|do|does|may|shall|r|u|still)\b`)
	// enCoverWhen46e: the cover asked about from another time ("covered
	// from january", "covered again in march", "covered until the 15th").
	enCoverWhen46e = regexp.MustCompile(`\b(?:cover(?:ed|d)?|coverd|insured|reimbursed)\b (?:again )?(?:from|in|on|until|till|by|after|before|starting|since|next|during|for)\b`)
	// enNextStep46e: "what do i do now", "what should i do now", "now what".
	enNextStep46e = regexp.MustCompile(`\bwhat (?:do|should|can|shall|must) (?:i|we) do\b|\bwhat now\b|\bnow what\b|\bwhat are my options\b|\bhow do i (?:fix|get)\b`)
	// enPayNow46e: "if i pay now will i be covered", "to get covered again".
	enPayNow46e = regexp.MustCompile(`\b(?:if|once|after|when) (?:i|we) (?:pay|paid|make up|back ?pay|resume|restart|start paying)\b|\b(?:get|be|become) covered again\b|\bto (?:get|be) covered\b|\bpay(?:ing)? (?:it )?(?:now|today)\b`)
	// enDayNamed46e: another day named ("on the 20th", "dec 20", "next
	// week", "tomorrow", "last month").
	enDayNamed46e = regexp.MustCompile(`\b(?:tomorrow|tmr|yesterday|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month)|(?:on|by) the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}\b|\d{4}-\d{1,2}-\d{1,2}|end of the month|later this month|in (?:a few|two|2|three|3) (?:days|weeks)|(?:was|got) (?:hospitali[sz]ed|admitted)|went to (?:the )?(?:hospital|doctor|er)|had (?:a |an )?(?:surgery|operation))\b`)
	// zhDayNamed46e: another day named ("12月20号", "明天", "下周",
	// "月底"), or a stay told as past ("上个月住院了").
	zhDayNamed46e = regexp.MustCompile(`\d{1,2}\s*(?:号|日)|[一二三四五六七八九十]{1,3}(?:号|日)|明天|后天|明日|下周|下星期|下礼拜|下个星期|下个礼拜|下个月|下月|月底|明年|过几天|过两天|昨天|前天|上周|上星期|上礼拜|星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日]|住院了|住了院|做了手术|手术了|看了病|看病了|就医了|开了刀|开刀了|去了医院|花了`)
	// personal46e: the personal account asked about, not the pooled cover.
	personal46e = regexp.MustCompile(`个人账户|个账|账户里的钱|账户余额|personal account|individual account`)
)

// nowTreat46e sets the treatment day to today for a question of cover now
// with no other day named.
func (x *extractor) nowTreat46e(e *Extracted) {
	if x.today.IsZero() || e.Treatment != nil {
		return
	}
	from, until, ok := nowSpan46e(x.s, x.today)
	if !ok {
		return
	}
	e.Treatment = &from
	if until != nil {
		e.TreatmentUntil = until
	}
}

// nowSpan46e reads a question of cover now in s: today, or a span from
// today for "this week" / "these days".
func nowSpan46e(s string, today rules.Date) (from rules.Date, until *rules.Date, ok bool) {
	if personal46e.MatchString(s) || zhDayNamed46e.MatchString(s) || enDayNamed46e.MatchString(s) || treatPast(s) {
		return from, nil, false
	}
	word, ok := nowQuestion46e(s)
	if !ok {
		return from, nil, false
	}
	from = today
	switch word {
	case "这周", "本周", "这礼拜", "这个礼拜", "这星期", "这个星期", "this week":
		wd := (int(time.Date(today.Year, today.Month, today.Day, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7 // Monday 0
		if wd < 6 {
			u := today.AddDays(6 - wd)
			until = &u
		}
	case "这几天", "近几天", "these days", "this few days", "the next few days", "next few days":
		u := today.AddDays(6)
		until = &u
	case "这两天", "the next couple of days", "next couple of days", "these couple of days":
		u := today.AddDays(2)
		until = &u
	}
	return from, until, true
}

// nowQuestion46e finds, clause by clause, a question of cover bound to a
// word of now, and returns that word.
func nowQuestion46e(s string) (string, bool) {
	for _, cl := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?:", r) }) {
		cl = strings.TrimSpace(cl)
		if cl == "" || zhNextStep46e.MatchString(cl) || enNextStep46e.MatchString(cl) || zhPayNow46e.MatchString(cl) || enPayNow46e.MatchString(cl) {
			continue
		}
		for _, re := range []*regexp.Regexp{zhNowStrong46e, zhNowWeak46e} {
			if m := re.FindStringSubmatch(cl); m != nil {
				return m[1], true
			}
		}
		for _, re := range []*regexp.Regexp{zhStrongNow46e, zhTreatNow46e} {
			if m := re.FindStringSubmatch(cl); m != nil {
				return m[1], true
			}
		}
		if zhStill46e.MatchString(cl) {
			return "现在", true
		}
		if !enAsk46e.MatchString(cl) || enCoverWhen46e.MatchString(cl) {
			continue
		}
		if enStill46e.MatchString(cl) {
			return "now", true
		}
		if m := enNowCover46e.FindString(cl); m != "" {
			return enNowWord46e(m), true
		}
		if m := enCoverNow46e.FindString(cl); m != "" {
			return enNowWord46e(m), true
		}
	}
	return "", false
}

// enNowWord46e is the span word in an English match, "now" otherwise.
func enNowWord46e(m string) string {
	for _, w := range []string{"this week", "the next few days", "next few days", "these days", "this few days", "the next couple of days", "next couple of days", "these couple of days"} {
		if strings.Contains(m, w) {
			return w
		}
	}
	return "now"
}
