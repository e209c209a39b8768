package understand

import (
	"errors"
	"testing"
	"unicode/utf8"

	"bujiao/rules"
)

var fuzzFields = append([]rules.Field{""}, rules.Fields...)

// checkDuration holds for every Duration this package returns.
func checkDuration(t *testing.T, what string, d Duration) {
	t.Helper()
	cur := testToday.MonthOf()
	if d.Since != nil {
		if n := cur.Since(*d.Since); n < 0 || n > rules.MaxGapMonths {
			t.Fatalf("%s: since %s is after today's month %s or beyond the limit", what, d.Since, cur)
		}
		return
	}
	if d.Months < 0 || d.Months > rules.MaxGapMonths {
		t.Fatalf("%s: months %d out of 0..%d", what, d.Months, rules.MaxGapMonths)
	}
}

func FuzzExtract(f *testing.F) {
	for i, c := range extractCases {
		f.Add(c.text, uint8(i))
	}
	for _, c := range durationCases {
		f.Add(c.text, uint8(0))
	}
	for _, c := range questionCases {
		f.Add(c.text, uint8(1))
	}
	for _, text := range auditSeeds {
		f.Add(text, uint8(0))
	}
	for _, cs := range [][]extractCase{siftCases, reasonCases, shortReplyCases, readings17rCases, readings18bCases} {
		for i, c := range cs {
			f.Add(c.text, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, text string, fi uint8) {
		expecting := fuzzFields[int(fi)%len(fuzzFields)]
		e := Extract(text, testToday, fakeRegions{}, expecting)
		if e.Gap != nil {
			checkDuration(t, "Extract", *e.Gap)
		}
		if e.RepayYears != nil && (*e.RepayYears < 0 || *e.RepayYears > rules.MaxYears) {
			t.Fatalf("repay years %d", *e.RepayYears)
		}
		if e.YearsPaid != nil && (e.YearsPaid.IsNegative() || e.YearsPaid.IntPart() > rules.MaxYears) {
			t.Fatalf("years paid %s", e.YearsPaid)
		}
		if e.Resumed != nil && (!e.GapEnded || testToday.MonthOf().Since(*e.Resumed) < 0 ||
			e.Gap != nil && e.Gap.Since != nil && e.Resumed.Since(*e.Gap.Since) <= 0) {
			t.Fatalf("resumed %s with gap %v, ended %v", e.Resumed, e.Gap, e.GapEnded)
		}
		if again := Extract(text, testToday, fakeRegions{}, expecting); render(again) != render(e) {
			t.Fatalf("not deterministic: %s then %s", render(e), render(again))
		}
		if e.Empty() != (render(e) == "") {
			t.Fatalf("Empty() = %v for %s", e.Empty(), render(e))
		}
		a := Analyze(text, testToday, fakeRegions{}, expecting)
		if render(a.Extracted) != render(e) {
			t.Fatalf("Analyze and Extract differ: %s, %s", render(a.Extracted), render(e))
		}
		if a.IsQuestion() && a.QuestionScore == 0 {
			t.Fatalf("a question without question words: %+v", a)
		}
		if e.Gap != nil && e.GapTooLong {
			t.Fatalf("a gap both read and too long: %s", render(e))
		}
		if e.GapConflict && e.Gap != nil {
			t.Fatalf("a gap both read and in conflict: %s", render(e))
		}
		if e.ContinuousYears != nil && (*e.ContinuousYears < 0 || *e.ContinuousYears > rules.MaxYears) {
			t.Fatalf("continuous years %d", *e.ContinuousYears)
		}
		if e.PriorScheme != "" && e.PriorScheme == e.Scheme {
			t.Fatalf("a switch to the same scheme: %s", render(e))
		}
	})
}

// auditSeeds are the audit's chat messages (AUDIT-ROUND1).
var auditSeeds = []string{
	"我在上海自己交灵活就业 断了4个月 不对 是5个月 从七月开始断的",
	"我辞职了 之前职工医保连续交了五年 想转成居民医保 断了两个月了 在上海 能补吗 能报吗",
	"成都的 公司没给我上社保 干了半年了 入职就没给办",
	"我老婆今年五十岁退休了 上海职工医保交了十五年整 退休了还要交吗",
	"stopped paying 4 months ago, no wait, 5 months",
	// AUDIT-ROUND2 chats.
	"我领失业金领到十一月底结束了 在浙江 医保接下来怎么办 十二月要自己交吗",
	"我女 55岁 今年退休 在深圳交了职工医保一共二十二年 在深圳交了十二年 还要补吗",
	"俺在广州打工 厂子一直没给俺交社保 干了八个月了 俺能自己交吗 厂子要罚款不",
	"我在上海上班 单位交的 换工作空了两个月 新单位也在上海 不对 新单位在苏州 断的那两个月能补吗",
	"我老公公司欠了三个月医保了 我们在上海 他下周一做手术 单位说月底补 来得及吗",
	"公司10月开始没缴医保，我 11月20号住院了能报销吗",
	// AUDIT-ROUND3: an unemployment benefit that ended; a ZJ resident in pinyin.
	"失业金领到11月就结束了 12月怎么交",
	"my unemployment benefit ran out in November, do I pay December myself",
	"11月份失业金就结束了 没领失业金 还没领完",
	"zhejiang ju min yi bao jin tian 12 yue 31 hao jiao lai de ji ma, ming nian 1 yue 1 hao neng yong ma",
}

func FuzzDepinyin(f *testing.F) {
	f.Add("wo zai shanghai ling huo jiu ye 11 yue mei jiao, 12 yue 15 hao zhi qian jiao hai lai de ji ma")
	f.Add("shanghai linghuo jiuye duanjiao 8 ge yue")
	f.Add("yibao 1.5 nian, zenmeban?")
	f.Fuzz(func(t *testing.T, text string) {
		out, ok := Depinyin(text)
		if !ok && out != text {
			t.Fatalf("not pinyin, yet rewritten: %q -> %q", text, out)
		}
		if ok && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q: %q", text, out)
		}
		if again, ok2 := Depinyin(text); again != out || ok2 != ok {
			t.Fatalf("not deterministic: %q", text)
		}
	})
}

