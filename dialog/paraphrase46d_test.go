package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// paraphrases46d are sibling wordings of the families fix46d tells apart
// (written for fix46d, none a held-out set's text): trouble a company
// gets into (consequences) against a company in financial trouble
// (instalments); premiums reduced or postponed against arrears paid in
// parts; moving from one scheme to the other against moving between
// cities; bills from the months an employer pays later against whether
// one may pay back; who to call against asking for a person; reporting
// an employer that says no; whether anything must be done for cover to
// work again; filling skipped months told after a cost-like clause.
// miss marks a question still missed (measured, not skipped).
var paraphrases46d = []paraphrase{
	// Consequences: "trouble" the company gets into, not money trouble.
	{"en", "unit-legal-consequences", "will my boss get in trouble for not paying our health insurance", false},
	{"en", "unit-legal-consequences", "what kind of trouble is an employer in if it skips social insurance", false},
	{"en", "unit-legal-consequences", "company not paying staff medical insurance - what trouble can they get into", false},
	{"en", "unit-legal-consequences", "does a firm face any consequences when it doesnt pay employee insurance", false},
	{"en", "unit-legal-consequences", "can an employer get away with not paying our medical insurance", false},
	{"en", "unit-legal-consequences", "is the company liable for anything if they never paid my insurance", false},
	{"en", "unit-legal-consequences", "what are the consequnces for a company that doesnt pay workers insurance", false},
	{"en", "unit-legal-consequences", "if the employer owes insurance for months, how much trouble are they in", true},
	{"zh", "unit-legal-consequences", "公司一直不给员工交医保 会惹上什么麻烦", false},
	{"zh", "unit-legal-consequences", "单位欠着社保不交 要承担什么责任", false},
	{"zh", "unit-legal-consequences", "老板不交医保 有啥后果", false},
	// Its neighbour stays: a company in money trouble paying in parts.
	{"en", "unit-cannot-pay-at-once", "our company is in financial trouble, can it pay the insurance it owes in instalments", false},
	{"en", "unit-cannot-pay-at-once", "the firm is having cash flow trouble and cant pay all the arrears at once, what then", false},
	// Premiums reduced or postponed, not arrears in parts.
	{"en", "reduction-or-exemption", "business is struggling, can we get our insurance contributions lowered or put off for a while", false},
	{"en", "reduction-or-exemption", "is a company with money problems allowed to postpone its medical insurance contributions", false},
	{"en", "reduction-or-exemption", "can an employer in financial trouble have the premiums cut or deferred", false},
	{"en", "reduction-or-exemption", "can a struggling firm get exempted from paying medical insurance for a year", false},
	{"en", "reduction-or-exemption", "company losing money, any chance the insurance premiums get reduced", false},
	{"en", "reduction-or-exemption", "can the contributions be delayed if the company is in financial trouble", false},
	{"zh", "reduction-or-exemption", "公司经营困难 医保费能不能减免或者缓缴", false},
	{"zh", "reduction-or-exemption", "单位资金困难 社保能申请缓交吗", false},
	{"zh", "reduction-or-exemption", "企业效益不好 医保能少交一点或者推迟交吗", false},
	// Moving from one scheme to the other, not between cities.
	{"en", "switch-schemes", "can i move over from employee insurance to resident insurance after leaving my job", false},
	{"en", "switch-schemes", "i stopped working, is it possible to transfer my employee medical insurance into the resident scheme", false},
	{"en", "switch-schemes", "how to go from the resident scheme to the employee one when i get a job", false},
	{"en", "switch-schemes", "moving from resident insurance to employee insurance, do i lose anything", false},
	{"en", "switch-schemes", "now that im jobless can my insurance be moved from employee to resident", false},
	{"en", "switch-schemes", "want to move my employee health insurance to the resident type since i retired early", true},
	{"zh", "switch-schemes", "不上班了 职工医保能不能转到居民医保", false},
	{"zh", "switch-schemes", "职工医保转移成居民医保怎么弄", false},
	{"zh", "switch-schemes", "居民医保想转成职工医保 要办什么", false},
	// Its neighbour stays: a move between cities.
	{"en", "transfer-between-cities", "moving from beijing to shanghai, can my employee insurance move with me", false},
	{"en", "transfer-between-cities", "going to work in another city, how do i move my medical insurance there", false},
	// Bills from the months an employer pays later (a region or none).
	{"en", "shanghai-employer-gap", "shanghai here, my company will pay the missing months later, will my hospital bills from those months be covered", false},
	{"en", "shanghai-employer-gap", "if my employer in shanghai pays the arrears afterwards, do i get the doctor bills from that time paid", false},
	{"en", "shanghai-employer-gap", "in shanghai, when the company pays back the unpaid months, are my medical bills for those months reimbursed", false},
	{"en", "shanghai-employer-gap", "working in shanghai, boss pays the missed months later on - are my hospital costs from those months paid", true},
	{"en", "gap-costs-covered", "if the missed months get paid later, are the doctor bills from those months paid", false},
	{"en", "gap-costs-covered", "once the unpaid months are paid off, will the hospital bills from that period be reimbursed", false},
	{"en", "gap-costs-covered", "my company pays the gap later, can i claim the medical bills from those months", false},
	{"zh", "shanghai-employer-gap", "在上海 单位以后把欠的月份补上 那几个月看病的钱能报吗", false},
	{"zh", "shanghai-employer-gap", "上海公司后面补缴了 中间那几个月的医药费还能报销不", false},
	// Who to call: the hotlines entry (a person asked for alone is the
	// hand-off, TestWhoToCall46d).
	{"en", "hotlines", "who do i call to speak with a real person about medical insurance", false},
	{"en", "hotlines", "who should i ring to ask a real person about my insurance", false},
	{"en", "hotlines", "who can i phone about yibao to get a real person", false},
	{"en", "hotlines", "whom do i call if i want a real person to explain my insurance", false},
	{"en", "hotlines", "who to call for a real person about social insurance", false},
	{"zh", "hotlines", "医保的事该打给谁才能问到真人", false},
	{"zh", "hotlines", "打电话找谁能跟真人聊医保", false},
	{"zh", "hotlines", "医保问题给谁打电话能问到真人", false},
	// An employer that says no, and whom to report it to.
	{"en", "unit-refuses", "asked my boss to pay the insurance he owes and he said no, who do i report this to", false},
	{"en", "unit-refuses", "company keeps saying no to paying my back insurance, where do i report them", false},
	{"en", "unit-refuses", "employer owes me insurance and wont pay, who can i report him to", false},
	{"en", "unit-refuses", "my manager says no to the missing insurance payments, who do i complain to", false},
	{"en", "unit-refuses", "the boss says no every time, where can i report a company that owes insurance", false},
	{"zh", "unit-refuses", "老板欠着医保就是不给补 我该去哪举报他", false},
	{"zh", "unit-refuses", "找公司补交社保 老板直接拒绝了 去哪投诉", false},
	{"zh", "unit-refuses", "单位欠的医保说不补就不补 上哪告他们", false},
	// Paid back: must anything be done for cover to work again?
	{"en", "coverage-restores-after-payment", "paid everything i owed, do i have to do something to get my insurance working again", false},
	{"en", "coverage-restores-after-payment", "my employer settled the arrears, do i need to apply for anything or does it start working again", false},
	{"en", "coverage-restores-after-payment", "back payments are done, is there anything i need to do so my insurance works again", false},
	{"en", "coverage-restores-after-payment", "cleared the arrears last week, must i do anything to get my card working again", false},
	{"en", "coverage-restores-after-payment", "the company paid off what it owed, do i need to do anything before the insurance works again", false},
	{"zh", "coverage-restores-after-payment", "欠费都补齐了 还要办什么手续才能恢复吗", false},
	{"zh", "coverage-restores-after-payment", "公司把欠的医保交清了 我需要去申请恢复吗", false},
	{"zh", "coverage-restores-after-payment", "补缴完了 要不要自己去办一下才能用", false},
	// Skipped months to fill, told after a clause that reads like the
	// cost entry (paying one's own employee insurance).
	{"en", "can-employee-insurance-be-back-paid", "i pay employee insurance on my own, missed three months, can i make them up", false},
	{"en", "can-employee-insurance-be-back-paid", "self paying my employee medical insurance and skipped a couple of months, can i fill the gap", false},
	{"en", "can-employee-insurance-be-back-paid", "im paying my own employee insurance, forgot two months, can i still pay them back", false},
	{"en", "can-employee-insurance-be-back-paid", "i cover my own employee insurance and missed some months, can i catch up on them", false},
	{"en", "can-employee-insurance-be-back-paid", "paying employee insurance myself, skipped march and april, can i fill those in", false},
	{"en", "can-employee-insurance-be-back-paid", "i pay my own employee insurance and left a gap of two months, is it possible to fill them", false},
	{"zh", "can-employee-insurance-be-back-paid", "我自己交职工医保 漏了两个月 还能补上吗", false},
	{"zh", "can-employee-insurance-be-back-paid", "灵活就业自己交的职工医保 断了两个月 能接着补吗", true},
	// Typos of several letters in one question.
	{"en", "check-record", "how can i chek my contribtion histroy", false},
	{"en", "check-record", "wher do i see my insurence recrod", false},
	{"en", "check-record", "where to chekc if my employr paid my insurance", false},
	{"en", "documents", "wich documnets do i need for back paymnet", false},
	{"en", "documents", "what documets shoud i take to pay the arrears", false},
	{"en", "documents", "what paperwrok do i bring to the office to pay missed insurence", false},
	{"en", "hotlines", "whats the hotlien nubmer for medical insurance", false},
	{"en", "late-fee", "how much is the late fe for paying insurance late, is there a penatly", false},
}

