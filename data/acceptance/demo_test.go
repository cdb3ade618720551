package acceptance

import (
	"strings"
	"testing"

	"parallax/data"
	"parallax/model"
)

// The demo story: a solvent leak shuts a water utility's plant, told by five
// invented outlets. Each planted fact is asserted here; the demo is the first
// thing a new user sees, so it must show the engine right.
func TestDemo(t *testing.T) {
	a := model.Analyze(data.Demo())
	if len(a.Documents) != 5 {
		t.Fatalf("demo has %d documents, want 5", len(a.Documents))
	}
	const (
		wire     = "lantern-wire"
		business = "exchange-courier"
		local    = "calder-sentinel"
		tabloid  = "daily-tattle"
		trade    = "pipe-and-basin"
	)
	t.Run("hedged households corroborate", func(t *testing.T) {
		sameGroup(t, a, model.Corroborated,
			claimOf(t, a, wire, "households", "640,000"),
			claimOf(t, a, business, "households", "640,000"),
			claimOf(t, a, local, "households", "600,000"))
	})
	t.Run("filtration money corroborates", func(t *testing.T) {
		sameGroup(t, a, model.Corroborated,
			claimOf(t, a, wire, "filtration", "$1.8 billion"),
			claimOf(t, a, business, "filtration", "$1.8 billion"),
			claimOf(t, a, tabloid, "filtration", "$2 billion"))
	})
	t.Run("million/billion slip", func(t *testing.T) {
		g := sameGroup(t, a, model.Conflicting,
			claimOf(t, a, wire, "customers", "12 million"),
			claimOf(t, a, business, "customers", "12 million"),
			claimOf(t, a, trade, "customers", "12 billion"))
		if !strings.Contains(g.Reason, "1,000×") {
			t.Errorf("reason %q does not call out the 1,000× slip", g.Reason)
		}
	})
	t.Run("misquote", func(t *testing.T) {
		g := sameGroup(t, a, model.Conflicting,
			claimOf(t, a, wire, "cut corners", ""),
			claimOf(t, a, tabloid, "cut corners", ""))
		if !strings.Contains(g.Reason, "never") {
			t.Errorf("reason %q does not show the changed word", g.Reason)
		}
	})
	t.Run("same words, different speakers", func(t *testing.T) {
		g := sameGroup(t, a, model.Conflicting,
			claimOf(t, a, business, "No one should drink", ""),
			claimOf(t, a, local, "No one should drink", ""))
		if !strings.Contains(g.Reason, "credited") {
			t.Errorf("reason %q does not explain the attribution conflict", g.Reason)
		}
	})
	t.Run("shutdown date conflict", func(t *testing.T) {
		sameGroup(t, a, model.Conflicting,
			claimOf(t, a, wire, "shut down", "March 3"),
			claimOf(t, a, local, "shut", "March 4"))
	})
	t.Run("single-source figure", func(t *testing.T) {
		g := groupOf(t, a, claimOf(t, a, trade, "inspectors", "14"))
		if g.Verdict != model.Single {
			t.Errorf("14 inspectors is %s (%s), want single", g.Verdict, g.Reason)
		}
	})
	t.Run("look-alikes are not conflicts", func(t *testing.T) {
		notConflicting(t, a,
			claimOf(t, a, business, "three other plants", ""),
			claimOf(t, a, tabloid, "three days", ""),
			claimOf(t, a, wire, "workers", "300"),
			claimOf(t, a, trade, "workers", "7,500"),
			claimOf(t, a, business, "declined to comment", ""),
			claimOf(t, a, local, "request for comment", ""))
	})
	t.Run("one commission, three names", func(t *testing.T) {
		full, ok := entityNamed(a, "National Drinking Water Commission")
		if !ok {
			t.Fatal("no National Drinking Water Commission entity")
		}
		for _, name := range []string{"NDWC", "Drinking Water Commission"} {
			if e, ok := entityNamed(a, name); !ok || e.ID != full.ID {
				t.Errorf("%s is not merged with the commission", name)
			}
		}
		tarrow, ok := entityNamed(a, "Tarrow")
		if !ok || tarrow.Type != model.Person {
			t.Fatalf("Tarrow: %+v", tarrow)
		}
		if e, ok := entityNamed(a, "Rosalind K. Tarrow"); !ok || e.ID != tarrow.ID {
			t.Errorf("Rosalind K. Tarrow is not merged with Tarrow")
		}
	})
}
