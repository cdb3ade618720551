package server

import (
	"runtime/debug"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// noticeMsg asks the guard to show a one-line notice over the reader, such as
// the shutdown warning. The reader never sees it.
type noticeMsg string

// frameMsg asks for the frame that a throttled View left stale.
type frameMsg struct{}

// frameInterval is the least time between two frames a session's reader
// draws: 60 a second, about what a terminal shows. A burst of keys or window
// changes inside one interval costs one View, not one per message.
const frameInterval = time.Second / 60

// repaintMsg asks for the whole screen to be drawn again, for a client whose
// frames were dropped.
type repaintMsg struct{}

// panicMsg carries a panic recovered inside a command back to the guard.
type panicMsg struct {
	value any
	stack []byte
}

// guard wraps a session's root model. It recovers panics in Init, Update,
// View and the commands they return, so that a bug met by one user ends that
// user's session (logged, with a message) and never the server; it draws
// server notices over the bottom line without the reader knowing about them;
// it throttles View; and it hands each frame it draws to the session's screen.
//
// Bubble Tea calls View after every message, but shows at most 60 frames a
// second: a client pasting 100 KB of keys would have the reader draw 100,000
// screens nobody sees. Within frameInterval of the last View the guard hands
// back that frame and schedules a frameMsg, so the reader draws once more
// when the burst is over and the screen ends up current.
type guard struct {
	inner         tea.Model
	onPanic       func(value any, stack []byte)
	screen        *screen // where frames are drawn; nil draws nothing
	width, height int
	notice        string

	now       func() time.Time
	last      tea.View
	drawnAt   time.Time
	drawn     bool // last holds a frame
	dirty     bool // the reader has had a message since last was drawn
	scheduled bool // a frameMsg is on its way
}

// Init implements tea.Model.
func (g *guard) Init() (cmd tea.Cmd) {
	defer g.recover(&cmd)
	return guardCmd(g.inner.Init())
}

// Update implements tea.Model.
func (g *guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	m = g // also what a recovered panic returns
	defer g.recover(&cmd)
	switch msg := msg.(type) {
	case frameMsg:
		g.scheduled = false
		return g, g.frameLater() // Bubble Tea draws after every message, unless still too soon
	case noticeMsg:
		g.notice = string(msg)
		g.drawn = false // the notice shows at once
		return g, nil
	case repaintMsg:
		g.screen.repaint()
		g.drawn = false
		return g, nil
	case panicMsg:
		g.onPanic(msg.value, msg.stack)
		return g, tea.Quit
	case tea.WindowSizeMsg:
		g.width, g.height = msg.Width, msg.Height
		g.screen.resize(msg.Width, msg.Height)
	case tea.ColorProfileMsg:
		g.screen.setProfile(msg.Profile)
	}
	inner, cmd := g.inner.Update(msg)
	if inner != nil {
		g.inner = inner
	}
	g.dirty = true
	if later := g.frameLater(); later != nil {
		return g, tea.Batch(guardCmd(cmd), later)
	}
	return g, guardCmd(cmd)
}

// frameLater schedules a frameMsg for when the next frame may be drawn, if
// the reader has changed since the last one and the View that follows this
// message will be skipped as too soon. Without it the last keys of a burst
// would never be drawn.
func (g *guard) frameLater() tea.Cmd {
	if !g.dirty || !g.drawn || g.scheduled {
		return nil
	}
	wait := frameInterval - g.clock().Sub(g.drawnAt)
	if wait <= 0 {
		return nil // the View after this message draws
	}
	g.scheduled = true
	return tea.Tick(wait, func(time.Time) tea.Msg { return frameMsg{} })
}

// clock is the guard's time source.
func (g *guard) clock() time.Time {
	if g.now != nil {
		return g.now()
	}
	return time.Now()
}

// View implements tea.Model.
func (g *guard) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			g.onPanic(r, debug.Stack())
			v = tea.NewView("")
			v.AltScreen = true
			g.screen.draw(v)
		}
	}()
	now := g.clock()
	if g.drawn && now.Sub(g.drawnAt) < frameInterval {
		return g.last
	}
	v = g.inner.View()
	if g.notice != "" {
		v.Content = overlayLastLine(v.Content, g.notice, g.width, g.height)
	}
	g.last, g.drawnAt, g.drawn, g.dirty = v, now, true, false
	g.screen.draw(v)
	return v
}

// recover turns a panic in Init or Update into a logged, quitting session.
func (g *guard) recover(cmd *tea.Cmd) {
	if r := recover(); r != nil {
		g.onPanic(r, debug.Stack())
		*cmd = tea.Quit
	}
}

// guardCmd wraps a command so that a panic inside it becomes a panicMsg
// instead of a crash in a goroutine the program does not own. Batches are
// wrapped command by command.
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{value: r, stack: debug.Stack()}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = guardCmd(c)
			}
			return wrapped
		}
		return msg
	}
}

// overlayLastLine puts notice, in reverse video and cut to width, on the last
// line of a height-line screen, padding content with blank lines as needed.
func overlayLastLine(content, notice string, width, height int) string {
	if width <= 0 || height <= 0 {
		return content
	}
	lines := strings.Split(content, "\n")
	for len(lines) < height {
		lines = append(lines, "")
	}
	text := ansi.Truncate(" "+notice, width, "…")
	if pad := width - ansi.StringWidth(text); pad > 0 {
		text += strings.Repeat(" ", pad)
	}
	lines[height-1] = "\x1b[7m" + text + "\x1b[m"
	return strings.Join(lines[:height], "\n")
}
