package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPastSpanYear39c: a day whose month lies within the months the
// message told as lived this year is this year's; a day outside them is
// still asked (sibling wordings written for fix39c).
func TestPastSpanYear39c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		want string // "" = the year is still asked
	}{
		{"公司交到2月份 3到7月都没交 8月换了新单位开始交了 6月18号住院能报吗", "2026-06-18"},
		{"我交到二月 后来断了 7月又开始交的 5月9号看的病 能报吗", "2026-05-09"},
		{"employer paid until march, then nothing, new job started in august. hospital jun 14, covered?", "2026-06-14"},
		{"paid till april. stopped. resumed paying in september  er sorry august. er visit on july 2 covered?", "2026-07-02"},
		{"my company stoped paying in may and started again in september hospital on jul 25 can i claim", "2026-07-25"},
		{"交到了3月份，4月份到8月份没交，9月份重新交了，7月3号急诊能报销不", "2026-07-03"},
		{"去年的不说 今年3月离职了 8月入职新公司 6月20日住院", "2026-06-20"},
		{"worked in xian till the end of feb, moved to hangzhou and registered in august, was at the dentist june 30?", "2026-06-30"},
		// outside the span: still asked
		{"交到3月 4到6月没交 7月开始交了 9月25号看病能报吗", ""},
		{"paid until march then stopped; doctor sep 20 covered?", ""},
		// the span told for next year does not place the day
		{"明年3月到8月打算停交 6月10号住院", ""},
	} {
		a := Analyze(c.text, today, nil, "")
		got := ""
		if tr := a.Extracted.Treatment; tr != nil {
			if _, unclear := TreatYearUnclear(c.text, today, *tr); !unclear {
				got = tr.String()
			}
		}
		if got != c.want {
			t.Errorf("%q: day %q, want %q", c.text, got, c.want)
		}
	}
}

// TestRangeGap39c: a gap told as an ended range of months, with the
// month paying resumed, is stated (not asked or offered to confirm).
func TestRangeGap39c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text          string
		since, resume string // "" = not stated
	}{
		{"上海职工 公司4到8月都没交 9月起又正常交了 11月3号看病能报吗", "2026-04", "2026-09"},
		{"杭州灵活就业5、6、7月没交8月又开始交了", "2026-05", "2026-08"},
		{"宁波 6月7月8月都没缴 9月份重新缴了 10月5号住院能报吗", "2026-06", "2026-09"},
		{"温州 7、8月没缴，9月又交上了", "2026-07", "2026-09"},
		// a month of back-payment is not one paying resumed: left to the
		// other readings
		{"交到5月 6月7月断了 8月补交了 7月20号看病", "", ""},
		{"4至8月份没交，9月开始续上了", "2026-04", "2026-09"},
		{"shanghai, employer paid nothing from april to august, paying again since september, doctor nov 3?", "2026-04", "2026-09"},
		{"i missed may to july, started paying again in august. clinic oct 2 covered", "2026-05", "2026-08"},
		{"hangzhou flexible worker: between march and june no payments (skipped), resumed july", "2026-03", "2026-07"},
		{"苏州 3-6月没交 7月开始又交上了 能报吗", "2026-03", "2026-07"},
		// no month told as resumed: the gap may still run, nothing stated
		{"上海职工 公司4到8月都没交 11月3号看病能报吗", "", ""},
		// a range still running into this month: not ended
		{"杭州灵活就业 10到12月没交", "", ""},
	} {
		a := Analyze(c.text, today, nil, "")
		since, res := "", ""
		if g := a.Stated.Gap; g != nil && g.Since != nil && a.Stated.Resumed != nil {
			since, res = g.Since.String(), a.Stated.Resumed.String()
		}
		if c.since == "" {
			if since != "" && a.AskedGap != nil {
				t.Errorf("%q: stated and asked", c.text)
			}
			continue
		}
		if since != c.since || res != c.resume || a.AskedGap != nil {
			t.Errorf("%q: gap %q resumed %q asked %v, want %q %q", c.text, since, res, a.AskedGap != nil, c.since, c.resume)
		}
	}
}

// TestPaidBackOwnClause39c: an employer's back-payment told in its own
// clause is read though an earlier clause tells the arrears chased; a
// promise or a question is not a payment.
func TestPaidBackOwnClause39c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text, want string // "" = no month of back-payment
	}{
		{"湖州单位从6月起没给交医保 社保局催了好几次 9月份才一次性补上 7月5号住的院谁出钱", "2026-09"},
		{"公司5月开始欠缴 税务局催缴过期了还不交 8月才全补上 现在能报吗", "2026-08"},
		{"单位7月起没交，税务催了也没交，11月份一次性补齐，8月10号住院的钱谁管", "2026-11"},
		{"嘉兴公司拖欠了三个月医保 被催了 10月份终于补上 9月看病能报吗", "2026-10"},
		{"绍兴 单位从4月没缴 税务局下了催缴通知 逾期 7月份补齐 5月20号住院", "2026-07"},
		{"台州老板6月起不交医保 催了没用 过了期限 9月一起补上的 7月住院谁出", "2026-09"},
		{"金华 公司8月开始没交 税务局催过 11月才一次性都补上 9月15号住院", "2026-11"},
		{"公司3月起欠费没交 催了 6月份全补齐 4月5号看病谁掏钱", "2026-06"},
		// a promise, a question: no month
		{"温州公司7月起没交 税务局催了 老板说12月补上 8月住院谁出", ""},
		{"温州公司7月起没交 税务局催了 10月能不能补上 8月住院谁出", ""},
	} {
		a := Analyze(c.text, today, nil, "")
		got := ""
		if m := a.Extracted.ArrearsPaid; m != nil {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("%q: paid back %q, want %q", c.text, got, c.want)
		}
	}
}
