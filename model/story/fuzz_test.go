package story

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fuzzArticles splits fuzz input into articles: "\x00" separates articles,
// the first line of each is its headline, and the first byte of each sets
// its date (0 for unknown). IDs are a0, a1, … so every one is distinct.
func fuzzArticles(data string) []Article {
	var arts []Article
	for i, part := range strings.Split(data, "\x00") {
		if i == 64 {
			break
		}
		a := Article{ID: "a" + strconv.Itoa(i), Outlet: "o" + strconv.Itoa(i%3)}
		if part != "" && part[0] != 0 {
			a.Published = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(part[0]) * 7 * time.Hour)
		}
		a.Title, a.Text, _ = strings.Cut(part, "\n")
		arts = append(arts, a)
	}
	return arts
}

// fuzzSeeds adds the fixture reports, joined in a few ways, as seeds.
func fuzzSeeds(f *testing.F) {
	join := func(arts ...Article) string {
		parts := make([]string, len(arts))
		for i, a := range arts {
			parts[i] = a.Title + "\n" + a.Text
		}
		return strings.Join(parts, "\x00")
	}
	f.Add(join(railLedger, railPost, drugLedger))
	f.Add(join(floodLedger, floodPost, floodWire, budgetWire))
	f.Add(join(Article{Text: wireBody}, Article{Text: editedBody}, Article{Text: trimmedBody}))
	f.Add("")
	f.Add("\x00\x00\n\n")
	f.Add("Title only\x00\xff\xfe invalid utf-8 \xc3\x28 Mr. A. B. said.\n\n\n")
}

// FuzzGroup checks that any input groups without panicking and that every
// article lands in exactly one story, under a distinct story ID.
func FuzzGroup(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data string) {
		arts := fuzzArticles(data)
		stories := Group(arts)
		seen := map[string]int{}
		ids := map[string]bool{}
		for _, st := range stories {
			if len(st.Articles) == 0 {
				t.Fatalf("empty story %+v", st)
			}
			if ids[st.ID] {
				t.Fatalf("story ID %q twice", st.ID)
			}
			ids[st.ID] = true
			for _, id := range st.Articles {
				seen[id]++
			}
		}
		for _, a := range arts {
			if seen[a.ID] != 1 {
				t.Fatalf("article %s is in %d stories", a.ID, seen[a.ID])
			}
		}
		if len(seen) != len(arts) {
			t.Fatalf("stories hold %d articles, input has %d", len(seen), len(arts))
		}
		checkGroupCopies(t, arts, stories)
	})
}

// checkGroupCopies checks that GroupCopies gives what Group (stories) and
// Copies give, and that every copy shares its original's story.
func checkGroupCopies(t *testing.T, arts []Article, stories []Story) {
	t.Helper()
	both, copies := GroupCopies(arts)
	if !reflect.DeepEqual(both, stories) {
		t.Fatalf("GroupCopies stories %+v, Group %+v", both, stories)
	}
	if alone := Copies(arts); !reflect.DeepEqual(copies, alone) {
		t.Fatalf("GroupCopies copies %+v, Copies %+v", copies, alone)
	}
	story := map[string]string{}
	for _, st := range stories {
		for _, id := range st.Articles {
			story[id] = st.ID
		}
	}
	for _, c := range copies {
		if story[c.ID] != story[c.Of] {
			t.Fatalf("copy %s is in story %s, its original %s in %s", c.ID, story[c.ID], c.Of, story[c.Of])
		}
	}
}

// FuzzCopies checks that any input yields well-formed copies: each copy
// names two different articles of the input, points at an original (not at
// another copy), appears once, and has a similarity between 0 and 1.
func FuzzCopies(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data string) {
		arts := fuzzArticles(data)
		known := map[string]bool{}
		for _, a := range arts {
			known[a.ID] = true
		}
		copies := Copies(arts)
		isCopy := map[string]bool{}
		for _, c := range copies {
			if isCopy[c.ID] {
				t.Fatalf("%s reported twice", c.ID)
			}
			isCopy[c.ID] = true
		}
		for _, c := range copies {
			if !known[c.ID] || !known[c.Of] || c.ID == c.Of {
				t.Fatalf("bad copy %+v", c)
			}
			if isCopy[c.Of] {
				t.Fatalf("%s is a copy of %s, itself a copy", c.ID, c.Of)
			}
			if math.IsNaN(c.Similarity) || c.Similarity < 0 || c.Similarity > 1 {
				t.Fatalf("similarity %v out of range", c.Similarity)
			}
		}
	})
}
