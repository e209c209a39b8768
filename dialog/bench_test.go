package dialog

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bujiao/knowledge"
)

// benchState is a stored conversation waiting at a question.
func benchState(b *testing.B, m *Machine, inputs ...Input) []byte {
	b.Helper()
	var s State
	for _, in := range inputs {
		s, _, _ = m.Step(s, in, testNow)
	}
	data, err := s.Encode()
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// benchTurn is one turn as a transport runs it: load the stored state,
// step, render the replies, store the new state.
func benchTurn(b *testing.B, m *Machine, stored []byte, in Input) {
	b.ReportAllocs()
	var sink int
	for b.Loop() {
		s, err := DecodeState(stored)
		if err != nil {
			b.Fatal(err)
		}
		s, replies, _ := m.Step(s, in, testNow)
		for _, r := range replies {
			sink += len(r.PlainText())
		}
		out, err := s.Encode()
		if err != nil {
			b.Fatal(err)
		}
		sink += len(out)
	}
	if sink == 0 {
		b.Fatal("nothing rendered")
	}
}

// BenchmarkTurn answers a question in the middle of a conversation (the
// region, for someone at retirement age) with a button.
func BenchmarkTurn(b *testing.B) {
	m := testMachine(b)
	stored := benchState(b, m, Input{Text: "/start"}, Input{Data: "s:scheme:employee"}, Input{Data: "s:retirement:at-age"})
	benchTurn(b, m, stored, Input{Data: "s:region:guangdong"})
}

// BenchmarkTurnText answers the gap question by typing.
func BenchmarkTurnText(b *testing.B) {
	m := testMachine(b)
	stored := benchState(b, m, Input{Text: "/start payer-individual"})
	benchTurn(b, m, stored, Input{Text: "断缴8个月"})
}

// BenchmarkTurnAnswer is the last question's button: the whole answer is
// built and rendered.
func BenchmarkTurnAnswer(b *testing.B) {
	m := testMachine(b)
	stored := benchState(b, m, Input{Text: "/start payer-individual_gap-8"})
	benchTurn(b, m, stored, Input{Data: "s:region:shanghai"})
}

// BenchmarkTurnDetails is the details button after the short answer: the
// full answer is built and rendered.
func BenchmarkTurnDetails(b *testing.B) {
	m := testMachine(b)
	stored := benchState(b, m, Input{Text: "/start payer-individual_gap-8_region-shanghai"})
	s, err := DecodeState(stored)
	if err != nil {
		b.Fatal(err)
	}
	if _, replies, _ := m.Step(s, Input{Data: "x:details"}, testNow); len(replies) != 1 ||
		!strings.Contains(replies[0].PlainText(), m.Knowledge().Msg(s.Lang, "answer.citations")) {
		b.Fatalf("details did not give the full answer: %+v", replies)
	}
	benchTurn(b, m, stored, Input{Data: "x:details"})
}

var faqQueries = []string{
	"断缴的医保去哪里补缴？",
	"公司破产了欠的医保怎么办",
	"Where do I pay missed medical insurance?",
	"how long is the waiting period after a gap",
	"怎么才能让我的猫学会弹钢琴",
}

func benchFAQ(b *testing.B, kb *knowledge.Base) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		kb.SearchFAQ(faqQueries[i%len(faqQueries)], 3)
		i++
	}
}

// BenchmarkFAQSearch searches the real FAQ, and one grown to 500 entries.
func BenchmarkFAQSearch(b *testing.B) {
	b.Run("kb", func(b *testing.B) { benchFAQ(b, testKB(b)) })
	b.Run("500", func(b *testing.B) {
		kb := bigFAQBase(b, 500)
		if n := len(kb.FAQs()); n < 500 {
			b.Fatalf("%d FAQ entries", n)
		}
		benchFAQ(b, kb)
	})
}

// bigFAQBase copies the embedded knowledge base to a directory and adds
// generated FAQ entries up to total.
func bigFAQBase(b *testing.B, total int) *knowledge.Base {
	b.Helper()
	dir := b.TempDir()
	src := knowledge.DefaultFS()
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
	extra := total - len(testKB(b).FAQs())
	topics := []struct{ zh, en string }{
		{"灵活就业", "flexible work"}, {"退休", "retirement"}, {"新生儿", "newborn"}, {"异地转移", "transfer"},
		{"滞纳金", "late fee"}, {"等待期", "waiting period"}, {"个人账户", "personal account"}, {"单位欠费", "employer arrears"},
	}
	cities := []struct{ zh, en string }{{"北京", "Beijing"}, {"成都", "Chengdu"}, {"武汉", "Wuhan"}, {"西安", "Xi'an"}, {"南京", "Nanjing"}}
	var y strings.Builder
	y.WriteString("faq:\n")
	for i := range extra {
		tp, c := topics[i%len(topics)], cities[(i/len(topics))%len(cities)]
		fmt.Fprintf(&y, `  - id: generated-%d
    questions:
      zh:
        - %s%s的问题第%d条怎么办？
        - 在%s办理%s要注意什么（%d）
      en:
        - What about %s in %s, case %d?
        - How do I handle %s in %s (%d)?
    answer:
      zh: 这是第%d条生成的回答，关于%s%s。
      en: Generated answer %d about %s in %s.
`, i, c.zh, tp.zh, i, c.zh, tp.zh, i, tp.en, c.en, i, tp.en, c.en, i, i, c.zh, tp.zh, i, tp.en, c.en)
	}
	if err := os.WriteFile(filepath.Join(dir, "faq_generated.yaml"), []byte(y.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	kb, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return kb
}
