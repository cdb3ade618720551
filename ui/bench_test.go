package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"parallax/data"
	"parallax/model"
	"parallax/ui/internal/fixture"
	"parallax/ui/internal/search"
	"parallax/ui/internal/story"
)

// BenchmarkFirstFrameDemo is start-up on the demo corpus: analyse it, build
// the story, size the screen and draw the first frame (what a user waits
// for between pressing enter and seeing the reader).
func BenchmarkFirstFrameDemo(b *testing.B) {
	docs := data.Demo()
	b.Run("analyse+draw", func(b *testing.B) {
		for b.Loop() {
			firstFrame(model.Analyze(docs))
		}
	})
	a := model.Analyze(docs)
	b.Run("draw", func(b *testing.B) {
		for b.Loop() {
			firstFrame(a)
		}
	})
}

func firstFrame(a *model.Analysis) string {
	var m tea.Model = New(fixed(a), Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m, _ = m.Update(whole(a))
	return m.View().Content
}

// BenchmarkViewAfterKey is one key and the frame after it at 200×60 on a
// 5,000-word article: the reader's latency while reading. Keys alternate
// (n then N, j then k) so that every one moves something.
func BenchmarkViewAfterKey(b *testing.B) {
	a := fixture.LongArticle(5000)
	if w := story.New(a).Doc("long").Words; w < 5000 {
		b.Fatalf("article has %d words", w)
	}
	for _, ks := range [][]string{{"n", "N"}, {"j", "k"}, {"c"}} {
		b.Run(ks[0], func(b *testing.B) {
			m := readyWith(b, a, 200, 60)
			m = press(m, "n", "n", "n", "j")
			i := 0
			for b.Loop() {
				key := fixture.Key(ks[i%len(ks)])
				i++
				next, cmd := m.Update(key)
				m = next.(Model)
				if cmd != nil {
					next, _ = m.Update(cmd())
					m = next.(Model)
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkEntitySearch100k is one fuzzy query over 100,000 entity names.
func BenchmarkEntitySearch100k(b *testing.B) {
	names := fixture.EntityNames(100_000)
	ents := make([]*story.Entity, len(names))
	for i, n := range names {
		ents[i] = &story.Entity{ID: fmt.Sprint(i), Name: n, Type: model.Org, PerDoc: []int{1}}
	}
	ix := search.NewIndex(ents)
	for _, q := range []string{"k", "kalo", "vin dept"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Find(q, 200)
			}
		})
	}
}

// BenchmarkKeyUpdate is the cost of one key without drawing: what each key
// of a flood costs while the frames are coalesced.
func BenchmarkKeyUpdate(b *testing.B) {
	a := fixture.LongArticle(5000)
	for _, ks := range [][]string{{"n", "N"}, {"j", "k"}} {
		b.Run(ks[0], func(b *testing.B) {
			m := readyWith(b, a, 200, 60)
			m = press(m, "n", "n", "n", "j")
			i := 0
			for b.Loop() {
				key := fixture.Key(ks[i%len(ks)])
				i++
				next, cmd := m.Update(key)
				m = next.(Model)
				if cmd != nil {
					if msg := cmd(); msg != nil {
						next, _ = m.Update(msg)
						m = next.(Model)
					}
				}
			}
		})
	}
}
