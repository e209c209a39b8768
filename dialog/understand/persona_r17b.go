package understand

import (
	"strings"

	"bujiao/rules"
)

// Who the person is, read as facts (audit round 17 R17-M5): older people,
// farmers, people in the countryside, housewives and people with no job
// were put in the employee scheme at working age by the "not sure"
// defaults, against what they had said.
//
//   - "没工作", "no job", "无业" say no job, not a job left: never "my
//     employer; I left my job" unless a leaving or an employer is told.
//   - a farmer, the countryside, a housewife, or no job, with no word of
//     the employee scheme (an employer, a job left, flexible work, the
//     scheme named, a pension, years paid): the resident scheme, which
//     covers everyone without an employer's scheme (SIL art. 25; 国办发
//     〔2024〕38号).
//   - an age of 60 or more told of a member of the employee scheme: at
//     retirement age when the age is past the latest statutory age for
//     anyone born that year (the 2025 reform raises it gradually from 60
//     for men born from 1965); any such age keeps "not sure" from
//     assuming working age (TellsAge).

var (
	zhNoJob = []string{"没工作", "没有工作", "无业", "没上班", "不上班", "没有上班", "没事做", "在家待着", "在家呆着"}
	enNoJob = []string{"no job", "jobless", "not working", "dont work", "doesnt work", "without a job", "without work", "no work",
		"out of work"}
	// Leaving a job, said: the job-left reading stands.
	zhLeftSaid = []string{"离职", "辞职", "失业", "被裁", "裁员", "辞退", "下岗", "开除", "不干了", "离开公司", "离开单位", "解除", "炒鱿鱼",
		"裸辞", "辞了", "辞工", "辞掉", "被辞", "合同到期", "合同结束", "合同没续", "没续签", "合同期满", "从公司出来", "从单位出来",
		"从厂里出来", "以前上班", "之前上班", "原来上班", "以前的公司", "之前的公司", "原单位", "退休"}
	enLeftSaid = []string{"quit", "laid off", "lay off", "layoff", "let go", "fired", "lost my job", "lost the job", "lost job",
		"left my job", "left the job", "left the company", "left my company", "left my employer", "resigned", "resign", "dismissed",
		"redundant", "between jobs", "contract", "used to work", "former employer", "old company", "previous employer", "last job",
		"retired"}
	// Who, said of the person: no employer's scheme of their own.
	zhNoEmployer = []string{"农民", "务农", "种地", "种田", "农村", "村里", "家庭主妇", "全职太太", "全职妈妈", "家庭妇女", "家庭煮妇", "在家带孩子",
		"在家带娃"}
	enNoEmployer = []string{"farmer", "farming", "rural", "village", "countryside", "housewife", "homemaker", "stay at home",
		"stay-at-home", "house wife", "full time mom", "full-time mom"}
	// The employee scheme, said in some way.
	zhEmployeeSaid = []string{"职工", "灵活就业", "个体", "单位", "公司", "厂里", "老板", "退休金", "养老金", "社保卡", "上班的时候", "打工",
		"自己缴", "个人缴", "挂靠", "代缴"}
	enEmployeeSaid = []string{"employee", "flexible", "self-employed", "self employed", "freelanc", "employer", "company", "boss",
		"pension", "gig", "pay it myself", "pay myself", "paid myself"}
)

func init() {
	// Toneless pinyin for who the person is ("wo shi nongmin").
	for py, hz := range map[string]string{"nongmin": "农民", "wunong": "务农", "zhongdi": "种地", "zhongtian": "种田", "nongcun": "农村",
		"jiatingzhufu": "家庭主妇", "quanzhitaitai": "全职太太", "quanzhimama": "全职妈妈", "meigongzuo": "没工作", "wuye": "无业"} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}

