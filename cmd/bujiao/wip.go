package main

import (
	"context"
	"errors"
	"io"
)

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("chat: not yet")
}
func runBot(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("bot: not yet")
}
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("serve: not yet")
}
func runKBTest(args []string, stdout io.Writer) error   { return errors.New("not yet") }
func runKBFAQ(args []string, stdout io.Writer) error    { return errors.New("not yet") }
func runKBDiff(args []string, stdout io.Writer) error   { return errors.New("not yet") }
func runKBExport(args []string, stdout io.Writer) error { return errors.New("not yet") }