func TestParaphrases46d(t *testing.T) { checkParaphrases(t, paraphrases46d) }

// TestWhoToCall46d: "who can I call", a person named in the same clause or
// not, is the hotlines entry; a person asked for in a clause of its own,
// or someone lost in the chat, is the hand-off.
func TestWhoToCall46d(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct {
		msg  string
		want RouteKind
	}{
		{"who can I call to get a real person on the line about my insurance", RouteFAQ},
		{"who do i ring to talk to a real person about yibao", RouteFAQ},
		{"whom should I phone to speak to a human about medical insurance", RouteFAQ},
		{"who to call to reach a live person about social insurance", RouteFAQ},
		{"该打给谁才能跟真人说医保的事", RouteFAQ},
		{"给谁打电话能找到人工客服问医保", RouteFAQ},
		{"I want to talk to a real person", RouteHuman},
		{"I'd rather speak to a human. who can I call?", RouteHuman},
		{"转人工", RouteHuman},
		{"these questions are confusing, who can I call to talk to a person", RouteHuman},
	} {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		if r.Kind != c.want {
			t.Errorf("%q: route %s, want %s", c.msg, r.Kind, c.want)
		}
	}
	for _, c := range []struct {
		low  string
		want bool
	}{
		{"who can i call", true}, {"who do i actually ring about this", true}, {"whom to phone", true},
		{"who to call", true}, {"该打给谁", true}, {"打电话找谁", true},
		{"who will call me back", false}, {"can someone call me", false}, {"what do you call this scheme", false},
	} {
		if got := whoToCall46d(c.low); got != c.want {
			t.Errorf("whoToCall46d(%q) = %v, want %v", c.low, got, c.want)
		}
	}
}
