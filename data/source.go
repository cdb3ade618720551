package data

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// source is where the loader reads from: the real file system for Load, the
// embedded demo for Demo, and a failing stand-in in tests, which is how an
// unreadable file is tested even when the tests run as root.
type source interface {
	Stat(name string) (fs.FileInfo, error) // follows symbolic links
	Open(name string) (io.ReadCloser, error)
	ReadDir(name string) ([]fs.DirEntry, error) // sorted by name
	Join(elem ...string) string
	Dir(name string) string
}

// osSource reads the operating system's files.
type osSource struct{}

func (osSource) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osSource) Open(name string) (io.ReadCloser, error)    { return os.Open(name) }
func (osSource) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osSource) Join(elem ...string) string                 { return filepath.Join(elem...) }
func (osSource) Dir(name string) string                     { return filepath.Dir(name) }

// fsSource reads an fs.FS such as the embedded demo; names use forward slashes.
type fsSource struct{ fsys fs.FS }

func (s fsSource) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(s.fsys, name) }
func (s fsSource) Open(name string) (io.ReadCloser, error)    { return s.fsys.Open(name) }
func (s fsSource) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(s.fsys, name) }
func (fsSource) Join(elem ...string) string                   { return path.Join(elem...) }
func (fsSource) Dir(name string) string                       { return path.Dir(name) }

// cause strips the operation and path an *fs.PathError repeats, so a skipped
// line reads "PATH: no such file or directory" rather than naming PATH twice.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil {
		return pe.Err
	}
	return err
}
