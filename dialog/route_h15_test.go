package dialog

import "testing"

// TestFirstReplyH15: the heldout15 questions' topics in sibling wordings
// in no measured set: the collector forcing arrears, penalties on the
// employer, rejoining after cancelling, a late resident payment's wait,
// the every-year reward, restarting after a long gap, 好久 asking how long,
// pinyin "where/phone", and a region's entry refining a national one for
// someone unplaced.
func TestFirstReplyH15(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"zh", "公司欠医保不交 医保局能不能强制它交", "unit-arrears-procedure"},
		{"zh", "单位拖欠社保好几个月了 税务局会去催缴吗", "unit-arrears-procedure"},
		{"en", "can the authorities make my company pay the insurance it owes me", "unit-arrears-procedure"},
		{"en", "how does the tax bureau chase a company that owes our insurance", "unit-arrears-procedure"},
		{"zh", "单位不给交社保 被查到了要罚款吗", "unit-legal-consequences"},
		{"zh", "老板不给我们上医保 会罚公司多少钱", "unit-legal-consequences"},
		{"en", "will my boss get fined if they are caught not paying our insurance", "unit-legal-consequences"},
		{"zh", "去年退保了 今年想重新参加居民医保 行不行", "re-enrol-after-cancellation"},
		{"zh", "医保早几年退掉了 还能重新入保不", "re-enrol-after-cancellation"},
		{"zh", "新农合晚交了几个月 是不是得等段时间才能用", "resident-waiting-period"},
		{"zh", "居民医保每年都交 有没有啥好处", "continuous-enrolment-incentive"},
		{"zh", "农村医保连着交了五年 大病能多报不", "continuous-enrolment-incentive"},
		{"en", "stopped paying 7 months ago, if I restart when can I use it", "long-gap-waiting"},
		{"en", "lapsed 10 months, restarting now, how long before claims are paid", "long-gap-waiting"},
		{"en", "after paying again, when does my insurance card start working?", "coverage-restores-after-payment"},
		{"zh", "医保停了快一年 现在续上要等好久才能报嘛", "long-gap-waiting"},
		{"zh", "yibao qu nar jiao a, wangshang neng jiao ma", "where-to-pay"},
		{"zh", "医保交多少年退休能享受", "retirement-years"},
		{"en", "how many years must i pay before retiring", "retirement-years"},
		{"zh", "医保要交够几年 退休后才不用交", "retirement-years"},
		{"zh", "广州医保交多少年退休能享受", "guangdong-years"},
		{"zh", "旧公司月底走 新公司下个月才入职 中间医保咋整", "job-change-gap"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}
