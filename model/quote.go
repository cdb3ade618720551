package model

import (
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

// quoteWords are the lower-case words of a quotation, for comparing quotes word by word.
func quoteWords(q string) []string {
	toks := text.Tokens(q)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, strings.ToLower(strings.Trim(t.Text, "’'")))
	}
	return out
}

// quoteDiff compares two quotations word by word. shared is how many words they
// have in common in order (their longest common subsequence). changed lists the
// words that differ inside the stretch both quote; words only at the edges are
// a shorter excerpt, not a misquote, and words missing from a quotation that
// marks an elision ("...", "[...]") are left out on purpose.
func quoteDiff(a, b []string, elidedA, elidedB bool) (shared int, changed []string) {
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
			skip := (len(gapA) == 0 && elidedA) || (len(gapB) == 0 && elidedB)
			if matchedOnce && !skip {
				changed = append(changed, describeGap(gapA, gapB)...)
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
	return shared, changed
}

// describeGap renders one inner difference, "not → never", or "" when there is none.
func describeGap(a, b []string) []string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	ja, jb := strings.Join(a, " "), strings.Join(b, " ")
	switch {
	case ja == "":
		return []string{"adds “" + jb + "”"}
	case jb == "":
		return []string{"drops “" + ja + "”"}
	}
	return []string{"“" + ja + "” → “" + jb + "”"}
}

// hasElision reports whether a quotation marks words left out or put in by an editor.
func hasElision(q string) bool {
	return strings.Contains(q, "...") || strings.Contains(q, "…") || strings.Contains(q, "[")
}
