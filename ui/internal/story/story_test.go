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
	if s.Outlets != 4 || len(s.Docs) != 4 || s.Copies != 0 {
		t.Fatalf("Outlets = %d, docs = %d, copies %d, want 4, 4, 0", s.Outlets, len(s.Docs), s.Copies)
	}
	// Nine facts (groups), not sixteen claims: the header counts these.
	if s.Counts != (Counts{2, 3, 4}) || s.Claims != 16 {
		t.Errorf("story Counts = %+v, claims %d; want {2 3 4}, 16", s.Counts, s.Claims)
	}
	tests := []struct {
		doc       string
		counts    Counts
		date      string
		claims    string
		sentences string // sentence IDs, with the claims of a many-figure sentence after a colon
	}{
		{"herald", Counts{1, 3, 2}, "2024-03-05", "h1 h2 h5 h6 h3 h4", "h1 h2 h5:h5,h6 h3 h4"},
		{"ledger", Counts{1, 2, 1}, "2024-03-05", "l1 l2 l4 l3", "l1 l2 l4 l3"},
		{"wire", Counts{2, 2, 0}, "2024-03-06", "w1 w2 w3 w4", "w1 w2 w3 w4"},
		{"times", Counts{1, 0, 1}, "", "t1 t2", "t1 t2"},
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
			var ids, sns []string
			for _, c := range d.Claims {
				ids = append(ids, c.ID)
			}
			for i, sn := range d.Sentences {
				if sn.Index != i {
					t.Errorf("%s.Index = %d, want %d", sn.ID, sn.Index, i)
				}
				id := sn.ID
				if len(sn.Claims) > 1 {
					var cs []string
					for _, c := range sn.Claims {
						cs = append(cs, c.ID)
						if c.Sentence != sn {
							t.Errorf("%s does not point back at its sentence", c.ID)
						}
					}
					id += ":" + strings.Join(cs, ",")
				}
				sns = append(sns, id)
			}
			if strings.Join(ids, " ") != tt.claims {
				t.Errorf("claims = %v, want %v", ids, tt.claims)
			}
			if strings.Join(sns, " ") != tt.sentences {
				t.Errorf("sentences = %v, want %v", sns, tt.sentences)
			}
		})
	}
}

func TestSentenceOfManyFigures(t *testing.T) {
	s := New(fixture.Story())
	sn := s.Sentence("h6")
	if sn == nil || sn.ID != "h5" || s.Sentence("h5") != sn {
		t.Fatalf("sentence of h6 = %+v", sn)
	}
	if !sn.Mixed() || sn.Verdict() != model.Corroborated || !sn.Has(model.Single) || sn.Figures() != 2 {
		t.Errorf("mixed %v verdict %s single %v figures %d", sn.Mixed(), sn.Verdict(), sn.Has(model.Single), sn.Figures())
	}
	d := s.Doc("herald")
	for k, want := range []string{"800 metres", "30,000 cars"} {
		c := sn.ClaimOfValue(k)
		sp, _, ok := c.Own()
		if !ok || d.Line(sp) != want {
			t.Errorf("figure %d = %q, want %q", k, d.Line(sp), want)
		}
	}
	if sn.ClaimOfValue(0).Verdict != model.Single || sn.ClaimOfValue(1).Verdict != model.Corroborated {
		t.Error("each figure should keep its own verdict")
	}
	marks := Marks{"h6": {Note: "check the traffic study"}}
	if mk := marks.Of(sn); mk.Note != "check the traffic study" || mk.Starred || !marks.Marked(sn) {
		t.Errorf("mark of the sentence = %+v", mk)
	}
	if marks.NoteHolder(sn) != "h6" || (Marks{}).NoteHolder(sn) != "h5" {
		t.Error("the note belongs to the claim that holds it, else to the sentence's first claim")
	}
}

func TestReasons(t *testing.T) {
	s := New(fixture.Story())
	lib := Split(fixture.Stories())[1]
	tests := []struct {
		s             *Story
		claim         string
		label, reason string
	}{
		{s, "h2", "outlets conflict", "Harbour Herald and Coastal Wire say $120 million; Daily Ledger says $210 million"},
		{s, "t1", "outlets conflict", "Coastal Wire says 400 jobs; Metro Times says About 4,000 jobs"},
		// Case-insensitive forms, each as the outlet wrote it, never the engine's lower-cased prose.
		{s, "h6", "outlets agree", "Harbour Herald and Daily Ledger agree: 30,000 cars ≈ About 30,000 cars"},
		{s, "h1", "outlets agree", "Harbour Herald, Daily Ledger and Coastal Wire report this"},
		{s, "h5", "one outlet only", "only Harbour Herald states this"},
		{lib, "r3", "later report differs", "Daily Ledger's later report says $3.5 million; earlier, North Shore Gazette and Bay Courier say $2 million"},
		{lib, "r2", "one outlet only", "only North Shore Gazette states this, carried by Bay Courier"},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			c := tt.s.Claim(tt.claim)
			if got := tt.s.Label(c); got != tt.label {
				t.Errorf("Label = %q, want %q", got, tt.label)
			}
			if got := tt.s.Reason(c); got != tt.reason {
				t.Errorf("Reason = %q, want %q", got, tt.reason)
			}
		})
	}
}

