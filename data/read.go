package data

import (
	"errors"
	"io"
	"io/fs"
	"strings"
)

// readArticle reads one file and parses it as HTML or text. The size is
// checked before reading, so a huge file costs a stat, not its contents.
func readArticle(src source, path string) (article, error) {
	raw, err := readCapped(src, path, MaxFileSize)
	if err != nil {
		return article{}, err
	}
	if strings.TrimSpace(string(raw)) == "" {
		return article{}, ErrEmpty
	}
	if looksBinary(raw) {
		return article{}, ErrBinary
	}
	switch ext := strings.ToLower(extOf(path)); {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		return parseHTML(raw)
	case isMarkdown(path):
		return parseText(raw, true)
	case looksHTML(raw):
		return parseHTML(raw)
	default:
		return parseText(raw, false)
	}
}

// readCapped reads a whole file of at most limit bytes. A file that is larger,
// by its size on disk or by growing while read, is refused with its size.
func readCapped(src source, path string, limit int64) ([]byte, error) {
	info, err := src.Stat(path)
	if err != nil {
		return nil, cause(err)
	}
	if !info.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	if info.Size() > limit {
		return nil, tooLarge(info.Size())
	}
	if info.Size() == 0 {
		return nil, ErrEmpty
	}
	f, err := src.Open(path)
	if err != nil {
		return nil, cause(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, cause(err)
	}
	if int64(len(raw)) > limit {
		return nil, tooLarge(info.Size())
	}
	return raw, nil
}

// readSidecar reads and parses a folder's meta.json. A folder without one is
// not an error: it returns nil.
func readSidecar(src source, path string) (sidecar, error) {
	info, err := src.Stat(path)
	if err != nil {
		if isNotExist(err) {
			return nil, nil
		}
		return nil, cause(err)
	}
	if info.IsDir() {
		return nil, nil
	}
	raw, err := readCapped(src, path, maxSidecarSize)
	if err != nil {
		return nil, err
	}
	return parseSidecar(raw)
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
