package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The store rows of RELIABILITY.md not covered elsewhere: a --db file that
// is truncated or not a database is refused with one line, and the command
// goes on without a store (main says so); a read-only one too.
func TestReliabilityStoreFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	s, err := Open(good)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.db")
	if err := os.WriteFile(truncated, raw[:len(raw)/3], 0o600); err != nil {
		t.Fatal(err)
	}
	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("shopping: eggs, flour, a new notebook\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	paths := []string{truncated, notDB}
	if os.Geteuid() != 0 { // root writes through file modes
		readOnly := filepath.Join(dir, "ro", "parallax.db")
		if err := os.MkdirAll(filepath.Dir(readOnly), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(readOnly, raw, 0o400); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(filepath.Dir(readOnly), 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(filepath.Dir(readOnly), 0o700) })
		paths = append(paths, readOnly)
	}
	for _, p := range paths {
		s, err := Open(p)
		if err == nil {
			// A store that opens must work; it may not fail later instead.
			_, err = s.MarksFor(LocalUser, nil)
			s.Close()
		}
		if err == nil {
			t.Errorf("%s opened and answered: want a refusal", filepath.Base(p))
			continue
		}
		if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %q is not one line naming the file", filepath.Base(p), err)
		}
		t.Logf("%s: %v", filepath.Base(p), err)
	}
}
