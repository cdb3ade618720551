package model

import "iter"

// EachStory yields an analysis story by story, each exactly as
// a.StoryAnalysis(id) returns it, in the analysis's story order. It sorts
// everything into stories in one pass, where calling StoryAnalysis for each
// story would go over the whole analysis once per story. An analysis
// without stories is yielded whole.
func EachStory(a *Analysis) iter.Seq[*Analysis] {
	return func(yield func(*Analysis) bool) {
		if a == nil {
			return
		}
		if len(a.Stories) == 0 {
			yield(a)
			return
		}
		b := bucket(a)
		for k, st := range a.Stories {
			one := NewAnalysis(pick(a.Documents, b.docs[k]), b.entities[k], pick(a.Claims, b.claims[k]), pick(a.Groups, b.groups[k]))
			one.Stories = []Story{st}
			b.entities[k] = nil
			if !yield(one) {
				return
			}
		}
	}
}

// pick copies the items at the given indexes, nil for none as StoryAnalysis gives.
func pick[T any](all []T, at []int32) []T {
	if len(at) == 0 {
		return nil
	}
	out := make([]T, len(at))
	for i, j := range at {
		out[i] = all[j]
	}
	return out
}

// buckets are where an analysis's parts go, by story index: indexes into
// its documents, claims and groups (so the analysis is not copied whole),
// and each story's entities with their mentions in it.
type buckets struct {
	docs, claims, groups [][]int32
	entities             [][]Entity
}

// bucket sorts documents, claims, groups and entity mentions into their
// stories, keeping the analysis's order within each, as StoryAnalysis does.
func bucket(a *Analysis) buckets {
	n := len(a.Stories)
	b := buckets{docs: make([][]int32, n), claims: make([][]int32, n), groups: make([][]int32, n),
		entities: make([][]Entity, n)}
	storyOf := make(map[string]int, len(a.Documents))
	for k := len(a.Stories) - 1; k >= 0; k-- { // a document is in one story; listed twice, the first counts
		for _, id := range a.Stories[k].Documents {
			storyOf[id] = k
		}
	}
	for i, d := range a.Documents {
		if k, ok := storyOf[d.ID]; ok {
			b.docs[k] = append(b.docs[k], int32(i))
		}
	}
	for i, c := range a.Claims {
		if k, ok := storyOf[c.Doc]; ok {
			b.claims[k] = append(b.claims[k], int32(i))
		}
	}
	for i, g := range a.Groups {
		if len(g.Claims) == 0 {
			continue
		}
		if c, ok := a.Claim(g.Claims[0]); ok {
			if k, ok := storyOf[c.Doc]; ok {
				b.groups[k] = append(b.groups[k], int32(i))
			}
		}
	}
	for _, e := range a.Entities {
		var per map[int][]Mention
		var order []int
		for _, m := range e.Mentions {
			k, ok := storyOf[m.Doc]
			if !ok {
				continue
			}
			if per == nil {
				per = map[int][]Mention{}
			}
			if _, seen := per[k]; !seen {
				order = append(order, k)
			}
			per[k] = append(per[k], m)
		}
		for _, k := range order {
			one := e
			one.Mentions = per[k]
			b.entities[k] = append(b.entities[k], one)
		}
	}
	return b
}
