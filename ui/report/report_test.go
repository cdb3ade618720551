package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"

	"parallax/model"
	"parallax/model/quantity"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixture is a small story in the project's own words: one slip, one agreement
// and one thing only a single outlet says.
func fixture() *model.Analysis {
	a := "Kestrel Mining employs about 4,000 people and runs three mines."
	b := "Kestrel Mining, which employs 4 million people, said the mine would reopen."
	c := "A spokesman said the mine would reopen on Monday."
	docs := []model.Document{
		{ID: "harbor", Outlet: "Harbor Wire", OutletSource: model.OutletFromMetadata, Title: "Mine reopens", Text: a,
			Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "delta", Outlet: "Delta Post", OutletSource: model.OutletFromFilename, Title: "Kestrel to reopen mine", Text: b + " " + c},
	}
	q := func(text string, in string, v float64) quantity.Quantity {
		i := strings.Index(in, text)
		return quantity.Quantity{Text: text, Start: i, End: i + len(text), Value: v, Low: v, High: v, Unit: "people", Kind: quantity.Count}
	}
	claims := []model.Claim{
		{ID: "c1", Doc: "harbor", Start: 0, End: len(a), Text: a, Quantities: []quantity.Quantity{q("about 4,000 people", a, 4000)}},
		{ID: "c2", Doc: "delta", Start: 0, End: len(b), Text: b, Quantities: []quantity.Quantity{q("4 million people", b, 4e6)}},
		{ID: "c3", Doc: "delta", Start: len(b) + 1, End: len(b) + 1 + len(c), Text: c},
	}
	groups := []model.Group{
		{ID: "g1", Verdict: model.Conflicting, Claims: []string{"c1", "c2"}, Outlets: []string{"Harbor Wire", "Delta Post"},
			Reason: "about 4,000 vs 4 million people — 1,000× apart", Sides: [][]string{{"c1"}, {"c2"}}},
		{ID: "g2", Verdict: model.Single, Claims: []string{"c3"}, Outlets: []string{"Delta Post"}, Reason: "only Delta Post reports this"},
	}
	return model.NewAnalysis(docs, nil, claims, groups)
}

func TestWritePlain(t *testing.T) {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if err := Write(w, fixture()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("report differs from %s:\n%s", golden, got)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Error("plain output carries escape sequences")
	}
}

func TestWriteColourEmphasisesTheFigure(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "\x1b[1m4 million people") {
		t.Errorf("the figure is not emphasised:\n%q", out)
	}
}

func TestUntrustedTextCannotDriveTheTerminal(t *testing.T) {
	a := fixture()
	a.Claims[2].Text = "A spokesman said\x1b]0;owned\x07 the mine\x9b2J would reopen."
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if err := Write(w, a); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(buf.String(), "\x1b\x07\u009b") {
		t.Errorf("control characters reached the output: %q", buf.String())
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Harbor Wire", 20, "Harbor Wire"},
		{"The Calder County Sentinel", 10, "The Calde…"},
		{"émigré", 3, "ém…"},
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
