package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/model/text"
)

// reportingVerbs credit words or facts to a source.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"stated": true, "wrote": true, "writes": true, "tweeted": true, "according": true,
	"citing": true, "cited": true, "noted": true, "explained": true, "argued": true,
	"warned": true, "insisted": true, "confirmed": true, "announced": true,
	"reported": true, "reports": true, "testified": true, "acknowledged": true,
	"called": true, "calls": true, "described": true, "declared": true, "replied": true, "responded": true,
	"posted": true, "asked": true, "urged": true,
}

// creditOf finds the source a sentence credits: a person or organisation
// right before a reporting verb ("Giuliani told the Journal", "a Commerce
// Department spokesperson said"), right after one that follows a quotation
// ("…,” said Idris Pell), or after "according to" / "citing". When the source
// is a person named with the body they speak for ("White House spokesman Eric
// Schultz"), the person is the credit. A sentence with a quotation credits it
// to the reporting verb nearest the quotation ("Days after Trump said …,
// Esper told a briefing that “…”" credits Esper), and when that verb's
// subject has no name ("the government has said “…”"), no one. A source it
// cannot name is unknown, never guessed from a name farther away.
func creditOf(s *Sentence, quotes []quoteSpan) Credit {
	best, bestAt := Credit{}, -1
	for k, t := range s.Tokens {
		w := s.lowerAt(k)
		if !reportingVerbs[w] || insideAny(t.Start, quotes) {
			continue
		}
		c := s.creditAt(k, quotes)
		if len(quotes) == 0 {
			if c.Entity != "" {
				return c
			}
			continue
		}
		if d := s.distanceTo(t, quotes[0]); bestAt < 0 || d < bestAt {
			best, bestAt = c, d
		}
	}
	return best
}

// distanceTo is how many bytes lie between a token and a quotation. A verb
// after the quotation in a clause of its own ("…,” and the White House
// said") speaks of something else and is as far as can be.
func (s *Sentence) distanceTo(t text.Token, q quoteSpan) int {
	if t.End <= q.start {
		return q.start - t.End
	}
	gap := " " + strings.ToLower(s.Text[min(q.end, t.Start):t.Start]) + " "
	if strings.Contains(gap, " and ") || strings.Contains(gap, " but ") || strings.Contains(gap, ";") {
		return len(s.Text)
	}
	return max(0, t.Start-q.end)
}

// creditAt is the source credited by the reporting verb at token k, or
// nothing when it names none.
func (s *Sentence) creditAt(k int, quotes []quoteSpan) Credit {
	canSpeak := func(m Mention) bool { return m.Type != "place" && !insideAny(m.Start, quotes) }
	t := s.Tokens[k]
	w := s.lowerAt(k)
	if w == "according" || w == "citing" || w == "cited" {
		if m, ok := s.speakerAfter(t.End, 40, canSpeak); ok {
			c := s.credit(m)
			c.Relayed = !c.Person // "…,” according to the Crimson: the paper that printed them
			return c
		}
		return Credit{}
	}
	// The subject: a name ending at most a few words before the verb.
	for i := len(s.Mentions) - 1; i >= 0; i-- {
		m := s.Mentions[i]
		if m.End > t.Start {
			continue
		}
		gap := withoutAside(s.Text[m.End:t.Start])
		if possessive(gap) {
			break // "Trump's lawyer said": someone of theirs, not they
		}
		if len(strings.Fields(gap)) <= 2 && !strings.ContainsAny(gap, ",;:“”\"()") && canSpeak(m) {
			if officerOf.MatchString(s.Text[max(0, m.Start-120):m.Start]) {
				return Credit{} // "the president of the Harbor Board added": its officer, unnamed, spoke
			}
			c := s.credit(m)
			if w == "reports" || w == "reported" {
				c.Relayed = true // "NPR's Brian Naylor reports": a reporter passes the words on
			}
			if f := strings.Fields(gap); len(f) > 0 && bodies[strings.ToLower(f[0])] {
				c.Person = false // "the Cruz campaign said", "the Obama administration said": a body of theirs speaks
			}
			return c
		}
		break
	}
	// Inverted after a quotation: ",” said NAME", the verb straight after the
	// marks ("…,” he told the Review-Journal" credits "he", not the paper).
	if k > 0 && rightAfterQuote(s.Text[max(0, t.Start-6):t.Start]) {
		if m, ok := s.speakerAfter(t.End, 40, canSpeak); ok {
			return s.credit(m)
		}
	}
	return Credit{}
}

// rightAfterQuote reports whether the text before a verb ends with closing
// quotation marks and punctuation only: ",” said" but not ",” he said".
func rightAfterQuote(before string) bool {
	i := strings.LastIndexAny(before, "”\"")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[i:])
	return !strings.ContainsFunc(before[i+size:], unicode.IsLetter)
}

