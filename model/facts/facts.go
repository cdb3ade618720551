// Package facts reads the checkable facts out of a document's sentences: each
// figure with what it measures, of whom and when; each quotation with who it
// is credited to; and each statement with what and whom it is about.
//
// A fact is what the cross-check compares (package verdict). It is only as
// precise as the text: a slot the sentence does not fill is left empty, and
// an empty slot lets a fact agree with a clear one but never contradict it.
package facts

import (
	"time"

	"parallax/model/quantity"
	"parallax/model/text"
)

// Doc is what extraction needs of one document.
type Doc struct {
	ID        string
	Outlet    string
	Published time.Time // zero when unknown
	Title     string
	Text      string
}

// Mention is a resolved entity named in a document: byte offsets into its text.
type Mention struct {
	Entity     string // entity ID
	Name       string // the entity's canonical name
	Type       string // "person", "org", "place" or "other"
	Family     string // what a sentence about it is about: a person's surname, an organisation's first word
	Start, End int
}

// Kind says what makes a fact checkable, which decides what it can be compared with.
type Kind int

// The kinds of fact.
const (
	Figure    Kind = iota // a money, percent or count figure
	When                  // a date is the fact ("shut on March 3")
	Quote                 // someone's words in quotation marks
	Statement             // a sentence stating something about named people or things
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Figure:
		return "figure"
	case When:
		return "when"
	case Quote:
		return "quote"
	}
	return "statement"
}

// Sentence is one sentence of a document with what every fact made from it shares.
type Sentence struct {
	Doc        string
	Start, End int    // byte offsets in the document text
	Text       string // the sentence as written
	Headline   bool   // the document's title line

	Tokens []text.Token // offsets relative to the sentence
	Stems  []string     // stem per token; "" for stopwords and the words of figures
	lower  []string     // per token, its text lower-cased, when read by Extract (see lowerAt)

	Content  []string   // distinct content stems outside reporting noise
	Names    []string   // those of Content that only occur inside entity names
	Entities []string   // distinct entity IDs named outside quotations, sorted
	Families []string   // their families, distinct
	Mentions []Mention  // offsets relative to the sentence
	Quote    *Quotation // the first quotation long enough to be someone's words
	Credit   Credit     // who the sentence credits its words or facts to
	Negated  bool       // the main statement is denied ("did not", "no", "never")
	Years    []int      // the years the sentence names
	OpenYear int        // the year an opening phrase sets the whole sentence in ("In 2004, voters in 11 states"), or 0
	Days     []string   // the weekdays it names, lower case: "friday"

	// Quantities are every figure and date the sentence states outside
	// quotations, in reading order, with offsets in the document text.
	Quantities []quantity.Quantity
}

// Credit is who a sentence credits: a person or organisation.
type Credit struct {
	Entity  string // entity ID, "" when unknown
	Name    string // as the sentence names them
	Office  string // the office or title the sentence gives them ("spokesman", "president"), lower case
	Person  bool   // the credit is a person, not an organisation
	Family  string // the person's surname or the organisation's first word
	Relayed bool   // an organisation the words are "according to", or someone who "reports" them: they pass them on
	For     string // for a person named with an office, the family of whom they speak for, named before it ("White House spokesman")
}

// Quotation is words a sentence puts in quotation marks.
type Quotation struct {
	Text   string   // the quoted words, without the marks
	Words  []string // the words with house style folded (see Words)
	Elided bool     // marks words left out or put in by an editor
	Proper []bool   // per word: written with a capital inside the quotation (a name)
}

// Fact is one checkable thing a sentence states.
type Fact struct {
	Doc       string
	Outlet    string
	Published time.Time
	Sentence  *Sentence
	Kind      Kind

	// For Figure and When facts.
	Figure    quantity.Quantity // offsets in the document text
	Index     int               // index of Figure in Sentence.Quantities; -1 for quotes and statements
	Measures  []string          // content stems around the figure in its clause, its unit's aside: what it measures
	Unit      string            // what a count counts, synonyms folded ("troops" for soldiers); "" when vague or not a count
	Span      bool              // the count is a span of time ("three weeks"): a unit too common to name the fact
	Part      bool              // the count is of some more, other or remaining ones ("two more debates"), not of all
	Subject   []string          // entity families named in the figure's clause: whose figure it is
	Scope     string            // entity ID the figure is limited to ("workers at X"), "" for none
	Owner     string            // for an age, the family of the person whose age it is
	OwnerName string            // and that person's name as written ("Tamerlan Tsarnaev", or just "Tsarnaev")
}
