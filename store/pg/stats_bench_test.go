package pg

import (
	"context"
	"fmt"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
)

// BenchmarkStats measures one Stats report over a month of 100,000 events
// (5,000 chats asking, answering, missing FAQs), counted in SQL:
//
//	go test ./store/pg -run '^$' -bench Stats -benchtime 5x
func BenchmarkStats(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, pgtest.Database(b), Options{RowsPerChatHour: -1})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	const events = 100_000
	batch := make([]persist.Event, 0, 2000)
	for i := range events {
		chat := int64(i % 5000)
		e := persist.Event{At: start.Add(time.Duration(i) * 25 * time.Second), ChatID: chat}
		switch i % 5 {
		case 0:
			e.Kind, e.Question = persist.EvAsked, fmt.Sprintf("q%d", i%7)
		case 1:
			e.Kind, e.Question = persist.EvAnswered, fmt.Sprintf("q%d", i%7)
		case 2:
			e.Kind, e.Verdict, e.Region = persist.EvAnswer, "covered", "national"
		case 3:
			e.Kind, e.Text = persist.EvFAQMiss, fmt.Sprintf("怎么补缴 %d 个月", i%300)
		case 4:
			e.Kind, e.Question = persist.EvFAQHit, fmt.Sprintf("faq-%d", i%40)
		}
		batch = append(batch, e)
		if len(batch) == cap(batch) {
			if err := db.Record(ctx, batch...); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rep, err := db.Stats(ctx, start, start.AddDate(0, 1, 0))
		if err != nil || rep.FAQMisses != events/5 {
			b.Fatalf("stats: %v, %d misses", err, rep.FAQMisses)
		}
	}
}
