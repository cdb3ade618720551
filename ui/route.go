package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey sends a key to the modal or the focused pane first, then to the
// global keys. n, N and c reach the reading pane from any pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.flash, m.flashLink = "", ""
	k := m.keys
	if key.Matches(msg, k.ForceQuit) {
		return m, tea.Quit
	}
	if m.loading || m.empty {
		if key.Matches(msg, k.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.noting {
		return m.noteKey(msg)
	}
	switch m.modal {
	case modalSearch:
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	case modalOverview:
		if matchesAny(msg, m.overview.KeyMap.FullHelp()) {
			var cmd tea.Cmd
			m.overview, cmd = m.overview.Update(msg)
			return m, cmd
		}
	default:
		if model, cmd, ok := m.paneKey(msg); ok {
			return model, cmd
		}
	}
	return m.globalKey(msg)
}

// paneKey gives the key to the focused pane if the pane binds it.
func (m Model) paneKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd, bool) {
	var cmd tea.Cmd
	switch m.focus {
	case paneSources:
		if matchesAny(msg, m.sources.KeyMap.FullHelp()) {
			m.sources, cmd = m.sources.Update(msg)
			return m, cmd, true
		}
	case paneClaims:
		if matchesAny(msg, m.claims.KeyMap.FullHelp()) {
			m.claims, cmd = m.claims.Update(msg)
			return m, cmd, true
		}
	}
	ak := m.article.KeyMap
	if m.focus == paneArticle && matchesAny(msg, ak.FullHelp()) ||
		key.Matches(msg, ak.NextClaim, ak.PrevClaim, ak.Filter) {
		m.article, cmd = m.article.Update(msg)
		if key.Matches(msg, ak.Filter) {
			m.claims.SetFilter(m.article.Filter())
			m.syncClaims()
			m.relayout()
		}
		return m, cmd, true
	}
	return m, nil, false
}

// globalKey handles the keys that work everywhere.
func (m Model) globalKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(msg, k.Search):
		if m.modal == modalSearch {
			break
		}
		m.modal = modalSearch
		m.relayout()
		return m, m.search.Open()
	case key.Matches(msg, k.Overview):
		if m.modal == modalOverview {
			m.modal = modalNone
		} else {
			m.modal = modalOverview
		}
	case key.Matches(msg, k.Escape) && m.modal != modalNone:
		m.modal = modalNone
	case m.modal != modalNone:
		return m, nil
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(+1)
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
	case key.Matches(msg, k.Panel):
		m.togglePanel()
	case key.Matches(msg, k.Star):
		return m.toggleStar()
	case key.Matches(msg, k.Note):
		return m.startNote()
	case key.Matches(msg, k.Marked):
		m.toggleMarked()
	case key.Matches(msg, k.Read):
		return m.toggleRead()
	case key.Matches(msg, k.OpenLink):
		return m.openLink()
	case key.Matches(msg, k.CopyLink):
		return m.copyLink()
	case key.Matches(msg, k.Export):
		return m.exportStory()
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Escape):
		m.escape()
	case key.Matches(msg, k.Dismiss):
		if len(m.errs) > 0 {
			m.errs = m.errs[1:]
		}
	}
	m.relayout()
	return m, nil
}

// handleClick focuses and clicks the pane under the pointer, or a tab.
func (m Model) handleClick(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if m.loading || msg.Button != tea.MouseLeft {
		return m, nil
	}
	x, y := msg.X, msg.Y
	s := m.screen
	if s.tabs.contains(x, y) {
		if p, ok := s.tabAt(x - s.tabs.x); ok {
			m.setFocus(p)
			m.relayout()
		}
		return m, nil
	}
	var cmd tea.Cmd
	in := s.main.inner()
	switch m.modal {
	case modalOverview:
		if s.main.contains(x, y) {
			m.overview, cmd = m.overview.Click(x-in.x, y-in.y)
		}
		return m, cmd
	case modalSearch:
		if s.main.contains(x, y) {
			m.search, cmd = m.search.Click(x-in.x, y-in.y)
		}
		return m, cmd
	}
	for p := pane(0); p < paneCount; p++ {
		if !s.visible[p] || !s.panes[p].contains(x, y) {
			continue
		}
		m.setFocus(p)
		in := s.panes[p].inner()
		lx, ly := x-in.x, y-in.y
		switch p {
		case paneSources:
			m.sources, cmd = m.sources.Click(lx, ly)
		case paneArticle:
			m.article, cmd = m.article.Click(lx, ly)
		case paneClaims:
			m.claims, cmd = m.claims.Click(lx, ly)
		}
		m.relayout()
		return m, cmd
	}
	return m, nil
}

// handleWheel scrolls whatever is under the pointer, focused or not.
func (m Model) handleWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	if m.loading {
		return m, nil
	}
	var cmd tea.Cmd
	s := m.screen
	if m.modal == modalOverview {
		m.overview, cmd = m.overview.Update(msg)
		return m, cmd
	}
	if m.modal != modalNone {
		return m, nil
	}
	switch {
	case s.visible[paneSources] && s.panes[paneSources].contains(msg.X, msg.Y):
		m.sources, cmd = m.sources.Update(msg)
	case s.visible[paneArticle] && s.panes[paneArticle].contains(msg.X, msg.Y):
		m.article, cmd = m.article.Update(msg)
	case s.visible[paneClaims] && s.panes[paneClaims].contains(msg.X, msg.Y):
		m.claims, cmd = m.claims.Update(msg)
	}
	return m, cmd
}
