// Package ui is parallax's terminal reader; its sub-packages hold the panes,
// the SSH server (ui/server) and the printed reports (ui/report, ui/export).
package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/model"
)

// Loader produces what the reader shows. It runs in the background: it tells
// feed the stage it is at and hands it stories as they are cross-checked,
// and returns what went wrong once it has handed over everything. The
// reader is usable from the first story on. ctx ends when the reader quits
// (under Run); a loader still running should then stop.
type Loader func(ctx context.Context, feed Feed) []error

// Stage is what a loader is doing, for the reader to show.
type Stage int

// The stages of loading, in order.
const (
	StageStarting Stage = iota // nothing reported yet
	StageReading               // reading the inputs: done of total files, feeds and pages
	StageGrouping              // sorting total articles into stories
	StageChecking              // cross-checking: done of total stories
)

// Loaded is a Loader of an analysis already made, as over SSH, where the
// corpus is analysed once for every session.
func Loaded(a *model.Analysis) Loader {
	return func(_ context.Context, feed Feed) []error {
		feed.Add(a)
		return nil
	}
}

// Options are the per-program settings of a reader.
type Options struct {
	// Title names the story in the header instead of its earliest report's
	// title; it applies only when the loader hands over one story in all.
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

// Run opens the full-screen reader and blocks until the user quits, at
// once even while the loader is still at work: its context then ends.
func Run(load Loader, opts Options) error {
	return runProgram(load, opts)
}

// runProgram is Run with program options, for tests.
func runProgram(load Loader, opts Options, popts ...tea.ProgramOption) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if load != nil {
		inner := load
		load = func(_ context.Context, feed Feed) []error { return inner(ctx, feed) }
	}
	_, err := tea.NewProgram(New(load, opts), popts...).Run()
	return err
}
