// Package wrap lays text out in lines of a given width, keeping byte offsets
// so callers can style spans of the original text after wrapping.
package wrap

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"
)

// Range is one laid-out line: the bytes [Start, End) of the text, without the
// spaces or newline that ended it.
type Range struct {
	Start, End int
}

// Width returns how many terminal cells s takes (s holds no escape codes).
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// Lines wraps text at spaces to at most width cells a line. Newlines end
// paragraphs; runs of blank lines collapse to one, and leading and trailing
// blank lines are dropped. Words wider than the line are broken between
// characters. A width below 1 is treated as 1.
func Lines(text string, width int) []Range {
	width = max(width, 1)
	var out []Range
	blank := true // the previous emitted line was blank (or nothing emitted yet)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		para := paragraph(text, start, end, width)
		if len(para) == 0 {
			if !blank {
				out = append(out, Range{start, start})
				blank = true
			}
		} else {
			out = append(out, para...)
			blank = false
		}
		start = end + 1
	}
	if n := len(out); n > 0 && out[n-1].Start == out[n-1].End {
		out = out[:n-1]
	}
	return out
}

// paragraph wraps text[start:end], which holds no newline.
func paragraph(text string, start, end, width int) []Range {
	var out []Range
	lineStart, lineEnd, lineWidth := -1, -1, 0
	for i := start; i < end; {
		if text[i] == ' ' {
			i++
			continue
		}
		ws := i
		for i < end && text[i] != ' ' {
			i++
		}
		we := i
		ww := Width(text[ws:we])
		if lineStart >= 0 {
			gap := ws - lineEnd // the spaces between the words, as written
			if lineWidth+gap+ww <= width {
				lineEnd, lineWidth = we, lineWidth+gap+ww
				continue
			}
			out = append(out, Range{lineStart, lineEnd})
			lineStart = -1
		}
		if ww <= width {
			lineStart, lineEnd, lineWidth = ws, we, ww
			continue
		}
		pieces := breakWord(text, ws, we, width)
		out = append(out, pieces[:len(pieces)-1]...)
		last := pieces[len(pieces)-1]
		lineStart, lineEnd, lineWidth = last.Start, last.End, Width(text[last.Start:last.End])
	}
	if lineStart >= 0 {
		out = append(out, Range{lineStart, lineEnd})
	}
	return out
}

// breakWord splits an over-long word between grapheme clusters.
func breakWord(text string, start, end, width int) []Range {
	var out []Range
	pieceStart, pieceWidth := start, 0
	g := graphemes.FromString(text[start:end])
	for g.Next() {
		cw := Width(g.Value())
		at := start + g.Start()
		if pieceWidth > 0 && pieceWidth+cw > width {
			out = append(out, Range{pieceStart, at})
			pieceStart, pieceWidth = at, 0
		}
		pieceWidth += cw
	}
	return append(out, Range{pieceStart, end})
}

// Fit pads or cuts a styled line to exactly width cells.
func Fit(line string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(line)
	switch {
	case w == width:
		return line
	case w < width:
		return line + strings.Repeat(" ", width-w)
	}
	line = ansi.Truncate(line, width, "")
	if w = ansi.StringWidth(line); w < width { // a wide character did not fit
		line += strings.Repeat(" ", width-w)
	}
	return line
}

// Truncate cuts a plain or styled string to width cells, ending with "…" when cut.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Block fits a multi-line string to exactly width × height cells.
func Block(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = Fit(l, width)
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return strings.Join(lines, "\n")
}
