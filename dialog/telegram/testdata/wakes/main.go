// Command wakes counts the goroutine wakes in a runtime trace (the load
// test's BUJIAO_LOAD_TRACE=DIR writes one a run) by the stack where the
// woken goroutine blocked, per update: every wake (Waiting -> Runnable),
// the wakes of an idle process (the first unblock while no goroutine
// runs), and the processors started from idle (a thread woken to run a
// goroutine beside the running one), each by stack. A module of its own
// (it reads traces with golang.org/x/exp/trace), outside the build:
//
//	cd dialog/telegram/testdata/wakes
//	GOFLAGS=-mod=mod go run . -n 600 DIR/bujiao-saturated.trace
//
// -n is the run's updates (600 with BUJIAO_LOAD_N=100), -depth the frames
// of a stack kept (runtime, sync and syscall frames left out), -top the
// rows shown.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/exp/trace"
)

func key(st trace.Stack, depth int) string {
	var fs []string
	for f := range st.Frames() {
		fn := f.Func
		if strings.HasPrefix(fn, "runtime.") || strings.HasPrefix(fn, "internal/") || strings.HasPrefix(fn, "sync.") || strings.HasPrefix(fn, "syscall.") {
			continue
		}
		fn = strings.TrimPrefix(fn, "bujiao/dialog/telegram.")
		fn = strings.TrimPrefix(fn, "bujiao/")
		fs = append(fs, fn)
		if len(fs) == depth {
			break
		}
	}
	if len(fs) == 0 {
		var all []string
		for f := range st.Frames() {
			all = append(all, f.Func)
			if len(all) == depth {
				break
			}
		}
		return "?" + strings.Join(all, " < ")
	}
	return strings.Join(fs, " < ")
}

func main() {
	depth := flag.Int("depth", 3, "frames")
	per := flag.Float64("n", 1, "updates")
	top := flag.Int("top", 25, "rows")
	flag.Parse()
	f, _ := os.Open(flag.Arg(0))
	r, err := trace.NewReader(f)
	if err != nil {
		panic(err)
	}
	blockKey := map[trace.GoID]string{}
	wakes, idle := map[string]int{}, map[string]int{}
	procStart := map[string]int{}
	running := 0
	attributed := false
	pendingProc := map[trace.ProcID]bool{}
	total, totalIdle, procStarts := 0, 0, 0
	for {
		ev, err := r.ReadEvent()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		if ev.Kind() != trace.EventStateTransition {
			continue
		}
		st := ev.StateTransition()
		switch st.Resource.Kind {
		case trace.ResourceProc:
			from, to := st.Proc()
			if from == trace.ProcIdle && to == trace.ProcRunning {
				procStarts++
				pendingProc[st.Resource.Proc()] = true
			}
		case trace.ResourceGoroutine:
			g := st.Resource.Goroutine()
			from, to := st.Goroutine()
			if from == trace.GoRunning && to != trace.GoRunning {
				running--
				if running <= 0 {
					attributed = false
				}
			}
			if to == trace.GoRunning && from != trace.GoRunning {
				running++
				if p := ev.Proc(); pendingProc[p] {
					delete(pendingProc, p)
					k := blockKey[g]
					if k == "" {
						k = "(new/first) " + key(st.Stack, *depth)
					}
					procStart[k]++
				}
			}
			if (to == trace.GoWaiting || to == trace.GoSyscall) && (from != to || blockKey[g] == "") {
				blockKey[g] = fmt.Sprintf("%s: %s", st.Reason, key(st.Stack, *depth))
			}
			if from == trace.GoWaiting && to == trace.GoRunnable {
				k := blockKey[g]
				if k == "" {
					k = "(unknown)"
				}
				wakes[k]++
				total++
				if running <= 0 && !attributed {
					idle[k]++
					totalIdle++
					attributed = true
				}
			}
		}
	}
	show := func(title string, m map[string]int, tot int) {
		fmt.Printf("== %s: %d (%.2f/update)\n", title, tot, float64(tot) / *per)
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		for i, x := range l {
			if i == *top {
				break
			}
			fmt.Printf("%6.2f  %5d  %s\n", float64(x.v) / *per, x.v, x.k)
		}
	}
	show("goroutine wakes (Waiting->Runnable) by blocked stack", wakes, total)
	show("process wakes from idle (first unblock while no goroutine runs)", idle, totalIdle)
	show("proc starts (Idle->Running) by first goroutine's block", procStart, procStarts)
}
