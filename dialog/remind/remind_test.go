package remind

import (
	"errors"
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

func bj(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, knowledge.China)
}

func day(s string) rules.Date {
	d, err := rules.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// days gives the Beijing dates of ts, and checks each is in 08:00–08:59.
func days(t *testing.T, ts []time.Time) []string {
	t.Helper()
	var out []string
	for _, x := range ts {
		c := x.In(knowledge.China)
		if c.Hour() != QuietUntil {
			t.Errorf("%s is not between 08:00 and 09:00 Beijing", c)
		}
		out = append(out, c.Format("2006-01-02"))
	}
	return out
}

// TestTimes: the day of each reminder is counted in Beijing days, across
// month and year ends and leap days; a day that has begun is skipped.
func TestTimes(t *testing.T) {
	for _, c := range []struct {
		name     string
		deadline string
		w        When
		now      time.Time
		want     string
	}{
		{"all three", "2027-01-31", All, bj(2026, 11, 25, 12, 0), "2027-01-24 2027-01-30 2027-01-31"},
		{"across a month end", "2027-03-03", All, bj(2027, 1, 10, 12, 0), "2027-02-24 2027-03-02 2027-03-03"},
		{"leap year: 29 February", "2028-03-01", All, bj(2028, 1, 10, 12, 0), "2028-02-23 2028-02-29 2028-03-01"},
		{"leap day itself", "2028-02-29", DayBefore | OnTheDay, bj(2028, 2, 1, 9, 0), "2028-02-28 2028-02-29"},
		{"no leap day in 2027", "2027-03-01", All, bj(2027, 2, 1, 9, 0), "2027-02-22 2027-02-28 2027-03-01"},
		{"across a year end", "2027-01-03", All, bj(2026, 12, 1, 9, 0), "2026-12-27 2027-01-02 2027-01-03"},
		{"the week before has begun", "2027-01-31", All, bj(2027, 1, 24, 7, 0), "2027-01-30 2027-01-31"},
		{"the day before is today", "2027-01-31", All, bj(2027, 1, 30, 6, 0), "2027-01-31"},
		{"deadline today: nothing", "2027-01-31", All, bj(2027, 1, 31, 0, 1), ""},
		{"deadline passed: nothing", "2027-01-31", All, bj(2027, 2, 3, 12, 0), ""},
		// 23:30 UTC on 23 January is 07:30 on the 24th in Beijing: the
		// week-before day has begun there.
		{"Beijing decides the day", "2027-01-31", All, time.Date(2027, 1, 23, 23, 30, 0, 0, time.UTC), "2027-01-30 2027-01-31"},
		{"16:00 UTC is still the day before in Beijing", "2027-01-31", All, time.Date(2027, 1, 23, 15, 59, 0, 0, time.UTC), "2027-01-24 2027-01-30 2027-01-31"},
		{"only the day", "2027-01-31", OnTheDay, bj(2026, 11, 25, 12, 0), "2027-01-31"},
	} {
		got := strings.Join(days(t, Times(day(c.deadline), c.w, c.now, "salt")), " ")
		if got != c.want {
			t.Errorf("%s: Times(%s, %03b, %s) = %q, want %q", c.name, c.deadline, c.w, c.now, got, c.want)
		}
		if n := Available(day(c.deadline), c.w, c.now).Count(); n != len(strings.Fields(c.want)) {
			t.Errorf("%s: Available counts %d", c.name, n)
		}
	}
}

// TestTimesSpread: reminders due on one day are spread over the hour
// after 08:00, and one reminder always gets the same minute.
func TestTimesSpread(t *testing.T) {
	minutes := map[int]int{}
	for i := range 3000 {
		salt := "r" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		ts := Times(day("2027-01-31"), OnTheDay, bj(2026, 11, 25, 12, 0), salt)
		again := Times(day("2027-01-31"), OnTheDay, bj(2026, 12, 1, 12, 0), salt)
		if len(ts) != 1 || !ts[0].Equal(again[0]) {
			t.Fatalf("%s: %v then %v", salt, ts, again)
		}
		minutes[ts[0].Minute()]++
	}
	if len(minutes) != 60 {
		t.Errorf("3000 reminders use %d of the 60 minutes", len(minutes))
	}
	for m, n := range minutes {
		if n > 3000/60*2 {
			t.Errorf("minute %d has %d of 3000 reminders", m, n)
		}
	}
}

// TestQuietHours: nothing between 21:00 and 08:00 Beijing; a reminder due
// then is held to 08:00 of the morning that ends them.
func TestQuietHours(t *testing.T) {
	for _, c := range []struct {
		at, want time.Time
	}{
		{bj(2027, 1, 30, 8, 0), bj(2027, 1, 30, 8, 0)},
		{bj(2027, 1, 30, 20, 59), bj(2027, 1, 30, 20, 59)},
		{bj(2027, 1, 30, 21, 0), bj(2027, 1, 31, 8, 0)},
		{bj(2027, 1, 30, 23, 59), bj(2027, 1, 31, 8, 0)},
		{bj(2027, 1, 31, 0, 0), bj(2027, 1, 31, 8, 0)},
		{bj(2027, 1, 31, 7, 59), bj(2027, 1, 31, 8, 0)},
		// The night across a month end, a year end and a leap day.
		{bj(2027, 1, 31, 22, 0), bj(2027, 2, 1, 8, 0)},
		{bj(2026, 12, 31, 21, 30), bj(2027, 1, 1, 8, 0)},
		{bj(2028, 2, 28, 21, 0), bj(2028, 2, 29, 8, 0)},
		{bj(2028, 2, 29, 21, 0), bj(2028, 3, 1, 8, 0)},
		// In UTC: 13:00 UTC is 21:00 Beijing.
		{time.Date(2027, 1, 30, 13, 0, 0, 0, time.UTC), bj(2027, 1, 31, 8, 0)},
		{time.Date(2027, 1, 30, 12, 59, 0, 0, time.UTC), time.Date(2027, 1, 30, 12, 59, 0, 0, time.UTC)},
	} {
		got := Hold(c.at)
		if !got.Equal(c.want) {
			t.Errorf("Hold(%s) = %s, want %s", c.at, got.In(knowledge.China), c.want)
		}
		if Quiet(got) {
			t.Errorf("Hold(%s) = %s is in the quiet hours", c.at, got)
		}
		if Quiet(c.at) != !got.Equal(c.at) {
			t.Errorf("Quiet(%s) = %v but Hold moved it to %s", c.at, Quiet(c.at), got)
		}
	}
}

// TestLater: the next Beijing day, 08:00–09:00, whatever time it is asked.
func TestLater(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{bj(2027, 1, 24, 8, 30), "2027-01-25"},
		{bj(2027, 1, 24, 23, 59), "2027-01-25"},
		{bj(2027, 1, 31, 0, 5), "2027-02-01"},
		{bj(2028, 2, 28, 10, 0), "2028-02-29"},
		{bj(2026, 12, 31, 12, 0), "2027-01-01"},
		{time.Date(2027, 1, 24, 17, 0, 0, 0, time.UTC), "2027-01-26"}, // 01:00 on the 25th in Beijing
	} {
		got := days(t, []time.Time{Later(c.now, "x")})
		if got[0] != c.want {
			t.Errorf("Later(%s) = %s, want %s", c.now, got[0], c.want)
		}
	}
}

