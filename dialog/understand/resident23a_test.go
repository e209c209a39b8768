package understand

import (
	"testing"

	"bujiao/rules"
)

// analyze23a reads a message as the chat does: pinyin written in
// characters first.
func analyze23a(text string) Extracted {
	s := text
	if hz, ok := Depinyin(s); ok {
		s = hz
	}
	return Analyze(s, rules.Date{Year: 2026, Month: 12, Day: 7}, nil, "").Extracted
}

// TestWholeYearsUnpaid23a: years told whole ("一整年", "整整两年", "一年
// 整") as unpaid are a gap of that many years; years paid are not.
func TestWholeYearsUnpaid23a(t *testing.T) {
	for _, c := range []struct {
		text   string
		months int // 0: no gap
	}{
		{"我的居民医保断了整整两年没交", 24},
		{"老家的农村医保一整年都没缴，现在咋办", 12},
		{"城乡居民医保停了一年整了", 12},
		{"居民医保整整三年没续", 36},
		{"居民医保交了整整十年，想问问报销", 0},
		{"我一整年都在外地打工，居民医保要交吗", 0},
	} {
		e := analyze23a(c.text)
		switch {
		case c.months == 0 && e.Gap != nil:
			t.Errorf("%q: gap %+v read from years paid or lived", c.text, *e.Gap)
		case c.months > 0 && (e.Gap == nil || e.Gap.Months != c.months):
			t.Errorf("%q: gap %+v, want %d months", c.text, e.Gap, c.months)
		}
	}
}

// TestThisYearUnpaid23a: this year's resident premium told as not paid is
// one broken year; "还没" (not yet), a question or a month is not.
func TestThisYearUnpaid23a(t *testing.T) {
	for _, c := range []struct {
		text string
		gap  bool
	}{
		{"我妈的城乡居民医保今年没交", true},
		{"孩子今年的居民医保没缴上", true},
		{"居民医保今年没能交，在佛山", true},
		{"居民医保今年还没交", false},
		{"居民医保今年没交吗", false},
		{"职工医保今年没交", false},
	} {
		e := analyze23a(c.text)
		if got := e.Gap != nil && e.Gap.Months == 12; got != c.gap {
			t.Errorf("%q: gap %+v, want a year: %v", c.text, e.Gap, c.gap)
		}
	}
}

var yes23a, no23a = func() *bool { b := true; return &b }(), func() *bool { b := false; return &b }()

// TestWindowNow23a: the enrolment window told as now in plainer words.
func TestWindowNow23a(t *testing.T) {
	for _, c := range []struct {
		text string
		want *bool
	}{
		{"居民医保断了两年，现在正是集中交费的时候", yes23a},
		{"老家居民医保没交，这阵子是集中交钱的时候吧", yes23a},
		{"居民医保一年没交 现在是集中参保的时候", yes23a},
		{"居民医保两年没交，已经过了集中交的时候", no23a},
	} {
		e := analyze23a(c.text)
		if e.InWindow == nil || *e.InWindow != *c.want {
			t.Errorf("%q: in window %v, want %v", c.text, e.InWindow, *c.want)
		}
	}
}

// TestFirstEnrolment23a: a first enrolment in plainer English, pinyin and
// for a family member; an employer that never enrolled anyone, a gap, or
// "not the first time" is not.
func TestFirstEnrolment23a(t *testing.T) {
	for _, c := range []struct {
		text  string
		first bool
	}{
		{"never joined any medical insurance before, in hangzhou", true},
		{"this is my first time buying yibao, shenzhen", true},
		{"i never buy any insurance in china before, now i live in foshan", true},
		{"first time getting employee medical insurance, freelancer in foshan", true},
		{"wo conglai mei mai guo yibao, xiang zai guangzhou canbao", true},
		{"从来没帮孩子买过医保，在杭州上小学", true},
		{"一直没给我妈交过医保，她在温州农村", true},
		{"儿子在深圳上初中，从来没给他买过医保", true},
		{"not the first time getting insurance, i missed 3 months", false},
		{"i never missed a payment before, now my company stopped paying", false},
		{"company never pay the yibao 2 month already, still operating", false},
		{"my boss never paid my insurance since i joined in march", false},
		{"i never pay insurance in hangzhou, now want to know", false},
		{"公司从来没给我交过社保", false},
		{"老板从来没给他交过社保", false},
	} {
		e := analyze23a(c.text)
		if e.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v, want %v", c.text, e.FirstEnrolment, c.first)
		}
	}
}
