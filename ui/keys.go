package ui

import "charm.land/bubbles/v2/key"

// KeyMap is the reader's global key bindings: the ones that work whatever
// pane has focus. Each pane has its own KeyMap for the rest.
type KeyMap struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding
	Overview  key.Binding
	Search    key.Binding
	Panel     key.Binding
	Back      key.Binding
	Escape    key.Binding
	Dismiss   key.Binding
	Star      key.Binding // star or unstar the selected claim
	Note      key.Binding // write a note on the selected claim
	Marked    key.Binding // list the starred and noted claims of the story
	Read      key.Binding // mark the article read or unread
	OpenLink  key.Binding // open the article's original in a browser
	CopyLink  key.Binding // copy the article's link
	Export    key.Binding // write the story's report to a file
	SaveNote  key.Binding // in the note input
	DropNote  key.Binding // in the note input
}

// DefaultKeyMap returns the reader's global bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		NextPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev pane")),
		Overview:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "overview")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find entity")),
		Panel:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "claim panel")),
		Back:      key.NewBinding(key.WithKeys("backspace"), key.WithHelp("backspace", "back")),
		Escape:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back/clear")),
		Dismiss:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "dismiss error")),
		Star:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "star claim")),
		Note:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "note on claim")),
		Marked:    key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "starred & noted")),
		Read:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "read/unread")),
		OpenLink:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open original")),
		CopyLink:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		Export:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "write report")),
		// A terminal sends Enter as CR, but a script or a pasted line may end in LF (ctrl+j).
		SaveNote: key.NewBinding(key.WithKeys("enter", "ctrl+m", "ctrl+j"), key.WithHelp("enter", "save note")),
		DropNote: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// helpKeys joins the focused pane's bindings and the global ones for the
// help bar, so help is always generated from what the keys really do.
type helpKeys struct {
	pane   interface{ ShortHelp() []key.Binding }
	full   [][]key.Binding
	global KeyMap
	modal  modal
	noting bool
	// panelHidden puts p in the short help: the medium layout starts with
	// the claim panel out of view.
	panelHidden bool
}

// ShortHelp is the pane's short help, then the main global keys.
func (h helpKeys) ShortHelp() []key.Binding {
	g := h.global
	if h.noting {
		return []key.Binding{g.SaveNote, g.DropNote, g.ForceQuit}
	}
	out := append([]key.Binding{}, h.pane.ShortHelp()...)
	switch h.modal {
	case modalSearch:
		return append(out, g.Help, g.ForceQuit)
	case modalOverview:
		return append(out, g.Search, g.Help, g.Quit)
	}
	if h.panelHidden {
		out = append(out, g.Panel)
	}
	return append(out, g.NextPane, g.Search, g.Overview, g.Back, g.Help, g.Quit)
}

// FullHelp is the pane's columns, then the global keys in two columns.
func (h helpKeys) FullHelp() [][]key.Binding {
	g := h.global
	if h.noting {
		return [][]key.Binding{{g.SaveNote, g.DropNote, g.ForceQuit}}
	}
	out := append([][]key.Binding{}, h.full...)
	switch h.modal {
	case modalSearch:
		return append(out, []key.Binding{g.Help, g.ForceQuit})
	case modalOverview:
		return append(out, []key.Binding{g.Search, g.Help, g.Quit})
	}
	return append(out,
		[]key.Binding{g.NextPane, g.PrevPane, g.Panel, g.Search, g.Overview},
		[]key.Binding{g.Star, g.Note, g.Marked, g.Back, g.Escape},
		[]key.Binding{g.Read, g.OpenLink, g.CopyLink, g.Export},
		[]key.Binding{g.Dismiss, g.Help, g.Quit})
}

// matchesAny reports whether a key is bound in any of the groups.
func matchesAny(msg interface{ String() string }, groups [][]key.Binding) bool {
	for _, g := range groups {
		for _, b := range g {
			if key.Matches(msg, b) {
				return true
			}
		}
	}
	return false
}
