package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"parallax/data"
	"parallax/model"
)

// feedFileExts are the extensions of local files read as feeds or OPML.
// Any other path goes to data.Load.
var feedFileExts = map[string]bool{".xml": true, ".rss": true, ".atom": true, ".rdf": true, ".json": true, ".opml": true}

// Load reads every source: http(s) addresses of feeds, article pages and
// OPML outlines; local feed files (.xml, .rss, .atom, .rdf, .json) and OPML
// files; and, through data.Load, every other path. A feed becomes one
// document per item, with the item's page fetched when the feed carries only
// a summary. Sources that fail are returned as skipped with their reason and
// the rest still load.
//
// Documents come in source order, a feed's items in feed order; the plain
// paths are loaded together by data.Load and come as one block where the
// first of them was named. A page reached twice (an item in two feeds) is one
// document. IDs are unique: web documents take theirs from the address.
// The client's Limits are applied last: texts over the article size are
// cut, articles past the most a run reads are skipped, with a line each.
//
// progress may be nil. It is called from the calling goroutine only: once
// with done = 0, then as each fetch or file finishes. total grows while feeds
// and outlines reveal what they list, and done never passes it.
func Load(ctx context.Context, c *Client, sources []string, progress func(done, total int)) ([]model.Document, []data.Skipped) {
	if c == nil {
		c = NewClient(Options{})
	}
	l := &loader{ctx: ctx, c: c, events: make(chan event, 64), pages: map[string]*pageMemo{},
		cpu: make(chan struct{}, runtime.GOMAXPROCS(0))}
	var plain []string
	plainAt := -1
	total := 0
	for i, s := range sources {
		key := []int{i}
		switch {
		case isWebAddress(s):
			total++
			l.start(func() { l.webSource(key, s, 0) })
		case feedFileExts[strings.ToLower(filepath.Ext(s))] && isRegularFile(s):
			total++
			l.start(func() { l.fileSource(key, s) })
		default:
			if plainAt < 0 {
				plainAt = i
			}
			plain = append(plain, s)
		}
	}
	if len(plain) > 0 {
		l.start(func() { l.plainPaths([]int{plainAt}, plain) })
	}
	go func() {
		l.wg.Wait()
		close(l.events)
	}()

	done := 0
	if progress != nil {
		progress(done, total)
	}
	var outs []outcome
	for ev := range l.events {
		if ev.out != nil {
			outs = append(outs, *ev.out)
		}
		if ev.total == 0 && ev.done == 0 {
			continue
		}
		total += ev.total
		done = min(done+ev.done, total)
		if progress != nil {
			progress(done, total)
		}
	}
	docs, skipped := assemble(outs)
	docs, cut := c.opts.Limits.Apply(docs)
	return docs, append(skipped, cut...)
}

// event is what a job tells the collecting goroutine: more work found
// (total), work finished (done), and a result.
type event struct {
	total, done int
	out         *outcome
}

// outcome is what one job produced, placed by its key: the source's index,
// then the feed's within an outline, then the item's within a feed.
type outcome struct {
	key  []int
	docs []model.Document
	skip []data.Skipped
}

// loader runs one Load: a goroutine per job, the client bounding the
// requests in flight, and a memo so each address is fetched once.
type loader struct {
	ctx    context.Context
	c      *Client
	events chan event
	wg     sync.WaitGroup

	mu    sync.Mutex
	pages map[string]*pageMemo

	cpu chan struct{} // parsing slots: a feed of hundreds of items parses a few pages at a time
}

// parse runs CPU-heavy work (sniffing, extraction) in one of a few slots, so
// a big feed does not hold hundreds of page trees in memory at once.
func (l *loader) parse(work func()) {
	l.cpu <- struct{}{}
	defer func() { <-l.cpu }()
	work()
}

// pageMemo is one address's fetch, shared by every job that needs it.
type pageMemo struct {
	done chan struct{}
	page Page
	err  error
}

// start runs job on its own goroutine. A job starts its children before it
// returns, so the count never falls to zero while work remains.
func (l *loader) start(job func()) {
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		job()
	}()
}

// emit reports a result and the units of progress it completes.
func (l *loader) emit(key []int, docs []model.Document, skips []data.Skipped, done int) {
	l.events <- event{done: done, out: &outcome{key: key, docs: docs, skip: skips}}
}

// skip reports one failed unit.
func (l *loader) skip(key []int, path string, err error) {
	l.emit(key, nil, []data.Skipped{{Path: path, Reason: err}}, 1)
}

// get fetches an address once per Load, however many jobs ask for it.
func (l *loader) get(u string) (Page, error) {
	l.mu.Lock()
	m, ok := l.pages[u]
	if !ok {
		m = &pageMemo{done: make(chan struct{})}
		l.pages[u] = m
	}
	l.mu.Unlock()
	if !ok {
		m.page, m.err = l.c.Get(l.ctx, u)
		close(m.done)
	}
	<-m.done
	return m.page, m.err
}

// assemble orders the outcomes by key, drops a page met twice and repeated
// skip lines, and makes the IDs unique in that order.
func assemble(outs []outcome) ([]model.Document, []data.Skipped) {
	slices.SortStableFunc(outs, func(a, b outcome) int { return slices.Compare(a.key, b.key) })
	var docs []model.Document
	var skipped []data.Skipped
	seenPath, seenSkip, ids := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, o := range outs {
		for _, d := range o.docs {
			if isWebAddress(d.Path) {
				if seenPath[d.Path] {
					continue
				}
				seenPath[d.Path] = true
			}
			d.ID = uniqueID(ids, d.ID)
			docs = append(docs, d)
		}
		for _, s := range o.skip {
			if line := s.Error(); !seenSkip[line] {
				seenSkip[line] = true
				skipped = append(skipped, s)
			}
		}
	}
	return docs, skipped
}

// uniqueID suffixes a repeated ID as data does: "reuters", "reuters-2".
func uniqueID(ids map[string]bool, id string) string {
	c := id
	for n := 2; ids[c]; n++ {
		c = id + "-" + strconv.Itoa(n)
	}
	ids[c] = true
	return c
}

// readFile reads a local feed or OPML file, capped like every file data reads.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathCause(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, data.MaxFileSize+1))
	switch {
	case err != nil:
		return nil, pathCause(err)
	case len(raw) > data.MaxFileSize:
		return nil, fmt.Errorf("%w (over %s)", data.ErrTooLarge, byteSize(data.MaxFileSize))
	case strings.TrimSpace(string(raw)) == "":
		return nil, data.ErrEmpty
	}
	return raw, nil
}

// pathCause drops the operation and path an *fs.PathError repeats: the
// skipped line already starts with the path.
func pathCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil {
		return pe.Err
	}
	return err
}

// isRegularFile reports a path that names a readable-looking regular file.
func isRegularFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
