package place

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"海宁", "上海普陀", "Putuo, Shanghai", "shangai", "杭洲", "廣州", "普陀", "沪", "",
	"从北京搬到上海了 医保断了4个月", "住在广州南沙", "I moved from Beijing to Hong Kong",
	"中山医院", "浙江省嘉兴市海宁市", "Xi'an", "\xff\xfe", "上海上海上海上海上海上海上海上海上海上海上海上海",
}

func FuzzResolve(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	tb := Default()
	f.Fuzz(func(t *testing.T, name string) {
		r := tb.Resolve(name)
		if r.Input != name {
			t.Fatalf("Input = %q, want %q", r.Input, name)
		}
		switch r.Kind {
		case Found:
			if r.Place.IsZero() || len(r.Candidates) != 0 || len(r.Suggestions) != 0 {
				t.Fatalf("Found with place %q, candidates %d, suggestions %d", r.Place.Code, len(r.Candidates), len(r.Suggestions))
			}
		case Ambiguous:
			if !r.Place.IsZero() || len(r.Candidates) < 2 {
				t.Fatalf("Ambiguous with place %q and %d candidates", r.Place.Code, len(r.Candidates))
			}
		case Unknown:
			if !r.Place.IsZero() || len(r.Candidates) != 0 || len(r.Suggestions) > maxSuggestions {
				t.Fatalf("Unknown with place %q, %d candidates, %d suggestions", r.Place.Code, len(r.Candidates), len(r.Suggestions))
			}
		default:
			t.Fatalf("kind %d", r.Kind)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	tb := Default()
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range tb.Find(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention [%d,%d) after %d in %d bytes", m.Start, m.End, last, len(text))
			}
			if text[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) {
				t.Fatalf("Text %q is not text[%d:%d] = %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			if m.Kind == Unknown || m.Kind == Found && m.Place.IsZero() || m.Kind == Ambiguous && len(m.Candidates) < 2 {
				t.Fatalf("mention %q has kind %v, place %q, %d candidates", m.Text, m.Kind, m.Place.Code, len(m.Candidates))
			}
			if strings.TrimSpace(m.Text) != m.Text {
				t.Fatalf("mention %q has surrounding space", m.Text)
			}
			last = m.End
		}
	})
}
