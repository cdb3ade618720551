package model

import (
	"slices"
	"sort"
	"strings"
	"time"

	"parallax/model/quantity"
	"parallax/model/text"
)

// factKind says what makes a claim checkable, which decides what it can be compared with.
type factKind int

const (
	factMeasure   factKind = iota // a money, percent or count figure
	factWhen                      // a date or year is the fact
	factQuote                     // someone's words in quotation marks
	factStatement                 // an attributed or factual statement about named entities
)

// claimWork is a claim with what the engine needs to align and judge it.
// It lives only while Analyze runs.
type claimWork struct {
	claim     Claim
	outlet    string // who printed it
	source    string // who wrote it: the outlet, or for a wire copy the original's outlet
	story     int    // index of the story its document belongs to
	published time.Time
	kind      factKind
	measure   quantity.Quantity // the figure, for factMeasure and factWhen
	window    []string          // content stems next to the figure
	scope     string            // entity ID the figure is limited to ("workers at X"), "" for none
	years     []int             // the time frame the sentence names
	stems     []string          // distinct content stems of the sentence
	entities  []string          // distinct entity IDs named outside quotations
	families  []string          // their families: "Alibaba" for Alibaba Cloud and Alibaba Group
	unit      string            // what a count counts, synonyms folded ("troops" for soldiers); "" when vague
	soleUnit  bool              // the outlet gives no other count of that thing in the story
	quote     []string          // the quotation's words, lower case
	elided    bool              // the quotation marks words left out
	speaker   string            // entity ID the quote or claim is credited to, "" when unknown
	negated   bool              // the sentence denies rather than states
}

// sentenceInfo is one sentence with what every claim made from it shares.
type sentenceInfo struct {
	span     text.Span // in document text
	text     string
	tokens   []text.Token // offsets relative to the sentence
	stems    []string     // stem per token, "" for stopwords and figures
	figure   []bool       // whether each token is part of a figure
	mentions []entityRef  // offsets relative to the sentence
}

// entityRef is a resolved mention: which entity, where.
type entityRef struct {
	id         string
	name       string // the entity's canonical name
	typ        EntityType
	start, end int
}

// alignmentNoise are content words that say how something is reported, not what.
var alignmentNoise = map[string]bool{
	"said": true, "say": true, "told": true, "tell": true, "accord": true, "cite": true,
	"report": true, "ad": true, "add": true, "also": true, "would": true, "could": true,
	"one": true, "mr": true, "ms": true, "mrs": true,
}

// extractClaims turns one document's sentences into claims.
func extractClaims(doc Document, refs []entityRef, families map[string]string, st *text.Stemmer) []claimWork {
	var out []claimWork
	spans := text.Sentences(doc.Text)
	r := 0
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
			continue
		}
		si := sentenceInfo{span: sp, text: doc.Text[sp.Start:sp.End]}
		for r < len(refs) && refs[r].start < sp.Start {
			r++
		}
		for k := r; k < len(refs) && refs[k].end <= sp.End; k++ {
			m := refs[k]
			m.start, m.end = m.start-sp.Start, m.end-sp.Start
			si.mentions = append(si.mentions, m)
		}
		si.tokens = text.Tokens(si.text)
		si.stems = make([]string, len(si.tokens))
		for i, t := range si.tokens {
			if w := strings.ToLower(t.Text); !text.IsStopword(w) {
				si.stems[i] = st.Stem(w)
			}
		}
		out = append(out, claimsOfSentence(doc, si, families)...)
	}
	return out
}

