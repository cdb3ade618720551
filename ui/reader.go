package ui

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"parallax/data/store"
	"parallax/model"

	"parallax/ui/internal/article"
	"parallax/ui/internal/claims"
	"parallax/ui/internal/overview"
	"parallax/ui/internal/sanitize"
	"parallax/ui/internal/search"
	"parallax/ui/internal/sources"
	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// modal is a page that takes the whole panes' area.
type modal int

const (
	modalNone modal = iota
	modalOverview
	modalSearch
)

// location is a place in the reader that back returns to.
type location struct {
	doc, claim string
	y          int
	focus      pane
}

// Model is one reader program: everything per session lives here (size,
// styles, focus, selection, history); the story it shows is shared and
// never changed.
type Model struct{ *reader }

// reader is the state of one reader program. Model holds it by pointer:
// Bubble Tea copies the model on every message, and a flood of keys must
// not cost a copy of every pane each.
type reader struct {
	opts   Options
	load   Loader
	keys   KeyMap
	styles *theme.Styles

	width, height int
	screen        screen

	loading  bool      // nothing to show yet
	filling  bool      // stories shown, more on their way
	empty    bool      // loading ended with nothing to show
	progress progress  // the loader's latest report
	since    time.Time // when the current loading stage began
	spinner  spinner.Model
	errs     []string
	flash    string // a one-off note in the status line, cleared by the next key
	// flashLink is a web address shown after flash as a terminal hyperlink.
	flashLink string

	stories []*story.Story // in the order the loader handed them over; shared, never changed
	story   *story.Story   // the story the reader is in: one of stories
	marks   story.Marks    // the user's marks by claim ID; replaced, never written
	unsaved []string       // documents opened since the last Update, to record as read
	writes  *writeQueue    // the store writes of this program, in order
	frames  *frames        // coalesces the frames of a burst of input
	memos   *memos         // the parts of the screen drawn last, drawn again only when they change
	// panelStale says the claim panel must follow the reading pane before
	// it is drawn or given a key.
	panelStale bool
	noting     bool // the note input has the keys
	note       textinput.Model
	noteFor    string // the claim the note input is for

	sources  sources.Model
	article  article.Model
	claims   claims.Model
	overview overview.Model
	search   search.Model
	help     help.Model

	focus      pane
	modal      modal
	showClaims bool   // medium layout: the claim panel instead of the sources
	entity     string // the chosen entity, or ""
	history    []location
}

// New returns a reader that loads its story with load. For an SSH session
// over an analysis already loaded, pass a Loader that returns it.
func New(load Loader, opts Options) Model {
	if opts.Marks == nil {
		opts.Marks = store.NewMemory()
	}
	if opts.User == "" {
		opts.User = store.LocalUser
	}
	st := theme.NewStyles(true)
	m := Model{&reader{
		opts: opts, load: load, keys: DefaultKeyMap(), styles: &st, loading: true,
		spinner:  spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(st.Spinner)),
		sources:  sources.New(&st),
		article:  article.New(&st),
		claims:   claims.New(&st),
		overview: overview.New(&st),
		search:   search.New(&st),
		help:     help.New(),
		note:     newNoteInput(st),
		focus:    paneArticle,
		writes:   newWriteQueue(),
		frames:   &frames{},
		memos:    &memos{},
	}}
	m.help.Styles = st.Help
	m.sources.SetFocused(false)
	if opts.StoreProblem != "" {
		m.addError(errors.New("marks are kept until you quit only: " + opts.StoreProblem))
	}
	return m
}

// Init asks the terminal for its background colour and starts loading.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.spinner.Tick, startLoad(m.load))
}

