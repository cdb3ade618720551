package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkLoadRealNews(b *testing.B) {
	root := sharedDir(b, filepath.Join("realnews", "clusters"))
	all, _ := filepath.Glob(filepath.Join(root, "*"))
	b.ReportAllocs()
	for b.Loop() {
		if docs, _ := Load(all); len(docs) != 18 {
			b.Fatalf("loaded %d documents", len(docs))
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "pages", "harbour-gazette.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseHTML("p.html", raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	raw := []byte("---\ntitle: Bench\noutlet: Bench Daily\n---\n" + strings.Repeat(paraA+"\n\n"+paraB+"\n\n", 200))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseText("bench.md", raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	raw := []byte(strings.Repeat("Cafe\u0301 “quoted” line\r\n", 5000))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(raw)
	}
}
