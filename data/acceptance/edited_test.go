package acceptance

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parallax/data"
	"parallax/model"
	"parallax/model/quantity"
)

// Edited copies: take a real article, change one figure in a copy credited to
// another outlet, and cross-check the copy against the original and the
// story's other outlets. The copy must conflict with the original on exactly
// that figure and on nothing else. This measures the engine on stories it was
// not tuned on, with a known answer for every edit.

// editedFloor is the least recall and precision the engine must keep on edited copies.
const (
	editedRecallFloor    = 0.75
	editedPrecisionFloor = 0.95
)

// maxEditsPerDoc bounds how many figures of one article are edited, one at a time.
const maxEditsPerDoc = 6

func TestEditedCopies(t *testing.T) {
	var stories [][]model.Document
	clusters, _ := filepath.Glob(filepath.Join(sharedDir(t, "realnews"), "clusters", "*"))
	for _, dir := range append(clusters, sharedDir(t, "seeds")) {
		docs, skipped := data.Load([]string{dir})
		if len(skipped) > 0 {
			t.Fatalf("%s: %v", dir, skipped)
		}
		stories = append(stories, docs)
	}
	var edits, found, predicted, correct int
	for _, docs := range stories {
		already := conflictsOf(model.Analyze(docs))
		for i, doc := range docs {
			for _, e := range figureEdits(doc) {
				edits++
				copyDoc := doc
				copyDoc.ID, copyDoc.Outlet, copyDoc.Text = "edited-"+doc.ID, "Edited Copy", e.text
				a := model.Analyze(append(append([]model.Document(nil), docs...), copyDoc))
				hit := false
				for _, g := range a.Groups {
					// Only a conflict between the copy and its original can come
					// from the edit; the copy also joins the story's real conflicts.
					if g.Verdict != model.Conflicting || !setsApart(a, g, copyDoc.ID, docs[i].ID) || already[conflictKey(g)] {
						continue
					}
					predicted++
					if coversEdit(a, g, copyDoc.ID, docs[i].ID, e.at) {
						correct++
						hit = true
					} else {
						t.Logf("false conflict after editing %s (%s): %s", doc.ID, e.what, g.Reason)
					}
				}
				if hit {
					found++
				} else if testing.Verbose() {
					t.Logf("missed edit in %s: %s", doc.ID, e.what)
				}
			}
		}
	}
	if edits == 0 {
		t.Fatal("no figures to edit")
	}
	recall := float64(found) / float64(edits)
	precision := 1.0
	if predicted > 0 {
		precision = float64(correct) / float64(predicted)
	}
	t.Logf("edited copies: recall %.2f (%d/%d), precision %.2f (%d/%d)", recall, found, edits, precision, correct, predicted)
	if recall < editedRecallFloor || precision < editedPrecisionFloor {
		t.Errorf("edited copies: recall %.2f (floor %.2f), precision %.2f (floor %.2f)",
			recall, editedRecallFloor, precision, editedPrecisionFloor)
	}
}

// edit is one changed figure: the new text and where the change is.
type edit struct {
	text string
	at   int // byte offset of the change in the original and the copy
	what string
}

// figureEdits makes up to maxEditsPerDoc copies of a document, each with one
// figure changed: million ↔ billion where the figure has a scale word, else the
// number raised by half (five → eight, 2,000 → 3,000), which no hedge covers.
func figureEdits(doc model.Document) []edit {
	var out []edit
	seen := map[int]bool{}
	for _, c := range model.Analyze([]model.Document{doc}).Claims {
		q, ok := c.FigureOf()
		if !ok || len(out) >= maxEditsPerDoc {
			continue
		}
		if seen[q.Start] || q.Kind == quantity.Year || q.Kind == quantity.Date || q.Unit == "years old" {
			continue
		}
		seen[q.Start] = true
		if e, ok := editFigure(doc.Text, q); ok {
			out = append(out, e)
		}
	}
	return out
}

var numberWords = map[string]string{
	"two": "five", "three": "seven", "four": "nine", "five": "eight", "six": "ten", "seven": "eleven",
	"eight": "twelve", "nine": "fourteen", "ten": "fifteen", "twelve": "eighteen", "twenty": "thirty",
}

// editFigure changes the number inside one figure's span.
func editFigure(text string, q quantity.Quantity) (edit, bool) {
	span := text[q.Start:q.End]
	for _, pair := range [][2]string{{"million", "billion"}, {"billion", "million"}} {
		if i := strings.Index(span, pair[0]); i >= 0 {
			at := q.Start + i
			return edit{text[:at] + pair[1] + text[at+len(pair[0]):], at, span + " → " + pair[1]}, true
		}
	}
	for _, f := range strings.FieldsFunc(span, func(r rune) bool { return r == ' ' || r == '-' }) {
		lower := strings.ToLower(f)
		if w, ok := numberWords[lower]; ok {
			at := q.Start + strings.Index(span, f)
			return edit{text[:at] + w + text[at+len(f):], at, span + " → " + w}, true
		}
		digits := strings.Trim(f, "$%€£")
		digits = strings.ReplaceAll(digits, ",", "")
		if v, err := strconv.ParseFloat(digits, 64); err == nil && v > 0 && !strings.Contains(digits, ".") {
			nv := strconv.FormatFloat(v*1.5+1, 'f', 0, 64)
			at := q.Start + strings.Index(span, f)
			repl := strings.Replace(f, strings.Trim(f, "$%€£"), nv, 1)
			return edit{text[:at] + repl + text[at+len(f):], at, fmt.Sprintf("%s → %s", span, nv)}, true
		}
	}
	return edit{}, false
}

// conflictsOf lists the conflicts of an analysis by what they disagree on,
// so that a story's own conflicts, which a copy joins, are not put down to an
// edit of the copy.
func conflictsOf(a *model.Analysis) map[string]bool {
	out := map[string]bool{}
	for _, g := range a.Groups {
		if g.Verdict == model.Conflicting {
			out[conflictKey(g)] = true
		}
	}
	return out
}

// conflictKey names a conflict by its kind and the values its sides state.
func conflictKey(g model.Group) string {
	if g.Conflict == nil {
		return g.Reason
	}
	return string(g.Conflict.Kind) + ": " + strings.Join(g.Conflict.Values, " | ")
}

// setsApart reports whether a conflict puts claims of the two documents on different sides.
func setsApart(a *model.Analysis, g model.Group, x, y string) bool {
	sideOf := func(doc string) map[int]bool {
		out := map[int]bool{}
		for k, side := range g.Sides {
			for _, id := range side {
				if c, _ := a.Claim(id); c.Doc == doc {
					out[k] = true
				}
			}
		}
		return out
	}
	sx, sy := sideOf(x), sideOf(y)
	for k := range sx {
		for j := range sy {
			if k != j {
				return true
			}
		}
	}
	return false
}

// coversEdit reports whether a conflict sets the edited sentence of the copy
// against the same sentence of the original.
func coversEdit(a *model.Analysis, g model.Group, copyID, origID string, at int) bool {
	var inCopy, inOrig bool
	for _, id := range g.Claims {
		c, _ := a.Claim(id)
		if c.Start <= at && at < c.End {
			inCopy = inCopy || c.Doc == copyID
			inOrig = inOrig || c.Doc == origID
		}
	}
	return inCopy && inOrig
}
