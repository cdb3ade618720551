package sources

import "charm.land/bubbles/v2/key"

// KeyMap is the source list's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
}

// DefaultKeyMap returns the source list's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b", "left"), key.WithHelp("pgup", "prev page")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f", "right"), key.WithHelp("pgdn", "next page")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
	}
}

// ShortHelp is the one-line help of the source list.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Open} }

// FullHelp is the full help of the source list, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Top, k.Bottom, k.Open}}
}
