package facts

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"parallax/model/quantity"
	"parallax/model/text"
)

// Options say how much of a document to read and how: what one document can
// cost, and how far from a figure the words saying what it measures lie.
type Options struct {
	MaxFigures int // figures and dates read per sentence; 0 for no limit
	Reach      int // content words either side of a figure, inside its clause, that say what it measures
}

// Extract reads the facts of one document, sentence by sentence, in reading
// order, with notes saying what the options left out. mentions are the
// document's resolved entity mentions, sorted by start. st may be nil; a
// Stemmer shared by one goroutine's calls is faster.
func Extract(doc Doc, mentions []Mention, st *text.Stemmer, opt Options) ([]Fact, []string) {
	sentences := readSentences(doc, mentions)
	quotes := make([][]quoteSpan, len(sentences))
	open := make([]bool, len(sentences)) // the sentence ends inside a quotation
	inside := false
	var words wordStore
	for i, s := range sentences {
		if i > 0 && strings.Contains(doc.Text[sentences[i-1].End:s.Start], "\n") {
			inside = false // a quotation that runs on opens again in its next paragraph
		}
		quotes[i], inside = findQuotes(s.Text, inside)
		open[i] = inside
		s.Tokens, s.Stems, s.lower = words.read(s.Text, len(doc.Text)-s.Start)
		describe(s, quotes[i], st)
	}
	// A quotation of several sentences is credited once, after its last one.
	for i, s := range sentences {
		if s.Quote == nil || s.Credit.Entity != "" || !open[i] {
			continue
		}
		for j := i + 1; j < len(sentences) && j <= i+6; j++ {
			if strings.Contains(doc.Text[sentences[j-1].End:sentences[j].Start], "\n") {
				break
			}
			if sentences[j].Credit.Entity != "" {
				s.Credit = sentences[j].Credit
				break
			}
			if !open[j] {
				break
			}
		}
	}
	// A quotation standing alone after its speaker's credited quotation, in
	// the same paragraph, is theirs too: news credits a run of quotes once.
	for i := 1; i < len(sentences); i++ {
		s, prev := sentences[i], sentences[i-1]
		if s.Quote == nil || s.Credit.Name != "" || prev.Quote == nil || !prev.Credit.Person ||
			strings.Contains(doc.Text[prev.End:s.Start], "\n") || !wholly(s, quotes[i]) {
			continue
		}
		s.Credit = prev.Credit
	}
	out := make([]Fact, 0, len(sentences)) // most sentences make one fact or none
	cut := 0
	var qr quantity.Reader
	for i, s := range sentences {
		var left int
		out, left = factsOf(out, doc, s, quotes[i], opt, &qr, st)
		cut += left
	}
	var notes []string
	if cut > 0 {
		notes = append(notes, fmt.Sprintf("%d figures left unread: no sentence is read for more than %d", cut, opt.MaxFigures))
	}
	return out, notes
}

// wholly reports whether a sentence is its quotations and nothing else
// but punctuation.
func wholly(s *Sentence, quotes []quoteSpan) bool {
	for _, t := range s.Tokens {
		if !insideAny(t.Start, quotes) && strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// readSentences splits a document into sentences with their entity mentions.
func readSentences(doc Doc, mentions []Mention) []*Sentence {
	spans := text.Sentences(doc.Text)
	out := make([]*Sentence, 0, len(spans))
	block := make([]Sentence, 0, len(spans)) // one allocation for all; never grown, so the pointers hold
	var shifted []Mention                    // the sentences' mentions, end to end, each list capped
	m := 0
	title := strings.TrimSpace(doc.Title)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
			continue
		}
		block = append(block, Sentence{Doc: doc.ID, Start: sp.Start, End: sp.End, Text: doc.Text[sp.Start:sp.End]})
		s := &block[len(block)-1]
		s.Headline = title != "" && sp.Start < len(title)+2 && strings.HasPrefix(strings.TrimSpace(doc.Text[sp.Start:]), title)
		for m < len(mentions) && mentions[m].Start < sp.Start {
			m++
		}
		from := len(shifted)
		for k := m; k < len(mentions) && mentions[k].End <= sp.End; k++ {
			if shifted == nil {
				shifted = make([]Mention, 0, len(mentions)-k)
			}
			x := mentions[k]
			x.Start, x.End = x.Start-sp.Start, x.End-sp.Start
			shifted = append(shifted, x)
		}
		if len(shifted) > from {
			s.Mentions = shifted[from:len(shifted):len(shifted)]
		}
		out = append(out, s)
	}
	return out
}

