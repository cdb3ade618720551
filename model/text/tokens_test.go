package text

import (
	"strings"
	"testing"
)

func tokenTexts(s string) []string {
	toks := Tokens(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. regulator acted.", []string{"The", "U.S.", "regulator", "acted"}},
		{"Sales reached $9.2 billion.", []string{"Sales", "reached", "$9.2", "billion"}},
		{"a 50% rise", []string{"a", "50%", "rise"}},
		{"an e-commerce giant", []string{"an", "e-commerce", "giant"}},
		{"Maplecorp’s cloud unit", []string{"Maplecorp’s", "cloud", "unit"}},
		{"the firm's data", []string{"the", "firm's", "data"}},
		{"the buyers’ access", []string{"the", "buyers", "access"}},
		{"they don't know", []string{"they", "don't", "know"}},
		{"about 43,350 people", []string{"about", "43,350", "people"}},
		{"AT&T and S&P data", []string{"AT&T", "and", "S&P", "data"}},
		{"U.S.-listed shares", []string{"U.S.-listed", "shares"}},
		{"COVID-19 cases", []string{"COVID-19", "cases"}},
		{"at 9 a.m. sharp", []string{"at", "9", "a.m.", "sharp"}},
		{"a Ph.D. student", []string{"a", "Ph.D.", "student"}},
		{"the end.", []string{"the", "end"}},
		{"(ACME) - report", []string{"ACME", "report"}},
		{"the 2020–2021 season", []string{"the", "2020", "2021", "season"}},
		{"—Wire", []string{"Wire"}},
		{"rose 9.2.", []string{"rose", "9.2"}},
		{"café naïve résumé", []string{"café", "naïve", "résumé"}},
		{"a $ sign and $5", []string{"a", "sign", "and", "$5"}},
		{"“quoted,” she said", []string{"quoted", "she", "said"}},
		{"one, two; three: four", []string{"one", "two", "three", "four"}},
		{"well-known U.S. firm", []string{"well-known", "U.S.", "firm"}},
		{"1,2 and 3", []string{"1,2", "and", "3"}},
		{"trailing-", []string{"trailing"}},
		{"-leading", []string{"leading"}},
		{"", nil},
		{"... --- !!!", nil},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		checkTokens(t, tt.in, toks)
		got := tokenTexts(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "Revenue grew 50% to $9.2bn."
	want := []Token{
		{"Revenue", 0, 7}, {"grew", 8, 12}, {"50%", 13, 16}, {"to", 17, 19}, {"$9.2bn", 20, 26},
	}
	got := Tokens(s)
	if len(got) != len(want) {
		t.Fatalf("Tokens(%q) = %v, want %v", s, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %v, want %v", i, got[i], want[i])
		}
	}
}

// checkTokens fails t when toks break an invariant of Tokens: in order,
// non-overlapping, non-empty, and each Text equal to its slice of s.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End > len(s) || tok.Start >= tok.End {
			t.Fatalf("token %d %v out of order, out of bounds or empty", i, tok)
		}
		if s[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d text %q is not s[%d:%d]", i, tok.Text, tok.Start, tok.End)
		}
		prev = tok.End
	}
}
