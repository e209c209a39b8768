//go:build !linux

package store

// threadSwitches is not known here (see threadswitch_linux_test.go).
func threadSwitches() (voluntary, involuntary int64, ok bool) { return 0, 0, false }
