package understand

import (
	"testing"

	"bujiao/rules"
)

// fix46e: a question of cover now, with no other day named, is the
// treatment day today ("this week": to Sunday; "these days": six days on).
// Sibling wordings written for this test (zh/en, dialect, word order, words
// between, no punctuation, typos); "what do I do now" is no day question.
func TestNowTreat46e(t *testing.T) {
	for _, today := range []rules.Date{{Year: 2026, Month: 12, Day: 8}, {Year: 2026, Month: 11, Day: 25}} {
		for _, c := range []struct {
			in    string
			until int // days after today the span ends; -1: no day read; 0: today alone
		}{
			// zh, today
			{"上海灵活就业 交到9月 10月11月忘交了 现在看病能报吗", 0},
			{"杭州自己交的医保断了两个月了，现在去医院还能报销吗", 0},
			{"我医保断了3个月 目前看病可以报不", 0},
			{"现在还能用医保卡吗", 0},
			{"医保卡还能用吗 公司两个月没交了", 0},
			{"公司欠了我两个月社保 我现在去看病能不能报", 0},
			{"断缴了俩月 今天去看门诊能报销不", 0},
			{"深圳 自己交的 断了2个月 而家睇病得唔得", 0},
			{"我嘅医保断咗两个月 宜家睇医生报唔报得", 0},
			{"现在看病行不行啊 医保停了一个月", 0},
			{"医保断了 看病现在能报吗", 0},
			{"自己交的医保忘了交两个月 现在医保还有效吗", 0},
			{"这周去医院能报吗 公司停缴了", 6},
			{"这几天要去医院 医保断了两个月能报销吗", 6},
			{"这两天想去看病 还能报销不", 2},
			// en, today
			{"shanghai flexible worker, paid until september, forgot october and november. am i covered right now?", 0},
			{"can i use my insurance today", 0},
			{"is my card still working? my company stopped paying 2 months ago", 0},
			{"missed 2 months in hangzhou am i still covered", 0},
			{"my employer hasnt paid for 3 months, r u sure im coverd rn", 0},
			{"if i go to the hospital now will it be covered", 0},
			{"can i use my medical insurence today at the clinic", 0},
			{"am i currently insured? stopped paying in september", 0},
			{"is my yibao still valid", 0},
			{"will i be reimbursed if i see a doctor this week", 6},
			// not a day question: the next step, paying now, another day, a
			// past stay, the personal account, a statement.
			{"上海灵活就业断了两个月 现在怎么办", -1},
			{"现在该咋整 公司没给我交医保", -1},
			{"what do i do now? i missed 3 months in shanghai", -1},
			{"missed 2 months, what should i do now", -1},
			{"现在补交的话能报吗 断了3个月", -1},
			{"if i pay now will i be covered", -1},
			{"断了两个月 12月20号住院能报吗", -1},
			{"10月8号住院了 现在补交能报吗", -1},
			{"上个月住院了 现在能报销吗", -1},
			{"am i covered on dec 20", -1},
			{"个人账户里的钱现在还能用吗", -1},
			{"i'm currently unemployed in shanghai", -1},
			{"我现在在上海 失业了", -1},
			{"现在想接上 断了6个月", -1},
			{"paid until september, now am i covered from january", -1},
			{"i started paying again so now will i be covered again in march", -1},
			{"现在交上 下个月看病能报吗", -1},
		} {
			e := Analyze(c.in, today, nil, "").Extracted
			if c.until == -1 {
				if e.Treatment != nil && *e.Treatment == today {
					t.Errorf("%s %q: treatment %v; want no day today", today, c.in, e.Treatment)
				}
				continue
			}
			if e.Treatment == nil || *e.Treatment != today {
				t.Errorf("%s %q: treatment %v; want today", today, c.in, e.Treatment)
				continue
			}
			switch {
			case c.until == 0 && e.TreatmentUntil != nil:
				t.Errorf("%s %q: until %v; want today alone", today, c.in, *e.TreatmentUntil)
			case c.until > 0 && (e.TreatmentUntil == nil || e.TreatmentUntil.Before(today.AddDays(1)) || today.AddDays(c.until).Before(*e.TreatmentUntil)):
				t.Errorf("%s %q: until %v; want a span of up to %d days", today, c.in, e.TreatmentUntil, c.until)
			}
		}
	}
}
