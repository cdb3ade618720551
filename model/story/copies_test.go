package story

import (
	"strings"
	"testing"
	"time"
)

// The wire report every copy test starts from, written for these tests.
const wireBody = `Harbour officials in the port town of Keldmouth closed the north pier on Tuesday after divers found a crack running through one of its main concrete supports, the port authority said.
The pier, built in 1968, handles most of the fishing fleet's catch. Boats will unload at the south quay until engineers finish a survey, which the authority expects to take at least three weeks.
"We are not going to take chances with a structure that carries heavy lorries every morning," said Amira Tollan, the authority's chief engineer. She said the crack was about two metres long and had not been visible in an inspection last spring.
Fishing crews said the move to the south quay would add an hour to each landing. The local cooperative asked the council to waive mooring fees while the survey runs.
The council is due to discuss the request at its meeting next Monday.`

// editedBody is wireBody as a second outlet printed it: two words changed
// and a closing line of its own.
var editedBody = strings.NewReplacer("closed the north pier", "shut the north pier", "heavy lorries", "loaded lorries").
	Replace(wireBody) + "\nThe Keldmouth Gazette will follow the survey as it goes on."

// trimmedBody is the first three paragraphs of wireBody, as a paper short of
// space would run it.
var trimmedBody = strings.Join(strings.Split(wireBody, "\n")[:3], "\n")

// ownBody is a second outlet's own report of the same event.
const ownBody = `Keldmouth's north pier is shut until further notice. Divers inspecting the pier on Tuesday spotted a long crack in a concrete pillar, and the port authority ordered the fleet to land its fish at the south quay instead.
Amira Tollan, who leads the authority's engineering team, told reporters that lorries cross the pier daily and that she would not risk a collapse. A survey could last three weeks or more, she said.
Skippers grumbled about the longer trip. Their cooperative wants the council to drop mooring charges for the duration; councillors will take up the idea next week.`

func day(d int) time.Time { return time.Date(2024, 5, d, 9, 0, 0, 0, time.UTC) }

func TestCopies(t *testing.T) {
	tests := []struct {
		name     string
		articles []Article
		want     []Copy // Similarity checked to be within [minSim, 1]
		minSim   float64
	}{
		{
			name: "lightly edited copy with new headline and closing line",
			articles: []Article{
				{ID: "wire", Title: "North pier shut after divers find crack", Text: wireBody, Published: day(7)},
				{ID: "gazette", Title: "Crack closes Keldmouth pier", Text: editedBody, Published: day(7).Add(2 * time.Hour)},
			},
			want:   []Copy{{ID: "gazette", Of: "wire"}},
			minSim: 0.8,
		},
		{
			name: "a short copy whose text repeats its new headline",
			articles: []Article{
				{ID: "wire", Title: "North pier shut", Text: "North pier shut\n" + trimmedBody, Published: day(7)},
				{ID: "gazette", Title: "Crack in a pillar closes the town's busiest pier for weeks", Text: "Crack in a pillar closes the town's busiest pier for weeks\n\n" + trimmedBody, Published: day(8)},
			},
			want:   []Copy{{ID: "gazette", Of: "wire"}},
			minSim: 0.99,
		},
		{
			name: "own reports of one event are not copies",
			articles: []Article{
				{ID: "wire", Title: "North pier shut after divers find crack", Text: wireBody, Published: day(7)},
				{ID: "herald", Title: "Pier closed, fleet moves to south quay", Text: ownBody, Published: day(7)},
			},
		},
		{
			name: "the earliest published is the original whatever the input order",
			articles: []Article{
				{ID: "gazette", Title: "Crack closes Keldmouth pier", Text: editedBody, Published: day(8)},
				{ID: "herald", Title: "Pier closed", Text: ownBody, Published: day(6)},
				{ID: "wire", Title: "North pier shut", Text: wireBody, Published: day(7)},
			},
			want:   []Copy{{ID: "gazette", Of: "wire"}},
			minSim: 0.8,
		},
		{
			name: "same time: the first given is the original",
			articles: []Article{
				{ID: "b", Text: wireBody, Published: day(7)},
				{ID: "a", Text: wireBody, Published: day(7)},
			},
			want:   []Copy{{ID: "a", Of: "b"}},
			minSim: 1,
		},
		{
			name: "a dated article is the original before an undated one",
			articles: []Article{
				{ID: "undated", Text: wireBody},
				{ID: "dated", Text: editedBody, Published: day(9)},
			},
			want:   []Copy{{ID: "undated", Of: "dated"}},
			minSim: 0.8,
		},
		{
			name: "a trimmed copy counts, below the Jaccard bar",
			articles: []Article{
				{ID: "wire", Text: wireBody, Published: day(7)},
				{ID: "short", Text: trimmedBody, Published: day(8)},
			},
			want:   []Copy{{ID: "short", Of: "wire"}},
			minSim: 0.5,
		},
		{
			name: "three copies all point at the original",
			articles: []Article{
				{ID: "wire", Text: wireBody, Published: day(7)},
				{ID: "x", Text: editedBody, Published: day(8)},
				{ID: "y", Text: wireBody, Published: day(9)},
				{ID: "own", Text: ownBody, Published: day(7)},
			},
			want:   []Copy{{ID: "x", Of: "wire"}, {ID: "y", Of: "wire"}},
			minSim: 0.8,
		},
		{
			name: "one-line briefs that agree are too short to call",
			articles: []Article{
				{ID: "a", Text: "The north pier is closed.", Published: day(7)},
				{ID: "b", Text: "The north pier is closed.", Published: day(8)},
			},
		},
		{
			name:     "nothing in, nothing out",
			articles: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Copies(tc.articles)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d copies %+v, want %+v", len(got), got, tc.want)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.ID != w.ID || g.Of != w.Of {
					t.Errorf("copy %d: got %s of %s, want %s of %s", i, g.ID, g.Of, w.ID, w.Of)
				}
				if g.Similarity < tc.minSim || g.Similarity > 1 {
					t.Errorf("copy %d: similarity %.3f, want in [%.2f, 1]", i, g.Similarity, tc.minSim)
				}
			}
		})
	}
}

// TestCopiesStayInOneStory checks that Group keeps a copy with its original,
// even one reprinted long after, when dates alone would part them.
func TestCopiesStayInOneStory(t *testing.T) {
	tests := []struct {
		name     string
		articles []Article
		want     string
	}{
		{
			name: "same day, with another outlet's own report",
			articles: []Article{
				{ID: "wire", Title: "North pier shut after divers find crack", Text: wireBody, Published: day(7)},
				{ID: "gazette", Title: "Crack closes Keldmouth pier", Text: editedBody, Published: day(7)},
				{ID: "herald", Title: "Pier closed, fleet moves to south quay", Text: ownBody, Published: day(7)},
			},
			want: "gazette herald wire",
		},
		{
			name: "a reprint two months later",
			articles: []Article{
				{ID: "wire", Title: "North pier shut after divers find crack", Text: wireBody, Published: day(7)},
				{ID: "late", Title: "From our archive: the pier closure", Text: trimmedBody, Published: day(7).AddDate(0, 2, 0)},
				// Own report, a month from either: too far to group.
				{ID: "herald", Title: "Pier closed, fleet moves to south quay", Text: ownBody, Published: day(7).AddDate(0, 1, 0)},
			},
			want: "herald | late wire",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stories := Group(tc.articles)
			if got := partition(stories); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			checkGroupCopies(t, tc.articles, stories)
		})
	}
}
