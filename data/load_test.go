package data

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"parallax/model"
)

// write creates files under dir from name → content.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func skippedLines(s []Skipped) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = x.Error()
	}
	return out
}

func ids(docs []model.Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

// failingSource is the real file system except that opening one file name
// is refused, which is how "permission denied" is tested as root too.
type failingSource struct {
	osSource
	fail string
}

func (s failingSource) Open(name string) (io.ReadCloser, error) {
	if filepath.Base(name) == s.fail {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return s.osSource.Open(name)
}

func TestLoadBadInputs(t *testing.T) {
	dir := t.TempDir()
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x80\x08\x06\x00\x00\x00"
	write(t, dir, map[string]string{
		"good.txt":      "Library reopens\n\nThe town library reopened on Monday after a new roof went on.",
		"notes.md":      "---\ntitle: Council notes\n---\nThe council met for an hour.",
		"page.txt":      page("<title>Oak planting</title>", paraA, paraB),
		"empty.txt":     "",
		"blank.txt":     " \n\n\t\n",
		"fm_only.md":    "---\ntitle: Nothing below\noutlet: Quiet Press\n---\n\n",
		"photo.txt":     png,
		"locked.txt":    "You should never read this text.",
		".hidden.txt":   "Hidden files are passed over.",
		"data.json":     `{"not": "an article"}`,
		"sub/deep.html": page("<title>Deep page</title>", paraA, paraB),
	})
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(50 << 20); err != nil { // sparse: no 50 MB written
		t.Fatal(err)
	}
	huge.Close()
	emptyDir := filepath.Join(t.TempDir(), "nothing-here")
	write(t, emptyDir, map[string]string{".draft.txt": "hidden", "chart.png": "not loaded", "meta.json": "[]"})
	missing := filepath.Join(dir, "no-such-file.txt")

	docs, skipped := load(failingSource{fail: "locked.txt"}, []string{dir, emptyDir, missing}, articleExts, nil)

	wantSkipped := []string{
		filepath.Join(dir, "blank.txt") + ": empty file",
		filepath.Join(dir, "empty.txt") + ": empty file",
		filepath.Join(dir, "fm_only.md") + ": no words after front matter",
		filepath.Join(dir, "huge.txt") + ": file too large (50 MB; limit 16 MB)",
		filepath.Join(dir, "locked.txt") + ": permission denied",
		filepath.Join(dir, "photo.txt") + ": binary file, not an article",
		emptyDir + ": no articles found",
		missing + ": no such file or directory",
	}
	if got := skippedLines(skipped); !slices.Equal(got, wantSkipped) {
		t.Errorf("skipped:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(wantSkipped, "\n  "))
	}
	for i, is := range []error{ErrEmpty, ErrEmpty, ErrNoWords, ErrTooLarge, fs.ErrPermission, ErrBinary, ErrNoArticles, fs.ErrNotExist} {
		if i < len(skipped) && !errors.Is(skipped[i].Reason, is) {
			t.Errorf("skipped[%d] reason %v is not %v", i, skipped[i].Reason, is)
		}
	}
	if got, want := ids(docs), []string{"good", "notes", "page", "deep"}; !slices.Equal(got, want) {
		t.Errorf("loaded %v, want %v", got, want)
	}
	for _, d := range docs {
		if d.ID == "page" && (d.Title != "Oak planting" || strings.Contains(d.Text, "<")) {
			t.Errorf("page.txt was not read as HTML: title %q, text %q", d.Title, d.Text)
		}
	}
}

func TestLoadSpecialPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"story/meta.json": "[]", "story/a.txt": "Alpha\n\nThe first report."})
	fifo := filepath.Join(dir, "pipe.txt")
	hasFifo := syscall.Mkfifo(fifo, 0o644) == nil
	paths := []string{filepath.Join(dir, "story", "meta.json")}
	want := []string{filepath.Join(dir, "story", "meta.json") + ": meta.json describes a story folder, it is not an article"}
	if hasFifo {
		paths = append(paths, fifo)
		want = append(want, fifo+": not a regular file")
	}
	_, skipped := Load(paths)
	if got := skippedLines(skipped); !slices.Equal(got, want) {
		t.Errorf("skipped %q, want %q", got, want)
	}
}

func TestLoadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads any file; failingSource covers this case")
	}
	dir := t.TempDir()
	write(t, dir, map[string]string{"locked.txt": "Closed text.", "open.txt": "Open\n\nReadable text."})
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	docs, skipped := Load([]string{dir})
	if want := []string{filepath.Join(dir, "locked.txt") + ": permission denied"}; !slices.Equal(skippedLines(skipped), want) {
		t.Errorf("skipped %q, want %q", skippedLines(skipped), want)
	}
	if len(docs) != 1 || docs[0].ID != "open" {
		t.Errorf("loaded %v, want [open]", ids(docs))
	}
}

func TestLoadStoryFolder(t *testing.T) {
	dir := filepath.Join("testdata", "story")
	docs, skipped := Load([]string{dir})
	if len(skipped) != 0 {
		t.Fatalf("skipped: %v", skipped)
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	want := []model.Document{
		{ // meta.json fills everything and its title beats the first line
			ID: "coastal_post", Path: filepath.Join(dir, "coastal_post.txt"), Outlet: "The Coastal Post",
			OutletSource: model.OutletFromMetadata, Title: "Bridge closure title from meta", Published: day(2023, 11, 2),
			URL: "https://coastalpost.example/bridge",
		},
		{ // front matter beats meta.json; meta.json fills what front matter lacks (url)
			ID: "riverside_times", Path: filepath.Join(dir, "riverside_times.md"), Outlet: "The Riverside Times",
			OutletSource: model.OutletFromMetadata, Title: "Mill bridge to close for six weeks", Published: day(2023, 11, 3),
			URL: "https://riverside.example/meta-url", Author: "Dana Okafor",
		},
		{ // not in meta.json: the dateline credit and the first line
			ID: "wire_copy", Path: filepath.Join(dir, "wire_copy.txt"), Outlet: "Associated Press",
			OutletSource: model.OutletFromText, Title: "Six-week closure for Old Mill Bridge",
		},
	}
	if len(docs) != len(want) {
		t.Fatalf("loaded %v, want 3 documents", ids(docs))
	}
	for i := range want {
		got := docs[i]
		if !got.Published.Equal(want[i].Published) {
			t.Errorf("%s: Published %v, want %v", got.ID, got.Published, want[i].Published)
		}
		got.Text, got.Published, want[i].Published = "", time.Time{}, time.Time{}
		if got != want[i] {
			t.Errorf("document %d\n got %+v\nwant %+v", i, got, want[i])
		}
	}
	if !strings.HasPrefix(docs[1].Text, "# A heading inside the body\n\nCounty crews") {
		t.Errorf("Markdown body not kept as written: %q", docs[1].Text)
	}

	one, err := LoadFile(filepath.Join(dir, "coastal_post.txt"))
	if err != nil || one.Outlet != "The Coastal Post" || one.Title != "Bridge closure title from meta" {
		t.Errorf("LoadFile = %q / %q, %v; want meta.json applied", one.Outlet, one.Title, err)
	}
	if _, err := LoadFile(dir); err == nil {
		t.Error("LoadFile on a directory: no error")
	}
	if _, err := LoadFile(filepath.Join(dir, "absent.txt")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("LoadFile on a missing file: %v", err)
	}
}

func TestLoadMalformedMeta(t *testing.T) {
	tests := []struct{ name, meta, reason string }{
		{"truncated", `[{"file": "a.txt", "outlet": "X"`, "malformed meta.json: unexpected end of JSON input"},
		{"object, not list", `{"file": "a.txt"}`, `malformed meta.json: want a list of {"file", "outlet", "title", "date", "url"} objects`},
		{"not JSON", "file: a.txt\n", "malformed meta.json: invalid character 'i' in literal false (expecting 'a')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, map[string]string{"meta.json": tt.meta, "a.txt": "Alpha\n\nA short report.", "b.txt": "Beta\n\nAnother report."})
			docs, skipped := Load([]string{dir})
			want := []string{filepath.Join(dir, "meta.json") + ": " + tt.reason}
			if got := skippedLines(skipped); !slices.Equal(got, want) {
				t.Errorf("skipped %q, want %q", got, want)
			}
			if got := ids(docs); !slices.Equal(got, []string{"a", "b"}) || docs[0].OutletSource != model.OutletFromFilename {
				t.Errorf("loaded %v (outlet source %v), want a and b by file name", got, docs[0].OutletSource)
			}
		})
	}
}