func TestDefault(t *testing.T) {
	for id, want := range map[string]When{
		rules.DeadlineTransferWindow: All, rules.DeadlineIndividualWindow: All, rules.DeadlineSwitchWindow: All,
		rules.DeadlineWaitingEnds: DayBefore | OnTheDay, rules.DeadlineResidentWaiting: DayBefore | OnTheDay,
	} {
		if got := Default(id); got != want || !got.Valid() {
			t.Errorf("Default(%s) = %03b, want %03b", id, got, want)
		}
	}
	for _, w := range []When{0, 8, 255} {
		if w.Valid() {
			t.Errorf("%03b valid", w)
		}
	}
}

func testRecord(now time.Time) Record {
	gap := 2
	r := Record{Lang: knowledge.Zh, Deadline: rules.DeadlineIndividualWindow, Date: day("2027-01-31"),
		Facts: rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, GapMonths: &gap, Region: "shanghai"},
		SetOn: Today(now), When: All}
	r.ID = NewID(r.Deadline, r.Date, now)
	r.Times = Times(r.Date, All, now, r.ID)
	return r
}

// TestRecordLifecycle: a record fires its times in order, counts what was
// sent, stops at the last, and allows "later" only under the cap and
// before the deadline has passed.
func TestRecordLifecycle(t *testing.T) {
	now := bj(2026, 11, 25, 12, 0)
	r := testRecord(now)
	data, err := r.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil || !strings.HasPrefix(back.Key(), r.ID+":0:") || len(back.Times) != 3 {
		t.Fatalf("round trip: %v %+v", err, back)
	}
	if back.CanLater(now) {
		t.Error("three reminders planned: no room for later")
	}
	n1, ok := back.Next()
	if !ok || n1.Sent != 1 || len(n1.Times) != 2 || !strings.HasPrefix(n1.Key(), r.ID+":1:") || !n1.Times[0].Equal(r.Times[1]) {
		t.Fatalf("after the first: %+v", n1)
	}
	n2, _ := n1.Next()
	if _, ok := n2.Next(); ok {
		t.Error("a record with its last time sent has a next")
	}
	// Only the day: two more "later"s fit under the cap of 3.
	one := testRecord(now)
	one.Times = Times(one.Date, OnTheDay, now, one.ID)
	if !one.CanLater(bj(2027, 1, 30, 9, 0)) {
		t.Error("one reminder planned, later the day before: refused")
	}
	if one.CanLater(bj(2027, 1, 31, 9, 0)) {
		t.Error("later on the deadline's day would come after it")
	}
	one.Sent, one.Times = 2, one.Times[:1]
	if one.CanLater(bj(2027, 1, 20, 9, 0)) {
		t.Error("two sent, one to come: the cap is reached")
	}
}

