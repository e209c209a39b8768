package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestCostCase46c: a cost question with the person's own gap in the same
// message keeps the case (place, self-payer, gap) beside the cost; a gap
// named only as a possibility is confirmed; a bare cost question stays a
// question. Sibling wordings written for this test.
func TestCostCase46c(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		msg     string
		gap     int // told and taken; 0: none
		confirm int // confirmed with one tap; 0: none
		region  string
	}{
		{"what's the monthly cost if I pay it myself in shanghai? I've been off it for 6 months, when am I covered again", 6, 0, "shanghai"},
		{"how much a month to pay for myself in shanghai, and when does it work again if ive been off it for 4 months", 4, 0, "shanghai"},
		{"shanghai: how much would i pay monthly on my own? i've been uninsured for 10 months", 10, 0, "shanghai"},
		{"how much do flexible workers pay a month in shanghai, I haven't paid for 5 months can I still back pay", 5, 0, "shanghai"},
		{"上海灵活就业自己交一个月多少钱 我断了8个月了 什么时候能恢复", 8, 0, "shanghai"},
		{"我断了3个月了 上海自己交医保每个月要交多少", 3, 0, "shanghai"},
		{"上海自己交医保一个月多少钱？我已经断了五个月，还能补吗", 5, 0, "shanghai"},
		{"how much a month to pay myself in shanghai, if I stopped for 8 months can I back-pay?", 0, 8, "shanghai"},
		// A bare cost question stays a question.
		{"how much does it cost a month to pay myself in shanghai?", 0, 0, ""},
		{"上海灵活就业医保一个月交多少钱", 0, 0, ""},
	} {
		r := Decide(kb, c.msg, today, "", rules.Facts{})
		if r.Kind != RouteComputed {
			t.Errorf("%q: route %s, want the cost", c.msg, r.Kind)
			continue
		}
		gap := 0
		if r.Facts.Gap != nil {
			gap = r.Facts.Gap.Months
		}
		confirm := 0
		if r.ConfirmGap != nil {
			confirm = r.ConfirmGap.Months
		}
		if gap != c.gap || confirm != c.confirm || r.Facts.Region != c.region {
			t.Errorf("%q: gap %d confirm %d region %q, want %d %d %q", c.msg, gap, confirm, r.Facts.Region, c.gap, c.confirm, c.region)
		}
		if c.region != "" && r.Facts.Payer != rules.PayerIndividual {
			t.Errorf("%q: payer %q, want individual", c.msg, r.Facts.Payer)
		}
	}
}

// TestWhoPaysFAQ46c: who pays the arrears after the unit was auctioned,
// went bankrupt, merged or split is that entry, first.
func TestWhoPaysFAQ46c(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct{ msg, id string }{
		{"公司的机器厂房被法院拍掉了 欠我们的医保谁来交", "auctioned-unit"},
		{"法院把厂子拍出去了 之前欠的社保找谁要", "auctioned-unit"},
		{"老板的厂房都被拍了 欠了我们半年医保 这钱谁出", "auctioned-unit"},
		{"the court auctioned off the factory, who pays the insurance they owe us", "auctioned-unit"},
		{"公司破产了 欠了我3个月医保 谁来交 我在杭州", "bankrupt-unit"},
		{"company went bankrupt, who covers the 4 months they owe me? shanghai", "bankrupt-unit"},
		{"我们厂被别的公司收购了 以前欠的医保归哪家管", "merged-or-divided-unit"},
		{"our company merged with another one, which company pays the old arrears", "merged-or-divided-unit"},
		{"单位拆成两家了 欠的医保费谁负责补", "merged-or-divided-unit"},
	} {
		r := Decide(kb, c.msg, today, "", rules.Facts{})
		if len(r.FAQ) == 0 || !r.FAQHit() || r.FAQ[0].FAQ.ID != c.id || r.Kind != RouteBoth && r.Kind != RouteFAQ {
			id := ""
			if len(r.FAQ) > 0 {
				id = r.FAQ[0].FAQ.ID
			}
			t.Errorf("%q: route %s entry %q, want %q first", c.msg, r.Kind, id, c.id)
		}
	}
}
