package acceptance

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"parallax/model"
)

// allsides reads the first n articles of the AllSides corpus as documents.
func allsides(b *testing.B, n int) []model.Document {
	b.Helper()
	path := filepath.Join(sharedDir(b, "corpus"), "allsides.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var docs []model.Document
	for len(docs) < n && sc.Scan() {
		var rec struct{ ID, Title, Source, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatalf("line %d: %v", len(docs)+1, err)
		}
		docs = append(docs, model.Document{ID: rec.ID, Outlet: rec.Source, OutletSource: model.OutletFromMetadata,
			Title: rec.Title, Text: rec.Title + "\n\n" + rec.Text})
	}
	if len(docs) < n {
		b.Fatalf("corpus has %d articles, want %d", len(docs), n)
	}
	return docs
}

// BenchmarkAnalyzeCorpus analyses the first 1,000 and 4,000 AllSides articles
// as one pile (target: 1,000 in under 3 s; 4,000 within 4.5× of that).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		docs := allsides(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			var claims int
			for b.Loop() {
				claims = len(model.Analyze(docs).Claims)
			}
			b.ReportMetric(float64(claims), "claims")
		})
	}
}
