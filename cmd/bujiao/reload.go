package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"bujiao/knowledge"
)

// liveKnowledge serves b and, when it came from a directory, reloads it on
// every saved change and on SIGHUP until ctx is done. An invalid edit is
// logged with its positions and never replaces the running knowledge.
func liveKnowledge(ctx context.Context, b *knowledge.Base, dir string, log *slog.Logger, onSwap func(*knowledge.Base)) *knowledge.Live {
	live := knowledge.NewLive(b, dir, log)
	live.OnSwap = onSwap
	if dir == "" {
		return live
	}
	go func() {
		if err := live.Watch(ctx); err != nil {
			log.Warn("knowledge directory not watched; reload with SIGHUP", "dir", dir, "err", err)
		}
	}()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		defer signal.Stop(hup)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				log.Info("SIGHUP: reloading knowledge", "dir", dir)
				_ = live.Reload()
			}
		}
	}()
	return live
}
