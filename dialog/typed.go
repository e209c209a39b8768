package dialog

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"

	"golang.org/x/text/width"
)

// skip passes on a question the answer can give both ways. "Not sure"
// about an answer given before takes it back. No message of its own: the
// answer says what it assumed, and a message less keeps within Telegram's
// per-chat budget.
func (t *turn) skip(f rules.Field) {
	if d, _ := rules.FactByField(f); d.Need == rules.NeedOptional {
		// A refinement passed on: the answer stands as it was.
		t.s.Refine = slices.DeleteFunc(t.s.Refine, func(r rules.Field) bool { return r == f || r == d.Question() })
		t.event(Event{Kind: EvSkipped, Question: string(f)})
		if f == rules.FieldGapEnded && t.s.NamedEnd != "" {
			// Not sure whether the months after those named were paid:
			// the gap stays open to now, the cautious reading (owed30b.go).
			t.s.NamedEnd = ""
		} else if f == rules.FieldGapEnded && t.s.Facts.GapEnded == nil {
			// The person said the gap is over and does not know the
			// month: an ended gap of unknown month, never the open gap
			// (rules.evaluateEndedUnknown).
			t.setValue(rules.FieldPayingAgain, "true")
		}
		if f == rules.FieldBenefitEnded && t.s.Facts.BenefitEnded == nil && t.s.Facts.Reason == rules.ReasonUnemployment {
			// The benefit is over and the month unknown: not "drawing
			// now", which would call every day covered (SIL art. 48;
			// audit round 12 R13-W1′). The job is gone and so is the
			// benefit: cover stopped, and the gap is asked.
			t.setValue(rules.FieldReason, string(rules.ReasonLeftJob))
		}
		t.advance()
		return
	}
	if d, _ := rules.FactByField(f); d.IsSet(&t.s.Facts) {
		t.s.remember()
		rules.ClearQuestion(&t.s.Facts, f)
		t.s.Answered = false
	}
	if !slices.Contains(t.s.Skipped, f) {
		t.s.Skipped = append(t.s.Skipped, f)
	}
	t.event(Event{Kind: EvSkipped, Question: string(f)})
	t.advance()
}

// typedAnswer takes a typed value for the question on screen when that
// question wants an amount, a date or a number of years the free-text
// reader does not look for ("12000", "每月1200", "2026年4月15日", "2年").
// It reports whether the message was taken.
func (t *turn) typedAnswer(msg string) bool {
	// Every question the chat asks before the answer that takes a number
	// has number buttons and is read by the free-text reader; the ones
	// read here take an amount, a date or years, where a typed "2" is 2.
	d, ok := rules.FactByField(t.s.Asking)
	if !ok || d.Need == rules.NeedRequired {
		return false
	}
	var field rules.Field
	var value string
	switch d.Kind {
	case rules.KindAmount:
		v, monthly, ok := ParseTypedAmount(msg)
		if !ok {
			return false
		}
		field, value = d.Field, v
		if monthly && d.Field == rules.FieldArrears {
			field = rules.FieldArrearsMonthly
		}
	case rules.KindDate:
		v, ok := ParseTypedDate(msg, t.today)
		if !ok {
			return false
		}
		field, value = d.Field, v
	case rules.KindMonth:
		// "今年3月", "2026-03", "three months ago": a month, not after this one.
		if m, err := rules.ParseMonth(strings.TrimSpace(msg)); err == nil {
			field, value = d.Field, m.String()
			break
		}
		du, err := understand.ParseDuration(msg, t.today)
		if err != nil || du.Since == nil {
			return false
		}
		field, value = d.Field, du.Since.String()
	case rules.KindCount, rules.KindYears:
		v, ok := parseTypedYears(msg)
		if !ok {
			return false
		}
		if _, err := d.Parse(v); err != nil {
			return false
		}
		field, value = d.Field, v
	default:
		return false
	}
	if _, ok := t.setValue(field, value); !ok {
		return false
	}
	t.advance()
	return true
}

