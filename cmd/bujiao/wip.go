package main

import (
	"context"
	"errors"
	"io"
)

func runBot(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("bot: not yet")
}
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("serve: not yet")
}
