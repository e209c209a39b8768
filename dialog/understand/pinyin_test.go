package understand

import (
	"strings"
	"testing"
)

// TestLangOf: characters, traditional characters and pinyin are Chinese;
// English is English; digits and one word tell nothing.
func TestLangOf(t *testing.T) {
	cases := []struct {
		text, lang string
		ok         bool
	}{
		{"上海灵活就业断缴8个月", "zh", true},
		{"醫保斷繳了去哪裡補繳", "zh", true},
		{"shanghai linghuo jiuye duanjiao 8 ge yue", "zh", true},
		{"wo de yibao duan le san ge yue zenme ban", "zh", true},
		{"gongsi qianjiao yibao", "zh", true},
		{"I'm a flexible worker in Shanghai, 8 months unpaid", "en", true},
		{"how long do i have to wait", "en", true},
		{"you can long hang", "en", true},
		// A bureau text pasted into an English message is the person's
		// English; Chinese around a paste is Chinese.
		{"got this text: 【上海医保】您的职工医保2026年9月至10月未缴费，待遇已暂停。 what does it mean? I pay as a freelancer", "en", true},
		{"【上海医保】您的职工医保2026年9月至10月未缴费 这是什么意思", "zh", true},
		{"【上海医保】您的职工医保未缴费 ok", "zh", true},
		{"8", "", false},
		{"Shanghai", "", false},
		{"👍", "", false},
	}
	for _, c := range cases {
		lang, ok := LangOf(c.text)
		if lang != c.lang || ok != c.ok {
			t.Errorf("LangOf(%q) = %q, %v; want %q, %v", c.text, lang, ok, c.lang, c.ok)
		}
	}
}

// TestDepinyin: pinyin without tones is read as the case it states.
func TestDepinyin(t *testing.T) {
	cases := []struct{ text, want string }{
		{"shanghai linghuo jiuye duanjiao 8 ge yue", "上海灵活就业断缴 8个月"},
		{"gongsi qianjiao yibao 3 ge yue, zai hangzhou", "公司欠缴医保 3个月，在杭州"},
		{"wo shi zhigong yibao", "我是职工医保"},
		// Audit round 2, M-R2-8: the hospital stay and the reply to the
		// unit-status question are read, not only the place.
		{"wo 11 yue 20 hao zhuyuan le neng baoxiao ma", "我 11月20号住院了能报销吗"},
		{"zhengchang jingying", "正常经营"},
		// The question of a run-on starts its own clause, so the facts
		// before it are stated (und17b).
		{"zai ling shiye jin yibao hai yao ziji jiao ma", "在领失业金医保 还要自己缴吗"},
		{"jumin yibao qunian mei jiao jinnian hai neng jiao ma guangzhou", "居民医保去年没缴今年 还能缴吗广州"},
		{"gongsi hai zai jingying", "公司还在经营"},
		{"bu zhidao", "不知道"},
		{"wo bu qingchu", "我不清楚"},
		// "bu jiao le" ending a clause or before 会 is stopping, not paying
		// back; done, it needs a word that says so.
		{"xianzai bu jiao le hui zen me yang", "现在不缴了会怎么样"},
		{"yibao duan le ban nian bu jiao le", "医保断了半年不缴了"},
		{"yibao bu jiao le hui bu hui you yingxiang", "医保不缴了会不会有yingxiang"},
		{"yijing bu jiao le", "已经补缴了"},
		{"qu na li bu jiao", "qu哪里补缴"},
		{"zenme bu jiao", "怎么补缴"},
	}
	for _, c := range cases {
		got, ok := Depinyin(c.text)
		if !ok || got != c.want {
			t.Errorf("Depinyin(%q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
		a := Analyze(got, testToday, fakeRegions{}, "")
		if strings.Contains(c.text, "8 ge yue") && (a.Gap == nil || a.Gap.Months != 8) {
			t.Errorf("%q: gap not read from %q: %s", c.text, got, render(a.Extracted))
		}
	}
	if got, ok := Depinyin("yibao断了能补吗"); ok || got != "yibao断了能补吗" {
		t.Errorf("mixed text rewritten: %q", got)
	}
	if _, ok := Depinyin("I moved to Shanghai last year"); ok {
		t.Error("English read as pinyin")
	}
}

// FuzzLangOf: any text gives a known language or none, deterministically,
// and Depinyin never grows a message without bound.
func FuzzLangOf(f *testing.F) {
	for _, s := range []string{"上海", "shanghai linghuo jiuye", "hello", "8", "ni hao yibao", "a b c d e f", "got this 【上海医保】您的 what does it mean", "【】 a b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lang, ok := LangOf(text)
		if ok != (lang != "") || lang != "" && lang != "zh" && lang != "en" {
			t.Fatalf("LangOf(%q) = %q, %v", text, lang, ok)
		}
		if out, _ := Depinyin(text); len(out) > 4*len(text)+8 {
			t.Fatalf("Depinyin(%q) grew to %d bytes", text, len(out))
		}
	})
}

// TestHanNumber: Chinese numerals as amounts.
func TestHanNumber(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"一万二", 12000, true}, {"两千", 2000, true}, {"三千五百", 3500, true}, {"一万二千", 12000, true},
		{"十万", 100000, true}, {"一万零五百", 10500, true}, {"八", 8, true}, {"一二三", 0, false}, {"万", 0, false},
		{"", 0, false}, {"一万二三", 0, false}, {"abc", 0, false},
	}
	for _, c := range cases {
		got, ok := HanNumber(c.in)
		if ok != c.ok || got != c.want {
			t.Errorf("HanNumber(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzHanNumber: never negative, never absurd, deterministic.
func FuzzHanNumber(f *testing.F) {
	for _, s := range []string{"一万二", "两千", "三千五百", "一万零五百", "万万", "十十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := HanNumber(s)
		if ok && (n < 0 || n > 100_000_000) {
			t.Fatalf("HanNumber(%q) = %d", s, n)
		}
	})
}
