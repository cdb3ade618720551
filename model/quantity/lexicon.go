package quantity

// wordInfo is what the lexer knows about a word from the tables, looked up once per word.
type wordInfo struct {
	canon string // the lower-case spelling every table uses
	flags uint8
	cls   uint16 // the noun-scanning tables the word belongs to (cFunction...)
}

// Table memberships kept on each token, so that scanning a counted phrase needs no
// map lookups. Each bit mirrors one table exactly.
const (
	cFunction   uint16 = 1 << iota // functionWords, timeWords, ordinalWords or weekdays: ends a phrase
	cModifier                      // modifiers
	cNumber                        // smallNumbers
	cScale                         // scaleExp
	cVerb                          // commonVerbs
	cNounExc                       // nounExceptions
	cIrregular                     // irregularPlurals
	cKeep                          // pluralKeep
	cCollective                    // collectiveNouns
)

const (
	fStart uint8 = 1 << iota // can start an amount: "three", "a", "dozens", "USD", "US"
	fMonth                   // names a month
)

// codeWords are words the parser compares by spelling outside the tables. They must be
// in the lexicon so that their capitalised forms ("Between", "Of") are recognised.
var codeWords = []string{
	"a", "age", "aged", "an", "and", "another", "basis", "between", "bln", "bn", "bp", "bps",
	"by", "cent", "crore", "dollar", "dollars", "down", "dozen", "few", "fewer", "from", "higher",
	"hong", "hundred", "hundreds", "in", "just", "july", "june", "kong", "lakh", "less", "lower",
	"may", "mid", "mln", "mn", "more", "new", "no", "nos", "of", "old", "olds", "only", "or",
	"out", "pct", "per", "percent", "percentage", "percents", "point", "points", "pound",
	"pounds", "rs", "s", "scores", "several", "sterling", "t", "tens", "through", "tn", "to",
	"tr", "until", "up", "zealand", "ages", "every", "half", "magnitude", "couple", "quite",
}

// lexicon maps every word any table knows to its canonical spelling and flags.
var lexicon = buildLexicon()

// lexiconShapes has, for each first byte, bit min(len, 31) set for the
// lengths of the lexicon's words that begin with it (inLexiconShape).
var lexiconShapes = shapesOf(lexicon)

// shapesOf returns the first bytes and lengths of the words of a lexicon.
func shapesOf(m map[string]wordInfo) (shapes [256]uint32) {
	for w := range m {
		if w != "" {
			shapes[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return shapes
}

func buildLexicon() map[string]wordInfo {
	m := map[string]wordInfo{}
	add := func(w string, f uint8) {
		info := m[w]
		info.canon = w
		info.flags |= f
		m[w] = info
	}
	mark := func(w string, c uint16) {
		info := m[w]
		info.canon = w
		info.cls |= c
		m[w] = info
	}
	for _, tc := range []struct {
		tab map[string]bool
		c   uint16
	}{
		{functionWords, cFunction}, {timeWords, cFunction}, {ordinalWords, cFunction},
		{weekdays, cFunction}, {modifiers, cModifier}, {commonVerbs, cVerb},
		{nounExceptions, cNounExc}, {pluralKeep, cKeep}, {collectiveNouns, cCollective},
	} {
		for w := range tc.tab {
			mark(w, tc.c)
		}
	}
	for w := range smallNumbers {
		mark(w, cNumber)
	}
	for w := range scaleExp {
		mark(w, cScale)
	}
	for w := range irregularPlurals {
		mark(w, cIrregular)
	}
	for _, w := range codeWords {
		add(w, 0)
	}
	for _, tab := range []map[string]bool{measureSuffix, ordinalSuffix, ambiguousCurrency,
		timeWords, yearPreps, monthPreps, labelWords, dateLead, streetWords, functionWords,
		modifiers, nounExceptions, pluralKeep, changeVerbs, changeNouns, changeModifiers,
		weekdays, ampm, notNames, fractionWords, collectiveNouns, ordinalWords, aboutTopic,
		pronounOne, hedgeWords, tempWords, voteWords, voteNouns, gameWords, zoneWords,
		bylineWords, timeLeads} {
		for w := range tab {
			add(w, 0)
		}
	}
	for w := range scaleExp {
		add(w, 0)
	}
	for w := range scaleSuffix {
		add(w, 0)
	}
	for w := range currencyWords {
		add(w, 0)
	}
	for w := range dollarAdjective {
		add(w, 0)
	}
	for w := range minorCurrency {
		add(w, 0)
	}
	for w := range irregularPlurals {
		add(w, 0)
	}
	for w := range ageUnits {
		add(w, 0)
	}
	for w := range months {
		add(w, fMonth)
	}
	for w := range smallNumbers {
		add(w, fStart)
	}
	for w := range vagueScale {
		add(w, fStart)
	}
	for w := range codeCurrency {
		add(w, fStart)
	}
	for w := range dollarPrefix {
		add(w, fStart)
	}
	for _, w := range []string{"a", "an", "tens", "hundreds", "several", "few", "dozen"} {
		add(w, fStart)
	}
	for w := range timeNames {
		add(w, fStart)
	}
	return m
}
