package report

import (
	"bufio"
	"encoding/json"
	"io"
	"iter"
	"runtime"

	"parallax/data/store"
	"parallax/model"
)

// StoryWriter writes an analysis as JSON Lines, one story a line: each line
// is that story's analysis in the --json shape (version, a "stories" list of
// one, its documents, entities, claims and groups), plus "marks" for the
// story's marked claims. Each line is flushed as it is written, so whoever
// reads the stream has every story as soon as it is done.
type StoryWriter struct {
	w     *bufio.Writer
	marks MarksFunc
}

// MarksFunc gives the reader's marks on one story's claims, keyed by claim
// ID, such as a store's MarksFor. It may be called on several goroutines.
type MarksFunc func(story *model.Analysis) (map[string]store.Mark, error)

// NewStoryWriter writes to w; marks may be nil for none.
func NewStoryWriter(w io.Writer, marks MarksFunc) *StoryWriter {
	return &StoryWriter{w: bufio.NewWriterSize(w, 64<<10), marks: marks}
}

// MarksIn is a MarksFunc picking a story's claims' marks out of marks for a
// whole analysis.
func MarksIn(marks map[string]store.Mark) MarksFunc {
	if len(marks) == 0 {
		return nil
	}
	return func(story *model.Analysis) (map[string]store.Mark, error) {
		var out map[string]store.Mark
		for _, c := range story.Claims {
			if m, ok := marks[c.ID]; ok {
				if out == nil {
					out = map[string]store.Mark{}
				}
				out[c.ID] = m
			}
		}
		return out, nil
	}
}

// Write writes one story's analysis, as Analysis.StoryAnalysis gives it, as one line.
func (sw *StoryWriter) Write(story *model.Analysis) error {
	line, err := sw.encode(story)
	if err != nil {
		return err
	}
	return sw.writeLine(line)
}

// encode is one story's line, newline included.
func (sw *StoryWriter) encode(story *model.Analysis) ([]byte, error) {
	var v any = story
	var marks map[string]store.Mark
	if sw.marks != nil {
		var err error
		if marks, err = sw.marks(story); err != nil {
			return nil, err
		}
	}
	if len(marks) > 0 {
		v = struct {
			*model.Analysis
			Marks map[string]store.Mark `json:"marks"`
		}{story, marks}
	}
	line, err := json.Marshal(v)
	return append(line, '\n'), err
}

func (sw *StoryWriter) writeLine(line []byte) error {
	if _, err := sw.w.Write(line); err != nil {
		return err
	}
	return sw.w.Flush()
}

// encoded is a story on its way to the writer: its line once a worker has
// encoded it.
type encoded struct {
	story *model.Analysis
	line  chan []byte
	err   error
}

// WriteFrom writes every story analysis received until stories is closed,
// in the order received. Stories are encoded on every core while earlier
// ones are written; a few are in flight at most. After a write fails it
// still drains the channel, so the goroutine feeding it never blocks, and
// returns the first error.
func (sw *StoryWriter) WriteFrom(stories <-chan *model.Analysis) error {
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *encoded)
	order := make(chan *encoded, 2*workers)
	for range workers {
		go func() {
			for e := range work {
				var line []byte
				line, e.err = sw.encode(e.story)
				e.story = nil
				e.line <- line
			}
		}()
	}
	go func() {
		for st := range stories {
			e := &encoded{story: st, line: make(chan []byte, 1)}
			work <- e // a worker has it before the writer can wait for it
			order <- e
		}
		close(work)
		close(order)
	}()
	var first error
	for e := range order {
		line := <-e.line
		if first == nil {
			first = e.err
		}
		if first == nil {
			first = sw.writeLine(line)
		}
	}
	return first
}

// WriteJSONL writes a whole analysis one story a line (see StoryWriter),
// encoding on every core. An analysis not split into stories is one line.
func WriteJSONL(w io.Writer, a *model.Analysis, marks map[string]store.Mark) error {
	stories := make(chan *model.Analysis)
	go func() {
		defer close(stories)
		for st := range Stories(a) {
			stories <- st
		}
	}()
	return NewStoryWriter(w, MarksIn(marks)).WriteFrom(stories)
}

// Stories yields an analysis story by story in one pass (model.EachStory).
func Stories(a *model.Analysis) iter.Seq[*model.Analysis] { return model.EachStory(a) }
