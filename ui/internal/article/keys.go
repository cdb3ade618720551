package article

import "charm.land/bubbles/v2/key"

// KeyMap is the reading pane's key bindings.
type KeyMap struct {
	Up, Down             key.Binding
	PageUp, PageDown     key.Binding
	HalfUp, HalfDown     key.Binding
	Top, Bottom          key.Binding
	NextClaim, PrevClaim key.Binding
	Filter               key.Binding
	Open                 key.Binding
}

// DefaultKeyMap returns the bindings a reader of less or vim expects.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u", "u"), key.WithHelp("u", "½ page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d", "d"), key.WithHelp("d", "½ page down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		NextClaim: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next claim")),
		PrevClaim: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev claim")),
		Filter:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "filter")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "compare")),
	}
}

// ShortHelp is the one-line help of the reading pane.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.NextClaim, k.PrevClaim, k.Filter, k.Open}
}

// FullHelp is the full help of the reading pane, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.HalfUp, k.HalfDown, k.Top, k.Bottom},
		{k.NextClaim, k.PrevClaim, k.Filter, k.Open},
	}
}
