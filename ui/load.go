package ui

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"parallax/model"
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
	f.q.mu.Lock()
	f.q.parts = append(f.q.parts, a)
	f.q.mu.Unlock()
	f.q.notify()
}

// feedQueue is what the loader has handed over and the reader not yet
// taken. The loader never waits on it: the reader takes everything at once.
type feedQueue struct {
	mu       sync.Mutex
	progress progress
	parts    []*model.Analysis
	ready    chan struct{} // holds a signal while something waits to be taken
}

func newFeedQueue() *feedQueue { return &feedQueue{ready: make(chan struct{}, 1)} }

func (q *feedQueue) notify() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// take empties the queue.
func (q *feedQueue) take() (progress, []*model.Analysis) {
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

// arrival is one story built for the reader and the analysis it came from.
type arrival struct {
	story    *story.Story
	analysis *model.Analysis
}

// arrivals builds the reader's stories of each analysis, off the UI
// goroutine: sanitising a story's text is the costly part of showing it.
func arrivals(parts ...*model.Analysis) []arrival {
	var out []arrival
	for _, a := range parts {
		if a == nil {
			continue
		}
		for _, s := range story.Split(a) {
			out = append(out, arrival{story: s, analysis: a})
		}
	}
	return out
}

// feedMsg is what the loader has handed over since the last one: the stage
// it is at and the stories it has finished. It carries the queue and the
// result to keep listening on, so the model holds no channels itself.
type feedMsg struct {
	progress progress
	stories  []arrival
	q        *feedQueue
	result   <-chan []error
	at       time.Time // when it was taken
}

// loadedMsg is the end of loading: the stories not yet handed over and
// what went wrong.
type loadedMsg struct {
	stories []arrival
	errs    []error
}

// whole is the end of a load that hands over one analysis, built as the
// loader's message would be.
func whole(a *model.Analysis, errs ...error) loadedMsg {
	return loadedMsg{stories: arrivals(a), errs: errs}
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
		return feedMsg{progress: p, stories: arrivals(parts...), q: q, result: result, at: time.Now()}
	}
}

// ended is the end of loading, with whatever the queue still holds.
func ended(q *feedQueue, errs []error) tea.Msg {
	_, parts := q.take()
	return loadedMsg{stories: arrivals(parts...), errs: errs}
}
