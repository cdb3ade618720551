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
