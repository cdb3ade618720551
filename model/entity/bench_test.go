package entity

import (
	"strconv"
	"strings"
	"testing"
)

// benchParagraphs are written for the benchmark: news-like prose with titles,
// organisations, places, acronyms and possessives.
var benchParagraphs = []string{
	"WASHINGTON — Treasury Secretary Helen Markham told reporters on Monday that the Department of the Treasury would review the lender's filings, according to two officials familiar with the plan.",
	"Northwind Bank Corp. said in a statement that it had received a letter from the Securities and Exchange Commission (SEC) and would cooperate fully with regulators in New York and London.",
	"The review began after Sen. Paul Ortega, a Democrat from Arizona, asked the agency's inspector general to look at how the bank handled customer data stored in Ireland.",
	"Ms. Markham's office declined to comment. A spokesman for Northwind, Daniel Brooks, said the company had done nothing wrong and expected the matter to close by the end of the year.",
	"Shares of Northwind fell 4% in early trading on the Nasdaq, while rival Harbor Financial Group Inc. rose slightly after analysts at research firm Castellan upgraded its outlook.",
	"In Brussels, the European Commission said it was following the case closely, and officials in Berlin and Paris said they had asked for more information from their American counterparts.",
	"Former Governor Ruth Ellison, who now leads the Institute for Fiscal Studies, said the review showed how far Washington was willing to go. \"This is about trust,\" Ellison said.",
	"Last month, the Justice Department opened a separate inquiry into payments routed through Singapore and Hong Kong, people briefed on the matter told the Associated Press.",
	"Mr. Ortega's staff said he would hold a hearing of the Senate Banking Committee in March. The committee's ranking member, Rep. Alan Whitfield of Ohio, called the timing political.",
	"Northwind, which employs about 12,000 people across North America and Europe, was founded in 1987 in Chicago and moved its headquarters to Charlotte, North Carolina, in 2004.",
}

// benchText returns about n words of benchmark prose, numbered so that
// paragraphs differ.
func benchText(n int) string {
	var b strings.Builder
	words := 0
	for i := 0; words < n; i++ {
		p := benchParagraphs[i%len(benchParagraphs)]
		b.WriteString(p)
		b.WriteString(" (")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(")\n\n")
		words += len(strings.Fields(p)) + 1
	}
	return b.String()
}

// BenchmarkFind runs Find over a text of about 5,000 words; divide ns/op by 5
// for the cost per 1,000 words.
func BenchmarkFind(b *testing.B) {
	text := benchText(5000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find("bench", text)
	}
}

// BenchmarkResolve merges the mentions of 20 such documents (a large story).
func BenchmarkResolve(b *testing.B) {
	text := benchText(5000)
	var ms []Mention
	for d := 0; d < 20; d++ {
		ms = append(ms, Find("doc"+strconv.Itoa(d), text)...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Resolve(ms)
	}
	b.ReportMetric(float64(len(ms)), "mentions")
}

// BenchmarkFieldsBaseline splits the same text into words with strings.Fields:
// a yardstick for reading BenchmarkFind on a busy machine.
func BenchmarkFieldsBaseline(b *testing.B) {
	text := benchText(5000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = strings.Fields(text)
	}
}

// BenchmarkFindAdversarial feeds Find text built to defeat its shortcuts:
// unknown words at every sentence start, long capitalised runs, many slashes.
// Its ns/op should grow in proportion to the size (compare the sub-benchmarks).
func BenchmarkFindAdversarial(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			sb.WriteString("Zorb")
			sb.WriteString(strconv.Itoa(i % 97))
			sb.WriteString("x went. ")
			if i%10 == 0 {
				sb.WriteString("A/B/C/D/E/F/G/H The Long Title Case Run Of Many Words Goes On And On Here Now. ")
			}
		}
		text := sb.String()
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find("adv", text)
			}
		})
	}
}
