package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestFirstRegCase40b (fix40b): a first enrolment already registered,
// asking when cover starts, gets the case answer with no FAQ entry first
// (wordings written for the test).
func TestFirstRegCase40b(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, msg := range []string{
		"以前没交过医保，10月20号在上海办了灵活就业登记，啥时候能报销",
		"从来没参过保 11月3号在深圳登记了灵活就业 什么时候开始能用",
		"第一次交医保 杭州 10月9号办的灵活就业参保 哪天开始能看病报销",
		"never had any insurance, registered as a flexible worker in Shanghai on 5 November. when can I use it?",
		"first time ever insured: I signed up as flexible employment in guangzhou on oct 20, when does coverage kick in",
		"just graduated, my first employer in Shenzhen registered me for social insurance in October. when can i start using it?",
		"刚毕业第一份工作 杭州的公司11月给我办的社保登记 医保什么时候能用",
		"first job ever, the company in hangzhou registered me in november, when am i covered",
	} {
		r := Decide(kb, msg, today, "", rules.Facts{})
		if r.Kind != RouteFacts || len(r.FAQ) > 0 {
			id := ""
			if len(r.FAQ) > 0 {
				id = r.FAQ[0].FAQ.ID
			}
			t.Errorf("%q: kind %v faq %q, want the case answer alone", msg, r.Kind, id)
		}
	}
}

// TestTreatCoverCase40b (fix40b): a case with a treatment day asking only
// whether the day is covered gets the case answer, not an entry on where
// or how to pay.
func TestTreatCoverCase40b(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, msg := range []string{
		"Guangzhou, quit my job and insurance stopped a month ago. Surgery on 20 Jan. If I pay now as a flexible worker will it cover the surgery?",
		"shenzhen, left my job 2 months ago, I have an operation on january 12, if i pay myself now am i covered",
		"广州 辞职断了一个月 1月20号要手术 如果现在按灵活就业交上 能报销吗",
		"杭州 离职两个月了 医保断了 1月15号住院 现在自己交上能不能报",
		"深圳 公司欠了我两个月医保 老板说会补 1月5号要做手术 到时候能报吗",
		"ningbo, my employer hasnt paid for 3 months but boss is still around. hospital stay on jan 9, will it be covered?",
	} {
		r := Decide(kb, msg, today, "", rules.Facts{})
		if r.Kind != RouteFacts || len(r.FAQ) > 0 {
			id := ""
			if len(r.FAQ) > 0 {
				id = r.FAQ[0].FAQ.ID
			}
			t.Errorf("%q: kind %v faq %q, want the case answer alone", msg, r.Kind, id)
		}
	}
}
