package main

import (
	"sync"

	"parallax/data"
	"parallax/model"
	"parallax/ui"
)

// streamStories cross-checks the documents story by story for the reader,
// handing each story over as soon as it is done, with the stage reached.
func streamStories(docs []model.Document, feed ui.Feed) {
	feed.Progress(ui.StageGrouping, 0, len(docs))
	done, total := 0, 0
	model.StreamGrouped(docs, model.DefaultConfig(), func(n int) {
		total = n
		feed.Progress(ui.StageChecking, 0, n)
	}, func(one *model.Analysis) {
		done++
		feed.Add(one)
		feed.Progress(ui.StageChecking, done, total)
	})
}

// readOutcome is what the reader's loader read, for run to report once the
// reader has quit, which may be while the loader is still at work.
type readOutcome struct {
	mu       sync.Mutex
	finished bool // the inputs have all been read
	skipped  []data.Skipped
	read     int
}

func (o *readOutcome) set(skipped []data.Skipped, read int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.finished, o.skipped, o.read = true, skipped, read
}

func (o *readOutcome) get() ([]data.Skipped, int, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.skipped, o.read, o.finished
}
