// Package quantity finds numbers in news sentences and turns each into an
// interval from its hedge and its written precision.
//
// A wrong conflict costs more than a missed one, so intervals lean wide: a number
// is as precise as it is written ("$9 billion" ±0.5 billion, "$43,350" exact),
// a hedge widens or bounds it ("about" ±10% more, "more than" up to half again,
// "less than" down to zero), and anything that only looks like a number (model names,
// ranks, phone numbers, scores, footnote markers, times that could be morning or
// evening) is left out rather than guessed at. Vague words lean wide too: "several" is
// 3 to 12, "a few" 2 to 5, "a couple of" 2 or 3.
package quantity

// Kind says what sort of quantity a span is.
type Kind string

// The kinds of quantity.
const (
	Money   Kind = "money"   // $9.2 billion, 863.3 billion dollars
	Percent Kind = "percent" // 50%, 50 percent, 3 percentage points
	Count   Kind = "count"   // 4 million customers, three people
	Year    Kind = "year"    // in 2020
	Date    Kind = "date"    // March 31, 2021
	Number  Kind = "number"  // a bare number whose thing is unknown
	Tally   Kind = "tally"   // a vote: 234-193, 7 to 2 (Value the first side, Other the second)
	Time    Kind = "time"    // a time of day: 5 p.m., 7:15 a.m., noon (minutes after midnight)
	Weekday Kind = "weekday" // a day of the week standing for a date: on Thursday (Monday is 1, Sunday 7)
)

// Quantity is one number found in a sentence.
//
// A Tally holds both sides of a vote: Value, Low and High are the first side as written
// (234 of "passed 234-193"), Other the second (193), and Unit is "votes". Both sides are
// exact counts, so two tallies agree only when both sides match.
//
// A Time is minutes after midnight: "7:15 a.m." is 435 and exact to the minute, "5 p.m."
// is 1020 written to the hour, so [990, 1050], "around" widens it by five minutes each
// way. Unit is the time zone as written ("ET", "GMT"), or "".
type Quantity struct {
	Text   string  `json:"text"`  // the span as written, hedge included: "more than 4 billion customers"
	Start  int     `json:"start"` // byte offsets of Text in the parsed string
	End    int     `json:"end"`
	Value  float64 `json:"value"` // the number as stated: 4e9; a range's midpoint; a vague amount's floor; a date as YYYYMMDD
	Low    float64 `json:"low"`   // the interval the hedge and precision allow
	High   float64 `json:"high"`
	Unit   string  `json:"unit"` // currency code ("USD"), "%", "pp", or the thing counted ("customers")
	Kind   Kind    `json:"kind"`
	Hedge  string  `json:"hedge,omitempty"`  // "about", "more than", ... as written, lower case
	Change bool    `json:"change,omitempty"` // a change ("grew 50%", "up 3 points") rather than a level
	Range  bool    `json:"range,omitempty"`  // two ends stated ("500,000 to 1.6 million"): Low and High are the ends
	Other  float64 `json:"other,omitempty"`  // a tally's second side: 193 of "234-193"
}
