// Package ui is parallax's terminal reader: Bubble Tea programs and, later, the SSH server.
package ui

import "parallax/model"

// Loader produces the analysis to show. It runs in the background; progress
// reports how many inputs are done out of how many.
type Loader func(progress func(done, total int)) (*model.Analysis, []error)

// Run opens the full-screen reader and blocks until the user quits.
func Run(load Loader) error { return nil }
