package acceptance

import (
	"strings"
	"testing"

	"parallax/model"
)

// The seeds: one story (a US review of Alibaba's cloud unit, January 2022) as
// five outlets told it. Files: 000 Reuters, 001 a business site, 002 a tabloid,
// 003 a blog, 004 a markets site.
func TestSeeds(t *testing.T) {
	a := analyzeDir(t, sharedDir(t, "seeds"))

	t.Run("customer count conflicts", func(t *testing.T) {
		around := claimOf(t, a, "000", "customers", "4 million")
		worldwide := claimOf(t, a, "004", "customers", "4 million")
		billion := claimOf(t, a, "001", "customers", "4 billion")
		g := sameGroup(t, a, model.Conflicting, around, worldwide, billion)
		if len(g.Sides) != 2 {
			t.Errorf("sides = %v, want million side and billion side", g.Sides)
		}
	})
	t.Run("revenue corroborated", func(t *testing.T) {
		sameGroup(t, a, model.Corroborated,
			claimOf(t, a, "000", "revenue", "$9.2 billion"),
			claimOf(t, a, "001", "revenue", "$9 billion"),
			claimOf(t, a, "004", "revenue", "$9.2 billion"))
	})
	t.Run("US revenue under $50 million corroborated", func(t *testing.T) {
		sameGroup(t, a, model.Corroborated,
			claimOf(t, a, "000", "revenue", "$50 million"),
			claimOf(t, a, "003", "generates", "$50 million"))
	})
	t.Run("three people briefed, four outlets", func(t *testing.T) {
		g := sameGroup(t, a, model.Corroborated,
			claimOf(t, a, "000", "briefed", "three people"),
			claimOf(t, a, "001", "briefed", "three people"),
			claimOf(t, a, "003", "briefed", "Three people"),
			claimOf(t, a, "004", "briefed", "three people"))
		if len(g.Outlets) < 4 {
			t.Errorf("outlets = %v, want four", g.Outlets)
		}
	})
	t.Run("the agency's no-comment quote corroborated", func(t *testing.T) {
		sameGroup(t, a, model.Corroborated,
			claimOf(t, a, "000", "transaction reviews", ""),
			claimOf(t, a, "002", "transaction reviews", ""),
			claimOf(t, a, "004", "transaction reviews", ""))
	})
	t.Run("entities merged", func(t *testing.T) {
		commerce, ok := entityNamed(a, "Commerce Department")
		if !ok {
			t.Fatal("no Commerce Department entity")
		}
		if other, ok := entityNamed(a, "U.S. Department of Commerce"); !ok || other.ID != commerce.ID {
			t.Errorf("U.S. Department of Commerce is %v, not the Commerce Department %s", other.ID, commerce.ID)
		}
		biden, ok := entityNamed(a, "Biden")
		if !ok {
			t.Fatal("no Biden entity")
		}
		if long, ok := entityNamed(a, "Joseph R. Biden, Jr."); !ok || long.ID != biden.ID {
			if long2, ok2 := entityNamed(a, "Joseph R. Biden"); !ok2 || long2.ID != biden.ID {
				t.Errorf("Joseph R. Biden, Jr. is not merged with Biden (%s)", biden.ID)
			}
		}
		if biden.Type != model.Person || commerce.Type != model.Org {
			t.Errorf("types: Biden %s, Commerce Department %s", biden.Type, commerce.Type)
		}
	})
	// Reuters quotes the annual report as saying partners "may be barred from
	// continuing"; the two outlets quoting it after Reuters have "prohibited".
	// The reason reads from the version most outlets print.
	t.Run("annual report misquoted", func(t *testing.T) {
		g := sameGroup(t, a, model.Conflicting,
			claimOf(t, a, "000", "barred from continuing", ""),
			claimOf(t, a, "002", "prohibited from continuing", ""))
		if !strings.Contains(g.Reason, "“prohibited” → “barred”") {
			t.Errorf("reason %q does not show the swapped word", g.Reason)
		}
	})
	// The 2020 warning: "accessible to our foreigners" in one, "our foreign
	// adversaries" in two others.
	t.Run("warning misquoted", func(t *testing.T) {
		g := sameGroup(t, a, model.Conflicting,
			claimOf(t, a, "000", "foreigners", ""),
			claimOf(t, a, "002", "foreign adversaries", ""),
			claimOf(t, a, "003", "to prevent U.S. citizens", ""))
		if !strings.Contains(g.Reason, "“foreign adversaries” → “foreigners”") {
			t.Errorf("reason %q does not lead with the telling swap", g.Reason)
		}
	})
	t.Run("no other conflicts", func(t *testing.T) {
		for _, g := range a.Groups {
			if g.Verdict != model.Conflicting {
				continue
			}
			c, _ := a.Claim(g.Claims[0])
			if !strings.Contains(c.Text, "customers") && !strings.Contains(g.Reason, "misquote") {
				t.Errorf("unexpected conflict %s: %s\n  %s", g.ID, g.Reason, c.Text)
			}
		}
	})
}
