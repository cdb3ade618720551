package ui

import (
	"context"

	"parallax/model"
	"parallax/ui/internal/search"
	"parallax/ui/internal/story"
)

// Shared is an analysis made ready to read once for every reader that shows
// it, as over SSH: its stories built (text sanitised, claims placed,
// entities counted) and the finder's index over them. Readers only read it,
// so any number of programs may show one at once; each keeps its own
// selection, marks and screen.
type Shared struct {
	stories []*story.Story
	corpus  *search.Corpus
}

// Share builds what every reader of an analysis shows, once. A nil
// analysis gives what a reader of nothing shows.
func Share(a *model.Analysis) *Shared {
	ss := story.Split(a)
	return &Shared{stories: ss, corpus: search.NewCorpus(ss)}
}

// Stories is the number of stories shared.
func (sh *Shared) Stories() int { return len(sh.stories) }

// Loader hands the shared stories to a reader, as Loaded hands over an
// analysis, without building them again.
func (sh *Shared) Loader() Loader {
	return func(_ context.Context, feed Feed) []error {
		if feed.q != nil {
			feed.q.add(handover{shared: sh})
		}
		return nil
	}
}
