package understand

import (
	"testing"

	"bujiao/rules"
)

// fix46c: a time without insurance told with "off"/"without" before
// "for"; calendar years named as unpaid for the resident scheme; an
// employer's property sold by a court. Sibling wordings written for this
// test (zh/en, word order, words between, no punctuation, typos).
func TestOffFor46c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in     string
		months int // 0: no gap read
	}{
		{"I've been off it for 5 months", 5},
		{"ive been off my insurance for 8 months now", 8},
		{"been off the insurance about 6 months, shanghai, I pay myself", 6},
		{"ben off it for like 4 months", 4},
		{"I have been without insurance for 7 months", 7},
		{"been without cover for 3 months since the shop closed", 3},
		{"hangzhou flexible worker been uninsured for 9 months", 9},
		{"i went off it for 2 months last year and now want to restart", 2},
		{"self employed in ningbo and been off it for eight months", 8},
		// Not a gap: a job lost, a time worked.
		{"I've been laid off for 3 months", 0},
		{"I've been working in shanghai for 3 years", 0},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		got := 0
		if e.Gap != nil && e.Gap.Since == nil {
			got = e.Gap.Months
		}
		if got != c.months {
			t.Errorf("%q: gap %v, want %d months", c.in, e.Gap, c.months)
		}
	}
}

func TestNamedYears46c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in    string
		years int // 0: not read by this reading (no 12*n gap of it)
	}{
		{"I'm 40, on the resident insurance in Wuhan. I didn't pay for 2023, 2024 or 2025", 3},
		{"resident insurance, didnt pay 2023 to 2025, want to join again", 3},
		{"resident scheme I missed 2024 and 2025", 2},
		{"居民医保 2023 2024 2025年都没交", 3},
		{"居民医保2023年到2025年没交 现在想续上", 3},
		{"我的居民医保2024年和2025年没交", 2},
		{"城乡居民医保2022、2023、2024、2025这几年都没缴", 4},
		{"新农合 2024-2025 没交", 2},
		{"my mums resident insurance, 2022 through 2025 were not paid", 4},
		{"resident insurance 2024 n 2025 unpaid", 2},
		// Not read: a run that stops before last year, a hole, years paid.
		{"居民医保2021 2022没交", 0},
		{"resident insurance paid 2023 and 2024, missed 2025", 0},
		{"居民医保 2022 2024 2025没交", 0},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		s, _ := normalize(c.in)
		if n := unpaidYears46c(s, today.Year); n != c.years {
			t.Errorf("%q: %d years, want %d (gap %v)", c.in, n, c.years, e.Gap)
			continue
		}
		if c.years > 0 && (e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 12*c.years) {
			t.Errorf("%q: gap %v, want %d months", c.in, e.Gap, 12*c.years)
		}
	}
	// The employee scheme is not paid by the year: left to the others.
	if e := Analyze("职工医保 单位交的 2024 2025年都没交", today, nil, "").Extracted; e.Gap != nil && e.Gap.Months == 24 && e.Gap.Since == nil {
		t.Errorf("employee scheme read as 24 months: %v", e.Gap)
	}
}

func TestAuctioned46c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		in   string
		want rules.UnitStatus
	}{
		{"公司的机器厂房被法院拍掉了 欠我们的医保找谁", rules.UnitAuctioned},
		{"法院把厂子拍出去了 欠的社保找谁", rules.UnitAuctioned},
		{"厂房被法拍了 之前欠的医保咋办", rules.UnitAuctioned},
		{"老板的厂房都被拍了 欠了我们半年医保", rules.UnitAuctioned},
		{"单位资产让法院给拍走了，欠缴的医保费谁负责", rules.UnitAuctioned},
		{"公司设备 被司法拍卖 了 医保欠了俩月", rules.UnitAuctioned},
		{"the court auctioned off the factory, who pays what they owe us", rules.UnitAuctioned},
		{"my employers property was sold at auction by the court, 3 months insurance unpaid", rules.UnitAuctioned},
		// A photo taken is no auction.
		{"我拍了照片 公司欠医保三个月 老板还在", rules.UnitNormal},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.UnitStatus != c.want {
			t.Errorf("%q: unit %q, want %q", c.in, e.UnitStatus, c.want)
		}
	}
}
