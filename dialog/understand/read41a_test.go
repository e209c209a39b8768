package understand

import (
	"testing"

	"bujiao/rules"
)

// TestMoveGap41a (fix41a): a move whose new place's start is read
// (read39a.go). Family 1: the old place paid to the month before the start
// — no month unpaid, and the start month is kept for the days around it
// (gap 0, resumed the start). Family 2: the time between told as a duration
// ("在家呆了半年", "断了三个月", "uninsured for 5 months") — the gap is that
// many months, ended at the start month. Family 3: neither — the gap's
// length is asked, never "none". Sibling wordings (none from the set)
// differ in order, words between, language, punctuation and typos.
func TestMoveGap41a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		gap     int // -1: no gap read (asked)
		resumed string
	}{
		// family 1: no month unpaid.
		{"我在杭州交到了5月底 6月入职了上海的公司 6月8号住院能报销吗", "shanghai", 0, "2026-06"},
		{"深圳社保交到8月份，9月进了杭州的公司，9月12号看病能报吗", "zhejiang", 0, "2026-09"},
		{"成都上班到7月底 8月去了广州的新公司 8月20号急诊", "guangdong", 0, "2026-08"},
		{"武汉交到3月 4月入职了宁波一家公司", "zhejiang", 0, "2026-04"},
		{"paid in wuhan thru june, then a shanghai company registered me in july. hospital july 9 covered?", "shanghai", 0, "2026-07"},
		{"worked in chengdu until the end of may and started a new job in hangzhou in june", "zhejiang", 0, "2026-06"},
		{"shenzhen paid up to september the ningbo employer registered me october 2 surgery oct 5", "zhejiang", 0, "2026-10"},
		{"我在温州交到了6月底7月入职了深圳的公司7月10号住院能报销吗", "guangdong", 0, "2026-07"},
		// family 2: the time between told as a duration.
		{"西安辞职后在家待了三个月 9月份来杭州上班了 之前断的能补吗", "zhejiang", 3, "2026-09"},
		{"北京离职以后歇了两个月，7月到深圳上班了，中间断的医保怎么办", "guangdong", 2, "2026-07"},
		{"长沙辞职在家呆了半年 10月入职了宁波的公司 现在看病能报吗", "zhejiang", 6, "2026-10"},
		{"武汉的工作辞了 断了4个月 8月进了上海的公司", "shanghai", 4, "2026-08"},
		{"成都辞职后闲了5个月，9月去了广州的新公司开始交社保", "guangdong", 5, "2026-09"},
		{"i quit my job in wuhan and was without insurance for three months, then started a new job in hangzhou in september", "zhejiang", 3, "2026-09"},
		{"left my chengdu job, stayed home for half a year, started a new job at shenzhen in august. can i use insurance now", "guangdong", 6, "2026-08"},
		{"quit in beijing. 4 months uninsured. a shanghai company registered me in october", "shanghai", 4, "2026-10"},
		{"西安辞职以后在家呆了半年 8月份来温州上班了", "zhejiang", 6, "2026-08"},
		// family 3: the start's month only: the gap is asked.
		{"西安辞职以后 8月份来温州上班了 之前断的医保要紧吗", "zhejiang", -1, "2026-08"},
		{"武汉辞职了 9月份来杭州上班了 断的医保能补吗", "zhejiang", -1, "2026-09"},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Region != c.region {
				t.Errorf("%q: region %q, want %q", c.in, e.Region, c.region)
			}
			if e.Resumed == nil || e.Resumed.String() != c.resumed || !e.GapEnded {
				t.Errorf("%q: resumed %v ended %v, want %s", c.in, e.Resumed, e.GapEnded, c.resumed)
			}
			switch {
			case c.gap < 0:
				if e.Gap != nil {
					t.Errorf("%q: gap %+v, want none read (asked)", c.in, e.Gap)
				}
			case e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.gap:
				t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.gap)
			}
		}
	}
}

// TestIdleMonths41a: the duration of the time between, only from a clause
// of being without pay, work or insurance.
func TestIdleMonths41a(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"在家呆了半年", 6}, {"中间断了三个多月", 3}, {"歇了两个月", 2}, {"空了1个月没交", 1},
		{"uninsured for 5 months before that", 5}, {"half a year without a job", 6}, {"a 2 month gap", 2},
		{"在深圳上班了3年 断了两个月", 2}, {"worked for 8 months in wuhan", 0}, {"断了两个月 又说断了三个月", 0},
		{"8月份来温州上班了", 0},
	} {
		if got := idleMonths41a(c.in); got != c.want {
			t.Errorf("%q: %d, want %d", c.in, got, c.want)
		}
	}
}

