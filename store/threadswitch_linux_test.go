package store

import "syscall"

// threadSwitches reports how many times the calling thread has so far
// given up its CPU (voluntary: it waited, for a disk sync say) and been
// made to (involuntary: preempted by another runnable thread).
func threadSwitches() (voluntary, involuntary int64, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0, 0, false
	}
	return ru.Nvcsw, ru.Nivcsw, true
}
