package fetch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"parallax/data"
)

// maxFeedsListSize caps the feeds list: a list of addresses is kilobytes.
const maxFeedsListSize = 1 << 20

// FeedsListPath is where the user's feeds list lives:
// $XDG_CONFIG_HOME/parallax/feeds, else ~/.config/parallax/feeds. It is ""
// when neither directory can be known.
func FeedsListPath() string {
	if dir := os.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "parallax", "feeds")
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".config", "parallax", "feeds")
}

// ReadFeedsList reads a feeds list: one URL or path per line, blank lines and
// lines starting with # ignored, and " # comment" after an entry dropped.
// Paths are made absolute: "~/" is the home directory, and a relative path is
// relative to the list's own folder. Repeated entries are listed once.
func ReadFeedsList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxFeedsListSize+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > maxFeedsListSize {
		return nil, fmt.Errorf("%w (over %s)", data.ErrTooLarge, byteSize(maxFeedsListSize))
	}
	home, _ := os.UserHomeDir()
	return parseFeedsList(raw, filepath.Dir(path), home), nil
}

// DefaultSources returns the user's feeds list, and true when the list
// exists and names at least one source; otherwise the caller falls back to
// the demo story.
func DefaultSources() ([]string, bool) {
	path := FeedsListPath()
	if path == "" {
		return nil, false
	}
	sources, err := ReadFeedsList(path)
	if err != nil || len(sources) == 0 {
		return nil, false
	}
	return sources, true
}

// parseFeedsList is the pure half of ReadFeedsList: entries of raw, with
// paths resolved against dir and "~/" against home.
func parseFeedsList(raw []byte, dir, home string) []string {
	raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	var out []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 4096), maxFeedsListSize+1)
	for sc.Scan() {
		entry := feedsListEntry(sc.Text())
		if entry == "" {
			continue
		}
		if !isWebAddress(entry) {
			entry = resolvePath(entry, dir, home)
		}
		if !seen[entry] {
			seen[entry] = true
			out = append(out, entry)
		}
	}
	return out
}

// feedsListEntry is one line without its comment and surrounding space. A #
// starts a comment at the line's start or after a space or tab; a # inside an
// address ("page#section") is kept.
func feedsListEntry(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
			break
		}
	}
	line = strings.TrimSpace(line)
	if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 || r == 0x7F }) {
		return "" // a control character cannot be part of a path typed into a list
	}
	return line
}

// resolvePath makes a list entry an absolute path.
func resolvePath(p, dir, home string) string {
	switch {
	case p == "~" && home != "":
		return home
	case strings.HasPrefix(p, "~/") && home != "":
		return filepath.Join(home, p[2:])
	case filepath.IsAbs(p) || dir == "":
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}