// TestDecodeRefuses: a stored record that is not exactly a valid record
// is refused whole.
func TestDecodeRefuses(t *testing.T) {
	now := bj(2026, 11, 25, 12, 0)
	good, _ := testRecord(now).Encode()
	for name, data := range map[string]string{
		"empty":          "",
		"not json":       "{",
		"trailing":       string(good) + "{}",
		"unknown field":  strings.Replace(string(good), `"v":1`, `"v":1,"chat":5`, 1),
		"version":        strings.Replace(string(good), `"v":1`, `"v":2`, 1),
		"language":       strings.Replace(string(good), `"lang":"zh"`, `"lang":"fr"`, 1),
		"deadline":       strings.Replace(string(good), `"deadline":"individual-window"`, `"deadline":"nope"`, 1),
		"id":             strings.Replace(string(good), `"id":"individual-window.`, `"id":"X`, 1),
		"over the cap":   strings.Replace(string(good), `"sent":0`, `"sent":1`, 1),
		"negative sent":  strings.Replace(string(good), `"sent":0`, `"sent":-1`, 1),
		"bad facts":      strings.Replace(string(good), `"gap_months":2`, `"gap_months":-4`, 1),
		"no times":       strings.Replace(string(good), string(good)[strings.Index(string(good), `"times":[`):strings.Index(string(good), `],"sent"`)+1], `"times":[]`, 1),
		"times reversed": reverseTimes(string(good)),
		"no when":        strings.Replace(string(good), `"when":7`, `"when":0`, 1),
		"unknown when":   strings.Replace(string(good), `"when":7`, `"when":9`, 1),
	} {
		if _, err := Decode([]byte(data)); !errors.Is(err, ErrRecord) {
			t.Errorf("%s: Decode accepted %s (err %v)", name, data, err)
		}
	}
}

func reverseTimes(s string) string {
	i := strings.Index(s, `"times":[`) + len(`"times":[`)
	j := strings.Index(s[i:], "]") + i
	parts := strings.Split(s[i:j], ",")
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return s[:i] + strings.Join(parts, ",") + s[j:]
}

// FuzzDecode: whatever a store hands back, Decode returns a valid record
// (which encodes to something that decodes to the same) or ErrRecord;
// it never panics.
func FuzzDecode(f *testing.F) {
	good, _ := testRecord(bj(2026, 11, 25, 12, 0)).Encode()
	f.Add(good)
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrRecord) {
				t.Fatalf("error not ErrRecord: %v", err)
			}
			return
		}
		again, err := r.Encode()
		if err != nil {
			t.Fatalf("a decoded record does not encode: %v", err)
		}
		r2, err := Decode(again)
		if err != nil || r2.Key() != r.Key() || len(r2.Times) != len(r.Times) {
			t.Fatalf("re-decode: %v", err)
		}
	})
}
