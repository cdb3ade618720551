package quantity

import (
	"math"
	"reflect"
	"testing"
)

// want is one expected quantity; Text is checked as a substring span of the input.
type want struct {
	text      string
	kind      Kind
	value     float64
	low, high float64
	unit      string
	hedge     string
	change    bool
}

// parseCases are written for these tests; none is taken from the shared corpora.
var parseCases = []struct {
	name string
	in   string
	want []want
}{
	// A time frame after a number is when it was counted, not what.
	{"number before last year", "Filings reached 12,000 last year.",
		[]want{{"12,000", Number, 12000, 11500, 12500, "", "", false}}},
	// Money.
	{"money billions decimal", "The unit booked $9.2 billion in sales.",
		[]want{{"$9.2 billion", Money, 9.2e9, 9.15e9, 9.25e9, "USD", "", false}}},
	{"money approximately", "Its rival spent approximately $9 billion on servers.",
		[]want{{"approximately $9 billion", Money, 9e9, 7.6e9, 10.4e9, "USD", "approximately", false}}},
	{"money dollars word", "Annual turnover came to 863.3 billion dollars.",
		[]want{{"863.3 billion dollars", Money, 863.3e9, 863.25e9, 863.35e9, "USD", "", false}}},
	{"money US dollar sign", "The start-up took in US$3 million from backers.",
		[]want{{"US$3 million", Money, 3e6, 2.5e6, 3.5e6, "USD", "", false}}},
	{"money euro glued m", "The club paid €40m for the striker.",
		[]want{{"€40m", Money, 40e6, 36e6, 44e6, "EUR", "", false}}},
	{"money pound glued bn", "Ministers found a £2bn hole in the budget.",
		[]want{{"£2bn", Money, 2e9, 1.5e9, 2.5e9, "GBP", "", false}}},
	{"money exact", "The car went for $43,350 at auction.",
		[]want{{"$43,350", Money, 43350, 43350, 43350, "USD", "", false}}},
	{"money yuan", "Regulators imposed fines of 5 million yuan.",
		[]want{{"5 million yuan", Money, 5e6, 4.5e6, 5.5e6, "CNY", "", false}}},
	{"money trillion", "Congress passed a $1.5 trillion package.",
		[]want{{"$1.5 trillion", Money, 1.5e12, 1.45e12, 1.55e12, "USD", "", false}}},
	{"money upper bound", "The contract is worth less than $50 million a year.",
		[]want{{"less than $50 million", Money, 50e6, 0, 50e6, "USD", "less than", false}}},
	{"money only is no hedge", "The branch only brings in $50 million.",
		[]want{{"$50 million", Money, 50e6, 45e6, 55e6, "USD", "", false}}},
	{"money between range", "Each fee ran between $12,000 and $13,000.",
		[]want{{"between $12,000 and $13,000", Money, 12500, 12000, 13000, "USD", "", false}}},
	{"money to range", "They asked for $12,000 to $13,000 in cash.",
		[]want{{"$12,000 to $13,000", Money, 12500, 12000, 13000, "USD", "", false}}},
	{"money range shares scale", "The bridge will cost $5 to $6 billion.",
		[]want{{"$5 to $6 billion", Money, 5.5e9, 5e9, 6e9, "USD", "", false}}},
	{"money cents", "Pickers earned 50 cents a crate.",
		[]want{{"50 cents", Money, 0.5, 0.5, 0.5, "USD", "", false}}},
	{"money crore", "Sales reached Rs 500 crore last year.",
		[]want{{"Rs 500 crore", Money, 5e9, 4.5e9, 5.5e9, "INR", "", false}}},
	{"money vague", "The agency lost billions of dollars in the scheme.",
		[]want{{"billions of dollars", Money, 1e9, 1e9, 1e10, "USD", "", true}}},
	{"money adjective dollars", "The fund holds 2 million Canadian dollars.",
		[]want{{"2 million Canadian dollars", Money, 2e6, 1.5e6, 2.5e6, "CAD", "", false}}},
	{"money or is not a range", "The cap could be $250,000 or $1 million.",
		[]want{
			{"$250,000", Money, 250000, 245000, 255000, "USD", "", false},
			{"$1 million", Money, 1e6, 0.5e6, 1.5e6, "USD", "", false},
		}},

	// Percentages and changes.
	{"percent sign", "Turnout was 50% in the capital.",
		[]want{{"50%", Percent, 50, 49.5, 50.5, "%", "", false}}},
	{"percent word", "Support stood at 50 percent.",
		[]want{{"50 percent", Percent, 50, 49.5, 50.5, "%", "", false}}},
	{"per cent", "Joblessness hit 7.5 per cent.",
		[]want{{"7.5 per cent", Percent, 7.5, 7.45, 7.55, "%", "", false}}},
	{"percent nearly change", "Shares fell nearly 3% on Monday.",
		[]want{{"nearly 3%", Percent, 3, 2.5, 3, "%", "nearly", true}}},
	{"percentage points", "Her lead shrank by 3 percentage points.",
		[]want{{"3 percentage points", Percent, 3, 2.5, 3.5, "pp", "", true}}},
	{"basis points", "The bank cut rates by 25 basis points.",
		[]want{{"25 basis points", Percent, 0.25, 0.245, 0.255, "pp", "", true}}},
	{"change noun", "Drivers faced a 50 percent increase in tolls.",
		[]want{{"50 percent", Percent, 50, 49.5, 50.5, "%", "", true}}},
	{"change then level", "Its profit grew 50% to $9.2 billion.",
		[]want{
			{"50%", Percent, 50, 49.5, 50.5, "%", "", true},
			{"$9.2 billion", Money, 9.2e9, 9.15e9, 9.25e9, "USD", "", false},
		}},
	{"up is a change", "Rents were up 4% from a year earlier.",
		[]want{{"4%", Percent, 4, 3.5, 4.5, "%", "", true}}},
	{"from to after change verb", "Rates rose from 5% to 7%.",
		[]want{
			{"5%", Percent, 5, 4.5, 5.5, "%", "", false},
			{"7%", Percent, 7, 6.5, 7.5, "%", "", false},
		}},
	{"from to after go", "Debt payments will go from $270 billion to $768 billion.",
		[]want{
			{"$270 billion", Money, 270e9, 265e9, 275e9, "USD", "", false},
			{"$768 billion", Money, 768e9, 767.5e9, 768.5e9, "USD", "", false},
		}},
	{"ratio in words", "Roughly one in four adults agreed.",
		[]want{{"Roughly one in four", Percent, 25, 10, 40, "%", "roughly", false}}},
	{"ratio out of", "Nine out of 10 voters said no.",
		[]want{{"Nine out of 10", Percent, 90, 85, 95, "%", "", false}}},
	{"negative change", "Apple, -2.24%, led the decline.",
		[]want{{"-2.24%", Percent, -2.24, -2.245, -2.235, "%", "", false}}},
	{"ratio of every", "Six of every 10 adults agreed.",
		[]want{{"Six of every 10", Percent, 60, 55, 65, "%", "", false}}},
	{"just over", "The stock was last trading just over 1% higher.",
		[]want{{"just over 1%", Percent, 1, 1, 1.5, "%", "just over", true}}},

	// Counts.
	{"count around", "The firm has around 4 million customers.",
		[]want{{"around 4 million customers", Count, 4e6, 3.1e6, 4.9e6, "customers", "around", false}}},
	{"count more than", "It claims more than 4 billion customers.",
		[]want{{"more than 4 billion customers", Count, 4e9, 4e9, 6e9, "customers", "more than", false}}},
	{"count modifier skipped", "Analysts count 4 million worldwide customers.",
		[]want{{"4 million worldwide customers", Count, 4e6, 3.5e6, 4.5e6, "customers", "", false}}},
	{"count head before participle", "We spoke to three people briefed on the talks.",
		[]want{{"three people", Count, 3, 3, 3, "people", "", false}}},
	{"count compound noun", "The provider runs 20 cloud regions.",
		[]want{{"20 cloud regions", Count, 20, 20, 20, "regions", "", false}}},
	{"count total modifier", "There are 80 total availability zones.",
		[]want{{"80 total availability zones", Count, 80, 80, 80, "zones", "", false}}},
	{"count a dozen", "Police seized a dozen rifles.",
		[]want{{"a dozen rifles", Count, 12, 11, 13, "rifles", "", false}}},
	{"count two dozen", "Two dozen volunteers arrived early.",
		[]want{{"Two dozen volunteers", Count, 24, 22.8, 25.2, "volunteers", "", false}}},
	{"count tens of thousands", "Tens of thousands of protesters marched.",
		[]want{{"Tens of thousands of protesters", Count, 1e4, 1e4, 1e5, "protesters", "", false}}},
	{"count hundreds of", "Hundreds of flights were cancelled.",
		[]want{{"Hundreds of flights", Count, 100, 100, 1000, "flights", "", false}}},
	{"count between range", "Between 10 and 12 people were hurt.",
		[]want{{"Between 10 and 12 people", Count, 11, 10, 12, "people", "", false}}},
	{"count dash range", "Rooms hold 10-12 people each.",
		[]want{{"10-12 people", Count, 11, 10, 12, "people", "", false}}},
	{"count or range", "Only two or three families stayed.",
		[]want{{"two or three families", Count, 2.5, 2, 3, "families", "", false}}},
	{"count round thousands", "The arena seated 5,000 fans.",
		[]want{{"5,000 fans", Count, 5000, 4500, 5500, "fans", "", false}}},
	{"count about round", "About 5,000 fans came.",
		[]want{{"About 5,000 fans", Count, 5000, 4000, 6000, "fans", "about", false}}},
	{"count at least", "At least five people died.",
		[]want{{"At least five people", Count, 5, 5, 7.5, "people", "at least", false}}},
	{"count up to", "The plant may shed up to 300 workers.",
		[]want{{"up to 300 workers", Count, 300, 0, 300, "workers", "up to", true}}},
	{"count some", "Some 7,000 troops stayed behind.",
		[]want{{"Some 7,000 troops", Count, 7000, 5800, 8200, "troops", "some", false}}},
	{"count no noun", "An additional five joined later.",
		[]want{{"five", Number, 5, 5, 5, "", "", false}}},
	{"count capitalised plural", "Police detained 3 Americans.",
		[]want{{"3 Americans", Count, 3, 3, 3, "americans", "", false}}},
	{"count large round", "The US sent 2,000 troops.",
		[]want{{"2,000 troops", Count, 2000, 1800, 2200, "troops", "", false}}},
	{"count hyphenated modifier", "It keeps 1.3 million active-duty troops.",
		[]want{{"1.3 million active-duty troops", Count, 1.3e6, 1.25e6, 1.35e6, "troops", "", false}}},
	{"count four digits with bound", "Officials said more than 2000 people fled.",
		[]want{{"more than 2000 people", Count, 2000, 2000, 3000, "people", "more than", false}}},
	{"count collective then noun", "Two Capitol Police officers were hurt.",
		[]want{{"Two Capitol Police officers", Count, 2, 2, 2, "officers", "", false}}},
	{"count pronoun then verb", "The two spoke on condition of anonymity.",
		[]want{{"two", Number, 2, 2, 2, "", "", false}}},
	{"count place name modifier", "Snipers shot five Dallas police officers.",
		[]want{{"five Dallas police officers", Count, 5, 5, 5, "officers", "", false}}},
	{"count possessive stops", "Millions of Facebook's users saw it.",
		[]want{{"Millions", Number, 1e6, 1e6, 1e7, "", "", false}}},
	{"count hyphenated hundred", "It was a three-hundred-year flood.",
		[]want{{"three-hundred-year", Count, 300, 300, 300, "year", "", false}}},
	{"one-vote margin is a count", "The bill failed by a one-vote margin.",
		[]want{{"one-vote", Count, 1, 1, 1, "vote", "", false}}},
	{"adjective compound counts nothing", "The 30,000-strong army advanced.",
		[]want{{"30,000", Number, 30000, 27000, 33000, "", "", false}}},
	{"over after an amount is a period", "The plan saves $6 billion over 10 years.",
		[]want{
			{"$6 billion", Money, 6e9, 5.5e9, 6.5e9, "USD", "", false},
			{"10 years", Count, 10, 10, 10, "years", "", false},
		}},
	{"half a million", "Half a million people lost power.",
		[]want{{"Half a million people", Count, 5e5, 4.75e5, 5.25e5, "people", "", false}}},
	{"count singular one", "One side wins.",
		[]want{{"One side", Count, 1, 1, 1, "side", "", false}}},

	// Ages.
	{"age hyphenated", "Police arrested a 24-year-old man.",
		[]want{{"24-year-old", Count, 24, 24, 24, "years old", "", false}}},
	{"age after name", "The driver, Jane Roe, 41, was held.",
		[]want{{"41", Count, 41, 41, 41, "years old", "", false}}},
	{"age of", "She died at the age of 94.",
		[]want{{"94", Count, 94, 94, 94, "years old", "", false}}},
	{"age after a suffix", "Police named the driver as Tomas Reyes Jr., 56, of Dunmore.",
		[]want{{"56", Count, 56, 56, 56, "years old", "", false}}},
	{"age after a numeral suffix", "The donor, Arthur Penn III, 71, gave the land.",
		[]want{{"71", Count, 71, 71, 71, "years old", "", false}}},
	{"age spelled", "She was 38 years old.",
		[]want{{"38 years old", Count, 38, 38, 38, "years old", "", false}}},
	{"compound adjective", "They took a 10-day trip to a 30,000-seat stadium.",
		[]want{
			{"10-day", Count, 10, 10, 10, "day", "", false},
			{"30,000-seat", Count, 30000, 27000, 33000, "seat", "", false},
		}},

	// Years and dates.
	{"year in", "The plant opened in 2020.",
		[]want{{"2020", Year, 2020, 2020, 2020, "", "", false}}},
	{"year since", "It has run since 2009.",
		[]want{{"2009", Year, 2009, 2009, 2009, "", "", false}}},
	{"year before adjective", "He lost the 2016 presidential race.",
		[]want{{"2016", Year, 2016, 2016, 2016, "", "", false}}},
	{"year range", "She led the team from 2010 to 2013.",
		[]want{{"2010 to 2013", Year, 2010, 2010, 2013, "", "", false}}},
	{"season range", "It was the 2019-20 season.",
		[]want{{"2019-20", Year, 2019, 2019, 2020, "", "", false}}},
	{"decade", "Rents doubled in the 1990s.",
		[]want{{"1990s", Year, 1990, 1990, 1999, "", "", false}}},
	{"year hedged", "The deal runs until at least 2028.",
		[]want{{"at least 2028", Year, 2028, 2028, 2038, "", "at least", false}}},
	{"date full", "The year ended March 31, 2021.",
		[]want{{"March 31, 2021", Date, 20210331, 20210331, 20210331, "", "", false}}},
	{"date abbreviation", "The note is dated Jan. 18, 2022.",
		[]want{{"Jan. 18, 2022", Date, 20220118, 20220118, 20220118, "", "", false}}},
	{"date no year", "The attack came on June 28.",
		[]want{{"June 28", Date, 628, 628, 628, "", "", false}}},
	{"date month year", "A warning went out in August 2020.",
		[]want{{"August 2020", Date, 20200800, 20200801, 20200831, "", "", false}}},
	{"date bare month", "He took office in January.",
		[]want{{"January", Date, 100, 101, 131, "", "", false}}},
	{"date day first", "Talks resumed on 8 August 2021.",
		[]want{{"8 August 2021", Date, 20210808, 20210808, 20210808, "", "", false}}},
	{"date day range", "The summit is set for June 28-29.",
		[]want{{"June 28-29", Date, 628, 628, 629, "", "", false}}},
	{"date slashes", "The form was signed 6/28/2018.",
		[]want{{"6/28/2018", Date, 20180628, 20180628, 20180628, "", "", false}}},
	{"date then time", "Posted Tuesday, Jan 18, 2022 - 11:10 PM",
		[]want{{"Jan 18, 2022", Date, 20220118, 20220118, 20220118, "", "", false}}},
	{"may is a verb", "Prices may rise and troops march in formation.", nil},

	// Not quantities.
	{"ordinal word", "It is the world's fourth-largest provider.", nil},
	{"ordinal digits", "The 1st and 2nd rounds are done.", nil},
	{"disease name", "COVID-19 cases rose.", nil},
	{"aircraft model", "A Boeing 737 landed.", nil},
	{"fighter jet", "The F-35 program slipped.", nil},
	{"software version", "The Windows 11 update shipped.", nil},
	{"time of day", "It was 11:10 PM.",
		[]want{{"11:10 PM", Time, 1390, 1390, 1390, "", "", false}}},
	{"time am", "We meet at 10 a.m. sharp.",
		[]want{{"10 a.m.", Time, 600, 570, 630, "", "", false}}},
	{"phone", "Call 555-123-4567 today.", nil},
	{"isbn", "ISBN 978-3-16-148410-0 is printed inside.", nil},
	{"section", "Section 230 of the act.", nil},
	{"rank", "The team is ranked No. 1 again.", nil},
	{"emergency call", "She placed a 911 call.", nil},
	{"pronoun one", "No one knows, one of the aides said.", nil},
	{"network generation", "The 4G network is old.", nil},
	{"letter after hyphen", "They bought a 3-D printer.", nil},
	{"store name", "He robbed a 7-Eleven store.", nil},
	{"street address", "He lives at 1600 Pennsylvania Avenue.", nil},
	{"ip address", "The host 192.168.0.1 went down.", nil},
	{"team name", "Members of Seal Team Six returned.", nil},
	{"one-on-one", "In his first one-on-one interview since Saturday, he spoke.", nil},
	{"one-to-one", "They held one-to-one talks.", nil},
	{"one-two punch", "It was a one-two punch for the party.", nil},
	{"one-party state", "It remains a one-party state.", nil},
	{"one-time adviser", "A one-time adviser to the mayor spoke.", nil},
	{"one-size-fits-all", "Critics called it a one-size-fits-all rule.", nil},
	{"score", "The final score was 3-2.", nil},
	{"fraction", "Two-thirds of voters agreed.", nil},
	{"list marker", "1) First we ask.", nil},
	{"two digit year", "It worked in ’08 too.", nil},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Parse(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("Parse(%q) found %d quantities, want %d:\n%s", tc.in, len(got), len(tc.want), dump(got))
			}
			for i, w := range tc.want {
				checkQuantity(t, tc.in, got[i], w)
			}
		})
	}
}

