package dialog

import "testing"

// TestFirstReply24b: questions whose words are mostly a neighbouring
// entry's (heldout20 and older sets), in sibling wordings written here:
// the message's cue tells the two apart; and the neighbour keeps its own.
func TestFirstReply24b(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		// Paid, then "from which day": cover returning, not stopping.
		{"zh", "欠的钱补完了 医保哪天能接着用", "coverage-restores-after-payment"},
		{"zh", "医保费交清以后 什么时候又能报销", "coverage-restores-after-payment"},
		{"zh", "钱都交进去了 医保啥时候能用", "coverage-restores-after-payment"},
		{"en", "after paying what I owed, from which day can I claim again", "coverage-restores-after-payment"},
		{"zh", "医保断了从哪天开始不能报", "benefits-after-stop"},
		{"zh", "没交医保是当月就失效还是下个月失效", "benefits-after-stop"},
		// Fines for an employer that does not pay: the legal consequences.
		{"en", "how big is the fine for a company that does not pay its workers' insurance", "unit-legal-consequences"},
		{"en", "does an employer get fined for not paying staff social insurance", "unit-legal-consequences"},
		{"zh", "公司不给员工交医保 会被罚款吗", "unit-legal-consequences"},
		{"en", "Is an employer fined for not registering its staff?", "unit-not-registered"},
		// What the bureau does to an employer that does not pay.
		{"zh", "单位一直拖着不交医保 税务局会怎么处理", "unit-arrears-procedure"},
		{"en", "what does the tax bureau do with a company that just won't pay social insurance", "unit-arrears-procedure"},
		{"zh", "公司不交医保 我该去哪里投诉", "unit-refuses"},
		// Checking that payments were made.
		{"en", "how do I check whether my boss actually paid my insurance every month", "check-record"},
		{"zh", "怎么查公司到底交没交我的医保", "check-record"},
		{"en", "how much does a flexible worker pay each month", "how-much-to-pay"},
		// Years that follow a move.
		{"en", "moving to another province for work, do my insurance years start from zero", "transfer-between-cities"},
		{"zh", "去外省上班 医保年限会清零吗", "transfer-between-cities"},
		{"en", "no local hukou, can i pay insurance in this city", "hukou-limits"},
		// "… or not" asks, and the FAQ answers it.
		{"en", "non-local hukou can join yibao in beijing or not", "hukou-limits"},
		{"en", "insurance record can check online or not", "check-record"},
		// A Zhejiang resumption asked "which month", the regional entry
		// no rival of the national one it refines.
		{"zh", "浙江医保停了再续上 第几个月能报销", "zhejiang-rules"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}

// TestBureauWhereToPay24b: the bureau named as where one pays is not the
// bureau acting on an employer.
func TestBureauWhereToPay24b(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"en", "does the tax bureau collect my flexible worker insurance or the social security office?", "where-to-pay"},
		{"zh", "灵活就业医保是交给税务局还是社保局", "where-to-pay"},
		{"en", "what does the social security bureau do when a company owes staff insurance", "unit-arrears-procedure"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}

// TestFirstReply24bMore: the gap's costs claimed after paying back, one's
// own late payment and a fine, an employer paying in parts, and entries
// about a subject (retirement, a bankrupt employer) the message never
// names — in sibling wordings.
func TestFirstReply24bMore(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"zh", "断缴那几个月做了个手术 现在补上了 手术费能报吗", "gap-costs-covered"},
		{"en", "I was in hospital during the gap, after I back-pay can I claim those bills", "gap-costs-covered"},
		{"zh", "职工医保断了能补缴吗", "can-employee-insurance-be-back-paid"},
		{"en", "if I pay my insurance late do I get charged a fine", "late-fee"},
		{"zh", "医保晚交了一个月 会罚款吗", "late-fee"},
		{"en", "is it illegal for a company not to pay insurance", "unit-legal-consequences"},
		{"en", "my company has no money, can it pay the arrears in instalments", "unit-cannot-pay-at-once"},
		{"zh", "单位欠的医保能分期补吗", "unit-cannot-pay-at-once"},
		{"zh", "医保欠费了是不是马上就不能用了", "benefits-after-stop"},
		{"zh", "公司倒闭了 欠的医保怎么办", "bankrupt-unit"},
		{"zh", "医保交满多少年退休后就不用交了", "retirement-years"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}

// TestFirstReply24bSubjects: the subject a message names (work injury,
// retirement short of years, between jobs, paid twice, years in a row)
// picks its entry over a neighbour sharing the rest of the words.
func TestFirstReply24bSubjects(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"zh", "厂里一直没给上工伤保险 现在摔伤了能补吗", "work-injury-back-pay"},
		{"en", "my employer skipped work injury insurance and I got hurt, can it be paid now", "work-injury-back-pay"},
		{"en", "about to retire but my years are not enough, how do I make up the missing ones", "pay-shortfall-how"},
		{"zh", "快退休了年限不够 差的几年怎么补", "pay-shortfall-how"},
		{"en", "changing jobs with two weeks off in between, will my insurance lapse", "job-change-gap"},
		{"en", "How do I switch between employee and resident medical insurance?", "switch-schemes"},
		{"zh", "居民医保不小心交了两次 多的钱怎么退", "resident-refund"},
		{"zh", "断缴的医保去哪里补缴", "where-to-pay"},
		{"en", "if I keep paying rural insurance every year in a row do I get a bigger payout", "continuous-enrolment-incentive"},
		{"zh", "居民医保断了能补缴吗", "resident-back-pay"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}

// TestFirstReply24bFalseFriends: words a cue shares with other meanings
// ("fine now", "连续两年没交", "no new job", "retired with enough years")
// pick no entry by that cue.
func TestFirstReply24bFalseFriends(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, notWant string }{
		{"en", "my employer owed two months but paid it back in june, is it all fine now?", "unit-legal-consequences"},
		{"en", "company in shenzhen owed me 3 months and settled it last week, am I fine", "late-fee"},
		{"zh", "居民医保连续三年没交了 在湖南 现在交要补吗", "continuous-enrolment-incentive"},
		{"en", "I retired last year with 30 years paid in Zhejiang, do I still pay anything", "pay-shortfall-how"},
		{"zh", "俺们厂老板还在 就是拖着医保俩月不交 沈阳的 咋办", "work-injury-back-pay"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got == c.notWant {
			t.Errorf("%s: first reply %s, want another", c.in, got)
		}
	}
}
