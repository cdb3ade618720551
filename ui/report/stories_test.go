package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"parallax/data/store"
	"parallax/model"
	uifixture "parallax/ui/internal/fixture"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Council backs the new harbour bridge":         "council-backs-the-new-harbour-bridge",
		"'Never cut corners'? Halvard's boss, grilled": "never-cut-corners-halvards-boss-grilled",
		"  \x1b[31m!!!  ":                              "31m",
		"":                                             "story",
		"Café — 3 déjà vu":                             "café-3-déjà-vu",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindStory(t *testing.T) {
	a := uifixture.Stories()
	a.Stories = append(a.Stories, model.Story{ID: "again", Title: "Ferry timetable changes in April"})
	if got := strings.Join(Handles(a), " "); got != "council-backs-the-new-harbour-bridge library-roof-gives-way-after-storm ferry-timetable-changes-in-april ferry-timetable-changes-in-april-2" {
		t.Errorf("Handles = %s", got)
	}
	for name, want := range map[string]string{"bridge": "bridge", "2": "library", "Library-Roof-Gives-Way-After-Storm": "library",
		"ferry-timetable-changes-in-april-2": "again", "4": "again"} {
		if s, ok := FindStory(a, name); !ok || s.ID != want {
			t.Errorf("FindStory(%q) = %q, %v; want %q", name, s.ID, ok, want)
		}
	}
	for _, name := range []string{"0", "5", "nope", ""} {
		if s, ok := FindStory(a, name); ok {
			t.Errorf("FindStory(%q) found %q", name, s.ID)
		}
	}
}

func TestWriteListsStoriesAndMarks(t *testing.T) {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	marks := map[string]store.Mark{"h2": {Starred: true, Note: "ask the authority for the tender"}}
	if err := WriteMarked(w, uifixture.Stories(), marks); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"8 articles in 3 stories",
		"   1  council-backs-the-new-harbour-bridge  4 articles · 9 facts ✗2 ✓3 ○4",
		"   2  library-roof-gives-way-after-storm  3 articles · 3 facts ✗1 ✓1 ○1",
		"━━ Story 1 of 3 · council-backs-the-new-harbour-bridge: Council backs the new harbour bridge",
		"4 articles · 4 outlets · 9 facts: ✗2 conflicting · ✓3 corroborated · ○4 single-source (16 claims)",
		"3 articles · 2 outlets · 3 facts: ✗1 conflicting · ✓1 corroborated · ○1 single-source (8 claims)",
		"✎ ask the authority for the tender",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "according to the Harbour Bridge Authority. ★") && !strings.Contains(out, "Authority. ★") {
		t.Errorf("the starred claim is not marked:\n%s", out)
	}
}