// claimsOfSentence makes zero or more claims of one sentence: one per figure it
// states, else one for its date, quotation or attributed statement.
func claimsOfSentence(doc Document, si sentenceInfo, families map[string]string) []claimWork {
	quotes := findQuotes(si.text)
	base := claimWork{
		claim: Claim{
			Doc: doc.ID, Start: si.span.Start, End: si.span.End, Text: si.text,
			Quantities: []quantity.Quantity{},
		},
		outlet:    doc.Outlet,
		published: doc.Published,
		stems:     distinctStems(si),
		negated:   isNegated(si),
	}
	speaker := speakerOf(si, quotes)
	base.speaker = speaker.id
	for _, m := range si.mentions {
		if !insideAny(m.start, quotes) && !slices.Contains(base.entities, m.id) {
			base.entities = append(base.entities, m.id)
		}
	}
	sort.Strings(base.entities)
	base.claim.Entities = base.entities
	for _, id := range base.entities {
		if f := families[id]; !slices.Contains(base.families, f) {
			base.families = append(base.families, f)
		}
	}
	if len(quotes) > 0 {
		q := quotes[0]
		words := si.text[q.start:q.end]
		base.quote = quoteWords(words)
		base.elided = hasElision(words)
		base.claim.Quote = &Quote{Text: strings.TrimSpace(words), Speaker: speaker.name}
	} else if speaker.name != "" {
		base.claim.Source = speaker.name
	}

	var measures, whens []quantity.Quantity
	all := quantity.Parse(si.text)
	si.blankFigures(all)
	for _, q := range all {
		if len(quotes) > 0 && insideAny(q.Start, quotes) {
			continue // a number inside someone's words is theirs to state, not the outlet's
		}
		switch q.Kind {
		case quantity.Year, quantity.Date:
			whens = append(whens, q)
		default:
			measures = append(measures, q)
		}
	}
	for _, q := range whens {
		if q.Kind == quantity.Year {
			base.years = append(base.years, int(q.Value))
		} else if y := int(q.Value) / 10000; y > 0 {
			base.years = append(base.years, y)
		}
	}

	// Every claim of the sentence lists all its figures and dates in reading
	// order; Figure says which one is the claim's own fact.
	stated := shiftAll(append(append([]quantity.Quantity(nil), measures...), whens...), si.span.Start)
	sort.SliceStable(stated, func(i, j int) bool { return stated[i].Start < stated[j].Start })
	indexOf := func(q quantity.Quantity) int {
		for i, s := range stated {
			if s.Start == q.Start+si.span.Start && s.End == q.End+si.span.Start {
				return i
			}
		}
		return -1
	}
	base.claim.Quantities = stated
	base.claim.Figure = -1
	var out []claimWork
	for _, q := range measures {
		c := base
		c.kind = factMeasure
		c.measure = q
		c.window = windowStems(si, q)
		c.scope = scopeOf(si, q)
		c.unit = unitKey(q)
		if q.Unit == "years old" && c.scope != "" {
			c.unit = "age of " + c.scope // one person's age is one fact
		}
		c.claim.Figure = indexOf(q)
		out = append(out, c)
	}
	if len(out) > 0 {
		return out
	}
	c := base
	day := dayOf(whens)
	switch {
	case len(quotes) > 0:
		c.kind = factQuote
	case day >= 0 && len(c.entities) > 0:
		// A day is the fact ("shut on March 3"); a bare year is only when
		// something else happened, and such sentences are statements.
		c.kind = factWhen
		c.measure = whens[day]
		c.window = windowStems(si, whens[day])
		c.claim.Figure = indexOf(whens[day])
	case speaker.id != "" || (len(c.entities) > 0 && (isStatement(si) || len(whens) > 0)):
		c.kind = factStatement
	default:
		return nil
	}
	return []claimWork{c}
}

// dayOf returns the index of the first date that names a day, or -1.
func dayOf(whens []quantity.Quantity) int {
	for i, q := range whens {
		if q.Kind == quantity.Date && int(q.Value)%100 != 0 {
			return i
		}
	}
	return -1
}

// isStatement reports whether a sentence is long enough and finished enough to
// state a checkable fact, rather than being a headline, caption or fragment.
func isStatement(si sentenceInfo) bool {
	content := 0
	for _, s := range si.stems {
		if s != "" {
			content++
		}
	}
	last := strings.TrimRight(si.text, "”’\"') ")
	return content >= 4 && strings.HasSuffix(last, ".")
}

// isNegated reports whether the sentence denies its main statement.
func isNegated(si sentenceInfo) bool {
	for _, t := range si.tokens {
		switch strings.ToLower(t.Text) {
		case "not", "never", "no", "denied", "denies", "didn’t", "didn't", "doesn't", "doesn’t", "won't", "won’t":
			return true
		}
	}
	return false
}

// distinctStems returns the sentence's content stems once each, without reporting noise.
func distinctStems(si sentenceInfo) []string {
	out := make([]string, 0, len(si.stems))
	for _, s := range si.stems {
		if s != "" && !alignmentNoise[s] && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
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

// shiftAll shifts every quantity; see shift.
func shiftAll(qs []quantity.Quantity, by int) []quantity.Quantity {
	out := make([]quantity.Quantity, len(qs))
	for i, q := range qs {
		out[i] = shift(q, by)
	}
	return out
}

// isNumeric reports whether a token is a number rather than a word.
func isNumeric(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' }) < 0
}
