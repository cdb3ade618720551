package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sharedDir is /work/shared seen from this package (model/entity inside the repository).
var sharedDir = filepath.Join("..", "..", "..", "shared")

// loadStory runs Find over every .txt file in dir (doc ID: the file name
// without extension) and returns the mentions and the documents' IDs.
func loadStory(t *testing.T, dir string) ([]Mention, []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no articles in %s (CI is set)", dir)
		}
		t.Skipf("no articles in %s: shared corpus absent", dir)
	}
	var all []Mention
	var ids []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		ids = append(ids, id)
		all = append(all, Find(id, string(b))...)
	}
	return all, ids
}

// entityWith returns the entity that has form as its name or an alias.
func entityWith(t *testing.T, es []Entity, form string) Entity {
	t.Helper()
	for _, e := range es {
		if e.Name == form || slices.Contains(e.Aliases, form) {
			return e
		}
	}
	t.Fatalf("no entity goes by %q", form)
	return Entity{}
}

// sameEntity asserts that all forms name one entity of the given type.
func sameEntity(t *testing.T, es []Entity, typ Type, forms ...string) Entity {
	t.Helper()
	e := entityWith(t, es, forms[0])
	for _, f := range forms[1:] {
		if e.Name != f && !slices.Contains(e.Aliases, f) {
			t.Errorf("%q and %q are different entities (%q has %q)", forms[0], f, e.Name, e.Aliases)
		}
	}
	if e.Type != typ {
		t.Errorf("%q is %s, want %s", e.Name, e.Type, typ)
	}
	return e
}

// docsOf lists the documents an entity is mentioned in.
func docsOf(e Entity) []string {
	var docs []string
	for _, m := range e.Mentions {
		if !slices.Contains(docs, m.Doc) {
			docs = append(docs, m.Doc)
		}
	}
	slices.Sort(docs)
	return docs
}

// noJunk asserts that no entity is a sentence-initial word or a bare date word.
func noJunk(t *testing.T, es []Entity) {
	t.Helper()
	junk := []string{"The", "But", "According", "However", "In", "Its", "It", "This", "Former", "Last", "A",
		"Tuesday", "Monday", "Sunday", "January", "February", "December", "Reuters reports", "Mr", "Mr."}
	for _, e := range es {
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if slices.Contains(junk, form) {
				t.Errorf("junk entity %q (%s)", form, e.Type)
			}
		}
	}
}

func TestSeeds(t *testing.T) {
	ms, ids := loadStory(t, filepath.Join(sharedDir, "seeds"))
	es := Resolve(ms)
	if testing.Verbose() {
		for _, e := range es {
			t.Logf("%3d %-6s %-45s %q", len(e.Mentions), e.Type, e.Name, e.Aliases)
		}
	}
	commerce := sameEntity(t, es, Org, "Commerce Department", "U.S. Department of Commerce", "U.S. Commerce Department")
	if len(docsOf(commerce)) < 4 {
		t.Errorf("Commerce Department found in %v, want at least 4 of %v", docsOf(commerce), ids)
	}
	sameEntity(t, es, Person, "Biden", "Joseph R. Biden, Jr.")
	sameEntity(t, es, Person, "Trump", "Donald J. Trump", "Donald Trump")
	sameEntity(t, es, Org, "Gartner", "Gartner, Inc.")
	alibaba := sameEntity(t, es, Org, "Alibaba", "Alibaba Group", "Alibaba Group Holding Ltd.")
	if got := docsOf(alibaba); len(got) != len(ids) {
		t.Errorf("Alibaba found in %v, want all of %v", got, ids)
	}
	cloud := sameEntity(t, es, Org, "Alibaba Cloud")
	if cloud.Name == alibaba.Name {
		t.Error("Alibaba Cloud merged with Alibaba")
	}
	sameEntity(t, es, Org, "Reuters")
	sameEntity(t, es, Place, "China", "People's Republic of China", "PRC")
	sameEntity(t, es, Place, "U.S.", "US", "United States")
	sameEntity(t, es, Place, "Washington", "WASHINGTON")
	sameEntity(t, es, Org, "MoneyGram International", "MoneyGram International, Inc.")
	sameEntity(t, es, Org, "Hewlett Packard Enterprise", "HPE")
	sameEntity(t, es, Org, "Intelligence and Security Bureau", "Bureau of Intelligence and Security")
	sameEntity(t, es, Place, "Silicon Valley")
	sameEntity(t, es, Person, "Tyler Durden")
	noJunk(t, es)
}

