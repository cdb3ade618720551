// Package entity finds people, organisations and places in article text and
// merges the names they go by across a whole story.
//
// It uses rules and small built-in gazetteers, no statistical model:
//
//   - Find reads capitalised runs with their connectors ("Department of
//     Commerce", "Cybersecurity & Infrastructure Security Agency", "Osama bin
//     Laden"), initials and acronyms. It drops a possessive ending, a title
//     ("Defense Secretary Jim Mattis" is Jim Mattis, a person), a leading
//     "The", and common words that are capitalised only because they open a
//     sentence ("But", "According", "Last month"); a lone sentence-initial word
//     it does not know is kept only if the document uses it as a name elsewhere
//     and never in lower case. Weekday and month names, demonyms ("Chinese"),
//     all-caps lines, page furniture ("Hide Caption"), handles and links are
//     not names. Title-case headings are read only for names the body of the
//     same document (or a gazetteer) already knows.
//   - Types come from gazetteers (countries, adjectives, US states, capitals
//     and large cities, regions, well-known organisations, given names), from
//     keywords (Department, Bank, Times; County, Valley; War, Quadrant), from
//     titles, corporate suffixes and context ("research firm X", "X said",
//     "X, 41,", "X, Florida"), and are then shared by every mention of the same
//     name in the document; a lone surname of a person found in full is a person.
//   - Resolve merges the mentions of all documents of a story (see its rules).
package entity

// Type is the kind of a named entity: "person", "org", "place" or "other".
type Type string

// The entity types.
const (
	Person Type = "person"
	Org    Type = "org"
	Place  Type = "place"
	Other  Type = "other" // events, laws, products, reports ("Magic Quadrant", "World War II")
)

// Mention is one place a name occurs in one document.
type Mention struct {
	Doc        string // document ID
	Start, End int    // byte offsets into the document text
	Text       string // the name as written, trimmed of possessives and titles: text[Start:End]
	Type       Type
	Expansion  string // for a bracketed acronym right after a name ("China (PRC)"), that name as written
}

// Entity is one person, organisation or place with all its names and mentions.
type Entity struct {
	Name     string // canonical name
	Type     Type
	Aliases  []string // other names it goes by
	Mentions []Mention
}
