package claims

import "charm.land/bubbles/v2/key"

// KeyMap is the claim panel's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Jump             key.Binding
}

// DefaultKeyMap returns the claim panel's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f", "space"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Jump:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to claim")),
	}
}

// ShortHelp is the one-line help of the claim panel.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Jump}
}

// FullHelp is the full help of the claim panel, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Top, k.Bottom, k.Jump}}
}
