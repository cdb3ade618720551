package ui

import (
	"errors"
	"maps"
	"strings"
	"sync"
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
	marks map[string]store.Mark
	read  map[string]time.Time
	err   error
}

// markMsg is a mark as the store now keeps it, after a star or a note; when
// the write failed, err says why and prev is the mark to show again.
type markMsg struct {
	claim  string
	ticket uint64 // the write it answers
	mark   store.Mark
	prev   story.Mark
	err    error
}

// errNoClaim is a mark asked for a claim the analysis does not hold.
var errNoClaim = errors.New("that claim is no longer in the analysis")

// writeQueue runs one program's store writes one at a time, in the order
// Update asked for them: a note typed fast after another must never be
// overwritten by the older one finishing last.
type writeQueue struct {
	mu      sync.Mutex
	turn    *sync.Cond
	next    uint64 // the ticket the next write gets
	serving uint64 // the ticket whose turn it is
	latest  map[string]uint64
}

func newWriteQueue() *writeQueue {
	q := &writeQueue{latest: map[string]uint64{}}
	q.turn = sync.NewCond(&q.mu)
	return q
}

// ticket books the next turn, for a claim's mark ("" for other writes).
func (q *writeQueue) ticket(claim string) uint64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	t := q.next
	q.next++
	if claim != "" {
		q.latest[claim] = t
	}
	return t
}

// isLatest reports whether t is the last write booked for the claim.
func (q *writeQueue) isLatest(claim string, t uint64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.latest[claim] == t
}

// run waits for ticket t's turn, runs f, and hands the turn on.
func (q *writeQueue) run(t uint64, f func()) {
	q.mu.Lock()
	for q.serving != t {
		q.turn.Wait()
	}
	q.mu.Unlock()
	defer func() {
		q.mu.Lock()
		q.serving++
		q.turn.Broadcast()
		q.mu.Unlock()
	}()
	f()
}

// loadMarks reads the user's marks and read articles in the analyses, in
// the background.
func loadMarks(marks store.Marks, user string, parts []*model.Analysis) tea.Cmd {
	if len(parts) == 0 {
		return nil
	}
	return func() tea.Msg {
		msg := marksMsg{marks: map[string]store.Mark{}, read: map[string]time.Time{}}
		for _, a := range parts {
			mk, err := marks.MarksFor(user, a)
			if err != nil {
				msg.err = err
				return msg
			}
			maps.Copy(msg.marks, mk)
			read, err := marks.ReadFor(user, a)
			if err != nil {
				msg.err = err
				return msg
			}
			maps.Copy(msg.read, read)
		}
		return msg
	}
}

