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
	// undated scales the similarity of two reports when either has no
	// date: the same words then need a little more in common.
	undated float64
	// mergeThreshold is the lowest average similarity between two groups
	// of articles at which they are still one story. Pairs never compared
	// count as zero, so a group only grows by articles that are like most
	// of its members.
	mergeThreshold float64
	// relCohesion, when above 0, also refuses a merge whose average
	// similarity is below this share of the groups' own inner similarity.
	relCohesion float64
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
		undated:        0.93,
		mergeThreshold: 0.14,
		relCohesion:    0.25,
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
	raw, v := readTerms(articles, cfg)
	n := float64(len(articles))
	idf := make([]float64, len(v.terms))
	for id, k := range v.terms {
		p := BackgroundShare(k)
		idf[id] = math.Log((n + cfg.backgroundDocs) / (float64(v.df[id]) + cfg.backgroundDocs*p + 1))
	}
	docs := make([]doc, len(articles))
	parallel(len(raw), func(_, i int) {
		ts := raw[i]
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
			if v.df[t.id] > 1 && len(top) < indexTerms {
				top = append(top, t)
			}
		}
		slices.SortFunc(ts, func(a, b term) int { return int(a.id) - int(b.id) })
		d := doc{vec: slices.Clip(ts), top: top}
		if p := articles[i].Published; !p.IsZero() {
			d.day = float64(p.Unix()) / 86400
			d.dated = true
		}
		docs[i] = d
	})
	return docs
}

// readTerms returns each article's terms as termFrequencies reads them, and
// the one vocabulary that numbers them, with each article's count in df.
// Articles are read on every core, each core numbering its own articles'
// terms; the numbers are then made common in input order, so a term's
// number is the place it was first met in the input, whichever core read it.
func readTerms(articles []Article, cfg config) ([][]term, *vocab) {
	raw := make([][]term, len(articles))
	reader := make([]int, len(articles)) // the goroutine whose vocabulary numbers raw[i]
	local := make([]*vocab, workers(len(articles)))
	counters := make([]counter, len(local))
	for w := range local {
		local[w] = newVocab()
	}
	parallel(len(articles), func(w, i int) {
		raw[i] = termFrequencies(articles[i], local[w], &counters[w], cfg)
		reader[i] = w
	})
	v := newVocab()
	common := make([][]uint32, len(local)) // per goroutine: local number -> common number + 1, 0 until met
	for w, lv := range local {
		common[w] = make([]uint32, len(lv.terms))
	}
	for i, ts := range raw {
		lv, ids := local[reader[i]], common[reader[i]]
		for k, t := range ts {
			if ids[t.id] == 0 {
				ids[t.id] = v.id(lv.terms[t.id]) + 1
			}
			ts[k].id = ids[t.id] - 1
			v.df[ts[k].id]++
		}
	}
	return raw, v
}

// termFrequencies returns an article's terms with their zone-weighted counts,
// in the order first met: content stems, and names (terms with a leading '#').
func termFrequencies(a Article, v *vocab, c *counter, cfg config) []term {
	body := a.Text
	spans := text.FirstSentences(body, cfg.maxSentences)
	sentences := make([]string, len(spans))
	toks := make([][]text.Token, len(spans))
	c.toks = c.toks[:0]
	for i, sp := range spans {
		sentences[i] = sp.Text(body)
		from := len(c.toks)
		c.toks = text.AppendTokens(c.toks, sentences[i])
		toks[i] = c.toks[from:len(c.toks):len(c.toks)]
	}
	names := properNames(sentences, toks)
	for i := range sentences {
		w := cfg.bodyWeight
		if i < cfg.leadSentences {
			w = cfg.leadWeight
		}
		for _, t := range toks[i] {
			for _, id := range v.stemIDs(t.Text) {
				c.add(id, w)
			}
		}
		for _, nm := range names[i] {
			c.add(v.nameID(nm), w*cfg.nameBoost)
		}
	}
	titleToks := text.Tokens(a.Title)
	for _, t := range titleToks {
		for _, id := range v.stemIDs(t.Text) {
			c.add(id, cfg.titleWeight)
		}
	}
	// Headlines capitalise every word, so a headline word counts as a name
	// only when the body writes it as one.
	known := map[string]bool{}
	for _, ns := range names {
		for _, nm := range ns {
			known[nm] = true
		}
	}
	for _, nm := range titleNames(titleToks, known) {
		c.add(v.nameID(nm), cfg.titleWeight*cfg.nameBoost)
	}
	return c.take()
}

// vocab numbers the terms of one grouping run and remembers how each token
// reads: stemming is most of the cost of reading an article, and news
// repeats its words.
type vocab struct {
	ids   map[string]uint32
	terms []string // by id
	df    []int    // by id: how many articles carry the term
	stems map[string][]uint32
	names map[string]uint32
}

// newVocab returns an empty vocabulary.
func newVocab() *vocab {
	return &vocab{ids: map[string]uint32{}, stems: map[string][]uint32{}, names: map[string]uint32{}}
}

// id returns the number of a term, giving it the next one if it is new.
func (v *vocab) id(term string) uint32 {
	id, ok := v.ids[term]
	if !ok {
		id = uint32(len(v.terms))
		v.ids[term] = id
		v.terms = append(v.terms, term)
		v.df = append(v.df, 0)
	}
	return id
}

// stemIDs returns the term numbers of a token's content stems.
func (v *vocab) stemIDs(tok string) []uint32 {
	ids, ok := v.stems[tok]
	if !ok {
		// ContentStems works token by token, so a token's stems are the
		// same alone as in its sentence.
		for _, st := range text.ContentStems(tok) {
			if keepStem(st) {
				ids = append(ids, v.id(st))
			}
		}
		v.stems[tok] = ids
	}
	return ids
}

// nameID returns the term number of a normalised name.
func (v *vocab) nameID(name string) uint32 {
	id, ok := v.names[name]
	if !ok {
		id = v.id("#" + name)
		v.names[name] = id
	}
	return id
}

// counter sums weights by term number for one article at a time, and
// keeps the memory the article's tokens were read into for the next.
type counter struct {
	w    []float64    // by term number; zero outside the current article
	seen []uint32     // term numbers in the order first met
	toks []text.Token // the current article's tokens, sentence after sentence
}

// add adds weight w to term id.
func (c *counter) add(id uint32, w float64) {
	if int(id) >= len(c.w) {
		c.w = append(c.w, make([]float64, int(id)+1-len(c.w)+len(c.w)/2)...)
	}
	if c.w[id] == 0 {
		c.seen = append(c.seen, id)
	}
	c.w[id] += w
}

// take returns the summed terms and clears the counter.
func (c *counter) take() []term {
	out := make([]term, 0, len(c.seen))
	for _, id := range c.seen {
		if c.w[id] > 0 {
			out = append(out, term{id, float32(c.w[id])})
		}
		c.w[id] = 0
	}
	c.seen = c.seen[:0]
	return out
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