// placesWords reports whether words between two names put the second
// somewhere ("in the", "to the"): it is where the first spoke, not a speaker.
func placesWords(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch w {
		case "in", "to", "at", "on", "from", "with":
			return true
		}
	}
	return false
}

// withoutAside drops a bracketed aside or a party label from the words between
// a name and its verb: "Nancy Pelosi (D-Calif.) called" and "Jerrold Nadler,
// D-N.Y., said" credit the person named.
func withoutAside(gap string) string {
	if i := strings.IndexByte(gap, '('); i >= 0 {
		if j := strings.IndexByte(gap[i:], ')'); j > 0 && j < 30 {
			return gap[:i] + gap[i+j+1:]
		}
	}
	return partyLabel.ReplaceAllString(gap, " ")
}

// partyLabel matches ", D-N.Y.," or ", R-Texas," after a politician's name.
var partyLabel = regexp.MustCompile(`^\s*,\s*[DRI]-[A-Z][A-Za-z.]*\s*,`)

// speakerAfter returns the speaker named within reach bytes after offset at:
// the last name before the phrase ends, so that "said White House spokesman
// Eric Schultz, who…" credits Eric Schultz, not the White House.
func (s *Sentence) speakerAfter(at, reach int, canSpeak func(Mention) bool) (Mention, bool) {
	var found *Mention
	for i := range s.Mentions {
		m := s.Mentions[i]
		if m.Start < at || !canSpeak(m) {
			continue
		}
		from := at
		if found != nil {
			from = found.End
		}
		if gap := withoutTitles(s.Text[from:m.Start]); m.Start-at > reach || strings.ContainsAny(gap, ",;:.“”\"()") || (found != nil && placesWords(gap)) {
			break // "wrote Lena Marsh in the Harbor Ledger": the paper is where, not who
		}
		found = &s.Mentions[i]
	}
	if found == nil || possessive(s.Text[found.End:]) {
		return Mention{}, false // "cited Comey's handling of…": whose handling, not who spoke
	}
	return *found, true
}

// possessive reports whether text after a name begins with its possessive:
// "'s " or "’s ", or the mark straight before a quotation ("’s“").
func possessive(after string) bool {
	for _, mark := range []string{"'s", "’s"} {
		if rest, ok := strings.CutPrefix(after, mark); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "“")) {
			return true
		}
	}
	return false
}

// officerOf matches the end of a phrase naming someone by an office of a body
// ("the president of the Harbor Board and", "a spokesman for"): the name that
// follows is the body, and the speaker its officer, unnamed.
var officerOf = regexp.MustCompile(`(?i)\b(the|a|an)\s+(\w+\s+){0,2}(president|head|chief|director|spokesman|spokeswoman|spokesperson|leader|chairman|chairwoman|founder|executive|member|official|officer)\s+(of|for|at)\b[^,;:“”"]*$`)

// withoutTitles drops abbreviated titles from the words between two names,
// so that their full stops end no phrase: "said Army Lt. Gen. H.R.
// McMaster" credits McMaster, not the Army.
func withoutTitles(between string) string {
	f := strings.Fields(between)
	for i, w := range f {
		if _, ok := titles[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
			f[i] = ""
		}
	}
	return strings.Join(f, " ")
}

// credit makes a Credit of a mention, with the office words written right
// before a person's name ("spokesman", "President").
func (s *Sentence) credit(m Mention) Credit {
	c := Credit{Entity: m.Entity, Name: m.Name, Person: m.Type == "person", Family: m.Family}
	if m.Type == "org" {
		return c
	}
	before := strings.Fields(s.Text[max(0, m.Start-40):m.Start])
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		w := strings.ToLower(strings.Trim(before[i], ",.“”\"'’"))
		if offices[w] {
			c.Office = w
			break
		}
	}
	if c.Office != "" {
		// "Justice Department spokeswoman Sarah Isgur Flores", "Boehner
		// spokesman Brendan Buck": whom they speak for.
		for _, o := range s.Mentions {
			if o.Type != "place" && o.Start != m.Start && o.End <= m.Start && m.Start-o.End <= len(c.Office)+4 {
				c.For = o.Family
			}
		}
	}
	return c
}

// bodies are the words after a person's name that make the name a body's:
// "the Cruz campaign", "the Obama administration", "the Trump family".
var bodies = map[string]bool{"campaign": true, "administration": true, "family": true, "team": true,
	"camp": true, "government": true, "office": true}

// offices are titles a speaker is named with.
var offices = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "president": true, "secretary": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "leader": true, "senator": true,
	"sen.": true, "rep.": true, "representative": true, "governor": true, "gov.": true, "mayor": true,
	"chief": true, "attorney": true, "lawyer": true, "adviser": true, "advisor": true, "minister": true,
	"official": true, "officer": true, "commissioner": true, "sheriff": true, "speaker": true,
}