func TestRealNewsClusters(t *testing.T) {
	root := filepath.Join(sharedDir, "realnews", "clusters")
	tests := []struct {
		story string
		check func(t *testing.T, es []Entity, ids []string)
	}{
		{"mattis-resignation-2018", func(t *testing.T, es []Entity, ids []string) {
			mattis := sameEntity(t, es, Person, "Mattis", "Jim Mattis", "James Mattis")
			if got := docsOf(mattis); !slices.Equal(got, ids) {
				t.Errorf("Mattis in %v, want every outlet %v", got, ids)
			}
			sameEntity(t, es, Person, "Trump", "Donald J. Trump")
			sameEntity(t, es, Person, "Brett McGurk", "McGurk")
			sameEntity(t, es, Person, "Vladimir Putin", "Putin")
			sameEntity(t, es, Org, "Central Command", "U.S. Central Command")
			sameEntity(t, es, Org, "NATO", "North Atlantic Treaty Organization")
			sameEntity(t, es, Place, "Syria")
			if e := entityWith(t, es, "George W. Bush"); slices.Contains(e.Aliases, "George H.W. Bush") {
				t.Error("the two Presidents Bush merged")
			}
		}},
		{"pensacola-shooting-alqaeda-link-2020", func(t *testing.T, es []Entity, ids []string) {
			sameEntity(t, es, Place, "Pensacola")
			sameEntity(t, es, Person, "Barr", "William Barr", "William P. Barr")
			sameEntity(t, es, Person, "Wray", "Christopher Wray", "Christopher A. Wray")
			sameEntity(t, es, Person, "Alshamrani", "Mohammed Alshamrani", "Mohammed Saeed Alshamrani")
			qaeda := sameEntity(t, es, Org, "al Qaeda", "al-Qaida")
			if got := docsOf(qaeda); !slices.Equal(got, ids) {
				t.Errorf("al Qaeda in %v, want every outlet %v", got, ids)
			}
			sameEntity(t, es, Org, "FBI")
			sameEntity(t, es, Org, "Apple")
			sameEntity(t, es, Place, "Saudi Arabia")
			if e := entityWith(t, es, "AP"); slices.Contains(e.Aliases, "Washington") {
				t.Error("the AP dateline merged Washington into the Associated Press")
			}
		}},
		{"capital-gazette-shooting-2018", func(t *testing.T, es []Entity, ids []string) {
			sameEntity(t, es, Place, "Annapolis")
			sameEntity(t, es, Org, "Capital Gazette")
			sameEntity(t, es, Person, "Jarrod Ramos", "Ramos")
			sameEntity(t, es, Place, "Maryland")
		}},
		{"cohen-poll-rigging-2019", func(t *testing.T, es []Entity, ids []string) {
			sameEntity(t, es, Person, "Michael Cohen", "Cohen")
			sameEntity(t, es, Person, "John Gauger", "Gauger")
			sameEntity(t, es, Person, "Rudy Giuliani", "Giuliani")
			sameEntity(t, es, Org, "Wall Street Journal")
			sameEntity(t, es, Org, "Liberty University")
		}},
		{"scalise-baseball-practice-shooting-2017", func(t *testing.T, es []Entity, ids []string) {
			sameEntity(t, es, Person, "Steve Scalise", "Scalise")
			sameEntity(t, es, Org, "Capitol Police", "U.S. Capitol Police")
			sameEntity(t, es, Place, "Alexandria")
			sameEntity(t, es, Person, "Mo Brooks", "Brooks")
		}},
		{"transgender-military-ban-2017", func(t *testing.T, es []Entity, ids []string) {
			sameEntity(t, es, Org, "Pentagon")
			sameEntity(t, es, Person, "Mattis", "James Mattis")
			sameEntity(t, es, Org, "American Civil Liberties Union", "ACLU")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.story, func(t *testing.T) {
			ms, ids := loadStory(t, filepath.Join(root, tc.story))
			slices.Sort(ids)
			es := Resolve(ms)
			if testing.Verbose() {
				for _, e := range es {
					t.Logf("%3d %-6s %-45s %q", len(e.Mentions), e.Type, e.Name, e.Aliases)
				}
			}
			tc.check(t, es, ids)
			noJunk(t, es)
		})
	}
}