// Update routes a message (see route), then records as read the articles
// the reader opened, through a command.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(frameMsg); ok {
		if m.frames != nil {
			m.frames.pending = false
			if m.panelStale {
				m.frames.current = false
			}
		}
		m.flushPanel()
		return m, nil
	}
	if m.frames != nil {
		m.frames.current = false
	}
	switch msg.(type) {
	case tea.KeyPressMsg:
		if m.focus == paneClaims {
			m.flushPanel() // the panel takes keys as it is shown
		}
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		m.flushPanel()
	}
	next, cmd := m.route(msg)
	nm, ok := next.(Model)
	if !ok {
		return next, cmd
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseWheelMsg, tea.MouseClickMsg, tea.PasteMsg, sources.SelectedMsg, article.SelectedMsg:
		cmd = tea.Batch(cmd, nm.frames.afterInput())
	}
	if nm.frames == nil || !nm.frames.pending {
		nm.flushPanel()
	}
	if len(nm.unsaved) == 0 {
		return nm, cmd
	}
	save := nm.saveRead(nm.unsaved, true)
	nm.unsaved = nil
	return nm, tea.Batch(cmd, save)
}

// route sends a message on: sizes and colours to everyone, keys to the note
// input, the modal or the focused pane before the global keys, data messages
// to their owner.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		m.relayout()
		return m, nil
	case tea.BackgroundColorMsg:
		m.setStyles(theme.NewStyles(msg.IsDark()))
		return m, nil
	case spinner.TickMsg:
		if !m.loading {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case feedMsg:
		m.setProgress(msg.progress)
		cmd := m.addStories(msg.stories, msg.index)
		return m, tea.Batch(cmd, waitLoad(msg.q, msg.result, msg.at))
	case loadedMsg:
		return m, m.loaded(msg)
	case errMsg:
		m.addError(msg.err)
		m.relayout() // the error line takes a row
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		switch {
		case m.loading:
		case m.noting:
			return m.typePaste(msg.Content)
		case m.modal == modalSearch:
			var cmd tea.Cmd
			m.search, cmd = m.search.Update(msg)
			return m, cmd
		}
		return m, nil
	case tea.MouseClickMsg:
		return m.handleClick(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	}
	if m.loading {
		return m, nil
	}
	return m.handleData(msg)
}

// handleData routes the panes' messages to whoever acts on them.
func (m Model) handleData(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case sources.SelectedMsg:
		if msg.Doc != m.sources.Selected() {
			return m, nil // the cursor has moved on: only its last place is shown
		}
		m.showDoc(msg.Doc)
	case sources.OpenMsg:
		m.openDoc(msg.Doc)
		m.setFocus(paneArticle)
	case sources.StoryMsg:
		m.previewStory(msg.Story)
	case search.StoryChosenMsg:
		m.modal = modalNone
		m.chooseStory(msg.Story)
	case marksMsg:
		m.marksLoaded(msg)
	case flashMsg:
		m.flash = string(msg)
	case markMsg:
		m.markSaved(msg)
	case article.SelectedMsg:
		if d := m.article.Doc(); d == nil || d.ID != msg.Doc || msg.Claim != selectedID(m.article.Selected()) {
			return m, nil // the selection has moved on: only its last place is compared
		}
		if msg.Claim != "" {
			m.markRead(msg.Doc) // choosing a claim in it is reading it
		}
		m.syncClaims()
		return m, nil
	case article.OpenMsg:
		m.showClaims = true
		m.setFocus(paneClaims)
	case claims.JumpMsg:
		m.jump(msg.Claim)
	case overview.OpenMsg:
		m.modal = modalNone
		m.jump(msg.Claim)
		m.setFocus(paneArticle)
	case overview.CloseMsg:
		m.modal = modalNone
	case search.ResultsMsg:
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	case search.ChosenMsg:
		m.modal = modalNone
		if s := m.storyByID(msg.Story); s != nil && s != m.story {
			m.history = append(m.history, m.here())
			m.setStory(s)
			m.sources.SelectStory(s.ID)
		}
		m.chooseEntity(msg.Entity)
		m.setFocus(paneArticle)
	case search.ClaimChosenMsg:
		m.modal = modalNone
		m.jump(msg.Claim)
		m.setFocus(paneArticle)
	case search.CancelMsg:
		m.modal = modalNone
	}
	m.relayout()
	return m, nil
}

// selectedID is a sentence's ID, or "" for none.
func selectedID(sn *story.Sentence) string {
	if sn == nil {
		return ""
	}
	return sn.ID
}

