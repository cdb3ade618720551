package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// corpusPath is the AllSides corpus beside the repository. The benchmark
// skips without it, and fails under CI.
func corpusPath(b *testing.B) string {
	b.Helper()
	p := filepath.Join("..", "shared", "corpus", "allsides.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			b.Fatalf("%s is missing under CI: %v", p, err)
		}
		b.Skipf("%s is absent; skipping the corpus benchmark", p)
	}
	return p
}

// firstRecords writes the first n records of the gzipped corpus to a plain
// .jsonl file in dir.
func firstRecords(b *testing.B, corpus, dir string, n int) string {
	b.Helper()
	f, err := os.Open(corpus)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, fmt.Sprintf("first-%d.jsonl", n))
	w, err := os.Create(out)
	if err != nil {
		b.Fatal(err)
	}
	br := bufio.NewReaderSize(zr, 1<<20)
	for i := 0; i < n; i++ {
		line, err := br.ReadBytes('\n')
		if _, werr := w.Write(line); werr != nil {
			b.Fatal(werr)
		}
		if err == io.EOF {
			b.Fatalf("the corpus has %d records, fewer than %d", i+1, n)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return out
}

// countingWriter counts the lines and bytes written through it.
type countingWriter struct{ lines, bytes int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	c.bytes += len(p)
	return len(p), nil
}

// BenchmarkAnalyzeJSONL runs `parallax analyze --jsonl` in-process on the
// first 1,000 and 4,000 AllSides articles and on the whole corpus as given
// (.jsonl.gz), writing to a counter. Run one size at a time for a clean
// profile: -bench 'AnalyzeJSONL/articles=all' -benchtime 1x -cpuprofile
// cpu.prof. bench/corpus.sh measures the built binary's wall, CPU and peak
// memory on the same inputs.
func BenchmarkAnalyzeJSONL(b *testing.B) {
	corpus := corpusPath(b)
	dir := b.TempDir()
	for _, size := range []string{"1000", "4000", "all"} {
		b.Run("articles="+size, func(b *testing.B) {
			input := corpus
			if size != "all" {
				var n int
				fmt.Sscan(size, &n)
				input = firstRecords(b, corpus, dir, n)
			}
			var out countingWriter
			var errs bytes.Buffer
			for b.Loop() {
				out, errs = countingWriter{}, bytes.Buffer{}
				if code := run([]string{"analyze", "--jsonl", "--db", filepath.Join(dir, "bench.db"), input}, &out, &errs); code != exitOK {
					b.Fatalf("exit %d: %s", code, errs.String())
				}
			}
			b.ReportMetric(float64(out.lines), "stories")
			b.ReportMetric(float64(out.bytes)/(1<<20), "MB-out")
		})
	}
}
