package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestPlaceNicknames30b: abbreviations and nicknames are the place only
// where they plainly are one (sibling wordings written here).
func TestPlaceNicknames30b(t *testing.T) {
	for _, c := range []struct {
		in        string
		expecting rules.Field
		want      string // a city name the rewrite must hold; "" none
	}{
		{"moved to bj last year, 2 months unpaid", "", "beijing"},
		{"sh 灵活就业断了两个月", "", "shanghai"},
		{"freelancer based in nb, missed 2 months", "", "ningbo"},
		{"nb", rules.FieldRegion, "ningbo"},
		{"在沪上班 单位欠了两个月", "", "上海"},
		{"来穗打工三年 断缴4个月", "", "广州"},
		{"在甬参保 灵活就业", "", "宁波"},
		{"回杭以后断了两个月", "", "杭州"},
		{"杭", "", "杭州"},
		{"魔都打工 自己交的", "", "上海"},
		{"帝都 断了半年", "", "北京"},
		{"羊城上班 公司没交", "", "广州"},
		{"鹏城 欠缴两个月", "", "深圳"},
		// Not a place.
		// fix34c: "hz", "gz" may be places under different rules (asked).
		{"hz", "", ""},
		{"in gz, self employed, 2 months gap", "", ""},
		{"hz, company owes 3 months", "", ""},
		{"nb", "", ""},
		{"这政策真nb 断了三个月", "", ""},
		{"稻穗 断了三个月", "", ""},
		{"走在甬道里摔了 断了两个月", "", ""},
		{"shh i missed 3 months", "", ""},
		{"hzb company owes me", "", ""},
		{"my sh*t company owes me", "", ""},
		{"在杭州上班", "", "杭州"},
	} {
		got := placeNicknames30b(c.in, c.expecting)
		switch {
		case c.want == "" && got != c.in:
			t.Errorf("%q: rewritten to %q, want it left alone", c.in, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("%q: %q, want %s named", c.in, got, c.want)
		}
	}
}

// TestSaysSZ30b: "sz" as a place is noticed (to ask Shenzhen or Suzhou),
// never inside other words.
func TestSaysSZ30b(t *testing.T) {
	for in, want := range map[string]bool{
		"sz":                          true,
		"i work in sz, owed 2 months": true,
		"sz, freelancer":              true,
		"sz 灵活就业 断了3个月":               true,
		"在sz上班":                       true,
		"size 2 months":               false,
		"szx company":                 false,
		"my company sz owes me":       false,
	} {
		if got := SaysSZ30b(in, ""); got != want {
			t.Errorf("SaysSZ30b(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNamedMonthsOwed30b: months named as owed are read as the gap's
// months when nothing is said of the months after (sibling wordings).
func TestNamedMonthsOwed30b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ in, from, to string }{
		{"公司欠了8月9月两个月的医保", "2026-08", "2026-09"},
		{"单位8月和9月没给交医保", "2026-08", "2026-09"},
		{"老板拖欠了七月到九月的社保", "2026-07", "2026-09"},
		{"8、9两个月公司没交", "2026-08", "2026-09"},
		{"my employer didn't pay august and september", "2026-08", "2026-09"},
		{"company owes me july to september contributions", "2026-07", "2026-09"},
		{"老板欠了我七八两个月社保", "2026-07", "2026-08"},
		{"十月十一月两个月医保没缴", "2026-10", "2026-11"},
		// The months after said too: no range of its own.
		{"公司从8月9月开始一直没交到现在", "", ""},
		{"they stopped paying in august and september and still owe me since then", "", ""},
		{"8月9月住院了", "", ""},
		{"九月十月都没交医保 现在还没找到工作", "", ""},
	} {
		from, to, ok := NamedMonthsOwed30b(c.in, today)
		if c.from == "" {
			if ok {
				t.Errorf("%q: read %s..%s, want nothing", c.in, from, to)
			}
			continue
		}
		if !ok || from.String() != c.from || to.String() != c.to {
			t.Errorf("%q: %v %s..%s, want %s..%s", c.in, ok, from, to, c.from, c.to)
		}
	}
}

// TestOwedMonthsGap30b: the months named are the gap's first month, never
// the last ones counted back from now; wages owed are no gap.
func TestOwedMonthsGap30b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for in, want := range map[string]string{
		"宁波 8、9两个月公司没交医保": "2026-08",
		"老板欠了我七八两个月社保":    "2026-07",
		"8、9月份两个月单位没缴医保":  "2026-08",
		"公司欠了8月9月两个月的医保":  "2026-08",
		"老板欠了我七八两个月工资":    "",
	} {
		g := Analyze(in, today, nil, "").Extracted.Gap
		got := ""
		if g != nil && g.Since != nil {
			got = g.Since.String()
		}
		if got != want {
			t.Errorf("%q: gap since %q, want %q", in, got, want)
		}
	}
}
