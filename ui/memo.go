package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// memo is one part of the screen and what it was drawn from: it is drawn
// again only when that changes. Most keys change one pane; the header, the
// help bar and the other panes' frames stay as they were.
type memo[K comparable] struct {
	key  K
	out  string
	done bool
}

// get is the part for key, drawn by draw unless it was drawn for key last.
func (c *memo[K]) get(key K, draw func() string) string {
	if c == nil {
		return draw()
	}
	if !c.done || c.key != key {
		c.key, c.out, c.done = key, draw(), true
	}
	return c.out
}

// memos is a reader's drawn parts. The reader holds it by pointer: every
// copy of the model draws into the same memos, each keyed by all it reads.
type memos struct {
	header memo[headerKey]
	help   memo[helpKey]
	frames [paneCount + 1]memo[frameKey] // one per pane, and the modal's
}

// headerKey is what the header line is drawn from. Stories never change,
// so the pointer stands for the title and counts.
type headerKey struct {
	styles *theme.Styles
	story  *story.Story
	width  int
}

// frameKey is what a pane's frame is drawn from.
type frameKey struct {
	styles        *theme.Styles
	title, body   string
	width, height int
	focused       bool
}

// helpKey is what the help bar is drawn from: the styles and a spelling of
// its width, whether it is whole, and every binding it lists with its help
// and whether it is on.
type helpKey struct {
	styles *theme.Styles
	spec   string
}

func (m Model) helpKey() helpKey {
	return helpKey{styles: m.styles, spec: m.helpSpec()}
}

func (m Model) helpSpec() string {
	h := m.helpKeys()
	var b strings.Builder
	b.WriteString(strconv.Itoa(m.width))
	if m.help.ShowAll {
		b.WriteString(" all")
		for _, col := range h.FullHelp() {
			writeBindings(&b, col)
			b.WriteByte('|')
		}
	} else {
		writeBindings(&b, h.ShortHelp())
	}
	return b.String()
}

func writeBindings(b *strings.Builder, bs []key.Binding) {
	for _, k := range bs {
		b.WriteByte(0)
		if k.Enabled() {
			b.WriteByte('+')
		}
		b.WriteString(k.Help().Key)
		b.WriteByte(1)
		b.WriteString(k.Help().Desc)
	}
}