// saveRead records articles as read (or unread), in the background, in turn.
func (m *Model) saveRead(docIDs []string, on bool) tea.Cmd {
	marks, user, q := m.opts.Marks, m.opts.User, m.writes
	var docs []model.Document
	for _, id := range docIDs {
		if a := analysisOf(m.storyOf(id)); a != nil {
			if d, ok := a.Document(id); ok {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		return nil
	}
	t := q.ticket("")
	return func() tea.Msg {
		var errs []error
		q.run(t, func() {
			for _, d := range docs {
				errs = append(errs, marks.SetRead(user, d, on))
			}
		})
		if err := errors.Join(errs...); err != nil {
			return errMsg{err}
		}
		return nil
	}
}

// saveMark stars or unstars a claim, or sets its note, in the background, in turn.
// prev is the mark shown before the change, to show again if the write fails.
func (m *Model) saveMark(claimID string, prev story.Mark, change func(model.Document, model.Claim) (store.Mark, error)) tea.Cmd {
	a, q := analysisOf(m.storyOfClaim(claimID)), m.writes
	t := q.ticket(claimID)
	return func() tea.Msg {
		msg := markMsg{claim: claimID, ticket: t, prev: prev}
		q.run(t, func() {
			if a == nil {
				msg.err = errNoClaim
				return
			}
			c, ok := a.Claim(claimID)
			if !ok {
				msg.err = errNoClaim
				return
			}
			d, ok := a.Document(c.Doc)
			if !ok {
				msg.err = errNoClaim
				return
			}
			msg.mark, msg.err = change(d, c)
		})
		return msg
	}
}

// marksLoaded shows the marks and read articles the store holds.
func (m *Model) marksLoaded(msg marksMsg) {
	if msg.err != nil {
		m.addError(msg.err)
	}
	marks := story.Marks{}
	for id, mk := range msg.marks {
		marks[id] = story.Mark{Starred: mk.Starred, Note: sanitize.Line(mk.Note)}
	}
	maps.Copy(marks, m.marks) // what the reader marked while they loaded wins
	m.setMarks(marks)
	read := map[string]bool{}
	for id := range msg.read {
		read[id] = true
	}
	m.sources.AddReadDocs(read)
}

// markSaved shows a mark the store has written, unless a later write for
// the same claim is on its way (the screen already shows that one).
func (m *Model) markSaved(msg markMsg) {
	if msg.err != nil {
		m.addError(msg.err)
		if m.writes.isLatest(msg.claim, msg.ticket) {
			m.setMark(msg.claim, msg.prev)
		}
		return
	}
	if !m.writes.isLatest(msg.claim, msg.ticket) {
		return
	}
	m.setMark(msg.claim, story.Mark{Starred: msg.mark.Starred, Note: sanitize.Line(msg.mark.Note)})
}

// setMark changes one claim's mark on screen.
func (m *Model) setMark(claim string, mk story.Mark) {
	marks := maps.Clone(m.marks)
	if marks == nil {
		marks = story.Marks{}
	}
	if !mk.Starred && mk.Note == "" {
		delete(marks, claim)
	} else {
		marks[claim] = mk
	}
	m.setMarks(marks)
}

func (m *Model) setMarks(marks story.Marks) {
	m.marks = marks
	m.article.SetMarks(marks)
	m.claims.SetMarks(marks)
}

// noClaim says why s or a did nothing.
const noClaim = "select a claim first: n and N move between claims"

// toggleStar stars the selected sentence (its first claim), or unstars every
// claim of it. The screen changes at once; the store follows in turn.
func (m Model) toggleStar() (tea.Model, tea.Cmd) {
	sn := m.article.Selected()
	if sn == nil || analysisOf(m.story) == nil {
		m.flash = noClaim
		return m, nil
	}
	on := !m.marks.Of(sn).Starred
	marks, user := m.opts.Marks, m.opts.User
	var cmds []tea.Cmd
	for _, c := range sn.Claims {
		if mk := m.marks[c.ID]; mk.Starred != on && (on && c.ID == sn.ID || !on) {
			prev := mk
			mk.Starred = on
			m.setMark(c.ID, mk)
			cmds = append(cmds, m.saveMark(c.ID, prev, func(d model.Document, mc model.Claim) (store.Mark, error) {
				return marks.Star(user, d, mc, on)
			}))
		}
	}
	m.flash = "star removed"
	if on {
		m.flash = theme.MarkStar + " starred"
	}
	return m, tea.Batch(cmds...)
}

// startNote opens the note input on the selected sentence, holding its note.
func (m Model) startNote() (tea.Model, tea.Cmd) {
	sn := m.article.Selected()
	if sn == nil || analysisOf(m.story) == nil {
		m.flash = noClaim
		return m, nil
	}
	m.noting, m.noteFor = true, m.marks.NoteHolder(sn)
	m.note.SetValue(m.marks.Of(sn).Note)
	m.note.CursorEnd()
	m.relayout()
	return m, m.note.Focus()
}

// noteKey gives a key to the note input: enter saves, esc cancels.
func (m Model) noteKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.SaveNote):
		text, claim := strings.TrimSpace(m.note.Value()), m.noteFor
		m.stopNote()
		marks, user := m.opts.Marks, m.opts.User
		prev := m.marks[claim]
		mk := prev
		mk.Note = sanitize.Line(text)
		m.setMark(claim, mk)
		m.flash = "note removed"
		if text != "" {
			m.flash = theme.MarkNote + " note saved"
		}
		return m, m.saveMark(claim, prev, func(d model.Document, mc model.Claim) (store.Mark, error) {
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

// typePaste puts pasted text into the note input. A note is one line, so
// line breaks and tabs become spaces; nothing pasted is dropped, and nothing
// pasted is taken as a command (a pasted "s" must not star a claim).
func (m Model) typePaste(text string) (tea.Model, tea.Cmd) {
	text = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ", "\t", " ").Replace(text)
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(tea.PasteMsg{Content: text})
	return m, cmd
}

func (m *Model) stopNote() {
	m.noting, m.noteFor = false, ""
	m.note.Blur()
	m.note.SetValue("")
	m.relayout()
}

// toggleMarked switches the claim panel to the story's starred and noted
// claims, or back.
func (m *Model) toggleMarked() {
	on := !m.claims.Marked()
	m.claims.ShowMarked(on)
	if on {
		m.article.ClearSelection()
		m.syncClaims()
		if m.screen.mode != layoutWide {
			m.setFocus(paneClaims)
		}
		m.flash = "starred and noted · S or esc goes back"
	}
}

// toggleRead marks the article under the source list's cursor (or, from
// another pane, the one being read) read or unread; on a story row, every
// article of the story.
func (m Model) toggleRead() (tea.Model, tea.Cmd) {
	var docs []string
	if m.focus == paneSources {
		if id := m.sources.Selected(); id != "" {
			docs = []string{id}
		} else if s := m.storyByID(m.sources.SelectedStory()); s != nil {
			for _, d := range s.Docs {
				docs = append(docs, d.ID)
			}
		}
	} else if d := m.article.Doc(); d != nil {
		docs = []string{d.ID}
	}
	if len(docs) == 0 {
		return m, nil
	}
	on := false
	for _, id := range docs {
		on = on || !m.sources.IsRead(id)
	}
	for _, id := range docs {
		m.sources.SetRead(id, on)
	}
	m.flash = "marked unread"
	if on {
		m.flash = "marked read"
	}
	return m, m.saveRead(docs, on)
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
