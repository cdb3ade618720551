package verdict

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"parallax/model/facts"
)

// A name's conflict: two outlets stating one fact spell the person in it two
// ways ("James Hodgkins", "James Hodgkinson"). Only near spellings count:
// the same given name, surnames that share their first four letters and are
// a couple of letters apart. Names that differ more are other people (a
// former aide and a current one) or other transliterations, not a slip.

// misnamedSentences turns each name conflict found among agreeing figures
// ("James Hodgkins, a 66-year-old" and "James Hodgkinson, 66,") into one
// between the sentences that spell the name: the age agrees and stays so,
// and the red mark falls on the sentences. A figure whose sentence has no
// claim of its own drops the conflict.
func (c *checker) misnamedSentences() []Group {
	var out []Group
	for _, m := range c.misnamed {
		sides := make([][]int, len(m.Sides))
		ok := true
		for k, side := range m.Sides {
			for _, f := range side {
				s := c.sentenceFact(f)
				ok = ok && s >= 0
				if s >= 0 && !slices.Contains(sides[k], s) {
					sides[k] = append(sides[k], s)
				}
			}
		}
		if ok {
			m.Sides = sides
			out = append(out, m)
		}
	}
	return out
}

// sentenceFact is the claim of a figure's sentence that stands for the
// sentence itself (its quotation or statement), or -1.
func (c *checker) sentenceFact(f int) int {
	cf := c.claims[f]
	for _, i := range c.byOutlet[cf.Outlet] {
		ci := c.claims[i]
		if ci.Doc == cf.Doc && ci.Sentence == cf.Sentence && (ci.Kind == facts.Quote || ci.Kind == facts.Statement) {
			return i
		}
	}
	return -1
}

// nameConflict finds a misspelt name between claims of a group.
func (c *checker) nameConflict(g []int) ([][]int, *Conflict, string) {
	for x, a := range g {
		for _, b := range g[x+1:] {
			ca, cb := c.claims[a], c.claims[b]
			if ca.Source == cb.Source {
				continue // an outlet, or its copy, spelling a name two ways is not outlets disagreeing
			}
			na, nb, ok := c.misspelt(a, b)
			if !ok {
				continue
			}
			surname := lastWord(nb)
			sides := splitBy(g, func(i int) bool {
				return !containsWord(strings.ToLower(c.claims[i].Sentence.Text), surname)
			})
			if len(sides[0]) == 0 || len(sides[1]) == 0 {
				continue
			}
			c.majorityFirst(sides)
			first, second := na, nb
			if c.mentions(sides[0][0], nb) {
				first, second = nb, na
			}
			return sides, &Conflict{Kind: Name, Values: []string{first, second}},
				fmt.Sprintf("the name is spelled “%s” by %s and “%s” by %s", first, joinOutlets(c.outletsOf(sides[0])),
					second, joinOutlets(c.outletsOf(sides[1])))
		}
	}
	return nil, nil, ""
}

// misspelt returns the names of a person that claim a and claim b spell
// differently, as each writes it.
func (c *checker) misspelt(a, b int) (string, string, bool) {
	sa, sb := c.claims[a].Sentence, c.claims[b].Sentence
	for _, ma := range sa.Mentions {
		if ma.Type != "person" {
			continue
		}
		na := sa.Text[ma.Start:ma.End]
		for _, mb := range sb.Mentions {
			if mb.Type != "person" {
				continue
			}
			nb := sb.Text[mb.Start:mb.End]
			if nearSpelling(na, nb) && !c.mentions(a, nb) && !c.mentions(b, na) {
				return na, nb, true
			}
		}
	}
	return "", "", false
}

// mentions reports whether a claim's sentence writes the surname of a name.
func (c *checker) mentions(i int, name string) bool {
	return containsWord(strings.ToLower(c.claims[i].Sentence.Text), lastWord(name))
}

// nearSpelling reports whether two names are one person's spelt two ways:
// the same given name (or one of them without it), and surnames a letter or
// two apart that share their first four letters.
func nearSpelling(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	sa, sb := fa[len(fa)-1], fb[len(fb)-1]
	if sa == sb || len(sa) < 5 || len(sb) < 5 || houseSpelling(sa) == houseSpelling(sb) {
		return false
	}
	if len(fa) > 1 && len(fb) > 1 && fa[0] != fb[0] {
		return false
	}
	prefix := 0
	for prefix < len(sa) && prefix < len(sb) && sa[prefix] == sb[prefix] {
		prefix++
	}
	return prefix >= 4 && editDistance(sa, sb) <= 2
}

// houseSpelling folds what house styles spell differently in one name:
// accents ("Rosselló", "Rossello"), doubled letters and the endings of
// transliteration ("Zelenskiy", "Zelensky", "Zelenskyy"; "Morsi", "Morsy").
func houseSpelling(name string) string {
	var b strings.Builder
	var last rune
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		if unicode.Is(unicode.Mn, r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	out := b.String()
	for _, end := range []string{"iy", "yi", "ij", "i"} {
		if strings.HasSuffix(out, end) && len(out) > len(end)+2 {
			return strings.TrimSuffix(out, end) + "y" // "Morsi", "Morsy"
		}
	}
	return out
}

// lastWord is the last word of a name, lower case.
func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for i := 0; w != "" && i+len(w) <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		before := at == 0 || !isLetter(s[at-1])
		after := at+len(w) == len(s) || !isLetter(s[at+len(w)])
		if before && after {
			return true
		}
		i = at + 1
	}
	return false
}

// isLetter reports whether an ASCII byte is a letter.
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
