package search

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/sahilm/fuzzy"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
	"parallax/ui/internal/wrap"
)

// storyTitles lets the fuzzy matcher read story titles.
type storyTitles []*story.Story

// String is story i's title, for fuzzy.Source.
func (s storyTitles) String(i int) string { return s[i].Title }

// Len is the number of stories, for fuzzy.Source.
func (s storyTitles) Len() int { return len(s) }

// find is the stories whose titles match the query (all of them for an
// empty query, in their order), then the entities that match.
func find(ix *Index, stories []*story.Story, query string) []Result {
	var out []Result
	if query == "" {
		for _, s := range stories {
			out = append(out, Result{Story: s, Name: s.Title})
		}
	} else {
		for _, mt := range fuzzy.FindFrom(query, storyTitles(stories)) {
			s := stories[mt.Index]
			out = append(out, Result{Story: s, Name: s.Title, Matched: mt.MatchedIndexes, Score: mt.Score})
		}
	}
	if ix != nil {
		out = append(out, ix.Find(query, maxResults)...)
	}
	return out
}

// storyRow draws a story result: its title with the matched characters,
// then its conflicts, outlets and articles.
func (m Model) storyRow(r Result, ptr string, base lipgloss.Style) []string {
	st := m.styles
	s := r.Story
	first := ptr + highlight(r.Name, r.Matched, st.Match, base) + "  " + st.Dim.Render("story")
	var info []string
	if n := s.Conflicts(); n > 0 {
		info = append(info, fmt.Sprintf("%s%d", theme.MarkConflicting, n))
	}
	info = append(info, story.Plural(s.Outlets, "outlet"), story.Plural(len(s.Docs), "article"))
	second := "    " + st.Dim.Render(strings.Join(info, " · "))
	return []string{wrap.Truncate(first, m.width), wrap.Truncate(second, m.width)}
}
