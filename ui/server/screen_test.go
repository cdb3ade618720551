package server

import (
	"bytes"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// altView is a full-screen frame of content.
func altView(content string) tea.View {
	v := tea.NewView(content)
	v.AltScreen = true
	return v
}

// A frame reaches the client as it reads, and the next frame sends only the
// lines that changed.
func TestScreenSendsChangedLines(t *testing.T) {
	var out bytes.Buffer
	term := newVT(20, 4)
	s := newScreen(&out, colorprofile.TrueColor, 20, 4)
	s.draw(altView("first line\n\x1b[1msecond\x1b[m line\nthird line"))
	term.write(out.Bytes())
	if got, want := term.String(), "first line\nsecond line\nthird line"; got != want {
		t.Fatalf("first frame shows\n%s\nwant\n%s", got, want)
	}
	out.Reset()
	s.draw(altView("first line\nsecond\nthird line"))
	sent := out.String()
	term.write(out.Bytes())
	if got, want := term.String(), "first line\nsecond\nthird line"; got != want {
		t.Fatalf("second frame shows\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(sent, "first") || strings.Contains(sent, "third") || !strings.Contains(sent, "\x1b[2;1Hsecond") {
		t.Errorf("second frame sent %q, want only line 2", sent)
	}
	out.Reset()
	s.draw(altView("first line"))
	term.write(out.Bytes())
	if got, want := term.String(), "first line"; got != want {
		t.Errorf("a shorter frame shows\n%s\nwant\n%s", got, want)
	}
}

// Text is cut at the window's edge and the frame at its last line; no
// control or escape sequence in a frame other than styles and links reaches
// the client.
func TestScreenCutsAndCleansLines(t *testing.T) {
	var out bytes.Buffer
	s := newScreen(&out, colorprofile.TrueColor, 10, 2)
	s.draw(altView("0123456789abc\x1b[2J\r\x07x\n\x1b]52;c;aGk=\x07y\x1b[5Az\x1b]8;;https://e.org\x07link\x1b]8;;\x07\nthird"))
	sent := out.String()
	for _, bad := range []string{"\x1b[2J\r", "abc", "\x07x", "52;", "\x1b[5A", "third"} {
		if strings.Contains(sent, bad) {
			t.Errorf("output has %q: %q", bad, sent)
		}
	}
	if !strings.Contains(sent, "\x1b]8;;https://e.org\x07link\x1b]8;;\x07") {
		t.Errorf("the hyperlink is lost: %q", sent)
	}
	term := newVT(10, 2)
	term.write(out.Bytes())
	if got, want := term.String(), "0123456789\nyzlink"; got != want {
		t.Errorf("screen shows\n%s\nwant\n%s", got, want)
	}
}

// A resize or a repaint draws every line again, and closing leaves the
// alternate screen with the cursor, paste and mouse modes as they were.
func TestScreenRepaintsAndCloses(t *testing.T) {
	var out bytes.Buffer
	s := newScreen(&out, colorprofile.TrueColor, 20, 3)
	v := altView("one\ntwo")
	v.MouseMode = tea.MouseModeCellMotion
	s.draw(v)
	for _, want := range []string{"\x1b[?1049h", "\x1b[?25l", "\x1b[?2004h", "\x1b[?1002h\x1b[?1006h"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("first frame lacks %q: %q", want, out.String())
		}
	}
	for _, change := range []func(){func() { s.repaint() }, func() { s.resize(30, 3) }} {
		out.Reset()
		change()
		s.draw(v)
		if sent := out.String(); !strings.Contains(sent, "one") || !strings.Contains(sent, "two") {
			t.Errorf("after a repaint or resize the frame sent %q, want every line", sent)
		}
	}
	out.Reset()
	s.draw(v)
	if out.Len() != 0 {
		t.Errorf("an unchanged frame sent %q", out.String())
	}
	s.close()
	for _, want := range []string{"\x1b[?1049l", "\x1b[?25h", "\x1b[?2004l", "\x1b[?1002l"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("closing lacks %q: %q", want, out.String())
		}
	}
}
