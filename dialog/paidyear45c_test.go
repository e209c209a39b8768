package dialog

import (
	"testing"
)

// TestPaidYear45c (fix45c): the last month paid, told with its year, is
// the month before the gap IN THAT YEAR ("去年交到8月" is a gap from
// September of last year, never from September of this one); "N月(底)之后
// 没交" / "after october" begins at N+1, "N月开始没交" / "from october" at
// N; a month with no year is the latest such month not after this one.
// Each sibling runs through the whole understanding and the engine; the
// gap's first month is asserted with its year. testNow is 2026-11-25.
func TestPaidYear45c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg, since string
	}{
		// family 1: a year bound to the last month paid.
		{"宁波灵活就业 去年交到8月就没交了", "2025-09"},
		{"我在温州自己交的医保 2025年交到7月 后面一直断着", "2025-08"},
		{"杭州个人交的 前年交到5月份后来没交了", "2024-06"},
		{"绍兴灵活就业去年在那边自己缴到6月底就停了", "2025-07"},
		{"上海自由职业 交到去年10月 之后没再交", "2025-11"},
		{"深圳 个体户 医保缴到了2025年的3月底 然后断了", "2025-04"},
		{"苏州灵活就业 交到去年年底 今年一直没交", "2026-01"},
		{"南京 自己交 医保只交到24年9月", "2024-10"},
		{"广州灵活就业 最后一次交是去年4月", "2025-05"},
		{"宁波灵活就叶去年交到9月就没交了", "2025-10"},
		{"今年交到3月 后来没交了 杭州灵活就业", "2026-04"},
		{"大前年交到十月 后来就没交过 杭州灵活就业", "2023-11"},
		{"flexible worker in ningbo, last paid august last year", "2025-09"},
		{"i paid in hangzhou until march last year then stopped", "2025-04"},
		{"self-employed in shanghai, paid thru the end of dec 2025, nothing since", "2026-01"},
		{"my last payment was in sept 2025, flexible worker in wenzhou", "2025-10"},
		{"hangzhou flexible job, paid my insurance through december of last year", "2026-01"},
		{"last year i paid until june in suzhou as a freelancer then stopped", "2025-07"},
		{"paid until the end of last year in ningbo self employed", "2026-01"},
		{"flexible worker hangzhou i payed til feb 2025 then nothing", "2025-03"},
		// a correction halfway: the later month told stands.
		{"杭州灵活就业 交到去年8月 哦不对 是交到去年10月 之后没交", "2025-11"},
		{"ningbo flexible worker, last paid in may 2025, sorry, last paid in july 2025", "2025-08"},
		// family 2: after N is N+1; from N is N.
		{"上海灵活就业 去年7月底以后就没缴了", "2025-08"},
		{"杭州自己交的 8月以后就没交了", "2026-09"},
		{"宁波灵活就业9月份过后一直没交", "2026-10"},
		{"温州 个人交 2025年6月之后医保就断了", "2025-07"},
		{"stopped paying after october last year, flexible worker in shanghai", "2025-11"},
		{"after the end of august i stopped paying, self employed in hangzhou", "2026-09"},
		{"杭州灵活就业 8月开始没交", "2026-08"},
		{"宁波灵活就业 去年9月起就没交了", "2025-09"},
		{"hangzhou flexible worker, stopped paying from october", "2026-10"},
		// a year joined to its month by 的 ("2025年的9月", "去年的9月").
		{"宁波灵活就业 2025年的9月份开始没交", "2025-09"},
		{"杭州自己交的 去年的8月起就断了", "2025-08"},
		// the same month named twice, in two years: read once each, no
		// panic (clauseyear35a.go sliced past an overlapping mention).
		{"宁波灵活就业 去年交到6月 今年6月住院能报吗", "2025-07"},
		{"上海灵活就业 去年交到3月 今年3月5号看病能报吗", "2025-04"},
		// family 3: no year: the latest such month not after this one.
		{"宁波灵活就业 交到9月就没交了", "2026-10"},
		{"上海灵活就业 交到12月就没交了", "2026-01"},
		{"宁波灵活就业 交了25年 交到9月就没交了", "2026-10"},
	} {
		s, _ := steps(t, m, Input{Text: c.msg})
		got := ""
		if s.Facts.Since != nil {
			got = s.Facts.Since.String()
		}
		if got != c.since {
			t.Errorf("%q: gap since %q, want %q", c.msg, got, c.since)
		}
	}
}
