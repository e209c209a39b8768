package main

import (
	"fmt"

	"bujiao/knowledge"
)

// loadKB loads the knowledge directory dir, or the embedded knowledge base
// when dir is empty.
func loadKB(dir string) (*knowledge.Base, error) {
	if dir == "" {
		b, err := knowledge.Default()
		if err != nil {
			return nil, fmt.Errorf("built-in knowledge base: %w", err)
		}
		return b, nil
	}
	b, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		return nil, fmt.Errorf("knowledge base %s: %w", dir, err)
	}
	return b, nil
}
