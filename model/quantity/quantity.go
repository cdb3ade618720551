// Package quantity finds numbers in news sentences and turns each into an
// interval from its hedge and its written precision.
//
// A wrong conflict costs more than a missed one, so intervals lean wide: a number
// is as precise as it is written ("$9 billion" ±0.5 billion, "$43,350" exact),
// a hedge widens or bounds it ("about" ±10% more, "more than" up to half again,
// "less than" down to zero), and anything that only looks like a number (times,
// model names, ranks, phone numbers) is left out rather than guessed at.
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
)

// Quantity is one number found in a sentence.
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
}
