package data

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"parallax/model"
)

// gz compresses s.
func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A small dataset in the AllSides shape: "ID", "source", "authors".
const harbourJSONL = `{"ID": "hb1", "title": "Harbour bridge reopens", "source": "Lantern Wire", "date": "2021-03-04", "authors": "Ann Lee", "url": "https://lantern.example/bridge", "topic": "transport", "text": "The harbour bridge reopened on Tuesday after 14 months of repairs.\n\nThe works cost $212 million, the city said."}
{"ID": "hb2", "title": "Bridge open again", "source": "Daily Tattle", "date": "2021-03-05", "authors": ["Bo Park", "Cy Diaz"], "text": "Traffic crossed the harbour bridge again on Tuesday. Repairs took 14 months and cost $212 million."}

{"title": "No id here", "source": "Exchange Courier", "text": "A record without an id field is numbered by its place in the file."}
`

func TestLoadJSONLDefaultFields(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"news.jsonl": harbourJSONL})
	path := filepath.Join(dir, "news.jsonl")
	docs, skipped := Load([]string{path})
	if len(skipped) != 0 {
		t.Fatalf("skipped: %v", skippedLines(skipped))
	}
	if got, want := ids(docs), []string{"hb1", "hb2", "news-3"}; !slices.Equal(got, want) {
		t.Fatalf("ids %v, want %v", got, want)
	}
	d := docs[0]
	if d.Title != "Harbour bridge reopens" || d.Outlet != "Lantern Wire" || d.OutletSource != model.OutletFromMetadata ||
		d.Author != "Ann Lee" || d.URL != "https://lantern.example/bridge" ||
		!d.Published.Equal(time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first record: %+v", d)
	}
	if !strings.HasPrefix(d.Text, "The harbour bridge reopened") || !strings.Contains(d.Text, "\n\nThe works cost $212 million") {
		t.Errorf("text %q", d.Text)
	}
	if d.Path != path+"#hb1" {
		t.Errorf("path %q, want %q", d.Path, path+"#hb1")
	}
	if docs[1].Author != "Bo Park, Cy Diaz" {
		t.Errorf("a list of authors reads %q", docs[1].Author)
	}
	if docs[2].Path != path+"#news-3" || docs[2].Outlet != "Exchange Courier" {
		t.Errorf("third record: %+v", docs[2])
	}
	for _, d := range docs {
		checkDocument(t, d)
	}
}

func TestLoadJSONLFieldMap(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"scrape.ndjson": `{"content_original": "Ferry fares rise by 5% in May, the operator said.", "site": "Pipe and Basin", "headline": "Fares up", "text": "not this one"}` + "\n"})
	fm, err := ParseFieldMap("text=content_original, outlet=SITE")
	if err != nil {
		t.Fatal(err)
	}
	docs, skipped := LoadWith([]string{filepath.Join(dir, "scrape.ndjson")}, LoadOptions{Fields: fm})
	if len(skipped) != 0 || len(docs) != 1 {
		t.Fatalf("docs %v, skipped %v", ids(docs), skippedLines(skipped))
	}
	if d := docs[0]; d.Text != "Ferry fares rise by 5% in May, the operator said." || d.Outlet != "Pipe and Basin" || d.Title != "Fares up" {
		t.Errorf("mapped record: %+v", d)
	}
}

func TestParseFieldMap(t *testing.T) {
	fm, err := ParseFieldMap("text=body_html,Outlet = site,")
	if err != nil || fm["text"] != "body_html" || fm["outlet"] != "site" || len(fm) != 2 {
		t.Fatalf("got %v, %v", fm, err)
	}
	if fm, err := ParseFieldMap(""); err != nil || len(fm) != 0 {
		t.Errorf("empty: %v, %v", fm, err)
	}
	for spec, want := range map[string]string{
		"text":              `--fields: "text" is not field=name`,
		"text=":             `--fields: "text=" is not field=name`,
		"body=content":      `--fields: unknown field "body" (want id, title, text, outlet, date, url, author)`,
		"text=a,text=b":     "--fields: text given twice",
		"title=t,=nothing?": `--fields: "=nothing?" is not field=name`,
	} {
		if _, err := ParseFieldMap(spec); err == nil || err.Error() != want {
			t.Errorf("%q: error %v, want %q", spec, err, want)
		}
	}
}