// TestMovedIdle41a (fix41a, h29-d-move-en-bj-gz's family): a move told as
// one ("X to Y move", "relocated", "搬到"), the new employer's start with a
// month, and time without insurance told: the new city is the region, the
// gap the duration, ended at the start month.
func TestMovedIdle41a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		gap     int
		resumed string
	}{
		{"Wuhan to Shanghai move. My Shanghai employer began contributions in August. I was uninsured for 3 months before that. waiting period?", "shanghai", 3, "2026-08"},
		{"chengdu to hangzhou move, hangzhou company started paying in september, 4 months without insurance before", "zhejiang", 4, "2026-09"},
		{"relocated from beijing. shenzhen employer registered me in june after two months with no insurance", "guangdong", 2, "2026-06"},
		{"moving from wuhan: the ningbo firm started my contributions in october; i had 5 months uninsured", "zhejiang", 5, "2026-10"},
		{"beijing to guangzhou move guangzhou employer began contributions in july i was uninsured for 5 month before that", "guangdong", 5, "2026-07"},
		{"从成都搬到杭州 在家歇了3个月 9月进了杭州的公司", "zhejiang", 3, "2026-09"},
		{"从武汉搬家到深圳了 断了两个月 7月入职了深圳一家公司", "guangdong", 2, "2026-07"},
		{"I moved from Xian; Shanghai company registered me in September, I had four months without insurance", "shanghai", 4, "2026-09"},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		e := a.Extracted
		if e.Region != c.region || !a.MovedAcross {
			t.Errorf("%q: region %q moved %v, want %q, a move", c.in, e.Region, a.MovedAcross, c.region)
		}
		if e.Resumed == nil || e.Resumed.String() != c.resumed {
			t.Errorf("%q: resumed %v, want %s", c.in, e.Resumed, c.resumed)
		}
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.gap {
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.gap)
		}
	}
}

// TestFlexNewCity41a (fix41a, h29-move-bj-sh-flex-reg's family): a job left
// in one city, paying as a flexible worker started in another: the new
// city is the region, the person pays, the gap is the duration told (else
// the months between the job's end and the restart, else asked), ended at
// the restart month.
func TestFlexNewCity41a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		region  string
		gap     int // -1: asked
		resumed string
	}{
		{"武汉的工作5月份辞了，回杭州了，9月份在杭州办了灵活就业开始交医保，中间断了三个多月，有等待期吗", "zhejiang", 3, "2026-09"},
		{"深圳那边6月离职了 搬来上海 8月在上海办了灵活就业 自己交 中间空了一个月", "shanghai", 1, "2026-08"},
		{"成都上班到4月份辞了 后来10月份在宁波按灵活就业交医保 断了五个月", "zhejiang", 5, "2026-10"},
		{"北京的工作7月辞职了，10月在广州自己开始交医保了，要紧吗", "guangdong", 2, "2026-10"},
		{"在上海工作3月离职，回老家温州，6月份在温州登记了灵活就业", "zhejiang", 2, "2026-06"},
		{"杭州的公司8月离职 11月到深圳以个体户交的 之前断了两个多月", "guangdong", 2, "2026-11"},
		{"left my job in wuhan, then registered as a flexible worker in shanghai in september after 3 months without insurance", "shanghai", 3, "2026-09"},
		{"quit the beijing job, started paying myself in hangzhou in august; 2 months gap between", "zhejiang", 2, "2026-08"},
		{"武汉辞职后 9月在杭州办了灵活就业", "zhejiang", -1, "2026-09"},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Region != c.region || e.Payer != rules.PayerIndividual {
				t.Errorf("%q: region %q payer %q, want %q individual", c.in, e.Region, e.Payer, c.region)
			}
			if e.Resumed == nil || e.Resumed.String() != c.resumed || !e.GapEnded {
				t.Errorf("%q: resumed %v, want %s", c.in, e.Resumed, c.resumed)
			}
			switch {
			case c.gap < 0:
				if e.Gap != nil {
					t.Errorf("%q: gap %+v, want none (asked)", c.in, e.Gap)
				}
			case e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.gap:
				t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.gap)
			}
		}
	}
}

// TestMoveCorrected41a (fix41a, h29-move-gz-fs-correction's family): the
// new city of a move corrected halfway stays a move across cities when the
// city corrected to is another city than the one left; a correction back to
// the old city is no move.
func TestMoveCorrected41a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		region string
		across bool
	}{
		{"我从杭州换到上海上班，断了两个月医保。哦不对，是宁波不是上海", "zhejiang", true},
		{"从深圳调到广州工作 中间断了1个月 说错了 是东莞不是广州", "guangdong", true},
		{"我从武汉跳槽到深圳 断了一个月 不对不对 不是深圳 是佛山", "guangdong", true},
		{"从成都换到杭州上班了断了两个月哦不对是嘉兴不是杭州", "zhejiang", true},
		{"moved from wuhan to shanghai for a new job, 2 month gap. sorry, not shanghai, hangzhou", "zhejiang", true},
		{"i switched to a job in shenzhen from guangzhou, one month gap, actually it's dongguan not shenzhen", "guangdong", true},
		{"我从宁波换到杭州上班，断了一个月。搞错了，是温州不是杭州", "zhejiang", true},
		{"从广州换到深圳上班 断了一个月 哦不对 新公司在佛山 不是深圳", "guangdong", true},
	} {
		a := Analyze(c.in, today, fakeCities41a{}, "")
		if a.Extracted.Region != c.region || a.MovedAcross != c.across {
			t.Errorf("%q: region %q across %v, want %q %v", c.in, a.Extracted.Region, a.MovedAcross, c.region, c.across)
		}
	}
}
