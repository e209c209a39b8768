package understand

import (
	"strings"

	"bujiao/rules"
)

// A switch told as leaving the employee scheme's job and then wanting the
// resident scheme, with no switching word between them ("职工医保只交了一年
// 就离职了 现在想交居民医保", "worked and paid employee insurance, quit,
// now want to join the resident scheme"): the job left and the wish to pay
// the other scheme together make the switch. Either alone does not ("职工
// 医保断了 我想问居民医保怎么交" names both without leaving anything).
// 交 is already 缴 here.
var (
	zhSwitchLeave = []string{"离职", "辞职", "辞工", "不上班", "不干了", "没上班", "失业", "退出来", "从公司出来", "从单位出来"}
	zhSwitchWant  = []string{"想缴", "要缴", "打算缴", "准备缴", "现在缴", "只能缴", "改缴", "去缴", "自己缴", "想参加", "想买", "想上",
		"想办", "想参保", "打算参加", "准备参加", "想换", "要换", "打算换", "准备换"}
	enSwitchLeave = []string{"quit", "left my job", "left the job", "left the company", "resigned", "laid off", "stopped working",
		"lost my job"}
	enSwitchWant = []string{"want to join", "want to pay", "want to enrol", "want to enroll", "want to get", "want to go",
		"wanna join", "wanna pay", "going to join", "going to pay", "plan to join", "plan to pay", "now join", "now pay",
		"sign up for", "signing up for", "join the", "enrol in", "enroll in", "now want", "want the", "want to switch",
		"want to change", "switch to", "switching to", "change to", "move to", "want to ", "wanna "}
)

// switchByLeaving reports whether a message tells a switch by leaving the
// job: the job left before the scheme wanted (before, the text up to it),
// and the wish to pay between the two schemes.
func switchByLeaving(before, between string) bool {
	return hasAny(before, zhSwitchLeave) && hasAny(between, zhSwitchWant) ||
		hasAny(before, enSwitchLeave) && hasAny(between, enSwitchWant)
}

// switchLeavingOK is the order switchByLeaving reads: only from the
// employee scheme to the resident one (a resident who starts a job is
// enrolled by the employer, not told as a switch).
func switchLeavingOK(first, before, between string) bool {
	return first == "employee" && strings.TrimSpace(between) != "" && switchByLeaving(before, between)
}

// enStoppedPaying before "paying" makes the time after it a gap ("stopped
// paying insurance for 3 months"), not years paid.
var enStoppedPaying = map[string]bool{"stopped": true, "stop": true, "quit": true, "missed": true, "skipped": true,
	"without": true, "no": true, "not": true, "never": true, "forgot": true, "forget": true}

// Words of breaks inside the years paid: the years told are then not
// continuous.
var switchBreaks = []string{"断断续续", "时断时续", "断过", "中断过", "断了好几次", "断了几次", "断了好多次", "不连续", "没连续",
	"on and off", "off and on", "with breaks", "some breaks", "a few breaks", "several gaps", "not continuous", "not continuously"}

// switchYears reads, in a switch from the employee scheme to the resident
// one, the whole years paid in the employee scheme before leaving as the
// continuous years (heldout7: "在广州公司交了五年职工医保 辞职了 想改交居民
// 医保 中间断了两个月", "paid employee medical insurance for 6 years in
// Shenzhen, quit, and now want to switch"): the break told is the switch's
// own gap. Breaks told inside those years, or a part year, leave them to be
// asked.
func (x *extractor) switchYears(e *Extracted) {
	if e.PriorScheme == "" || e.Scheme == e.PriorScheme || e.ContinuousYears != nil || e.YearsPaid == nil {
		return
	}
	if hasAny(x.s, switchBreaks) || !e.YearsPaid.IsInteger() {
		return
	}
	n := int(e.YearsPaid.IntPart())
	if n <= 0 || n > rules.MaxYears {
		return
	}
	e.ContinuousYears = &n
	if e.PriorScheme == rules.SchemeResident {
		// "resident insurance for 4 years straight, now switching to
		// employee insurance": resident years are no employee years paid.
		e.YearsPaid = nil
	}
}
