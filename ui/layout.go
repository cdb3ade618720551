package ui

import "parallax/ui/internal/theme"

// pane names the three panes of the reader.
type pane int

const (
	paneSources pane = iota
	paneArticle
	paneClaims
	paneCount
)

// String names the pane for its tab.
func (p pane) String() string {
	switch p {
	case paneSources:
		return "Sources"
	case paneArticle:
		return "Article"
	}
	return "Claims"
}

// Width thresholds of the three layouts.
const (
	wideWidth   = 120 // three panes side by side from here
	narrowWidth = 80  // one pane with tabs below this
)

type layoutMode int

const (
	layoutWide layoutMode = iota
	layoutMedium
	layoutNarrow
)

// rect is a box on the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// inner is the box inside a frame.
func (r rect) inner() rect {
	dx, dy, w, h := theme.Inner(r.w, r.h)
	return rect{r.x + dx, r.y + dy, w, h}
}

// screen is where everything goes for one terminal size and state.
type screen struct {
	mode    layoutMode
	header  rect
	tabs    rect // narrow layout only
	main    rect // the panes' area; modals take all of it
	panes   [paneCount]rect
	visible [paneCount]bool
	errLine rect
	status  rect
	help    rect
}

// computeLayout places the header, panes, error line, status and help. When
// rows are short it gives them up in this order: help, header, error line,
// status; the panes always keep at least one row.
// With many stories the source list gets more of a wide screen, so their
// titles have room.
func computeLayout(w, h, helpHeight int, hasErr, showClaims, manyStories bool, focus pane) screen {
	var s screen
	switch {
	case w >= wideWidth:
		s.mode = layoutWide
	case w >= narrowWidth:
		s.mode = layoutMedium
	default:
		s.mode = layoutNarrow
	}
	rows := []struct {
		r    *rect
		want int
	}{{&s.help, helpHeight}, {&s.header, 1}, {&s.errLine, 0}, {&s.status, 1}}
	if hasErr {
		rows[2].want = 1
	}
	spare := h - 1
	for i := range rows {
		if n := min(rows[i].want, max(spare, 0)); n > 0 {
			rows[i].r.h = n
			spare -= n
		}
	}
	y := 0
	s.header = rect{0, y, w, s.header.h}
	y += s.header.h
	if s.mode == layoutNarrow && spare > 0 && h-y-s.errLine.h-s.status.h-s.help.h > 1 {
		s.tabs = rect{0, y, w, 1}
		y++
	}
	mainH := max(h-y-s.errLine.h-s.status.h-s.help.h, 0)
	s.main = rect{0, y, w, mainH}
	y += mainH
	s.errLine = rect{0, y, w, s.errLine.h}
	y += s.errLine.h
	s.status = rect{0, y, w, s.status.h}
	y += s.status.h
	s.help = rect{0, y, w, s.help.h}

	m := s.main
	switch s.mode {
	case layoutWide:
		sw := clamp(w*22/100, 24, 40)
		if manyStories {
			sw = clamp(w*27/100, 30, 56)
		}
		cw := clamp(w*30/100, 32, 60)
		s.place(paneSources, rect{m.x, m.y, sw, m.h})
		s.place(paneArticle, rect{m.x + sw, m.y, w - sw - cw, m.h})
		s.place(paneClaims, rect{m.x + w - cw, m.y, cw, m.h})
	case layoutMedium:
		if showClaims {
			cw := clamp(w*40/100, 30, 48)
			s.place(paneArticle, rect{m.x, m.y, w - cw, m.h})
			s.place(paneClaims, rect{m.x + w - cw, m.y, cw, m.h})
		} else {
			sw := clamp(w*30/100, 22, 34)
			if manyStories {
				sw = clamp(w*36/100, 26, 40)
			}
			s.place(paneSources, rect{m.x, m.y, sw, m.h})
			s.place(paneArticle, rect{m.x + sw, m.y, w - sw, m.h})
		}
	default:
		s.place(focus, m)
	}
	return s
}

func (s *screen) place(p pane, r rect) {
	s.panes[p] = r
	s.visible[p] = true
}

// order is the panes tab moves through: the visible ones, or all three
// when they are tabs.
func (s screen) order() []pane {
	if s.mode == layoutNarrow {
		return []pane{paneSources, paneArticle, paneClaims}
	}
	var out []pane
	for p := pane(0); p < paneCount; p++ {
		if s.visible[p] {
			out = append(out, p)
		}
	}
	return out
}

// tabAt is the tab under column x of the tab row.
func (s screen) tabAt(x int) (pane, bool) {
	if s.tabs.h == 0 || s.tabs.w <= 0 {
		return 0, false
	}
	p := pane(x * int(paneCount) / s.tabs.w)
	return p, p >= 0 && p < paneCount
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
