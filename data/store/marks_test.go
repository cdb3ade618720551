package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"parallax/model"
)

func TestClaimKey(t *testing.T) {
	docs := fixtureDocs()
	claim := model.Claim{ID: "c9", Doc: "harbour-gazette", Start: 34, End: 73,
		Text: "About 40 crossings a day are planned."}
	tests := []struct {
		name string
		d    model.Document
		c    model.Claim
		want string
	}{
		{"by URL", docs[0], claim, "https://gazette.example/ferry-resumes#34-73:"},
		{"by path", model.Document{ID: "x", Path: "/a/b.txt"}, claim, "/a/b.txt#34-73:"},
		{"by ID", model.Document{ID: "x"}, claim, "id:x#34-73:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClaimKey(tt.d, tt.c)
			if !strings.HasPrefix(got, tt.want) || len(got) != len(tt.want)+16 {
				t.Errorf("ClaimKey = %q, want %q and 16 hex digits", got, tt.want)
			}
		})
	}
	base := ClaimKey(docs[0], claim)
	renumbered := claim
	renumbered.ID = "c1" // IDs change between runs; the key must not
	if ClaimKey(docs[0], renumbered) != base {
		t.Error("the key depends on the claim ID")
	}
	reworded := claim
	reworded.Text = "About 45 crossings a day are planned."
	if ClaimKey(docs[0], reworded) == base {
		t.Error("a reworded claim kept its key")
	}
	moved := claim
	moved.Start, moved.End = 35, 74
	if ClaimKey(docs[0], moved) == base {
		t.Error("a moved claim kept its key")
	}
}

// implementations are the Marks under test, each fresh.
func implementations(t *testing.T) map[string]func() Marks {
	return map[string]func() Marks{
		"sqlite": func() Marks { return openTest(t) },
		"memory": func() Marks {
			m := NewMemory()
			m.now = func() time.Time { return fixedTime }
			return m
		},
	}
}

func TestMarksRoundTrip(t *testing.T) {
	for name, newMarks := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			m := newMarks()
			a := fixtureAnalysis()
			steps := []struct {
				claim string
				star  *bool
				note  *string
				want  map[string]Mark // by claim ID, Key filled in below
			}{
				{"c2", ptr(true), nil, map[string]Mark{"c2": {Starred: true}}},
				{"c2", nil, ptr("  check\tthe   count\nagainst the timetable "),
					map[string]Mark{"c2": {Starred: true, Note: "check the count against the timetable"}}},
				{"c5", nil, ptr("35 or 40?"), map[string]Mark{
					"c2": {Starred: true, Note: "check the count against the timetable"},
					"c5": {Note: "35 or 40?"}}},
				{"c2", ptr(false), nil, map[string]Mark{
					"c2": {Note: "check the count against the timetable"},
					"c5": {Note: "35 or 40?"}}},
				{"c2", nil, ptr(""), map[string]Mark{"c5": {Note: "35 or 40?"}}},
				{"c5", ptr(true), nil, map[string]Mark{"c5": {Starred: true, Note: "35 or 40?"}}},
				{"c4", ptr(false), nil, map[string]Mark{"c5": {Starred: true, Note: "35 or 40?"}}},
			}
			for i, st := range steps {
				d, c := claimOf(t, a, st.claim)
				var (
					got Mark
					err error
				)
				if st.star != nil {
					got, err = m.Star(LocalUser, d, c, *st.star)
				} else {
					got, err = m.Note(LocalUser, d, c, *st.note)
				}
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if got.Key != ClaimKey(d, c) || !got.UpdatedAt.Equal(fixedTime) {
					t.Errorf("step %d: returned %+v", i, got)
				}
				marks, err := m.MarksFor(LocalUser, a)
				if err != nil {
					t.Fatalf("step %d: MarksFor: %v", i, err)
				}
				if len(marks) != len(st.want) {
					t.Errorf("step %d: marks %+v, want %+v", i, marks, st.want)
				}
				for id, w := range st.want {
					g := marks[id]
					d, c := claimOf(t, a, id)
					if g.Starred != w.Starred || g.Note != w.Note || g.Key != ClaimKey(d, c) || !g.UpdatedAt.Equal(fixedTime) {
						t.Errorf("step %d: mark on %s = %+v, want %+v", i, id, g, w)
					}
				}
			}
		})
	}
}

func TestMarksFollowTheClaimNotItsID(t *testing.T) {
	for name, newMarks := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			m := newMarks()
			a := fixtureAnalysis()
			d, c := claimOf(t, a, "c3")
			if _, err := m.Star(LocalUser, d, c, true); err != nil {
				t.Fatal(err)
			}
			// A later run numbers the claims the other way round.
			renumbered := make([]model.Claim, len(a.Claims))
			for i, c := range a.Claims {
				c.ID = "k" + c.ID
				renumbered[len(a.Claims)-1-i] = c
			}
			b := model.NewAnalysis(a.Documents, nil, renumbered, nil)
			marks, err := m.MarksFor(LocalUser, b)
			if err != nil || len(marks) != 1 || !marks["kc3"].Starred {
				t.Errorf("marks after renumbering: %+v, %v; want kc3 starred", marks, err)
			}
		})
	}
}

