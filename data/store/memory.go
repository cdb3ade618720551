package store

import (
	"sync"
	"time"

	"parallax/model"
)

// Memory keeps marks and read state in memory only, for a session that must
// leave nothing behind (an anonymous SSH session). It follows the same rules
// as *Store: notes are made one line, empty marks are dropped, a document's
// read time is the first time it was read. It is safe for concurrent use.
type Memory struct {
	mu    sync.Mutex
	marks map[string]map[string]Mark      // user -> claim key -> mark
	reads map[string]map[string]time.Time // user -> doc key -> read at
	now   func() time.Time
}

// Memory is a Marks.
var _ Marks = (*Memory)(nil)

// NewMemory returns an empty in-memory Marks.
func NewMemory() *Memory {
	return &Memory{
		marks: map[string]map[string]Mark{},
		reads: map[string]map[string]time.Time{},
		now:   time.Now,
	}
}

// clock is the current time as *Store would read it back.
func (m *Memory) clock() time.Time {
	return unstamp(m.now().UnixNano())
}

// MarksFor returns the user's marks on the analysis's claims, keyed by claim ID.
func (m *Memory) MarksFor(user string, a *model.Analysis) (map[string]Mark, error) {
	if err := checkUser(user); err != nil {
		return nil, err
	}
	if a == nil {
		return map[string]Mark{}, nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return marksByClaimID(a, m.marks[user]), nil
}

// Star stars or unstars a claim, keeping its note.
func (m *Memory) Star(user string, d model.Document, c model.Claim, starred bool) (Mark, error) {
	return m.update(user, d, c, func(mk *Mark) { mk.Starred = starred })
}

// Note sets a claim's note ("" removes it), keeping its star.
func (m *Memory) Note(user string, d model.Document, c model.Claim, note string) (Mark, error) {
	note, err := cleanNote(note)
	if err != nil {
		return Mark{}, err
	}
	return m.update(user, d, c, func(mk *Mark) { mk.Note = note })
}

// update changes one mark under the lock, dropping it when it is left empty.
func (m *Memory) update(user string, d model.Document, c model.Claim, change func(*Mark)) (Mark, error) {
	if err := checkUser(user); err != nil {
		return Mark{}, err
	}
	if err := checkClaim(d, c); err != nil {
		return Mark{}, err
	}
	key := ClaimKey(d, c)
	m.mu.Lock()
	defer m.mu.Unlock()
	byKey := m.marks[user]
	if byKey == nil {
		byKey = map[string]Mark{}
		m.marks[user] = byKey
	}
	mk, ok := byKey[key]
	if !ok {
		mk = Mark{Key: key}
	}
	change(&mk)
	mk.UpdatedAt = m.clock()
	if mk.empty() {
		delete(byKey, key)
	} else {
		byKey[key] = mk
	}
	return mk, nil
}

// SetRead records that the user has (or has not) read a document.
func (m *Memory) SetRead(user string, d model.Document, read bool) error {
	if err := checkUser(user); err != nil {
		return err
	}
	key := DocKey(d)
	if key == "" {
		return ErrNoKey
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	byDoc := m.reads[user]
	if !read {
		delete(byDoc, key)
		return nil
	}
	if byDoc == nil {
		byDoc = map[string]time.Time{}
		m.reads[user] = byDoc
	}
	if _, ok := byDoc[key]; !ok {
		byDoc[key] = m.clock()
	}
	return nil
}

// ReadFor returns when the user first read each of the analysis's documents,
// keyed by document ID; unread documents are absent.
func (m *Memory) ReadFor(user string, a *model.Analysis) (map[string]time.Time, error) {
	if err := checkUser(user); err != nil {
		return nil, err
	}
	out := map[string]time.Time{}
	if a == nil {
		return out, nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, d := range a.Documents {
		if at, ok := m.reads[user][DocKey(d)]; ok {
			out[d.ID] = at
		}
	}
	return out, nil
}