func TestLoadJSONLBadRecords(t *testing.T) {
	dir := t.TempDir()
	good := `{"id": "ok%d", "source": "Lantern Wire", "text": "Record %d says the mill employs 40 people."}`
	lines := []string{
		fmt.Sprintf(good, 1, 1),
		`{"id": "broken", "text": "no closing brace"`,
		`["an", "array"]`,
		`{"id": "empty", "source": "Daily Tattle", "text": "   "}`,
		fmt.Sprintf(good, 2, 2),
		`{"id": "nested", "text": {"html": "<p>hi</p>"}}`,
		`{"id": "punct", "text": "— … —"}`,
		`null`,
		fmt.Sprintf(good, 3, 3),
	}
	write(t, dir, map[string]string{"mixed.jsonl": strings.Join(lines, "\n")})
	path := filepath.Join(dir, "mixed.jsonl")
	docs, skipped := Load([]string{path})
	if got, want := ids(docs), []string{"ok1", "ok2", "ok3"}; !slices.Equal(got, want) {
		t.Errorf("ids %v, want %v", got, want)
	}
	want := []string{
		path + ": line 2: not JSON (unexpected end of JSON input)",
		path + ": line 3: not a JSON object (a JSON array)",
		path + ": line 4: no text (looked for text, body, content, article)",
		path + ": line 6: no text (looked for text, body, content, article)",
		path + ": line 7: no words in text",
		path + ": line 8: not a JSON object (null)",
	}
	if got := skippedLines(skipped); !slices.Equal(got, want) {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var re *RecordError
	if !errors.As(skipped[0], &re) || re.Line != 2 || !errors.Is(skipped[0], errNotJSON) {
		t.Errorf("skipped[0] is not a RecordError at line 2: %#v", skipped[0].Reason)
	}
}

func TestLoadJSONLSummarisesManyBadRecords(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 1; i <= 30; i++ {
		switch {
		case i == 15:
			b.WriteString(`{"text": "The only good record: 3 boats."}` + "\n")
		case i > 25:
			b.WriteString("{oops\n")
		default:
			b.WriteString(`{"title": "nothing to read"}` + "\n")
		}
	}
	write(t, dir, map[string]string{"bad.jsonl": b.String()})
	path := filepath.Join(dir, "bad.jsonl")
	docs, skipped := Load([]string{path})
	if len(docs) != 1 || docs[0].ID != "bad-15" {
		t.Fatalf("docs %v", ids(docs))
	}
	if len(skipped) != maxListedSkips+1 {
		t.Fatalf("%d skipped lines, want %d listed and a summary: %v", len(skipped), maxListedSkips, skippedLines(skipped))
	}
	if got := skipped[maxListedSkips-1].Error(); got != path+": line 21: no text (looked for text, body, content, article)" {
		t.Errorf("last listed: %s", got)
	}
	if got, want := skipped[maxListedSkips].Error(), path+": 9 more bad records, lines 22-30 (5 not JSON, 4 no text)"; got != want {
		t.Errorf("summary:\n%s\nwant\n%s", got, want)
	}
}

func TestLoadJSONLPerRecordCap(t *testing.T) {
	dir := t.TempDir()
	// A 25 MB file of ordinary records loads: the cap is per record.
	var b strings.Builder
	para := strings.Repeat("The council approved 12 new crossings for the river district this spring. ", 60)
	n := 0
	for b.Len() < 25<<20 {
		n++
		fmt.Fprintf(&b, `{"id": "r%d", "source": "Lantern Wire", "text": %q}`+"\n", n, para)
	}
	// One record over the cap is skipped, and the one after it still loads.
	fmt.Fprintf(&b, `{"id": "huge", "text": "%s"}`+"\n", strings.Repeat("x", MaxFileSize))
	fmt.Fprintf(&b, `{"id": "after", "source": "Daily Tattle", "text": "Still read after the huge one."}`+"\n")
	write(t, dir, map[string]string{"big.jsonl": b.String()})
	path := filepath.Join(dir, "big.jsonl")
	docs, skipped := Load([]string{path})
	if len(docs) != n+1 || docs[n].ID != "after" || docs[n-1].ID != fmt.Sprintf("r%d", n) {
		t.Fatalf("%d docs (last %v), want %d and then \"after\"", len(docs), ids(docs[max(0, len(docs)-2):]), n+1)
	}
	want := fmt.Sprintf("%s: line %d: record too large (over 16 MB)", path, n+1)
	if got := skippedLines(skipped); len(got) != 1 || got[0] != want {
		t.Errorf("skipped %v, want %q", got, want)
	}
}

func TestLoadGzippedDatasets(t *testing.T) {
	dir := t.TempDir()
	csvText := "id,title,outlet,text\nc1,Mill hires,Lantern Wire,\"The mill hired 40 people.\"\n"
	write(t, dir, map[string]string{
		"news.jsonl.gz": gz(t, harbourJSONL),
		"rows.CSV.GZ":   gz(t, csvText),
	})
	docs, skipped := Load([]string{filepath.Join(dir, "news.jsonl.gz"), filepath.Join(dir, "rows.CSV.GZ")})
	if len(skipped) != 0 {
		t.Fatalf("skipped %v", skippedLines(skipped))
	}
	if got, want := ids(docs), []string{"hb1", "hb2", "news-3", "c1"}; !slices.Equal(got, want) {
		t.Errorf("ids %v, want %v", got, want)
	}
}

func TestLoadTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 1; i <= 2000; i++ {
		fmt.Fprintf(&b, `{"id": "n%d", "source": "Lantern Wire", "text": "Item %d: the depot moved %d crates."}`+"\n", i, i, i*7)
	}
	full := gz(t, b.String())
	write(t, dir, map[string]string{"cut.jsonl.gz": full[:len(full)*2/3], "notgz.jsonl.gz": "plain text, not gzip"})
	path := filepath.Join(dir, "cut.jsonl.gz")
	docs, skipped := Load([]string{path, filepath.Join(dir, "notgz.jsonl.gz")})
	if len(docs) < 100 || len(docs) >= 2000 || docs[0].ID != "n1" || docs[len(docs)-1].ID != fmt.Sprintf("n%d", len(docs)) {
		t.Fatalf("%d docs from a cut file, want the records before the cut, in order", len(docs))
	}
	want := []string{
		fmt.Sprintf("%s: line %d: unexpected EOF; the rest of the file was not read", path, len(docs)+1),
		filepath.Join(dir, "notgz.jsonl.gz") + ": not gzip data: gzip: invalid header",
	}
	if got := skippedLines(skipped); !slices.Equal(got, want) {
		t.Errorf("skipped %v\nwant %v", got, want)
	}
}

