package ui

import "slices"

// openDoc shows an article from its top with nothing selected and records
// it as read: the reader opened it (enter, a jump, back, the finder). An
// article of another story takes the reader into that story.
func (m *Model) openDoc(docID string) {
	if m.showDoc(docID) {
		m.sources.Select(docID)
		m.markRead(docID)
	}
}

// showDoc shows an article without counting it read, as when the source
// list's cursor passes over it: newsboat counts an article read when it is
// opened, not when the cursor crosses it.
func (m *Model) showDoc(docID string) bool {
	s := m.storyOf(docID)
	if s == nil {
		return false
	}
	if s != m.story {
		m.setStory(s)
	}
	if !m.article.SetDocument(docID) {
		return false
	}
	m.sources.SetReading(docID)
	m.article.SetEntity(m.entity)
	m.syncClaims()
	return true
}

// markRead records an article as read, on screen and (after Update) in the store.
func (m *Model) markRead(docID string) {
	if m.sources.IsRead(docID) {
		return
	}
	m.sources.MarkRead(docID)
	m.unsaved = append(m.unsaved, docID)
}

// jump opens a claim at its sentence, in whatever story it is, remembering
// where the reader was.
func (m *Model) jump(claimID string) {
	s := m.storyOfClaim(claimID)
	if s == nil {
		return
	}
	sn := s.Sentence(claimID)
	here := m.here()
	if d := m.article.Doc(); d == nil || d.ID != sn.Doc {
		m.history = append(m.history, here)
		m.openDoc(sn.Doc)
		m.flash = "now reading " + s.Doc(sn.Doc).Outlet + " · backspace goes back"
	} else if here.claim != sn.ID {
		m.history = append(m.history, here)
	}
	m.article.Select(sn.ID)
	m.syncClaims()
}

// back returns to where the reader was before the last jump.
func (m *Model) back() bool {
	if len(m.history) == 0 {
		m.flash = "nothing to go back to"
		return false
	}
	loc := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	m.openDoc(loc.doc)
	if loc.claim != "" {
		m.article.Select(loc.claim)
	}
	m.article.SetYOffset(loc.y)
	m.syncClaims()
	m.setFocus(loc.focus)
	return true
}

// escape clears the chosen entity (as the hint after choosing one says),
// else goes back if there is history, else leaves the starred view, else
// clears the selection.
func (m *Model) escape() {
	switch {
	case m.entity != "":
		m.clearEntity()
		m.flash = "entity cleared"
	case len(m.history) > 0:
		m.back()
	case m.claims.Marked() && m.article.Selected() == nil:
		m.toggleMarked()
	default:
		m.article.ClearSelection()
		m.syncClaims()
	}
}

// here is the reader's current place.
func (m *Model) here() location {
	loc := location{y: m.article.YOffset(), focus: m.focus}
	if d := m.article.Doc(); d != nil {
		loc.doc = d.ID
	}
	if c := m.article.Selected(); c != nil {
		loc.claim = c.ID
	}
	return loc
}

// chooseEntity highlights an entity's mentions, narrows the source list to
// the outlets that name it and lists its claims in the claim panel.
func (m *Model) chooseEntity(id string) {
	e := m.story.Entity(id)
	if e == nil {
		return
	}
	m.entity = id
	m.sources.Narrow(id)
	if d := m.article.Doc(); d == nil || !slices.Contains(e.Docs, d.ID) {
		if sel := m.sources.Selected(); sel != "" {
			m.openDoc(sel)
		}
	}
	m.article.SetEntity(id)
	m.article.ClearSelection()
	m.syncClaims()
	m.flash = "esc clears it"
}

// clearEntity undoes chooseEntity.
func (m *Model) clearEntity() {
	m.entity = ""
	m.sources.Narrow("")
	if d := m.article.Doc(); d != nil {
		m.sources.Select(d.ID)
	}
	m.article.SetEntity("")
	m.syncClaims()
}

// syncClaims points the claim panel at the current article, selection and
// entity. The panel is redrawn before it is next looked at (flushPanel), so
// a burst of n keys lays it out once, not once per key.
func (m *Model) syncClaims() { m.panelStale = true }

// flushPanel brings the claim panel up to date if syncClaims asked for it.
func (m *Model) flushPanel() {
	if !m.panelStale {
		return
	}
	m.panelStale = false
	doc, claim := "", ""
	if d := m.article.Doc(); d != nil {
		doc = d.ID
	}
	if c := m.article.Selected(); c != nil {
		claim = c.ID
	}
	m.claims.Show(doc, claim, m.entity)
}

// setFocus moves focus; in the medium layout focusing a hidden pane swaps it
// in. Focusing the reading pane opens its article, which counts it read.
func (m *Model) setFocus(p pane) {
	m.focus = p
	switch p {
	case paneClaims:
		m.showClaims = true
	case paneSources:
		m.showClaims = false
	case paneArticle:
		if d := m.article.Doc(); d != nil {
			m.markRead(d.ID)
		}
	}
	m.sources.SetFocused(p == paneSources)
}

// cycleFocus moves focus to the next (+1) or previous (-1) pane in view.
func (m *Model) cycleFocus(dir int) {
	order := m.screen.order()
	if len(order) == 0 {
		return
	}
	i := slices.Index(order, m.focus)
	i = ((i+dir)%len(order) + len(order)) % len(order)
	m.setFocus(order[i])
}

// togglePanel shows or hides the claim panel in the medium layout.
func (m *Model) togglePanel() {
	m.showClaims = !m.showClaims
	switch {
	case m.showClaims && m.focus == paneSources:
		m.setFocus(paneClaims)
	case !m.showClaims && m.focus == paneClaims:
		m.setFocus(paneArticle)
	}
}

// relayout recomputes the screen and gives every pane its inner size.
func (m *Model) relayout() {
	m.help.SetWidth(m.width)
	m.keys.Back.SetEnabled(len(m.history) > 0)
	m.keys.Search.SetHelp("/", "find")
	if m.help.ShowAll {
		m.keys.Help.SetHelp("?", "close help")
	} else {
		m.keys.Help.SetHelp("?", "more keys")
	}
	helpH := 1
	if m.help.ShowAll {
		helpH = len(splitLines(m.helpView()))
	}
	m.screen = computeLayout(m.width, m.height, helpH, len(m.errs) > 0, m.showClaims, len(m.stories) > 1, m.focus)
	s := m.screen
	// Keys that would do nothing now are disabled, so help leaves them out.
	m.keys.Panel.SetEnabled(s.mode == layoutMedium)
	m.keys.Back.SetEnabled(len(m.history) > 0)
	m.keys.Dismiss.SetEnabled(len(m.errs) > 0)
	for p := pane(0); p < paneCount; p++ {
		r := s.panes[p]
		if !s.visible[p] {
			r = s.main // hidden panes keep a sensible size for when they return
		}
		in := r.inner()
		switch p {
		case paneSources:
			m.sources.SetSize(in.w, in.h)
		case paneArticle:
			m.article.SetSize(in.w, in.h)
		case paneClaims:
			m.claims.SetSize(in.w, in.h)
		}
	}
	m.note.SetWidth(max(m.width-len([]rune(m.note.Prompt))-1, 1))
	in := s.main.inner()
	m.overview.SetSize(in.w, in.h)
	m.search.SetSize(in.w, in.h)
}
