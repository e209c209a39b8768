package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// explainOpen adds what to fix to an error opening the database at path,
// when the cause is one of its files or its directory: SQLite says only
// "unable to open database file (14)" or "attempt to write a readonly
// database (8)" when, say, a -wal file left by a command run as root
// cannot be written by the service's user.
func explainOpen(path string, opts Options, err error) error {
	if err == nil || opts.ReadOnly || path == "" || path == ":memory:" {
		return err
	}
	abs, aerr := filepath.Abs(path)
	if aerr != nil {
		return err
	}
	who := "this user"
	if uid := os.Getuid(); uid >= 0 {
		who = fmt.Sprintf("this user (uid %d)", uid)
	}
	for _, f := range []string{abs, abs + "-wal", abs + "-shm"} {
		fi, serr := os.Stat(f)
		if serr != nil {
			continue
		}
		if fi.IsDir() {
			return fmt.Errorf("%w\n%s is a directory, not SQLite's file: remove it (with no bujiao running) and start again", err, f)
		}
		fh, oerr := os.OpenFile(f, os.O_RDWR, 0)
		if oerr != nil {
			return fmt.Errorf("%w\n%s cannot be written by %s (mode %v): it was probably created by a command run as another user, such as root. "+
				"Fix: make it belong to the user bujiao runs as (chown USER %s, see ls -l), or run bujiao as its owner", err, f, who, fi.Mode().Perm(), f)
		}
		fh.Close()
	}
	dir := filepath.Dir(abs)
	probe, perr := os.CreateTemp(dir, ".bujiao-write-test-*")
	if perr != nil {
		return fmt.Errorf("%w\nthe directory %s cannot be written by %s, and SQLite creates the -wal and -shm files next to the database. "+
			"Fix: make the directory writable by the user bujiao runs as (chown USER %s), or choose another --db", err, dir, who, dir)
	}
	probe.Close()
	os.Remove(probe.Name())
	return err
}