func TestMarksPerUser(t *testing.T) {
	alice := "SHA256:3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	bob := "SHA256:u7u7u7u7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	for name, newMarks := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			m := newMarks()
			a := fixtureAnalysis()
			d2, c2 := claimOf(t, a, "c2")
			d4, c4 := claimOf(t, a, "c4")
			must(t)(m.Star(alice, d2, c2, true))
			must(t)(m.Note(bob, d2, c2, "bob's view"))
			must(t)(m.Star(bob, d4, c4, true))
			if err := m.SetRead(alice, d4, true); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				user  string
				marks map[string]Mark
				read  []string
			}{
				{alice, map[string]Mark{"c2": {Starred: true}}, []string{"coast-daily"}},
				{bob, map[string]Mark{"c2": {Note: "bob's view"}, "c4": {Starred: true}}, nil},
				{LocalUser, map[string]Mark{}, nil},
			}
			for _, tt := range tests {
				marks, err := m.MarksFor(tt.user, a)
				if err != nil {
					t.Fatal(err)
				}
				if len(marks) != len(tt.marks) {
					t.Errorf("%s: marks %+v, want %+v", tt.user, marks, tt.marks)
				}
				for id, w := range tt.marks {
					if g := marks[id]; g.Starred != w.Starred || g.Note != w.Note {
						t.Errorf("%s: mark on %s = %+v, want %+v", tt.user, id, g, w)
					}
				}
				read, err := m.ReadFor(tt.user, a)
				if err != nil {
					t.Fatal(err)
				}
				if len(read) != len(tt.read) {
					t.Errorf("%s: read %v, want %v", tt.user, read, tt.read)
				}
				for _, id := range tt.read {
					if !read[id].Equal(fixedTime) {
						t.Errorf("%s: %s read at %v, want %v", tt.user, id, read[id], fixedTime)
					}
				}
			}
		})
	}
}

func TestReadState(t *testing.T) {
	for name, newMarks := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			m := newMarks()
			a := fixtureAnalysis()
			d := a.Documents[0]
			for i, step := range []struct {
				read bool
				want int
			}{{true, 1}, {true, 1}, {false, 0}, {false, 0}, {true, 1}} {
				if err := m.SetRead(LocalUser, d, step.read); err != nil {
					t.Fatal(err)
				}
				got, err := m.ReadFor(LocalUser, a)
				if err != nil || len(got) != step.want {
					t.Errorf("step %d: ReadFor = %v, %v; want %d documents", i, got, err, step.want)
				}
			}
		})
	}
}

func TestMarksRejectBadInput(t *testing.T) {
	for name, newMarks := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			m := newMarks()
			a := fixtureAnalysis()
			d, c := claimOf(t, a, "c1")
			other, _ := claimOf(t, a, "c4")
			tests := []struct {
				name string
				do   func() error
				want error
			}{
				{"empty user", func() error { _, err := m.Star("", d, c, true); return err }, ErrUser},
				{"long user", func() error { _, err := m.Star(strings.Repeat("k", 300), d, c, true); return err }, ErrUser},
				{"invalid UTF-8 user", func() error { _, err := m.Note("\xff", d, c, "x"); return err }, ErrUser},
				{"claim of another document", func() error { _, err := m.Star(LocalUser, other, c, true); return err }, ErrClaimDoc},
				{"document without key", func() error {
					_, err := m.Star(LocalUser, model.Document{}, model.Claim{}, true)
					return err
				}, ErrNoKey},
				{"note too long", func() error {
					_, err := m.Note(LocalUser, d, c, strings.Repeat("é", MaxNote+1))
					return err
				}, ErrNoteTooLong},
				{"read without key", func() error { return m.SetRead(LocalUser, model.Document{}, true) }, ErrNoKey},
				{"marks for empty user", func() error { _, err := m.MarksFor("", a); return err }, ErrUser},
				{"read for empty user", func() error { _, err := m.ReadFor("", a); return err }, ErrUser},
			}
			for _, tt := range tests {
				if err := tt.do(); !errors.Is(err, tt.want) {
					t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
				}
			}
			// A note of exactly MaxNote characters is fine, and so is a nil analysis.
			if _, err := m.Note(LocalUser, d, c, strings.Repeat("é", MaxNote)); err != nil {
				t.Errorf("note of MaxNote characters: %v", err)
			}
			if marks, err := m.MarksFor(LocalUser, nil); err != nil || len(marks) != 0 {
				t.Errorf("MarksFor(nil) = %v, %v", marks, err)
			}
			if read, err := m.ReadFor(LocalUser, nil); err != nil || len(read) != 0 {
				t.Errorf("ReadFor(nil) = %v, %v", read, err)
			}
		})
	}
}

func TestDeleteUserTakesTheirMarks(t *testing.T) {
	s := openTest(t)
	a := fixtureAnalysis()
	d, c := claimOf(t, a, "c1")
	must(t)(s.Star("gone", d, c, true))
	must(t)(s.Star(LocalUser, d, c, true))
	if err := s.SetRead("gone", d, true); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteUser("gone"); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"marks", "reads"} {
		var n int
		s.db.QueryRow(`SELECT count(*) FROM ` + table + ` WHERE user_key = 'gone'`).Scan(&n)
		if n != 0 {
			t.Errorf("%d rows of the deleted user left in %s", n, table)
		}
	}
	if marks, _ := s.MarksFor(LocalUser, a); !marks["c1"].Starred {
		t.Error("another user's mark went with the deleted user")
	}
}

func TestMarkJSONShape(t *testing.T) {
	m := Mark{Key: "k", Starred: true, UpdatedAt: fixedTime}
	got, err := jsonOf(m)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"key":"k","starred":true,"updated_at":"2026-03-14T09:26:53.589793238Z"}`
	if got != want {
		t.Errorf("JSON %s, want %s", got, want)
	}
}

func ptr[T any](v T) *T { return &v }

// must fails the test when a mark write fails.
func must(t *testing.T) func(Mark, error) {
	return func(_ Mark, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}
