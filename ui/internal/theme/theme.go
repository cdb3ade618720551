// Package theme holds the reader's styles, built per program for a light or
// dark background, and the verdict marks that carry meaning without colour.
package theme

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"parallax/model"
)

// Marks that read without colour: every verdict has its own glyph.
const (
	MarkConflicting  = "✗"
	MarkCorroborated = "✓"
	MarkSingle       = "○"
	MarkSilent       = "·"
	MarkSelected     = "▌"
	MarkMention      = "◆"
	MarkStar         = "★" // a claim the reader starred
	MarkNote         = "✎" // a claim the reader wrote a note on
	MarkUnread       = "●" // an article the reader has not opened
	MarkCollapsed    = "▸" // a story whose articles are hidden
	MarkExpanded     = "▾" // a story whose articles are listed
)

// VerdictStyle is how one verdict is drawn.
type VerdictStyle struct {
	Mark  string         // the gutter and badge glyph
	Text  lipgloss.Style // the claim sentence inline
	Badge lipgloss.Style // the mark and counts in lists
	Label string         // the verdict in words
}

// Styles is every style a reader program uses. Build it with NewStyles;
// it is rebuilt when the terminal reports its background colour.
type Styles struct {
	IsDark bool

	Accent lipgloss.Style // the app's colour: focused frames, titles, cursors
	Dim    lipgloss.Style // secondary text
	Bold   lipgloss.Style
	Error  lipgloss.Style

	Border        lipgloss.Style // frame runes of an unfocused pane
	BorderFocused lipgloss.Style
	Title         lipgloss.Style // pane title in the frame
	TitleFocused  lipgloss.Style

	Header      lipgloss.Style // the top line
	HeaderTitle lipgloss.Style
	Status      lipgloss.Style // the bottom status line
	StatusKey   lipgloss.Style
	Tab         lipgloss.Style
	TabActive   lipgloss.Style

	Conflicting  VerdictStyle
	Corroborated VerdictStyle
	Single       VerdictStyle

	Selected lipgloss.Style // the selected claim sentence
	Value    lipgloss.Style // a differing value inside a quoted claim
	Mention  lipgloss.Style // a mention of the chosen entity
	Match    lipgloss.Style // characters a fuzzy query matched
	Cursor   lipgloss.Style // the cursor row of a list
	Outlet   lipgloss.Style // an outlet name

	Help    help.Styles
	Spinner lipgloss.Style
}

// NewShared is NewStyles by pointer: one program's panes share one Styles,
// never changed once built, rather than each holding a copy.
func NewShared(isDark bool) *Styles {
	s := NewStyles(isDark)
	return &s
}

// NewStyles builds the styles for a dark or light background. Colours are
// ANSI 256 codes chosen to fall back sensibly to the 16 basic colours; every
// verdict also has a mark and an attribute, so nothing depends on colour alone.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }

	accent := c("56", "141")
	dim := c("243", "246")
	red := c("160", "203")
	green := c("28", "114")
	amber := c("100", "185") // yellow in 16 colours, apart from red
	selBg := c("254", "237")
	mentionBg := c("229", "58")

	s := Styles{IsDark: isDark}
	s.Accent = lipgloss.NewStyle().Foreground(accent)
	s.Dim = lipgloss.NewStyle().Foreground(dim)
	s.Bold = lipgloss.NewStyle().Bold(true)
	s.Error = lipgloss.NewStyle().Foreground(red).Bold(true)

	s.Border = lipgloss.NewStyle().Foreground(c("250", "240"))
	s.BorderFocused = lipgloss.NewStyle().Foreground(accent)
	s.Title = lipgloss.NewStyle().Foreground(dim)
	s.TitleFocused = lipgloss.NewStyle().Foreground(accent).Bold(true)

	s.Header = lipgloss.NewStyle().Foreground(dim)
	s.HeaderTitle = lipgloss.NewStyle().Bold(true)
	s.Status = lipgloss.NewStyle().Foreground(dim)
	s.StatusKey = lipgloss.NewStyle().Foreground(accent)
	s.Tab = lipgloss.NewStyle().Foreground(dim)
	s.TabActive = lipgloss.NewStyle().Foreground(accent).Bold(true).Underline(true)

	s.Conflicting = VerdictStyle{
		Mark:  MarkConflicting,
		Text:  lipgloss.NewStyle().Foreground(red).Underline(true),
		Badge: lipgloss.NewStyle().Foreground(red).Bold(true),
		Label: "conflicting",
	}
	s.Corroborated = VerdictStyle{
		Mark:  MarkCorroborated,
		Text:  lipgloss.NewStyle().Foreground(green),
		Badge: lipgloss.NewStyle().Foreground(green),
		Label: "corroborated",
	}
	s.Single = VerdictStyle{
		Mark:  MarkSingle,
		Text:  lipgloss.NewStyle().Foreground(amber),
		Badge: lipgloss.NewStyle().Foreground(amber),
		Label: "single source",
	}

	s.Selected = lipgloss.NewStyle().Background(selBg).Bold(true)
	s.Value = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.Mention = lipgloss.NewStyle().Background(mentionBg).Bold(true)
	s.Match = lipgloss.NewStyle().Foreground(accent).Bold(true).Underline(true)
	s.Cursor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Outlet = lipgloss.NewStyle().Bold(true)

	s.Help = help.DefaultStyles(isDark)
	s.Help.ShortKey = s.Help.ShortKey.Foreground(accent)
	s.Help.FullKey = s.Help.FullKey.Foreground(accent)
	s.Spinner = lipgloss.NewStyle().Foreground(accent)
	return s
}

// Verdict returns the style of a verdict; anything unknown draws as single-source.
func (s *Styles) Verdict(v model.Verdict) VerdictStyle {
	switch v {
	case model.Conflicting:
		return s.Conflicting
	case model.Corroborated:
		return s.Corroborated
	}
	return s.Single
}
