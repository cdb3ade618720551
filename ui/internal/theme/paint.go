package theme

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Paint is an inline style reduced to the escape codes around the text. A
// lipgloss render measures and pads its input; drawing a frame paints
// hundreds of short spans, so panes turn their styles into Paints once.
type Paint struct {
	pre, post string
}

// NewPaint captures an inline style's escape codes.
func NewPaint(st lipgloss.Style) Paint {
	const probe = "x"
	r := st.Inline(true).Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return Paint{}
	}
	return Paint{pre: r[:i], post: r[i+len(probe):]}
}

// Render paints s, which must hold no newline.
func (p Paint) Render(s string) string {
	if p.pre == "" && p.post == "" {
		return s
	}
	return p.pre + s + p.post
}
