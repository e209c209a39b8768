package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"bujiao/dialog/persist"
)

// TestCheckFindsDamage: a page of the conversations table overwritten with
// garbage makes Check report ErrDamaged (and keep reporting it), where a
// healthy file passes.
func TestCheckFindsDamage(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	state := make([]byte, 300)
	for i := range 2000 {
		if err := db.Commit(ctx, Commit{ChatID: int64(i + 1), State: state, Lang: "zh"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Fatalf("healthy file: %v", err)
	}
	db.checkpoint(ctx)
	db.Close()

	// Overwrite pages in the middle of the file: conversation rows.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i*7 + 3)
	}
	if _, err := f.WriteAt(garbage, (st.Size()/4096/2)*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()

	db, err = Open(ctx, path)
	if err != nil {
		// Damage the open itself finds is refused at once: also fine.
		t.Logf("open of the damaged file: %v", err)
		return
	}
	defer db.Close()
	err = db.Check(ctx)
	if !errors.Is(err, persist.ErrDamaged) {
		t.Fatalf("check of a damaged file: %v, want ErrDamaged", err)
	}
	if db.Damaged() == nil || !errors.Is(db.Check(ctx), persist.ErrDamaged) {
		t.Errorf("the damage is forgotten")
	}
	t.Logf("check: %v", err)
	// Reading the damaged rows fails with the damage named.
	var readErr error
	for i := range 2000 {
		if _, err := db.Load(ctx, int64(i+1)); err != nil {
			readErr = err
			break
		}
	}
	if readErr != nil && !errors.Is(readErr, persist.ErrDamaged) && !errors.Is(readErr, persist.ErrUnavailable) {
		t.Errorf("a read of a damaged page: %v", fmt.Errorf("%w", readErr))
	}
}