func TestLoadCSV(t *testing.T) {
	dir := t.TempDir()
	rows := "\uFEFFID,Title,Source,Date,Authors,Text,Extra\n" +
		"a1,Quay plan,Lantern Wire,2020-06-01,Ann Lee,\"The quay plan, first shown in May, adds 300 berths.\n\nWork starts \"\"soon\"\".\",x\n" +
		"a2,Short row,Daily Tattle\n" +
		"a3,Bare,Daily Tattle,2020-06-02,,Not \"quoted\" right,x\n" +
		"a4,Quay berths,Exchange Courier,2020-06-02,,The plan adds 300 berths to the quay.,x\n" +
		",,,,,,\n"
	write(t, dir, map[string]string{"rows.csv": rows})
	path := filepath.Join(dir, "rows.csv")
	docs, skipped := Load([]string{path})
	if got, want := ids(docs), []string{"a1", "a4"}; !slices.Equal(got, want) {
		t.Fatalf("ids %v, want %v", got, want)
	}
	if d := docs[0]; d.Title != "Quay plan" || d.Outlet != "Lantern Wire" || d.Author != "Ann Lee" ||
		d.Text != "The quay plan, first shown in May, adds 300 berths.\n\nWork starts \"soon\"." {
		t.Errorf("first row: %+v", d)
	}
	want := []string{
		path + ": line 5: wrong number of fields (3, the header has 7)",
		path + `: line 6: malformed CSV: bare " in non-quoted-field`,
		path + ": line 8: no text (looked for text, body, content, article)",
	}
	if got := skippedLines(skipped); !slices.Equal(got, want) {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadCSVWithoutTextColumn(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"meta.csv":  "name,when,where\nx,y,z\n",
		"empty.csv": "\n\n",
	})
	docs, skipped := Load([]string{filepath.Join(dir, "meta.csv"), filepath.Join(dir, "empty.csv")})
	want := []string{
		filepath.Join(dir, "meta.csv") + ": no text column (columns: name, when, where); name it with --fields text=COLUMN",
		filepath.Join(dir, "empty.csv") + ": empty file",
	}
	if got := skippedLines(skipped); len(docs) != 0 || !slices.Equal(got, want) {
		t.Errorf("docs %v, skipped %v", ids(docs), got)
	}
	fm, _ := ParseFieldMap("text=where")
	docs, skipped = LoadWith([]string{filepath.Join(dir, "meta.csv")}, LoadOptions{Fields: fm})
	if len(docs) != 1 || docs[0].Text != "z" || docs[0].Outlet != "Meta" || docs[0].OutletSource != model.OutletFromFilename {
		t.Errorf("mapped: %+v, skipped %v", docs, skippedLines(skipped))
	}
}

