package understand

import (
	"fmt"
	"strings"
	"testing"
)

// intents renders the intent fields of a for table rows.
func intents(a Analysis) string {
	var b []string
	for _, f := range []struct {
		name string
		on   bool
	}{
		{"greeting", a.Greeting}, {"thanks", a.Thanks}, {"human", a.Human}, {"dontknow", a.DontKnow},
		{"smalltalk-only", a.SmallTalkOnly}, {"dontknow-only", a.DontKnowOnly}, {"correction", a.Correction},
		{"moved", a.Moved},
	} {
		if f.on {
			b = append(b, f.name)
		}
	}
	return strings.Join(b, " ")
}

func TestAnalyzeIntents(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"你好", "greeting smalltalk-only"},
		{"在吗 有人吗", "greeting smalltalk-only"},
		{"您好 请问可以咨询吗", "greeting smalltalk-only"},
		{"hi there", "greeting smalltalk-only"},
		{"謝謝你啊", "thanks smalltalk-only"},
		{"好的 多谢啦", "thanks smalltalk-only"},
		{"thanks so much!", "thanks smalltalk-only"},
		{"你好，我在深圳，公司欠缴了3个月", "greeting"},
		{"人工客服", "human"},
		{"转人工", "human"},
		{"can i talk to a real person", "human"},
		{"不知道啊", "dontknow dontknow-only"},
		{"不確定", "dontknow dontknow-only"},
		{"记不清了", "dontknow dontknow-only"},
		{"idk lol", "dontknow dontknow-only"},
		{"no clue honestly", "dontknow dontknow-only"},
		{"不知道能不能补", "dontknow"},
		{"其实是杭州", "correction"},
		{"actually it's Hangzhou", "correction"},
		{"从北京搬到上海了 医保断了4个月", "moved"},
		{"I moved from Beijing to Shanghai", "moved"},
		{"从上海浦东搬到上海闵行了", ""}, // one region: whether it crossed cities is asked
		{"我去了上海医保局问", ""},
		{"断缴8个月", ""},
		{"", ""},
	} {
		if got := intents(Analyze(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Analyze(%q) intents = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAnalyzeQuestionClauses: the facts of the clauses that ask nothing
// are the person's; numbers inside a question are not, and a gap named in
// a question is offered for confirmation.
func TestAnalyzeQuestionClauses(t *testing.T) {
	for _, c := range []struct {
		text             string
		asks             bool
		stated, askedGap string
	}{
		{"我在领失业金 医保还要自己交吗", true, "scheme=employee reason=unemployment-benefit ret=working", ""},
		{"领失业金3个月了", false, "scheme=employee reason=unemployment-benefit ret=working", ""}, // no gap: the fund pays
		{"上海 灵活就业 一个月要交多少钱", true, "scheme=employee payer=individual region=shanghai", ""},
		{"广州深圳医保要交30年吗", true, "", ""},
		{"断缴3个月能补吗", true, "", "3"},
		{"斷繳3個月能補嗎", true, "", "3"},
		{"我在上海，断缴了4个月，还能补吗？", true, "gap=4 region=shanghai", ""},
		{"上海灵活就业断缴8个月，怎么办？", false, "scheme=employee payer=individual gap=8 region=shanghai", ""},
		{"现在是12月 应该是吧", false, "", ""},
		{"半年没交", false, "gap=6", ""},
		{"从北京搬到上海了 医保断了4个月", false, "gap=4 region=shanghai", ""},
		{"how much do I pay per month as a freelancer in Shanghai?", true, "", ""},
		// The unit's state told inside the asking clause is the person's
		// own; supposed ("如果…") it is not.
		{"公司上个月的医保没交 还在正常经营 12月20号住院能报吗", true, "payer=unit reason=arrears status=normal since=2026-10", ""},
		{"公司上个月的医保没交 如果公司倒闭了 12月20号住院能报吗", true, "payer=unit reason=arrears status=normal implied=1 since=2026-10", ""},
		{"my company didnt pay last month, what if the company goes bankrupt, can i still see a doctor", true, "payer=unit reason=arrears status=normal implied=1 since=2026-10", ""},
		{"I'm in Shanghai, how much do I pay a month?", true, "region=shanghai", ""},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, "")
		asked := ""
		if a.AskedGap != nil {
			asked = fmt.Sprint(a.AskedGap.Months)
		}
		if a.Asks != c.asks || render(a.Stated) != c.stated || asked != c.askedGap {
			t.Errorf("Analyze(%q): asks %v, stated %q, asked gap %q; want %v, %q, %q",
				c.text, a.Asks, render(a.Stated), asked, c.asks, c.stated, c.askedGap)
		}
		if !a.Asks && render(a.Stated) != render(a.Extracted) {
			t.Errorf("Analyze(%q): asks nothing, yet stated %q differs from all %q", c.text, render(a.Stated), render(a.Extracted))
		}
	}
}

func TestExtractedString(t *testing.T) {
	e := Extract("上海灵活就业断缴8个月", testToday, fakeRegions{}, "")
	if got, want := e.String(), "scheme=employee payer=individual gap=8 months region=shanghai"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (Extracted{}).String(); got != "" {
		t.Errorf("empty String() = %q", got)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Analyze(benchMessages[i%len(benchMessages)], testToday, fakeRegions{}, "")
	}
}
