// Package entity finds people, organisations and places in article text and
// merges the names they go by across a whole story.
package entity

// Type is the kind of a named entity: "person", "org", "place" or "other".
type Type string

// The entity types.
const (
	Person Type = "person"
	Org    Type = "org"
	Place  Type = "place"
	Other  Type = "other"
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
