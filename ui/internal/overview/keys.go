package overview

import "charm.land/bubbles/v2/key"

// KeyMap is the story overview's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	Left, Right      key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
	Close            key.Binding
}

// DefaultKeyMap returns the overview's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "outlet")),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "outlet")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f", "space"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read claim")),
		Close:    key.NewBinding(key.WithKeys("esc", "m"), key.WithHelp("esc/m", "close")),
	}
}

// ShortHelp is the one-line help of the overview.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Right, k.Open, k.Close}
}

// FullHelp is the full help of the overview, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Left, k.Right}, {k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Close}}
}
