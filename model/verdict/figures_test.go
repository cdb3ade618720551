package verdict

import (
	"testing"

	"parallax/model/facts"
)

// TestOutletOnTwoSides: an outlet with claims on two sides of a figure group
// gives two of its values, so the group holds two facts.
func TestOutletOnTwoSides(t *testing.T) {
	outlets := []string{"Harbor Wire", "Delta Post", "Harbor Wire", "Quay Daily"}
	var cs []Claim
	for _, o := range outlets {
		cs = append(cs, Claim{Fact: &facts.Fact{Outlet: o, Sentence: &facts.Sentence{}, Kind: facts.Figure}})
	}
	c := newStory(cs, DefaultConfig())
	tests := []struct {
		sides [][]int
		want  bool
	}{
		{[][]int{{0, 1}, {3}}, false},
		{[][]int{{0, 2}, {1}}, false}, // the lead and the body agree
		{[][]int{{0, 1}, {2}}, true},
		{[][]int{{0}, {1}, {3, 2}}, true},
	}
	for _, tt := range tests {
		if got := c.outletOnTwoSides(tt.sides); got != tt.want {
			t.Errorf("sides %v: %v, want %v", tt.sides, got, tt.want)
		}
	}
}

// TestSameBase: two shares are of one group unless the sentences name
// different groups after "percent of", or one names a group the other never
// mentions.
func TestSameBase(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Only 12% of Harbor voters say they back the plan.", "A full 27 percent of those surveyed said they back the plan.", false},
		{"Eighty-eight percent of Republicans disapprove of the plan.", "Last month, 53 percent disapproved of the plan.", false},
		{"Obama said 40 percent of all gun purchases were made without a check.", "Gun purchases without a check were 14 to 22 percent.", true},
		{"Some 52 percent of voters back the plan.", "The plan has 48 percent support.", false},
		{"Some 52 percent back the plan.", "The plan has 48 percent support.", true},
	}
	for _, tt := range tests {
		a, b := &facts.Sentence{Text: tt.a}, &facts.Sentence{Text: tt.b}
		if got := sameBase(a, b); got != tt.want {
			t.Errorf("sameBase(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
