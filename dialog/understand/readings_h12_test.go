package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestReadingsH12: heldout12's first-run misreads, read as general
// readings, with sibling wordings in no set.
func TestReadingsH12(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		want string // a fragment of the rendered extraction
		not  string // a fragment that must not be there ("" for none)
	}{
		// Payments told as normal say nothing of how the employer trades.
		{"换工作的时候断了四个月医保 7月份新单位就开始缴了 现在一直正常缴着", "reason=job-change", "status=normal"},
		{"I had a 2 month gap when I changed jobs in Shanghai, the new company started paying in May and it's all normal now", "reason=job-change", "status=normal"},
		{"上海 公司正常经营 欠了三个月", "status=normal", ""},
		// The boss gone, later in a run-on, in more words.
		{"公司老板前段时间突然就联系不上了 医保四个月没交了", "status=absconded", ""},
		{"我们老板跑球了 医保欠了五个月", "status=absconded", ""},
		{"厂子垮杆了 医保欠了三个月", "status=closed", ""},
		// "大半年": how much more than half a year is unsaid: asked.
		{"辞职大半年了 医保没人交了", "reason=left-job", "gap="},
		// "整" between the verb and the years.
		{"医保交了整二十年", "paid=20", "gap="},
		// Retired this year, still asking whether to pay: at the age.
		{"今年到岁数退休了 医保交了二十年 还用再缴不", "ret=at-age", ""},
		{"退休三年了 领退休金 还要缴吗", "ret=retired", ""},
		// A switch from the resident scheme to a job's employee scheme:
		// the gap between is the switch's.
		{"我一直缴的南京居民医保 连着缴了六年 现在找到工作了 单位给缴职工医保 中间断了一个月", "reason=job-change", ""},
		// heldout13: advice to pay oneself is a plan; nearly retiring is
		// no retiree; "全是在上海" is all local; "never made up" is unpaid;
		// a folded employer and no job since, no months owed, is a job left.
		{"辞职回家三个月了 我老公说让我自己缴", "payer=unit", "payer=individual"},
		{"离职了 医保断了两个月 家里人叫我自己缴", "payer=unit", "payer=individual"},
		{"在绍兴缴了十几年职工医保，今年快到退休了", "ret=at-age", "ret=retired"},
		{"到退休年龄了 缴了30年 全是在上海缴的", "local=30", ""},
		{"employer missed 3 months, resumed in June but never made up the missed months", "reason=arrears", ""},
		{"去年单位黄了我就没上班 医保断了一年多", "reason=left-job", "status="},
		{"厂子倒闭了 欠了我们三个月医保 我就没上班了", "reason=arrears", ""},
		{"自个儿缴的职工医保 断了小半年了 五个月", "gap=5", "gap=6"},
	} {
		got := render(Extract(c.text, dec7, fakeRegions{}, ""))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: %s; want %q, not %q", c.text, got, c.want, c.not)
		}
	}
}
