//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
)

// ErrInUse reports that a process has the SQLite file open (store copy
// refuses then: the copy would miss what that process writes next).
var ErrInUse = errors.New("the SQLite database is in use")

// Holder returns the pid of a process that has the SQLite database at path
// open, or 0. SQLite in WAL mode keeps a read lock on one byte of the -shm
// file (the "DMS" byte, offset 128) for as long as a connection is open;
// F_GETLK asks the kernel who holds it.
func Holder(path string) (int, error) {
	f, err := os.Open(path + "-shm")
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 128, Len: 1}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return 0, err
	}
	if lk.Type == syscall.F_UNLCK {
		return 0, nil
	}
	return int(lk.Pid), nil
}
