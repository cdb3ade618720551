package quantity

import (
	"strings"
	"testing"
)

// benchSentences are invented news sentences, dense in numbers, used to build a long text.
var benchSentences = []string{
	"The company said revenue grew 12% to $4.7 billion in the quarter ended June 30, 2023.",
	"Around 3 million subscribers signed up, while more than 1,200 staff were laid off.",
	"Officials said at least five people were hurt when a bus left the road near the river.",
	"The ministry expects between 40 and 45 percent of voters to turn out on Sunday.",
	"A 27-year-old driver was arrested, police said, and two others were questioned.",
	"Since 2015 the port has handled nearly 9 million containers a year, up 3 percentage points.",
	"The fund, worth €850m, lost about a third of its value during the crisis of the 1990s.",
	"Analysts at the bank cut their forecast by 25 basis points after the data came out.",
	"Tens of thousands of people gathered in the square, and dozens of shops stayed shut.",
	"The plan would cost up to $2 trillion over ten years, according to the budget office.",
	"Shares fell as much as 8% in early trading before closing 2.5% lower at $31.40.",
	"The council approved 14 new schools and a 300-bed hospital for the eastern district.",
	"Her campaign raised $5.2 million in March, less than the $7 million it raised in February.",
	"The storm left roughly 600,000 homes without power across three states on Tuesday.",
	"One in five adults said they had skipped a meal, a survey of 2,000 households found.",
	"The contract runs from 2024 to 2029 and covers some 40 aircraft and their crews.",
	"He was born on 4 July 1961 and served two terms before retiring at 63.",
	"The agency said it had received 17,350 complaints, an increase of 40% on the year before.",
	"Meanwhile the rival firm said it now serves fewer than 800 customers in the region.",
	"The committee meets at 10 a.m. in Room 214, just off Section 8 of the old building.",
}

// benchText builds a text of about words words from benchSentences.
func benchText(words int) string {
	var sb strings.Builder
	n := 0
	for i := 0; n < words; i++ {
		s := benchSentences[i%len(benchSentences)]
		sb.WriteString(s)
		if i%4 == 3 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
		n += len(strings.Fields(s))
	}
	return sb.String()
}

func BenchmarkParse(b *testing.B) {
	text := benchText(5000)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Parse(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words)*1000, "ns/1000words")
}

func BenchmarkParsePlainProse(b *testing.B) {
	// Text with few numbers: the cost of scanning words that start nothing.
	text := strings.Repeat("The editors met the reporters in the newsroom and talked about the paper for a while. ", 300)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Parse(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words)*1000, "ns/1000words")
}

func BenchmarkDifference(b *testing.B) {
	qs := Parse("Around 4 million customers; more than 4 billion customers.")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Difference(qs[0], qs[1])
	}
}

func TestBenchTextParses(t *testing.T) {
	// The benchmark text must exercise the parser, not an empty path.
	text := benchText(5000)
	qs := Parse(text)
	checkInvariants(t, text, qs)
	if len(qs) < 500 {
		t.Errorf("benchmark text yields %d quantities, want at least 500", len(qs))
	}
}
