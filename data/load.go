// Package data turns files, folders and the embedded demo corpus into model documents.
package data

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"parallax/model"
)

// Skipped is an input that could not be read, with why.
type Skipped struct {
	Path   string
	Reason error
}

// Error reads as one line: "PATH: reason".
func (s Skipped) Error() string {
	reason := "unknown error"
	if s.Reason != nil {
		reason = oneLine(s.Reason.Error())
	}
	return printablePath(s.Path) + ": " + reason
}

// Unwrap gives the reason, so errors.Is(skipped, ErrEmpty) works.
func (s Skipped) Unwrap() error { return s.Reason }

// printablePath quotes a path holding control characters (a file name may
// contain a newline), which would otherwise break the one-line form.
func printablePath(p string) string {
	if strings.IndexFunc(p, isControl) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// Load reads every path, a file or a directory (read recursively, in name order).
// Inputs that cannot be read are returned as skipped; the rest still load.
func Load(paths []string) ([]model.Document, []Skipped) {
	return LoadWithProgress(paths, nil)
}

// LoadWithProgress is Load reporting progress for a spinner: once with
// done = 0 when the inputs have been listed, then after each file. progress
// may be nil; it is called from the calling goroutine only.
func LoadWithProgress(paths []string, progress func(done, total int)) ([]model.Document, []Skipped) {
	return LoadWith(paths, LoadOptions{Progress: progress})
}

// LoadOptions say how Load reads its inputs. The zero value is Load.
type LoadOptions struct {
	Fields   FieldMap              // dataset record keys other than the defaults (--fields)
	Progress func(done, total int) // as for LoadWithProgress; may be nil
}

// LoadWith is Load with options. Dataset files (.jsonl, .ndjson, .csv, and
// each gzipped) are read record by record, one document per record.
func LoadWith(paths []string, opts LoadOptions) ([]model.Document, []Skipped) {
	return loadWith(osSource{}, paths, articleExts, opts.Fields, opts.Progress)
}

// LoadFile reads one article file, with its folder's meta.json when present.
func LoadFile(path string) (model.Document, error) {
	if info, err := (osSource{}).Stat(path); err == nil && info.IsDir() {
		return model.Document{}, errIsDir
	}
	if IsDataset(path) {
		return model.Document{}, fmt.Errorf("%s: %w", path, errDatasetFile)
	}
	docs, skipped := load(osSource{}, []string{path}, articleExts, nil)
	if len(docs) == 1 {
		return docs[0], nil
	}
	for _, s := range skipped {
		if s.Path == path {
			return model.Document{}, s.Reason
		}
	}
	return model.Document{}, fmt.Errorf("%s: %w", path, ErrNoArticles)
}

// result is what loading one item produced: a document, or for a dataset
// file many, and what was skipped.
type result struct {
	docs  []model.Document
	skips []Skipped
}

// load is the loader behind Load and Demo: walk, read the story folders'
// meta.json files, read the articles in parallel, then settle IDs in order.
func load(src source, paths []string, exts map[string]bool, progress func(done, total int)) ([]model.Document, []Skipped) {
	return loadWith(src, paths, exts, nil, progress)
}

// loadWith is load reading dataset records under fm's names.
func loadWith(src source, paths []string, exts map[string]bool, fm FieldMap, progress func(done, total int)) ([]model.Document, []Skipped) {
	w := walker{src: src, exts: exts, seen: map[string]bool{}}
	items := withSidecars(src, w.walk(paths))

	total := 0
	for _, it := range items {
		if it.skip == nil && it.path != "" {
			total++
		}
	}
	if progress != nil {
		progress(0, total)
	}
	results := readAll(src, items, fm, progress, total)

	var docs []model.Document
	var skipped []Skipped
	ids := idSet{}
	for _, r := range results {
		skipped = append(skipped, r.skips...)
		for _, d := range r.docs {
			d.ID = ids.unique(d.ID)
			docs = append(docs, d)
		}
	}
	return docs, skipped
}

// loadedItem is an item with its folder's meta.json, once read.
type loadedItem struct {
	item
	side sidecar
}

// withSidecars reads the meta.json of every folder that has files to load,
// once per folder. A broken meta.json becomes a skipped line placed just
// before that folder's first file; the files still load without it.
func withSidecars(src source, items []item) []loadedItem {
	read := map[string]sidecar{}
	out := make([]loadedItem, 0, len(items))
	for _, it := range items {
		if it.skip != nil {
			out = append(out, loadedItem{item: it})
			continue
		}
		side, done := read[it.dir]
		if !done {
			var err error
			metaPath := src.Join(it.dir, sidecarName)
			side, err = readSidecar(src, metaPath)
			if err != nil {
				out = append(out, loadedItem{item: item{path: metaPath, skip: err}})
			}
			read[it.dir] = side
		}
		out = append(out, loadedItem{item: it, side: side})
	}
	return out
}

// readAll reads the files on a few goroutines and returns results in item
// order, calling progress from this goroutine as each file finishes.
func readAll(src source, items []loadedItem, fm FieldMap, progress func(done, total int), total int) []result {
	results := make([]result, len(items))
	jobs := make(chan int)
	finished := make(chan struct{})
	workers := min(runtime.GOMAXPROCS(0), max(total, 1))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = readItem(src, items[i], fm)
				finished <- struct{}{}
			}
		}()
	}
	go func() {
		for i, it := range items {
			if it.skip != nil {
				results[i] = result{skips: []Skipped{{Path: it.path, Reason: it.skip}}}
				continue
			}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(finished)
	}()
	done := 0
	for range finished {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	return results
}

// readItem reads and parses one file into a document or a skipped line, or
// a dataset file into its records' documents and skipped lines.
func readItem(src source, it loadedItem, fm FieldMap) result {
	if IsDataset(it.path) {
		docs, skips := readDataset(src, it.path, fm)
		return result{docs: docs, skips: skips}
	}
	a, err := readArticle(src, it.path)
	if err != nil {
		return result{skips: []Skipped{{Path: it.path, Reason: err}}}
	}
	return result{docs: []model.Document{a.document(it.path, baseID(it.path), it.side.lookup(it.path))}}
}

// idSet hands out document IDs, suffixing repeats: "reuters", "reuters-2".
type idSet map[string]bool

func (s idSet) unique(id string) string {
	if !s[id] {
		s[id] = true
		return id
	}
	for n := 2; ; n++ {
		if c := id + "-" + strconv.Itoa(n); !s[c] {
			s[c] = true
			return c
		}
	}
}

// errIsDir is returned by LoadFile for a directory.
var errIsDir = errors.New("is a directory")

// errDatasetFile is returned by LoadFile for a dataset, which holds many articles.
var errDatasetFile = errors.New("a dataset of many articles, not one article (use Load)")
