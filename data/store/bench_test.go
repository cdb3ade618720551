package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"parallax/model"
)

// BenchmarkStar is the latency of one mark write: a committed, fully synced
// transaction.
func BenchmarkStar(b *testing.B) {
	s := openTest(b)
	a := fixtureAnalysis()
	d, c := claimOf(b, a, "c2")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Star(LocalUser, d, c, i%2 == 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNoteMemory is the same write in the in-memory Marks.
func BenchmarkNoteMemory(b *testing.B) {
	m := NewMemory()
	a := fixtureAnalysis()
	d, c := claimOf(b, a, "c2")
	for i := 0; b.Loop(); i++ {
		if _, err := m.Note(LocalUser, d, c, fmt.Sprint("note ", i%7)); err != nil {
			b.Fatal(err)
		}
	}
}

// bigStore writes a database holding 10,000 marks over 200 documents of 50
// claims, and returns its path and the analysis of those documents.
func bigStore(b *testing.B) (string, *model.Analysis) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.db")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var docs []model.Document
	var claims []model.Claim
	for di := range 200 {
		d := model.Document{ID: fmt.Sprintf("d%d", di), Path: fmt.Sprintf("/news/%03d.txt", di)}
		docs = append(docs, d)
		for ci := range 50 {
			text := fmt.Sprintf("Sentence %d of article %d says something.", ci, di)
			claims = append(claims, model.Claim{
				ID: fmt.Sprintf("c%d", len(claims)+1), Doc: d.ID, Start: ci * 50, End: ci*50 + len(text), Text: text,
			})
		}
	}
	a := model.NewAnalysis(docs, nil, claims, nil)
	tx, err := s.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	now := stamp(time.Now())
	tx.Exec(`INSERT INTO users (key, created_at) VALUES (?, ?)`, LocalUser, now)
	for _, c := range claims {
		d, _ := a.Document(c.Doc)
		if _, err := tx.Exec(`INSERT INTO marks (user_key, claim_key, doc_key, starred, note, updated_at)
			VALUES (?, ?, ?, 1, 'a note', ?)`, LocalUser, ClaimKey(d, c), DocKey(d), now); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return path, a
}

// BenchmarkOpen10000Marks opens (and closes) a store holding 10,000 marks.
func BenchmarkOpen10000Marks(b *testing.B) {
	path, _ := bigStore(b)
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkMarksFor10000 reads all 10,000 marks of a 200-document analysis.
func BenchmarkMarksFor10000(b *testing.B) {
	path, a := bigStore(b)
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		marks, err := s.MarksFor(LocalUser, a)
		if err != nil || len(marks) != 10000 {
			b.Fatalf("%d marks, %v", len(marks), err)
		}
	}
}
