package pg

import (
	"context"
	"reflect"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// TestStatsMatchSQLite: the same events give the same report, lookups and
// FAQ choices on both stores.
func TestStatsMatchSQLite(t *testing.T) {
	ctx := context.Background()
	sq, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	pgdb := open(t)
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	yes, no := true, false
	evs := []persist.Event{
		{Kind: persist.EvStarted, ChatID: 1}, {Kind: persist.EvAsked, ChatID: 1, Question: "scheme"},
		{Kind: persist.EvAnswered, ChatID: 1, Question: "scheme"}, {Kind: persist.EvAsked, ChatID: 1, Question: "gap"},
		{Kind: persist.EvStarted, ChatID: 2}, {Kind: persist.EvAsked, ChatID: 2, Question: "scheme"},
		{Kind: persist.EvAnswer, ChatID: 2, Verdict: "covered", Region: "national", Text: "成都"},
		{Kind: persist.EvFAQHit, ChatID: 3, Question: "faq-a", Text: "断缴 怎么办"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-a", Text: "断缴怎么办"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-b", Text: "Apple"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-b", Text: "apple"},
		{Kind: persist.EvFAQMiss, ChatID: 5, Text: "电话 13812345678 能补吗"},
		{Kind: persist.EvFeedback, ChatID: 5, Question: "answer", Helpful: &yes},
		{Kind: persist.EvFeedback, ChatID: 6, Question: "faq-a", Helpful: &no},
		{Kind: persist.EvLookup, Question: "page", Verdict: "covered", Region: "zhejiang", Text: "region,scheme"},
		{Kind: persist.EvLookup, Question: "api", Verdict: "covered", Region: "zhejiang", Text: "region"},
		{Kind: persist.EvInline, Question: "answer"},
	}
	for i := range evs {
		evs[i].At = at.Add(time.Duration(i) * time.Minute)
	}
	for _, s := range []persist.Store{sq, pgdb} {
		if err := s.Record(ctx, evs...); err != nil {
			t.Fatal(err)
		}
	}
	from, to := at.Add(-time.Hour), at.Add(time.Hour)
	rs, err1 := sq.Stats(ctx, from, to)
	rp, err2 := pgdb.Stats(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(rs, rp) {
		t.Errorf("stats differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, rs, rp)
	}
	ls, err1 := sq.Lookups(ctx, from, to)
	lp, err2 := pgdb.Lookups(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(ls, lp) {
		t.Errorf("lookups differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, ls, lp)
	}
	cs, err1 := sq.FAQChoices(ctx, from, to)
	cp, err2 := pgdb.FAQChoices(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(cs, cp) {
		t.Errorf("FAQ choices differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, cs, cp)
	}
	if len(ls) == 0 || len(cs) == 0 || rs.FAQHits != 4 {
		t.Errorf("the events were not counted: %d lookups, %d choices, %d FAQ hits", len(ls), len(cs), rs.FAQHits)
	}
}
