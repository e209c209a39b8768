package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of heldout23's misreads, written for fix27a.
func TestRead27a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	type want struct {
		payer  rules.Payer
		reason rules.Reason
		status rules.UnitStatus
		scheme rules.Scheme
		window string // "n", or "" for unread
	}
	cases := []struct {
		in string
		w  want
	}{
		// A boss fled at the end of a long clause.
		{"我爸在东莞的电子厂上班，老板拖欠大家的工资和医保后来溜走了，断了三个月", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitAbsconded}},
		{"老板欠着我们半年社保就跑掉了 医保停了 苏州", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitAbsconded}},
		{"厂里老板把工人的社保都欠着然后跑到国外去了 医保断了4个月", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitAbsconded}},
		{"老板说他不会跑掉的 公司欠了医保三个月", want{payer: rules.PayerUnit, reason: rules.ReasonArrears}},
		// A named works closed, the person out of work.
		{"顺德那边的家具厂倒闭了 欠了我们三个月医保 现在没工作", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitClosed}},
		{"我们那个服装厂注销了，欠医保四个月没交，我现在没工作", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitClosed}},
		{"塑料厂停产了 医保两个月没给交", want{payer: rules.PayerUnit, reason: rules.ReasonArrears, status: rules.UnitClosed}},
		// Worked at a former employer till a time, then stopped.
		{"我之前那个单位干到今年五月就不干了 后来医保一直没交 有七个月了", want{payer: rules.PayerUnit, reason: rules.ReasonLeftJob}},
		{"上一家公司做到八月份就没做了，医保四个月没交了，在长沙", want{payer: rules.PayerUnit, reason: rules.ReasonLeftJob}},
		// A job change with a pause between the jobs.
		{"跳槽了，原来的公司离职前欠了我两个月医保，中间有一个月没工作，现在在新单位上班", want{payer: rules.PayerUnit, reason: rules.ReasonJobChange}},
		{"换了个工作 之前的公司走之前欠了2个月医保 中间待业一个月 现在新公司已经交了", want{payer: rules.PayerUnit, reason: rules.ReasonJobChange}},
		// Not the time to pay: the window is closed.
		{"我妈的居民医保断了两年 现在不是缴费的时候 怎么办", want{scheme: rules.SchemeResident, window: "n"}},
		{"居民医保去年没交 还没到交钱的时候吧我想先问问", want{scheme: rules.SchemeResident, window: "n"}},
		{"居民医保断了一年 现在是不是交费的时候", want{scheme: rules.SchemeResident}},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Extracted
		if c.w.payer != "" && e.Payer != c.w.payer {
			t.Errorf("%s: payer %q, want %q", c.in, e.Payer, c.w.payer)
		}
		if c.w.reason != "" && e.Reason != c.w.reason {
			t.Errorf("%s: reason %q, want %q", c.in, e.Reason, c.w.reason)
		}
		if e.UnitStatus != c.w.status && (c.w.status != "" || e.UnitStatus.Gone()) {
			t.Errorf("%s: unit status %q, want %q", c.in, e.UnitStatus, c.w.status)
		}
		if c.w.scheme != "" && e.Scheme != c.w.scheme || c.w.status != "" && e.Scheme == rules.SchemeResident {
			t.Errorf("%s: scheme %q, want %q", c.in, e.Scheme, c.w.scheme)
		}
		got := ""
		if e.InWindow != nil && !*e.InWindow {
			got = "n"
		} else if e.InWindow != nil {
			got = "y"
		}
		if got != c.w.window {
			t.Errorf("%s: in window %q, want %q", c.in, got, c.w.window)
		}
	}
}
