package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`“We acted as fast as we could,” she said.`, []string{"We acted as fast as we could,"}},
		{`He said "the plan is dead" and left.`, []string{"the plan is dead"}},
		{`The firm called it a “Visionary” product.`, nil}, // one word: a scare quote
		{`It called the unit its “second growth engine”.`, []string{"second growth engine"}},
		{`“It is over,” he said. “We lost.”`, []string{"It is over,"}}, // "We lost." is two words
		{`Shares of the 5" screen maker fell.`, nil},                   // inch mark, not a quote
		{`“This runs on into the next paragraph and never closes`, []string{"This runs on into the next paragraph and never closes"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range findQuotes(tt.in) {
			got = append(got, tt.in[q.start:q.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("findQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuoteDiff(t *testing.T) {
	tests := []struct {
		a, b           string
		elidedA        bool
		wantShared     int
		wantChangedHas string // "" means no change expected
	}{
		{"we will not compromise safety", "we will never compromise safety", false, 4, "“not” → “never”"},
		{"we will compromise safety", "we will not compromise safety", false, 4, "adds “not”"},
		{"the existence of any review", "existence of any review", false, 4, ""},           // shorter excerpt
		{"the existence of any review today", "the existence of any review", false, 5, ""}, // trailing words cut
		{"we acted fast and we acted well", "we acted well", true, 3, ""},                  // elided middle
		{"a b c", "x y z", false, 0, ""},
	}
	for _, tt := range tests {
		shared, changed := quoteDiff(strings.Fields(tt.a), strings.Fields(tt.b), false, tt.elidedA)
		if shared != tt.wantShared {
			t.Errorf("quoteDiff(%q, %q) shared = %d, want %d", tt.a, tt.b, shared, tt.wantShared)
		}
		var parts []string
		for _, c := range changed {
			parts = append(parts, c.String())
		}
		got := strings.Join(parts, "; ")
		if (tt.wantChangedHas == "") != (got == "") || !strings.Contains(got, tt.wantChangedHas) {
			t.Errorf("quoteDiff(%q, %q) changed = %q, want %q", tt.a, tt.b, got, tt.wantChangedHas)
		}
	}
}
