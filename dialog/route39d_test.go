package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// TestTradSimpTwins39d: a message in traditional characters is answered
// first as its simplified twin is, and an employer's failing told with a
// gap is not answered with the entry about a gap between two jobs unless
// a change of job is told.
func TestTradSimpTwins39d(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	first := func(msg string) (string, RouteKind) {
		r := Decide(kb, understand.Simplified39d(msg), today, rules.FieldScheme, rules.Facts{})
		if len(r.FAQ) == 0 || r.Kind != RouteFAQ && r.Kind != RouteBoth {
			return "", r.Kind
		}
		return r.FAQ[0].FAQ.ID, r.Kind
	}
	cases := []struct {
		trad, simp string
		jobChange  bool // the entry about a gap between jobs is the answer
	}{
		{"我是台灣人 在昆山工廠上班 公司說醫保斷了兩個月 要怎麼補", "我是台湾人 在昆山工厂上班 公司说医保断了两个月 要怎么补", false},
		{"在蘇州工廠做事 單位醫保斷了三個月 怎麼辦", "在苏州工厂做事 单位医保断了三个月 怎么办", false},
		{"公司兩個月沒給我繳醫保了 該怎麼補", "公司两个月没给我缴医保了 该怎么补", false},
		{"老闆說醫保斷了一個月 會怎樣", "老板说医保断了一个月 会怎样", false},
		{"廠裡醫保停了兩個月沒交 怎麼處理", "厂里医保停了两个月没交 怎么处理", false},
		{"單位一直沒給我上醫保怎麼辦", "单位一直没给我上医保怎么办", false},
		{"公司欠繳醫保四個月了，我還在上班，要怎麼補繳", "公司欠缴医保四个月了，我还在上班，要怎么补缴", false},
		{"我在東莞上班公司醫保斷了兩個月怎麼辦", "我在东莞上班公司医保断了两个月怎么办", false},
		// A change of job told: the entry about the gap between jobs stays.
		{"換工作中間斷了兩個月醫保怎麼辦", "换工作中间断了两个月医保怎么办", true},
		{"跳槽空檔期的醫保能補嗎", "跳槽空档期的医保能补吗", true},
	}
	// Asked how long it waits: the waiting entry, in both scripts.
	waits := []struct{ trad, simp, want string }{
		{"我在上海以靈活就業身份自己繳醫保，斷了七個月，現在重新繳費要等多久才能用", "我在上海以灵活就业身份自己缴医保，断了七个月，现在重新缴费要等多久才能用", "shanghai-flexible-waiting"},
		{"上海個體戶自己交醫保 停了半年 現在再交多久能用", "上海个体户自己交医保 停了半年 现在再交多久能用", "shanghai-flexible-waiting"},
	}
	for _, c := range waits {
		tid, _ := first(c.trad)
		sid, _ := first(c.simp)
		if tid != c.want || sid != c.want {
			t.Errorf("%q: %q; %q: %q; want %q", c.trad, tid, c.simp, sid, c.want)
		}
	}
	for _, c := range cases {
		tid, tk := first(c.trad)
		sid, sk := first(c.simp)
		if tid != sid || tk != sk {
			t.Errorf("traditional %q: %q (%v); simplified %q: %q (%v)", c.trad, tid, tk, c.simp, sid, sk)
		}
		if got := sid == "job-change-gap"; got != c.jobChange {
			t.Errorf("%q: first entry %q (%v), want the job-change entry %v", c.simp, sid, sk, c.jobChange)
		}
	}
}
