package search

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"

	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
)

// trickyNames exercise the scorer's and the prefilter's corners: camel case, every separator,
// repeated letters, letters that fold outside ASCII (the Kelvin sign is a
// k, the long s an s), NUL, bytes that are not UTF-8.
var trickyNames = []string{
	"Donald Trump", "Trump", "Trump Tower", "DonaldTrump", "donald_trump", "trump-pence", "Tom Tate",
	"McDonald's", "U.S. Treasury", "a/b\\c.d e_f-g", "aaa", "aAaA", "Ångström Élan", "ÉCOLE", "straße",
	"\u212Aelvin", "Kelvin", "ſun", "sun", "", "x", "X", "ab\x00cd", "\xffbad\xfe", "İstanbul", "ǅemal",
	"Hillary Rodham Clinton", "Xi Jinping", "xi", "White House", "the White House", "Mnuchin", "Merkel",
}

// referenceFind is Find without the index's speedups (the byte mask, the
// one-letter lists, the bounded heap, the parallel scan): the subsequence
// test on ASCII queries, then the library's scorer on every name left,
// sorted stably by score.
func referenceFind(ix *Index, query string, limit int) []Result {
	q := strings.ToLower(query)
	ascii := isASCII(q)
	var cand []string
	var at []int
	for i, f := range ix.folded {
		if !ascii || subsequence([]byte(q), f) {
			cand = append(cand, ix.names[i])
			at = append(at, i)
		}
	}
	ms := fuzzy.FindNoSort(query, cand)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	seen := map[int]bool{}
	var out []Result
	for _, m := range ms {
		i := at[m.Index]
		e := ix.owner[i]
		if seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, Result{Kind: EntityResult, Entity: ix.ents[e], Name: m.Str, Alias: ix.alias[i],
			Matched: m.MatchedIndexes, Score: m.Score})
		if len(out) == limit {
			break
		}
	}
	return out
}

func TestFindMatchesReference(t *testing.T) {
	ents := []*story.Entity{}
	for i, n := range trickyNames {
		ents = append(ents, &story.Entity{ID: fmt.Sprint("t", i), Name: n, PerDoc: []int{1}})
	}
	ents[0].Aliases = []string{"Trump", "The Donald", "President Trump"}
	for i, n := range fixture.EntityNames(3 * parallelOver) {
		ents = append(ents, &story.Entity{ID: fmt.Sprint(i), Name: n, Type: model.Org, PerDoc: []int{1}})
	}
	ix := NewIndex(ents)
	queries := []string{"t", "T", "k", "s", "a", "x", "q", " ", ".", "1", "é", "\u212A", "tr", "ka", "kalo",
		"mer dept", "vin", "group 17", "zqxv", "Trump", "ss", "ǆ"}
	for _, q := range queries {
		for _, limit := range []int{1, 10, 100, 250, 300} {
			got, want := ix.Find(q, limit), referenceFind(ix, q, limit)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				n := min(len(got), len(want))
				for i := 0; i < n; i++ {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Errorf("Find(%q, %d)[%d] = %q %d %v, reference %q %d %v", q, limit, i,
							got[i].Name, got[i].Score, got[i].Matched, want[i].Name, want[i].Score, want[i].Matched)
						break
					}
				}
				if len(got) != len(want) {
					t.Errorf("Find(%q, %d): %d results, reference %d", q, limit, len(got), len(want))
				}
			}
		}
	}
}
