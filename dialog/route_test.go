package dialog

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestDecide routes messages typed the way people type, as a first message
// and with a question on screen.
func TestDecide(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	employee := rules.Facts{Scheme: rules.SchemeEmployee}
	for _, c := range []struct {
		text    string
		asking  rules.Field
		known   rules.Facts
		kind    RouteKind
		faq     string // the entry shown, for faq and both
		facts   string // the facts taken
		confirm bool
	}{
		{"你好", "", rules.Facts{}, RouteSmallTalk, "", "", false},
		{"谢谢你啊", rules.FieldGap, employee, RouteSmallTalk, "", "", false},
		{"人工客服", "", rules.Facts{}, RouteHuman, "", "", false},
		{"talk to a person please", rules.FieldScheme, rules.Facts{}, RouteHuman, "", "", false},
		{"不知道啊", rules.FieldReason, employee, RouteDontKnow, "", "", false},
		{"not sure", rules.FieldInWindow, rules.Facts{Scheme: rules.SchemeResident}, RouteDontKnow, "", "", false},
		// Drawing unemployment benefit is a fact (the fund pays) as well
		// as the question's topic.
		{"我在领失业金 医保还要自己交吗", "", rules.Facts{}, RouteBoth, "unemployed-premiums",
			"scheme=employee retirement=working reason=unemployment-benefit", false},
		{"广州深圳医保要交30年吗", "", rules.Facts{}, RouteFAQ, "guangdong-years", "", false},
		// Audit round 3 R3-M2: whether a resident's payment is in time in
		// a named place is the case, where the region's calendar decides.
		{"浙江居民医保今天12月31号缴来得及吗，明年1月1号能用吗", "", rules.Facts{}, RouteFacts, "",
			"scheme=resident region=zhejiang", false},
		{"Hangzhou resident insurance, is paying on 31 December in time? can I use it on 1 January?", "", rules.Facts{}, RouteFacts, "",
			"scheme=resident region=zhejiang", false},
		// Without a place it stays a question for the FAQ.
		{"居民医保断了能补缴吗", "", rules.Facts{}, RouteFAQ, "resident-back-pay", "", false},
		{"断缴3个月能补吗", "", rules.Facts{}, RouteFAQ, "can-employee-insurance-be-back-paid", "", true},
		{"断缴3个月能补吗", rules.FieldGap, rules.Facts{Scheme: rules.SchemeEmployee, GapMonths: ip(3)}, RouteFAQ,
			"can-employee-insurance-be-back-paid", "", false},
		{"我在杭州上班，公司拖欠了3个月医保，还能补交吗？", "", rules.Facts{}, RouteBoth, "can-employee-insurance-be-back-paid",
			"retirement=working payer=unit reason=arrears unit_status=normal gap=3 months region=zhejiang", false},
		{"上海 灵活就业 一个月要交多少钱", "", rules.Facts{}, RouteComputed, "",
			"scheme=employee payer=individual region=shanghai", false},
		{"单位破产了，欠的医保费怎么办？", "", rules.Facts{}, RouteBoth, "bankrupt-unit",
			"payer=unit reason=arrears unit_status=bankrupt", false},
		{"上海灵活就业断缴8个月，怎么办？", "", rules.Facts{}, RouteFacts, "",
			"scheme=employee payer=individual gap=8 months region=shanghai", false},
		{"从北京搬到上海了 医保断了4个月", "", rules.Facts{}, RouteFacts, "", "gap=4 months region=shanghai", false},
		{"8", rules.FieldGap, employee, RouteFacts, "", "gap=8 months number=8", false},
		{"上海灵活就业断缴8个月", "", rules.Facts{}, RouteFacts, "",
			"scheme=employee payer=individual gap=8 months region=shanghai", false},
		// A reply to the question on screen, however close to an entry.
		{"其实是自己交的 灵活就业", rules.FieldReason, rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit},
			RouteFacts, "", "scheme=employee payer=individual", false},
		// Asking the service desk's number is a question, not a call for a person.
		{"医保客服电话多少", "", rules.Facts{}, RouteFAQ, "hotlines", "", false},
		// 怎么办理 asks how, not for help.
		{"新生儿医保怎么办理", "", rules.Facts{}, RouteFAQ, "newborn-enrolment", "", false},
		// Colloquial questions without a question word; the gap is only confirmed.
		{"医保断了两个月能补不", "", rules.Facts{}, RouteFAQ, "can-employee-insurance-be-back-paid", "", true},
		{"新农合断了交不交得上", "", rules.Facts{}, RouteFAQ, "resident-back-pay", "", false},
		{"阿巴阿巴", rules.FieldScheme, rules.Facts{}, RouteUnknown, "", "", false},
		// Issue 17: a gap told in a run-on that asks about something else
		// is the person's and kept, not asked again.
		{"东莞那个厂老板跑路了人都找不到了欠了我们四个月社保我现在医保还能用吗", "", rules.Facts{}, RouteBoth, "bankrupt-unit",
			"payer=unit reason=arrears unit_status=absconded gap=4 months region=guangdong", false},
		{"公司在佛山拆成两家了 原来欠的两个月医保不知道谁管", "", rules.Facts{}, RouteBoth, "merged-or-divided-unit",
			"payer=unit reason=arrears unit_status=divided gap=2 months region=guangdong", false},
		// A case told, then only "what do I do": the case, not an entry.
		{"深圳 公司三个月没给交医保了 咋整", "", rules.Facts{}, RouteFacts, "",
			"payer=unit reason=arrears unit_status=normal gap=3 months region=guangdong", false},
		// A resident's own case inside a question keeps its facts, the
		// year without cover too (whole years once the scheme is known).
		{"我妈在长沙的居民医保断了一年了现在交要等多久", "", rules.Facts{}, RouteBoth, "resident-waiting-period",
			"scheme=resident gap=12 months region=national newborn=no", false},
		// A whole case told with the /start scheme question on screen is
		// read as with nothing on screen: the month of leaving is kept.
		{"我六月份从杭州那家公司离职了一直在家没找工作医保就断了现在还能自己接着交吗", rules.FieldScheme, rules.Facts{}, RouteBoth,
			"re-enrol-after-cancellation", "payer=unit reason=left-job gap=since 2026-06 region=zhejiang", false},
		{"怎么才能让我的猫学会弹钢琴", "", rules.Facts{}, RouteMiss, "", "", false},
	} {
		r := Decide(kb, c.text, today, c.asking, c.known)
		faq := ""
		if (r.Kind == RouteFAQ || r.Kind == RouteBoth) && r.FAQHit() {
			faq = r.FAQ[0].FAQ.ID
		}
		if r.Kind != c.kind || faq != c.faq || r.Facts.String() != c.facts || (r.ConfirmGap != nil) != c.confirm {
			t.Errorf("Decide(%q, asking %q) = %s %q facts %q confirm %v; want %s %q facts %q confirm %v",
				c.text, c.asking, r.Kind, faq, r.Facts.String(), r.ConfirmGap != nil, c.kind, c.faq, c.facts, c.confirm)
		}
	}
}

