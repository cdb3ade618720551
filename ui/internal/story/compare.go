package story

import (
	"slices"
	"sort"
	"sync"

	"parallax/model"
)

// Relation is how an outlet's claim stands to another claim of its group.
type Relation int

// The relations, as the overview and the claim panel mark them.
const (
	Silent    Relation = iota // the outlet does not state the fact
	Alone                     // the only outlet that states it (a copy of it may repeat it)
	Agrees                    // states it compatibly: the same side
	Conflicts                 // another side of a conflict
)

// Other is another outlet's version of a claim's fact.
type Other struct {
	Claim    *Claim
	Doc      *Doc
	Relation Relation
	Copy     bool // one of the two reports is a copy of the other
}

// Others returns the other outlets' claims in the same group as c, as the
// engine's sides put them, those that conflict with it first.
func (s *Story) Others(c *Claim) []Other {
	g, ok := s.Group(c)
	if !ok {
		return nil
	}
	own := s.Doc(c.Doc)
	var out []Other
	for _, id := range g.Claims {
		x := s.Claim(id)
		if x == nil || x.ID == c.ID || x.Doc == c.Doc {
			continue
		}
		rel := Agrees
		if g.Verdict == model.Conflicting && !sameSide(g, c.ID, x.ID) {
			rel = Conflicts
		}
		d := s.Doc(x.Doc)
		out = append(out, Other{Claim: x, Doc: d, Relation: rel,
			Copy: own != nil && d != nil && (d.CopyOf == own.ID || own.CopyOf == d.ID)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Relation > out[j].Relation })
	return out
}

// SilentOutlets returns the outlets whose documents do not state c's fact.
func (s *Story) SilentOutlets(c *Claim) []string {
	g, ok := s.Group(c)
	if !ok {
		return nil
	}
	present := map[string]bool{}
	for _, id := range g.Claims {
		if x := s.Claim(id); x != nil {
			present[x.Doc] = true
		}
	}
	var out []string
	for _, d := range s.Docs {
		if !present[d.ID] && !slices.Contains(out, d.Outlet) {
			out = append(out, d.Outlet)
		}
	}
	return out
}

// sameSide reports whether two claims of a conflicting group are on one side.
func sameSide(g model.Group, a, b string) bool {
	return sideOf(g, a) == sideOf(g, b) && sideOf(g, a) >= 0
}

// sideOf is the index of the engine's side holding a claim, or -1.
func sideOf(g model.Group, id string) int {
	for i, side := range g.Sides {
		if slices.Contains(side, id) {
			return i
		}
	}
	return -1
}

// Cell is one outlet's place in a row of the matrix.
type Cell struct {
	Relation Relation
	Side     int    // for a conflict: which of the engine's sides, from 0
	Claim    string // the outlet's claim, "" when silent
}

// Row is one fact of the story across every outlet.
type Row struct {
	Group model.Group
	Label string // the first claim's sentence, after its figure when the sentence has several
	Cells []Cell // one per document, in Docs order
}

// Matrix returns one row per fact across the documents, conflicts first,
// then corroborations (most outlets first), then single-source facts. In a
// conflict each outlet's cell names its side; a single-source fact marks its
// outlet (and any copy of it) as the only one. It is worked out once per
// story, the first time it is asked for, and shared by every reader of the
// story: the rows are only read.
func (s *Story) Matrix() []Row {
	if s.matrix == nil {
		return s.buildMatrix()
	}
	s.matrix.once.Do(func() { s.matrix.rows = s.buildMatrix() })
	return s.matrix.rows
}

// matrixOnce is a story's matrix, built on first use.
type matrixOnce struct {
	once sync.Once
	rows []Row
}

func (s *Story) buildMatrix() []Row {
	var rows []Row
	for _, g := range s.Groups {
		row := Row{Group: g, Cells: make([]Cell, len(s.Docs))}
		for _, id := range g.Claims {
			c := s.Claim(id)
			if c == nil || c.Group != g.ID {
				continue
			}
			i := s.DocIndex(c.Doc)
			if i < 0 || row.Cells[i].Claim != "" {
				continue
			}
			cell := Cell{Relation: Agrees, Claim: id}
			switch g.Verdict {
			case model.Conflicting:
				cell.Relation, cell.Side = Conflicts, max(sideOf(g, id), 0)
			case model.Corroborated:
			default:
				cell.Relation = Alone
			}
			row.Cells[i] = cell
			if row.Label == "" {
				row.Label = s.Doc(c.Doc).Sentence(c)
				if sp, _, ok := c.Own(); ok && c.Sentence != nil && len(c.Sentence.Claims) > 1 {
					row.Label = s.Doc(c.Doc).Line(sp) + ": " + row.Label // which figure of the sentence
				}
			}
		}
		if row.Label != "" {
			rows = append(rows, row)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		ri, rj := Rank(rows[i].Group.Verdict), Rank(rows[j].Group.Verdict)
		if ri != rj {
			return ri < rj
		}
		return present(rows[i]) > present(rows[j])
	})
	return rows
}

func present(r Row) int {
	n := 0
	for _, c := range r.Cells {
		if c.Claim != "" {
			n++
		}
	}
	return n
}
