// Package data turns files, folders and the embedded demo corpus into model documents.
package data

import "parallax/model"

// Skipped is an input that could not be read, with why.
type Skipped struct {
	Path   string
	Reason error
}

// Error reads as one line: "PATH: reason".
func (s Skipped) Error() string { return s.Path + ": " + s.Reason.Error() }

// Load reads every path, a file or a directory (read recursively, in name order).
// Inputs that cannot be read are returned as skipped; the rest still load.
func Load(paths []string) ([]model.Document, []Skipped) { return nil, nil }

// Demo returns the embedded demo corpus.
func Demo() []model.Document { return nil }
