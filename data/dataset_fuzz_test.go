package data

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// checkDatasetLoad loads raw as the dataset name and asserts what holds for
// any bytes: no panic, every document sound and unique, every skipped line
// one line about this file, record errors in file order within the file.
func checkDatasetLoad(t *testing.T, name string, raw []byte, fm FieldMap) {
	t.Helper()
	src := fsSource{fstest.MapFS{name: {Data: raw}}}
	docs, skipped := loadWith(src, []string{name}, articleExts, fm, nil)
	seen := map[string]bool{}
	for _, d := range docs {
		checkDocument(t, d)
		if seen[d.ID] {
			t.Fatalf("ID %q twice", d.ID)
		}
		seen[d.ID] = true
		if !strings.HasPrefix(d.Path, name+"#") {
			t.Fatalf("path %q is not %s#ID", d.Path, name)
		}
	}
	lines := bytes.Count(raw, []byte("\n")) + 1
	last, records := 0, 0
	for _, s := range skipped {
		line := s.Error()
		if strings.ContainsAny(line, "\n\r") || !strings.HasPrefix(line, name+": ") {
			t.Fatalf("skipped line %q", line)
		}
		var re *RecordError
		if errors.As(s, &re) {
			records++
			if re.Line < 1 || re.Line > lines || re.Line < last {
				t.Fatalf("record error at line %d after %d, in a file of %d lines: %s", re.Line, last, lines, line)
			}
			last = re.Line
		}
	}
	if records > maxListedSkips {
		t.Fatalf("%d record errors listed, at most %d", records, maxListedSkips)
	}
	if len(docs)+records > lines {
		t.Fatalf("%d documents and %d bad records from %d lines", len(docs), records, lines)
	}
}

func FuzzReadJSONL(f *testing.F) {
	for _, seed := range []string{
		harbourJSONL,
		`{"id": "x", "text": "A \u0000 NUL and \r\n a CR"}` + "\n" + `{"text": 12}`,
		"\xEF\xBB\xBF{\"text\": \"bom first\"}\n\n\n{\"TEXT\": \"Upper key\", \"Source\": [\"A\", 1, null]}",
		`{"text": "<html><body><p>An HTML body in a record.</p></body></html>"}`,
		`{"text": "x"} trailing`,
		`[1, 2]` + "\n" + `"s"` + "\n" + `null` + "\n" + `{"text": {"nested": true}}`,
		`{"id": "` + strings.Repeat("long id ", 50) + `", "text": "words"}`,
		`{"text": "one", "id": "a"}` + "\n" + `{"text": "two", "id": "a"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkDatasetLoad(t, "d.jsonl", raw, nil)
	})
}

func FuzzReadCSV(f *testing.F) {
	for _, seed := range []string{
		"id,title,outlet,text\nc1,Mill hires,Lantern Wire,\"The mill hired 40 people.\"\n",
		"\uFEFFText,Source\n\"multi\nline\",A\nshort\n\"unclosed,B\n",
		"text\n\"bare \" quote\"\nfine\n",
		"a,b\n1,2\n",
		"text,text,TEXT\nfirst,second,third\n",
		"text\r\nwindows line ends\r\n\r\n",
	} {
		f.Add([]byte(seed), "")
		f.Add([]byte(seed), "text=b,outlet=a")
	}
	f.Fuzz(func(t *testing.T, raw []byte, spec string) {
		fm, err := ParseFieldMap(spec)
		if err != nil {
			fm = nil
		}
		checkDatasetLoad(t, "d.csv", raw, fm)
	})
}
