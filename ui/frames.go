package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// frameInterval is the least time between two frames drawn for a burst of
// input: about what a terminal shows, and what Bubble Tea's renderer flushes.
const frameInterval = time.Second / 60

// frameMsg asks for the frame a burst of input put off.
type frameMsg struct{}

// frames coalesces bursts: Bubble Tea draws the view after every message,
// so a flood of keys (100 KB of j over SSH) would cost a full View each.
// Within one frame interval of the last one drawn, View hands back that
// frame, and one frameMsg is on its way to draw the latest state: the last
// position wins and a flood costs one frame per interval, while a single key
// is drawn at once. Each program has its own; it is nil in unit tests, which
// read View right after Update.
type frames struct {
	last    time.Time
	view    tea.View
	drawn   bool
	pending bool // a frameMsg is on its way
	// current says view shows the reader as it is: no message has changed
	// it since. The frameMsg that ends a single key finds it so, and costs
	// no second View.
	current bool
	count   int // frames drawn, for tests and benchmarks
}

// afterInput books the frame that will show the latest state.
func (f *frames) afterInput() tea.Cmd {
	if f == nil || f.pending {
		return nil
	}
	f.pending = true
	return tea.Tick(frameInterval, func(time.Time) tea.Msg { return frameMsg{} })
}

// cached returns the last frame when nothing has changed since, or when it
// is recent and a fresh one is booked.
func (f *frames) cached(now time.Time) (tea.View, bool) {
	if f != nil && f.drawn && f.current {
		return f.view, true
	}
	if f == nil || !f.drawn || !f.pending || now.Sub(f.last) >= frameInterval {
		return tea.View{}, false
	}
	return f.view, true
}

// drew records a frame.
func (f *frames) drew(v tea.View, now time.Time) {
	if f != nil {
		f.view, f.last, f.drawn, f.current = v, now, true, true
		f.count++
	}
}
