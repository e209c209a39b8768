//go:build !linux

package store

// yieldCPU does nothing here (see yield_linux.go).
func yieldCPU() {}
