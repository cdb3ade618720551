package verdict

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"parallax/model/facts"
	"parallax/model/story"
	"parallax/model/text"
)

// Quotations are compared word by word, with house style already folded
// (facts.Words). A misquote needs a changed content word, number, name or
// negation; a swapped preposition, a trimmed excerpt or a transliterated name
// is the same quotation.

// quotePair aligns two quotations when most of the shorter one's words are
// found in order in the other.
func (c *checker) quotePair(i, j int, text float64) (float64, bool) {
	qa, qb := c.claims[i].Sentence.Quote, c.claims[j].Sentence.Quote
	shorter := min(len(qa.Words), len(qb.Words))
	if shorter == 0 || float64(commonItems(qa.Words, qb.Words)) < c.cfg.AlignQuote*float64(shorter) {
		return 0, false // cannot reach the threshold: spare the word-by-word diff
	}
	shared, _ := quoteDiff(qa, qb)
	s := float64(shared) / float64(shorter)
	// A quotation as short as "effectively no help" only matches word for
	// word, in sentences that otherwise agree. Longer ones must share words
	// that say something, not only "of the" and "would be".
	whole := shared == len(qa.Words) && shared == len(qb.Words) && (text >= 0.2 || c.sameSubject(i, j))
	meant := sharedContent(qa.Words, qb.Words) >= c.cfg.MinQuoteShared-1
	return s, s >= c.cfg.AlignQuote && ((shared >= c.cfg.MinQuoteShared && meant) || whole || c.excerpt(i, j, text))
}

// excerpt reports whether one quotation is a few words of the other, word for
// word and unbroken ("get this done" of "have a thorough debate, but get this
// done"), in sentences about the same subject that are alike beyond them, and
// not credited to two people: an outlet quoting a phrase of what another
// prints whole.
func (c *checker) excerpt(i, j int, text float64) bool {
	qa, qb := c.claims[i].Sentence.Quote, c.claims[j].Sentence.Quote
	short, long := qa.Words, qb.Words
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) >= 3 && hasContent(short) && text >= c.cfg.ExcerptText && c.sameSubject(i, j) &&
		!c.differentSpeakers(i, j) && containsRun(long, short)
}

