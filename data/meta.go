package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// sidecarName is the story-folder metadata file: a JSON list describing the
// folder's articles, as in the realnews clusters.
const sidecarName = "meta.json"

// maxSidecarSize caps meta.json; a story has a handful of entries.
const maxSidecarSize = 4 << 20

// sidecarEntry is one article's line in meta.json. Fields parallax does not
// use (dataset, bias labels) are ignored.
type sidecarEntry struct {
	File   string `json:"file"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Author string `json:"author"`
}

// sidecar is a parsed meta.json: fields by file name.
type sidecar map[string]fields

// parseSidecar reads a meta.json. Entries without a file name are ignored;
// a document that is not a list of objects is an error naming what is wrong.
func parseSidecar(raw []byte) (sidecar, error) {
	var entries []sidecarEntry
	if err := json.Unmarshal(raw, &entries); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return nil, fmt.Errorf("%w: want a list of {\"file\", \"outlet\", \"title\", \"date\", \"url\"} objects", ErrBadMeta)
		}
		return nil, fmt.Errorf("%w: %s", ErrBadMeta, oneLine(err.Error()))
	}
	out := make(sidecar, len(entries))
	for _, e := range entries {
		name := sidecarKey(e.File)
		if name == "" {
			continue
		}
		if _, dup := out[name]; dup {
			continue // the first entry for a file wins, as in front matter
		}
		out[name] = metaFields(e.Title, e.Outlet, e.Date, e.URL, e.Author)
	}
	return out, nil
}

// lookup returns the fields meta.json gives for the file at filePath, or nil.
func (s sidecar) lookup(filePath string) *fields {
	if s == nil {
		return nil
	}
	if f, ok := s[sidecarKey(filePath)]; ok {
		return &f
	}
	return nil
}

// sidecarKey reduces a file reference to its base name, so "reuters.txt",
// "./reuters.txt" and a full path to it all match.
func sidecarKey(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	return path.Base(filepath.ToSlash(name))
}

// oneLine folds any line breaks in a message into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
