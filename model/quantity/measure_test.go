package quantity

import "testing"

// parseCase is one sentence and the quantities Parse must find in it, in order.
type parseCase struct {
	name string
	in   string
	want []want
}

// runParseCases checks each case as TestParse does.
func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
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

// The sentences below are written for these tests, after the kinds of story that
// carry each form: earthquakes, heat waves, shootings, protests, papers with notes.

func TestParseVerbsAndMagnitudes(t *testing.T) {
	runParseCases(t, []parseCase{
		{"magnitude before, verb after", "A magnitude 6.1 struck off the island's north coast.",
			[]want{{"magnitude 6.1", Count, 6.1, 6.05, 6.15, "magnitude", "", false}}},
		{"bare magnitude then verb", "The 6.4 hit the coast before dawn.",
			[]want{{"6.4", Number, 6.4, 6.35, 6.45, "", "", false}}},
		{"hyphenated magnitude", "A 6.4-magnitude quake rattled the valley.",
			[]want{{"6.4-magnitude", Count, 6.4, 6.35, 6.45, "magnitude", "", false}}},
		{"magnitude after a verb", "Seismologists put the shock at magnitude 6.4.",
			[]want{{"magnitude 6.4", Count, 6.4, 6.35, 6.45, "magnitude", "", false}}},
		{"magnitude joined by a hyphen", "A magnitude-7.3 tremor shook the capital.",
			[]want{{"magnitude-7.3", Count, 7.3, 7.25, 7.35, "magnitude", "", false}}},
		{"magnitude of", "The agency gave a preliminary magnitude of 5.8 for the shock.",
			[]want{{"magnitude of 5.8", Count, 5.8, 5.75, 5.85, "magnitude", "", false}}},
		{"magnitude after the number", "A 7.1 magnitude earthquake flattened the market.",
			[]want{{"7.1 magnitude", Count, 7.1, 7.05, 7.15, "magnitude", "", false}}},
		{"a decimal does not count one thing", "The 5.9 quake toppled a church tower.",
			[]want{{"5.9", Number, 5.9, 5.85, 5.95, "", "", false}}},
		{"irregular past tense ends the count", "One rocket struck an empty field.",
			[]want{{"One rocket", Count, 1, 1, 1, "rocket", "", false}}},
		{"number as a pronoun before a verb", "Three drew their weapons.",
			[]want{{"Three", Number, 3, 3, 3, "", "", false}}},
		{"present tense after a pronoun", "The two oppose the merger.",
			[]want{{"two", Number, 2, 2, 2, "", "", false}}},
		{"verb inside a compound modifier", "Democrats flipped two Republican-held seats.",
			[]want{{"two Republican-held seats", Count, 2, 2, 2, "seats", "", false}}},
		{"length abbreviation after a decimal", "The rover is 9.8 ft long.",
			[]want{{"9.8 ft", Count, 9.8, 9.75, 9.85, "ft", "", false}}},
	})
}