// FuzzDecide: every message gets a route the chat can act on.
func FuzzDecide(f *testing.F) {
	for _, s := range []string{"你好", "人工", "不知道", "断缴3个月能补吗", "上海 灵活就业 一个月要交多少钱",
		"我在杭州上班，公司拖欠了3个月医保，还能补交吗？", "单位破产了，欠的医保费怎么办？", "how much is it per month in shanghai",
		"", "?", "吗吗吗"} {
		f.Add(s, uint8(0))
	}
	kb := testKB(f)
	today := knowledge.Today(testNow)
	fields := append([]rules.Field{""}, rules.Fields...)
	f.Fuzz(func(t *testing.T, text string, fi uint8) {
		asking := fields[int(fi)%len(fields)]
		r := Decide(kb, cleanText(text), today, asking, rules.Facts{})
		switch r.Kind {
		case RouteFAQ, RouteBoth:
			if !r.FAQHit() {
				t.Fatalf("%s without an FAQ hit", r.Kind)
			}
		case RouteComputed:
			if r.CostRegion == "" {
				t.Fatal("computed without a region")
			}
		case RouteHuman, RouteSmallTalk, RouteDontKnow, RouteFacts, RouteMiss, RouteUnknown:
		default:
			t.Fatalf("unknown route %q", r.Kind)
		}
		if r.Kind == RouteBoth && r.Facts.Empty() {
			t.Fatal("both without facts")
		}
	})
}

func ip(n int) *int { return &n }

// TestBareHelp: a question part that asks for help and names nothing else.
func TestBareHelp(t *testing.T) {
	for q, want := range map[string]bool{
		"咋整": true, "那我现在该怎么办呢？": true, "what do I do now?": true, "so what should i do": true,
		"欠的医保费怎么办": false, "怎么办理": false, "what do I do about the late fee": false, "": false, "能补吗": false,
	} {
		if got := bareHelp(q); got != want {
			t.Errorf("bareHelp(%q) = %v, want %v", q, got, want)
		}
	}
}

// BenchmarkDecide routes a question, a question with facts and a plain
// answer: the FAQ is searched for the first two.
func BenchmarkDecide(b *testing.B) {
	kb := testKB(b)
	today := knowledge.Today(testNow)
	msgs := []string{"我在领失业金 医保还要自己交吗", "我在杭州上班，公司拖欠了3个月医保，还能补交吗？", "断缴8个月"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Decide(kb, msgs[i%len(msgs)], today, rules.FieldGap, rules.Facts{Scheme: rules.SchemeEmployee})
	}
}

// FuzzClauses: the clauses of a message are non-empty pieces of it, and
// reading the fee and cost words never panics.
func FuzzClauses(f *testing.F) {
	f.Add("I am in Shenzhen, flexible worker, can I pay back? also how much late fee")
	f.Add("我在深圳灵活就业 断了两个月 能补吗？滞纳金怎么算？")
	f.Add("")
	f.Fuzz(func(t *testing.T, msg string) {
		for _, c := range clauses(msg) {
			if strings.TrimSpace(c) == "" || !strings.Contains(msg, c) {
				t.Fatalf("clause %q of %q", c, msg)
			}
		}
		_ = feeNotCost(msg)
		_ = asksInTime(msg)
	})
}
