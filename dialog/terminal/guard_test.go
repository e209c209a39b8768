package terminal

import (
	"context"
	"strings"
	"sync"
	"testing"

	"bujiao/dialog"
	"bujiao/dialog/persist"
	"bujiao/knowledge"
)

// panicky keeps one conversation in memory and panics on the Load of one
// chosen turn, standing in for a bug anywhere in a turn.
type panicky struct {
	mu      sync.Mutex
	loads   int
	panicAt int
	s       persist.Session
}

func (p *panicky) Load(ctx context.Context, chatID int64) (persist.Session, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.loads++
	if p.loads == p.panicAt {
		panic("a bug in one turn")
	}
	return p.s, nil
}

func (p *panicky) Commit(ctx context.Context, c persist.Commit) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c.Version != p.s.Version {
		return persist.ErrConflict
	}
	p.s = persist.Session{Found: true, Version: c.Version + 1, State: c.State, Lang: c.Lang}
	return nil
}

// TestPanicCostsOneMessage: a turn that panics is answered with the
// apology and the chat goes on with what was stored before it.
func TestPanicCostsOneMessage(t *testing.T) {
	kb, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Loads: 1 the greeting, 2 the scheme answer, 3 the line that panics,
	// 4 the next line.
	store := &panicky{panicAt: 3}
	m := dialog.New(kb)
	r := &dialog.Runner{Machine: m, Sessions: store}
	in := "职工医保\n上海\n断了3个月\n"
	var out strings.Builder
	if err := Run(context.Background(), r, strings.NewReader(in), &out, Options{LangHint: "zh"}); err != nil {
		t.Fatalf("Run: %v (the panic must not end the session)", err)
	}
	got := out.String()
	if !strings.Contains(got, kb.Msg(knowledge.Zh, "tg.error")) {
		t.Fatalf("no apology after the panicking line:\n%s", got)
	}
	after := got[strings.Index(got, "> 断了3个月"):]
	if strings.Contains(after, kb.Msg(knowledge.Zh, "tg.error")) || !strings.Contains(after, "3个月") {
		t.Errorf("the line after the panic was not answered from the stored state:\n%s", after)
	}
	if store.loads < 4 {
		t.Errorf("loads = %d, want ≥ 4", store.loads)
	}
}
