package verdict

import (
	"testing"

	"parallax/model/facts"
)

// TestDifferentSpeakers: which two credits of one quotation are two people.
// A name with its title glued on is the name; a spokeswoman speaks for the
// person she names; a person speaks for a body their sentence names.
func TestDifferentSpeakers(t *testing.T) {
	type credit struct {
		name, family, text string
		person             bool
		office             string
		also               string // another family the sentence names
		speaksFor          string
	}
	tests := []struct {
		a, b credit
		want bool
	}{
		{credit{"House Intelligence Committee Chair Lena Marsh", "house", "“It is obstruction,” said House Intelligence Committee Chair Lena Marsh.", false, "", "", ""},
			credit{"Lena Marsh", "marsh", "“It is obstruction,” Lena Marsh said.", true, "", "", ""}, false},
		{credit{"Lena Marsh", "marsh", "“Mrs. Quill hopes both towns agree,” said her spokeswoman Lena Marsh.", true, "spokeswoman", "", ""},
			credit{"Mara Quill", "quill", "Mara Quill said she “hopes both towns agree.”", true, "", "", ""}, false},
		{credit{"Tomas Reyes", "reyes", "In a letter to Orrin Foods staff, Tomas Reyes said the firm would not hand over “the contents of any call.”", true, "", "orrin", ""},
			credit{"Orrin Foods", "orrin", "Orrin Foods said it would not hand over “the contents of any call.”", false, "", "", ""}, false},
		{credit{"Tomas Reyes", "reyes", "“This was a failure of oversight,” said Tomas Reyes, a spokesman for the Water Board.", true, "spokesman", "water", ""},
			credit{"Mara Quill", "quill", "“This was a failure of oversight,” said Mara Quill of Orrin Foods.", true, "", "orrin", ""}, true},
		// A given name alone and the surname of one person the story names in full.
		{credit{"Franklin", "franklin", "“It is unfathomable,” Franklin wrote.", true, "", "", ""},
			credit{"Graham", "graham", "“It is unfathomable,” Graham added.", true, "", "", ""}, false},
		{credit{"Lena", "lena", "“It is unfathomable,” Lena wrote.", true, "", "", ""},
			credit{"Graham", "graham", "“It is unfathomable,” Graham added.", true, "", "", ""}, true},
		// A quotation run on after the spokeswoman's credited one keeps whom she speaks for.
		{credit{"Lena Marsh", "marsh", "“In the months after, the board did nothing.”", true, "spokeswoman", "", "harbor"},
			credit{"Harbor Board", "harbor", "“In the months after, the board did nothing,” the Harbor Board said.", false, "", "", ""}, false},
	}
	for _, tt := range tests {
		var cs []Claim
		for k, cr := range []credit{tt.a, tt.b} {
			s := &facts.Sentence{Text: cr.text, Families: append([]string{cr.family}, nonEmpty(cr.also)...),
				Credit: facts.Credit{Entity: cr.name, Name: cr.name, Family: cr.family, Person: cr.person, Office: cr.office, For: cr.speaksFor}}
			cs = append(cs, Claim{Fact: &facts.Fact{Doc: cr.name, Outlet: []string{"Harbor Wire", "Delta Post"}[k], Sentence: s, Kind: facts.Quote, Index: -1}})
		}
		c := newStory(cs, DefaultConfig())
		c.families[familyKey{0, "graham"}] = []string{"franklin"} // the story names Franklin Graham in full
		if got := c.differentSpeakers(0, 1); got != tt.want {
			t.Errorf("%q and %q: different speakers %v, want %v", tt.a.name, tt.b.name, got, tt.want)
		}
	}
}

// nonEmpty is s as a list of at most one.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
