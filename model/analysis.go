package model

import "parallax/model/quantity"

// EntityType is the kind of a named entity.
type EntityType string

// The entity types.
const (
	Person EntityType = "person"
	Org    EntityType = "org"
	Place  EntityType = "place"
	Other  EntityType = "other"
)

// Mention is one place an entity is named: byte offsets into a document's text.
type Mention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is a person, organisation or place, with every name it goes by across the story.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"` // the canonical name, e.g. "Commerce Department"
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"` // other names, e.g. "U.S. Department of Commerce"
	Mentions []Mention  `json:"mentions"`
}

// Quote is words a claim puts in quotation marks, with who they are credited to.
type Quote struct {
	Text    string `json:"text"`              // the quoted words, without the marks
	Speaker string `json:"speaker,omitempty"` // who said or wrote them, as the sentence credits
}

// Claim is one checkable sentence of one document.
type Claim struct {
	ID         string              `json:"id"`
	Doc        string              `json:"doc"`
	Start      int                 `json:"start"` // byte offsets of the sentence in the document text
	End        int                 `json:"end"`
	Text       string              `json:"text"`
	Quantities []quantity.Quantity `json:"quantities"` // every figure and date of the sentence; offsets relative to the document text
	Figure     int                 `json:"figure"`     // index into Quantities of the figure this claim states; -1 when its fact is a quote or statement
	Entities   []string            `json:"entities"`   // entity IDs named in the sentence
	Quote      *Quote              `json:"quote"`
	Source     string              `json:"source,omitempty"` // who the claim is credited to ("according to Gartner")
}

// Verdict is what the cross-check concludes about a group of aligned claims.
type Verdict string

// The verdicts.
const (
	Conflicting  Verdict = "conflicting"  // the same fact with incompatible values or credits
	Corroborated Verdict = "corroborated" // two or more outlets state it compatibly
	Single       Verdict = "single"       // one outlet only
)

// Group is a set of claims from different outlets that state the same fact.
type Group struct {
	ID       string     `json:"id"`
	Verdict  Verdict    `json:"verdict"`
	Claims   []string   `json:"claims"`
	Outlets  []string   `json:"outlets"`
	Reason   string     `json:"reason"`
	Sides    [][]string `json:"sides,omitempty"`    // for conflicts: the claims on each side
	Conflict *Conflict  `json:"conflict,omitempty"` // for conflicts: what the sides disagree on, as data
}

// ConflictKind says how the sides of a conflict differ.
type ConflictKind string

// The kinds of conflict.
const (
	ConflictValues      ConflictKind = "values"      // one figure, incompatible values
	ConflictSlip        ConflictKind = "slip"        // values a power of 1,000 apart: a thousand/million/billion slip
	ConflictMisquote    ConflictKind = "misquote"    // one quotation with a content word, number, name or negation changed
	ConflictAttribution ConflictKind = "attribution" // the same words credited to different people
	ConflictName        ConflictKind = "name"        // different names or spellings for one role
	ConflictNegation    ConflictKind = "negation"    // a statement against its negation
	ConflictUpdate      ConflictKind = "update"      // different values where a later report may update the earlier ones
)

// Conflict is what the sides of a conflicting group disagree on.
type Conflict struct {
	Kind ConflictKind `json:"kind"`
	// Values holds what each side states, in the order of the group's Sides:
	// the figures ("$3.5 billion", "$3.6 billion"), the changed words of a
	// misquote, the speakers of an attribution, the names of a name conflict.
	Values []string `json:"values"`
	Later  string   `json:"later,omitempty"` // for an update: the outlet whose report is later
}

// Story is the documents about one event; claims are only aligned within a story.
type Story struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Documents []string `json:"documents"`
	Notes     []string `json:"notes,omitempty"` // what the cross-check had to leave out, in plain words
}

// Analysis is the cross-check of a pile of articles, story by story: immutable
// once built, safe to share.
type Analysis struct {
	Version   int        `json:"version"`
	Stories   []Story    `json:"stories"`
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Claims    []Claim    `json:"claims"`
	Groups    []Group    `json:"groups"`

	claimIndex map[string]int // claim ID -> index in Claims
	groupOf    map[string]int // claim ID -> index in Groups
	docIndex   map[string]int // document ID -> index in Documents
}

// NewAnalysis assembles an Analysis from finished parts and indexes it.
// Analyze is the usual way to get one; this is for stores and tests.
func NewAnalysis(docs []Document, entities []Entity, claims []Claim, groups []Group) *Analysis {
	a := &Analysis{Version: 1, Documents: docs, Entities: entities, Claims: claims, Groups: groups}
	a.index()
	return a
}

// Claim returns the claim with the given ID.
func (a *Analysis) Claim(id string) (Claim, bool) {
	i, ok := a.claimIndex[id]
	if !ok {
		return Claim{}, false
	}
	return a.Claims[i], true
}

// GroupOf returns the group a claim belongs to.
func (a *Analysis) GroupOf(claimID string) (Group, bool) {
	i, ok := a.groupOf[claimID]
	if !ok {
		return Group{}, false
	}
	return a.Groups[i], true
}

// Document returns the document with the given ID.
func (a *Analysis) Document(id string) (Document, bool) {
	i, ok := a.docIndex[id]
	if !ok {
		return Document{}, false
	}
	return a.Documents[i], true
}

// ClaimsOf returns a document's claims in reading order.
func (a *Analysis) ClaimsOf(docID string) []Claim {
	var out []Claim
	for _, c := range a.Claims {
		if c.Doc == docID {
			out = append(out, c)
		}
	}
	return out
}

// index builds the lookup tables; Analyze calls it once the slices are final.
func (a *Analysis) index() {
	a.claimIndex = make(map[string]int, len(a.Claims))
	for i, c := range a.Claims {
		a.claimIndex[c.ID] = i
	}
	a.groupOf = make(map[string]int, len(a.Claims))
	for i, g := range a.Groups {
		for _, id := range g.Claims {
			a.groupOf[id] = i
		}
	}
	a.docIndex = make(map[string]int, len(a.Documents))
	for i, d := range a.Documents {
		a.docIndex[d.ID] = i
	}
}

// FigureOf returns the figure the claim states, if its fact is a figure or date.
func (c Claim) FigureOf() (quantity.Quantity, bool) {
	if c.Figure < 0 || c.Figure >= len(c.Quantities) {
		return quantity.Quantity{}, false
	}
	return c.Quantities[c.Figure], true
}
