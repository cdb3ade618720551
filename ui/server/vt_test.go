package server

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// vt is a small terminal emulator for tests: just enough of VT100/xterm to
// replay what a session's screen sends and read the screen back as text.
// Styles, colours and modes other than the screen contents are ignored.
type vt struct {
	w, h        int
	cells       [][]string // "" is a blank, " " a space, wide runes take the cell plus a "" continuation
	x, y        int
	top, bot    int // scroll region, inclusive rows
	savedX      int
	savedY      int
	pendingWrap bool
}

// newVT returns a blank w×h screen.
func newVT(w, h int) *vt {
	t := &vt{}
	t.resize(w, h)
	return t
}

// resize changes the screen size, keeping what fits, as xterm does.
func (t *vt) resize(w, h int) {
	cells := make([][]string, h)
	for y := range cells {
		cells[y] = make([]string, w)
		if y < len(t.cells) {
			copy(cells[y], t.cells[y])
		}
	}
	t.cells, t.w, t.h = cells, w, h
	t.top, t.bot = 0, h-1
	t.x, t.y = min(t.x, w-1), min(t.y, h-1)
	t.pendingWrap = false
}

// String is the screen as lines with trailing blanks trimmed.
func (t *vt) String() string {
	lines := make([]string, t.h)
	for y, row := range t.cells {
		var b strings.Builder
		for _, c := range row {
			if c == "" {
				b.WriteByte(' ')
				continue
			}
			if c == "\x00" {
				continue // continuation of a wide character
			}
			b.WriteString(c)
		}
		lines[y] = strings.TrimRight(b.String(), " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// write feeds output bytes to the emulator.
func (t *vt) write(b []byte) {
	p := ansi.NewParser()
	var state byte
	for len(b) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(b, state, p)
		if n == 0 {
			break
		}
		state = newState
		b = b[n:]
		switch {
		case width > 0:
			t.print(string(seq), width)
		case len(seq) == 1 && seq[0] < 0x20:
			t.control(seq[0])
		case ansi.HasCsiPrefix(seq):
			t.csi(ansi.Cmd(p.Command()), p.Params())
		case len(seq) == 2 && seq[0] == ansi.ESC:
			t.esc(seq[1])
		}
	}
}

// print puts one grapheme at the cursor.
func (t *vt) print(g string, width int) {
	if t.pendingWrap {
		t.x = 0
		t.lineFeed()
		t.pendingWrap = false
	}
	if t.x+width > t.w {
		return
	}
	t.cells[t.y][t.x] = g
	for i := 1; i < width; i++ {
		t.cells[t.y][t.x+i] = "\x00"
	}
	t.x += width
	if t.x >= t.w {
		t.x = t.w - 1
		t.pendingWrap = true
	}
}

// control handles C0 controls.
func (t *vt) control(c byte) {
	t.pendingWrap = false
	switch c {
	case '\r':
		t.x = 0
	case '\n', '\v', '\f':
		t.lineFeed()
	case '\b':
		t.x = max(t.x-1, 0)
	case '\t':
		t.x = min((t.x/8+1)*8, t.w-1)
	}
}

// esc handles two-byte escapes.
func (t *vt) esc(c byte) {
	switch c {
	case '7':
		t.savedX, t.savedY = t.x, t.y
	case '8':
		t.x, t.y = t.savedX, t.savedY
	case 'D':
		t.lineFeed()
	case 'E':
		t.x = 0
		t.lineFeed()
	case 'M':
		if t.y == t.top {
			t.scrollDown(1)
		} else {
			t.y = max(t.y-1, 0)
		}
	}
}

// csi handles control sequences.
func (t *vt) csi(cmd ansi.Cmd, ps ansi.Params) {
	t.pendingWrap = false
	n := func(i int) int {
		v, _, _ := ps.Param(i, 1)
		return max(v, 1)
	}
	if cmd.Prefix() == '?' {
		if cmd.Final() == 'h' || cmd.Final() == 'l' {
			for i := range ps {
				if m, _, _ := ps.Param(i, 0); m == 1049 || m == 47 || m == 1047 {
					t.clear(0, 0, t.w, t.h)
				}
			}
		}
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'A':
		t.y = max(t.y-n(0), 0)
	case 'B', 'e':
		t.y = min(t.y+n(0), t.h-1)
	case 'C', 'a':
		t.x = min(t.x+n(0), t.w-1)
	case 'D':
		t.x = max(t.x-n(0), 0)
	case 'E':
		t.x, t.y = 0, min(t.y+n(0), t.h-1)
	case 'F':
		t.x, t.y = 0, max(t.y-n(0), 0)
	case 'G', '`':
		t.x = min(n(0)-1, t.w-1)
	case 'd':
		t.y = min(n(0)-1, t.h-1)
	case 'H', 'f':
		t.y, t.x = min(n(0)-1, t.h-1), min(n(1)-1, t.w-1)
	case 'J':
		switch v, _, _ := ps.Param(0, 0); v {
		case 0:
			t.clear(t.x, t.y, t.w, t.y+1)
			t.clear(0, t.y+1, t.w, t.h)
		case 1:
			t.clear(0, 0, t.w, t.y)
			t.clear(0, t.y, t.x+1, t.y+1)
		default:
			t.clear(0, 0, t.w, t.h)
		}
	case 'K':
		switch v, _, _ := ps.Param(0, 0); v {
		case 0:
			t.clear(t.x, t.y, t.w, t.y+1)
		case 1:
			t.clear(0, t.y, t.x+1, t.y+1)
		default:
			t.clear(0, t.y, t.w, t.y+1)
		}
	case 'X':
		t.clear(t.x, t.y, min(t.x+n(0), t.w), t.y+1)
	case 'b':
		if t.x > 0 {
			prev := t.cells[t.y][t.x-1]
			for i := 0; i < n(0); i++ {
				t.print(prev, 1)
			}
		}
	case '@':
		row := t.cells[t.y]
		k := min(n(0), t.w-t.x)
		copy(row[t.x+k:], row[t.x:t.w-k])
		t.clear(t.x, t.y, t.x+k, t.y+1)
	case 'P':
		row := t.cells[t.y]
		k := min(n(0), t.w-t.x)
		copy(row[t.x:], row[t.x+k:])
		t.clear(t.w-k, t.y, t.w, t.y+1)
	case 'L':
		if t.y >= t.top && t.y <= t.bot {
			t.shift(t.y, t.bot, -n(0))
		}
	case 'M':
		if t.y >= t.top && t.y <= t.bot {
			t.shift(t.y, t.bot, n(0))
		}
	case 'S':
		t.shift(t.top, t.bot, n(0))
	case 'T':
		t.scrollDown(n(0))
	case 'r':
		top, _, _ := ps.Param(0, 1)
		bot, _, _ := ps.Param(1, t.h)
		t.top, t.bot = max(top-1, 0), min(bot-1, t.h-1)
		t.x, t.y = 0, 0
	}
}

// lineFeed moves down a line, scrolling the region at its bottom.
func (t *vt) lineFeed() {
	if t.y == t.bot {
		t.shift(t.top, t.bot, 1)
		return
	}
	t.y = min(t.y+1, t.h-1)
}

// scrollDown moves the scroll region's lines down by k.
func (t *vt) scrollDown(k int) { t.shift(t.top, t.bot, -k) }

// shift moves rows from..to up by k (down when k < 0), blanking what is exposed.
func (t *vt) shift(from, to, k int) {
	rows := t.cells[from : to+1]
	blank := func() []string { return make([]string, t.w) }
	if k > 0 {
		k = min(k, len(rows))
		copy(rows, rows[k:])
		for i := len(rows) - k; i < len(rows); i++ {
			rows[i] = blank()
		}
	} else if k < 0 {
		k = min(-k, len(rows))
		copy(rows[k:], rows[:len(rows)-k])
		for i := 0; i < k; i++ {
			rows[i] = blank()
		}
	}
}

// clear blanks the rectangle [x0,x1)×[y0,y1).
func (t *vt) clear(x0, y0, x1, y1 int) {
	for y := max(y0, 0); y < min(y1, t.h); y++ {
		for x := max(x0, 0); x < min(x1, t.w); x++ {
			t.cells[y][x] = ""
		}
	}
}
