// Package story turns an Analysis into what the reader draws: documents with
// sanitised text, their checkable sentences with the claims the engine made
// of each (one per figure) mapped onto it, fact counts, entities with their
// mentions per outlet, and the facts × outlets matrix. A Story is built once
// per loaded analysis and never changed after.
package story

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"parallax/model"
	"parallax/model/quantity"
	"parallax/ui/internal/sanitize"
)

// Span is a byte range of a document's cleaned text.
type Span struct {
	Start, End int
}

// Counts is how many facts have each verdict. A fact is one group of the
// engine's: the same statement as every outlet that makes it gives it, so
// the header, the story rows, the overview and `analyze` all count the same.
type Counts struct {
	Conflicting, Corroborated, Single int
}

// Add counts one fact of verdict v.
func (c *Counts) Add(v model.Verdict) {
	switch v {
	case model.Conflicting:
		c.Conflicting++
	case model.Corroborated:
		c.Corroborated++
	default:
		c.Single++
	}
}

// Total is the number of facts counted.
func (c Counts) Total() int { return c.Conflicting + c.Corroborated + c.Single }

// Claim is one claim placed on its document's cleaned text: one figure of a
// sentence, or the sentence's quote or statement.
type Claim struct {
	ID         string
	Doc        string
	Span       Span // the sentence's span
	Verdict    model.Verdict
	Group      string // "" when the engine put it in no group
	Values     []Span // the spans of every figure of the sentence, in the order of Quantities
	Quantities []quantity.Quantity
	Figure     int // index into Values of the figure this claim states; -1 for a quote or statement
	Entities   []string
	Sentence   *Sentence // the sentence it was made from
}

// Own is the span and text of the figure the claim states, if it states one.
func (c *Claim) Own() (Span, quantity.Quantity, bool) {
	if c == nil || c.Figure < 0 || c.Figure >= len(c.Values) || c.Figure >= len(c.Quantities) {
		return Span{}, quantity.Quantity{}, false
	}
	return c.Values[c.Figure], c.Quantities[c.Figure], true
}

// Doc is a document ready to draw.
type Doc struct {
	ID, Outlet, Title string // one-line, sanitised
	Date              string // "2006-01-02", or "" when unknown
	URL, Author       string // one-line, sanitised; URL is "" unless it is a web address
	Text              string // sanitised; every Span points into it
	Words             int
	Claims            []*Claim    // in reading order
	Sentences         []*Sentence // in reading order
	Counts            Counts      // the facts this document states
	CopyOf            string      // ID of the document this one copies (a wire copy), or ""
	mentions          map[string][]Span
}

// Mentions returns where the entity is named in this document.
func (d *Doc) Mentions(entityID string) []Span { return d.mentions[entityID] }

// Sentence returns the claim's sentence as one line.
func (d *Doc) Sentence(c *Claim) string { return d.Line(c.Span) }

// Line returns a span of the text as one line.
func (d *Doc) Line(sp Span) string {
	return strings.Join(strings.Fields(d.Text[sp.Start:sp.End]), " ")
}

// Entity is an entity with what the search and the panes show about it.
type Entity struct {
	ID, Name  string // Name is sanitised
	Type      model.EntityType
	Aliases   []string
	PerDoc    []int    // mentions in each document, in Story.Docs order
	Docs      []string // the documents that mention it, in Story.Docs order
	Sentences []string // the sentences about it (by ID), in document then reading order
}

// Story is the reader's view of one analysis, or of one story of it.
type Story struct {
	ID       string // the engine's story ID, or "" for an analysis not split into stories
	Title    string
	Docs     []*Doc
	Entities []*Entity
	Groups   []model.Group // reasons sanitised
	Outlets  int           // distinct outlets among the original reports
	Copies   int           // reports that copy another one of the story
	Counts   Counts        // the story's facts
	Claims   int           // the engine's claims: one per figure of a sentence
	// From is the analysis Split built the story from (the whole of it, not
	// the story's part), where its marks are kept; nil for New's stories.
	From *model.Analysis

	docs      map[string]*Doc
	claims    map[string]*Claim
	sentences map[string]*Sentence
	groups    map[string]int // group ID -> index in Groups
	entities  map[string]*Entity
	matrix    *matrixOnce // shared by copies of the story, whose facts are the same
}

