package model

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"parallax/model/entity"
	"parallax/model/story"
	"parallax/model/text"
)

// Analyze cross-checks the documents of one story: it finds the entities and
// claims of each document, aligns claims that state the same fact across
// outlets, and judges each group. The documents are not modified.
func Analyze(docs []Document) *Analysis {
	return AnalyzeWith(docs, DefaultConfig())
}

// AnalyzeWith is Analyze with the given thresholds and weights.
func AnalyzeWith(docs []Document, cfg Config) *Analysis {
	docs = distinctIDs(docs)
	// Grouping reads the documents on its own core while claims are found.
	grouped := make(chan grouping, 1)
	go func() { grouped <- groupStories(docs) }()

	entities, refs := resolveEntities(findEntities(docs))
	ws := findClaims(docs, refs, entityFamilies(entities))
	g := <-grouped
	g.apply(docs)
	setSources(ws, docs, g.stories)
	markSoleUnits(ws)
	edges := candidateEdges(ws, idfWeights(ws))
	var judged []judgement
	j := newJudge(ws)
	for _, cluster := range groupClaims(ws, edges) {
		judged = append(judged, j.verdicts(cluster)...)
	}
	a := assemble(docs, entities, ws, judged)
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

// setSources tells each claim which story it belongs to and which independent
// source wrote it: a wire copy's claims are its original outlet's.
func setSources(ws []claimWork, docs []Document, stories []Story) {
	storyIndex := make(map[string]int, len(stories))
	for k, st := range stories {
		storyIndex[st.ID] = k
	}
	byID := make(map[string]*Document, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	for i := range ws {
		d := byID[ws[i].claim.Doc]
		ws[i].story = storyIndex[d.Story]
		ws[i].source = d.Outlet
		if orig, ok := byID[d.CopyOf]; ok {
			ws[i].source = orig.Outlet
		}
	}
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

// findClaims extracts every document's claims and numbers them c1, c2, ... in reading order.
func findClaims(docs []Document, refs map[string][]entityRef, families map[string]string) []claimWork {
	perDoc := make([][]claimWork, len(docs))
	stemmers := make([]*text.Stemmer, runtime.GOMAXPROCS(0))
	for i := range stemmers {
		stemmers[i] = text.NewStemmer()
	}
	parallelWorkers(len(docs), func(w, i int) {
		perDoc[i] = extractClaims(docs[i], refs[docs[i].ID], families, stemmers[w])
	})
	var ws []claimWork
	for _, c := range perDoc {
		ws = append(ws, c...)
	}
	for i := range ws {
		ws[i].claim.ID = fmt.Sprintf("c%d", i+1)
	}
	return ws
}

// entityFamilies maps each entity to the family it belongs to: a person's
// surname, an organisation's or place's first word. "Alibaba Cloud" and
// "Alibaba Group" are different entities of one family, and a sentence about
// either is about the same company's affairs.
func entityFamilies(ents []Entity) map[string]string {
	out := make(map[string]string, len(ents))
	for _, e := range ents {
		words := strings.Fields(strings.ToLower(e.Name))
		switch {
		case len(words) == 0:
			out[e.ID] = e.ID
		case e.Type == Person:
			out[e.ID] = strings.TrimSuffix(words[len(words)-1], ",")
		default:
			out[e.ID] = strings.Trim(words[0], ".,")
		}
	}
	return out
}

// assemble orders the judgements (conflicts first) and builds the Analysis.
func assemble(docs []Document, entities []Entity, ws []claimWork, judged []judgement) *Analysis {
	rank := map[Verdict]int{Conflicting: 0, Corroborated: 1, Single: 2}
	sort.SliceStable(judged, func(i, j int) bool {
		if rank[judged[i].verdict] != rank[judged[j].verdict] {
			return rank[judged[i].verdict] < rank[judged[j].verdict]
		}
		return judged[i].claims[0] < judged[j].claims[0]
	})
	ids := func(cs []int) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = ws[c].claim.ID
		}
		return out
	}
	groups := make([]Group, len(judged))
	for i, j := range judged {
		g := Group{ID: fmt.Sprintf("g%d", i+1), Verdict: j.verdict, Claims: ids(j.claims),
			Outlets: outletsOf(ws, j.claims), Reason: j.reason, Conflict: j.conflict}
		if j.verdict == Conflicting {
			for _, side := range j.sides {
				if len(side) > 0 {
					g.Sides = append(g.Sides, ids(side))
				}
			}
		}
		groups[i] = g
	}
	claims := make([]Claim, len(ws))
	for i := range ws {
		claims[i] = ws[i].claim
		if claims[i].Entities == nil {
			claims[i].Entities = []string{}
		}
	}
	return NewAnalysis(docs, entities, claims, groups)
}

// resolveEntities numbers the resolved entities and indexes their mentions by document.
func resolveEntities(ents []entity.Entity) ([]Entity, map[string][]entityRef) {
	out := make([]Entity, len(ents))
	refs := make(map[string][]entityRef)
	for i, e := range ents {
		id := fmt.Sprintf("e%d", i+1)
		me := Entity{ID: id, Name: e.Name, Type: EntityType(e.Type), Aliases: e.Aliases,
			Mentions: make([]Mention, len(e.Mentions))}
		if me.Aliases == nil {
			me.Aliases = []string{}
		}
		for k, m := range e.Mentions {
			me.Mentions[k] = Mention{Doc: m.Doc, Start: m.Start, End: m.End}
			refs[m.Doc] = append(refs[m.Doc], entityRef{id, me.Name, me.Type, m.Start, m.End})
		}
		out[i] = me
	}
	for _, r := range refs {
		sort.Slice(r, func(i, j int) bool { return r[i].start < r[j].start })
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
