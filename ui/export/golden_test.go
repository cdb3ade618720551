package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"parallax/data/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestGolden(t *testing.T) {
	marks := map[string]store.Mark{"c2": {Starred: true, Note: "call the county | ask for the *memo*"}, "c6": {Starred: true}}
	tests := []struct {
		format, title, golden string
		marks                 map[string]store.Mark
	}{
		{"markdown", "", "report.md.golden", nil},
		{"html", "", "report.html.golden", nil},
		{"markdown", "The Riverside library flood, a week on", "titled.md.golden", nil},
		{"markdown", "", "marked.md.golden", marks},
		{"html", "", "marked.html.golden", marks},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteMarked(&buf, tt.format, fixture(t), tt.title, tt.marks); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file (run with -update if the change is meant):\n%s",
					tt.golden, buf.String())
			}
		})
	}
}