// describe reads what every fact of a sentence shares, given its tokens
// and room for their stems: the stems, its quotation and credit, whether it
// denies, whom it names.
func describe(s *Sentence, quotes []quoteSpan, st *text.Stemmer) {
	for i, t := range s.Tokens {
		s.Stems[i] = st.Term(t.Text)
	}
	if len(quotes) > 0 {
		s.Quote = quotation(s.Text[quotes[0].start:quotes[0].end])
	}
	s.Credit = creditOf(s, quotes)
	s.Negated = negated(s, quotes)
	for _, m := range s.Mentions {
		if insideAny(m.Start, quotes) {
			continue
		}
		if !slices.Contains(s.Entities, m.Entity) {
			s.Entities = append(s.Entities, m.Entity)
		}
		if !slices.Contains(s.Families, m.Family) {
			s.Families = append(s.Families, m.Family)
		}
	}
	sort.Strings(s.Entities)
}

// factsOf appends to out the facts of one sentence: one per figure and date
// it states, then one for the sentence as a whole (its quotation, or what it
// states), unless it states nothing checkable. qr reads the figures, its
// memory reused from sentence to sentence, and st stems what they count.
func factsOf(out []Fact, doc Doc, s *Sentence, quotes []quoteSpan, opt Options, qr *quantity.Reader, st *text.Stemmer) ([]Fact, int) {
	var measures, whens []quantity.Quantity
	all := qr.Parse(s.Text)
	s.countSubjects(all)
	figureTokens := s.blankFigures(all)
	for _, q := range all {
		if insideAny(q.Start, quotes) && !quantity.DayOfMonth(q) {
			continue // a number inside someone's words is theirs to state, not the outlet's; a day of the month is the event's
		}
		switch q.Kind {
		case quantity.Year, quantity.Date, quantity.Time:
			whens = append(whens, q)
			if q.Kind == quantity.Year && q.High > q.Low && q.High-q.Low < 50 {
				for y := int(q.Low); y <= int(q.High); y++ {
					s.Years = append(s.Years, y) // "from 2010 to 2013" is of 2013 too
				}
			} else if q.Kind == quantity.Year {
				s.Years = append(s.Years, int(q.Value))
				if s.opensWith(q) {
					s.OpenYear = int(q.Value)
				}
			} else if y := int(q.Value) / 10000; y > 0 {
				s.Years = append(s.Years, y)
			}
		default:
			measures = append(measures, q)
		}
	}
	for k, t := range s.Tokens {
		d := s.lowerAt(k)
		if weekdays[d] == 0 {
			continue
		}
		if !slices.Contains(s.Days, d) {
			s.Days = append(s.Days, d)
		}
		if !insideAny(t.Start, quotes) && !insideQuantity(t.Start, all) && !s.datesTelling(k) {
			v := float64(weekdays[d])
			whens = append(whens, quantity.Quantity{Text: t.Text, Start: t.Start, End: t.End, Value: v, Low: v, High: v, Kind: quantity.Weekday})
		}
	}
	if s.OpenYear == 0 && !doc.Published.IsZero() {
		if n := s.yearsAgoOpening(); n > 0 {
			s.OpenYear = doc.Published.Year() - n // "Four years ago, Mr. Obama won all six states"
		}
	}
	s.Content = contentStems(s)
	s.Names = nameStems(s)
	stated := append(append([]quantity.Quantity(nil), measures...), whens...)
	sort.SliceStable(stated, func(i, j int) bool { return stated[i].Start < stated[j].Start })
	left := 0
	if opt.MaxFigures > 0 && len(stated) > opt.MaxFigures {
		left = len(stated) - opt.MaxFigures
		stated = stated[:opt.MaxFigures]
	}
	s.Quantities = make([]quantity.Quantity, len(stated))
	for i, q := range stated {
		s.Quantities[i] = shift(q, s.Start)
	}

	base := Fact{Doc: doc.ID, Outlet: doc.Outlet, Published: doc.Published, Sentence: s, Index: -1}
	for i, q := range stated {
		f := base
		f.Kind = Figure
		if q.Kind == quantity.Year || q.Kind == quantity.Date || q.Kind == quantity.Time || q.Kind == quantity.Weekday {
			f.Kind = When
		}
		f.Figure = s.Quantities[i]
		f.Index = i
		s.describeFigure(&f, q, figureTokens, opt.Reach, st)
		out = append(out, f)
	}
	// The sentence as a whole, beside the facts of its figures and dates:
	// its quotation, or what it states.
	f := base
	switch {
	case s.Quote != nil && len(s.Quote.Words) >= minQuoteWords:
		f.Kind = Quote
	case (s.Credit.Entity != "" && len(stated) == 0) || statesSomething(s):
		f.Kind = Statement
	default:
		return out, left
	}
	return append(out, f), left
}

