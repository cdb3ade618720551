package search

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"parallax/data"
	"parallax/model"
	"parallax/model/entity"
	"parallax/ui/internal/story"
)

// corpusQueries are searches typed one key at a time: common and rare
// names, one word and two, and one that matches nothing.
var corpusQueries = []string{"trump", "hillary clinton", "mnuchin", "merkel", "xi jinping", "white house", "zqxv"}

// corpusIndex indexes every entity of the whole AllSides corpus, found and
// resolved across all its articles as the engine does. It skips without the
// corpus and fails under CI.
func corpusIndex(b *testing.B) *Index {
	b.Helper()
	p := filepath.Join("..", "..", "..", "..", "shared", "corpus", "allsides.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			b.Fatalf("%s is missing under CI: %v", p, err)
		}
		b.Skipf("%s is absent; skipping the corpus search benchmark", p)
	}
	docs, skipped := data.Load([]string{p})
	if len(skipped) > 0 {
		b.Fatalf("skipped: %v", skipped[0])
	}
	found := make([][]entity.Mention, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				found[i] = entity.Find(docs[i].ID, docs[i].Text)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var mentions []entity.Mention
	for _, m := range found {
		mentions = append(mentions, m...)
	}
	resolved := entity.Resolve(mentions)
	ents := make([]*story.Entity, len(resolved))
	for i, e := range resolved {
		ents[i] = &story.Entity{ID: e.Name, Name: e.Name, Type: model.EntityType(e.Type), Aliases: e.Aliases,
			PerDoc: []int{len(e.Mentions)}}
	}
	return NewIndex(ents)
}

// keystrokes are the queries a typist sends: "t", "tr", "tru", …
func keystrokes(q string) []string {
	out := make([]string, 0, len(q))
	for i := 1; i <= len(q); i++ {
		out = append(out, q[:i])
	}
	return out
}

// reportKeys reports the mean, slowest, first and last keystroke of one
// typed query, and how many names (or sentences) were searched.
func reportKeys(b *testing.B, perKey []time.Duration, runs, names int) {
	var total, worst time.Duration
	for _, d := range perKey {
		total += d
		worst = max(worst, d)
	}
	keys := float64(len(perKey) * runs)
	b.ReportMetric(float64(total.Microseconds())/1000/keys, "ms/key")
	b.ReportMetric(float64(worst.Microseconds())/1000/float64(runs), "worst-ms/key")
	b.ReportMetric(float64(perKey[0].Microseconds())/1000/float64(runs), "first-ms/key")
	b.ReportMetric(float64(perKey[len(perKey)-1].Microseconds())/1000/float64(runs), "last-ms/key")
	b.ReportMetric(float64(names), "names")
}

// BenchmarkCorpusEntitySearch types each query one key at a time into the
// finder's index of every entity name and alias in the whole corpus, and
// the same keystrokes into `fzf --filter` over the same names (one process
// per keystroke, reading the names from a file, as a script would use it).
// bench/corpus.sh installs fzf when it is missing; without it the fzf half
// is skipped. build is NewIndex over the same entities.
func BenchmarkCorpusEntitySearch(b *testing.B) {
	ix := corpusIndex(b)
	names := filepath.Join(b.TempDir(), "names.txt")
	f, err := os.Create(names)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, n := range ix.names {
		w.WriteString(n)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()

	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			NewIndex(ix.ents)
		}
	})
	for _, q := range corpusQueries {
		keys := keystrokes(q)
		b.Run("parallax/"+q, func(b *testing.B) {
			perKey := make([]time.Duration, len(keys))
			runs := 0
			for b.Loop() {
				for i, k := range keys {
					start := time.Now()
					ix.Find(k, maxResults)
					perKey[i] += time.Since(start)
				}
				runs++
			}
			reportKeys(b, perKey, runs, len(ix.names))
		})
	}
	fzf, err := exec.LookPath("fzf")
	for _, q := range corpusQueries {
		keys := keystrokes(q)
		b.Run("fzf/"+q, func(b *testing.B) {
			if err != nil {
				b.Skip("fzf is not installed (bench/corpus.sh installs it)")
			}
			perKey := make([]time.Duration, len(keys))
			runs := 0
			for b.Loop() {
				for i, k := range keys {
					in, err := os.Open(names)
					if err != nil {
						b.Fatal(err)
					}
					cmd := exec.Command(fzf, "--filter", k)
					cmd.Stdin = in
					start := time.Now()
					err = cmd.Run()
					perKey[i] += time.Since(start)
					in.Close()
					if exit, ok := err.(*exec.ExitError); err != nil && !(ok && exit.ExitCode() == 1) { // 1: no match
						b.Fatalf("fzf --filter %q: %v", k, err)
					}
				}
				runs++
			}
			reportKeys(b, perKey, runs, len(ix.names))
		})
	}
}

// corpusStories is every story of the AllSides corpus as the reader gets
// them, streamed through the engine (CORPUS_ARTICLES=n: the first n
// articles only). It skips without the corpus and fails under CI.
func corpusStories(b *testing.B) []*story.Story {
	b.Helper()
	p := filepath.Join("..", "..", "..", "..", "shared", "corpus", "allsides.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			b.Fatalf("%s is missing under CI: %v", p, err)
		}
		b.Skipf("%s is absent; skipping the corpus finder benchmark", p)
	}
	docs, skipped := data.Load([]string{p})
	if len(skipped) > 0 {
		b.Fatalf("skipped: %v", skipped[0])
	}
	if n, err := strconv.Atoi(os.Getenv("CORPUS_ARTICLES")); err == nil && n < len(docs) {
		docs = docs[:n]
	}
	var ss []*story.Story
	model.StreamGrouped(docs, model.DefaultConfig(), nil, func(a *model.Analysis) { ss = append(ss, story.Split(a)...) })
	return ss
}

// finderQueries are typed into the finder over the corpus: names, words of
// sentences, a figure, and nothing that is there.
var finderQueries = []string{"trump", "hillary clinton", "white house", "tariffs", "$3.5", "zqxv"}

// BenchmarkCorpusFind types each query one key at a time into the finder's
// Corpus.Find over every story of the corpus, from its first story:
// indexed is Find as the finder runs it, scan the same without the word
// indexes (every title, name and sentence read for every key). build is
// NewCorpus.
func BenchmarkCorpusFind(b *testing.B) {
	ss := corpusStories(b)
	start := time.Now()
	c := NewCorpus(ss)
	b.Logf("%d stories, %d entities, %d sentences; NewCorpus %v", len(ss), c.Entities(), c.Sentences(), time.Since(start))
	plain := *c
	plain.titleWords, plain.nameWords, plain.sentenceWords = nil, nil, nil
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			NewCorpus(ss)
		}
	})
	for _, run := range []struct {
		name string
		c    *Corpus
	}{{"indexed", c}, {"scan", &plain}} {
		for _, q := range finderQueries {
			keys := append(keystrokes(q), "")
			b.Run(run.name+"/"+q, func(b *testing.B) {
				perKey := make([]time.Duration, len(keys))
				runs := 0
				for b.Loop() {
					for i, k := range keys {
						start := time.Now()
						run.c.Find(k, ss[0])
						perKey[i] += time.Since(start)
					}
					runs++
				}
				reportKeys(b, perKey, runs, c.Sentences())
			})
		}
	}
}
