package understand

import (
	"testing"

	"bujiao/rules"
)

// fix40a: arrears paid back / own months paid back, the month of the
// clause; never a treatment month, never when negated or asked.
func TestPaidBack40a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ msg, arrears, self string }{
		// employer (arrears_paid)
		{"guangzhou company was 3 months behind on my insurance, they caught up in September. I saw a doctor in August and paid cash", "2026-09", ""},
		{"my employer in shenzhen owed 2 months but caught up in october", "2026-10", ""},
		{"company fell behind on my medical insurance for three months, caught them up in november", "2026-11", ""},
		{"the boss paid all 3 missing months back in september hangzhou", "2026-09", ""},
		{"employer didnt pay for 2 months then paid both of them back in oct, am i fine", "2026-10", ""},
		{"长沙的公司之前欠咯我两个月医保，7月份补起哒，我现在冇得事了吧", "2026-07", ""},
		{"单位欠了三个月 10月份补起来了 现在没事了吧", "2026-10", ""},
		{"公司拖了两个月医保 九月份都补起了", "2026-09", ""},
		{"厂里欠我医保三个月咯 8月补齐咯", "2026-08", ""},
		// the person's own months (paid_back)
		{"Shanghai flexible worker, I missed 2 months and paid both of them back in August. am I ok now", "", "2026-08"},
		{"flexible worker in shanghai missed two months, paid the 2 missing months back in september", "", "2026-09"},
		{"freelancer hangzhou, gap of 3 months, in october i paid all three back", "", "2026-10"},
		{"im self employed in ningbo i missed 2 months and paid those two months back last month", "", "2026-11"},
	} {
		a := Analyze(c.msg, today, nil, "")
		e := a.Extracted
		got := func(m *rules.Month) string {
			if m == nil {
				return ""
			}
			return m.String()
		}
		if got(e.ArrearsPaid) != c.arrears || got(e.PaidBack) != c.self {
			t.Errorf("%q: arrears_paid %q paid_back %q, want %q %q", c.msg, got(e.ArrearsPaid), got(e.PaidBack), c.arrears, c.self)
		}
	}
	for _, msg := range []string{
		"my company owes 3 months, can i get them to pay it back in january?",
		"employer never paid the 2 months back, shanghai",
		"公司欠了两个月 说下个月补起",
		"重庆的 自己交的医保 断了两个月嘛 补起得不得行 补起了中间那段看病报不报得到",
		"单位欠了三个月 要是补齐了能报吗",
		"公司欠我两个月 补上了的话中间看病能报不",

		"if i pay the 2 missing months back in january will it count",
		"I saw a doctor in August and paid cash, can i get the money back",
	} {
		e := Analyze(msg, today, nil, "").Extracted
		if e.ArrearsPaid != nil || e.PaidBack != nil {
			t.Errorf("%q: arrears_paid %v paid_back %v, want none", msg, e.ArrearsPaid, e.PaidBack)
		}
	}
}

// fix40a: "self-paying" is the person paying.
func TestSelfPay40a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, msg := range []string{
		"ningbo, self-paying. i had 4 months unpaid and started paying again in June",
		"self paying in hangzhou missed 5 months",
		"im self-pay in shanghai, stopped for 2 months",
		"selfpaid medical insurance guangzhou gap 3 months",
		"Self-payer, Wenzhou, 6 months not paid",
		"hangzhou self pay 4 months gap started again june",
		"i'm a self payer in suzhou, didnt pay for 3 months",
		"shenzhen,self-paying,missed 2 months",
	} {
		if e := Analyze(msg, today, nil, "").Extracted; e.Payer != rules.PayerIndividual {
			t.Errorf("%q: payer %q, want individual", msg, e.Payer)
		}
	}
}

// fix40a: the month a new job began, with paying going on, is the month
// paying resumed; a new job with no paying told, or a planned one, is not.
func TestNewJobResumed40a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ msg, want string }{
		{"杭州余杭，之前离职断了两个月医保，8月份入职新公司已经在交了，那断的两个月还用管吗", "2026-08"},
		{"离职后断了3个月 7月入职了新单位 现在一直在交 还要补吗", "2026-07"},
		{"宁波 断了两个月 九月份进了新公司 已经给我交上了", "2026-09"},
		{"之前没工作断了一个月，10月份找到新工作了，公司也在交了", "2026-10"},
		{"深圳 换工作中间断了俩月 6月入职新公司都交着呢", "2026-06"},
		{"i had a 2 month gap between jobs, started a new job in august and they have been paying since", "2026-08"},
		{"gap of 3 months after quitting, joined a new company in july, they pay my insurance now", "2026-07"},
		{"left my job, 2 months unpaid, got a new job in september and the company has been paying", "2026-09"},
		{"hangzhou, found a new job in october, the employer has paid since, gap was 2 months", "2026-10"},
	} {
		e := Analyze(c.msg, today, nil, "").Extracted
		if e.Resumed == nil || e.Resumed.String() != c.want || !e.GapEnded {
			t.Errorf("%q: resumed %v ended %v, want %s", c.msg, e.Resumed, e.GapEnded, c.want)
		}
	}
	for _, msg := range []string{
		"离职断了两个月 下个月入职新公司",
		"断了两个月 8月份入职新公司 不知道有没有交",
		"i will start a new job in january, gap of 2 months so far",
	} {
		if e := Analyze(msg, today, nil, "").Extracted; e.Resumed != nil && e.Resumed.String() == "2026-08" {
			t.Errorf("%q: resumed %v, want none", msg, e.Resumed)
		}
	}
}

// fix40a: Hunanese "补起哒" told after a month, more wordings.
func TestDialectPaidBack40a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ msg, want string }{
		{"长沙 公司欠咯三个月 上个月补起哒", "2026-11"},
		{"公司之前欠了我医保 8月底都补起来了 现在正常吧", "2026-08"},
		{"单位拖欠两个月医保 已经补起哒 9月份", "2026-09"},
		{"老板欠咯两个月 十月份全部补起咯", "2026-10"},
		{"公司欠费三个月，11月份补齐啦，应该没事了吧", "2026-11"},
	} {
		e := Analyze(c.msg, today, nil, "").Extracted
		if e.ArrearsPaid == nil || e.ArrearsPaid.String() != c.want {
			t.Errorf("%q: arrears_paid %v, want %s", c.msg, e.ArrearsPaid, c.want)
		}
	}
}