// sharedContent counts the distinct content words of a also in b.
func sharedContent(a, b []string) int {
	n := 0
	for k, w := range a {
		if !text.IsStopword(w) && !auxiliaries[w] && !slices.Contains(a[:k], w) && slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// change is one inner difference between two quotations: words of the first
// replaced by words of the second; either side may be empty.
type change struct {
	from, to []string
	at       int // where from starts in the first quotation's words
}

// String renders a change: “not” → “never”, adds “not”, drops “no”.
func (c change) String() string {
	from, to := joinWords(c.from), joinWords(c.to)
	switch {
	case from == "":
		return "adds “" + to + "”"
	case to == "":
		return "drops “" + from + "”"
	}
	return "“" + from + "” → “" + to + "”"
}

// weight ranks how telling a change is: a negation or number beats a content
// word swapped for another, which beats other swaps and additions.
func (c change) weight() int {
	w := 0
	if meaningful(c.from) || meaningful(c.to) {
		w += 2
	}
	if len(c.from) > 0 && len(c.to) > 0 {
		w++
		if hasContent(c.from) && hasContent(c.to) {
			w++
		}
	}
	return w
}

// size is how many words the change touches.
func (c change) size() int { return len(c.from) + len(c.to) }

// quoteDiff compares two quotations word by word. shared is how many words they
// have in common in order (their longest common subsequence). changed lists the
// differences that change what was said, inside the stretch both quote: words
// only at the edges are a shorter excerpt (unless a negation or number is
// swapped there: "To pass" against "If they don't pass"), words missing from a quotation that
// marks an elision were left out on purpose, and style (a compound written
// open or closed, a transliterated name, a swapped function word) is no change.
func quoteDiff(qa, qb *facts.Quotation) (shared int, changed []change) {
	a, b := qa.Words, qb.Words
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return 0, nil
	}
	// LCS table, row i at dp[i*w:]; quotations are short, so n*m stays
	// small, and a small table is kept on the stack (the tables were a fifth
	// of all the bytes a corpus run allocated).
	w := m + 1
	var small [512]int
	var dp []int
	if (n+1)*w <= len(small) {
		dp = small[:(n+1)*w]
	} else {
		dp = make([]int, (n+1)*w)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i*w+j] = dp[(i+1)*w+j+1] + 1
			} else {
				dp[i*w+j] = max(dp[(i+1)*w+j], dp[i*w+j+1])
			}
		}
	}
	shared = dp[0]
	i, j := 0, 0
	matchedOnce, apart := false, false
	var gapA, gapB []string
	var properA, properB []bool
	record := func(final bool) {
		if len(gapA) == 0 && len(gapB) == 0 {
			return
		}
		ch := change{from: gapA, to: gapB, at: i - len(gapA)}
		edge := !matchedOnce || final
		if !edge && ((spoken(gapA) > maxSwap && !(len(gapB) == 0 && qb.Elided)) || (spoken(gapB) > maxSwap && !(len(gapA) == 0 && qa.Elided))) {
			apart = true // a sentence in place of a word, or put in unmarked: two passages that share some words
			return
		}
		switch {
		case edge && (len(gapA) == 0 || len(gapB) == 0 || spoken(gapA) > 3 || spoken(gapB) > 3):
			return // a longer or shorter excerpt at either end
		case !matchedOnce && !meaningful(gapA) && !meaningful(gapB):
			return // different openings: "To pass" and "If they pass" start one sentence two ways
		case len(gapA) == 0 && (qa.Elided || !meaningful(gapB) || len(gapB) > maxFlip || answered(gapB, b[j:])):
			return // words left out of one version: an excerpt, unless a word or two flip the meaning
		case len(gapB) == 0 && (qb.Elided || !meaningful(gapA) || len(gapA) > maxFlip || answered(gapA, a[i:])):
			return
		case len(gapA) > 0 && len(gapB) > 0 && styleOnly(ch, properA, properB):
			return
		}
		changed = append(changed, ch)
	}
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			record(false)
			gapA, gapB, properA, properB = nil, nil, nil, nil
			matchedOnce = true
			i++
			j++
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			gapA, properA = append(gapA, a[i]), append(properA, qa.Proper[i])
			i++
		default:
			gapB, properB = append(gapB, b[j]), append(properB, qb.Proper[j])
			j++
		}
	}
	// Both versions end differently: a swapped last word or two ("our
	// foreigners" for "our foreign adversaries"), not a longer or shorter excerpt.
	gapA, properA = append(gapA, a[i:]...), append(properA, qa.Proper[i:]...)
	gapB, properB = append(gapB, b[j:]...), append(properB, qb.Proper[j:]...)
	record(true)
	if apart || bridged(changed, a) || moved(changed) || negationReworded(changed, a, b) {
		return shared, nil
	}
	return shared, changed
}

// bridged reports whether two changes joined by a function word or two make
// one passage in place of another: "the stability of the global economy"
// against "the unraveling of the nuclear treaty" shares "of the" by chance,
// and is two endings of a list, not two words changed.
func bridged(changed []change, a []string) bool {
	for k := 1; k < len(changed); k++ {
		prev, next := changed[k-1], changed[k]
		end := prev.at + len(prev.from)
		if end > next.at || next.at-end > maxBridge || hasContent(a[end:next.at]) {
			continue
		}
		if contentWords(prev.from)+contentWords(next.from) >= bridgeSwap && contentWords(prev.to)+contentWords(next.to) >= bridgeSwap {
			return true
		}
	}
	return false
}

// contentWords counts the words that are neither function words nor auxiliaries.
func contentWords(words []string) int {
	n := 0
	for _, w := range words {
		if hasContent([]string{w}) {
			n++
		}
	}
	return n
}

