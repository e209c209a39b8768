package dialog

import "testing"

// TestFirstReply26b: questions whose words are mostly a neighbouring
// entry's (heldout22), in sibling wordings written here, and the
// neighbours keeping their own.
func TestFirstReply26b(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		// A long gap resumed, no resident scheme named: the long-gap wait.
		{"zh", "医保停了好久 现在重新交 要等多久才能用", "long-gap-waiting"},
		{"zh", "好几年没交医保了 再续上得等几个月吗", "long-gap-waiting"},
		{"en", "my insurance lapsed a long time ago, if I restart do I have to wait", "long-gap-waiting"},
		{"zh", "居民医保断了好久 再交要等几个月才能报", "resident-waiting-period"},
		// Years before retiring: the years entry, no refund.
		{"zh", "医保究竟交满几年 退了休就不用再交", "retirement-years"},
		{"zh", "要交够多少年医保才能退休享受", "retirement-years"},
		{"en", "how many years must I pay before I retire to get free treatment", "retirement-years"},
		{"zh", "居民医保交重了能退吗", "resident-refund"},
		// Commercial insurance named.
		{"zh", "有了商业险 医保还用交吗", "commercial-insurance"},
		{"zh", "买了百万医疗 是不是医保可以不交了", "commercial-insurance"},
		{"en", "I have private health insurance, do I still need to pay basic insurance", "commercial-insurance"},
		// Paid, then cover "again" from when.
		{"zh", "欠费交完了 什么时候又能刷卡看病", "coverage-restores-after-payment"},
		{"zh", "补齐医保费 哪天起又可以报销", "coverage-restores-after-payment"},
		{"en", "after I paid the arrears, from which day can I claim again", "coverage-restores-after-payment"},
		{"zh", "医保欠费了哪天开始停止待遇", "benefits-after-stop"},
		// Which months went unpaid, and how to see them.
		{"en", "where can I check which months my insurance was unpaid", "check-record"},
		{"zh", "怎么查医保哪几个月没交", "check-record"},
		{"zh", "我想知道自己医保哪个月断了", "check-record"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}
