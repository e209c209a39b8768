package knowledge

import (
	"testing"
	"unicode/utf8"
)

// TestShortLenCountsRender: Len counts what render writes without the
// footer, without building it.
func TestShortLenCountsRender(t *testing.T) {
	for _, s := range []Short{
		{Lang: Zh},
		{Lang: Zh, Case: "灵活就业，断缴8个月，上海", Confirm: "以12393为准。", Footer: "页脚",
			Lines: []ShortLine{{Label: "结论", Text: "补缴后恢复"}, {Label: "等待期", Text: "3个月 ✓"}}},
		{Lang: En, Case: "Self-employed, 8 months' gap, Shanghai", Confirm: "Confirm with 12393.",
			Lines: []ShortLine{{Label: "Verdict", Text: "covered again once paid"}, {Label: "", Text: ""}}},
	} {
		if got, want := s.Len(nil), utf8.RuneCountInString(s.render(nil, false, false)); got != want {
			t.Errorf("%+v: Len %d, render has %d runes", s, got, want)
		}
	}
}
