package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPlanMove45d (fix45d): a move or a job planned ahead is no move that
// happened: the region stays where the person is or was paying, no move is
// marked and no resumed month is read from the plan. Sibling wordings of my
// own: zh/en, word order, words between, no punctuation, typos.
func TestPlanMove45d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct{ in, region, since string }{
		{"在上海上了五年班 9月辞职了 打算明年去杭州发展 现在断了3个月", "shanghai", "2026-09"},
		{"广州公司10月开始没给交 下个月准备去上海上班了 12月25号看牙能报吗", "guangdong", "2026-10"},
		{"我在杭州 10月份离职的 过完年准备回成都老家 医保断了两个月了", "zhejiang", "2026-10"},
		{"深圳交了8年，9月辞职了，计划明年搬到宁波，到现在断了3个月", "guangdong", "2026-09"},
		{"武汉的工作10月没了 想下个月去深圳找工作 断了2个月要补吗", "national", "2026-10"},
		{"i worked in guangzhou 5 years, quit in september, havent paid since. going back to chengdu next year. can i see a doctor", "guangdong", "2026-09"},
		{"I'm moving to Shanghai next month for a new job, my Wuhan company stopped paying in October when I resigned", "national", "2026-10"},
		{"left my hangzhou job in october and will start a job in shenzhen in january. no insurance since october", "zhejiang", "2026-10"},
		{"im relocating to ningbo soon, my shanghai employer stopped paying in september", "shanghai", "2026-09"},
		{"quit my shenzhen job in oct, planning to move to wuhan after chinese new year, nothing paid since oct", "guangdong", "2026-10"},
		{"chengdu company stopped paying from october. gonna move to shanghai next yr", "national", "2026-10"},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Region != c.region {
				t.Errorf("%q: region %q, want %q (where they pay, not the plan)", c.in, e.Region, c.region)
			}
			if e.Resumed != nil || e.GapEnded {
				t.Errorf("%q: resumed %v ended %v, want none from a plan", c.in, e.Resumed, e.GapEnded)
			}
			if e.Gap == nil || e.Gap.Since != nil && e.Gap.Since.String() != c.since || e.Gap.Since == nil && e.Gap.Months == 0 {
				t.Errorf("%q: gap %+v, want since %s", c.in, e.Gap, c.since)
			}
		}
		if a.Moved || a.MovedAcross {
			t.Errorf("%q: read as a move that happened", c.in)
		}
		if _, _, ok := PlannedGap34b(c.in, today); ok {
			t.Errorf("%q: read as a gap still ahead", c.in)
		}
	}
	// A move that happened stays a move.
	for _, in := range []string{
		"从上海搬到杭州了 9月开始没交",
		"i moved to hangzhou from shanghai in september, not paid since",
	} {
		if a := Analyze(in, today, fakeCities41a{}, ""); a.Region != "zhejiang" {
			t.Errorf("%q: region %q, want zhejiang (a move that happened)", in, a.Region)
		}
	}
}

// TestPlanWordNoGap45d (fix45d): a plan's time word ("明年", "next year")
// sets no gap month and no gap still ahead; only a stop put ahead in its
// own clause does.
func TestPlanWordNoGap45d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, in := range []string{
		"8月辞职了 打算明年回老家",
		"9月离职了，明年准备去外地",
		"我10月辞职了 明年计划换个城市",
		"7月辞工了 过完年打算出去打工 现在断了5个月",
		"8月份离职 明年想回老家发展 断了4个月",
		"十月辞职了明年打算考公",
		"9月不上班了 明年再说",
		"8月离职了,打算明年再找",
	} {
		if _, _, ok := PlannedGap34b(in, today); ok {
			t.Errorf("%q: a past stop read as a gap still ahead", in)
		}
	}
	for _, in := range []string{
		"现在在职有交医保 打算明年4月5月不上班 6月再找新工作",
		"准备2月底离职 5月入职新公司",
		"打算明年3月辞职 休息两个月",
	} {
		if _, _, ok := PlannedGap34b(in, today); !ok {
			t.Errorf("%q: a stop planned ahead not read", in)
		}
	}
}