func TestParseTemperatures(t *testing.T) {
	runParseCases(t, []parseCase{
		{"degrees", "Temperatures reached 110 degrees in Phoenix on Sunday.",
			[]want{{"110 degrees", Count, 110, 110, 110, "degrees", "", false}}},
		{"degree sign and F", "Forecasters expect 110°F by Tuesday.",
			[]want{{"110°F", Count, 110, 110, 110, "°F", "", false}}},
		{"spaced F", "Highs near 110 F are forecast for the valley.",
			[]want{{"110 F", Count, 110, 110, 110, "°F", "", false}}},
		{"glued C", "Madrid hit 43C on Saturday.",
			[]want{{"43C", Count, 43, 43, 43, "°C", "", false}}},
		{"degree compound", "It was a 110-degree day at the stadium.",
			[]want{{"110-degree", Count, 110, 110, 110, "degrees", "", false}}},
		{"kelvin after temperatures", "Lab temperatures of 110K were held for a week.",
			[]want{{"110K", Count, 110, 110, 110, "K", "", false}}},
		{"degrees Celsius", "The heat wave pushed the city to 44 degrees Celsius.",
			[]want{{"44 degrees Celsius", Count, 44, 44, 44, "°C", "", false}}},
		{"hedged and spaced sign", "Nights stayed above 30 °C all week.",
			[]want{{"above 30 °C", Count, 30, 30, 45, "°C", "above", false}}},
		{"ordinal sign typed for degrees", "Crews worked in 104ºF heat.",
			[]want{{"104ºF", Count, 104, 104, 104, "°F", "", false}}},
		{"negative Celsius", "Lows of -5C are expected.",
			[]want{{"-5C", Count, -5, -5, -5, "°C", "", false}}},
		{"K without temperature is thousands", "The startup hired 110K workers.",
			[]want{{"110K workers", Count, 110e3, 105e3, 115e3, "workers", "", false}}},
		{"K in money is thousands", "She earned $110K last year.",
			[]want{{"$110K", Money, 110e3, 105e3, 115e3, "USD", "", false}}},
		{"latitude is not a temperature", "The epicentre lay near 38.2° N.",
			[]want{{"38.2", Number, 38.2, 38.15, 38.25, "", "", false}}},
		{"seat numbers", "Seat 12C was empty and row 5F was full.", nil},
		{"jet names", "Two F-16s escorted the plane.",
			[]want{{"Two", Number, 2, 2, 2, "", "", false}}},
	})
}

func TestParseFootnoteMarkers(t *testing.T) {
	runParseCases(t, []parseCase{
		{"markers after a month", "The rule took effect July1,2 across the state.", nil},
		{"marker after a verb", "The ministry reported3 new infections.", nil},
		{"marker after a name", "A study by Smith2 found no link.", nil},
		{"marker after the counted noun", "Officials said 41 people1 died.",
			[]want{{"41 people", Count, 41, 41, 41, "people", "", false}}},
		{"marker after a full stop", "Deaths rose in 2019, officials said.4 The rest held.",
			[]want{{"2019", Year, 2019, 2019, 2019, "", "", false}}},
		{"years and decimals stay", "Unemployment was 3.5% in 2019.",
			[]want{
				{"3.5%", Percent, 3.5, 3.45, 3.55, "%", "", false},
				{"2019", Year, 2019, 2019, 2019, "", "", false},
			}},
		{"abbreviated month glued to its day", "Markets closed early on Dec.28 this year.",
			[]want{{"Dec.28", Date, 1228, 1228, 1228, "", "", false}}},
		{"codes keep their digits", "COVID19 and H1N1 cases rose in the G20.", nil},
	})
}

