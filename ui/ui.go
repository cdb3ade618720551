// Package ui is parallax's terminal reader: Bubble Tea programs and, later, the SSH server.
package ui

import (
	tea "charm.land/bubbletea/v2"

	"parallax/model"
)

// Loader produces the analysis to show. It runs in the background; progress
// reports how many inputs are done out of how many.
type Loader func(progress func(done, total int)) (*model.Analysis, []error)

// Options are the per-program settings of a reader.
type Options struct {
	// Title names the story in the header instead of its earliest report's title.
	Title string
}

// Run opens the full-screen reader and blocks until the user quits.
func Run(load Loader) error {
	_, err := tea.NewProgram(New(load, Options{})).Run()
	return err
}
