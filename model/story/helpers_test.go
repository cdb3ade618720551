package story

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// sharedDir is /work/shared seen from this package: the repository root is
// two levels up, and shared/ sits beside the repository.
var sharedDir = filepath.Join("..", "..", "..", "shared")

// needShared returns the path of a file under shared/, skipping the test (or
// failing it under CI) when it is absent.
func needShared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(sharedDir, rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared data missing under CI: %v", err)
		}
		tb.Skipf("shared data not present (%v); skipping", err)
	}
	return p
}

// basilArticle is one line of realnews/basil-dev.jsonl.
type basilArticle struct {
	Triplet string `json:"triplet_uuid"`
	Source  string `json:"source"`
	Date    string `json:"date"`
	Title   string `json:"title"`
	Text    string `json:"text"`
}

// loadBasil reads the BASIL dev set: articles and each one's true event.
func loadBasil(tb testing.TB) ([]Article, []string) {
	tb.Helper()
	f, err := os.Open(needShared(tb, filepath.Join("realnews", "basil-dev.jsonl")))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var arts []Article
	var truth []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var b basilArticle
		if err := json.Unmarshal(sc.Bytes(), &b); err != nil {
			tb.Fatal(err)
		}
		day, _ := time.Parse("2006-01-02", b.Date)
		// The set's own uuid field is not unique ("empty" twice), so
		// articles are named by line.
		id := "basil-" + strconv.Itoa(len(arts)+1)
		arts = append(arts, Article{ID: id, Outlet: b.Source, Title: b.Title, Text: b.Text, Published: day})
		truth = append(truth, b.Triplet)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts, truth
}

// corpusArticle is one line of corpus/allsides.jsonl.gz.
type corpusArticle struct {
	ID     string `json:"ID"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

// loadCorpus reads the first n articles of the AllSides corpus (all when n
// is 0); dates it cannot read are left unknown.
func loadCorpus(tb testing.TB, n int) []Article {
	tb.Helper()
	f, err := os.Open(needShared(tb, filepath.Join("corpus", "allsides.jsonl.gz")))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var arts []Article
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() && (n == 0 || len(arts) < n) {
		var c corpusArticle
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		day, _ := time.Parse("2006-01-02", c.Date)
		arts = append(arts, Article{ID: c.ID, Outlet: c.Source, Title: c.Title, Text: c.Text, Published: day})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}

// pairScore counts article pairs put together by the prediction and by the
// truth: true positives, false positives and false negatives.
func pairScore(stories []Story, ids []string, truth []string) (tp, fp, fn int) {
	pred := map[string]int{}
	for k, st := range stories {
		for _, id := range st.Articles {
			pred[id] = k
		}
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			same, got := truth[i] == truth[j], pred[ids[i]] == pred[ids[j]]
			switch {
			case same && got:
				tp++
			case got:
				fp++
			case same:
				fn++
			}
		}
	}
	return tp, fp, fn
}