func TestConflictKinds(t *testing.T) {
	docs := []model.Document{{ID: "a", Outlet: "Alpha", Text: "x"}, {ID: "b", Outlet: "Beta", Text: "y"}}
	claims := []model.Claim{{ID: "ca", Doc: "a", End: 1, Figure: -1}, {ID: "cb", Doc: "b", End: 1, Figure: -1}}
	for _, tt := range []struct {
		kind   model.ConflictKind
		values []string
		want   string
	}{
		{model.ConflictMisquote, []string{"“not”", "never"}, "quoted differently: “not” (Alpha) vs “never” (Beta)"},
		{model.ConflictAttribution, []string{"Idris Pell", "Ana Roe"}, "the same words credited to Idris Pell by Alpha and to Ana Roe by Beta"},
		{model.ConflictName, []string{"Jon Smyth", "John Smith"}, "named differently: Jon Smyth (Alpha) vs John Smith (Beta)"},
		{model.ConflictSlip, []string{"12 million", "12 billion"}, "Alpha says 12 million; Beta says 12 billion (1,000× apart: a thousand, million or billion slip)"},
		{model.ConflictNegation, nil, "Alpha and Beta contradict each other: one denies what the other states"},
		{model.ConflictNegation, []string{"Whitlock has been charged", "no formal charges have been filed yet"},
			"stated and denied: “Whitlock has been charged” (Alpha) vs “no formal charges have been filed yet” (Beta)"},
	} {
		t.Run(string(tt.kind), func(t *testing.T) {
			g := model.Group{ID: "g", Verdict: model.Conflicting, Claims: []string{"ca", "cb"}, Reason: "engine prose",
				Sides: [][]string{{"ca"}, {"cb"}}, Conflict: &model.Conflict{Kind: tt.kind, Values: tt.values}}
			s := New(model.NewAnalysis(docs, nil, claims, []model.Group{g}))
			if got := s.Reason(s.Claim("ca")); got != tt.want {
				t.Errorf("Reason = %q, want %q", got, tt.want)
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
		want    []string // claim:relation
		silent  []string
		verdict model.Verdict
	}{
		{"h2", []string{"l2:conflicts", "w2:agrees"}, []string{"Metro Times"}, model.Conflicting},
		{"l2", []string{"h2:conflicts", "w2:conflicts"}, []string{"Metro Times"}, model.Conflicting},
		{"h1", []string{"l1:agrees", "w1:agrees"}, []string{"Metro Times"}, model.Corroborated},
		{"t2", nil, []string{"Harbour Herald", "Daily Ledger", "Coastal Wire"}, model.Single},
	}
	rel := map[Relation]string{Agrees: "agrees", Conflicts: "conflicts", Silent: "silent", Alone: "alone"}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			c := s.Claim(tt.claim)
			if c.Verdict != tt.verdict {
				t.Errorf("verdict = %s, want %s", c.Verdict, tt.verdict)
			}
			var got []string
			for _, o := range s.Others(c) {
				got = append(got, o.Claim.ID+":"+rel[o.Relation])
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Others = %v, want %v", got, tt.want)
			}
			if strings.Join(s.SilentOutlets(c), ",") != strings.Join(tt.silent, ",") {
				t.Errorf("SilentOutlets = %v, want %v", s.SilentOutlets(c), tt.silent)
			}
		})
	}
}

func TestMatrix(t *testing.T) {
	s := New(fixture.Story())
	marks := map[Relation]string{Agrees: "✓", Conflicts: "✗", Silent: "·", Alone: "○"}
	var got []string
	for _, r := range s.Matrix() {
		var b strings.Builder
		b.WriteString(r.Group.ID + " ")
		for _, c := range r.Cells {
			b.WriteString(marks[c.Relation])
			if c.Relation == Conflicts {
				b.WriteString(string(rune('a' + c.Side)))
			}
		}
		got = append(got, b.String())
	}
	// A single-source fact is never marked as agreeing: its one outlet is alone.
	want := []string{"g1 ✗a✗b✗a·", "g2 ··✗a✗b", "g3 ✓✓✓·", "g4 ✓·✓·", "g8 ✓✓··", "g5 ○···", "g6 ·○··", "g7 ···○", "g9 ○···"}
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
	if strings.Join(e.Sentences, ",") != "h2,w2,w4,t1" {
		t.Errorf("Sentences = %v", e.Sentences)
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
		{ID: "c2", Doc: "a", Start: 8, End: 3, Figure: 4},
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
	if c := s.Claim("c2"); c.Span != (Span{8, 8}) || c.Figure != -1 {
		t.Errorf("c2 = %+v, figure %d", c.Span, c.Figure)
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
