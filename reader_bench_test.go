package main

import (
	"bytes"
	"context"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"parallax/data"
	"parallax/model"
	"parallax/ui"
)

// BenchmarkReaderStream opens the reader on the first 4,000 AllSides
// articles, the loader as `parallax FILE` runs it, and reports when the
// first frame is written (first-frame-ms), when the first story is on the
// screen with the progress line (first-story-ms) and when the loader has
// handed over every story (total-ms). "whole" is the reader as it was
// before stories streamed: everything analysed, then shown. Run with
// -benchtime 1x: one run is some seconds.
func BenchmarkReaderStream(b *testing.B) {
	input := firstRecords(b, corpusPath(b), b.TempDir(), 4000)
	in := readOptions{limits: data.Limits{MaxArticleBytes: data.DefaultMaxArticleBytes, MaxArticles: 4000}}
	streamed := func(ctx context.Context, feed ui.Feed) {
		docs, _ := load(ctx, []string{input}, nil, in, func(done, total int) { feed.Progress(ui.StageReading, done, total) })
		streamStories(docs, feed)
	}
	whole := func(ctx context.Context, feed ui.Feed) {
		docs, _ := load(ctx, []string{input}, nil, in, func(done, total int) { feed.Progress(ui.StageReading, done, total) })
		feed.Progress(ui.StageChecking, 0, 0)
		feed.Add(model.Analyze(docs))
	}
	for _, c := range []struct {
		name  string
		load  func(context.Context, ui.Feed)
		shown string // on the screen once the first story is
	}{{"streamed", streamed, "cross-checking"}, {"whole", whole, "Sources"}} {
		b.Run(c.name, func(b *testing.B) {
			var first, story, total time.Duration
			for b.Loop() {
				first, story, total = timeReader(b, c.load, c.shown)
			}
			b.ReportMetric(float64(first.Milliseconds()), "first-frame-ms")
			b.ReportMetric(float64(story.Milliseconds()), "first-story-ms")
			b.ReportMetric(float64(total.Milliseconds()), "total-ms")
		})
	}
}

// timeReader runs one reader at 200×60 over load and times its first
// frame, the first frame showing shown, and the loader's end.
func timeReader(b *testing.B, load func(context.Context, ui.Feed), shown string) (first, story, total time.Duration) {
	b.Helper()
	start := time.Now()
	var mu sync.Mutex
	var ended time.Duration
	done := make(chan struct{})
	tm := teatest.NewTestModel(b, ui.New(func(ctx context.Context, feed ui.Feed) []error {
		load(ctx, feed)
		mu.Lock()
		ended = time.Since(start)
		mu.Unlock()
		close(done)
		return nil
	}, ui.Options{}), teatest.WithInitialTermSize(200, 60))
	var out bytes.Buffer
	wait := func(s string) time.Duration {
		for !bytes.Contains(out.Bytes(), []byte(s)) {
			if _, err := io.Copy(&out, tm.Output()); err != nil {
				b.Fatal(err)
			}
			time.Sleep(5 * time.Millisecond)
		}
		return time.Since(start)
	}
	first = wait("q quits")
	story = wait(shown)
	<-done
	mu.Lock()
	total = ended
	mu.Unlock()
	if err := tm.Quit(); err != nil {
		b.Fatal(err)
	}
	tm.WaitFinished(b, teatest.WithFinalTimeout(time.Minute))
	return first, story, total
}
