package story

import (
	"strings"
	"testing"

	"parallax/model"
	"parallax/model/quantity"
	"parallax/ui/internal/fixture"
)

func TestNewDocs(t *testing.T) {
	s := New(fixture.Story())
	if s.Title != "Council backs the new harbour bridge" {
		t.Errorf("Title = %q", s.Title)
	}
	if s.Outlets != 4 || len(s.Docs) != 4 {
		t.Fatalf("Outlets = %d, docs = %d, want 4, 4", s.Outlets, len(s.Docs))
	}
	tests := []struct {
		doc    string
		counts Counts
		date   string
		claims []string
	}{
		{"herald", Counts{1, 2, 1}, "2024-03-05", []string{"h1", "h2", "h3", "h4"}},
		{"ledger", Counts{1, 1, 1}, "2024-03-05", []string{"l1", "l2", "l3"}},
		{"wire", Counts{2, 2, 0}, "2024-03-06", []string{"w1", "w2", "w3", "w4"}},
		{"times", Counts{1, 0, 1}, "", []string{"t1", "t2"}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			d := s.Doc(tt.doc)
			if d == nil {
				t.Fatal("missing")
			}
			if d.Counts != tt.counts {
				t.Errorf("Counts = %+v, want %+v", d.Counts, tt.counts)
			}
			if d.Date != tt.date {
				t.Errorf("Date = %q, want %q", d.Date, tt.date)
			}
			var ids []string
			for i, c := range d.Claims {
				ids = append(ids, c.ID)
				if c.Index != i {
					t.Errorf("%s.Index = %d, want %d", c.ID, c.Index, i)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tt.claims, ",") {
				t.Errorf("claims = %v, want %v", ids, tt.claims)
			}
		})
	}
}

func TestSanitisedSpans(t *testing.T) {
	s := New(fixture.Story())
	d := s.Doc("times")
	if strings.ContainsAny(d.Text, "\x1b\a") {
		t.Fatalf("escape codes survived: %q", d.Text)
	}
	if !strings.Contains(d.Text, "Stray codes stay out of sight.") {
		t.Errorf("text = %q", d.Text)
	}
	c := s.Claim("t2")
	if got := d.Sentence(c); got != "Mayor Lina Ortiz said the bridge would open by 2029." {
		t.Errorf("t2 sentence = %q", got)
	}
	c = s.Claim("t1")
	if got := d.Text[c.Values[0].Start:c.Values[0].End]; got != "About 4,000 jobs" {
		t.Errorf("t1 value = %q", got)
	}
}

func TestOthers(t *testing.T) {
	s := New(fixture.Story())
	tests := []struct {
		claim   string
		want    []string // claim:relation:differs
		own     []bool
		silent  []string
		verdict model.Verdict
	}{
		{"h2", []string{"l2:conflicts:[true]", "w2:agrees:[false]"}, []bool{true}, []string{"Metro Times"}, model.Conflicting},
		{"l2", []string{"h2:conflicts:[true]", "w2:conflicts:[true]"}, []bool{true}, []string{"Metro Times"}, model.Conflicting},
		{"h1", []string{"l1:agrees:[]", "w1:agrees:[]"}, []bool{}, []string{"Metro Times"}, model.Corroborated},
		{"t2", nil, []bool{false}, []string{"Harbour Herald", "Daily Ledger", "Coastal Wire"}, model.Single},
	}
	rel := map[Relation]string{Agrees: "agrees", Conflicts: "conflicts", Silent: "silent"}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			c := s.Claim(tt.claim)
			if c.Verdict != tt.verdict {
				t.Errorf("verdict = %s, want %s", c.Verdict, tt.verdict)
			}
			var got []string
			for _, o := range s.Others(c) {
				got = append(got, o.Claim.ID+":"+rel[o.Relation]+":"+fmtBools(o.Differs))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Others = %v, want %v", got, tt.want)
			}
			if fmtBools(s.OwnDiffers(c)) != fmtBools(tt.own) {
				t.Errorf("OwnDiffers = %v, want %v", s.OwnDiffers(c), tt.own)
			}
			if strings.Join(s.SilentOutlets(c), ",") != strings.Join(tt.silent, ",") {
				t.Errorf("SilentOutlets = %v, want %v", s.SilentOutlets(c), tt.silent)
			}
		})
	}
}