func TestParseVagueCounts(t *testing.T) {
	runParseCases(t, []parseCase{
		{"several", "The gunman wounded several others.",
			[]want{{"several others", Count, 3, 3, 12, "others", "", false}}},
		{"several with a modifier", "Several other people were treated at the scene.",
			[]want{{"Several other people", Count, 3, 3, 12, "people", "", false}}},
		{"a few", "A few protesters stayed overnight.",
			[]want{{"A few protesters", Count, 2, 2, 5, "protesters", "", false}}},
		{"a couple of", "A couple of reporters left the briefing.",
			[]want{{"A couple of reporters", Count, 2, 2, 3, "reporters", "", false}}},
		{"a couple is a pair", "A couple who lived nearby called police.", nil},
		{"quite a few is many", "Quite a few voters stayed home.", nil},
		{"several without a noun", "Several of them left early.", nil},
		{"several hundred counts its noun", "Several hundred people marched downtown.",
			[]want{{"Several hundred people", Count, 200, 200, 1000, "people", "", false}}},
		{"a few thousand", "A few thousand fans waited outside.",
			[]want{{"A few thousand fans", Count, 2000, 2000, 10000, "fans", "", false}}},
		{"a few thousand dollars", "The stall made a few thousand dollars a week.",
			[]want{{"a few thousand dollars", Money, 2000, 2000, 10000, "USD", "", false}}},
		{"a couple dozen", "A couple dozen vendors set up stalls.",
			[]want{{"A couple dozen vendors", Count, 24, 24, 36, "vendors", "", false}}},
		{"dozen alone", "Dozen injured as bus overturns.",
			[]want{{"Dozen injured", Count, 12, 11, 13, "injured", "", false}}},
		{"two-dozen", "The governor signed two-dozen bills.",
			[]want{{"two-dozen bills", Count, 24, 22.8, 25.2, "bills", "", false}}},
		{"two dozen", "The governor signed two dozen bills.",
			[]want{{"two dozen bills", Count, 24, 22.8, 25.2, "bills", "", false}}},
		{"half a dozen", "Half a dozen boats capsized.",
			[]want{{"Half a dozen boats", Count, 6, 5, 7, "boats", "", false}}},
		{"a half-dozen", "A half-dozen boats capsized.",
			[]want{{"A half-dozen boats", Count, 6, 5, 7, "boats", "", false}}},
		{"hedged two-dozen", "He signed nearly two-dozen executive actions.",
			[]want{{"nearly two-dozen executive actions", Count, 24, 21.6, 24, "actions", "nearly", false}}},
	})
}

func TestMeasurePairs(t *testing.T) {
	cases := []struct {
		name                   string
		p                      pair
		comparable, compatible bool
	}{
		{"several against two",
			pair{"The blast injured several others.", "several others", "The blast injured two others.", "two others"},
			true, false},
		{"several against eight",
			pair{"The blast injured several others.", "several others", "The blast injured eight others.", "eight others"},
			true, true},
		{"a few against a dozen",
			pair{"A few protesters stayed.", "A few protesters", "A dozen protesters stayed.", "A dozen protesters"},
			true, false},
		{"a couple against three",
			pair{"A couple of reporters left.", "A couple of reporters", "Three reporters left.", "Three reporters"},
			true, true},
		{"two-dozen against twenty-four",
			pair{"He signed two-dozen orders.", "two-dozen orders", "He signed 24 orders.", "24 orders"},
			true, true},
		{"Fahrenheit against Celsius",
			pair{"It hit 110°F.", "110°F", "It hit 43C.", "43C"},
			false, false},
		{"degrees against a scale",
			pair{"It hit 110 degrees.", "110 degrees", "It hit 110 F.", "110 F"},
			false, true},
		{"two writings of Fahrenheit",
			pair{"It hit 110°F.", "110°F", "It hit 110 F.", "110 F"},
			true, true},
		{"degree compound against degrees",
			pair{"A 110-degree day.", "110-degree", "It hit 112 degrees.", "112 degrees"},
			true, false},
		{"two magnitudes",
			pair{"A magnitude 6.1 struck.", "magnitude 6.1", "A 6.4-magnitude quake struck.", "6.4-magnitude"},
			true, false},
		{"a magnitude against a count",
			pair{"A magnitude 6 quake struck.", "magnitude 6", "Six quakes struck.", "Six quakes"},
			false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := one(t, tc.p.a, tc.p.aSpan), one(t, tc.p.b, tc.p.bSpan)
			if got := Comparable(a, b); got != tc.comparable || Comparable(b, a) != got {
				t.Errorf("Comparable(%q %s %q, %q %s %q) = %v, want %v", a.Text, a.Kind, a.Unit, b.Text, b.Kind, b.Unit, got, tc.comparable)
			}
			if got := Compatible(a, b); got != tc.compatible || Compatible(b, a) != got {
				t.Errorf("Compatible(%q [%g,%g], %q [%g,%g]) = %v, want %v", a.Text, a.Low, a.High, b.Text, b.Low, b.High, got, tc.compatible)
			}
		})
	}
}
