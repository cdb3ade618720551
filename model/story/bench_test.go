package story

import "testing"

// benchArticles is how many corpus articles the benchmarks work on.
const benchArticles = 4000

// BenchmarkGroup groups the first 4,000 articles of the shared corpus.
func BenchmarkGroup(b *testing.B) {
	arts := loadCorpus(b, benchArticles)
	start := cpuTime()
	for b.Loop() {
		Group(arts)
	}
	reportCPU(b, start)
}

// BenchmarkCopies looks for wire copies among the first 4,000 articles of
// the shared corpus.
func BenchmarkCopies(b *testing.B) {
	arts := loadCorpus(b, benchArticles)
	start := cpuTime()
	for b.Loop() {
		Copies(arts)
	}
	reportCPU(b, start)
}

// BenchmarkGroupCopies groups the first 4,000 corpus articles and finds
// their copies in one pass.
func BenchmarkGroupCopies(b *testing.B) {
	arts := loadCorpus(b, benchArticles)
	start := cpuTime()
	for b.Loop() {
		GroupCopies(arts)
	}
	reportCPU(b, start)
}
