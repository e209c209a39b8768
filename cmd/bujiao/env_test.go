package main

import (
	"context"
	"io"
	"os"
)

// runServe is runServeEnv with the process environment, as run calls it.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runServeEnv(ctx, args, os.Getenv, stdout, stderr)
}