// statesSomething reports whether a sentence is long enough and finished
// enough to state a checkable fact, rather than being a caption, a byline or
// a fragment. A headline is finished by being the headline.
func statesSomething(s *Sentence) bool {
	if len(s.Content) < 4 && !(s.Headline && len(s.Content) >= 3) {
		return false
	}
	if s.Headline {
		return len(s.Entities) > 0
	}
	last := strings.TrimRight(s.Text, "”’\"') ")
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "?")
}

// opensWith reports whether a year stands in the sentence's opening phrase,
// before its first comma and within its first few words ("In 2004, …", "On
// Super Tuesday 2004, for instance, …"): then it sets the whole sentence in
// that year.
func (s *Sentence) opensWith(q quantity.Quantity) bool {
	comma := strings.IndexByte(s.Text, ',')
	if comma < 0 || q.End > comma {
		return false
	}
	words := 0
	for _, t := range s.Tokens {
		if t.Start >= q.Start {
			break
		}
		words++
	}
	return words <= maxOpening && q.End+1 >= comma-1
}

// yearsAgoOpening returns N when the sentence opens "N years ago," or "A year
// ago,", else 0.
func (s *Sentence) yearsAgoOpening() int {
	if len(s.Tokens) < 4 || s.lowerAt(2) != "ago" || !strings.HasPrefix(s.Text[s.Tokens[2].End:], ",") {
		return 0
	}
	unit := s.lowerAt(1)
	if unit != "years" && unit != "year" {
		return 0
	}
	first := s.lowerAt(0)
	if first == "a" && unit == "year" {
		return 1
	}
	if n, ok := numberWord(first); ok && n > 0 && n < 100 {
		return n
	}
	if n, err := strconv.Atoi(first); err == nil && isDigits(first) && n > 0 && n < 100 {
		return n
	}
	return 0
}

// maxOpening is the most words before the year of an opening phrase.
const maxOpening = 4

// weekdays are the days a sentence can date its event by.
// The number of each is its place in the week, Monday first.
var weekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6, "sunday": 7}

