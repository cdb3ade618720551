package model

import (
	"fmt"
	"runtime"
	"sync"

	"parallax/model/entity"
	"parallax/model/story"
	"parallax/model/text"
	"parallax/model/verdict"
)

// Config holds every threshold, weight and limit of the cross-check: the
// alignment and verdict settings chosen by the sweep (verdict.Config) and
// reading settings chosen by it too, and the limits that keep any input
// within bounded time and memory.
type Config struct {
	verdict.Config

	// MeasureReach is how many content words either side of a figure, inside
	// its clause, say what it measures ("the total wall funding will now come
	// to about $8 billion").
	MeasureReach int

	// MaxFiguresPerSentence is how many figures and dates of one sentence
	// become facts; a sentence listing more is a table or a run-on, and the
	// rest are left out with a note on the document.
	MaxFiguresPerSentence int
	// MaxClaimsPerStory is how many claims of one story are cross-checked;
	// claims past it are shown as single, with a note on the story.
	MaxClaimsPerStory int
}

// DefaultConfig is the configuration chosen by the sweep over the judged
// stories, with limits no real story comes near.
func DefaultConfig() Config {
	return Config{Config: verdict.DefaultConfig(), MeasureReach: 5, MaxFiguresPerSentence: 12, MaxClaimsPerStory: 20000}
}

// Analyze cross-checks the documents of a pile: it sorts them into stories,
// then, story by story on every core, finds the entities and facts of each
// document, aligns facts that state the same thing across outlets and judges
// each group. The documents are not modified.
func Analyze(docs []Document) *Analysis {
	return AnalyzeWith(docs, DefaultConfig())
}

// AnalyzeWith is Analyze with the given configuration.
func AnalyzeWith(docs []Document, cfg Config) *Analysis {
	docs = distinctIDs(docs)
	c := newCollector(docs)
	stream(docs, cfg, nil, c.add)
	return c.analysis()
}

// Stream is Analyze one story at a time: it calls emit with each story's
// analysis (its documents, entities, claims and groups, numbered as Analyze
// numbers them) in story order, from the calling goroutine, as soon as the
// story and those before it are done. A story's working data is released
// once it is emitted, so memory follows the largest story, not the pile.
func Stream(docs []Document, cfg Config, emit func(*Analysis)) {
	stream(distinctIDs(docs), cfg, nil, emit)
}

// StreamGrouped is Stream that first calls grouped, from the calling
// goroutine, with the number of stories the pile holds, once it is sorted
// into them and before any is emitted: a reader can then say how far the
// cross-check has got.
func StreamGrouped(docs []Document, cfg Config, grouped func(stories int), emit func(*Analysis)) {
	stream(distinctIDs(docs), cfg, grouped, emit)
}

// stream is Stream on documents whose IDs are already distinct; grouped
// may be nil.
func stream(docs []Document, cfg Config, grouped func(int), emit func(*Analysis)) {
	// Names are found document by document on the other cores while the
	// pile is sorted into stories.
	names := make([][]entity.Mention, len(docs))
	found := make(chan struct{})
	go func() {
		parallel(len(docs), func(i int) { names[i] = entity.Find(docs[i].ID, docs[i].Text) })
		close(found)
	}()
	g := groupStories(docs)
	g.apply(docs)
	<-found
	if grouped != nil {
		grouped(len(g.stories))
	}
	byID := make(map[string]int, len(docs))
	for i, d := range docs {
		byID[d.ID] = i
	}

	type done struct {
		k    int
		work storyWork
	}
	results := make(chan done, runtime.GOMAXPROCS(0))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(g.stories)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := text.NewStemmer() // one per worker: its memory of words lasts the run
			for k := range jobs {
				members := make([]Document, 0, len(g.stories[k].Documents))
				var mentions []entity.Mention
				for _, id := range g.stories[k].Documents {
					i := byID[id]
					members = append(members, docs[i])
					mentions = append(mentions, names[i]...)
					// Each document is in one story: let go of what
					// the pile no longer needs as soon as its story
					// has it, so the heap shrinks as the run goes on.
					docs[i], names[i] = Document{}, nil
				}
				results <- done{k, crossCheck(members, mentions, cfg, st)}
			}
		}()
	}
	go func() {
		for k := range g.stories {
			jobs <- k
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	var n numbering
	pending := map[int]storyWork{}
	next := 0
	for r := range results {
		pending[r.k] = r.work
		for w, ok := pending[next]; ok; w, ok = pending[next] {
			delete(pending, next)
			emit(n.number(g.stories[next], w))
			next++
		}
	}
}

// grouping is the stories of a pile and its wire copies.
type grouping struct {
	stories []Story
	copyOf  map[string]string // document ID -> the document it copies
}

// groupStories sorts the documents into stories (same event, not just same
// topic) and finds wire copies. It only reads the documents.
func groupStories(docs []Document) grouping {
	arts := make([]story.Article, len(docs))
	for i, d := range docs {
		arts[i] = story.Article{ID: d.ID, Outlet: d.Outlet, Title: d.Title, Text: d.Text, Published: d.Published}
	}
	grouped, copies := story.GroupCopies(arts)
	copyOf := make(map[string]string, len(copies))
	for _, c := range copies {
		copyOf[c.ID] = c.Of
	}
	out := grouping{stories: make([]Story, len(grouped)), copyOf: copyOf}
	for k, g := range grouped {
		out.stories[k] = Story{ID: g.ID, Title: g.Title, Documents: g.Articles}
	}
	return out
}

// apply writes each document's story and, for copies, its original.
func (g grouping) apply(docs []Document) {
	index := make(map[string]int, len(docs))
	for i, d := range docs {
		index[d.ID] = i
	}
	for _, st := range g.stories {
		for _, id := range st.Documents {
			docs[index[id]].Story = st.ID
			docs[index[id]].CopyOf = g.copyOf[id]
		}
	}
}

// parallel runs f(0..n-1) on all cores; f must only write to its own index.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// distinctIDs returns the documents with unique IDs and non-empty outlets,
// copying only when something must change.
func distinctIDs(docs []Document) []Document {
	out := make([]Document, len(docs))
	seen := make(map[string]int, len(docs))
	for i, d := range docs {
		if d.ID == "" {
			d.ID = fmt.Sprintf("doc%d", i+1)
		}
		if n := seen[d.ID]; n > 0 {
			seen[d.ID] = n + 1
			d.ID = fmt.Sprintf("%s-%d", d.ID, n+1)
		}
		seen[d.ID]++
		if d.Outlet == "" {
			d.Outlet = d.ID
		}
		out[i] = d
	}
	return out
}