// New builds the story of an analysis; a nil analysis gives an empty story.
// Offsets the engine got wrong are clamped, never trusted.
func New(a *model.Analysis) *Story {
	s := &Story{docs: map[string]*Doc{}, claims: map[string]*Claim{}, sentences: map[string]*Sentence{},
		groups: map[string]int{}, entities: map[string]*Entity{}, matrix: &matrixOnce{}}
	if a == nil {
		return s
	}
	verdict := map[string]model.Verdict{}
	groupOf := map[string]string{}
	for _, g := range a.Groups {
		if _, dup := s.groups[g.ID]; dup {
			continue
		}
		g.Reason = sanitize.Line(g.Reason)
		s.groups[g.ID] = len(s.Groups)
		s.Groups = append(s.Groups, g)
		for _, id := range g.Claims {
			if _, taken := groupOf[id]; !taken {
				verdict[id] = g.Verdict
				groupOf[id] = g.ID
			}
		}
	}

	maps := map[string]sanitize.Mapped{}
	outlets := map[string]bool{}
	for _, md := range a.Documents {
		if _, dup := s.docs[md.ID]; dup {
			continue
		}
		m := sanitize.Text(md.Text)
		maps[md.ID] = m
		d := &Doc{ID: md.ID, Outlet: sanitize.Line(md.Outlet), Title: sanitize.Line(md.Title), Text: m.Text,
			Author: sanitize.Line(md.Author), URL: webURL(md.URL),
			Words: len(strings.Fields(m.Text)), CopyOf: md.CopyOf, mentions: map[string][]Span{}}
		if d.Outlet == "" {
			d.Outlet = sanitize.Line(md.ID)
		}
		if d.Title == "" {
			d.Title = firstLine(m.Text)
		}
		if !md.Published.IsZero() {
			d.Date = md.Published.Format("2006-01-02")
		}
		s.Docs = append(s.Docs, d)
		s.docs[d.ID] = d
	}
	for _, d := range s.Docs {
		if d.CopyOf == "" || s.docs[d.CopyOf] == nil || d.CopyOf == d.ID {
			d.CopyOf = ""
			outlets[d.Outlet] = true
		} else {
			s.Copies++
		}
	}
	s.Outlets = len(outlets)

	for _, mc := range a.Claims {
		d, ok := s.docs[mc.Doc]
		if !ok || s.claims[mc.ID] != nil {
			continue
		}
		m := maps[mc.Doc]
		c := &Claim{ID: mc.ID, Doc: mc.Doc, Group: groupOf[mc.ID], Verdict: verdict[mc.ID],
			Quantities: mc.Quantities, Entities: mc.Entities, Figure: mc.Figure}
		if c.Verdict == "" {
			c.Verdict = model.Single
		}
		c.Span.Start, c.Span.End = m.Span(mc.Start, mc.End)
		for _, q := range mc.Quantities {
			qs, qe := m.Span(q.Start, q.End)
			qs = min(max(qs, c.Span.Start), c.Span.End)
			qe = min(max(qe, qs), c.Span.End)
			c.Values = append(c.Values, Span{qs, qe})
		}
		if c.Figure >= len(c.Values) {
			c.Figure = -1
		}
		d.Claims = append(d.Claims, c)
		s.claims[c.ID] = c
		s.Claims++
	}
	for _, d := range s.Docs {
		sort.SliceStable(d.Claims, func(i, j int) bool { return d.Claims[i].Span.Start < d.Claims[j].Span.Start })
		s.buildSentences(d)
	}
	s.count()
	s.buildEntities(a, maps)
	s.Title = storyTitle(s.Docs)
	return s
}

// count counts the facts of the story and of each document: every group
// once, and a claim the engine left out of every group as a fact of its own.
func (s *Story) count() {
	for _, g := range s.Groups {
		for _, id := range g.Claims {
			if c := s.claims[id]; c != nil && c.Group == g.ID {
				s.Counts.Add(g.Verdict)
				break
			}
		}
	}
	for _, d := range s.Docs {
		seen := map[string]bool{}
		for _, c := range d.Claims {
			if c.Group == "" {
				s.Counts.Add(model.Single)
				d.Counts.Add(model.Single)
				continue
			}
			if !seen[c.Group] {
				seen[c.Group] = true
				d.Counts.Add(c.Verdict)
			}
		}
	}
}

