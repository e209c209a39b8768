package understand

import (
	"testing"

	"bujiao/rules"
)

// TestUnitStateH16: the employer's state as people imply it. Months owed
// told in the present with no word of money or whereabouts presume an
// employer that is there (marked implied, so the answer says so); words of
// money trouble read hardship; a former employer, a supposed case, or any
// word the readings do not settle leave it to be asked.
func TestUnitStateH16(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    rules.UnitStatus
		implied bool
	}{
		// Presumed there.
		{"宁波的公司欠了我四个月医保", rules.UnitNormal, true},
		{"单位已经俩月没给交医保了 咋办", rules.UnitNormal, true},
		{"my employer in foshan hasnt paid my insurance for 3 months", rules.UnitNormal, true},
		{"gongsi qian le wo liang ge yue yibao", "", false}, // pinyin is read in characters by the chat first
		// Said there: not implied.
		{"公司欠了三个月医保 工资倒是一直照发", rules.UnitNormal, false},
		{"company owes 2 months but we still get paid every month", rules.UnitNormal, false},
		{"老板说过段时间补 公司欠了两个月医保", rules.UnitNormal, false},
		// Money trouble: hardship.
		{"公司现金流紧张 医保欠了五个月", rules.UnitHardship, false},
		{"厂里钞票勿够 医保三个号头没交", rules.UnitHardship, false},
		{"老板说等有钱了再补 欠了我们四个月医保", rules.UnitHardship, false},
		{"company has cash problems and hasnt paid insurance for 4 months", rules.UnitHardship, false},
		// Not settled: asked.
		{"以前的公司欠了我三个月医保", "", false},
		{"my former employer owes me 5 months of contributions", "", false},
		{"公司订单少 医保停了两个月", "", false},
		{"the owner is gone and the school has not paid 2 months", rules.UnitAbsconded, false},
		{"公司欠医保怎么办", "", false}, // no months owed: not their case told
	} {
		e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted
		if e.UnitStatus != c.want || e.UnitImplied != c.implied {
			t.Errorf("%s: unit status %q implied %v, want %q %v", c.in, e.UnitStatus, e.UnitImplied, c.want, c.implied)
		}
	}
}

// TestCantoneseCorrectionH16: traditional Cantonese "講錯 … 唔係澳門" takes
// the place back as "说错了 … 不是澳门" does.
func TestCantoneseCorrectionH16(t *testing.T) {
	for _, in := range []string{"唔好意思講錯 係珠海嘅公司 唔係澳門", "講錯咗 係珠海", "我讲错了 是珠海"} {
		if a := Analyze(in, testToday, fakeRegions{}, ""); !a.Correction {
			t.Errorf("%s: not read as a correction", in)
		}
	}
}