// checkQuantity compares one parsed quantity with what is wanted.
func checkQuantity(t *testing.T, in string, q Quantity, w want) {
	t.Helper()
	if q.Text != w.text {
		t.Errorf("Text = %q, want %q", q.Text, w.text)
	}
	if in[q.Start:q.End] != q.Text {
		t.Errorf("span [%d,%d) = %q does not match Text %q", q.Start, q.End, in[q.Start:q.End], q.Text)
	}
	if q.Kind != w.kind {
		t.Errorf("%q: Kind = %s, want %s", q.Text, q.Kind, w.kind)
	}
	if !near(q.Value, w.value) || !near(q.Low, w.low) || !near(q.High, w.high) {
		t.Errorf("%q: value %g [%g, %g], want %g [%g, %g]", q.Text, q.Value, q.Low, q.High, w.value, w.low, w.high)
	}
	if q.Unit != w.unit {
		t.Errorf("%q: Unit = %q, want %q", q.Text, q.Unit, w.unit)
	}
	if q.Hedge != w.hedge {
		t.Errorf("%q: Hedge = %q, want %q", q.Text, q.Hedge, w.hedge)
	}
	if q.Change != w.change {
		t.Errorf("%q: Change = %v, want %v", q.Text, q.Change, w.change)
	}
}

