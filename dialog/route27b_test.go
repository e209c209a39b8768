package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Sibling wordings of the questions route27b.go tells apart.
func TestSiblings27b(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct{ msg, want string }{
		{"老板一直没给我办社保登记 可以去哪里投诉", "unit-not-registered"},
		{"上了两年班 公司连社保登记都没给我办 能去告吗", "unit-not-registered"},
		{"my boss never registered me for social insurance, can I sue", "unit-not-registered"},
		{"从职工医保改成交居民医保 之前的年限还算吗", "switch-schemes"},
		{"if I change from the employee scheme to resident insurance, do the years count", "switch-schemes"},
		{"辞职了想把职工医保转成居民医保 交过的年数作废吗", "switch-schemes"},
		{"杭州医保断了 重新缴费以后多久能享受待遇", "zhejiang-rules"},
		{"宁波的 断保以后恢复缴费 几个月后可以享受医保待遇", "zhejiang-rules"},
		{"医保断了半年 恢复交费后第几个月能享受待遇", "coverage-restores-after-payment"},
	} {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		if !r.FAQHit() || r.FAQ[0].FAQ.ID != c.want {
			got := "-"
			if len(r.FAQ) > 0 {
				got = r.FAQ[0].FAQ.ID
			}
			t.Errorf("%q: route %s, first entry %s, want %s", c.msg, r.Kind, got, c.want)
		}
	}
}