var (
	amountRE   = regexp.MustCompile(`^(?:约|大概|大约|about|around|共|一共|总共|total)?\s*(?:¥|￥|rmb|cny)?\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*(万|千|k)?\s*(?:元|块钱|块|yuan|rmb)?$`)
	monthlyRE  = regexp.MustCompile(`每个?月|一个月|每月|月均|/月|a month|per month|monthly|/month|each month`)
	dateRE     = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$`)
	monthDayRE = regexp.MustCompile(`^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$`)
	yearsRE    = regexp.MustCompile(`^(?:大概|约|about)?\s*([0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?:年|years?|yrs?)?$`)
)

// ParseTypedAmount reads an amount as people type it: "12000", "1.2万",
// "12,000元", "每月1200", "1200 a month". monthly says the amount is per
// month. Exponents, negative and absurd amounts are refused.
func ParseTypedAmount(msg string) (v string, monthly bool, ok bool) {
	s := strings.ToLower(strings.TrimSpace(width.Fold.String(msg)))
	if len(s) > 64 {
		return "", false, false
	}
	if loc := monthlyRE.FindStringIndex(s); loc != nil {
		monthly = true
		s = strings.TrimSpace(s[:loc[0]] + " " + s[loc[1]:])
	}
	s = strings.Trim(s, "，,。.!！ ")
	s = trimWords(s, amountFillers, amountTails)
	if loc := monthlyRE.FindStringIndex(s); loc != nil && !monthly {
		// "欠了每个月1200" after the fillers went.
		monthly = true
		s = strings.TrimSpace(s[:loc[0]] + " " + s[loc[1]:])
	}
	m := amountRE.FindStringSubmatch(s)
	if m == nil {
		// "一万二", "两千块": a Chinese numeral.
		h := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "钱"), "块"), "元"))
		n, ok := understand.HanNumber(h)
		if !ok || n <= 0 || n > 1e9 {
			return "", false, false
		}
		return strconv.FormatInt(n, 10), monthly, true
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil || n < 0 {
		return "", false, false
	}
	switch m[2] {
	case "万":
		n *= 10000
	case "千", "k":
		n *= 1000
	}
	if n > 1e9 {
		return "", false, false
	}
	d, err := rules.ParseAmount(strconv.FormatFloat(n, 'f', 2, 64))
	if err != nil {
		return "", false, false
	}
	return d.String(), monthly, true
}

// ParseTypedDate reads a date as people type it: "2026-04-15",
// "2026年4月15日", "2026/4/15", or "4月15日" (the most recent such day up
// to today).
func ParseTypedDate(msg string, today rules.Date) (string, bool) {
	s := strings.TrimSpace(width.Fold.String(msg))
	if len(s) > 48 {
		return "", false
	}
	s = trimWords(strings.Trim(s, "，,。!！ "), dateFillers, dateTails)
	var y, mo, d int
	if m := dateRE.FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		d, _ = strconv.Atoi(m[3])
	} else if m := monthDayRE.FindStringSubmatch(s); m != nil {
		mo, _ = strconv.Atoi(m[1])
		d, _ = strconv.Atoi(m[2])
		y = today.Year
		if mo > int(today.Month) || mo == int(today.Month) && d > today.Day {
			y--
		}
	} else {
		return "", false
	}
	v := strconv.Itoa(y) + "-" + pad2(mo) + "-" + pad2(d)
	if _, err := rules.ParseDay(v); err != nil {
		return "", false
	}
	return v, true
}

// An employer's arrears inside a message ("公司欠了我一万二的医保，应该4月
// 15号交的", "owes 12000"): read wherever they appear, once the reason is
// the unit's arrears.
var (
	amountInTextRE = regexp.MustCompile(`(?:欠了?我?|每个?月|一共|总共|共)\s*((?:[0-9][0-9,]*(?:\.[0-9]{1,2})?\s*(?:万|千|k)?)|[一二两三四五六七八九十百千万零]+)\s*(?:元|块|的|,|，|。|\s|$)`)
	dueInTextRE    = regexp.MustCompile(`(?:应该|应|原定|本来)?\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[号日])\s*(?:之前|以前|前)?\s*(?:就)?(?:要|该|应)?(?:交|缴)`)
	enOwesRE       = regexp.MustCompile(`(?i)owes?\s+(?:me\s+)?(?:about\s+)?(?:¥|rmb\s*|cny\s*)?([0-9][0-9,]*(?:\.[0-9]{1,2})?\s*k?)(\s*(?:yuan|rmb))?(\s*(?:a|per)\s+month)?`)
)

// moneyInText sets the unit's arrears and due date from a message that
// states them, where the reason is the unit's arrears and they are not
// given yet. It returns the fields set.
func (t *turn) moneyInText(msg string) []rules.Field {
	f := &t.s.Facts
	if f.Reason != rules.ReasonArrears || len(msg) > MaxTextLen {
		return nil
	}
	var got []rules.Field
	s := width.Fold.String(msg)
	if f.Arrears == nil && f.ArrearsMonthly == nil {
		if m := amountInTextRE.FindStringSubmatchIndex(s); m != nil {
			lead := s[m[0]:m[2]]
			if v, _, ok := ParseTypedAmount(s[m[2]:m[3]]); ok {
				field := rules.FieldArrears
				if monthlyRE.MatchString(lead) {
					field = rules.FieldArrearsMonthly
				}
				if _, ok := t.setValue(field, v); ok {
					got = append(got, field)
				}
			}
		} else if m := enOwesRE.FindStringSubmatch(s); m != nil && (m[2] != "" || m[3] != "" || strings.HasSuffix(strings.TrimSpace(m[1]), "k") ||
			strings.Contains(strings.ToLower(m[0]), "¥") || strings.Contains(strings.ToLower(m[0]), "rmb") || strings.Contains(strings.ToLower(m[0]), "cny")) {
			// "owes 6 months" is a gap, not 6 yuan: an amount needs its
			// currency, a "k" or "a month".
			if v, _, ok := ParseTypedAmount(m[1]); ok {
				field := rules.FieldArrears
				if m[3] != "" {
					field = rules.FieldArrearsMonthly
				}
				if _, ok := t.setValue(field, v); ok {
					got = append(got, field)
				}
			}
		}
	}
	if f.DueDate == nil {
		if m := dueInTextRE.FindStringSubmatch(s); m != nil {
			if v, ok := ParseTypedDate(m[1], t.today); ok {
				if _, ok := t.setValue(rules.FieldDueDate, v); ok {
					got = append(got, rules.FieldDueDate)
				}
			}
		}
	}
	return got
}

// Words around an amount or a date as people type them: "欠了一万二",
// "大概12000吧", "应该4月15号交", "是2026年4月15日之前".
var (
	amountFillers = []string{"单位", "公司", "欠了", "欠我", "欠", "一共是", "一共", "总共", "共", "大概是", "大概", "大约", "约",
		"应该是", "应该", "差不多", "好像是", "好像", "是", "有"}
	amountTails = []string{"吧", "左右", "的样子", "上下", "多", "的"}
	dateFillers = []string{"应该是", "应该", "大概是", "大概", "好像是", "好像", "是在", "是", "在", "截止到", "截止", "最晚"}
	dateTails   = []string{"之前", "以前", "前", "要交", "要缴", "交", "缴", "吧", "左右", "的时候", "那天"}
)

// trimWords drops filler words before and after a value, as many as there
// are.
func trimWords(s string, prefixes, suffixes []string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range prefixes {
			if t, ok := strings.CutPrefix(s, p); ok && t != "" {
				s, changed = strings.TrimSpace(t), true
			}
		}
		for _, q := range suffixes {
			if t, ok := strings.CutSuffix(s, q); ok && t != "" {
				s, changed = strings.TrimSpace(t), true
			}
		}
	}
	return s
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func parseTypedYears(msg string) (string, bool) {
	s := strings.ToLower(strings.TrimSpace(width.Fold.String(msg)))
	m := yearsRE.FindStringSubmatch(strings.Trim(s, "，,。!！ "))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// placeAnswer reads a typed answer to the region question as a place name
// through the division table: a place is taken; a name several places
// share is asked about with a button for each; a misspelt one gets the
// closest places as buttons. It reports whether it replied.
func (t *turn) placeAnswer(msg string) bool {
	if n := len([]rune(msg)); n > 40 || n < 2 {
		return false
	}
	r := t.kb.ResolveRegion(msg)
	if r.Err == nil {
		if _, ok := t.setValue(rules.FieldRegion, r.Region); !ok {
			return false
		}
		if r.Place != "" {
			t.s.Facts.Place = r.Place
		}
		t.advance()
		return true
	}
	names, codes, key := r.Err.Candidates, r.Err.CandidateCodes, "d.place_which"
	if len(names) == 0 {
		names, codes, key = r.Err.Suggestions, r.Err.SuggestionCodes, "d.place_did_you_mean"
	}
	if len(names) == 0 {
		return false
	}
	var bs []Button
	for i, name := range names[:min(len(names), 6)] {
		label := name
		if isDivisionCode(codes[i]) {
			label = t.kb.PlaceLabel(codes[i], t.s.Lang)
		}
		bs = append(bs, t.btn(label, Action{Kind: ActSet, Field: rules.FieldRegion, Value: codes[i]}))
	}
	out := rows(1, bs...)
	out = append(out, t.questionButtons(rules.FieldRegion, merged{})...)
	t.sayButtons(out, para(text(t.kb.Msgf(t.s.Lang, key, "name", r.Err.Name))))
	return true
}
