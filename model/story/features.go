package story

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/model/text"
)

// config holds the knobs of grouping; Group always uses defaults(), and the
// tests sweep them to show how sensitive the measurements are.
type config struct {
	// Weights of the parts of an article: a headline word says more
	// about the event than a lead word, and a lead word more than one deep
	// in the body.
	titleWeight, leadWeight, bodyWeight float64
	// leadSentences is how many sentences make the lead.
	leadSentences int
	// maxSentences bounds how much of the body is read: past the first
	// couple of dozen sentences reports turn to background and reaction,
	// which say more about the topic than the event.
	maxSentences int
	// nameBoost is the extra weight of a name (person, organisation,
	// place) over the same word as a plain content word.
	nameBoost float64
	// vectorTerms is how many of its heaviest terms an article keeps.
	vectorTerms int
	// backgroundDocs is how many documents the built-in background
	// frequencies count as when weighing terms: it keeps the weights of a
	// small input (a handful of articles) close to those of news at large.
	backgroundDocs float64
	// dateSigma is how fast similarity fades with the days between two
	// reports past the first (see dateFactor).
	dateSigma float64
	// mergeThreshold is the lowest average similarity between two groups
	// of articles at which they are still one story. Pairs never compared
	// count as zero, so a group only grows by articles that are like most
	// of its members.
	mergeThreshold float64
	// centroid scores a merge by the cosine of the two groups' summed
	// vectors instead of their average pairwise similarity.
	centroid bool
}

// defaults returns the configuration Group uses.
func defaults() config {
	return config{
		titleWeight:    3,
		leadWeight:     2,
		bodyWeight:     1,
		leadSentences:  3,
		maxSentences:   25,
		nameBoost:      1,
		vectorTerms:    150,
		backgroundDocs: 2000,
		dateSigma:      4,
		mergeThreshold: 0.15,
	}
}

// term is one weighted feature of a document.
type term struct {
	id uint32
	w  float32
}

// doc is one article reduced to what grouping compares.
type doc struct {
	vec   []term  // unit-length, sorted by id
	top   []term  // the heaviest terms shared with another article, for the index
	day   float64 // days since the Unix epoch
	dated bool
}

// buildDocs weighs every article's terms against the whole input.
func buildDocs(articles []Article, cfg config) []doc {
	ids := map[string]uint32{}
	var names []string // term by id
	var df []int
	raw := make([][]term, len(articles))
	sm := stemmer{}
	for i, a := range articles {
		tf := termFrequencies(a, sm, cfg)
		keys := make([]string, 0, len(tf))
		for k := range tf {
			keys = append(keys, k)
		}
		slices.Sort(keys) // map order must not leak into float sums
		ts := make([]term, 0, len(keys))
		for _, k := range keys {
			id, ok := ids[k]
			if !ok {
				id = uint32(len(names))
				ids[k] = id
				names = append(names, k)
				df = append(df, 0)
			}
			df[id]++
			ts = append(ts, term{id, float32(tf[k])})
		}
		raw[i] = ts
	}
	n := float64(len(articles))
	idf := make([]float64, len(names))
	for id, k := range names {
		p := backgroundShare(k)
		idf[id] = math.Log((n + cfg.backgroundDocs) / (float64(df[id]) + cfg.backgroundDocs*p + 1))
	}
	docs := make([]doc, len(articles))
	for i, ts := range raw {
		for k := range ts {
			ts[k].w = float32((1 + math.Log(float64(ts[k].w))) * idf[ts[k].id])
		}
		slices.SortFunc(ts, func(a, b term) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			return int(a.id) - int(b.id)
		})
		if len(ts) > cfg.vectorTerms {
			ts = ts[:cfg.vectorTerms]
		}
		var norm float64
		for _, t := range ts {
			norm += float64(t.w) * float64(t.w)
		}
		norm = math.Sqrt(norm)
		if norm > 0 {
			for k := range ts {
				ts[k].w = float32(float64(ts[k].w) / norm)
			}
		}
		var top []term
		for _, t := range ts {
			if df[t.id] > 1 && len(top) < indexTerms {
				top = append(top, t)
			}
		}
		vec := slices.Clone(ts)
		slices.SortFunc(vec, func(a, b term) int { return int(a.id) - int(b.id) })
		d := doc{vec: vec, top: top}
		if p := articles[i].Published; !p.IsZero() {
			d.day = float64(p.Unix()) / 86400
			d.dated = true
		}
		docs[i] = d
	}
	return docs
}

// termFrequencies returns an article's terms with their zone-weighted counts:
// content stems, and names marked with a leading '#'.
func termFrequencies(a Article, st stemmer, cfg config) map[string]float64 {
	tf := map[string]float64{}
	body := a.Text
	spans := text.Sentences(body)
	if len(spans) > cfg.maxSentences {
		spans = spans[:cfg.maxSentences]
	}
	sentences := make([]string, len(spans))
	for i, sp := range spans {
		sentences[i] = sp.Text(body)
	}
	names := properNames(sentences)
	for i, s := range sentences {
		w := cfg.bodyWeight
		if i < cfg.leadSentences {
			w = cfg.leadWeight
		}
		st.add(tf, s, w)
		for _, nm := range names[i] {
			tf["#"+nm] += w * cfg.nameBoost
		}
	}
	st.add(tf, a.Title, cfg.titleWeight)
	// Headlines capitalise every word, so a headline word counts as a name
	// only when the body writes it as one.
	known := map[string]bool{}
	for _, ns := range names {
		for _, nm := range ns {
			known[nm] = true
		}
	}
	for _, nm := range titleNames(a.Title, known) {
		tf["#"+nm] += cfg.titleWeight * cfg.nameBoost
	}
	return tf
}

// stemmer remembers the content stems of every token it has seen: stemming
// is most of the cost of reading an article, and news repeats its words.
type stemmer map[string][]string

// add adds the content stems of s to tf, each with weight w.
func (sm stemmer) add(tf map[string]float64, s string, w float64) {
	for _, tok := range text.Tokens(s) {
		stems, ok := sm[tok.Text]
		if !ok {
			// ContentStems works token by token, so a token's stems
			// are the same alone as in its sentence.
			for _, st := range text.ContentStems(tok.Text) {
				if keepStem(st) {
					stems = append(stems, st)
				}
			}
			sm[tok.Text] = stems
		}
		for _, st := range stems {
			tf[st] += w
		}
	}
}

// keepStem reports whether a content stem is worth comparing: one-letter
// words, short numbers and years say little about which event a report is on.
func keepStem(st string) bool {
	if utf8.RuneCountInString(st) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(st)
	if !unicode.IsDigit(r) {
		return true
	}
	if len(st) < 3 {
		return false
	}
	if len(st) == 4 && (strings.HasPrefix(st, "19") || strings.HasPrefix(st, "20")) &&
		strings.Trim(st, "0123456789") == "" {
		return false // a year
	}
	return true
}
