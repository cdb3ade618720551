package ui

import (
	"parallax/model"
	"parallax/ui/internal/story"
)

// setStory makes s the story the reader is in: the reading pane, the claim
// panel, the overview and the entity finder all work within it. A chosen
// entity belongs to the story left, so it is cleared.
func (m *Model) setStory(s *story.Story) {
	if s == nil {
		return
	}
	m.story = s
	m.entity = ""
	m.article.SetStory(s)
	m.article.SetEntity("")
	m.article.SetMarks(m.marks)
	m.claims.SetStory(s)
	m.claims.SetMarks(m.marks)
	m.overview.SetStory(s)
	m.search.SetCurrent(s)
	m.sources.Narrow("")
}

// storyOfClaim is the story holding a claim or sentence, or nil.
func (m *Model) storyOfClaim(id string) *story.Story {
	if m.story != nil && m.story.Sentence(id) != nil {
		return m.story
	}
	for _, s := range m.stories {
		if s.Sentence(id) != nil {
			return s
		}
	}
	return nil
}

// storyOf is the story holding a document, or nil.
func (m *Model) storyOf(docID string) *story.Story {
	if m.story != nil && m.story.Doc(docID) != nil {
		return m.story
	}
	for _, s := range m.stories {
		if s.Doc(docID) != nil {
			return s
		}
	}
	return nil
}

// storyByID is a story by its ID, or nil.
func (m *Model) storyByID(id string) *story.Story {
	for _, s := range m.stories {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// previewStory follows the source list's cursor onto a story row: the story
// becomes current and its first article is shown, but not counted as read
// and the list's cursor stays on the row.
func (m *Model) previewStory(id string) {
	s := m.storyByID(id)
	if s == nil || s == m.story {
		return
	}
	m.setStory(s)
	if len(s.Docs) > 0 && m.article.SetDocument(s.Docs[0].ID) {
		m.sources.SetReading(s.Docs[0].ID)
	}
	m.syncClaims()
}

// chooseStory is a story picked in the finder: it becomes current, folded
// out in the source list with the cursor on its row.
func (m *Model) chooseStory(id string) {
	s := m.storyByID(id)
	if s == nil {
		return
	}
	m.previewStory(id)
	m.sources.SelectStory(id)
	if d := m.article.Doc(); d != nil {
		m.sources.SetReading(d.ID)
	}
	m.setFocus(paneSources)
	m.flash = "story: " + s.Title
}

// analysisOf is the analysis a story came from, where its marks are kept,
// or nil.
func analysisOf(s *story.Story) *model.Analysis {
	if s == nil {
		return nil
	}
	return s.From
}
