package understand

import (
	"testing"

	"bujiao/rules"
)

// R28-W3 (fix35a): the year of a treatment day or month is decided from
// its own clause; sibling wordings written for this fix.
func TestClauseYear35a(t *testing.T) {
	today, _ := rules.ParseDate("2026-12-07")
	cases := []struct {
		in        string
		want, end string // end "": a day, no span; want "ask": the year is asked
	}{
		// a month alone, no year words, within 2 months: the recent one (Z2)
		{"杭州灵活就业 7到9月没交 10月份恢复交了 一直交到现在 11月看病能报吗 12月呢", "2026-11-01", "2026-11-30"},
		{"11月看病能报吗？7月到9月断缴了，10月起恢复缴费", "2026-11-01", "2026-11-30"},
		{"我10月恢复缴费了,11月份去医院看病了能报销不", "2026-11-01", "2026-11-30"},
		{"宁波灵活就业8月9月没缴 十月补上了 11月住院能报吗", "2026-11-01", "2026-11-30"},
		{"stopped paying jul to sep, resumed october. hospital in november - covered?", "2026-11-01", "2026-11-30"},
		{"resumed paying in october went to the hospital in november is that covered", "2026-11-01", "2026-11-30"},
		{"stoped paying jul-sep resumd in october, went to the hospital in november is it coverd", "2026-11-01", "2026-11-30"},
		{"杭州灵活就业7到9月没交10月恢复交了11月看病能保吗", "2026-11-01", "2026-11-30"},
		// a month far back, told as past / planned / with nothing
		{"3月份看病花了两千 那时候断缴了 能报吗", "2026-03-01", "2026-03-31"},
		{"明年3月份要做手术 现在断缴了", "2027-03-01", "2027-03-31"},
		// days in an ended gap, a plan or a year in ANOTHER clause (E2)
		{"lost my job in wenzhou in march, got unemployment benefits until end of august, then nothing. started paying as a flexible worker in november. doctor visits sep 5 and dec 15, plus planned surgery feb 2027 - which are covered?", "2026-09-05", ""},
		{"unemployment benefit ended august, paying again since november; clinic sep 5 and dec 15 and surgery planned for feb 2027", "2026-09-05", ""},
		{"benefits till aug then nothing, flexible worker from nov. saw a doctor on 5th september, an operation is booked for 2027", "2026-09-05", ""},
		{"lost job in march, unemploymnet benefit til end of aug, flexibel worker since nov, clinic visits sep 5 + dec 15 and planed surgery feb 2027, covered??", "ask", ""}, // "til end of aug" not read as ended: no gap known, the year is asked
		{"失业金领到8月 11月开始自己交 9月5号看的门诊 明年2月要做手术 能报吗", "2026-09-05", ""},
		{"失业金领到8月份，11月份开始自己交，9月5号去医院，12月15号复查，明年2月准备手术", "2026-09-05", ""},
		{"温州 失业金到8月底 11月起灵活就业缴费 9月5日门诊 2027年2月计划手术 哪些能报", "ask", ""}, // benefit read as still drawn,
		// a year word said of something else in the same stretch
		{"我老公的公司今年夏天就关门了医保断了五个月他1月18号要做个胆囊手术这个能报吗", "2027-01-18", ""},
		{"公司今年夏天关门了 1月18号胆囊手术能报吗", "2027-01-18", ""},
		{"company closed this summer, gap 5 months, gallbladder surgery jan 18 covered?", "2027-01-18", ""},
		// days near today with nothing said: the nearest
		{"12月15号看病能报吗", "2026-12-15", ""},
		{"clinic dec 15 ok?", "2026-12-15", ""},
		{"1月20号住院能报吗", "2027-01-20", ""},
		// days far off: past words, future words, or asked
		{"3月5号看过病 能报吗", "2026-03-05", ""},
		{"i had a scan on march 5, will insurance pay?", "2026-03-05", ""},
		{"3月5号要做手术 能报吗", "2027-03-05", ""},
		{"surgery is scheduled for march 5, will it be covered", "2027-03-05", ""},
		{"3月5号看病能报吗", "ask", ""},
		{"doctor on march 5 - covered?", "ask", ""},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Treatment == nil {
			t.Errorf("%q: no treatment day", c.in)
			continue
		}
		got := e.Treatment.String()
		if c.want == "ask" {
			if _, ask := TreatYearUnclear(c.in, today, *e.Treatment); !ask {
				t.Errorf("%q: read %s, want the year asked", c.in, got)
			}
			continue
		}
		if _, ask := TreatYearUnclear(c.in, today, *e.Treatment); ask {
			t.Errorf("%q: year asked, want %s", c.in, c.want)
		}
		end := ""
		if e.TreatmentUntil != nil {
			end = e.TreatmentUntil.String()
		}
		if got != c.want || end != c.end {
			t.Errorf("%q: read %s..%s, want %s..%s", c.in, got, end, c.want, c.end)
		}
	}
}

// Between two days the words belong to one of them only (audit round 29,
// E4): an English day's tense is read before it, a Chinese day's after it;
// a year said right beside a day is still its own.
func TestClauseYearBetweenDays(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		m, d int
		want int
	}{
		{"dentist nov 8 and knee surgery planned dec 15 - covered?", 11, 8, 2026},
		{"saw the dentist on oct 20, and an operation is scheduled for jan 12", 10, 20, 2026},
		{"had a check-up sept 30 then surgery booked feb 3, both covered?", 9, 30, 2026},
		{"surgery jan 5 next year and a check-up feb 3", 1, 5, 2027},
		{"10月20号看的牙 1月12号要做手术", 1, 12, 2027},
		{"10月20号看的牙 1月12号要做手术", 10, 20, 2026},
		{"11月8号看过牙 12月15号要做手术", 12, 15, 2026},
	} {
		day, decided := DayYear35a(c.in, today, c.m, c.d)
		if !decided || day.Year != c.want {
			t.Errorf("%q: %d-%d read as %v (decided %v), want year %d", c.in, c.m, c.d, day, decided, c.want)
		}
	}
}
