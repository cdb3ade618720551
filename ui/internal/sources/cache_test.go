package sources

import (
	"testing"

	"parallax/ui/internal/fixture"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// TestViewCacheFollowsEveryChange draws the list after each change a reader
// makes and checks the cached frame is the list as it is now.
func TestViewCacheFollowsEveryChange(t *testing.T) {
	ss := story.Split(fixture.Stories())
	m := New(theme.NewShared(true))
	m.SetStories(ss[:1])
	m.SetSize(32, 40)
	steps := []struct {
		name string
		do   func(m *Model)
	}{
		{"more stories", func(m *Model) { m.AddStories(ss[1:]) }},
		{"focus", func(m *Model) { m.SetFocused(true) }},
		{"down", func(m *Model) { *m, _ = m.Update(fixture.Key("j")) }},
		{"read", func(m *Model) { m.MarkRead("herald") }},
		{"reading", func(m *Model) { m.SetReading("ledger") }},
		{"fold in", func(m *Model) { *m, _ = m.Update(fixture.Key("h")) }},
		{"fold all out", func(m *Model) { m.toggleAll() }},
		{"narrow", func(m *Model) { m.Narrow(ss[0].Entities[0].ID) }},
		{"widen", func(m *Model) { m.Narrow("") }},
		{"unread", func(m *Model) { m.SetRead("herald", false) }},
		{"read from the store", func(m *Model) { m.AddReadDocs(map[string]bool{"wire": true}) }},
		{"light styles", func(m *Model) { m.SetStyles(theme.NewShared(false)) }},
		{"smaller", func(m *Model) { m.SetSize(24, 12) }},
		{"to the bottom", func(m *Model) { *m, _ = m.Update(fixture.Key("G")) }},
		{"unfocus", func(m *Model) { m.SetFocused(false) }},
		{"one story again", func(m *Model) { m.SetStories(ss[1:2]) }},
	}
	for _, st := range steps {
		_ = m.View()
		st.do(&m)
		got, want := m.View(), m.draw()
		if got != want {
			t.Errorf("after %s the cached list is stale:\n%s\nwant\n%s", st.name, got, want)
		}
	}
}
