package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// TestSiblings43a: questions whose words were mostly a neighbour's are
// answered first with their own entry (fix43a; wordings written for this
// test, not taken from any set).
func TestSiblings43a(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct{ want, msg string }{
		{"zhejiang-rules", "宁波灵活就业断了三个月再续上，哪个月恢复"},
		{"zhejiang-rules", "在温州 医保断了重新缴 什么时候能用"},
		{"zhejiang-rules", "I'm in Hangzhou, my insurance lapsed; if I resume, which month does it work again"},
		{"zhejiang-rules", "Zhejiang, stopped paying for a while, when is coverage restored after I pay again"},
		{"zhejiang-rules", "浙江断保续缴后哪个月恢复待遇"},
		{"zhejiang-rules", "zhejiang insurance gap, paying again, when does coverage come back"},
		{"unit-arrears-procedure", "company not paying our insurance, who goes after them to collect it"},
		{"unit-arrears-procedure", "单位不交社保 谁来追缴 怎么追"},
		{"unit-arrears-procedure", "公司一直拖欠医保 谁负责催缴"},
		{"unit-arrears-procedure", "if a boss skips social insurance payments who enforces it"},
		{"unit-arrears-procedure", "employer owes months of premiums - who makes them pay and what is the process"},
		{"retirement-years", "how many years do i need to pay so i don't have to pay after i retire"},
		{"retirement-years", "退休以后不用再交医保 要交满多少年"},
		{"retirement-years", "交够几年退休就不用交了"},
		{"retirement-years", "retiring soon, how long do contributions need to be so there's nothing more to pay"},
		{"retirement-years", "医保要交多少年才能退休免缴"},
		{"transfer-between-cities", "moving from chengdu to shanghai for work, will my years carry over"},
		{"transfer-between-cities", "I got a job in another city, how do I transfer my medical insurance record"},
		{"transfer-between-cities", "从武汉调到广州工作 医保年限怎么带过去"},
		{"transfer-between-cities", "搬到深圳上班 以前交的医保记录能跟着走吗"},
		{"transfer-between-cities", "换城市工作 医保记录转移怎么办"},
		{"resident-waiting-period", "I joined resident insurance late, after the deadline. when can i use it"},
		{"resident-waiting-period", "居民医保错过了集中缴费期 现在补交 什么时候生效"},
		{"resident-waiting-period", "居民医保晚交了 多久能用"},
		{"resident-waiting-period", "missed the resident enrolment period, if i enrol late when does cover start, is there waiting"},
		{"resident-waiting-period", "城乡居民医保过了缴费期才交 从什么时候开始能报"},
		{"how-much-to-pay", "freelancer here, how much a month is health insurance"},
		{"how-much-to-pay", "灵活就业 医保每个月多少钱"},
		{"how-much-to-pay", "自己交医保一个月要交多少"},
		{"how-much-to-pay", "what does it cost per month to pay medical insurance on my own"},
		{"how-much-to-pay", "self-employed medical insurance, how much per month roughly"},
	}
	for _, c := range cases {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		got := ""
		if len(r.FAQ) > 0 && (r.Kind == RouteFAQ || r.Kind == RouteBoth) {
			got = r.FAQ[0].FAQ.ID
		}
		if got != c.want {
			t.Errorf("%q: first entry %q (%v), want %q", c.msg, got, r.Kind, c.want)
		}
	}
}

// TestZhejiangCue43c: the Zhejiang cue stands aside whenever understand
// read a case beyond the region (a gap, a month, a date, a count), in any
// script, and fires for the general question (fix43c).
func TestZhejiangCue43c(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, msg := range []string{
		"杭州医保断了六个月 再续上哪个月恢复",
		"hangzhou yibao duan le liu ge yue, zai xu shang na ge yue hui fu",
		"宁波 去年三月开始停交的 现在重新交 什么时候能用",
		"in Ningbo, stopped paying in March, if I resume when does cover come back",
		"Zhejiang, lapsed 4 months, paying again, when is coverage restored",
		"温州交了十年 断了两年再续 多久能报",
	} {
		if hz, ok := understand.Depinyin(msg); ok {
			msg = hz // as the chat reads pinyin (handlers.go)
		}
		if a := understand.Analyze(msg, today, kb, ""); !caseTold43c(a) {
			t.Errorf("%q: no case read, the Zhejiang cue would fire", msg)
		}
	}
	for _, msg := range []string{
		"在温州 医保断了重新缴 什么时候能用",
		"浙江断保续缴后哪个月恢复待遇",
		"zhejiang insurance gap, paying again, when does coverage come back",
	} {
		if a := understand.Analyze(msg, today, kb, ""); caseTold43c(a) {
			t.Errorf("%q: a case read (%+v), the Zhejiang cue would stand aside", msg, a.Extracted)
		}
	}
}