// buildEntities sanitises the entities and indexes their mentions and sentences.
func (s *Story) buildEntities(a *model.Analysis, maps map[string]sanitize.Mapped) {
	docIndex := map[string]int{}
	for i, d := range s.Docs {
		docIndex[d.ID] = i
	}
	for _, me := range a.Entities {
		if _, dup := s.entities[me.ID]; dup {
			continue
		}
		e := &Entity{ID: me.ID, Name: sanitize.Line(me.Name), Type: me.Type, PerDoc: make([]int, len(s.Docs))}
		if e.Name == "" {
			continue
		}
		for _, al := range me.Aliases {
			if al = sanitize.Line(al); al != "" && al != e.Name {
				e.Aliases = append(e.Aliases, al)
			}
		}
		for _, mn := range me.Mentions {
			i, ok := docIndex[mn.Doc]
			if !ok {
				continue
			}
			st, en := maps[mn.Doc].Span(mn.Start, mn.End)
			if st == en {
				continue
			}
			d := s.Docs[i]
			d.mentions[e.ID] = append(d.mentions[e.ID], Span{st, en})
			e.PerDoc[i]++
		}
		for i, n := range e.PerDoc {
			if n > 0 {
				e.Docs = append(e.Docs, s.Docs[i].ID)
				sort.Slice(s.Docs[i].mentions[e.ID], func(a, b int) bool {
					return s.Docs[i].mentions[e.ID][a].Start < s.Docs[i].mentions[e.ID][b].Start
				})
			}
		}
		s.Entities = append(s.Entities, e)
		s.entities[e.ID] = e
	}
	for _, d := range s.Docs {
		for _, sn := range d.Sentences {
			for _, id := range sn.Entities {
				if e, ok := s.entities[id]; ok && !slices.Contains(e.Sentences, sn.ID) {
					e.Sentences = append(e.Sentences, sn.ID)
				}
			}
		}
	}
}

// Doc returns a document by ID, or nil.
func (s *Story) Doc(id string) *Doc { return s.docs[id] }

// Claim returns a claim by ID, or nil.
func (s *Story) Claim(id string) *Claim { return s.claims[id] }

// Sentence returns a sentence by its ID or the ID of any of its claims, or nil.
func (s *Story) Sentence(id string) *Sentence {
	if sn := s.sentences[id]; sn != nil {
		return sn
	}
	if c := s.claims[id]; c != nil {
		return c.Sentence
	}
	return nil
}

// Entity returns an entity by ID, or nil.
func (s *Story) Entity(id string) *Entity { return s.entities[id] }

// Group returns the group a claim belongs to.
func (s *Story) Group(c *Claim) (model.Group, bool) {
	if c == nil {
		return model.Group{}, false
	}
	i, ok := s.groups[c.Group]
	if !ok {
		return model.Group{}, false
	}
	return s.Groups[i], true
}

// DocIndex returns the position of a document in Docs, or -1.
func (s *Story) DocIndex(id string) int {
	for i, d := range s.Docs {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// storyTitle names the story after its earliest dated report, or the first one.
func storyTitle(docs []*Doc) string {
	var best *Doc
	for _, d := range docs {
		if d.Date != "" && (best == nil || d.Date < best.Date) {
			best = d
		}
	}
	switch {
	case best != nil:
		return best.Title
	case len(docs) > 0:
		return docs[0].Title
	}
	return ""
}

func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return strings.Join(strings.Fields(l), " ")
		}
	}
	return ""
}

// webURL keeps a link only when it is a web address a browser may open.
func webURL(u string) string {
	u = sanitize.Line(u)
	l := strings.ToLower(u)
	if (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && !strings.ContainsAny(u, " \"<>") {
		return u
	}
	return ""
}

// Plural writes a count with its noun: "1 claim", "2 claims", "3 copies".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if l := len(noun); l > 1 && noun[l-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[l-2])) {
		return strconv.Itoa(n) + " " + noun[:l-1] + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
