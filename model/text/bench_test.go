package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchParagraphs is made-up news prose that exercises every rule of the
// splitter: abbreviations, initials, decimals, quotes, headlines, captions,
// lists and wrapped lines.
var benchParagraphs = []string{
	"Harbor town weighs new port levy",
	"By Dana K. Whitfield\nMarch 4, 2021",
	"BRIDGEPORT — The city council of Bridgeport voted on Tuesday to study a levy on cargo that passes through the old port, according to two officials who attended the closed session. The U.S. Commerce Department has not commented on the plan.",
	"Mr. Ortiz, who chairs the finance committee, said the levy could raise $4.5 million a year, or about 2.5% of the city's budget. “We have waited long enough. The docks are falling apart,” he said after the vote.",
	"Shipping firms were less enthusiastic. Tidewater Freight Inc. warned that it might move some traffic to a rival port in the U.S. The firm's chief executive, J.R. Molloy, said costs had already risen 12% since Jan. 1 and that a new charge would hurt smaller clients, e.g. local farms, most.",
	"A crane unloads containers at the port of Bridgeport\nThe port handled 1.2 million tons of cargo last year. Photo via City Archive",
	"Key figures:\n• Cargo: 1.2 million tons\n• Levy: $3 per ton\n• Start date: Sept. 1",
	"Gov. Hale, a former mayor of the city, has backed similar charges in the past. Her office said she would review the council's study \"with an open mind.\" Rep. Dwyer, D-Conn., called the idea a mistake... and said he would fight it.",
	"The council's vote was 7-2. Two members, Ms. Grant and Dr. Ilves, opposed it, saying the city\nshould first repair the access roads that trucks use to reach the docks every day.",
	"Did the port's traffic fall last year? Not by much, the figures show. Traffic fell 0.8% in 2020, and rose again in the first quarter of 2021, etc. The study is due by Dec. 15 at 5 p.m. and will be posted online.",
}

// benchText returns made-up prose of at least words words.
func benchText(words int) string {
	var b strings.Builder
	n := 0
	for n < words {
		for _, p := range benchParagraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
			n += len(strings.Fields(p))
		}
	}
	return b.String()
}

func BenchmarkSentences(b *testing.B) {
	s := benchText(5000)
	words := len(strings.Fields(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Sentences(s)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

func BenchmarkTokens(b *testing.B) {
	s := benchText(5000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokens(s)
	}
}

func BenchmarkContentStems(b *testing.B) {
	s := benchText(5000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		ContentStems(s)
	}
}

func BenchmarkStemmerContentStems(b *testing.B) {
	s := benchText(5000)
	st := NewStemmer()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		st.ContentStems(s)
	}
}

func BenchmarkSentencesSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(b, "seeds"), "*.txt"))
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			Sentences(s)
		}
	}
}