// setProgress shows the loader's latest report, timing each stage from
// when it began.
func (m *Model) setProgress(p progress) {
	if p.stage != m.progress.stage || m.since.IsZero() {
		m.since = time.Now()
	}
	m.progress = p
}

// addStories lists stories the loader has finished. The first ones open the
// reader on the first story's first article; later ones join the source
// list and the finder without moving the reader. index, when the stories
// came built and shared, is the finder's index over exactly them. It asks
// the store for the user's marks and read articles in them.
func (m *Model) addStories(in []*story.Story, index *search.Corpus) tea.Cmd {
	if len(in) == 0 {
		return nil
	}
	first := len(m.stories) == 0
	var parts []*model.Analysis
	for _, s := range in {
		if s.From != nil && (len(parts) == 0 || parts[len(parts)-1] != s.From) {
			parts = append(parts, s.From)
		}
	}
	m.stories = append(m.stories[:len(m.stories):len(m.stories)], in...)
	if first {
		m.loading, m.filling = false, true
		m.marks = story.Marks{}
		m.sources.SetStories(m.stories)
		if index != nil {
			m.search.SetCorpus(index)
		} else {
			m.search.SetStories(m.stories)
		}
		m.setStory(m.stories[0])
		m.claims.SetFilter(m.article.Filter())
		m.history = nil
		if len(m.story.Docs) > 0 {
			m.openDoc(m.story.Docs[0].ID)
		}
	} else {
		m.sources.AddStories(in)
		m.search.AddStories(in)
	}
	m.relayout()
	return loadMarks(m.opts.Marks, m.opts.User, parts)
}

// loaded ends loading: the last stories are listed, and what went wrong is
// shown. With nothing at all the reader says so.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	if len(m.stories)+len(msg.stories) == 0 {
		msg.stories, msg.index = []*story.Story{story.New(nil)}, nil
	}
	if m.opts.Title != "" && len(m.stories)+len(msg.stories) == 1 {
		// The story may be shared with other readers: this one's title is
		// on a copy of it.
		if len(msg.stories) == 1 {
			s := *msg.stories[0] // not shown yet
			s.Title = sanitize.Line(m.opts.Title)
			msg.stories[0], msg.index = &s, nil
		} else {
			s := *m.stories[0]
			s.Title = sanitize.Line(m.opts.Title)
			m.retitled(&s)
		}
	}
	cmd := m.addStories(msg.stories, msg.index)
	m.loading, m.filling = false, false
	m.empty = true
	for _, s := range m.stories {
		m.empty = m.empty && (s.From == nil || len(s.From.Documents) == 0)
	}
	for _, err := range msg.errs {
		m.addError(err)
	}
	m.relayout()
	return cmd
}

// retitled puts a copy of the reader's one story, titled, in its place,
// keeping the article open, the claim chosen and the list's cursor.
func (m *Model) retitled(s *story.Story) {
	m.stories = []*story.Story{s}
	cursor, claim := m.sources.Selected(), selectedID(m.article.Selected())
	reading := ""
	if d := m.article.Doc(); d != nil {
		reading = d.ID
	}
	m.sources.SetStories(m.stories)
	m.search.SetStories(m.stories) // the finder searches titles
	m.setStory(s)
	if reading != "" && m.showDoc(reading) && claim != "" {
		m.article.Select(claim)
	}
	if cursor != "" {
		m.sources.Select(cursor)
	}
}

func (m *Model) addError(err error) {
	if err == nil {
		return
	}
	if s := sanitize.Line(err.Error()); s != "" {
		m.errs = append(m.errs, s)
	}
}

// setStyles rebuilds every pane's styles, as when the background is known.
// The panes share the one Styles, which is never changed: new styles are a
// new one.
func (m *Model) setStyles(st theme.Styles) {
	m.styles = &st
	m.sources.SetStyles(&st)
	m.article.SetStyles(&st)
	m.claims.SetStyles(&st)
	m.overview.SetStyles(&st)
	m.search.SetStyles(&st)
	m.note.SetStyles(noteStyles(st))
	m.help.Styles = st.Help
	m.spinner.Style = st.Spinner
}
