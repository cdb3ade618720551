package model

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"parallax/model/entity"
	"parallax/model/facts"
	"parallax/model/quantity"
	"parallax/model/story"
	"parallax/model/text"
	"parallax/model/verdict"
)

// Config holds every threshold and weight of alignment and verdicts; see verdict.Config.
type Config = verdict.Config

// DefaultConfig is the configuration chosen by the sweep over the judged stories.
func DefaultConfig() Config { return verdict.DefaultConfig() }

// Analyze cross-checks the documents of a pile: it sorts them into stories,
// finds the entities and facts of each document, aligns facts that state the
// same thing across outlets within a story, and judges each group. The
// documents are not modified.
func Analyze(docs []Document) *Analysis {
	return AnalyzeWith(docs, DefaultConfig())
}

// AnalyzeWith is Analyze with the given thresholds and weights.
func AnalyzeWith(docs []Document, cfg Config) *Analysis {
	docs = distinctIDs(docs)
	// Grouping reads the documents on its own core while facts are found.
	grouped := make(chan grouping, 1)
	go func() { grouped <- groupStories(docs) }()

	entities, refs := resolveEntities(findEntities(docs))
	fs := findFacts(docs, refs)
	g := <-grouped
	g.apply(docs)
	claims := placeClaims(fs, docs, g.stories)
	a := assemble(docs, entities, claims, verdict.Judge(claims, cfg))
	a.Stories = g.stories
	return a
}

// grouping is the stories of a pile and its wire copies.
type grouping struct {
	stories []Story
	copyOf  map[string]string // document ID -> the document it copies
}

// groupStories sorts the documents into stories (same event, not just same
// topic) and finds wire copies. It only reads the documents.
func groupStories(docs []Document) grouping {
	arts := make([]story.Article, len(docs))
	for i, d := range docs {
		arts[i] = story.Article{ID: d.ID, Outlet: d.Outlet, Title: d.Title, Text: d.Text, Published: d.Published}
	}
	grouped, copies := story.GroupCopies(arts)
	copyOf := make(map[string]string, len(copies))
	for _, c := range copies {
		copyOf[c.ID] = c.Of
	}
	out := grouping{stories: make([]Story, len(grouped)), copyOf: copyOf}
	for k, g := range grouped {
		out.stories[k] = Story{ID: g.ID, Title: g.Title, Documents: g.Articles}
	}
	return out
}

// apply writes each document's story and, for copies, its original.
func (g grouping) apply(docs []Document) {
	index := make(map[string]int, len(docs))
	for i, d := range docs {
		index[d.ID] = i
	}
	for _, st := range g.stories {
		for _, id := range st.Documents {
			docs[index[id]].Story = st.ID
			docs[index[id]].CopyOf = g.copyOf[id]
		}
	}
}