// maxBridge is the most function words two changes may be apart and still be
// one passage changed; bridgeSwap is how many words each side of such a
// passage must hold in content words to be another passage rather than two
// words changed.
const maxBridge, bridgeSwap = 2, 3

// moved reports whether changes only put the same function words in other
// places: "not to have" and "to not have" are one quotation.
func moved(changed []change) bool {
	if len(changed) < 2 {
		return false
	}
	var from, to []string
	for _, c := range changed {
		from, to = append(from, c.from...), append(to, c.to...)
	}
	if hasContent(slices.DeleteFunc(slices.Clone(from), func(w string) bool { return w == "not" })) || len(from) != len(to) {
		return false
	}
	slices.Sort(from)
	slices.Sort(to)
	return slices.Equal(from, to)
}

// answered reports whether words one version adds are a "no" said before a
// clause that is negative anyway: "No, no, I'm not" against "No, I'm not",
// "No, there was no sexism" against "There was no sexism".
func answered(added, after []string) bool {
	for _, w := range added {
		if w != "no" {
			return false
		}
	}
	for _, w := range after[:min(len(after), 4)] {
		if w == "no" || w == "not" || w == "never" {
			return true
		}
	}
	return false
}

// maxSwap is the most words a misquote puts in place of others inside a
// quotation: more is another passage of the speaker's, not a changed word.
const maxSwap = 4

// spoken counts words as they were said: "not" expanded from "don't" is part
// of its verb.
func spoken(words []string) int {
	n := len(words)
	for k, w := range words {
		if w == "not" && k > 0 {
			n--
		}
	}
	return n
}

// maxFlip is the most words an insertion may have and still be a misquote:
// "not", "don't", "no longer". A longer passage is another excerpt.
const maxFlip = 2

// styleOnly reports whether a swap is house style rather than other words: a
// compound written open or closed ("work force", "workforce"), a name spelled
// another way ("Qaddafi", "Gadhafi"), or function words only ("at" for "in",
// "would" for "will").
func styleOnly(c change, properA, properB []bool) bool {
	if strings.Join(c.from, "") == strings.Join(c.to, "") || text.Stem(strings.Join(c.from, "")) == text.Stem(strings.Join(c.to, "")) {
		return true // "work force", "workforce"; "small businesses", "smallbusiness"
	}
	if initials(c.from, c.to, properA) || initials(c.to, c.from, properB) {
		return true // "HK" for "Hong Kong"
	}
	if len(c.from) == 1 && len(c.to) == 1 && (properA[0] || properB[0]) && similarSpelling(c.from[0], c.to[0]) {
		return true
	}
	if a, b := withoutGlue(c.from), withoutGlue(c.to); len(a) > 0 && len(a) == len(b) && sameStems(a, b) {
		// "said" for "say", "costs" for "cost": transcription, not other
		// words; "the campaign" for "campaigns", "tweeting comments" for
		// "tweet and comment": one wording, inflected.
		return true
	}
	if len(c.from) == 1 && len(c.to) == 1 && derived(c.from[0], c.to[0]) {
		return true // "terror threats" for "terrorist threats", "party leaders" for "party leadership"
	}
	if censored(c.from, c.to) || censored(c.to, c.from) {
		return true // "f***" for the word itself
	}
	if nameForPronoun(c.from, c.to, properB) || nameForPronoun(c.to, c.from, properA) {
		return true // "clean him up" printed as "clean [Donald Trump] up" without the brackets
	}
	if len(c.from) == 1 && len(c.to) == 1 && typo(c.from[0], c.to[0]) {
		return true // "lat two weeks" for "last two weeks"
	}
	return !hasContent(c.from) && !hasContent(c.to) && !meaningful(c.from) && !meaningful(c.to)
}

// derived reports whether one word is the other's stem with an ending that
// keeps its sense ("terror", "terrorist"; "leaders", "leadership"): the
// shorter stem has five letters or more, and the ending is not "-less".
func derived(a, b string) bool {
	sa, sb := text.Stem(a), text.Stem(b)
	if len(sa) > len(sb) {
		sa, sb, b = sb, sa, a
	}
	return len(sa) >= 5 && sa != sb && strings.HasPrefix(sb, sa) && !strings.Contains(b[min(len(sa), len(b)):], "less")
}

