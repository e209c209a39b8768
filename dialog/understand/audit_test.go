package understand

import (
	"testing"

	"bujiao/rules"
)

// auditToday is the day of the first audit's chats (AUDIT-ROUND1, c01–c21).
var auditToday = rules.Date{Year: 2026, Month: 12, Day: 6}

// TestAuditChatFacts holds the messages of the audit's chat findings that
// the extractor misread, each with what it must read now.
func TestAuditChatFacts(t *testing.T) {
	cases := []extractCase{
		// W2: a correction inside one message; the last value wins, and a
		// first unpaid month that agrees with it is kept (July..November
		// is 5 months on 2026-12-06).
		{"我在上海自己交灵活就业 断了4个月 不对 是5个月 从七月开始断的", "",
			"scheme=employee payer=individual since=2026-07 region=shanghai"},
		{"我在上海自己交灵活就业 断了4个月 不对 是5个月", "",
			"scheme=employee payer=individual gap=5 region=shanghai"},
		{"断了4个月，说错了，是6个月", "", "gap=6"},
		{"stopped paying 4 months ago, no wait, 5 months", "", "gap=5"},
		// ... and a count that does not agree with the month is asked again.
		{"我在上海自己交灵活就业 断了4个月 从七月开始断的", "",
			"scheme=employee payer=individual region=shanghai gap=conflict"},
		{"从七月开始断的 断了3个月", "", "gap=conflict"},
		{"断了5个月 从七月开始断的", "", "since=2026-07"},
		// Without a correcting word the first value still counts.
		{"断缴3个月", "", "gap=3"},
	}
	for _, c := range cases {
		got := render(Extract(c.text, auditToday, fakeRegions{}, c.expecting))
		if got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}
