package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"parallax/data"
	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/search"
)

// corpusReader is the reader at w×h with every story of the whole AllSides
// corpus loaded, streamed through the engine as `parallax FILE` streams
// it (CORPUS_ARTICLES=n: the first n articles only). It skips without the
// corpus and fails under CI. Building it takes minutes (the engine over
// 37,527 articles) and some gigabytes.
func corpusReader(b *testing.B, w, h int) Model {
	b.Helper()
	p := filepath.Join("..", "..", "shared", "corpus", "allsides.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			b.Fatalf("%s is missing under CI: %v", p, err)
		}
		b.Skipf("%s is absent; skipping the whole-corpus reader benchmark", p)
	}
	start := time.Now()
	docs, skipped := data.Load([]string{p})
	if len(skipped) > 0 {
		b.Fatalf("skipped: %v", skipped[0])
	}
	if n, err := strconv.Atoi(os.Getenv("CORPUS_ARTICLES")); err == nil && n < len(docs) {
		docs = docs[:n] // a quicker look
	}
	var parts []*model.Analysis
	model.StreamGrouped(docs, model.DefaultConfig(), nil, func(one *model.Analysis) { parts = append(parts, one) })
	docs = nil
	stories := built(parts...)
	b.Logf("%d stories cross-checked and built for the reader in %v", len(stories), time.Since(start).Round(time.Second))
	m := New(fixed(nil), Options{})
	m.frames = nil // the benchmark reads View right after Update
	start = time.Now()
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h}, loadedMsg{stories: stories})
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.Logf("handed to the reader in %v; %d stories; heap in use %d MB", time.Since(start).Round(time.Millisecond),
		len(m.stories), ms.HeapInuse>>20)
	return m
}

// BenchmarkCorpusViewAfterKey is a key and the frame after it at 200×60
// with the whole corpus loaded (issue 11: under 4 ms). "reader" moves
// through the claims (j, k); "finder" types "trump" into the finder and
// erases it, a key at a time: key+view-ms is the frame right after the
// key (the query runs in the background), find-ms the query over every
// story's titles, entities and claims, results+view-ms the frame when its
// results arrive. Run with -benchtime 20x or so: the corpus takes minutes
// to load, once.
func BenchmarkCorpusViewAfterKey(b *testing.B) {
	m := corpusReader(b, 200, 60)
	b.Run("reader", func(b *testing.B) {
		m := m
		keys := []string{"j", "k"}
		i := 0
		for b.Loop() {
			next, cmd := m.Update(fixture.Key(keys[i%len(keys)]))
			i++
			m = next.(Model)
			if cmd != nil {
				next, _ = m.Update(cmd())
				m = next.(Model)
			}
			_ = m.View()
		}
	})
	b.Run("finder", func(b *testing.B) {
		m := send(m, fixture.Key("/"))
		if m.modal != modalSearch {
			b.Fatal("/ did not open the finder")
		}
		keys := []string{"t", "r", "u", "m", "p", "backspace", "backspace", "backspace", "backspace", "backspace"}
		var keyView, find, resultsView time.Duration
		n, i := 0, 0
		for b.Loop() { // once, so that each run starts from the reader with the finder empty
			key := fixture.Key(keys[i%len(keys)])
			i++
			start := time.Now()
			next, cmd := m.Update(key)
			m = next.(Model)
			_ = m.View()
			keyView += time.Since(start)
			if cmd == nil {
				continue
			}
			start = time.Now()
			msg := cmd()
			find += time.Since(start)
			res, ok := msg.(search.ResultsMsg)
			if !ok {
				b.Fatalf("the finder's command gave %T, not its results", msg)
			}
			start = time.Now()
			next, _ = m.Update(res)
			m = next.(Model)
			_ = m.View()
			resultsView += time.Since(start)
			n++
		}
		b.ReportMetric(ms(keyView, b.N), "key+view-ms")
		b.ReportMetric(ms(find, n), "find-ms")
		b.ReportMetric(ms(resultsView, n), "results+view-ms")
	})
}

// ms is a mean in milliseconds.
func ms(d time.Duration, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(d.Microseconds()) / 1000 / float64(n)
}
