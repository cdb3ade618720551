package story

import (
	"testing"

	"parallax/model"
	"parallax/model/quantity"
)

// FuzzNew feeds untrusted text and wild engine offsets to the story builder:
// it must never panic, and every span must land inside the cleaned text.
func FuzzNew(f *testing.F) {
	f.Add("The bridge will cost $120 million.\n\nIt opens in 2026.", 4, 30, 21, 33, "Harbour \x1b]0;x\x07Herald")
	f.Add("\x1b[31mred\x1b[0m café", -5, 900, 3, 1, "")
	f.Add("", 0, 0, 0, 0, "\u202e")
	f.Fuzz(func(t *testing.T, text string, start, end, qs, qe int, outlet string) {
		docs := []model.Document{{ID: "a", Outlet: outlet, Title: outlet, Text: text}, {ID: "a", Text: "duplicate"}}
		claims := []model.Claim{
			{ID: "c1", Doc: "a", Start: start, End: end, Quantities: []quantity.Quantity{{Start: qs, End: qe, Kind: quantity.Money}}},
			{ID: "c2", Doc: "a", Start: end, End: start},
		}
		ents := []model.Entity{{ID: "e1", Name: outlet, Mentions: []model.Mention{{Doc: "a", Start: qs, End: qe}}}}
		groups := []model.Group{{ID: "g1", Verdict: model.Conflicting, Claims: []string{"c1", "c2", "zz"}, Sides: [][]string{{"c1"}, {"c2"}}, Reason: outlet}}
		s := New(model.NewAnalysis(docs, ents, claims, groups))
		d := s.Doc("a")
		for _, c := range d.Claims {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
				t.Fatalf("claim span %+v outside %d bytes", c.Span, len(d.Text))
			}
			for _, v := range c.Values {
				if v.Start < c.Span.Start || v.End > c.Span.End || v.Start > v.End {
					t.Fatalf("value %+v outside claim %+v", v, c.Span)
				}
			}
			_ = d.Sentence(c)
			_ = s.Others(c)
			_ = s.Reason(c)
			_, _, _ = c.Own()
		}
		for _, m := range d.Mentions("e1") {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				t.Fatalf("mention %+v outside %d bytes", m, len(d.Text))
			}
		}
		_ = s.Matrix()
	})
}