// initials reports whether short is one word of the first letters of the
// words of a name: "hk" for "Hong Kong".
func initials(name, short []string, proper []bool) bool {
	if len(name) < 2 || len(short) != 1 || len(short[0]) != len(name) {
		return false
	}
	for k, w := range name {
		if !proper[k] || w == "" || w[0] != short[0][k] {
			return false
		}
	}
	return true
}

// withoutGlue is words without the articles and conjunctions that an
// inflected wording adds or drops.
func withoutGlue(words []string) []string {
	var out []string
	for _, w := range words {
		if !glue[w] {
			out = append(out, w)
		}
	}
	return out
}

// glue are the articles and conjunctions of withoutGlue.
var glue = map[string]bool{"the": true, "a": true, "an": true, "and": true}

// nameForPronoun reports whether a pronoun was swapped for the name of whom
// it stands for, as editors do to make a quotation read on its own: name is
// one to three words, each written with a capital or a courtesy title.
func nameForPronoun(pronoun, name []string, proper []bool) bool {
	if len(pronoun) != 1 || !pronouns[pronoun[0]] || len(name) == 0 || len(name) > 3 {
		return false
	}
	for k, w := range name {
		if !proper[k] && !courtesy[w] {
			return false
		}
	}
	return true
}

// pronouns stand for a person or body named elsewhere.
var pronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true,
	"they": true, "them": true, "their": true, "it": true, "its": true}

// courtesy are the titles before a name.
var courtesy = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "president": true}

// typo reports whether two words are one letter apart and only one of them
// is a word news commonly uses, or both are long: a slip of the keyboard or
// a spelling, not other words ("lat" for "last", "brinksmanship" for
// "brinkmanship", "unexperienced" for "inexperienced"; "now" for "not" is
// two words and a change).
func typo(a, b string) bool {
	if len(a) < 3 || len(b) < 3 || meaningful([]string{a}) || meaningful([]string{b}) || editDistance(a, b) != 1 {
		return false
	}
	if min(len(a), len(b)) >= longWord {
		return true
	}
	common := func(w string) bool { return story.BackgroundShare(text.Stem(w)) > 0 }
	return common(a) != common(b)
}

// longWord is the length from which two words one letter apart are one word
// spelt two ways: short ones ("later", "latter") are often two words.
const longWord = 8

// censored reports whether pieces are a word with letters starred out: the
// tokens of "motherf***er" frame "motherfucker", "f***" starts "fuck".
func censored(pieces, word []string) bool {
	if len(word) != 1 || len(pieces) == 0 || len(pieces) > 2 {
		return false
	}
	w, first, last := word[0], pieces[0], pieces[len(pieces)-1]
	if len(pieces) == 1 {
		return len(first) < len(w) && strings.HasPrefix(w, first) && len(first) <= 2
	}
	return strings.HasPrefix(w, first) && strings.HasSuffix(w, last) && len(first)+len(last) < len(w)
}

// sameStems reports whether two runs of words stem alike word by word, an
// irregular past ("said") counting as its verb ("say").
func sameStems(a, b []string) bool {
	base := func(w string) string {
		if v, ok := irregular[w]; ok {
			return v
		}
		return text.Stem(w)
	}
	for i := range a {
		if base(a[i]) != base(b[i]) {
			return false
		}
	}
	return true
}

// irregular maps irregular past forms to the stem of their verb, and
// irregular plurals to their singular.
var irregular = map[string]string{
	"said": "say", "told": "tell", "went": "go", "gone": "go", "came": "come", "made": "make", "took": "take",
	"taken": "take", "knew": "know", "known": "know", "thought": "think", "ran": "run", "won": "win",
	"lost": "lose", "left": "leav", "saw": "see", "seen": "see", "gave": "give", "given": "give", "found": "find",
	"held": "hold", "kept": "keep", "felt": "feel", "brought": "bring", "bought": "buy", "sent": "send",
	"spent": "spend", "built": "build", "paid": "pay", "met": "meet", "wrote": "write", "written": "write",
	"spoke": "speak", "spoken": "speak", "became": "becom", "began": "begin", "begun": "begin",
	"women": "woman", "men": "man", "children": "child",
}

