package theme

import (
	"strings"

	"parallax/ui/internal/wrap"
)

// border is the set of runes a frame is drawn with.
type border struct {
	top, bottom, side                          string
	topLeft, topRight, bottomLeft, bottomRight string
}

var (
	rounded = border{"─", "─", "│", "╭", "╮", "╰", "╯"}
	thick   = border{"━", "━", "┃", "┏", "┓", "┗", "┛"}
)

// FrameSize is what a frame takes from a pane's box: one cell on each side.
const FrameSize = 2

// Frame draws body inside a border of exactly width × height cells, with the
// title set into the top edge. A focused frame is drawn thick, so focus shows
// without colour too. Boxes too small for a border get the body alone.
func (s Styles) Frame(title, body string, width, height int, focused bool) string {
	if width < 3 || height < 3 {
		return wrap.Block(body, width, height)
	}
	b, bs, ts := rounded, s.Border, s.Title
	if focused {
		b, bs, ts = thick, s.BorderFocused, s.TitleFocused
	}
	inner := width - FrameSize
	var out strings.Builder
	out.Grow((width + 4) * height)

	top := b.top
	if title != "" && inner >= 5 {
		t := wrap.Truncate(title, inner-3)
		fill := inner - 3 - wrap.Width(t)
		out.WriteString(bs.Render(b.topLeft + b.top))
		out.WriteString(ts.Render(" " + t + " "))
		out.WriteString(bs.Render(strings.Repeat(top, max(fill, 0)) + b.topRight))
	} else {
		out.WriteString(bs.Render(b.topLeft + strings.Repeat(top, inner) + b.topRight))
	}
	out.WriteByte('\n')

	side := bs.Render(b.side)
	lines := strings.Split(wrap.Block(body, inner, height-FrameSize), "\n")
	for _, l := range lines {
		out.WriteString(side)
		out.WriteString(l)
		out.WriteString(side)
		out.WriteByte('\n')
	}
	out.WriteString(bs.Render(b.bottomLeft + strings.Repeat(b.bottom, inner) + b.bottomRight))
	return out.String()
}
