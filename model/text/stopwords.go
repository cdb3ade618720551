package text

import "strings"

// IsStopword reports whether a lower-case word carries no content: English
// articles, pronouns, prepositions, conjunctions, auxiliaries and modals.
//
// Negations (no, not, nor, never), direction words (up, down) and reporting
// verbs (say, said, told, according) are content: the engine weighs them.
// A curly apostrophe counts as a straight one ("it’s" is "it's").
func IsStopword(word string) bool {
	if strings.IndexByte(word, 0xE2) >= 0 && strings.Contains(word, "’") {
		word = strings.ReplaceAll(word, "’", "'")
	}
	_, ok := stopwords[word]
	return ok
}

// stopwords is the Snowball English stopword list less negations and
// direction words, plus a few function words news prose leans on.
var stopwords = map[string]struct{}{
	"i": {}, "me": {}, "my": {}, "myself": {}, "we": {}, "our": {}, "ours": {}, "ourselves": {},
	"you": {}, "your": {}, "yours": {}, "yourself": {}, "yourselves": {}, "he": {}, "him": {},
	"his": {}, "himself": {}, "she": {}, "her": {}, "hers": {}, "herself": {}, "it": {}, "its": {},
	"itself": {}, "they": {}, "them": {}, "their": {}, "theirs": {}, "themselves": {}, "what": {},
	"which": {}, "who": {}, "whom": {}, "whose": {}, "this": {}, "that": {}, "these": {}, "those": {},
	"am": {}, "is": {}, "are": {}, "was": {}, "were": {}, "be": {}, "been": {}, "being": {},
	"have": {}, "has": {}, "had": {}, "having": {}, "do": {}, "does": {}, "did": {}, "doing": {},
	"would": {}, "should": {}, "could": {}, "ought": {}, "can": {}, "will": {}, "shall": {},
	"may": {}, "might": {}, "must": {},
	"i'm": {}, "you're": {}, "he's": {}, "she's": {}, "it's": {}, "we're": {}, "they're": {},
	"i've": {}, "you've": {}, "we've": {}, "they've": {}, "i'd": {}, "you'd": {}, "he'd": {},
	"she'd": {}, "we'd": {}, "they'd": {}, "i'll": {}, "you'll": {}, "he'll": {}, "she'll": {},
	"we'll": {}, "they'll": {}, "let's": {}, "that's": {}, "who's": {}, "what's": {}, "here's": {},
	"there's": {}, "when's": {}, "where's": {}, "why's": {}, "how's": {},
	"a": {}, "an": {}, "the": {}, "and": {}, "but": {}, "if": {}, "or": {}, "because": {}, "as": {},
	"until": {}, "while": {}, "of": {}, "at": {}, "by": {}, "for": {}, "with": {}, "about": {},
	"against": {}, "between": {}, "into": {}, "through": {}, "during": {}, "before": {},
	"after": {}, "above": {}, "below": {}, "to": {}, "from": {}, "in": {}, "out": {}, "on": {},
	"off": {}, "over": {}, "under": {}, "again": {}, "further": {}, "then": {}, "once": {},
	"here": {}, "there": {}, "when": {}, "where": {}, "why": {}, "how": {}, "all": {}, "any": {},
	"both": {}, "each": {}, "few": {}, "more": {}, "most": {}, "other": {}, "some": {}, "such": {},
	"only": {}, "own": {}, "same": {}, "so": {}, "than": {}, "too": {}, "very": {}, "just": {},
	"also": {}, "upon": {}, "onto": {}, "via": {}, "per": {}, "whether": {}, "although": {},
	"though": {}, "yet": {}, "unless": {}, "since": {}, "within": {}, "without": {}, "among": {},
	"amid": {}, "toward": {}, "towards": {}, "across": {}, "along": {}, "around": {}, "behind": {},
	"beyond": {}, "despite": {}, "either": {}, "neither": {}, "every": {}, "another": {},
	"thus": {}, "hence": {}, "else": {}, "ever": {}, "s": {},
}
