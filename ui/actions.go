package ui

import (
	"fmt"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/ui/export"
	"parallax/ui/report"
)

// flashMsg is a one-off note for the status line from a finished command.
type flashMsg string

// openLink opens the article's original: in the browser when the reader
// runs on the user's machine, else (over SSH) as a link the terminal can follow.
func (m Model) openLink() (tea.Model, tea.Cmd) {
	d := m.article.Doc()
	if d == nil || d.URL == "" {
		m.flash = "this article has no web link"
		return m, nil
	}
	if m.opts.OpenURL == nil {
		m.flash, m.flashLink = "open", d.URL
		return m, nil
	}
	open, url := m.opts.OpenURL, d.URL
	m.flash = "opening " + url
	return m, func() tea.Msg {
		if err := open(url); err != nil {
			return errMsg{fmt.Errorf("could not open the link: %w", err)}
		}
		return flashMsg("opened in your browser: " + url)
	}
}

// copyLink puts the article's link on the clipboard through the terminal
// (OSC 52), which works over SSH too.
func (m Model) copyLink() (tea.Model, tea.Cmd) {
	d := m.article.Doc()
	if d == nil || d.URL == "" {
		m.flash = "this article has no web link"
		return m, nil
	}
	m.flash = "link copied: " + d.URL
	return m, tea.SetClipboard(d.URL)
}

// exportStory writes the story's cross-check, with the reader's marks, as
// an HTML report into Options.ExportDir and says where.
func (m Model) exportStory() (tea.Model, tea.Cmd) {
	if m.opts.ExportDir == "" || analysisOf(m.story) == nil {
		m.flash = "reports cannot be written from here: run parallax export"
		return m, nil
	}
	a := analysisOf(m.story)
	if m.story.ID != "" {
		if one, ok := a.StoryAnalysis(m.story.ID); ok {
			a = one
		}
	}
	marks := map[string]store.Mark{}
	for id, mk := range m.marks {
		if _, ok := a.Claim(id); ok {
			marks[id] = store.Mark{Starred: mk.Starred, Note: mk.Note}
		}
	}
	title := m.story.Title
	path := filepath.Join(m.opts.ExportDir, "parallax-"+report.Slug(title)+".html")
	m.flash = "writing the report…"
	return m, func() tea.Msg {
		f, err := os.Create(path)
		if err != nil {
			return errMsg{fmt.Errorf("could not write the report: %w", err)}
		}
		err = export.WriteMarked(f, export.HTML, a, title, marks)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return errMsg{fmt.Errorf("could not write the report: %w", err)}
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		return flashMsg("report written to " + path)
	}
}
