package report

import (
	"strconv"
	"strings"
	"unicode"

	"parallax/model"
)

// Slug is a story's handle made of its title: lower-case words joined by
// hyphens, at most about 60 characters, e.g. "council-backs-the-new-harbour-bridge".
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(oneLine(title)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "story"
	}
	return b.String()
}

// Handles are the stories' readable handles, in order: each title's slug,
// made unique with "-2", "-3" when titles repeat.
func Handles(a *model.Analysis) []string {
	out := make([]string, len(a.Stories))
	seen := map[string]int{}
	for i, s := range a.Stories {
		h := Slug(s.Title)
		if n := seen[h]; n > 0 {
			seen[h]++
			h += "-" + strconv.Itoa(n+1)
		} else {
			seen[h] = 1
		}
		out[i] = h
	}
	return out
}

// FindStory finds a story by its engine ID, its handle (the slug of its
// title), or its number in the list `analyze` prints, from 1.
func FindStory(a *model.Analysis, name string) (model.Story, bool) {
	name = strings.TrimSpace(name)
	hs := Handles(a)
	for i, s := range a.Stories {
		if s.ID == name || hs[i] == strings.ToLower(name) {
			return s, true
		}
	}
	if n, err := strconv.Atoi(name); err == nil && n >= 1 && n <= len(a.Stories) {
		return a.Stories[n-1], true
	}
	return model.Story{}, false
}
