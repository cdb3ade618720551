package ui

import (
	"errors"
	"maps"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/model"
	"parallax/ui/internal/sanitize"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// marksMsg is the user's marks and read articles, loaded from the store.
type marksMsg struct {
	analysis *model.Analysis // what they were loaded for
	marks    map[string]store.Mark
	read     map[string]time.Time
	err      error
}

// markMsg is a mark as the store now keeps it, after a star or a note.
type markMsg struct {
	claim string
	note  bool // the note changed, not the star
	mark  store.Mark
}

// errNoClaim is a mark asked for a claim the analysis does not hold.
var errNoClaim = errors.New("that claim is no longer in the analysis")

// loadMarks reads the user's marks and read articles in the background.
func loadMarks(marks store.Marks, user string, a *model.Analysis) tea.Cmd {
	if a == nil {
		return nil
	}
	return func() tea.Msg {
		mk, err := marks.MarksFor(user, a)
		if err != nil {
			return marksMsg{analysis: a, err: err}
		}
		read, err := marks.ReadFor(user, a)
		return marksMsg{analysis: a, marks: mk, read: read, err: err}
	}
}

// saveRead records opened articles as read, in the background.
func saveRead(marks store.Marks, user string, a *model.Analysis, docIDs []string) tea.Cmd {
	if a == nil {
		return nil
	}
	ids := append([]string(nil), docIDs...)
	return func() tea.Msg {
		var errs []error
		for _, id := range ids {
			if d, ok := a.Document(id); ok {
				errs = append(errs, marks.SetRead(user, d, true))
			}
		}
		if err := errors.Join(errs...); err != nil {
			return errMsg{err}
		}
		return nil
	}
}

// saveMark stars or unstars a claim, or sets its note, in the background.
func saveMark(a *model.Analysis, claimID string, note bool, change func(model.Document, model.Claim) (store.Mark, error)) tea.Cmd {
	return func() tea.Msg {
		c, ok := a.Claim(claimID)
		if !ok {
			return errMsg{errNoClaim}
		}
		d, ok := a.Document(c.Doc)
		if !ok {
			return errMsg{errNoClaim}
		}
		mk, err := change(d, c)
		if err != nil {
			return errMsg{err}
		}
		return markMsg{claim: claimID, note: note, mark: mk}
	}
}

// marksLoaded shows the marks and read articles the store holds.
func (m *Model) marksLoaded(msg marksMsg) {
	if msg.analysis != m.analysis {
		return // marks for an analysis no longer shown
	}
	if msg.err != nil {
		m.addError(msg.err)
	}
	marks := story.Marks{}
	for id, mk := range msg.marks {
		marks[id] = story.Mark{Starred: mk.Starred, Note: sanitize.Line(mk.Note)}
	}
	m.setMarks(marks)
	read := map[string]bool{}
	for id := range msg.read {
		read[id] = true
	}
	m.sources.AddReadDocs(read)
}

// markSaved shows a mark the store has written.
func (m *Model) markSaved(msg markMsg) {
	marks := maps.Clone(m.marks)
	if marks == nil {
		marks = story.Marks{}
	}
	if !msg.mark.Starred && msg.mark.Note == "" {
		delete(marks, msg.claim)
	} else {
		marks[msg.claim] = story.Mark{Starred: msg.mark.Starred, Note: sanitize.Line(msg.mark.Note)}
	}
	m.setMarks(marks)
	switch {
	case msg.note && msg.mark.Note != "":
		m.flash = theme.MarkNote + " note saved"
	case msg.note:
		m.flash = "note removed"
	case msg.mark.Starred:
		m.flash = theme.MarkStar + " starred"
	default:
		m.flash = "star removed"
	}
}

func (m *Model) setMarks(marks story.Marks) {
	m.marks = marks
	m.article.SetMarks(marks)
	m.claims.SetMarks(marks)
}

// toggleStar stars the selected claim, or unstars it.
func (m Model) toggleStar() (tea.Model, tea.Cmd) {
	c := m.article.Selected()
	if c == nil || m.analysis == nil {
		return m, nil
	}
	on := !m.marks[c.ID].Starred
	marks, user := m.opts.Marks, m.opts.User
	return m, saveMark(m.analysis, c.ID, false, func(d model.Document, mc model.Claim) (store.Mark, error) {
		return marks.Star(user, d, mc, on)
	})
}

// startNote opens the note input on the selected claim, holding its note.
func (m Model) startNote() (tea.Model, tea.Cmd) {
	c := m.article.Selected()
	if c == nil || m.analysis == nil {
		return m, nil
	}
	m.noting, m.noteFor = true, c.ID
	m.note.SetValue(m.marks[c.ID].Note)
	m.note.CursorEnd()
	m.relayout()
	return m, m.note.Focus()
}

// noteKey gives a key to the note input: enter saves, esc cancels.
func (m Model) noteKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.SaveNote):
		text, claim := m.note.Value(), m.noteFor
		m.stopNote()
		marks, user := m.opts.Marks, m.opts.User
		return m, saveMark(m.analysis, claim, true, func(d model.Document, mc model.Claim) (store.Mark, error) {
			return marks.Note(user, d, mc, text)
		})
	case key.Matches(msg, m.keys.DropNote):
		m.stopNote()
		m.flash = "note not saved"
		return m, nil
	}
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(msg)
	return m, cmd
}

func (m *Model) stopNote() {
	m.noting, m.noteFor = false, ""
	m.note.Blur()
	m.note.SetValue("")
	m.relayout()
}

// newNoteInput is the one-line note input, as long as a note may be.
func newNoteInput(st theme.Styles) textinput.Model {
	in := textinput.New()
	in.Prompt = theme.MarkNote + " note: "
	in.Placeholder = "a line about this claim · enter saves, esc cancels"
	in.CharLimit = store.MaxNote
	in.SetVirtualCursor(false)
	in.SetStyles(noteStyles(st))
	return in
}

func noteStyles(st theme.Styles) textinput.Styles {
	is := textinput.DefaultStyles(st.IsDark)
	is.Focused.Prompt = st.Accent
	return is
}
