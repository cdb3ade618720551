package search

import (
	"fmt"
	"strings"
	"testing"

	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
)

func names(rs []Result) string {
	var out []string
	for _, r := range rs {
		s := r.Entity.ID
		if r.Alias {
			s += "(" + r.Name + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestFind(t *testing.T) {
	ix := NewIndex(story.New(fixture.Story()).Entities)
	tests := []struct {
		query string
		limit int
		want  string
	}{
		{"", 10, "hba port ortiz council"},
		{"", 2, "hba port"},
		{"hba", 10, "hba"},
		{"ortiz", 10, "ortiz"},
		{"mayor", 10, "ortiz(Mayor Lina Ortiz)"},
		{"port", 10, "port council"},
		{"zzz", 10, ""},
		{"a", 0, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q/%d", tt.query, tt.limit), func(t *testing.T) {
			if got := names(ix.Find(tt.query, tt.limit)); got != tt.want {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFindOneKey is the first key of a query, answered from the lists
// ranked when the index is built, and the second, scored as it is typed.
// A one-letter query ranks by the scorer's bonus for where the letter is
// (the name's first character 10, a word's first or a camel-case capital
// 20, less 5 for each character before it, at most 15) less the rest of
// the name's length: Tass and Tate 10+1-4 = 7 (a tie: the earlier entity
// first), the alias Trump 6, McTavish 20-10+1-8 = 3, Tom Tate's second T
// -2 (its bonus is higher than the first T's), Reuters -21 and Pete
// Buttigieg -23 (a letter inside a word, after two characters or more).
func TestFindOneKey(t *testing.T) {
	ent := func(id, name string, aliases ...string) *story.Entity {
		return &story.Entity{ID: id, Name: name, Aliases: aliases, PerDoc: []int{1}}
	}
	ix := NewIndex([]*story.Entity{ent("reuters", "Reuters"), ent("pete", "Pete Buttigieg"), ent("tomtate", "Tom Tate"),
		ent("trump", "Donald Trump", "Trump"), ent("mctavish", "McTavish"), ent("tass", "Tass"), ent("tate", "Tate"),
		ent("merkel", "Angela Merkel", "Merkel")})
	tests := []struct {
		query string
		limit int
		want  string
	}{
		{"t", 10, "tass tate trump(Trump) mctavish tomtate reuters pete"},
		{"T", 10, "tass tate trump(Trump) mctavish tomtate reuters pete"},
		{"t", 3, "tass tate trump(Trump)"},
		// Merkel 5 beats Angela Merkel -7; Tom Tate's m -17, Trump's -19.
		{"m", 10, "merkel(Merkel) mctavish tomtate trump(Trump)"},
		// Angela's A 10+1-13 = -2 beats Tass's a 0-5+1-4 = -8.
		{"a", 2, "merkel tass"},
		{" ", 10, "tomtate trump merkel pete"},
		{"z", 10, ""},
		// Two letters are scored as typed: Trump's T and its r beside it.
		{"tr", 10, "trump(Trump) reuters"},
		{"ta", 10, "tass tate mctavish tomtate"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q/%d", tt.query, tt.limit), func(t *testing.T) {
			if got := names(ix.Find(tt.query, tt.limit)); got != tt.want {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
	if top, ok := ix.oneKey(newPattern("T"), 40); !ok || len(top) != 8 {
		t.Errorf("the ranked list for t holds %d names (%v), want all 8 (an alias is a name)", len(top), ok)
	}
	rs := ix.Find("t", 10)
	if rs[0].Score != 7 || rs[2].Score != 6 || rs[3].Score != 3 || rs[4].Score != -2 || rs[6].Score != -23 {
		t.Errorf("scores %d %d %d %d %d, want 7 6 3 -2 -23", rs[0].Score, rs[2].Score, rs[3].Score, rs[4].Score, rs[6].Score)
	}
	if got := rs[4].Matched; len(got) != 1 || got[0] != 4 {
		t.Errorf("Tom Tate matched at %v, want [4] (its second T)", got)
	}
}

func TestMatchedOffsets(t *testing.T) {
	ix := NewIndex(story.New(fixture.Story()).Entities)
	rs := ix.Find("hbauth", 1)
	if len(rs) != 1 {
		t.Fatalf("results = %v", rs)
	}
	var got strings.Builder
	for _, i := range rs[0].Matched {
		got.WriteByte(rs[0].Name[i])
	}
	if got.String() != "HBAuth" {
		t.Errorf("matched characters = %q, want HBAuth", got.String())
	}
}

// bigIndex is n invented entities, one mention each.
func bigIndex(n int) *Index {
	ents := make([]*story.Entity, n)
	for i, name := range fixture.EntityNames(n) {
		ents[i] = &story.Entity{ID: fmt.Sprint(i), Name: name, Type: model.Org, PerDoc: []int{1}}
	}
	return NewIndex(ents)
}

func TestParallelMatchesSerial(t *testing.T) {
	ix := bigIndex(parallelOver * 3)
	small := NewIndex(ix.ents[:parallelOver])
	// The same query over the first names only, serially, must rank those names
	// the same way the parallel search over all of them does.
	all := ix.Find("kalo grp", 50)
	serial := small.Find("kalo grp", 50)
	if len(all) == 0 || len(serial) == 0 {
		t.Fatal("no results")
	}
	if all[0].Score < serial[0].Score {
		t.Errorf("parallel best %d below serial best %d", all[0].Score, serial[0].Score)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Score > all[i-1].Score {
			t.Fatalf("results out of order at %d", i)
		}
	}
}

func BenchmarkFind100k(b *testing.B) {
	ix := bigIndex(100_000)
	for _, q := range []string{"kalo", "mer dept", "x"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Find(q, 200)
			}
		})
	}
}
