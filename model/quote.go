package model

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/model/text"
)

// quoteSpan is a stretch of a sentence inside quotation marks, marks excluded.
type quoteSpan struct{ start, end int }

// minQuoteWords is how many words a quotation needs to count as a quote
// rather than a scare-quoted term ("Visionary", “second pillar”).
const minQuoteWords = 3

// findQuotes returns the quotations of a sentence that are long enough to be
// someone's words. Curly quotes pair by direction; straight quotes pair in order.
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	open := -1
	var closer rune
	for i, r := range s {
		switch {
		case open < 0 && (r == '“' || r == '"'):
			if r == '"' && !opensQuote(s, i) {
				continue
			}
			open = i + utf8.RuneLen(r)
			closer = '"'
			if r == '“' {
				closer = '”'
			}
		case open >= 0 && (r == closer || (closer == '”' && r == '"')):
			if q := (quoteSpan{open, i}); len(text.Tokens(s[q.start:q.end])) >= minQuoteWords {
				out = append(out, q)
			}
			open = -1
		}
	}
	if open >= 0 && len(text.Tokens(s[open:])) >= minQuoteWords {
		// A quotation that runs on into the next paragraph has no closing mark.
		out = append(out, quoteSpan{open, len(s)})
	}
	return out
}

// opensQuote reports whether a straight quote at i opens a quotation: it does
// at the start or after a space or opening bracket.
func opensQuote(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == ':'
}

// quoteWords are the lower-case words of a quotation, for comparing quotes word
// by word. Words an editor put in brackets ("Hillary [Clinton]") are not the
// speaker's and are left out; curly and straight apostrophes are one.
func quoteWords(q string) []string {
	q = editorial.ReplaceAllString(q, " ")
	toks := text.Tokens(q)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		w := strings.ReplaceAll(strings.ToLower(t.Text), "’", "'")
		out = append(out, strings.Trim(w, "'"))
	}
	return out
}

// editorial matches an editor's insertion in a quotation.
var editorial = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)`)

// quoteDiff compares two quotations word by word. shared is how many words they
// have in common in order (their longest common subsequence). changed lists the
// words that differ inside the stretch both quote; words only at the edges are
// a shorter excerpt, not a misquote, and words missing from a quotation that
// marks an elision ("...", "[...]") are left out on purpose.
func quoteDiff(a, b []string, elidedA, elidedB bool) (shared int, changed []change) {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return 0, nil
	}
	// LCS table; quotations are short, so n*m stays small.
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	shared = dp[0][0]
	// Walk the alignment; record gaps that fall between two matched words.
	i, j := 0, 0
	matchedOnce := false
	var gapA, gapB []string
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			// Words left out of one version are an excerpt (outlets trim
			// quotations, with or without "...") unless they flip the meaning.
			skip := (len(gapA) == 0 && (elidedA || !meaningful(gapB))) || (len(gapB) == 0 && (elidedB || !meaningful(gapA)))
			if matchedOnce && !skip {
				if len(gapA) > 0 || len(gapB) > 0 {
					changed = append(changed, change{gapA, gapB})
				}
			}
			gapA, gapB = nil, nil
			matchedOnce = true
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			gapA = append(gapA, a[i])
			i++
		default:
			gapB = append(gapB, b[j])
			j++
		}
	}
	// Both versions end differently: a swapped last word or two ("our
	// foreigners" for "our foreign adversaries"), not a longer or shorter excerpt.
	gapA, gapB = append(gapA, a[i:]...), append(gapB, b[j:]...)
	if matchedOnce && len(gapA) > 0 && len(gapB) > 0 && len(gapA) <= 3 && len(gapB) <= 3 {
		changed = append(changed, change{gapA, gapB})
	}
	return shared, changed
}

// change is one inner difference between two quotations: words of the first
// replaced by words of the second; either side may be empty.
type change struct{ from, to []string }

// String renders a change: “not” → “never”, adds “not”, drops “no”.
func (c change) String() string {
	from, to := strings.Join(c.from, " "), strings.Join(c.to, " ")
	switch {
	case from == "":
		return "adds “" + to + "”"
	case to == "":
		return "drops “" + from + "”"
	}
	return "“" + from + "” → “" + to + "”"
}

// weight ranks how telling a change is: a content word swapped for another
// beats a swap involving only function words, which beats an addition.
func (c change) weight() int {
	w := 0
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

// hasContent reports whether any of the words is not a stopword.
func hasContent(words []string) bool {
	for _, w := range words {
		if !text.IsStopword(w) {
			return true
		}
	}
	return false
}

// meaningful reports whether adding or dropping words changes what a quotation
// says: a negation or a number does; "today" or "very" does not.
func meaningful(words []string) bool {
	for _, w := range words {
		switch w {
		case "not", "no", "never", "n't", "nothing", "none", "nor", "cannot", "can't", "won't", "don't", "didn't":
			return true
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// hasElision reports whether a quotation marks words left out or put in by an editor.
func hasElision(q string) bool {
	return strings.Contains(q, "...") || strings.Contains(q, "…") || strings.Contains(q, "[")
}
