package knowledge

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Live holds the knowledge base a running bot or server answers from, and
// swaps in a new one only when it validates. A swap replaces the whole Base
// at once, so no request ever sees half of the old and half of the new.
type Live struct {
	cur    atomic.Pointer[Base]
	dir    string
	logger *slog.Logger
	mu     sync.Mutex // serialises reloads
	// OnSwap, if set, is called after each successful swap (e.g. to hand
	// the new Base to a dialog.Machine).
	OnSwap func(*Base)
	// Now is the clock a reload checks dates against (a checked_on after
	// today is refused); nil means time.Now.
	Now func() time.Time

	failures atomic.Uint64
	status   atomic.Pointer[ReloadStatus]
}

// ReloadStatus says whether the last reload was refused: since when (the
// first refusal in a row) and with how many errors. The zero value means
// the running base is the last one saved.
type ReloadStatus struct {
	RefusedSince time.Time
	Errors       int
}

// Refused reports whether the directory holds an edit that was refused.
func (s ReloadStatus) Refused() bool { return !s.RefusedSince.IsZero() }

// Status returns the state of the last reload.
func (l *Live) Status() ReloadStatus {
	if s := l.status.Load(); s != nil {
		return *s
	}
	return ReloadStatus{}
}

// Failures counts the reloads refused since the process started.
func (l *Live) Failures() uint64 { return l.failures.Load() }

// NewLive returns a Live serving b, reloading from dir (empty: the embedded
// knowledge base, which never changes).
func NewLive(b *Base, dir string, logger *slog.Logger) *Live {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	l := &Live{dir: dir, logger: logger}
	l.cur.Store(b)
	return l
}

// Get returns the current knowledge base. Callers use the returned Base for
// the whole of one request.
func (l *Live) Get() *Base { return l.cur.Load() }

// Reload loads the directory again and checks it as `kb lint` and `kb test`
// do: dates against today in China, and every scenario. Only a base both
// accept replaces the current one; otherwise the current one stays, every
// problem and failing scenario is logged with its position, the refusal is
// counted (Failures, Status) and the error returned.
func (l *Live) Reload() error {
	if l.dir == "" {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now
	if l.Now != nil {
		now = l.Now
	}
	b, problems, err := LoadDir(l.dir, Options{Today: Today(now())})
	if err == nil {
		problems, err = scenarioProblems(b)
	}
	if err != nil {
		n := 0
		for _, p := range problems {
			if p.Severity == SevError {
				n++
				l.logger.Error("knowledge reload rejected", "pos", p.Pos.String(), "field", p.Field, "problem", p.Message)
			}
		}
		if n == 0 {
			n = 1 // the directory itself could not be read
		}
		st := ReloadStatus{RefusedSince: now(), Errors: n}
		if prev := l.Status(); prev.Refused() {
			st.RefusedSince = prev.RefusedSince
		}
		l.status.Store(&st)
		l.failures.Add(1)
		l.logger.Error("knowledge reload rejected; still serving the previous version", "version", l.Get().Version.String(), "errors", n, "err", errSummary(err))
		return err
	}
	l.status.Store(&ReloadStatus{})
	old := l.cur.Swap(b)
	l.logger.Info("knowledge reloaded", "from", old.Version.String(), "to", b.Version.String())
	if l.OnSwap != nil {
		l.OnSwap(b)
	}
	return nil
}

// scenarioProblems runs every scenario of b, as `kb test` does, and returns
// each failure as an error problem at the scenario's position.
func scenarioProblems(b *Base) ([]Problem, error) {
	var out []Problem
	for _, s := range b.Scenarios() {
		r := b.RunScenario(s)
		if r.Passed() {
			continue
		}
		msg := ""
		if r.Err != nil {
			msg = r.Err.Error()
		}
		for _, m := range r.Mismatches {
			if msg != "" {
				msg += "; "
			}
			msg += m.Field + ": want " + m.Want + ", got " + m.Got
		}
		out = append(out, Problem{Pos: s.Pos, Severity: SevError, Field: "scenario " + s.Name, Message: "fails: " + msg})
	}
	if len(out) > 0 {
		return out, &Error{Problems: out}
	}
	return nil, nil
}

func errSummary(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Watch reloads whenever a YAML file under the directory changes, until ctx
// is done. Editors save in bursts (temp file, rename, chmod), so changes are
// debounced for a moment before reloading.
func (l *Live) Watch(ctx context.Context) error {
	if l.dir == "" {
		<-ctx.Done()
		return nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	// fsnotify watches single directories, so add every subdirectory.
	err = filepath.WalkDir(l.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return w.Add(p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	const debounce = 300 * time.Millisecond
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					_ = w.Add(ev.Name)
				}
			}
			if !strings.HasSuffix(ev.Name, ".yaml") && !strings.HasSuffix(ev.Name, ".yml") && !ev.Has(fsnotify.Create) {
				continue
			}
			if timer == nil {
				timer = time.AfterFunc(debounce, func() {
					select {
					case fire <- struct{}{}:
					default:
					}
				})
			} else {
				timer.Reset(debounce)
			}
		case <-fire:
			_ = l.Reload()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			l.logger.Warn("knowledge watcher", "err", err)
		}
	}
}
