package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The file rows of RELIABILITY.md that no other test covers: each hostile
// file is named with one clear line, or read cleanly, and the rest loads.

func TestReliabilityFiles(t *testing.T) {
	dir := t.TempDir()
	good := "Library reopens\n\nThe town library reopened on Monday after a new roof went on."
	write(t, dir, map[string]string{
		"good.txt":    good,
		"latin1.txt":  "Caf\xe9 reopens\n\nThe caf\xe9 on the quay reopened on Monday, its owner said.",
		"nuls.txt":    "Ferry update\n\nThe ferry\x00 ran on time on Monday, the operator said. " + strings.Repeat(paraA+" ", 10),
		"nul-run.txt": "Ferry update\n\n" + strings.Repeat("\x00", 400) + "The ferry ran.",
		"broken.html": strings.Repeat("<div>", 100_000) + "<p>" + paraA + "</p>",
	})
	sparse, err := os.Create(filepath.Join(dir, "sparse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sparse.Truncate(1 << 30); err != nil { // 1 GB, nothing written
		t.Fatal(err)
	}
	sparse.Close()
	loop := filepath.Join(dir, "loop")
	if err := os.Mkdir(loop, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(loop, "back")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
		t.Fatal(err)
	}

	docs, skipped := Load([]string{dir, filepath.Join(dir, "self.txt")})

	wantSkipped := []string{
		filepath.Join(dir, "broken.html") + ": unreadable HTML: html: open stack of elements exceeds 512 nodes",
		filepath.Join(dir, "nul-run.txt") + ": binary file, not an article",
		filepath.Join(dir, "sparse.txt") + ": file too large (1024 MB; limit 16 MB)",
		filepath.Join(dir, "self.txt") + ": too many levels of symbolic links",
	}
	if got := skippedLines(skipped); !slices.Equal(got, wantSkipped) {
		t.Errorf("skipped:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(wantSkipped, "\n  "))
	}
	byID := map[string]string{}
	for _, d := range docs {
		byID[d.ID] = d.Text
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) {
			t.Errorf("%s: text holds invalid UTF-8 or a NUL", d.ID)
		}
	}
	if got := ids(docs); !slices.Equal(got, []string{"good", "latin1", "nuls"}) {
		t.Errorf("loaded %v", got)
	}
	if !strings.Contains(byID["latin1"], "\ufffd on the quay reopened") {
		t.Errorf("invalid UTF-8 not replaced: %q", byID["latin1"])
	}
	if !strings.Contains(byID["nuls"], "The ferry ran on time") {
		t.Errorf("NULs not dropped: %q", byID["nuls"])
	}
}
