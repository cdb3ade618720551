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
