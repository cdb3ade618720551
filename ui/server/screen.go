package server

import (
	"bytes"
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// screen draws one session's frames to its client, line by line.
//
// Bubble Tea's own renderer keeps two grids of cells the size of the window
// (the frame being drawn and what the terminal shows), 112 bytes a cell: at
// 200×60 that is 2.7 MB a session, most of what an idle session holds. A
// session's frame is already a string the reader keeps, so the screen keeps
// only that frame's lines (slices of it, no copy) and, for each new frame,
// sends the lines that differ whole. Every session is a full-screen reader,
// so lines are addressed absolutely.
//
// Each line sent is rebuilt from what it shows: printable text up to the
// window's width, its styles converted to the client's colour profile, and
// hyperlinks. Any other control or escape sequence in a frame is dropped, as
// Bubble Tea's cell renderer drops it, so no text the reader shows can move
// the client's cursor or change its terminal.
//
// It is driven from the program's event loop only (the guard's View and
// Update), then closed once the program has finished.
type screen struct {
	out           io.Writer
	profile       colorprofile.Profile
	width, height int

	shown   []string  // the frame's lines as the client shows them, unconverted
	clear   bool      // the next frame repaints the whole screen
	started bool      // the terminal's modes have been set
	modes   frameMode // as last sent
}

// frameMode is what a frame asks of the terminal besides its text.
type frameMode struct {
	altScreen  bool
	mouse      tea.MouseMode
	title      string
	noPaste    bool // bracketed paste off
	keyboard   tea.KeyboardEnhancements
	cursor     bool // the text cursor is shown
	cursorX    int
	cursorY    int
	cursorKind int // DECSCUSR style, 0 for the terminal's default
}

// newScreen is a screen for a w×h client with a colour profile.
func newScreen(out io.Writer, p colorprofile.Profile, w, h int) *screen {
	return &screen{out: out, profile: p, width: w, height: h, clear: true}
}

// resize makes the next frame repaint at the new size.
func (s *screen) resize(w, h int) {
	if s == nil || (w == s.width && h == s.height) {
		return
	}
	s.width, s.height, s.clear = w, h, true
}

// repaint makes the next frame repaint the whole screen, for a client that
// missed frames.
func (s *screen) repaint() {
	if s != nil {
		s.clear = true
	}
}

// setProfile changes the colour profile; the screen is repainted in it.
func (s *screen) setProfile(p colorprofile.Profile) {
	if s != nil && p != s.profile {
		s.profile, s.clear = p, true
	}
}

// modeOf is the terminal state v asks for.
func modeOf(v tea.View) frameMode {
	m := frameMode{
		altScreen: v.AltScreen,
		mouse:     v.MouseMode,
		title:     v.WindowTitle,
		noPaste:   v.DisableBracketedPasteMode,
		keyboard:  v.KeyboardEnhancements,
	}
	if c := v.Cursor; c != nil {
		m.cursor, m.cursorX, m.cursorY = true, c.X, c.Y
		// DECSCUSR: 1 blinking block, 2 steady block, 3-4 underline, 5-6 bar.
		m.cursorKind = int(c.Shape)*2 + 1
		if !c.Blink {
			m.cursorKind++
		}
	}
	return m
}

// draw sends what v changes on the client's screen.
func (s *screen) draw(v tea.View) {
	if s == nil {
		return
	}
	var b bytes.Buffer
	next := modeOf(v)
	s.setModes(&b, next)
	if next.cursor {
		b.WriteString(ansi.ResetModeTextCursorEnable) // no cursor flying over the lines
	}
	if s.clear {
		b.WriteString(ansi.CursorHomePosition + ansi.EraseEntireScreen)
		s.shown, s.clear = nil, false
	}
	lines := strings.SplitN(v.Content, "\n", s.height+1)
	lines = lines[:min(len(lines), s.height)]
	if v.Content == "" {
		lines = nil
	}
	for y := range max(len(lines), len(s.shown)) {
		var was, now string
		if y < len(s.shown) {
			was = s.shown[y]
		}
		if y < len(lines) {
			now = lines[y]
		}
		if now == was {
			continue
		}
		b.WriteString(ansi.CursorPosition(1, y+1))
		if writeLine(&b, now, s.width, s.profile) < s.width {
			b.WriteString(ansi.EraseLineRight)
		}
	}
	s.shown = lines
	if next.cursor {
		b.WriteString(ansi.CursorPosition(next.cursorX+1, next.cursorY+1))
		b.WriteString(ansi.SetModeTextCursorEnable)
	}
	if b.Len() > 0 {
		_, _ = s.out.Write(b.Bytes())
	}
}

// setModes writes what changes the terminal from the modes last sent to m;
// the first frame sets them all.
func (s *screen) setModes(b *bytes.Buffer, m frameMode) {
	was := s.modes
	first := !s.started
	s.started, s.modes = true, m
	if first || m.altScreen != was.altScreen {
		if !first {
			s.keyboardOff(b)
		}
		if m.altScreen {
			b.WriteString(ansi.SetModeAltScreenSaveCursor)
		} else if !first {
			b.WriteString(ansi.ResetModeAltScreenSaveCursor)
		}
		s.clear = true
		b.WriteString(ansi.SetModifyOtherKeys2)
		b.WriteString(ansi.PushKittyKeyboard(kittyFlags(m.keyboard)))
		b.WriteString(ansi.RequestKittyKeyboard)
	} else if m.keyboard != was.keyboard {
		b.WriteString(ansi.KittyKeyboard(kittyFlags(m.keyboard), 1))
		b.WriteString(ansi.RequestKittyKeyboard)
	}
	if !m.cursor && (first || was.cursor) {
		b.WriteString(ansi.ResetModeTextCursorEnable)
	}
	if m.cursorKind != was.cursorKind {
		b.WriteString(ansi.SetCursorStyle(m.cursorKind))
	}
	if first || m.noPaste != was.noPaste {
		if !m.noPaste {
			b.WriteString(ansi.SetModeBracketedPaste)
		} else if !first {
			b.WriteString(ansi.ResetModeBracketedPaste)
		}
	}
	if first || m.mouse != was.mouse {
		writeMouse(b, was.mouse, m.mouse, first)
	}
	if m.title != was.title {
		b.WriteString(ansi.SetWindowTitle(m.title))
	}
}

// keyboardOff pops the keyboard protocol pushed for the current screen.
func (s *screen) keyboardOff(b *bytes.Buffer) {
	b.WriteString(ansi.ResetModifyOtherKeys)
	b.WriteString(ansi.PopKittyKeyboard(1))
}

// writeMouse switches mouse reporting from one mode to another.
func writeMouse(b *bytes.Buffer, from, to tea.MouseMode, first bool) {
	if !first && from != tea.MouseModeNone {
		b.WriteString(ansi.ResetModeMouseButtonEvent + ansi.ResetModeMouseAnyEvent + ansi.ResetModeMouseExtSgr)
	}
	switch to {
	case tea.MouseModeCellMotion:
		b.WriteString(ansi.SetModeMouseButtonEvent + ansi.SetModeMouseExtSgr)
	case tea.MouseModeAllMotion:
		b.WriteString(ansi.SetModeMouseAnyEvent + ansi.SetModeMouseExtSgr)
	}
}

// kittyFlags is the Kitty keyboard protocol's flags for what the reader
// asks; keys are always disambiguated, as Bubble Tea asks.
func kittyFlags(k tea.KeyboardEnhancements) int {
	f := ansi.KittyDisambiguateEscapeCodes
	for _, on := range []struct {
		set  bool
		flag int
	}{
		{k.ReportEventTypes, ansi.KittyReportEventTypes},
		{k.ReportAlternateKeys, ansi.KittyReportAlternateKeys},
		{k.ReportAllKeysAsEscapeCodes, ansi.KittyReportAllKeysAsEscapeCodes},
		{k.ReportAssociatedText, ansi.KittyReportAssociatedKeys},
	} {
		if on.set {
			f |= on.flag
		}
	}
	return f
}

// close puts the client's terminal back as the first frame found it.
func (s *screen) close() {
	if s == nil || !s.started {
		return
	}
	var b bytes.Buffer
	m := s.modes
	s.keyboardOff(&b)
	b.WriteString(ansi.CursorPosition(1, s.height))
	if m.altScreen {
		b.WriteString(ansi.ResetModeAltScreenSaveCursor)
	} else {
		b.WriteString(ansi.EraseScreenBelow)
	}
	if !m.cursor {
		b.WriteString(ansi.SetModeTextCursorEnable)
	}
	if !m.noPaste {
		b.WriteString(ansi.ResetModeBracketedPaste)
	}
	if m.mouse != tea.MouseModeNone {
		b.WriteString(ansi.ResetModeMouseButtonEvent + ansi.ResetModeMouseAnyEvent + ansi.ResetModeMouseExtSgr)
	}
	if m.title != "" {
		b.WriteString(ansi.SetWindowTitle(""))
	}
	if m.cursorKind > 1 {
		b.WriteString(ansi.SetCursorStyle(0))
	}
	s.started = false
	_, _ = s.out.Write(b.Bytes())
}

// writeLine writes one line of a frame as the client should see it: its
// text cut at width cells, styles in profile p, hyperlinks kept and every
// other sequence dropped; it ends with styles and link reset. It returns the
// cells written.
func writeLine(b *bytes.Buffer, line string, width int, p colorprofile.Profile) int {
	parser := ansi.GetParser()
	defer ansi.PutParser(parser)
	var pen, cur, shown uv.Style // the line's style, converted, and the one the client has
	var link, linked uv.Link
	var state byte
	x, converted := 0, true
	for len(line) > 0 {
		seq, w, n, next := ansi.DecodeSequenceWc(line, state, parser)
		line, state = line[n:], next
		switch {
		case w > 0:
			if x+w > width {
				line = ""
				continue
			}
			if !converted {
				cur, converted = uv.ConvertStyle(pen, p), true
			}
			b.WriteString(uv.StyleDiff(&shown, &cur))
			shown = cur
			if l := uv.ConvertLink(link, p); l != linked {
				b.WriteString(ansi.SetHyperlink(l.URL, l.Params))
				linked = l
			}
			b.WriteString(seq)
			x += w
		case ansi.HasCsiPrefix(seq) && parser.Command() == 'm':
			uv.ReadStyle(parser.Params(), &pen)
			converted = false
		case ansi.HasOscPrefix(seq) && parser.Command() == 8:
			link = uv.Link{}
			uv.ReadLink(parser.Data(), &link)
		}
	}
	if !shown.IsZero() {
		b.WriteString(ansi.ResetStyle)
	}
	if !linked.IsZero() {
		b.WriteString(ansi.ResetHyperlink())
	}
	return x
}
