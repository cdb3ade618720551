package ui

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"parallax/model"
	"parallax/ui/internal/search"
	"parallax/ui/internal/story"
)

// feedEvery is how often at most the reader takes what the loader has
// handed over: stories finishing by the hundred come in a few batches a
// second, not a redraw each.
const feedEvery = 100 * time.Millisecond

// Feed is how a Loader hands the reader its progress and its stories. Its
// methods may be called from any goroutine and never wait for the reader.
type Feed struct{ q *feedQueue }

// Progress reports the stage loading is at and how far it has got; only
// the latest report is shown.
func (f Feed) Progress(s Stage, done, total int) {
	if f.q == nil {
		return
	}
	f.q.mu.Lock()
	f.q.progress = progress{stage: s, done: done, total: total}
	f.q.mu.Unlock()
	f.q.notify()
}

// Add hands over finished stories: one story's analysis as model.Stream
// emits it, or a whole analysis of several. Every analysis handed to one
// reader must number claims, groups and entities as one pile, as Stream
// and Analyze do, and hold stories new to it. A nil analysis adds nothing.
func (f Feed) Add(a *model.Analysis) {
	if f.q == nil || a == nil {
		return
	}
	f.q.add(handover{analysis: a})
}

// feedQueue is what the loader has handed over and the reader not yet
// taken. The loader never waits on it: the reader takes everything at once.
type feedQueue struct {
	mu       sync.Mutex
	progress progress
	parts    []handover
	ready    chan struct{} // holds a signal while something waits to be taken
}

// handover is one thing a loader handed over: an analysis to build the
// reader's stories of, or stories built already and shared.
type handover struct {
	analysis *model.Analysis
	shared   *Shared
}

func newFeedQueue() *feedQueue { return &feedQueue{ready: make(chan struct{}, 1)} }

func (q *feedQueue) notify() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// add queues a handover.
func (q *feedQueue) add(h handover) {
	q.mu.Lock()
	q.parts = append(q.parts, h)
	q.mu.Unlock()
	q.notify()
}

// take empties the queue.
func (q *feedQueue) take() (progress, []handover) {
	q.mu.Lock()
	defer q.mu.Unlock()
	parts := q.parts
	q.parts = nil
	return q.progress, parts
}

// progress is a loader's latest report.
type progress struct {
	stage       Stage
	done, total int
}

// arrivals builds the reader's stories of what was handed over, off the UI
// goroutine: sanitising a story's text is the costly part of showing it.
// Shared stories are taken as they are; when they are all that came, the
// finder's index over them comes too.
func arrivals(parts ...handover) ([]*story.Story, *search.Corpus) {
	var out []*story.Story
	for _, h := range parts {
		switch {
		case h.shared != nil:
			out = append(out, h.shared.stories...)
		case h.analysis != nil:
			out = append(out, story.Split(h.analysis)...)
		}
	}
	if len(parts) == 1 && parts[0].shared != nil {
		return out, parts[0].shared.corpus
	}
	return out, nil
}

// built is the stories of analyses, built here.
func built(parts ...*model.Analysis) []*story.Story {
	hs := make([]handover, len(parts))
	for i, a := range parts {
		hs[i] = handover{analysis: a}
	}
	out, _ := arrivals(hs...)
	return out
}

// feedMsg is what the loader has handed over since the last one: the stage
// it is at and the stories it has finished. It carries the queue and the
// result to keep listening on, so the model holds no channels itself.
type feedMsg struct {
	progress progress
	stories  []*story.Story
	index    *search.Corpus // the finder's index of stories, when they came built and shared
	q        *feedQueue
	result   <-chan []error
	at       time.Time // when it was taken
}

// loadedMsg is the end of loading: the stories not yet handed over and
// what went wrong.
type loadedMsg struct {
	stories []*story.Story
	index   *search.Corpus // as in feedMsg
	errs    []error
}

// whole is the end of a load that hands over one analysis, built as the
// loader's message would be.
func whole(a *model.Analysis, errs ...error) loadedMsg {
	return loadedMsg{stories: built(a), errs: errs}
}

// errMsg is an error to show in the error line.
type errMsg struct{ err error }

// startLoad runs the loader in the background and reports what it hands
// over. A loader that panics becomes an error in the UI, not a crash.
func startLoad(load Loader) tea.Cmd {
	return func() tea.Msg {
		q := newFeedQueue()
		result := make(chan []error, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					result <- []error{fmt.Errorf("loading failed: %v", r)}
				}
			}()
			if load == nil {
				result <- []error{errors.New("nothing to load")}
				return
			}
			result <- load(context.Background(), Feed{q})
		}()
		return waitLoad(q, result, time.Time{})()
	}
}

// waitLoad waits for the loader to hand something over, no sooner than
// feedEvery after the last time, or for it to end.
func waitLoad(q *feedQueue, result <-chan []error, last time.Time) tea.Cmd {
	return func() tea.Msg {
		select {
		case <-q.ready:
		case errs := <-result:
			return ended(q, errs)
		}
		if d := time.Until(last.Add(feedEvery)); d > 0 {
			select {
			case <-time.After(d):
			case errs := <-result:
				return ended(q, errs)
			}
		}
		p, parts := q.take()
		stories, index := arrivals(parts...)
		return feedMsg{progress: p, stories: stories, index: index, q: q, result: result, at: time.Now()}
	}
}

// ended is the end of loading, with whatever the queue still holds.
func ended(q *feedQueue, errs []error) tea.Msg {
	_, parts := q.take()
	stories, index := arrivals(parts...)
	return loadedMsg{stories: stories, index: index, errs: errs}
}