func FuzzParseDuration(f *testing.F) {
	for _, c := range durationCases {
		f.Add(c.text)
	}
	for _, c := range extractCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := ParseDuration(text, testToday)
		if err != nil {
			if d != (Duration{}) || !errors.Is(err, ErrNoDuration) && !errors.Is(err, ErrGapTooLong) {
				t.Fatalf("error %v with %+v", err, d)
			}
			return
		}
		checkDuration(t, "ParseDuration", d)
		d2, err2 := ParseDuration(text, testToday)
		if err2 != nil || (d.Since == nil) != (d2.Since == nil) || d.Months != d2.Months ||
			d.Since != nil && *d.Since != *d2.Since {
			t.Fatalf("not deterministic: %+v then %+v", d, d2)
		}
	})
}

// FuzzAnalyze checks what holds for every message: the intents and the
// clause split agree with each other, and reading is deterministic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"你好", "谢谢", "转人工", "不知道啊", "no idea", "断缴3个月能补吗",
		"上海 灵活就业 一个月要交多少钱", "从北京搬到上海了 医保断了4个月", "I moved from Beijing to Shanghai",
		"我在上海，断缴了4个月，还能补吗？", "？？ ,, 吗 吗", "斷繳3個月能補嗎",
		// Voice run-ons split where their question opens (read17).
		"东莞那个厂老板跑路了人都找不到了欠了我们四个月社保我现在医保还能用吗", "我我我我我我我我我我我我现在现在吗",
		"公司然后然后然后然后然后然后怎么咋多久", "and they are still open what do i do",
		"so my company stopped paying my insurance 5 months ago can i still get it back", "a b c d e f can i", "my my my my my my is it"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Analyze(text, testToday, fakeRegions{}, "")
		if a.SmallTalkOnly && !a.Greeting && !a.Thanks {
			t.Fatalf("small talk only without greeting or thanks: %+v", a)
		}
		if a.DontKnowOnly && !a.DontKnow {
			t.Fatalf("dont-know only without dont-know: %+v", a)
		}
		if a.AskedGap != nil && (!a.Asks || a.Stated.Gap != nil) {
			t.Fatalf("a gap asked about outside a question, or also stated: %+v", a)
		}
		if !a.Asks && (render(a.Stated) != render(a.Extracted) || a.Question != "") {
			t.Fatalf("asks nothing but stated %q differs from %q (question %q)", render(a.Stated), render(a.Extracted), a.Question)
		}
		if a.Stated.Gap != nil {
			checkDuration(t, "Stated", *a.Stated.Gap)
		}
		if again := Analyze(text, testToday, fakeRegions{}, ""); render(again.Stated) != render(a.Stated) ||
			intents(again) != intents(a) || again.Asks != a.Asks {
			t.Fatalf("not deterministic")
		}
	})
}
