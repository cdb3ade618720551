package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/model/text"
)

// properNames returns, per sentence (given with its tokens), the names it mentions, normalised: each
// capitalised word ("obama"), and each pair of capitalised words written next
// to each other ("michael_steele"), so that "Mr. Steele" and "Michael Steele"
// meet on "steele" while "Paul Ryan" and "Ryan Zinke" stay apart on the pairs.
//
// A word that opens a sentence counts only if the text also capitalises it
// elsewhere, so "Critics" or "Despite" at the start of a sentence are not
// names. This is deliberately simpler than a full entity recogniser: grouping
// needs names only as heavier words to match on, and a cheap rule that runs
// over tens of thousands of articles is worth more here than typed entities.
func properNames(sentences []string, toks [][]text.Token) [][]string {
	type capWord struct {
		norm    string
		initial bool
		joined  bool // written right after the previous capitalised word
	}
	words := make([][]capWord, len(sentences))
	inner := map[string]bool{}
	for i, s := range sentences {
		prevEnd := -1
		for k, t := range toks[i] {
			norm, ok := nameWord(t.Text)
			if !ok {
				prevEnd = -1
				continue
			}
			joined := prevEnd >= 0 && strings.TrimSpace(s[prevEnd:t.Start]) == ""
			words[i] = append(words[i], capWord{norm, k == 0, joined})
			if k > 0 {
				inner[norm] = true
			}
			prevEnd = t.End
		}
	}
	out := make([][]string, len(sentences))
	for i, ws := range words {
		prev := ""
		for _, w := range ws {
			if w.initial && !inner[w.norm] {
				prev = ""
				continue
			}
			out[i] = append(out[i], w.norm)
			if w.joined && prev != "" {
				out[i] = append(out[i], prev+"_"+w.norm)
			}
			prev = w.norm
		}
	}
	return out
}

// titleNames returns the headline words the body writes as names.
func titleNames(title []text.Token, known map[string]bool) []string {
	var out []string
	for _, t := range title {
		if norm, ok := nameWord(t.Text); ok && known[norm] {
			out = append(out, norm)
		} else if norm := normalizeName(t.Text); known[norm] {
			out = append(out, norm) // a name in a lower-case headline
		}
	}
	return out
}

// nameWord reports whether a token is written as a name (a capital first
// letter, not a function word, title or calendar word) and returns it
// normalised.
func nameWord(tok string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(tok)
	if !unicode.IsUpper(r) {
		return "", false
	}
	norm := normalizeName(tok)
	if utf8.RuneCountInString(norm) < 2 || text.IsStopword(norm) || notNames[norm] {
		return "", false
	}
	return norm, true
}

// normalizeName lower-cases a token, drops full stops ("N.A.A.C.P." is
// "naacp") and a possessive ending ("Obama’s" is "obama").
func normalizeName(tok string) string {
	s := strings.ToLower(tok)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	return strings.ReplaceAll(s, ".", "")
}

// notNames are capitalised words that name no one: titles and honorifics,
// which many unrelated people share, and days and months, which every report
// of the same week shares.
var notNames = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "jr": true, "sr": true, "st": true,
	"president": true, "senator": true, "representative": true, "governor": true,
	"secretary": true, "speaker": true, "chairman": true, "chairwoman": true, "minister": true,
	"mayor": true, "judge": true, "justice": true, "director": true, "officials": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true, "am": true, "pm": true,
	"said": true, "says": true, "but": true, "and": true, "so": true, "yet": true,
	"however": true, "still": true, "also": true, "now": true, "then": true,
	"photo": true, "video": true, "watch": true, "read": true, "more": true, "update": true,
	"advertisement": true, "getty": true, "images": true, "ap": true, "reuters": true,
}