func TestWalkFindsDatasets(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a/story.txt":       "Dock strike ends\n\nThe strike ended after 9 days.",
		"a/more.jsonl.gz":   gz(t, `{"id": "z1", "text": "The strike lasted 9 days."}`+"\n"),
		"b/rows.csv":        "text\nDockers return on Monday.\n",
		"b/notes.gz":        gz(t, "not a dataset"),
		"b/archive.json.gz": gz(t, "[]"),
	})
	docs, skipped := Load([]string{dir})
	if got, want := ids(docs), []string{"z1", "story", "rows-1"}; !slices.Equal(got, want) || len(skipped) != 0 {
		t.Errorf("ids %v (want %v), skipped %v", got, want, skippedLines(skipped))
	}
	if _, err := LoadFile(filepath.Join(dir, "b", "rows.csv")); err == nil || !errors.Is(err, errDatasetFile) {
		t.Errorf("LoadFile on a dataset: %v", err)
	}
}

func TestJSONRecordKeysIgnoreCase(t *testing.T) {
	for _, line := range []string{
		`{"TEXT": "upper", "text": "lower", "Text": "title"}`,
		`{"Text": "title", "TEXT": "upper", "text": "lower"}`,
	} {
		r, err := parseJSONRecord([]byte(line))
		if err != nil {
			t.Fatal(err)
		}
		if v, _ := r.value("text"); v != "lower" {
			t.Errorf("%s: text is %q, want the lower-case key's", line, v)
		}
	}
	r, _ := parseJSONRecord([]byte(`{"Title": "T", "SOURCE": "S", "n": 12.5, "flag": true, "list": [1, "two", null, {"x": 1}, ["y"]]}`))
	for key, want := range map[string]string{"title": "T", "source": "S", "n": "12.5", "flag": "true", "list": "1, two"} {
		if v, ok := r.value(key); !ok || v != want {
			t.Errorf("%s = %q, %v; want %q", key, v, ok, want)
		}
	}
}

func TestLoadJSONLRepeatedIDs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"dup.jsonl": `{"id": 7, "text": "First of two records numbered 7."}
{"id": 7, "text": "Second of two records numbered 7."}
`})
	path := filepath.Join(dir, "dup.jsonl")
	docs, _ := Load([]string{path})
	if len(docs) != 2 || docs[0].ID != "7" || docs[1].ID != "7-2" || docs[0].Path != path+"#7" || docs[1].Path != path+"#7-2" {
		t.Errorf("docs %+v", docs)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 37527: "37,527", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestLoadDatasetUnreadable is an unopenable dataset: one line, nothing else.
func TestLoadDatasetUnreadable(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"locked.jsonl": `{"text": "x"}`})
	docs, skipped := loadWith(failingSource{fail: "locked.jsonl"}, []string{filepath.Join(dir, "locked.jsonl")}, articleExts, nil, nil)
	if want := filepath.Join(dir, "locked.jsonl") + ": permission denied"; len(docs) != 0 || len(skipped) != 1 || skipped[0].Error() != want {
		t.Errorf("docs %v, skipped %v", ids(docs), skippedLines(skipped))
	}
	if _, err := os.Stat(filepath.Join(dir, "locked.jsonl")); err != nil {
		t.Fatal(err)
	}
}

func TestIsNormalAgreesWithNormalize(t *testing.T) {
	for _, s := range []string{
		"", "plain ASCII\nand a tab\t.", "curly “quotes” — and café", "Cafe\u0301", "a\r\nb", "\uFEFFbom",
		"mid\uFEFFbom", "bad \xff byte", "esc \x1b[2J", "c1 \u009b", "del \x7f", "ok ünïcödé\nline two",
	} {
		if isNormal(s) && normalizeString(s) != s {
			t.Errorf("isNormal(%q) but normalising changes it to %q", s, normalizeString(s))
		}
		if !isNormal(s) && normalizeString(s) == s {
			t.Errorf("isNormal(%q) is false, but normalising leaves it as it is", s)
		}
	}
}
