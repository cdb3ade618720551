package facts

import (
	"testing"

	"parallax/model/quantity"
	"parallax/model/text"
)

// TestCountSubjects: a bare number that a verb of change points to counts
// the noun before the verb; other bare numbers stay bare.
func TestCountSubjects(t *testing.T) {
	tests := []struct {
		text   string
		figure string // the figure's text
		unit   string // the unit it is read with; "" for a bare number
	}{
		{"Seizures at the port have fallen sharply, to 12,000 in 2023.", "12,000", "seizures"},
		{"Hospital admissions rose to 8,400 in March from a low of 5,100 in January.", "8,400", "admissions"},
		{"Hospital admissions rose to 8,400 in March from a low of 5,100 in January.", "5,100", "admissions"},
		{"Filings have climbed steadily since 2015, to 61,000.", "61,000", "filings"},
		// The verb's subject is no plural noun, or the number is not its value.
		{"The total rose to 9,300 by Friday.", "9,300", ""},
		{"Prices fell, and the county hired 4,500.", "4,500", ""},
		{"Mr. Castell said 7,200 were counted.", "7,200", ""},
	}
	st := text.NewStemmer()
	for _, tt := range tests {
		fs, _ := Extract(Doc{ID: "d", Outlet: "Wire", Text: tt.text}, nil, st, Options{MaxFigures: 12, Reach: 5})
		found := false
		for _, f := range fs {
			if f.Kind != Figure || tt.text[f.Figure.Start:f.Figure.End] != tt.figure {
				continue
			}
			found = true
			got := ""
			if f.Figure.Kind == quantity.Count {
				got = f.Figure.Unit
			}
			if got != tt.unit {
				t.Errorf("%q: %s read with unit %q (kind %s), want %q", tt.text, tt.figure, got, f.Figure.Kind, tt.unit)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tt.text, tt.figure)
		}
	}
}
