package model

import "strings"

// reportingVerbs credit words or facts to a source.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"stated": true, "wrote": true, "writes": true, "tweeted": true, "according": true,
	"citing": true, "cited": true, "noted": true, "explained": true, "argued": true,
	"warned": true, "insisted": true, "confirmed": true, "announced": true,
	"reported": true, "reports": true, "testified": true, "acknowledged": true,
}

// speaker is who a sentence credits its words or facts to.
type speaker struct{ id, name string }

// speakerOf finds the source a sentence credits: a person or organisation
// right before a reporting verb ("Giuliani told the Journal", "a Commerce
// Department spokesperson said"), right after one that follows a quotation
// ("…,” said Idris Pell), or after "according to" / "citing". A speaker it
// cannot name is unknown, never guessed from a name farther away.
func speakerOf(si sentenceInfo, quotes []quoteSpan) speaker {
	for k, t := range si.tokens {
		w := strings.ToLower(t.Text)
		if !reportingVerbs[w] || insideAny(t.Start, quotes) {
			continue
		}
		canSpeak := func(m entityRef) bool { return m.typ != Place && !insideAny(m.start, quotes) }
		if w == "according" || w == "citing" || w == "cited" {
			for _, m := range si.mentions {
				if m.start >= t.End && m.start-t.End <= 30 && canSpeak(m) {
					return speaker{m.id, m.name}
				}
			}
			continue
		}
		// The subject: a name ending at most a few words before the verb.
		for i := len(si.mentions) - 1; i >= 0; i-- {
			m := si.mentions[i]
			if m.end > t.Start {
				continue
			}
			gap := si.text[m.end:t.Start]
			if len(strings.Fields(gap)) <= 2 && !strings.ContainsAny(gap, ",;:“”\"()") && canSpeak(m) {
				return speaker{m.id, m.name}
			}
			break
		}
		// Inverted after a quotation: ",” said NAME".
		if k > 0 && strings.ContainsAny(si.text[max(0, t.Start-6):t.Start], "”\"") {
			for _, m := range si.mentions {
				if m.start >= t.End && m.start-t.End <= 20 && canSpeak(m) {
					return speaker{m.id, m.name}
				}
			}
		}
	}
	return speaker{}
}
