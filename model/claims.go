package model

import (
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
	outlet    string
	published time.Time
	kind      factKind
	measure   quantity.Quantity // the figure, for factMeasure and factWhen
	window    []string          // content stems next to the figure
	years     []int             // the time frame the sentence names
	stems     []string          // distinct content stems of the sentence
	entities  []string          // distinct entity IDs named outside quotations
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
	stems    []string     // stem per token, "" for stopwords
	mentions []entityRef  // offsets relative to the sentence
}

// entityRef is a resolved mention: which entity, where.
type entityRef struct {
	id         string
	start, end int
}

// reportingVerbs credit words or facts to a source.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"stated": true, "wrote": true, "writes": true, "tweeted": true, "according": true,
	"citing": true, "cited": true, "noted": true, "explained": true, "argued": true,
	"warned": true, "insisted": true, "confirmed": true, "announced": true,
	"reported": true, "reports": true, "testified": true, "acknowledged": true,
}

// alignmentNoise are content words that say how something is reported, not what.
var alignmentNoise = map[string]bool{
	"said": true, "say": true, "told": true, "tell": true, "accord": true, "cite": true,
	"report": true, "ad": true, "add": true, "also": true, "would": true, "could": true,
	"one": true, "mr": true, "ms": true, "mrs": true,
}

// extractClaims turns one document's sentences into claims.
func extractClaims(doc Document, refs []entityRef) []claimWork {
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
			si.mentions = append(si.mentions, entityRef{refs[k].id, refs[k].start - sp.Start, refs[k].end - sp.Start})
		}
		si.tokens = text.Tokens(si.text)
		si.stems = make([]string, len(si.tokens))
		for i, t := range si.tokens {
			if w := strings.ToLower(t.Text); !text.IsStopword(w) {
				si.stems[i] = text.Stem(w)
			}
		}
		out = append(out, claimsOfSentence(doc, si)...)
	}
	return out
}

// claimsOfSentence makes zero or more claims of one sentence: one per figure it
// states, else one for its date, quotation or attributed statement.
func claimsOfSentence(doc Document, si sentenceInfo) []claimWork {
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
		if !insideAny(m.start, quotes) && !contains(base.entities, m.id) {
			base.entities = append(base.entities, m.id)
		}
	}
	sort.Strings(base.entities)
	base.claim.Entities = base.entities
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
	for _, q := range quantity.Parse(si.text) {
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

	var out []claimWork
	for _, q := range measures {
		c := base
		c.kind = factMeasure
		c.measure = q
		c.window = windowStems(si, q)
		c.claim.Quantities = append([]quantity.Quantity{shift(q, si.span.Start)}, shiftAll(whens, si.span.Start)...)
		out = append(out, c)
	}
	if len(out) > 0 {
		return out
	}
	c := base
	switch {
	case len(quotes) > 0:
		c.kind = factQuote
	case len(whens) > 0 && len(c.entities) > 0:
		c.kind = factWhen
		c.measure = whens[0]
		c.window = windowStems(si, whens[0])
		c.claim.Quantities = shiftAll(whens, si.span.Start)
	case speaker.id != "" || (len(c.entities) > 0 && isStatement(si)):
		c.kind = factStatement
	default:
		return nil
	}
	return []claimWork{c}
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
	return content >= 5 && strings.HasSuffix(last, ".")
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
	seen := make(map[string]bool, len(si.stems))
	out := make([]string, 0, len(si.stems))
	for _, s := range si.stems {
		if s == "" || seen[s] || alignmentNoise[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// windowStems returns the content stems within a few words of a figure: what it
// measures ("revenue", "killed", "briefed") as opposed to what the sentence is about.
func windowStems(si sentenceInfo, q quantity.Quantity) []string {
	const reach = 4
	var out []string
	first, last := -1, -1
	for i, t := range si.tokens {
		if t.End > q.Start && t.Start < q.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	add := func(i int) {
		if s := si.stems[i]; s != "" && !alignmentNoise[s] && !contains(out, s) && !isNumeric(s) {
			out = append(out, s)
		}
	}
	for i, n := first-1, 0; i >= 0 && n < reach; i-- {
		if si.stems[i] != "" {
			add(i)
			n++
		}
	}
	for i, n := last+1, 0; i < len(si.tokens) && n < reach; i++ {
		if si.stems[i] != "" {
			add(i)
			n++
		}
	}
	return out
}

// speaker is who a sentence credits its words or facts to.
type speaker struct{ id, name string }

// speakerOf finds the source a sentence credits: the named entity next to a
// reporting verb ("X said", "said X", "according to X", "X told Reuters").
// Entities inside quotations never speak.
func speakerOf(si sentenceInfo, quotes []quoteSpan) speaker {
	for _, t := range si.tokens {
		w := strings.ToLower(t.Text)
		if !reportingVerbs[w] || insideAny(t.Start, quotes) {
			continue
		}
		after := w == "according" || w == "citing" || w == "cited"
		if !after {
			// The subject: the last entity before the verb in the same clause.
			var best *entityRef
			for k := range si.mentions {
				m := &si.mentions[k]
				if m.end <= t.Start && t.Start-m.end <= 60 && !insideAny(m.start, quotes) &&
					!strings.ContainsAny(si.text[m.end:t.Start], "”\";") {
					best = m
				}
			}
			if best != nil {
				return speaker{best.id, si.text[best.start:best.end]}
			}
		}
		// Or the entity right after it: "said Gartner", "according to research firm Gartner".
		for _, m := range si.mentions {
			if m.start >= t.End && m.start-t.End <= 40 && !insideAny(m.start, quotes) {
				return speaker{m.id, si.text[m.start:m.end]}
			}
		}
	}
	return speaker{}
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

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
