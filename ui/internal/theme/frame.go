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

// Inner is the body's box inside a frame of width × height: its offset and
// size. A frame takes a border and one column of padding on each side; boxes
// too small for that have no frame.
func Inner(width, height int) (dx, dy, w, h int) {
	if width < 6 || height < 3 {
		return 0, 0, max(width, 0), max(height, 0)
	}
	return 2, 1, width - 4, height - 2
}

// Frame draws body inside a border of exactly width × height cells, with the
// title set into the top edge. A focused frame is drawn thick, so focus shows
// without colour too. Boxes too small for a border get the body alone.
//
// The body must be exactly the Inner size, as every pane's View is: the frame
// trusts it rather than measure every styled line again on every frame.
func (s *Styles) Frame(title, body string, width, height int, focused bool) string {
	_, _, iw, ih := Inner(width, height)
	if iw == width {
		return wrap.Block(body, width, height)
	}
	b, bs, ts := rounded, s.Border, s.Title
	if focused {
		b, bs, ts = thick, s.BorderFocused, s.TitleFocused
	}
	inner := width - 2
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

	left, right := bs.Render(b.side)+" ", " "+bs.Render(b.side)
	lines := strings.Split(body, "\n")
	blank := strings.Repeat(" ", iw)
	for i := 0; i < ih; i++ {
		l := blank
		if i < len(lines) && lines[i] != "" {
			l = lines[i]
		}
		out.WriteString(left)
		out.WriteString(l)
		out.WriteString(right)
		out.WriteByte('\n')
	}
	out.WriteString(bs.Render(b.bottomLeft + strings.Repeat(b.bottom, inner) + b.bottomRight))
	return out.String()
}
