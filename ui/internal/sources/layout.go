package sources

import (
	"fmt"
	"slices"
	"strings"

	"parallax/ui/internal/story"
	"parallax/ui/internal/wrap"
)

// header names the story and counts its outlets and facts, counts the
// stories, or says what the list is narrowed to.
func (m Model) header() []string {
	s := m.currentStory()
	if s == nil || m.height < 6 {
		return nil
	}
	st := m.styles
	var lines []string
	if !m.multi() {
		lines = append(lines, m.titleLines(s.Title, m.width, 2, st.HeaderTitle.Render)...)
	}
	info := story.Plural(s.Outlets, "outlet") + " · " + story.Plural(s.Counts.Total(), "fact")
	if m.multi() {
		info = fmt.Sprintf("%s · %s", story.Plural(len(m.stories), "story"), story.Plural(m.docs, "article"))
		if n := m.Unread(); n > 0 {
			info += fmt.Sprintf(" · %d unread", n)
		}
	}
	if e := s.Entity(m.entity); e != nil {
		info = fmt.Sprintf("%d of %d name %s", len(m.only), len(s.Docs), e.Name)
	}
	return append(lines, wrap.Truncate(st.Dim.Render(info), m.width), "")
}

// footer is the cursor's position: the story among the stories, or the
// article among the articles.
func (m Model) footer() string {
	if m.height < 6 || len(m.rows) == 0 {
		return ""
	}
	r, _ := m.at(m.cursor)
	if m.multi() && m.only == nil {
		i := slices.Index(m.stories, m.storyOfRow(r))
		return fmt.Sprintf("story %d/%d", i+1, len(m.stories))
	}
	n := 0
	for k := 0; k <= m.cursor && k < len(m.rows); k++ {
		if m.rows[k].doc != nil {
			n++
		}
	}
	return fmt.Sprintf("article %d/%d", n, len(m.Listed()))
}

func (m Model) storyOfRow(r row) *story.Story {
	if r.story != nil {
		return r.story
	}
	if r.doc != nil {
		if i, ok := m.storyOf[r.doc.ID]; ok {
			return m.stories[i]
		}
	}
	return nil
}

// listHeight is the rows of the pane the list itself may use.
func (m Model) listHeight() int {
	h := m.height - len(m.header())
	if m.footer() != "" {
		h--
	}
	return max(h, 0)
}

// scroll keeps the cursor's row whole in view.
func (m *Model) scroll() {
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	h := m.listHeight()
	for m.offset < m.cursor {
		used := 0
		for i := m.offset; i <= m.cursor; i++ {
			used += m.rowHeight(i)
		}
		if used-m.spacing(m.cursor) <= h {
			break
		}
		m.offset++
	}
	m.offset = max(m.offset, 0)
}

// perPage is about how many rows fit, for page up and down.
func (m Model) perPage() int {
	h, n := m.listHeight(), 0
	for i := m.offset; i < len(m.rows) && h > 0; i++ {
		h -= m.rowHeight(i)
		n++
	}
	return n
}

// View draws the header, the rows in view and the position; the same
// list as last time is not drawn again.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.cache == nil {
		return m.draw()
	}
	k := m.viewKey()
	if !m.cache.ok || m.cache.key != k {
		m.cache.key, m.cache.view, m.cache.ok = k, m.draw(), true
	}
	return m.cache.view
}

// draw is View without the cache.
func (m Model) draw() string {
	lines := m.header()
	room := m.listHeight()
	var body []string
	for i := m.offset; i < len(m.rows) && len(body) < room; i++ {
		body = append(body, m.rowLines(i)...)
	}
	if len(body) > room {
		body = body[:room]
	}
	for len(body) < room {
		body = append(body, "")
	}
	lines = append(lines, body...)
	if f := m.footer(); f != "" {
		lines = append(lines, m.styles.Dim.Render(wrap.Truncate("  "+f, m.width)))
	}
	return wrap.Block(strings.Join(lines, "\n"), m.width, m.height)
}