func fmtBools(bs []bool) string {
	var b strings.Builder
	b.WriteString("[")
	for i, v := range bs {
		if i > 0 {
			b.WriteString(" ")
		}
		if v {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	}
	return b.String() + "]"
}

func TestDiffering(t *testing.T) {
	usd := func(v, lo, hi float64) quantity.Quantity {
		return quantity.Quantity{Value: v, Low: lo, High: hi, Unit: "USD", Kind: quantity.Money}
	}
	tests := []struct {
		name     string
		xs, ys   []quantity.Quantity
		conflict bool
		want     string
	}{
		{"same amount", []quantity.Quantity{usd(120, 120, 120)}, []quantity.Quantity{usd(120, 115, 125)}, true, "[false]"},
		{"different amount", []quantity.Quantity{usd(210, 210, 210)}, []quantity.Quantity{usd(120, 115, 125)}, true, "[true]"},
		{"nothing comparable in conflict", []quantity.Quantity{{Value: 3, Kind: quantity.Count, Unit: "seats"}}, []quantity.Quantity{usd(1, 1, 1)}, true, "[true]"},
		{"nothing comparable in agreement", []quantity.Quantity{{Value: 3, Kind: quantity.Count}}, nil, false, "[false]"},
		{"bare values without bounds", []quantity.Quantity{{Value: 400, Kind: quantity.Count}}, []quantity.Quantity{{Value: 4000, Kind: quantity.Count}}, false, "[true]"},
		{"different units are not compared", []quantity.Quantity{{Value: 6, Low: 6, High: 6, Kind: quantity.Count, Unit: "seats"}}, []quantity.Quantity{{Value: 7, Low: 7, High: 7, Kind: quantity.Count, Unit: "years"}}, false, "[false]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fmtBools(Differing(tt.xs, tt.ys, tt.conflict)); got != tt.want {
				t.Errorf("Differing = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMatrix(t *testing.T) {
	s := New(fixture.Story())
	marks := map[Relation]string{Agrees: "✓", Conflicts: "✗", Silent: "·"}
	var got []string
	for _, r := range s.Matrix() {
		var b strings.Builder
		b.WriteString(r.Group.ID + " ")
		for _, c := range r.Cells {
			b.WriteString(marks[c.Relation])
		}
		got = append(got, b.String())
	}
	want := []string{"g1 ✓✗✓·", "g2 ··✓✗", "g3 ✓✓✓·", "g4 ✓·✓·", "g5 ✓···", "g6 ·✓··", "g7 ···✓"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Matrix =\n%v\nwant\n%v", got, want)
	}
}

func TestEntities(t *testing.T) {
	s := New(fixture.Story())
	e := s.Entity("hba")
	if e == nil || e.Name != "Harbour Bridge Authority" || e.Type != model.Org {
		t.Fatalf("entity = %+v", e)
	}
	if fmtInts(e.PerDoc) != "1 0 2 1" {
		t.Errorf("PerDoc = %v", e.PerDoc)
	}
	if strings.Join(e.Docs, ",") != "herald,wire,times" {
		t.Errorf("Docs = %v", e.Docs)
	}
	if strings.Join(e.Claims, ",") != "h2,w2,w4,t1" {
		t.Errorf("Claims = %v", e.Claims)
	}
	d := s.Doc("wire")
	ms := d.Mentions("hba")
	if len(ms) != 2 || d.Text[ms[0].Start:ms[0].End] != "Harbour Bridge Authority" {
		t.Errorf("mentions = %v", ms)
	}
}

func fmtInts(xs []int) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, string(rune('0'+x)))
	}
	return strings.Join(parts, " ")
}

func TestBadOffsetsAreClamped(t *testing.T) {
	docs := []model.Document{{ID: "a", Outlet: "\x1b]0;x\x07Odd Outlet", Text: "Short text."}}
	claims := []model.Claim{
		{ID: "c1", Doc: "a", Start: 6, End: 900, Quantities: []quantity.Quantity{{Start: -5, End: 2}}},
		{ID: "c2", Doc: "a", Start: 8, End: 3},
		{ID: "c3", Doc: "missing", Start: 0, End: 4},
	}
	ents := []model.Entity{{ID: "e1", Name: "Text", Mentions: []model.Mention{{Doc: "a", Start: 6, End: 10}, {Doc: "zz", Start: 0, End: 1}, {Doc: "a", Start: 50, End: 60}}}}
	s := New(model.NewAnalysis(docs, ents, claims, nil))
	d := s.Doc("a")
	if d.Outlet != "Odd Outlet" {
		t.Errorf("Outlet = %q", d.Outlet)
	}
	if c := s.Claim("c1"); c.Span != (Span{6, 11}) || c.Values[0] != (Span{6, 6}) {
		t.Errorf("c1 = %+v %+v", c.Span, c.Values)
	}
	if c := s.Claim("c2"); c.Span != (Span{8, 8}) {
		t.Errorf("c2 = %+v", c.Span)
	}
	if s.Claim("c3") != nil {
		t.Error("claim of a missing document kept")
	}
	if got := d.Mentions("e1"); len(got) != 1 {
		t.Errorf("mentions = %v", got)
	}
	if New(nil).Title != "" {
		t.Error("nil analysis gave a title")
	}
}