// round17b applies these readings; it runs after every other pass.
func (x *extractor) round17b(e *Extracted) {
	x.round24a(e)         // read24a.go
	x.leaving21d(e)       // leaving21d.go
	x.retireReadings(e)   // retire21c.go
	x.retire26a(e)        // retire26a.go
	x.switchJob26a(e)     // retire26a.go
	x.notRegistered26a(e) // notreg26a.go
	x.newborn26a(e)       // newborn26a.go
	x.totalGap26a(e)      // total26a.go
	s := x.s
	noJob := hasAny(s, zhNoJob) || hasAny(" "+s, enNoJob)
	left := hasAny(s, zhLeftSaid) || hasAny(" "+s, enLeftSaid)
	if noJob && !left && !x.hasUnit() && e.Reason == rules.ReasonLeftJob && e.UnitStatus == "" {
		// "i'm a housewife, no job": no job left, no employer paying.
		e.Reason = ""
		if e.Payer == rules.PayerUnit {
			e.Payer = ""
		}
	}
	employee := hasAny(s, zhEmployeeSaid) || hasAny(" "+s, enEmployeeSaid) || hasAny(" "+s, en22EmployeeSaid) || x.hasUnit() || left ||
		e.Payer != "" || e.Reason != "" || e.UnitStatus != "" || e.YearsPaid != nil || e.PriorScheme != ""
	if e.Scheme == "" && !employee && (noJob || hasAny(s, zhNoEmployer) || hasAny(" "+s, enNoEmployer)) {
		e.Scheme = rules.SchemeResident
		if e.Newborn == nil && !e.FirstEnrolment && !x.has(lNewborn) && (x.has(lNotNewborn) || noJob || hasAny(s, zhNoEmployer) || hasAny(" "+s, enNoEmployer)) {
			// A farmer, a housewife, "我妈": no newborn.
			no := false
			e.Newborn = &no
		}
		x.residentYear(e) // "去年没缴": the resident year unpaid
	}
	if e.Scheme == rules.SchemeResident && e.Gap != nil && e.Gap.Since == nil && e.Gap.Months == 12 && alsoThisYear(s) &&
		(strings.Contains(s, "去年") || strings.Contains(s, "last year")) {
		// "去年没缴今年也没缴": last year's and this year's premiums.
		e.Gap = &Duration{Months: 24}
	}
	x.residentPaid21e(e) // residentpaid21e.go
	if e.Scheme != rules.SchemeEmployee || e.Retirement != "" {
		// Retirement belongs to the employee scheme: with the scheme not
		// said, an age fills nothing (it would imply the scheme); the
		// age still keeps "not sure" from assuming working age (TellsAge).
		return
	}
	if n, ok := olderAge(s); ok && pastRetirementAge(n, x.cur.Year) {
		e.Retirement = rules.RetirementAtAge
	}
}

// pastRetirementAge reports an age past the statutory retirement age of
// anyone that old in year: 60, raised by the 2025 reform one month per
// four months of birth from January 1965, to 63 at most (men, the latest).
func pastRetirementAge(age, year int) bool {
	born := year - age // the later of the two possible birth years
	delay := 0
	if born >= 1965 {
		delay = min(36, ((born-1965)*12+11)/4+1)
	}
	return age*12 >= 720+delay
}

// olderAge reads an age of 60 to 110 told of the person: "68岁",
// "今年70了", "is 68", "68 years old", "68-year-old", "aged 75".
func olderAge(s string) (int, bool) {
	ok := func(n int) bool { return n >= 60 && n <= 110 }
	for k := 0; ; {
		j := strings.Index(s[k:], "岁")
		if j < 0 {
			break
		}
		i := k + j
		k = i + len("岁")
		if hasAny(lastRunes(s[:i], 6), []string{"退休", "还有", "还差", "离", "到"}) || strings.HasPrefix(s[k:], "退休") {
			continue
		}
		if n, found := ageBefore(s, i); found && ok(n) {
			return n, true
		}
	}
	for k := 0; ; {
		j := strings.Index(s[k:], "今年")
		if j < 0 {
			break
		}
		k += j + len("今年")
		if n, e2, found := digitsAfter(s, k); found && ok(n) && !hasPrefixAny(s[e2:], []string{"年", "个", "月", "元", "块"}) {
			return n, true
		}
	}
	sp := strings.ReplaceAll(s, ",", " ")
	for _, w := range []string{" is ", " im ", " i am ", " aged ", " age ", " turned ", " hes ", " shes ", " he is ", " she is "} {
		for k := 0; ; {
			j := strings.Index(" "+sp[k:], w)
			if j < 0 {
				break
			}
			p := k + j + len(w) - 1
			k = p
			if n, e2, found := digitsAfter(s, p); found && ok(n) {
				rest := strings.TrimLeft(s[e2:], " ")
				if !hasPrefixAny(rest, []string{"month", "year ", "years of", "years paid", "yuan", "rmb", "%", "kuai"}) {
					return n, true
				}
			}
		}
	}
	for _, w := range []string{" years old", " year old", "-year-old", " yrs old", " yo "} {
		if i := strings.Index(s+" ", w); i >= 0 {
			if n, found := digitsBefore(s, i); found && ok(n) {
				return n, true
			}
		}
	}
	return 0, false
}

// AgeSixtyOrMore reports an age of 60 or more told in a message ("我爸今年
// 66了", "my grandma is 75"): "not sure" about the scheme is then never
// taken as a working employee.
func AgeSixtyOrMore(text string) bool {
	s, _ := normalize(text)
	_, ok := olderAge(s)
	return ok
}

// zhAlsoThisYear: this year's premium told as missed too, after last
// year's ("去年没缴今年也没缴", "去年断了 今年也没续"): two broken years.
var zhAlsoThisYear = []string{"今年也没", "今年也断", "今年也漏", "今年也忘", "今年又没", "今年还是没", "今年同样没", "今年也一样没"}

func alsoThisYear(s string) bool {
	return hasAny(s, zhAlsoThisYear) || hasAny(s, []string{"this year too", "this year as well", "nor this year", "or this year either",
		"and this year also", "this year also"})
}
