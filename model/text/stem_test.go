package text

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"investigating", "investig"},
		{"investigation", "investig"},
		{"running", "run"},
		{"generously", "generous"},
		{"companies", "compani"},
		{"regulators", "regul"},
		{"reported", "report"},
		{"national", "nation"},
		{"security", "secur"},
		{"says", "say"},
		{"said", "said"},
		{"skies", "sky"},
		{"dying", "die"},
		{"news", "news"},
		{"maplecorp’s", "maplecorp"},
		{"maplecorp's", "maplecorp"},
		{"9.2", "9.2"},
		{"2020s", "2020s"},
		{"", ""},
		{"a", "a"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsStopword(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"the", true}, {"of", true}, {"and", true}, {"it", true}, {"would", true},
		{"it's", true}, {"it’s", true}, {"they're", true}, {"whether", true},
		{"said", false}, {"say", false}, {"told", false}, {"according", false},
		{"not", false}, {"no", false}, {"never", false}, {"up", false}, {"down", false},
		{"cloud", false}, {"The", false}, {"", false},
	}
	for _, tt := range tests {
		if got := IsStopword(tt.in); got != tt.want {
			t.Errorf("IsStopword(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestContentStems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. government said it would act.", []string{"us", "govern", "said", "act"}},
		{"Revenue grew 50% to $9.2 billion.", []string{"revenu", "grew", "50", "percent", "9.2", "billion"}},
		{"They don’t comment, and he cannot.", []string{"not", "comment", "not"}},
		{"The officials were not told.", []string{"offici", "not", "told"}},
		{"a cloud-computing unit", []string{"cloud", "comput", "unit"}},
		{"an e-commerce giant", []string{"e-commerc", "giant"}},
		{"US and IT firms", []string{"us", "it", "firm"}},
		{"U.S.-listed shares fell nearly 3%", []string{"us", "list", "share", "fell", "near", "3", "percent"}},
		{"year-over-year growth", []string{"year", "year", "growth"}},
		{"Maplecorp’s cloud isn't small", []string{"maplecorp", "cloud", "not", "small"}},
		{"According to the agency, prices rose.", []string{"accord", "agenc", "price", "rose"}},
		{"about 43,350 people", []string{"43,350", "peopl"}},
		{"", []string{}},
		{"the of and", []string{}},
	}
	for _, tt := range tests {
		got := ContentStems(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("ContentStems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemmerMatchesStem(t *testing.T) {
	var st Stemmer
	words := []string{"investigating", "companies", "cloud", "companies", "maplecorp’s", "9.2", "", strings.Repeat("ab", 40)}
	for _, w := range words {
		if got, want := st.Stem(w), Stem(w); got != want {
			t.Errorf("Stemmer.Stem(%q) = %q, want %q", w, got, want)
		}
	}
	if st.Len() != 6 {
		t.Errorf("Stemmer remembers %d words, want 6 (repeats and long words not stored)", st.Len())
	}
	s := "The U.S. regulators said revenue grew 50% to $9.2 billion; regulators agreed."
	if got, want := strings.Join(NewStemmer().ContentStems(s), "|"), strings.Join(ContentStems(s), "|"); got != want {
		t.Errorf("Stemmer.ContentStems = %q, want %q", got, want)
	}
}

func TestStemmerTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Investigating", "investig"}, {"investigating", "investig"}, {"Wounded", "injur"}, {"The", ""}, {"the", ""},
		{"said", "said"}, {"not", "not"},
		{"it’s", ""}, {"Lawyers", "lawyer"}, {"Alibaba’s", "alibaba"}, {"9.2", "9.2"},
		{strings.Repeat("Ab", 40), Stem(strings.Repeat("ab", 40))},
	}
	var zero Stemmer
	for _, st := range []*Stemmer{nil, &zero, NewStemmer()} {
		for range 2 { // the second time from memory
			for _, tt := range tests {
				if got := st.Term(tt.in); got != tt.want {
					t.Errorf("Term(%q) = %q, want %q", tt.in, got, tt.want)
				}
			}
		}
	}
}

func TestSynonymFoldsOneThing(t *testing.T) {
	pairs := [][2]string{{"wounded", "injured"}, {"injuries", "hurt"}, {"killed", "slain"}, {"lawyers", "attorney"},
		{"spokesmen", "spokeswoman"}, {"quit", "resigned"}, {"pledged", "promised"}, {"sued", "lawsuit"},
		{"paid", "paying"}, {"fled", "flees"}, {"shot", "shooting"}}
	for _, p := range pairs {
		if a, b := Synonym(Stem(p[0])), Synonym(Stem(p[1])); a != b {
			t.Errorf("%s → %s, %s → %s: want one stem", p[0], a, p[1], b)
		}
	}
	if Synonym(Stem("charged")) == Synonym(Stem("indicted")) {
		t.Error("charged and indicted are different steps, not synonyms")
	}
}
