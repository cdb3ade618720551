package sources

import "charm.land/bubbles/v2/key"

// KeyMap is the source list's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Open             key.Binding
	Toggle           key.Binding // a story row: expand or collapse it
	Expand, Collapse key.Binding
	ToggleAll        key.Binding
}

// DefaultKeyMap returns the source list's default bindings. The story keys
// are disabled until the list holds more than one story.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "prev page")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdn", "next page")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read/expand")),
		Toggle:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "expand/collapse")),
		Expand:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "expand")),
		Collapse:  key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "collapse")),
		ToggleAll: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "expand/collapse all")),
	}
	k.setStories(false)
	return k
}

// setStories enables the story keys when there are stories to fold.
func (k *KeyMap) setStories(on bool) {
	for _, b := range []*key.Binding{&k.Toggle, &k.Expand, &k.Collapse, &k.ToggleAll} {
		b.SetEnabled(on)
	}
	if on {
		k.Open.SetHelp("enter", "read/expand")
	} else {
		k.Open.SetHelp("enter", "read")
	}
}

// ShortHelp is the one-line help of the source list.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Open, k.Toggle} }

// FullHelp is the full help of the source list, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Top, k.Bottom, k.Open},
		{k.Toggle, k.Expand, k.Collapse, k.ToggleAll},
	}
}
