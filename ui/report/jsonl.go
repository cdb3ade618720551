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

// Stories yields an analysis story by story, each exactly as
// a.StoryAnalysis(id) returns it, in the analysis's story order. It sorts
// everything into stories in one pass, where calling StoryAnalysis for each
// story would go over the whole analysis once per story. An analysis
// without stories is yielded whole.
func Stories(a *model.Analysis) iter.Seq[*model.Analysis] {
	return func(yield func(*model.Analysis) bool) {
		if a == nil {
			return
		}
		if len(a.Stories) == 0 {
			yield(a)
			return
		}
		b := bucket(a)
		for k, st := range a.Stories {
			one := model.NewAnalysis(pick(a.Documents, b.docs[k]), b.entities[k], pick(a.Claims, b.claims[k]), pick(a.Groups, b.groups[k]))
			one.Stories = []model.Story{st}
			b.entities[k] = nil
			if !yield(one) {
				return
			}
		}
	}
}

// pick copies the items at the given indexes, nil for none as StoryAnalysis gives.
func pick[T any](all []T, at []int32) []T {
	if len(at) == 0 {
		return nil
	}
	out := make([]T, len(at))
	for i, j := range at {
		out[i] = all[j]
	}
	return out
}

// buckets are where an analysis's parts go, by story index: indexes into
// its documents, claims and groups (so the analysis is not copied whole),
// and each story's entities with their mentions in it.
type buckets struct {
	docs, claims, groups [][]int32
	entities             [][]model.Entity
}

// bucket sorts documents, claims, groups and entity mentions into their
// stories, keeping the analysis's order within each, as StoryAnalysis does.
func bucket(a *model.Analysis) buckets {
	n := len(a.Stories)
	b := buckets{docs: make([][]int32, n), claims: make([][]int32, n), groups: make([][]int32, n),
		entities: make([][]model.Entity, n)}
	storyOf := make(map[string]int, len(a.Documents))
	for k := len(a.Stories) - 1; k >= 0; k-- { // a document is in one story; listed twice, the first counts
		for _, id := range a.Stories[k].Documents {
			storyOf[id] = k
		}
	}
	for i, d := range a.Documents {
		if k, ok := storyOf[d.ID]; ok {
			b.docs[k] = append(b.docs[k], int32(i))
		}
	}
	for i, c := range a.Claims {
		if k, ok := storyOf[c.Doc]; ok {
			b.claims[k] = append(b.claims[k], int32(i))
		}
	}
	for i, g := range a.Groups {
		if len(g.Claims) == 0 {
			continue
		}
		if c, ok := a.Claim(g.Claims[0]); ok {
			if k, ok := storyOf[c.Doc]; ok {
				b.groups[k] = append(b.groups[k], int32(i))
			}
		}
	}
	for _, e := range a.Entities {
		var per map[int][]model.Mention
		var order []int
		for _, m := range e.Mentions {
			k, ok := storyOf[m.Doc]
			if !ok {
				continue
			}
			if per == nil {
				per = map[int][]model.Mention{}
			}
			if _, seen := per[k]; !seen {
				order = append(order, k)
			}
			per[k] = append(per[k], m)
		}
		for _, k := range order {
			one := e
			one.Mentions = per[k]
			b.entities[k] = append(b.entities[k], one)
		}
	}
	return b
}
