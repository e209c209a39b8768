//go:build unix

package store

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"
)

// BenchmarkScrubTick is one scrubber tick (truncateWAL) after a second of
// saturated traffic, 29 turns: what the per-second scrub costs a bot at
// its overall limit. cpu-µs/op is the process's CPU for the tick alone
// (getrusage: the fsyncs' kernel time and the runtime's sysmon polling
// while the scrubber's thread waits in them are in it, not in a CPU
// profile of the goroutine). As measured (cpu19j, 2-core machine under
// load): 1,200-1,800 µs of CPU and about 11 ms of wall time a tick, the
// same with a PASSIVE checkpoint first as without: at 29 updates a second
// 40-60 µs an update.
func BenchmarkScrubTick(b *testing.B) {
	db, _ := openTemp(b, Options{ScrubInterval: -1})
	var cpu time.Duration
	update := int64(0)
	for range b.N {
		b.StopTimer()
		for c := range int64(29) {
			update++
			if err := commitState(db, 1+c, update, fmt.Sprintf("state %d %0200d", update, update)); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		c0 := processCPU()
		db.truncateWAL(context.Background())
		cpu += processCPU() - c0
	}
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
}

// processCPU is the process's CPU time so far (every thread).
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