// similarSpelling reports whether two words are spellings of one name: few
// edits apart for their length.
func similarSpelling(a, b string) bool {
	d := editDistance(a, b)
	return d <= 2 || d*3 <= max(len(a), len(b))
}

// editDistance is the Levenshtein distance of two short words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// hasContent reports whether any of the words is not a stopword.
func hasContent(words []string) bool {
	for _, w := range words {
		if !text.IsStopword(w) && !auxiliaries[w] {
			return true
		}
	}
	return false
}

// auxiliaries are verbs that carry tense or grammar, not content: "I have a
// problem" and "I got a problem" quote one sentence.
var auxiliaries = map[string]bool{"have": true, "has": true, "had": true, "got": true, "get": true, "gets": true,
	"gotten": true, "do": true, "does": true, "did": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "will": true, "would": true, "can": true, "could": true, "shall": true, "should": true, "may": true,
	"might": true, "must": true, "'s": true, "'re": true, "'ve": true, "'ll": true, "'d": true}

// negationReworded reports whether changes only say a negation another way
// ("there was no way out", "there wasn't a way out"; "no New Yorker should
// have to choose", "voters should not have to choose"): each change is of
// negations and function words alone, and both versions deny as often.
func negationReworded(changed []change, a, b []string) bool {
	if len(changed) == 0 {
		return false
	}
	for _, c := range changed {
		if !negates(c.from) && !negates(c.to) || hasContent(withoutNegations(c.from)) || hasContent(withoutNegations(c.to)) {
			return false
		}
	}
	return negations(a) == negations(b) && count(a, "never") == count(b, "never") // "not" for "never" is another time
}

// count is how many of words are w.
func count(words []string, w string) int {
	n := 0
	for _, x := range words {
		if x == w {
			n++
		}
	}
	return n
}

// withoutNegations is words less their negations.
func withoutNegations(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return negations([]string{w}) > 0 })
}

// negates reports whether words hold a negation.
func negates(words []string) bool { return negations(words) > 0 }

// negations counts the negations among words.
func negations(words []string) int {
	n := 0
	for _, w := range words {
		switch w {
		case "not", "no", "never", "nothing", "none", "nor", "nobody", "neither":
			n++
		}
	}
	return n
}

// meaningful reports whether adding or dropping words changes what a quotation
// says: a negation or a number does; "today" or "very" does not.
func meaningful(words []string) bool {
	for _, w := range words {
		switch w {
		case "not", "no", "never", "n't", "nothing", "none", "nor", "cannot", "can't", "won't", "don't",
			"didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "wouldn't", "shouldn't", "couldn't":
			return true
		}
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) < 0 {
			return true // a number, not a name with digits in it ("covid19")
		}
	}
	return false
}

// summariseChanges names at most two changes, the most telling first.
func summariseChanges(changed []change) string {
	changed = mostTelling(changed)
	var out []string
	for _, c := range changed[:min(2, len(changed))] {
		out = append(out, c.String())
	}
	if len(changed) <= 2 {
		return strings.Join(out, ", ")
	}
	return fmt.Sprintf("%s (+%d more)", strings.Join(out, ", "), len(changed)-2)
}

// mostTelling sorts changes, the most telling first: a negation or number,
// then a content word swapped, then other swaps, then words added or dropped.
func mostTelling(changed []change) []change {
	out := append([]change(nil), changed...)
	sort.SliceStable(out, func(i, j int) bool {
		if wi, wj := out[i].weight(), out[j].weight(); wi != wj {
			return wi > wj
		}
		return out[i].size() < out[j].size() // a word swapped tells more than a passage reworded
	})
	return out
}