// placeClaims tells each fact which story it belongs to and which
// independent source wrote it: a wire copy's facts are its original outlet's.
func placeClaims(fs []facts.Fact, docs []Document, stories []Story) []verdict.Claim {
	storyIndex := make(map[string]int, len(stories))
	for k, st := range stories {
		storyIndex[st.ID] = k
	}
	byID := make(map[string]*Document, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	out := make([]verdict.Claim, len(fs))
	for i := range fs {
		d := byID[fs[i].Doc]
		out[i] = verdict.Claim{Fact: &fs[i], Story: storyIndex[d.Story], Source: d.Outlet}
		if orig, ok := byID[d.CopyOf]; ok {
			out[i].Source = orig.Outlet
		}
	}
	return out
}

// findEntities finds the names in every document and resolves them across the story.
func findEntities(docs []Document) []entity.Entity {
	found := make([][]entity.Mention, len(docs))
	parallel(len(docs), func(i int) { found[i] = entity.Find(docs[i].ID, docs[i].Text) })
	var mentions []entity.Mention
	for _, m := range found {
		mentions = append(mentions, m...)
	}
	return entity.Resolve(mentions)
}

// findFacts reads every document's facts, in document and reading order.
func findFacts(docs []Document, refs map[string][]facts.Mention) []facts.Fact {
	perDoc := make([][]facts.Fact, len(docs))
	stemmers := make([]*text.Stemmer, runtime.GOMAXPROCS(0))
	for i := range stemmers {
		stemmers[i] = text.NewStemmer()
	}
	parallelWorkers(len(docs), func(w, i int) {
		d := docs[i]
		perDoc[i] = facts.Extract(facts.Doc{ID: d.ID, Outlet: d.Outlet, Published: d.Published, Title: d.Title, Text: d.Text},
			refs[d.ID], stemmers[w])
	})
	var out []facts.Fact
	for _, f := range perDoc {
		out = append(out, f...)
	}
	return out
}

// family is what a sentence about an entity is about: a person's surname, an
// organisation's or place's first word. "Alibaba Cloud" and "Alibaba Group"
// are different entities of one family, and a sentence about either is about
// the same company's affairs.
func family(e entity.Entity) string {
	words := strings.Fields(strings.ToLower(e.Name))
	switch {
	case len(words) == 0:
		return strings.ToLower(e.Name)
	case e.Type == entity.Person:
		return strings.TrimSuffix(words[len(words)-1], ",")
	}
	return strings.Trim(words[0], ".,")
}

// assemble orders the groups (conflicts first) and builds the Analysis.
func assemble(docs []Document, entities []Entity, cs []verdict.Claim, judged []verdict.Group) *Analysis {
	rank := map[verdict.Verdict]int{verdict.Conflicting: 0, verdict.Corroborated: 1, verdict.Single: 2}
	sort.SliceStable(judged, func(i, j int) bool {
		if rank[judged[i].Verdict] != rank[judged[j].Verdict] {
			return rank[judged[i].Verdict] < rank[judged[j].Verdict]
		}
		return judged[i].Claims[0] < judged[j].Claims[0]
	})
	id := func(i int) string { return fmt.Sprintf("c%d", i+1) }
	ids := func(cs []int) []string {
		out := make([]string, len(cs))
		for k, c := range cs {
			out[k] = id(c)
		}
		return out
	}
	groups := make([]Group, len(judged))
	for k, j := range judged {
		g := Group{ID: fmt.Sprintf("g%d", k+1), Verdict: Verdict(j.Verdict), Claims: ids(j.Claims), Reason: j.Reason}
		for _, c := range j.Claims {
			if o := cs[c].Outlet; !slices.Contains(g.Outlets, o) {
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
		groups[k] = g
	}
	claims := make([]Claim, len(cs))
	for i, c := range cs {
		claims[i] = claimOf(id(i), c.Fact)
	}
	return NewAnalysis(docs, entities, claims, groups)
}

// claimOf is a fact as the Analysis shows it.
func claimOf(id string, f *facts.Fact) Claim {
	s := f.Sentence
	c := Claim{ID: id, Doc: f.Doc, Start: s.Start, End: s.End, Text: s.Text, Quantities: s.Quantities,
		Figure: f.Index, Entities: s.Entities}
	if c.Quantities == nil {
		c.Quantities = []quantity.Quantity{}
	}
	if c.Entities == nil {
		c.Entities = []string{}
	}
	if s.Quote != nil {
		c.Quote = &Quote{Text: s.Quote.Text, Speaker: s.Credit.Name}
	} else if s.Credit.Name != "" {
		c.Source = s.Credit.Name
	}
	return c
}

// resolveEntities numbers the resolved entities and indexes their mentions by document.
func resolveEntities(ents []entity.Entity) ([]Entity, map[string][]facts.Mention) {
	out := make([]Entity, len(ents))
	refs := make(map[string][]facts.Mention)
	for i, e := range ents {
		id := fmt.Sprintf("e%d", i+1)
		me := Entity{ID: id, Name: e.Name, Type: EntityType(e.Type), Aliases: e.Aliases,
			Mentions: make([]Mention, len(e.Mentions))}
		if me.Aliases == nil {
			me.Aliases = []string{}
		}
		fam := family(e)
		for k, m := range e.Mentions {
			me.Mentions[k] = Mention{Doc: m.Doc, Start: m.Start, End: m.End}
			refs[m.Doc] = append(refs[m.Doc], facts.Mention{Entity: id, Name: me.Name, Type: string(me.Type),
				Family: fam, Start: m.Start, End: m.End})
		}
		out[i] = me
	}
	for _, r := range refs {
		sort.Slice(r, func(i, j int) bool { return r[i].Start < r[j].Start })
	}
	return out, refs
}

// distinctIDs returns the documents with unique IDs and non-empty outlets,
// copying only when something must change.
func distinctIDs(docs []Document) []Document {
	out := make([]Document, len(docs))
	seen := make(map[string]int, len(docs))
	for i, d := range docs {
		if d.ID == "" {
			d.ID = fmt.Sprintf("doc%d", i+1)
		}
		if n := seen[d.ID]; n > 0 {
			seen[d.ID] = n + 1
			d.ID = fmt.Sprintf("%s-%d", d.ID, n+1)
		}
		seen[d.ID]++
		if d.Outlet == "" {
			d.Outlet = d.ID
		}
		out[i] = d
	}
	return out
}

// parallel runs f(0..n-1) on all cores; f must only write to its own index.
func parallel(n int, f func(i int)) {
	parallelWorkers(n, func(_, i int) { f(i) })
}

// parallelWorkers is parallel telling f which worker runs it, so that each
// worker can keep its own scratch state (a stemmer and its memory).
func parallelWorkers(n int, f func(worker, i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(w, i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
