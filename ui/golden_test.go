package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The whole screen at the three reference sizes, colours off, in the states a
// reader passes through. These use the invented fixture story only.
func TestGoldenScreens(t *testing.T) {
	states := []struct {
		name string
		keys []string
	}{
		{"start", nil},
		{"claim_list", []string{"p"}}, // at 80 columns p shows the list; wider, it is there already
		{"two_figures", []string{"n", "n", "n"}},
		{"conflict_selected", []string{"n", "n"}},
		{"panel_focused", []string{"n", "n", "enter"}},
		{"jumped", []string{"n", "n", "enter", "enter"}},
		{"overview", []string{"m", "j"}},
		{"search", []string{"/", "port"}},
		{"entity_chosen", []string{"/", "hbauth", "enter"}},
		{"full_help", []string{"?"}},
	}
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 60}}
	for _, sz := range sizes {
		for _, st := range states {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], st.name), func(t *testing.T) {
				m := press(ready(t, sz[0], sz[1]), st.keys...)
				checkSize(t, m, sz[0], sz[1])
				golden.RequireEqual(t, screenText(m))
			})
		}
	}
}

// Small and narrow screens keep working: one pane with tabs.
func TestGoldenNarrow(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"60x20_article", 60, 20, []string{"n", "n"}},
		{"60x20_claims_tab", 60, 20, []string{"n", "n", "tab"}},
		{"100x30_medium_panel", 100, 30, []string{"n", "n", "p"}},
		{"30x8_tiny", 30, 8, []string{"n"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := press(ready(t, tt.w, tt.h), tt.keys...)
			checkSize(t, m, tt.w, tt.h)
			golden.RequireEqual(t, screenText(m))
		})
	}
}
