package model

import (
	"slices"
	"sort"
	"strconv"

	"parallax/model/facts"
	"parallax/model/quantity"
	"parallax/model/verdict"
)

// numbering gives the stories of a pile, in story order, the pile's IDs:
// claims c1, c2, … and groups g1, g2, … across stories, and one entity ID for
// a name and type however many stories name it.
type numbering struct {
	claims, groups int
	entities       map[string]string // type|name -> entity ID
}

// number turns one cross-checked story into its part of the Analysis.
func (n *numbering) number(st Story, w storyWork) *Analysis {
	if n.entities == nil {
		n.entities = map[string]string{}
	}
	global := make(map[string]string, len(w.entities)) // local entity ID -> pile's
	ents := make([]Entity, len(w.entities))
	for i, e := range w.entities {
		key := string(e.Type) + "|" + e.Name
		id, ok := n.entities[key]
		if !ok {
			id = "e" + strconv.Itoa(len(n.entities)+1)
			n.entities[key] = id
		}
		global[localEntity(i)] = id
		me := Entity{ID: id, Name: e.Name, Type: EntityType(e.Type), Aliases: e.Aliases, Mentions: make([]Mention, len(e.Mentions))}
		if me.Aliases == nil {
			me.Aliases = []string{}
		}
		for k, m := range e.Mentions {
			me.Mentions[k] = Mention{Doc: m.Doc, Start: m.Start, End: m.End}
		}
		ents[i] = me
	}

	first := n.claims
	claimID := func(i int) string { return "c" + strconv.Itoa(first+i+1) }
	claims := make([]Claim, len(w.claims))
	for i, c := range w.claims {
		claims[i] = claimOf(claimID(i), c.Fact, global)
	}
	n.claims += len(w.claims)

	groups := w.groups
	rank := map[verdict.Verdict]int{verdict.Conflicting: 0, verdict.Corroborated: 1, verdict.Single: 2}
	sort.SliceStable(groups, func(i, j int) bool {
		if rank[groups[i].Verdict] != rank[groups[j].Verdict] {
			return rank[groups[i].Verdict] < rank[groups[j].Verdict]
		}
		return groups[i].Claims[0] < groups[j].Claims[0]
	})
	ids := func(cs []int) []string {
		out := make([]string, len(cs))
		for k, c := range cs {
			out[k] = claimID(c)
		}
		return out
	}
	out := make([]Group, len(groups))
	for k, j := range groups {
		n.groups++
		g := Group{ID: "g" + strconv.Itoa(n.groups), Verdict: Verdict(j.Verdict), Claims: ids(j.Claims), Reason: j.Reason}
		for _, c := range j.Claims {
			if o := w.claims[c].Outlet; !slices.Contains(g.Outlets, o) {
				g.Outlets = append(g.Outlets, o)
			}
		}
		if j.Verdict == verdict.Conflicting {
			for _, side := range j.Sides {
				if len(side) > 0 {
					g.Sides = append(g.Sides, ids(side))
				}
			}
			if j.Conflict != nil {
				g.Conflict = &Conflict{Kind: ConflictKind(j.Conflict.Kind), Values: j.Conflict.Values, Later: j.Conflict.Later}
			}
		}
		out[k] = g
	}
	st.Notes = append(st.Notes, w.notes...)
	a := NewAnalysis(w.docs, ents, claims, out)
	a.Stories = []Story{st}
	return a
}

// claimOf is a fact as the Analysis shows it, its entities renamed to the pile's.
func claimOf(id string, f *facts.Fact, entities map[string]string) Claim {
	s := f.Sentence
	c := Claim{ID: id, Doc: f.Doc, Start: s.Start, End: s.End, Text: s.Text, Quantities: s.Quantities,
		Figure: f.Index, Entities: make([]string, 0, len(s.Entities))}
	if c.Quantities == nil {
		c.Quantities = []quantity.Quantity{}
	}
	for _, e := range s.Entities {
		if g, ok := entities[e]; ok && !slices.Contains(c.Entities, g) {
			c.Entities = append(c.Entities, g)
		}
	}
	if s.Quote != nil {
		c.Quote = &Quote{Text: s.Quote.Text, Speaker: s.Credit.Name}
	} else if s.Credit.Name != "" {
		c.Source = s.Credit.Name
	}
	return c
}

// collector puts the stories of a pile back together into one Analysis, the
// documents in the order they were given.
type collector struct {
	order    map[string]int // document ID -> position given
	docs     []Document
	entities []Entity
	entityAt map[string]int
	claims   []Claim
	groups   []Group
	stories  []Story
}

// newCollector expects the documents of docs.
func newCollector(docs []Document) *collector {
	c := &collector{order: make(map[string]int, len(docs)), entityAt: map[string]int{}}
	for i, d := range docs {
		c.order[d.ID] = i
	}
	return c
}

// add takes one story's part.
func (c *collector) add(part *Analysis) {
	c.docs = append(c.docs, part.Documents...)
	for _, e := range part.Entities {
		if i, ok := c.entityAt[e.ID]; ok {
			c.entities[i].Mentions = append(c.entities[i].Mentions, e.Mentions...)
			for _, a := range e.Aliases {
				if !slices.Contains(c.entities[i].Aliases, a) {
					c.entities[i].Aliases = append(c.entities[i].Aliases, a)
				}
			}
			continue
		}
		c.entityAt[e.ID] = len(c.entities)
		c.entities = append(c.entities, e)
	}
	c.claims = append(c.claims, part.Claims...)
	c.groups = append(c.groups, part.Groups...)
	c.stories = append(c.stories, part.Stories...)
}

// analysis is the whole pile's Analysis.
func (c *collector) analysis() *Analysis {
	sort.SliceStable(c.docs, func(i, j int) bool { return c.order[c.docs[i].ID] < c.order[c.docs[j].ID] })
	a := NewAnalysis(c.docs, c.entities, c.claims, c.groups)
	a.Stories = c.stories
	if a.Stories == nil {
		a.Stories = []Story{}
	}
	return a
}
