package data

import (
	"errors"
	"fmt"
)

// Reasons an input is skipped. Messages are short and lower-case so they read
// well after "PATH: ". Use errors.Is to tell them apart.
var (
	// ErrEmpty is a file with nothing in it but blank space.
	ErrEmpty = errors.New("empty file")
	// ErrBinary is a file whose bytes are not text.
	ErrBinary = errors.New("binary file, not an article")
	// ErrTooLarge is a file over MaxFileSize; the wrapping error gives the sizes.
	ErrTooLarge = errors.New("file too large")
	// ErrNoArticles is a directory with no article files in it.
	ErrNoArticles = errors.New("no articles found")
	// ErrNoWords is text with no letters or digits, such as front matter alone.
	ErrNoWords = errors.New("no words")
	// ErrNotRegular is a path that is neither a regular file nor a directory.
	ErrNotRegular = errors.New("not a regular file")
	// ErrSidecar is a meta.json named as an input: it describes articles, it is not one.
	ErrSidecar = errors.New("meta.json describes a story folder, it is not an article")
	// ErrBadMeta is a meta.json that cannot be read; the folder's files still load without it.
	ErrBadMeta = errors.New("malformed meta.json")
)

// MaxFileSize is the largest file Load reads. News articles are kilobytes;
// anything near this size is a mistaken path, and reading it would stall the UI.
const MaxFileSize = 16 << 20

// tooLarge says how far over the cap a file is, in whole megabytes.
func tooLarge(size int64) error {
	return fmt.Errorf("%w (%s; limit %s)", ErrTooLarge, megabytes(size), megabytes(MaxFileSize))
}

func megabytes(n int64) string {
	const mb = 1 << 20
	if n%mb == 0 || n >= 10*mb {
		return fmt.Sprintf("%d MB", (n+mb/2)/mb)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/mb)
}
