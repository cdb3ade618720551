// Package ui is parallax's terminal reader; its sub-packages hold the panes,
// the SSH server (ui/server) and the printed reports (ui/report, ui/export).
package ui

import (
	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/model"
)

// Loader produces the analysis to show. It runs in the background; progress
// reports how many inputs are done out of how many.
type Loader func(progress func(done, total int)) (*model.Analysis, []error)

// Options are the per-program settings of a reader.
type Options struct {
	// Title names the story in the header instead of its earliest report's
	// title; it applies only when the analysis holds one story.
	Title string
	// Marks is where the reader's stars, notes and read articles are kept.
	// nil gives the program its own store.NewMemory(), gone when it ends.
	Marks store.Marks
	// User is whose marks these are: store.LocalUser on the command line,
	// the public key's fingerprint over SSH. "" means store.LocalUser.
	User string
	// StoreProblem says why the store could not be used ("" when it could):
	// the reader shows it, since marks then last only as long as the program.
	StoreProblem string
	// OpenURL opens a web address in the user's browser. nil (over SSH, where
	// the browser is on the other machine) shows the link for the terminal
	// to follow instead.
	OpenURL func(url string) error
	// ExportDir is where w writes the story's HTML report; "" (over SSH)
	// turns w off.
	ExportDir string
}

// Run opens the full-screen reader and blocks until the user quits.
func Run(load Loader, opts Options) error {
	_, err := tea.NewProgram(New(load, opts)).Run()
	return err
}