// near compares floats with a relative tolerance that absorbs decimal rounding only.
func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func dump(qs []Quantity) string {
	s := ""
	for _, q := range qs {
		s += "  " + q.Text + " (" + string(q.Kind) + " " + q.Unit + ")\n"
	}
	return s
}

func TestParseEmptyAndOffsets(t *testing.T) {
	if got := Parse(""); got != nil {
		t.Errorf("Parse(\"\") = %v, want nil", got)
	}
	in := "Über 3 Äpfel: rund 5 Millionen — and then 7 people."
	got := Parse(in)
	if len(got) == 0 {
		t.Fatal("no quantity found")
	}
	last := got[len(got)-1]
	if last.Text != "7 people" || in[last.Start:last.End] != "7 people" {
		t.Errorf("last = %q at [%d,%d), want \"7 people\" at its byte offsets", last.Text, last.Start, last.End)
	}
}

func TestReaderParsesAsParse(t *testing.T) {
	// Every case in turn, then again from the last to the first, so that each
	// is read both after a longer text and after a shorter one.
	var r Reader
	order := make([]int, 0, 2*len(parseCases))
	for i := range parseCases {
		order = append(order, i)
	}
	for i := len(parseCases) - 1; i >= 0; i-- {
		order = append(order, i)
	}
	for _, i := range order {
		in := parseCases[i].in
		if got, want := r.Parse(in), Parse(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Reader.Parse(%q) =\n%s, want\n%s", in, dump(got), dump(want))
		}
	}
}
