package place

import "testing"

// A chat message of about 60 characters with two places in it.
const benchMessage = "你好，我之前在北京的公司上班，去年十月辞职后从北京搬到上海了，医保断了4个月，现在想在浦东交灵活就业医保，可以补缴吗？"

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(divisionsTSV); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	tb := Default()
	for _, name := range []string{"海宁", "上海普陀", "Hangzhou", "Putuo, Shanghai", "普陀", "shangai", "杭洲"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tb.Resolve(name)
			}
		})
	}
}

func BenchmarkFind(b *testing.B) {
	tb := Default()
	if ms := tb.Find(benchMessage); len(ms) != 4 { // 北京 twice, 上海, 浦东
		b.Fatalf("Find found %d places in the benchmark message, want 4", len(ms))
	}
	b.ReportAllocs()
	for b.Loop() {
		tb.Find(benchMessage)
	}
}

// The full cost of a table that has resolved an unknown name and searched a
// text: parsing plus every index built on first use.
func BenchmarkLoadAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := parse(divisionsTSV)
		if err != nil {
			b.Fatal(err)
		}
		t.suggestIndex()
		t.findIndex()
	}
}
