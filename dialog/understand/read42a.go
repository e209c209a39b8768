package understand

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// fix42a (audit round 31, R31-W1 / R31-M1 / R31-M2): the new place's start
// told in wordings read39a's markers missed. The structure is the same —
// a clause with a word of starting that names another city and a month or
// a day — but the starting word is the employer's act on the person or a
// dialect verb:
//   - the employer of a city acts on the person: "杭州公司给俺上的保险",
//     "绍兴新公司给我办了参保", "宁波那家厂子给我上了保险", "a ningbo firm
//     in july registered me";
//   - the person went into an employer of a city, the day told after it:
//     "进了绍兴一家厂 11月10号给我参的保", "joined a shanghai company in
//     august", "started at a company in hangzhou on 9/3";
//   - dialect: "8月到杭州整了个活", "去宁波那边上班了", "在嘉兴找了个班上".
//
// The month is the one told right before the marker (not a month the old
// place was paid to: "交到10月"), else a month or a day ("11-10", "8/20")
// told after it and followed by a word of registering or paying.
var (
	zhStart42a = []*regexp.Regexp{
		// 1: city's employer + 给/帮 + me + register/insure.
		regexp.MustCompile(`(\p{Han}{2,4}?)(?:那边的|这边的|那家|这家|的)?(?:一家|一个|新的?)?(?:公司|单位|厂子|工厂|厂|企业|老板)[^,，。;；！？!?]{0,12}?(?:给|帮|替)(?:我|俺|咱|额|偶)?[^,，。;；\s]{0,3}?(?:上|办|参|交|缴|买|入)了?的?(?:保险|参保|保|医保|社保|五险|职工医保)`),
		// 2: went into an employer of a city.
		regexp.MustCompile(`(?:进了?|进入了?|入职了?|去了|到了|跳槽到了?|跳到了?|换到了?)(\p{Han}{2,4}?)(?:那边的|这边的|的)?(?:一家|一个|个|新的?)?(?:公司|单位|厂子|工厂|厂|企业)`),
		// 3: dialect: found work / went to work in a city.
		regexp.MustCompile(`(?:在|到|去|来|上)(\p{Han}{2,4}?)(?:那边|这边|那儿|这儿)?(?:整了个|整了份|找了个|找了份|谋了个|上班了|上了班|干上了|干活了|打工了|入职了?)`),
	}
	enStart42a = []*regexp.Regexp{
		// joined a shanghai company / started at a hangzhou firm.
		regexp.MustCompile(`\b(?:joined|joind|join|entered|started (?:at|with|in)|began (?:at|with)|got into|went to work (?:for|at)|moved to|hired by|hired at)\s+(?:a|an|the|my)?\s*(?:new\s+)?([a-z']+)\s+(?:company|employer|firm|factory|office|business|startup|hospital|school)\b`),
		// started at a company in shanghai.
		regexp.MustCompile(`\b(?:joined|joind|started (?:at|with|working (?:at|for))|began (?:at|with|working (?:at|for))|got a job (?:at|with)|went to work (?:at|for)|hired by|hired at|moved to)\s+(?:a|an|the)?\s*(?:new\s+)?(?:company|employer|firm|factory|business|job)\s+(?:in|at|from)\s+([a-z']+)`),
		// a shanghai company (some words) registered me.
		regexp.MustCompile(`\b([a-z']+)\s+(?:company|employer|firm|factory|boss)\s+(?:[\w/]+\s+){0,4}?(?:registered|regestered|registerd|enrolled|insured|signed up|put)\s+me\b`),
	}
	// zhDay42a: a month, or a day told as month-day with a dash, slash or
	// dot ("11-10", "8/20"); the month in group 1 or 2.
	zhDay42a = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?|\b(1[0-2]|0?[1-9])[-/.](?:[12][0-9]|3[01]|0?[1-9])\b`)
	enDay42a = regexp.MustCompile(`\b` + enMonthRe36b + `|\b(1[0-2]|0?[1-9])/(?:[12][0-9]|3[01]|0?[1-9])\b`)
	// regAfter42a: a word of registering or paying after the day.
	regAfter42a = regexp.MustCompile(`^[^,，。;；.!?！？]{0,16}?(?:参保|参的保|上的保|上了保|上保险|办了参保|交|缴|入职|上班|报到|register|enrol|insur|start|began|pay|join)`)
	// paidToBefore42a: the month is one the old place was paid or worked to.
	paidToBefore42a = regexp.MustCompile(`(?:到|至|到了|till|until|thru|through|to)\s*$`)
	// toComeBefore42a: the month is in a year to come ("明年3月").
	toComeBefore42a = regexp.MustCompile(`(?:明年|来年|下一年|next year|next)\s*$`)
	// askGap42a: a question whether the time between counts as a gap is
	// no word of owing ("中间算不算断缴", "does that count as a gap").
	askGap42a = regexp.MustCompile(`(?:算不算|是不是|有没有|算|会不会)(?:是)?断(?:缴|保|交)了?(?:吗|呢|啊)?|(?:count|counted) as a gap|is (?:that|it|this) a gap|was there a gap`)
)

// findStart42a finds a start clause by the markers above when read39a's
// found none; the city trimmed to the place named.
func findStart42a(s string, regions RegionMatcher) (start39a, bool) {
	var best start39a
	found := false
	for i, group := range [][]*regexp.Regexp{zhStart42a, enStart42a} {
		zh := i == 0
		for _, re := range group {
			for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
				city, at := trimCity42a(s[m[2]:m[3]], m[2], regions)
				if city == "" || found && at >= best.at {
					continue
				}
				id, _ := regions.MatchRegion(city)
				n := startMonth42a(s, at, m[1], zh)
				if n == 0 || !oldCity39a(s, start39a{id: id, city: city, month: n, at: at}, regions) {
					continue // no month, or no other place before it
				}
				best, found = start39a{id: id, city: city, month: n, at: at}, true
				break
			}
		}
	}
	return best, found
}

// trimCity42a drops leading characters the capture took before the place
// ("号杭州" → "杭州"); "" when no place is named.
func trimCity42a(c string, at int, regions RegionMatcher) (string, int) {
	if _, ok := regions.MatchRegion(c); !ok {
		return "", 0
	}
	for {
		_, w := utf8.DecodeRuneInString(c)
		rest := c[w:]
		if utf8.RuneCountInString(rest) < 2 {
			return c, at
		}
		if _, ok := regions.MatchRegion(rest); !ok {
			return c, at
		}
		c, at = rest, at+w
	}
}

// startMonth42a is the start's month: the one told right before the
// marker unless the old place was paid to it, else a month or day told
// after the marker and followed by a word of registering or paying.
func startMonth42a(s string, lo, hi int, zh bool) int {
	start, end := clauseBounds39a(s, lo, hi)
	day, num := zhDay42a, zhMonthNum39a
	if m := zhFix39a.FindStringSubmatch(s[hi:]); zh && m != nil {
		return zhMonthNum39a(m[1]) // corrected halfway
	}
	if !zh {
		day, num = enDay42a, enMonthNum36b
		// en: a month inside or right after the marker first ("joined a
		// shanghai company in august").
		if m := enMonth39a.FindStringSubmatchIndex(s[lo:end]); m != nil && !paidToBefore42a.MatchString(s[lo:lo+m[0]]) {
			return enMonthNum36b(s[lo+m[2] : lo+m[3]])
		}
	}
	before := s[start:lo]
	if ms := day.FindAllStringSubmatchIndex(before, -1); ms != nil {
		l := ms[len(ms)-1]
		if len(before)-l[1] <= 12 && toComeBefore42a.MatchString(before[:l[0]]) {
			return 0 // a start still to come
		}
		if len(before)-l[1] <= 12 && !paidToBefore42a.MatchString(before[:l[0]]) {
			return dayMonth42a(before, l, num)
		}
	}
	after := s[hi:end]
	for _, l := range day.FindAllStringSubmatchIndex(after, -1) {
		if regAfter42a.MatchString(after[l[1]:]) {
			return dayMonth42a(after, l, num)
		}
	}
	return 0
}

// dayMonth42a is the month of a zhDay42a / enDay42a match.
func dayMonth42a(s string, l []int, num func(string) int) int {
	if l[2] >= 0 {
		return num(s[l[2]:l[3]])
	}
	n, _ := strconv.Atoi(strings.TrimLeft(s[l[4]:l[5]], "0"))
	return n
}

// owedAfter42a: a word of owing after the start, a question whether the
// time between counts as a gap set aside.
func owedAfter42a(rest string) bool {
	rest = askGap42a.ReplaceAllString(rest, " ")
	return hasAny(rest, owedAfter39a) || hasAny(rest, notInsured42a)
}

// The old place told as worked in with a dialect or plain verb ("哈尔滨那边
// 干到4月底", "在天津打工到3月"): a place worked in, as read39a's words.
func init() {
	oldWork39a = append(oldWork39a, "干到", "干了", "干活", "打工", "做到", "做了", "上班到", "整到")
}

// notInsured42a: the employer told not to have insured the person.
var notInsured42a = []string{"没给我上", "没有给我上", "不给我上", "没给俺上", "不给俺上", "没帮我上", "没给我办", "没给我参", "didnt register", "didn't register", "never registered", "not registered", "hasnt registered", "hasn't registered"}

// pickStart42a is the start read39a reads, or this file's when read39a's
// finds none, names no other place before it (the old place's own clause:
// "my xian job paid until february"), is later in the message, or took the
// old place's paid-to month as the start's ("上海交到10月 进了绍兴一家厂
// 11-10给我参的保").
func pickStart42a(s string, regions RegionMatcher) (start39a, bool) {
	st, ok := findStart39a(s, regions)
	st2, ok2 := findStart42a(s, regions)
	if !ok2 || !oldCity39a(s, st2, regions) {
		return st, ok
	}
	if !ok || !oldCity39a(s, st, regions) || st2.at <= st.at || st.month == paidTo39a(s[:st.at]) {
		return st2, true
	}
	return st, ok
}
