package export

import (
	"strings"
	"testing"
	"time"

	"parallax/model"
	"parallax/model/quantity"
)

// The fixture is an invented story in our own words: three outlets report a
// library reopening after a flood, disagree on the repair bill, agree on the
// date, and each add something of their own.
var fixtureTexts = []struct {
	id, outlet, title, url string
	published              time.Time
	text                   string
}{
	{"valley-post", "Valley Post", "Riverside library reopens after flood",
		"https://valleypost.example/news/library-reopens",
		time.Date(2026, 4, 7, 9, 30, 0, 0, time.UTC),
		"Riverside library reopens after flood\n\n" +
			"The Riverside library reopened its doors on Monday. " +
			"Repairs cost $4.5 million, the city said. " +
			"Volunteers dried more than 2,000 books by hand."},
	{"metro-bulletin", "Metro Bulletin", "Flooded library back in business",
		"https://bulletin.example/2026/04/08/library",
		time.Date(2026, 4, 8, 6, 0, 0, 0, time.UTC),
		"Flooded library back in business\n\n" +
			"Readers returned to the Riverside library on Monday. " +
			"The city put the repair bill at $6 million. " +
			"A new children's wing opens in June."},
	{"county-wire", "County Wire", "Library repairs finished",
		"", time.Time{},
		"Library repairs finished\n\n" +
			"Workers finished the library repairs at a cost of $6 million, officials said. " +
			"The head librarian thanked the fire brigade."},
}

// claimSpec is one fixture claim: its document, its sentence, and the figure in it.
type claimSpec struct {
	id, doc, sentence, figure string
}

var fixtureClaims = []claimSpec{
	{"c1", "valley-post", "The Riverside library reopened its doors on Monday.", ""},
	{"c2", "valley-post", "Repairs cost $4.5 million, the city said.", "$4.5 million"},
	{"c3", "valley-post", "Volunteers dried more than 2,000 books by hand.", "more than 2,000 books"},
	{"c4", "metro-bulletin", "Readers returned to the Riverside library on Monday.", ""},
	{"c5", "metro-bulletin", "The city put the repair bill at $6 million.", "$6 million"},
	{"c6", "metro-bulletin", "A new children's wing opens in June.", ""},
	{"c7", "county-wire", "Workers finished the library repairs at a cost of $6 million, officials said.", "$6 million"},
	{"c8", "county-wire", "The head librarian thanked the fire brigade.", ""},
}

// fixture builds the analysis with model.NewAnalysis, offsets worked out from the texts.
func fixture(t testing.TB) *model.Analysis {
	t.Helper()
	var docs []model.Document
	texts := map[string]string{}
	for _, f := range fixtureTexts {
		docs = append(docs, model.Document{
			ID: f.id, Path: "/stories/library/" + f.id + ".txt", Outlet: f.outlet,
			OutletSource: model.OutletFromMetadata, Title: f.title, Published: f.published,
			URL: f.url, Text: f.text,
		})
		texts[f.id] = f.text
	}
	var claims []model.Claim
	for _, s := range fixtureClaims {
		start := strings.Index(texts[s.doc], s.sentence)
		if start < 0 {
			t.Fatalf("claim %s: sentence not in %s", s.id, s.doc)
		}
		c := model.Claim{ID: s.id, Doc: s.doc, Start: start, End: start + len(s.sentence), Text: s.sentence}
		if s.figure != "" {
			at := start + strings.Index(s.sentence, s.figure)
			c.Quantities = []quantity.Quantity{{Text: s.figure, Start: at, End: at + len(s.figure)}}
		}
		claims = append(claims, c)
	}
	groups := []model.Group{
		{ID: "g1", Verdict: model.Corroborated, Claims: []string{"c1", "c4"},
			Outlets: []string{"Valley Post", "Metro Bulletin"}, Reason: "Both say the library reopened on Monday"},
		{ID: "g2", Verdict: model.Conflicting, Claims: []string{"c2", "c5", "c7"},
			Outlets: []string{"Valley Post", "Metro Bulletin", "County Wire"},
			Reason:  "Repair cost: $4.5 million vs $6 million",
			Sides:   [][]string{{"c2"}, {"c5", "c7"}}},
		{ID: "g3", Verdict: model.Single, Claims: []string{"c3"}, Outlets: []string{"Valley Post"}},
		{ID: "g4", Verdict: model.Single, Claims: []string{"c6"}, Outlets: []string{"Metro Bulletin"}},
		{ID: "g5", Verdict: model.Single, Claims: []string{"c8"}, Outlets: []string{"County Wire"}},
	}
	return model.NewAnalysis(docs, nil, claims, groups)
}
