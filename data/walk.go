package data

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

// articleExts are the extensions a directory walk loads. A file named
// directly is read whatever its extension and sniffed instead.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true, ".mkd": true,
	".html": true, ".htm": true, ".xhtml": true,
	".jsonl": true, ".ndjson": true, ".csv": true, // datasets, gzipped too (see wants)
}

// demoExts are the extensions loaded from the embedded demo folder.
var demoExts = map[string]bool{".md": true, ".txt": true, ".html": true}

// item is one step of a load in output order: a file to read, or an input
// that already failed while walking.
type item struct {
	path string
	dir  string // the folder whose meta.json applies
	skip error  // set when the walk itself failed
}

// walker expands input paths into files, in input order and, inside a
// directory, in name order.
type walker struct {
	src   source
	exts  map[string]bool
	items []item
	seen  map[string]bool // cleaned file paths already listed
}

// walk lists every path's files. A directory yields its article files
// recursively; hidden entries and meta.json are passed over, symbolic links to
// directories are not followed (they can loop), and a directory with no
// article anywhere below it is one skipped item.
func (w *walker) walk(paths []string) []item {
	for _, p := range paths {
		info, err := w.src.Stat(p)
		switch {
		case err != nil:
			w.items = append(w.items, item{path: p, skip: cause(err)})
		case info.IsDir():
			if n := w.walkDir(p); n == 0 {
				w.items = append(w.items, item{path: p, skip: ErrNoArticles})
			}
		case !info.Mode().IsRegular():
			w.items = append(w.items, item{path: p, skip: ErrNotRegular})
		case path.Base(filepath.ToSlash(p)) == sidecarName:
			w.items = append(w.items, item{path: p, skip: ErrSidecar})
		default:
			w.add(p, w.src.Dir(p))
		}
	}
	return w.items
}

// walkDir lists dir's article files and returns how many it found below it.
func (w *walker) walkDir(dir string) int {
	entries, err := w.src.ReadDir(dir)
	if err != nil {
		w.items = append(w.items, item{path: dir, skip: cause(err)})
		return -1 // reported already; not also "no articles found"
	}
	found := 0
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || name == sidecarName {
			continue
		}
		full := w.src.Join(dir, name)
		switch {
		case e.IsDir():
			if n := w.walkDir(full); n > 0 {
				found += n
			}
		case e.Type()&fs.ModeSymlink != 0:
			if info, err := w.src.Stat(full); err == nil && info.Mode().IsRegular() && w.wants(name) {
				found += w.add(full, dir)
			}
		case e.Type().IsRegular() && w.wants(name):
			found += w.add(full, dir)
		}
	}
	return found
}

// wants reports a file name the walk loads: one of its extensions, or a
// gzipped dataset whose inner extension is one.
func (w *walker) wants(name string) bool {
	if IsDataset(name) {
		return w.exts[extOf(strings.TrimSuffix(strings.ToLower(name), ".gz"))]
	}
	return w.exts[strings.ToLower(extOf(name))]
}

// add lists a file once, however many inputs lead to it.
func (w *walker) add(p, dir string) int {
	key := filepath.Clean(p)
	if w.seen[key] {
		return 1
	}
	w.seen[key] = true
	w.items = append(w.items, item{path: p, dir: dir})
	return 1
}

// extOf returns a file name's extension, dot included, for either separator.
func extOf(name string) string {
	return path.Ext(filepath.ToSlash(name))
}