// negationWords deny what a clause states.
var negationWords = map[string]bool{
	"not": true, "never": true, "no": true, "nor": true, "none": true, "nothing": true, "nobody": true,
	"denied": true, "denies": true, "deny": true, "cannot": true,
	"didn't": true, "doesn't": true, "don't": true, "won't": true, "wasn't": true, "weren't": true,
	"isn't": true, "aren't": true, "hasn't": true, "haven't": true, "hadn't": true, "wouldn't": true,
	"couldn't": true, "shouldn't": true, "can't": true,
}

// negated reports whether the sentence denies rather than states, outside
// its quotations.
func negated(s *Sentence, quotes []quoteSpan) bool {
	for i, t := range s.Tokens {
		if insideAny(t.Start, quotes) {
			continue
		}
		if negationWords[strings.ReplaceAll(s.lowerAt(i), "’", "'")] {
			return true
		}
	}
	return false
}

// reportingNoise are content stems that say how something is reported, not what.
var reportingNoise = map[string]bool{
	"said": true, "say": true, "told": true, "tell": true, "accord": true, "cite": true,
	"report": true, "ad": true, "add": true, "also": true, "would": true, "could": true,
	"one": true, "mr": true, "ms": true, "mrs": true, "dr": true,
}

// contentStems returns the sentence's content stems once each, without
// reporting noise or numbers.
func contentStems(s *Sentence) []string {
	out := make([]string, 0, len(s.Stems))
	for _, st := range s.Stems {
		if st != "" && !reportingNoise[st] && !isNumeric(st) && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// nameStems returns the content stems that occur only inside entity names:
// who and what a sentence is about, as against what it says of them.
func nameStems(s *Sentence) []string {
	if len(s.Mentions) == 0 {
		return nil // no stem is inside a name
	}
	// Per stem of s.Content: whether it occurs inside a name, and outside one.
	var small [64]uint8
	var seen []uint8
	if len(s.Content) <= len(small) {
		seen = small[:len(s.Content)]
	} else {
		seen = make([]uint8, len(s.Content))
	}
	const inName, outside = 1, 2
	m := 0
	for i, t := range s.Tokens {
		st := s.Stems[i]
		if st == "" {
			continue
		}
		for m < len(s.Mentions) && s.Mentions[m].End <= t.Start {
			m++
		}
		k := slices.Index(s.Content, st)
		if k < 0 {
			continue // not a content stem: never a name stem
		}
		if m < len(s.Mentions) && t.Start >= s.Mentions[m].Start && t.End <= s.Mentions[m].End {
			seen[k] |= inName
		} else {
			seen[k] |= outside
		}
	}
	var out []string
	for k, st := range s.Content {
		if seen[k] == inName {
			out = append(out, st)
		}
	}
	return out
}

// tellingWords report what someone said; a weekday just after one ("said
// Tuesday", "told reporters on Friday") dates the telling, not the event.
var tellingWords = map[string]bool{"said": true, "say": true, "told": true, "tell": true, "report": true, "add": true}

// datesTelling reports whether the weekday at token k follows a telling word
// within a few words of its clause.
func (s *Sentence) datesTelling(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.clauseEndsAt(j, j+1) {
			return false
		}
		if tellingWords[s.Stems[j]] || tellingWords[s.lowerAt(j)] {
			return true
		}
	}
	return false
}

// insideQuantity reports whether offset i falls inside one of the quantities.
func insideQuantity(i int, qs []quantity.Quantity) bool {
	for _, q := range qs {
		if i >= q.Start && i < q.End {
			return true
		}
	}
	return false
}

// insideAny reports whether offset i falls inside one of the quotations.
func insideAny(i int, quotes []quoteSpan) bool {
	for _, q := range quotes {
		if i >= q.start && i < q.end {
			return true
		}
	}
	return false
}

// shift moves a quantity's offsets from sentence to document coordinates.
func shift(q quantity.Quantity, by int) quantity.Quantity {
	q.Start += by
	q.End += by
	return q
}

// isNumeric reports whether a token is a number rather than a word.
func isNumeric(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' }) < 0
}
