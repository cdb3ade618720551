package facts

import (
	"reflect"
	"strings"
	"testing"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`“We acted as fast as we could,” she said.`, []string{"We acted as fast as we could,"}},
		{`He said "the plan is dead" and left.`, []string{"the plan is dead"}},
		{`The firm called it a “Visionary” product.`, nil}, // one word: a scare quote
		{`It called the unit its “second growth engine”.`, []string{"second growth engine"}},
		{`“It is over,” he said. “We lost.”`, []string{"It is over,"}}, // "We lost." is two words
		{`Shares of the 5" screen maker fell.`, nil},                   // inch mark, not a quote
		{`“This runs on into the next paragraph and never closes`, []string{"This runs on into the next paragraph and never closes"}},
	}
	for _, tt := range tests {
		var got []string
		spans, _ := findQuotes(tt.in, false)
		for _, q := range spans {
			got = append(got, tt.in[q.start:q.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("findQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuotesRunOn: a quotation of several sentences opens in the first and
// closes in the last; the ones between are the speaker's words too.
func TestQuotesRunOn(t *testing.T) {
	spans, open := findQuotes(`“We will rebuild the bridge.`, false)
	if len(spans) != 1 || !open {
		t.Fatalf("first sentence: %v open=%v", spans, open)
	}
	spans, open = findQuotes(`It will take two years and cost a lot.`, true)
	if len(spans) != 1 || spans[0].start != 0 || !open {
		t.Fatalf("middle sentence: %v open=%v", spans, open)
	}
	s := `But we will do it,” the mayor said.`
	spans, open = findQuotes(s, true)
	if len(spans) != 1 || open || s[spans[0].start:spans[0].end] != "But we will do it," {
		t.Fatalf("last sentence: %v open=%v", spans, open)
	}
}

// TestWordsFoldHouseStyle: two outlets printing the same words get the same
// words back, however their style guides spell them.
func TestWordsFoldHouseStyle(t *testing.T) {
	tests := []struct{ a, b string }{
		{"the F.B.I. has the phones", "the FBI has the phones"},
		{"we will not let the U.S. down", "we will not let the US down"},
		{"a strong work-force plan", "a strong workforce plan"},
		{"ten people were hurt", "10 people were hurt"},
		{"it rose 5% this year", "it rose 5 percent this year"},
		{"we’re ready", "we're ready"},
		{"the regime of al-Qaddafi fell", "the regime of Qaddafi fell"},
		{"Hillary [Clinton] will lose", "Hillary will lose"},
		{"with somebody else's money", "with someone else's money"},
		{"nobody saw it till Monday", "no one saw it until Monday"},
		{"over whether or not they should pay", "over whether they should pay"},
		{"the United States will act", "the U.S. will act"},
		{"Sen. Ilse Varga voted for the ninth time", "Senator Ilse Varga voted for the 9th time"},
		{"I know we can get them.It's a matter of time", "I know we can get them. It's a matter of time"}, // a space lost
		{"his office on the twenty-sixth floor", "his office on the 26th floor"},
		{"twenty-one days of rain", "21 days of rain"},
		{"the No. 1 priority of the team", "the number one priority of the team"},
		{"that person's not fit to serve", "that person is not fit to serve"},
		{"[N]o one should read it as a retreat", "No one should read it as a retreat"}, // a letter set right
		{"he said he is watching [a]ntifa", "he said he is watching antifa"},
		{"two months into a six-month period", "two months into a six month period"},          // a number in a compound
		{"they are men aged 16-25 in every city", "they are men aged 16 to 25 in every city"}, // a range
		{"the town looses [sic] money on every bus", "the town money on every bus"},           // the original's slip, marked
		{"looses [Sic] money on every bus", "money on every bus"},
		{"the men held in Guantánamo since May", "the men held in Guantanamo since May"}, // accents
		{"Señor Peña will speak", "Senor Pena will speak"},
		{"people who make $1 million a year", "people who make a million dollars a year"}, // money as it is said
		{"it costs $50 to enter", "it costs fifty dollars to enter"},
		{"nobody should get a thousand dollars", "nobody should get $1,000"},
		{"some 3 thousand people came", "some 3,000 people came"},
	}
	for _, tt := range tests {
		wa, _ := Words(tt.a)
		wb, _ := Words(tt.b)
		if !reflect.DeepEqual(wa, wb) {
			t.Errorf("Words(%q) = %q, Words(%q) = %q; want equal", tt.a, wa, tt.b, wb)
		}
	}
	if w, _ := Words("the man's car is not here"); strings.Join(w, " ") != "the man's car is not here" {
		t.Errorf("a possessive before a noun stays: %q", w)
	}
	if w, _ := Words("No. We will not 1 day"); w[0] != "no" {
		t.Errorf("a plain no stays: %q", w)
	}
	w, proper := Words("we met Gadhafi in Tripoli today")
	if strings.Join(w, " ") != "we met gadhafi in tripoli today" {
		t.Errorf("words = %q", w)
	}
	if want := []bool{false, false, true, false, true, false}; !reflect.DeepEqual(proper, want) {
		t.Errorf("proper = %v, want %v (names marked, the first word never)", proper, want)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"The Tonight Show Starring Jimmy Fallon", true},
		{"The Tonight Show with Jimmy Fallon", true},
		{"Affordable Care Act", true},
		{"We will win in the Supreme Court", false},
		{"Fallon", false},
		{"the sole authority to invoke the Insurrection Act", false},
	}
	for _, tt := range tests {
		w, p := Words(tt.q)
		if got := (&Quotation{Text: tt.q, Words: w, Proper: p}).Title(); got != tt.want {
			t.Errorf("Title(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