func TestLoadOrderAndDuplicateIDs(t *testing.T) {
	root := t.TempDir()
	body := "Report\n\nSomething happened on Tuesday."
	write(t, root, map[string]string{
		"order/b.txt": body, "order/a.txt": body, "order/C.txt": body, "order/10.txt": body, "order/9.md": body,
		"order/z/inner.txt": body, "order/m.htm": page("<title>M</title>", paraA, paraB),
		"one/report.txt": body, "two/report.txt": body, "three/report.md": body, "four/report-2.txt": body,
	})
	docs, skipped := Load([]string{
		filepath.Join(root, "order"),
		filepath.Join(root, "one"), filepath.Join(root, "two"),
		filepath.Join(root, "three", "report.md"),
		filepath.Join(root, "one", "report.txt"), // listed twice: loaded once
		filepath.Join(root, "four"),
	})
	if len(skipped) != 0 {
		t.Fatalf("skipped: %v", skipped)
	}
	want := []string{"10", "9", "C", "a", "b", "m", "inner", "report", "report-2", "report-3", "report-2-2"}
	if got := ids(docs); !slices.Equal(got, want) {
		t.Errorf("ids %v, want %v", got, want)
	}
	if p := docs[8].Path; p != filepath.Join(root, "two", "report.txt") {
		t.Errorf("report-2 is %s, want the second folder's file", p)
	}
}

func TestLoadWithProgress(t *testing.T) {
	type call struct{ done, total int }
	var calls []call
	docs, _ := LoadWithProgress([]string{filepath.Join("testdata", "story"), "testdata/absent"}, func(done, total int) {
		calls = append(calls, call{done, total})
	})
	want := []call{{0, 3}, {1, 3}, {2, 3}, {3, 3}}
	if !slices.Equal(calls, want) || len(docs) != 3 {
		t.Errorf("progress calls %v (docs %d), want %v", calls, len(docs), want)
	}
}

func TestSkippedIsOneLine(t *testing.T) {
	tests := []struct {
		s    Skipped
		want string
	}{
		{Skipped{"a.txt", ErrEmpty}, "a.txt: empty file"},
		{Skipped{"odd\nname.txt", ErrBinary}, `"odd\nname.txt": binary file, not an article`},
		{Skipped{"b.txt", errors.New("first line\nsecond line")}, "b.txt: first line second line"},
		{Skipped{"c.txt", nil}, "c.txt: unknown error"},
	}
	for _, tt := range tests {
		if got := tt.s.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestDemo(t *testing.T) {
	entries, err := fs.ReadDir(demoFS, "demo")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries {
		if !e.IsDir() && demoExts[path.Ext(e.Name())] {
			want = append(want, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
		}
	}
	_, skipped := load(fsSource{demoFS}, []string{"demo"}, demoExts, nil)
	if len(skipped) != 0 {
		t.Errorf("demo files skipped: %v", skipped)
	}
	docs := Demo()
	if got := ids(docs); !slices.Equal(got, want) {
		t.Fatalf("demo ids %v, want the demo files in name order %v", got, want)
	}
	for _, d := range docs {
		if d.OutletSource != model.OutletFromMetadata || d.Title == "" || d.Published.IsZero() || d.Words() < 50 {
			t.Errorf("demo %s: outlet %q (%s), title %q, published %v, %d words; want front matter metadata",
				d.ID, d.Outlet, d.OutletSource, d.Title, d.Published, d.Words())
		}
	}
}
